//! Verification of legacy HmacSHA1 / HmacSHA256 requests.

use std::fmt;

use subtle::ConstantTimeEq;

use super::{CredentialStore, Verified, Verifier, VerifyError, check_token, parse_decimal};
use crate::v1::source::V1Hash;
use crate::v1::source::{SIGNATURE, base64_signature, sort_params};

/// A legacy request as received: method, the host it was sent to (the `Host`
/// header, port included if present), path, and its parameters, URL-decoded
/// (from the query string of a GET or the form body of a POST), `Signature`
/// included.
pub struct ReceivedV1Request<'a, K = &'a str, V = &'a str> {
    method: &'a str,
    host: &'a str,
    path: &'a str,
    params: &'a [(K, V)],
}

impl<'a, K: AsRef<str>, V: AsRef<str>> ReceivedV1Request<'a, K, V> {
    /// A request to path `/`.
    pub fn new(method: &'a str, host: &'a str, params: &'a [(K, V)]) -> Self {
        Self {
            method,
            host,
            path: "/",
            params,
        }
    }

    /// Sets the path.
    #[must_use]
    pub fn with_path(mut self, path: &'a str) -> Self {
        self.path = path;
        self
    }
}

impl<K, V> Clone for ReceivedV1Request<'_, K, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, V> Copy for ReceivedV1Request<'_, K, V> {}

impl<K: AsRef<str>, V> fmt::Debug for ReceivedV1Request<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceivedV1Request")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("path", &self.path)
            .field(
                "params",
                &self
                    .params
                    .iter()
                    .map(|(k, _)| k.as_ref())
                    .collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl<S: CredentialStore> Verifier<S> {
    /// Verifies a legacy HmacSHA1/HmacSHA256 request at server time `now`
    /// (Unix seconds). The method is HmacSHA256 only when
    /// `SignatureMethod=HmacSHA256`, HmacSHA1 otherwise.
    pub fn verify_v1<K: AsRef<str>, V: AsRef<str>>(
        &self,
        request: &ReceivedV1Request<'_, K, V>,
        now: u64,
    ) -> Result<Verified, VerifyError> {
        let mut sorted: Vec<(&str, &str)> = request
            .params
            .iter()
            .map(|(k, v)| (k.as_ref(), v.as_ref()))
            .collect();
        sort_params(&mut sorted).map_err(|name| VerifyError::DuplicateParameter {
            name: name.to_owned(),
        })?;
        let find = |name: &str| {
            sorted
                .binary_search_by(|(key, _)| (*key).cmp(name))
                .ok()
                .map(|at| sorted[at].1)
        };
        let signature = find(SIGNATURE).ok_or(VerifyError::MissingParameter { name: SIGNATURE })?;
        let secret_id =
            find("SecretId").ok_or(VerifyError::MissingParameter { name: "SecretId" })?;
        let timestamp = find("Timestamp")
            .ok_or(VerifyError::MissingParameter { name: "Timestamp" })
            .and_then(|value| {
                parse_decimal(value).ok_or(VerifyError::InvalidParameterValue {
                    name: "Timestamp",
                    reason: "not a decimal Unix timestamp",
                })
            })?;
        let nonce = find("Nonce").ok_or(VerifyError::MissingParameter { name: "Nonce" })?;
        if parse_decimal(nonce).is_none_or(|n| n == 0) {
            return Err(VerifyError::InvalidParameterValue {
                name: "Nonce",
                reason: "not a positive integer",
            });
        }
        let hash = V1Hash::from_param(find("SignatureMethod"));
        let token = find("Token");
        let (action, version, region) = (find("Action"), find("Version"), find("Region"));

        let credentials = self.lookup(secret_id)?;
        check_token(credentials, token)?;
        self.check_skew(timestamp, now)?;

        sorted.retain(|(name, _)| *name != SIGNATURE);
        let expected = base64_signature(
            hash,
            credentials,
            request.method,
            request.host,
            request.path,
            &sorted,
        );
        if !bool::from(expected.as_bytes().ct_eq(signature.as_bytes())) {
            return Err(VerifyError::SignatureMismatch);
        }

        Ok(Verified {
            secret_id: secret_id.to_owned(),
            signature_method: hash.method(),
            timestamp,
            action: action.map(str::to_owned),
            version: version.map(str::to_owned),
            region: region.map(str::to_owned),
        })
    }
}
