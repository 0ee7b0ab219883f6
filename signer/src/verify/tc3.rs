//! Verification of TC3-HMAC-SHA256 requests.

use std::fmt;

use hmac::Mac;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::authorization::Authorization;
use super::{
    Algorithm, CredentialStore, Verified, Verifier, VerifyError, check_token, parse_decimal,
};
use crate::date::UtcDate;
use crate::encoding::hex32;
use crate::tc3::canonical::{CanonicalParts, write_canonical_request, write_string_to_sign};

/// A TC3 request as received: method, path, raw query string (after `?`,
/// still encoded), all headers (any case), and the body exactly as received.
#[derive(Clone, Copy)]
pub struct ReceivedTc3Request<'a> {
    method: &'a str,
    path: &'a str,
    query: &'a str,
    headers: &'a [(&'a str, &'a str)],
    body: &'a [u8],
}

impl<'a> ReceivedTc3Request<'a> {
    /// A request to path `/` without a query string. `headers` must include
    /// `Host` (for HTTP/2, the `:authority`), `Content-Type`, `Authorization`
    /// and `X-TC-Timestamp`.
    pub fn new(method: &'a str, headers: &'a [(&'a str, &'a str)], body: &'a [u8]) -> Self {
        Self {
            method,
            path: "/",
            query: "",
            headers,
            body,
        }
    }

    /// Sets the path.
    #[must_use]
    pub fn with_path(mut self, path: &'a str) -> Self {
        self.path = path;
        self
    }

    /// Sets the raw query string (without `?`).
    #[must_use]
    pub fn with_query(mut self, query: &'a str) -> Self {
        self.query = query;
        self
    }

    /// The value of header `name` (case-insensitive); an error if it occurs
    /// more than once.
    fn header(&self, name: &'static str) -> Result<Option<&'a str>, VerifyError> {
        let mut found = None;
        for (key, value) in self.headers {
            if key.eq_ignore_ascii_case(name) {
                if found.is_some() {
                    return Err(VerifyError::DuplicateParameter {
                        name: name.to_owned(),
                    });
                }
                found = Some(*value);
            }
        }
        Ok(found)
    }

    /// Like [`header`](Self::header) for a name from the request.
    fn signed_header(&self, name: &str) -> Result<&'a str, VerifyError> {
        let mut values = self
            .headers
            .iter()
            .filter(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| *value);
        match (values.next(), values.next()) {
            (Some(value), None) => Ok(value),
            (None, _) => Err(VerifyError::InvalidAuthorization {
                reason: format!("signed header {name} is not in the request"),
            }),
            (Some(_), Some(_)) => Err(VerifyError::DuplicateParameter {
                name: name.to_owned(),
            }),
        }
    }
}

impl fmt::Debug for ReceivedTc3Request<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceivedTc3Request")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field(
                "headers",
                &self.headers.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            )
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl<S: CredentialStore> Verifier<S> {
    /// Verifies a TC3-HMAC-SHA256 request at server time `now` (Unix seconds).
    pub fn verify_tc3(
        &self,
        request: &ReceivedTc3Request<'_>,
        now: u64,
    ) -> Result<Verified, VerifyError> {
        let authorization =
            request
                .header("authorization")?
                .ok_or_else(|| VerifyError::InvalidAuthorization {
                    reason: "missing Authorization header".to_owned(),
                })?;
        let authorization = Authorization::parse(authorization)?;
        let timestamp_text = request
            .header("x-tc-timestamp")?
            .ok_or(VerifyError::MissingParameter {
                name: "X-TC-Timestamp",
            })?
            .trim_ascii();
        let timestamp =
            parse_decimal(timestamp_text).ok_or(VerifyError::InvalidParameterValue {
                name: "X-TC-Timestamp",
                reason: "not a decimal Unix timestamp",
            })?;

        let credentials = self.lookup(authorization.secret_id)?;
        check_token(
            credentials,
            request.header("x-tc-token")?.map(str::trim_ascii),
        )?;
        self.check_skew(timestamp, now)?;

        let date = UtcDate::of_timestamp(timestamp).ok_or(VerifyError::InvalidParameterValue {
            name: "X-TC-Timestamp",
            reason: "after year 9999",
        })?;
        if authorization.date != date.as_str() {
            return Err(VerifyError::CredentialScopeMismatch {
                reason: format!(
                    "scope date {:?} is not {}, the UTC date of X-TC-Timestamp {timestamp}",
                    authorization.date,
                    date.as_str()
                ),
            });
        }
        if authorization.service != self.service {
            return Err(VerifyError::CredentialScopeMismatch {
                reason: format!(
                    "scope service {:?} is not {:?}",
                    authorization.service, self.service
                ),
            });
        }

        let mut headers = Vec::with_capacity(authorization.signed_headers.len());
        for name in &authorization.signed_headers {
            headers.push((*name, request.signed_header(name)?));
        }
        let payload_hash = hex32(&Sha256::digest(request.body));
        let mut hasher = Sha256::new();
        write_canonical_request(
            &mut hasher,
            &CanonicalParts {
                method: request.method,
                path: request.path,
                query: request.query,
                headers: &headers,
                payload_hash: &payload_hash,
            },
        );
        let hashed_canonical_request = hex32(&hasher.finalize());

        let mut mac = credentials.keys.tc3_signing_mac(
            credentials.secret_key(),
            date.day(),
            date.as_str(),
            &self.service,
        );
        write_string_to_sign(
            &mut mac,
            timestamp_text,
            date.as_str(),
            &self.service,
            &hashed_canonical_request,
        );
        let expected = hex32(&mac.finalize().into_bytes());
        if !bool::from(expected.ct_eq(authorization.signature.as_bytes())) {
            return Err(VerifyError::SignatureMismatch);
        }

        let owned = |name| -> Result<Option<String>, VerifyError> {
            Ok(request.header(name)?.map(|v| v.trim_ascii().to_owned()))
        };
        Ok(Verified {
            secret_id: authorization.secret_id.to_owned(),
            algorithm: Algorithm::Tc3HmacSha256,
            timestamp,
            action: owned("x-tc-action")?,
            version: owned("x-tc-version")?,
            region: owned("x-tc-region")?,
        })
    }
}
