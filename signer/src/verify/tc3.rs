//! Verification of TC3-HMAC-SHA256 requests.

use std::fmt;

use subtle::ConstantTimeEq;

use super::authorization::Authorization;
use super::{CredentialStore, Verified, Verifier, VerifyError, check_token, parse_decimal};
use crate::date::UtcDate;
use crate::signature_method::SignatureMethod;
use crate::tc3::canonical::{CanonicalParts, hash_canonical_request, hex_signature};

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
    fn header(&self, name: &str) -> Result<Option<&'a str>, VerifyError> {
        let mut values = self
            .headers
            .iter()
            .filter(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| *value);
        match (values.next(), values.next()) {
            (found, None) => Ok(found),
            (_, Some(_)) => Err(VerifyError::DuplicateParameter {
                name: name.to_owned(),
            }),
        }
    }

    /// A header that SignedHeaders lists: it must be present, once.
    fn signed_header(&self, name: &str) -> Result<&'a str, VerifyError> {
        self.header(name)?
            .ok_or_else(|| VerifyError::InvalidAuthorization {
                reason: format!("signed header {name} is not in the request"),
            })
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
        let hashed_canonical_request = hash_canonical_request(&CanonicalParts {
            method: request.method,
            path: request.path,
            query: request.query,
            headers: &headers,
            body: request.body,
        });
        let expected = hex_signature(
            credentials,
            timestamp_text,
            date.day(),
            date.as_str(),
            &self.service,
            &hashed_canonical_request,
        );
        if !bool::from(expected.ct_eq(authorization.signature.as_bytes())) {
            return Err(VerifyError::SignatureMismatch);
        }

        let owned = |name| -> Result<Option<String>, VerifyError> {
            Ok(request.header(name)?.map(|v| v.trim_ascii().to_owned()))
        };
        Ok(Verified {
            secret_id: authorization.secret_id.to_owned(),
            signature_method: SignatureMethod::Tc3HmacSha256,
            timestamp,
            action: owned("x-tc-action")?,
            version: owned("x-tc-version")?,
            region: owned("x-tc-region")?,
        })
    }
}
