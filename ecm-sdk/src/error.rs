//! Placeholder for the runtime's error type; the runtime issue replaces it.

use crate::action::MissingParameter;

/// Errors of the SDK. (Placeholder.)
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A required parameter is missing.
    MissingParameter(MissingParameter),
    /// The runtime is not implemented yet.
    NotImplemented,
    /// The service answered with an error.
    Service(ServiceError),
}

/// An error answered by the service. (Placeholder.)
#[derive(Debug)]
pub struct ServiceError {
    code: String,
}

impl ServiceError {
    /// The error code exactly as the service sent it, e.g. `AuthFailure.SignatureFailure`.
    pub fn code_str(&self) -> &str {
        &self.code
    }
}
