//! The error of the signing functions.

use std::fmt;

/// Why a request could not be signed. Messages name the offending field,
/// header or parameter but never include credentials or header values.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SigningError {
    /// A request component or signing parameter (`method`, `path`, `host`,
    /// `service`, `secret_id`, …) is empty or contains characters that would
    /// make the signed text ambiguous or the HTTP request invalid.
    InvalidField {
        /// The component, e.g. `"path"`.
        field: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// An extra signed header has an invalid name or value, is given twice, or
    /// is `Host`/`Content-Type` (those are given separately).
    InvalidHeader {
        /// The header name as given.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A legacy (v1) request parameter is empty-named, duplicated, or is one
    /// of the common parameters the signer sets itself.
    InvalidParameter {
        /// The parameter name as given.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The timestamp is after 9999-12-31T23:59:59Z, whose UTC date would not
    /// fit the `YYYY-MM-DD` credential scope.
    TimestampOutOfRange {
        /// The rejected Unix timestamp.
        timestamp: u64,
    },
}

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidField { field, reason } => {
                write!(f, "cannot sign request: invalid {field}: {reason}")
            }
            Self::InvalidHeader { name, reason } => {
                write!(f, "cannot sign request: header {name:?}: {reason}")
            }
            Self::InvalidParameter { name, reason } => {
                write!(f, "cannot sign request: parameter {name:?}: {reason}")
            }
            Self::TimestampOutOfRange { timestamp } => write!(
                f,
                "cannot sign request: timestamp {timestamp} is after year 9999"
            ),
        }
    }
}

impl std::error::Error for SigningError {}
