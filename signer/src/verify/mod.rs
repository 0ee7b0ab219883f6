//! Server-side verification of received TC3 and legacy requests.

mod authorization;
pub(crate) mod error;
pub(crate) mod store;
pub(crate) mod tc3;
pub(crate) mod v1;

use crate::credentials::Credentials;
use crate::signature_method::SignatureMethod;
pub use error::VerifyError;
pub use store::CredentialStore;

/// The largest accepted difference between a request's timestamp and the
/// server's time: five minutes, as both chapters state.
pub const DEFAULT_MAX_SKEW_SECS: u64 = 300;

/// What a successful verification established.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Verified {
    /// The SecretId whose key produced the signature.
    pub secret_id: String,
    /// The signature method used.
    pub signature_method: SignatureMethod,
    /// The request timestamp, Unix seconds.
    pub timestamp: u64,
    /// `X-TC-Action` (TC3) or the `Action` parameter (v1), if present.
    pub action: Option<String>,
    /// `X-TC-Version` (TC3) or the `Version` parameter (v1), if present.
    pub version: Option<String>,
    /// `X-TC-Region` (TC3) or the `Region` parameter (v1), if present.
    pub region: Option<String>,
}

/// Verifies signed requests against a [`CredentialStore`], for one service.
///
/// Checks run in this order, and the first failure is returned: shape of the
/// Authorization header / presence of the signing parameters, SecretId lookup (a stored
/// credential with an empty SecretKey is treated as unknown),
/// session token, timestamp skew, credential scope (TC3), signature. The
/// signature comparison is constant-time.
///
/// ```
/// use tencentcloud_signer::{
///     Credentials, ReceivedTc3Request, Tc3Params, Tc3Request, Verifier, sign_tc3,
/// };
///
/// let credentials = Credentials::new("AKIDexample", "secret-key");
/// let body = br#"{"Limit":1}"#;
/// let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000);
/// let signed = sign_tc3(
///     &Tc3Request::post_json("ecm.tencentcloudapi.com", body),
///     &params,
///     &credentials,
/// )?;
///
/// // What the server receives:
/// let mut headers = vec![
///     ("Host", "ecm.tencentcloudapi.com"),
///     ("Content-Type", "application/json"),
/// ];
/// headers.extend(signed.headers());
/// let received = ReceivedTc3Request::new("POST", &headers, body);
///
/// let verifier = Verifier::new(credentials.clone(), "ecm");
/// let verified = verifier.verify_tc3(&received, 1_700_000_060).expect("valid signature");
/// assert_eq!(verified.secret_id, "AKIDexample");
/// assert_eq!(verified.action.as_deref(), Some("DescribeNode"));
///
/// let error = verifier.verify_tc3(&received, 1_700_000_301).unwrap_err();
/// assert_eq!(error.code(), "AuthFailure.SignatureExpire");
/// # Ok::<(), tencentcloud_signer::SigningError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Verifier<S> {
    store: S,
    service: String,
    max_skew: u64,
}

impl<S: CredentialStore> Verifier<S> {
    /// A verifier for requests to `service` (the TC3 credential-scope
    /// service, e.g. `ecm`), allowing [`DEFAULT_MAX_SKEW_SECS`] of clock skew.
    pub fn new(store: S, service: impl Into<String>) -> Self {
        Self {
            store,
            service: service.into(),
            max_skew: DEFAULT_MAX_SKEW_SECS,
        }
    }

    /// Changes the allowed clock skew (seconds, either direction).
    #[must_use]
    pub fn with_max_skew(mut self, seconds: u64) -> Self {
        self.max_skew = seconds;
        self
    }

    /// The credential store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The credentials of `secret_id`. A stored credential with an empty SecretKey counts
    /// as unknown: anyone can compute an HMAC with an empty key, so accepting it would
    /// accept every request that names the SecretId.
    fn lookup(&self, secret_id: &str) -> Result<&Credentials, VerifyError> {
        self.store
            .credentials(secret_id)
            .filter(|credentials| !credentials.secret_key().expose_secret().is_empty())
            .ok_or_else(|| VerifyError::SecretIdNotFound {
                secret_id: secret_id.to_owned(),
            })
    }

    fn check_skew(&self, timestamp: u64, now: u64) -> Result<(), VerifyError> {
        if timestamp.abs_diff(now) > self.max_skew {
            return Err(VerifyError::SignatureExpired {
                timestamp,
                now,
                max_skew: self.max_skew,
            });
        }
        Ok(())
    }
}

/// The session token sent must be the credential's (none for a long-term key).
fn check_token(credentials: &Credentials, received: Option<&str>) -> Result<(), VerifyError> {
    use subtle::ConstantTimeEq;
    let matches = match (credentials.token(), received) {
        (None, None) => true,
        (Some(expected), Some(received)) => {
            bool::from(expected.as_bytes().ct_eq(received.as_bytes()))
        }
        _ => false,
    };
    if matches {
        Ok(())
    } else {
        Err(VerifyError::TokenFailure)
    }
}

/// A decimal Unix timestamp or nonce: ASCII digits only.
fn parse_decimal(value: &str) -> Option<u64> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}
