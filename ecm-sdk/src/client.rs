//! Placeholder for the client; the runtime issue replaces it.

use crate::action::Action;
use crate::error::Error;

/// An ECM API client. (Placeholder: the runtime is not implemented yet.)
#[derive(Debug, Clone, Default)]
pub struct Client {}

impl Client {
    /// Sends any action. (Placeholder: always fails until the runtime lands.)
    pub async fn send<A: Action>(&self, request: A) -> Result<A::Output, Error> {
        request.validate().map_err(Error::MissingParameter)?;
        Err(Error::NotImplemented)
    }
}
