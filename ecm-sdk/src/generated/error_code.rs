// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The typed error code of a service error: [`ErrorCode`] from the wire code.

use crate::ErrorCode;

impl crate::error::ServiceError {
    /// The error code as a typed [`ErrorCode`]; [`code`](Self::code) gives the wire
    /// string.
    pub fn error_code(&self) -> ErrorCode {
        ErrorCode::from_wire(self.code())
    }
}

impl crate::Error {
    /// The typed error code when the service answered with an error, e.g.
    /// `Some(ErrorCode::FailedOperation(FailedOperation::InvalidStatus))`; `None` for
    /// errors raised before or outside the service (I/O, timeouts, validation).
    /// [`code`](Self::code) gives the wire string.
    pub fn error_code(&self) -> Option<ErrorCode> {
        self.as_service_error().map(crate::error::ServiceError::error_code)
    }
}
