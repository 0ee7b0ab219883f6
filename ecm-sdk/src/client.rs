//! The client: one generic entry point, [`Client::send`], for every action.

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::action::{Action, RegionRequirement};
use crate::builder::ClientBuilder;
use crate::credentials::Env;
use crate::decode::TypedDecoder;
use crate::error::{Error, ValidationError, ValidationErrorKind};
use crate::http_request::{Payload, uses_json};
use crate::overrides::CallOverrides;
use crate::pipeline::{self, CallSpec};
use crate::state::{Settings, Shared};

/// An ECM API client.
///
/// Build one with [`Client::builder`] (or [`Client::from_env`]) and keep it: it owns the
/// connection pool, the credentials cache, the learned clock offset and the rate limiter.
/// `Client` is cheap to clone (two reference counts) and `Send + Sync`; clones share all
/// of that, so clone it into tasks freely. [`with_overrides`](Self::with_overrides)
/// returns such a clone with different per-call settings.
///
/// Every action goes through [`send`](Self::send); the generated per-action methods
/// (`client.describe_node(request)`) are thin wrappers around it.
#[derive(Clone)]
pub struct Client {
    shared: Arc<Shared>,
    settings: Arc<Settings>,
}

impl Client {
    /// A builder with the defaults (see [`ClientBuilder`]).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client for the common case: credentials from the default chain (environment,
    /// profile file, instance role), region from `TENCENTCLOUD_REGION` if set, everything
    /// else default.
    pub fn from_env() -> Result<Self, Error> {
        ClientBuilder::from_env(Env::process()).build()
    }

    pub(crate) fn from_parts(shared: Arc<Shared>, settings: Arc<Settings>) -> Self {
        Client { shared, settings }
    }

    /// A handle with some settings changed — region, timeouts, retries — sharing this
    /// client's connection pool, credentials and rate limiter. Cheap: build one per call if
    /// you like. An invalid override is reported by the handle's calls as
    /// [`Error::Config`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) {
    /// use std::time::Duration;
    /// let patient = client.with_overrides(|o| {
    ///     o.attempt_timeout(Duration::from_secs(120)).total_timeout(Duration::from_secs(300))
    /// });
    /// # }
    /// ```
    pub fn with_overrides(&self, overrides: impl FnOnce(CallOverrides) -> CallOverrides) -> Client {
        let settings = overrides(CallOverrides::default()).apply(&self.settings);
        Client {
            shared: self.shared.clone(),
            settings: Arc::new(settings),
        }
    }

    /// The random source for back-off jitter (waiters use it too).
    pub(crate) fn random_source(&self) -> &dyn crate::clock::RandomSource {
        &*self.shared.random
    }

    /// The region requests carry, if any.
    pub fn region(&self) -> Option<&str> {
        self.settings.region.as_ref().map(|region| &*region.name)
    }

    /// Sends any action and returns its typed output.
    ///
    /// Checks the request's required parameters (and the region, for actions that need
    /// one) before any I/O, then signs, sends, retries and decodes as configured.
    pub async fn send<A: Action>(&self, request: A) -> Result<A::Output, Error> {
        let meta = A::META;
        request.validate().map_err(|missing| {
            Error::Validation(ValidationError::new(
                meta.name,
                ValidationErrorKind::MissingParameter(missing),
            ))
        })?;
        let payload = self.encode(&request, meta.name)?;
        drop(request);
        self.execute(&CallSpec::of(meta), payload).await
    }

    /// Calls an action by name with a JSON object of parameters and returns the content of
    /// the `Response` envelope (`RequestId` included), through the same signing, retry and
    /// error pipeline as [`send`](Self::send) — the escape hatch for parameters or response
    /// fields this SDK version does not model.
    ///
    /// The action must be one this SDK version knows (see [`action::find`](crate::action::find)):
    /// it is sent with its documented rate limit and retried as its
    /// [`ActionMeta::read_only`](crate::action::ActionMeta::read_only) flag allows. Any other
    /// name is refused before any I/O with
    /// [`ValidationErrorKind::UnknownAction`](crate::error::ValidationErrorKind::UnknownAction), which
    /// suggests the closest known name. The region is sent when one is configured and never
    /// required: the parameters are the caller's.
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), ecm_sdk::Error> {
    /// let response = client
    ///     .call_raw("DescribeNode", serde_json::json!({ "Limit": 10 }))
    ///     .await?;
    /// println!("{}", response["TotalCount"]);
    /// # Ok(()) }
    /// ```
    pub async fn call_raw(
        &self,
        action: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, Error> {
        let Some(meta) = crate::action::find(action) else {
            return Err(Error::Validation(ValidationError::unknown_action(
                action,
                crate::action::closest(action),
            )));
        };
        let action = meta.name;
        let params = match params {
            serde_json::Value::Null => serde_json::Value::Object(serde_json::Map::new()),
            object @ serde_json::Value::Object(_) => object,
            _ => {
                return Err(Error::Validation(ValidationError::new(
                    action,
                    ValidationErrorKind::Encode("the parameters must be a JSON object".to_owned()),
                )));
            }
        };
        let payload = self.encode(&params, action)?;
        let spec = CallSpec {
            region: RegionRequirement::NotRequired,
            ..CallSpec::of(meta)
        };
        self.execute(&spec, payload).await
    }

    /// Runs the pipeline and hands back the output it decoded.
    async fn execute<T: DeserializeOwned + Send>(
        &self,
        spec: &CallSpec,
        payload: Payload,
    ) -> Result<T, Error> {
        let mut decoder = TypedDecoder::<T>::new();
        pipeline::execute(&self.shared, &self.settings, spec, payload, &mut decoder).await?;
        decoder.into_output().ok_or_else(|| {
            Error::config("internal error: a successful response produced no output")
        })
    }

    fn encode<T: Serialize + ?Sized>(
        &self,
        request: &T,
        action: &'static str,
    ) -> Result<Payload, Error> {
        let invalid = |reason: String| {
            Error::Validation(ValidationError::new(
                action,
                ValidationErrorKind::Encode(reason),
            ))
        };
        if uses_json(self.shared.http_method, self.shared.signature_method) {
            // Most bodies fit: one allocation instead of growing from serde_json's 128 bytes.
            let mut body = Vec::with_capacity(INITIAL_BODY_BYTES);
            serde_json::to_writer(&mut body, request)
                .map_err(|error| invalid(error.to_string()))?;
            Ok(Payload::Json(Bytes::from(body)))
        } else {
            let params = crate::encode::to_flat_params(request)
                .map_err(|error| invalid(error.to_string()))?;
            Ok(Payload::Params(params))
        }
    }
}

/// The buffer a JSON request body starts with.
const INITIAL_BODY_BYTES: usize = 1024;

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("region", &self.region())
            .field("endpoint", self.settings.endpoint.choice())
            .field("attempt_timeout", &self.settings.attempt_timeout)
            .field("total_timeout", &self.settings.total_timeout)
            .field("retry", &self.settings.retry)
            .field("shared", &self.shared)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_is_send_sync_and_its_future_is_send() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Client>();
        fn assert_send<T: Send>(_: &T) {}
        let client = Client::builder()
            .credentials(crate::Credentials::new("id", "key"))
            .transport(crate::transport::ReplayTransport::new())
            .build()
            .unwrap();
        let future = client.call_raw("DescribeNode", serde_json::Value::Null);
        assert_send(&future);
    }
}
