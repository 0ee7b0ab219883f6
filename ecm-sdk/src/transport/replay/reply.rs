//! What a test double answers: typed replies (with the `test-util` feature) and their wire
//! form.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use serde::Serialize;
use serde_json::{Map, Value};

use super::captured::CapturedRequest;
use super::json_response;
use crate::transport::{HttpResponse, TransportError, TransportErrorKind};

/// One reply of a test double: the action's typed output, a service error, or a transport
/// failure. Returned by the closures of [`Rule::respond_with`](super::Rule::respond_with).
/// Only with the `test-util` feature.
#[derive(Debug)]
#[non_exhaustive]
pub enum Reply<O> {
    /// A successful response with this output (its `RequestId` is filled in if unset).
    Output(O),
    /// A service error in the service's envelope (HTTP 200, `Response.Error`).
    ServiceError {
        /// The error code, e.g. `ResourceNotFound` or `RequestLimitExceeded`.
        code: String,
        /// The error message.
        message: String,
    },
    /// The request fails in the transport (e.g. [`TransportError::connect`]); when the
    /// reply is repeated, its `source` is not.
    Transport(TransportError),
}

impl<O> Reply<O> {
    /// A service error with `code` and `message`.
    pub fn service_error(code: impl Into<String>, message: impl Into<String>) -> Self {
        Reply::ServiceError {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl<O> From<O> for Reply<O> {
    fn from(output: O) -> Self {
        Reply::Output(output)
    }
}

impl<O: Serialize> Reply<O> {
    /// The reply in wire form, ready to be given (once or repeatedly).
    pub(crate) fn into_answer(self) -> Answer {
        match self {
            Reply::Output(output) => match serde_json::to_value(&output) {
                Ok(Value::Object(members)) => Answer::Envelope(members),
                Ok(other) => Answer::invalid(format!(
                    "a replay output must serialise to a JSON object, not {other}"
                )),
                Err(error) => {
                    Answer::invalid(format!("a replay output does not serialise: {error}"))
                }
            },
            Reply::ServiceError { code, message } => Answer::service_error(code, message),
            Reply::Transport(error) => Answer::transport(error),
        }
    }
}

type Compute = dyn Fn(&CapturedRequest) -> Answer + Send + Sync;

/// A reply in wire form. Cheap to clone, so that a rule can give it repeatedly.
#[derive(Clone)]
pub(crate) enum Answer {
    /// The members of `Response`; `RequestId` is added when absent.
    Envelope(Map<String, Value>),
    /// A whole HTTP response.
    Response {
        status: http::StatusCode,
        headers: http::HeaderMap,
        body: bytes::Bytes,
    },
    /// A transport failure.
    Transport {
        kind: TransportErrorKind,
        message: Cow<'static, str>,
    },
    /// Computed from the request when it arrives.
    #[cfg_attr(
        not(feature = "test-util"),
        expect(dead_code, reason = "made by `Rule::respond_with`, a `test-util` API")
    )]
    Computed(Arc<Compute>),
}

impl Answer {
    pub(crate) fn response(response: HttpResponse) -> Self {
        let (parts, body) = response.into_parts();
        Answer::Response {
            status: parts.status,
            headers: parts.headers,
            body,
        }
    }

    /// A service error with `code` and `message`, in the service's envelope.
    pub(crate) fn service_error(code: String, message: String) -> Self {
        let mut error = Map::new();
        error.insert("Code".to_owned(), Value::String(code));
        error.insert("Message".to_owned(), Value::String(message));
        let mut members = Map::new();
        members.insert("Error".to_owned(), Value::Object(error));
        Answer::Envelope(members)
    }

    pub(crate) fn transport(error: TransportError) -> Self {
        Answer::Transport {
            kind: error.kind,
            message: error.message,
        }
    }

    /// A reply that cannot be given: the request fails with `message`.
    pub(crate) fn invalid(message: String) -> Self {
        Answer::Transport {
            kind: TransportErrorKind::Request,
            message: Cow::Owned(message),
        }
    }

    pub(crate) fn computed(
        compute: impl Fn(&CapturedRequest) -> Answer + Send + Sync + 'static,
    ) -> Self {
        Answer::Computed(Arc::new(compute))
    }

    /// The response to the `number`-th request, `request`.
    pub(crate) fn respond(
        &self,
        request: &CapturedRequest,
        number: usize,
    ) -> Result<HttpResponse, TransportError> {
        match self {
            Answer::Envelope(members) => {
                let mut members = members.clone();
                members
                    .entry("RequestId")
                    .or_insert_with(|| Value::String(format!("replay-{number}")));
                let mut envelope = Map::new();
                envelope.insert("Response".to_owned(), Value::Object(members));
                let body = Value::Object(envelope).to_string();
                Ok(json_response(200, body))
            }
            Answer::Response {
                status,
                headers,
                body,
            } => {
                let mut response = http::Response::new(body.clone());
                *response.status_mut() = *status;
                *response.headers_mut() = headers.clone();
                Ok(response)
            }
            Answer::Transport { kind, message } => Err(TransportError::new(*kind, message.clone())),
            Answer::Computed(compute) => compute(request).respond(request, number),
        }
    }
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self {
            Answer::Envelope(members) if members.contains_key("Error") => "service error",
            Answer::Envelope(_) => "output",
            Answer::Response { .. } => "response",
            Answer::Transport { .. } => "transport error",
            Answer::Computed(_) => "closure",
        };
        f.write_str(what)
    }
}
