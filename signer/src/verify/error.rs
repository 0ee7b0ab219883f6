//! The error of the verifiers, mapped to the documented wire error codes.

use std::fmt;

/// Why a received request failed verification.
///
/// [`code`](Self::code) is the error code to return on the wire,
/// [`message`](Self::message) (also the `Display` text) a human explanation.
/// Neither ever contains a secret key, a session token or a signature
/// computed with the key.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyError {
    /// The `Authorization` header is missing or malformed: unknown algorithm,
    /// missing or repeated fields, a bad credential scope shape, SignedHeaders
    /// not lower-case and sorted or lacking `content-type`/`host`, a signed
    /// header absent from the request, a signature that is not 64 lowercase
    /// hex digits.
    InvalidAuthorization {
        /// What is wrong.
        reason: String,
    },
    /// A required signing parameter or header is absent (`X-TC-Timestamp`;
    /// v1: `Signature`, `SecretId`, `Timestamp`, `Nonce`).
    MissingParameter {
        /// The parameter or header name.
        name: &'static str,
    },
    /// A signing parameter or header has an unusable value (a timestamp or
    /// nonce that is not a decimal integer).
    InvalidParameterValue {
        /// The parameter or header name.
        name: &'static str,
        /// What is wrong.
        reason: &'static str,
    },
    /// A parameter (v1) or signing header (TC3) occurs more than once.
    DuplicateParameter {
        /// The parameter or header name.
        name: String,
    },
    /// No key is known for the SecretId.
    SecretIdNotFound {
        /// The SecretId the request named.
        secret_id: String,
    },
    /// The session token (`X-TC-Token` / `Token`) does not match the
    /// credential: missing for temporary credentials, wrong, or sent with a
    /// long-term key.
    TokenFailure,
    /// The timestamp differs from the server's time by more than the allowed
    /// skew (5 minutes), in either direction.
    SignatureExpired {
        /// The request's timestamp.
        timestamp: u64,
        /// The server's time.
        now: u64,
        /// The allowed difference, seconds.
        max_skew: u64,
    },
    /// The TC3 credential scope does not match: its date is not the UTC date
    /// of `X-TC-Timestamp`, or its service is not this server's.
    CredentialScopeMismatch {
        /// What differs.
        reason: String,
    },
    /// The recomputed signature differs from the one received.
    SignatureMismatch,
}

impl VerifyError {
    /// The documented error code: `AuthFailure.InvalidAuthorization`,
    /// `MissingParameter`, `InvalidParameterValue`, `InvalidParameter`,
    /// `AuthFailure.SecretIdNotFound`, `AuthFailure.TokenFailure`,
    /// `AuthFailure.SignatureExpire` or `AuthFailure.SignatureFailure` (scope
    /// and signature mismatches).
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidAuthorization { .. } => "AuthFailure.InvalidAuthorization",
            Self::MissingParameter { .. } => "MissingParameter",
            Self::InvalidParameterValue { .. } => "InvalidParameterValue",
            Self::DuplicateParameter { .. } => "InvalidParameter",
            Self::SecretIdNotFound { .. } => "AuthFailure.SecretIdNotFound",
            Self::TokenFailure => "AuthFailure.TokenFailure",
            Self::SignatureExpired { .. } => "AuthFailure.SignatureExpire",
            Self::CredentialScopeMismatch { .. } | Self::SignatureMismatch => {
                "AuthFailure.SignatureFailure"
            }
        }
    }

    /// A human explanation (the same text as `Display`).
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidAuthorization { reason } => {
                write!(f, "invalid Authorization header: {reason}")
            }
            Self::MissingParameter { name } => write!(f, "missing parameter {name}"),
            Self::InvalidParameterValue { name, reason } => {
                write!(f, "invalid value of {name}: {reason}")
            }
            Self::DuplicateParameter { name } => {
                write!(f, "parameter {name:?} is given more than once")
            }
            Self::SecretIdNotFound { secret_id } => {
                write!(f, "the SecretId {secret_id:?} does not exist")
            }
            Self::TokenFailure => f.write_str("the session token does not match the credentials"),
            Self::SignatureExpired {
                timestamp,
                now,
                max_skew,
            } => write!(
                f,
                "signature expired: timestamp {timestamp} differs from server time {now} \
                 by more than {max_skew} seconds"
            ),
            Self::CredentialScopeMismatch { reason } => {
                write!(f, "credential scope mismatch: {reason}")
            }
            Self::SignatureMismatch => f.write_str(
                "the signature does not match the request; check the canonical request \
                 (method, path, query, signed headers, body) and the SecretKey",
            ),
        }
    }
}

impl std::error::Error for VerifyError {}
