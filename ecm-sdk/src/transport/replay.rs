//! A transport that answers from a queue or a closure and records what it was sent.

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use percent_encoding::percent_decode_str;

use super::{HttpRequest, HttpResponse, Transport, TransportError, TransportFuture};

type Responder = dyn Fn(&CapturedRequest) -> Result<HttpResponse, TransportError> + Send + Sync;

/// A canned/replay transport for tests and benchmarks: no sockets.
///
/// Answers come from a queue ([`push_json`](Self::push_json),
/// [`push_response`](Self::push_response), [`push_error`](Self::push_error)) or from a
/// closure ([`from_fn`](Self::from_fn)). Every request is recorded as a
/// [`CapturedRequest`] (signed headers included) unless recording is turned off.
/// Clones share the queue and the record, so keep one clone to inspect after handing
/// another to the client.
///
/// ```
/// use ecm_sdk::transport::ReplayTransport;
///
/// let transport = ReplayTransport::new();
/// transport.push_json(200, r#"{"Response":{"RequestId":"r-1"}}"#);
/// // let client = Client::builder().transport(transport.clone())…build()?;
/// // … call, then inspect transport.requests()
/// ```
#[derive(Clone)]
pub struct ReplayTransport {
    state: Arc<Mutex<State>>,
    responder: Option<Arc<Responder>>,
}

struct State {
    queue: VecDeque<Result<HttpResponse, TransportError>>,
    captured: Vec<CapturedRequest>,
    record: bool,
    count: usize,
}

impl Default for ReplayTransport {
    fn default() -> Self {
        Self::new()
    }
}

impl ReplayTransport {
    /// An empty queue; recording on. A request with nothing queued fails with a transport
    /// error.
    pub fn new() -> Self {
        ReplayTransport {
            state: Arc::new(Mutex::new(State {
                queue: VecDeque::new(),
                captured: Vec::new(),
                record: true,
                count: 0,
            })),
            responder: None,
        }
    }

    /// Answers every request with `respond(request)` (the queue is not used).
    pub fn from_fn<F>(respond: F) -> Self
    where
        F: Fn(&CapturedRequest) -> Result<HttpResponse, TransportError> + Send + Sync + 'static,
    {
        ReplayTransport {
            responder: Some(Arc::new(respond)),
            ..Self::new()
        }
    }

    /// Stops recording requests (e.g. in benchmarks); they are still counted.
    pub fn without_recording(self) -> Self {
        self.lock().record = false;
        self
    }

    /// Queues a response with `status` and a JSON `body`.
    pub fn push_json(&self, status: u16, body: impl Into<Bytes>) {
        self.push_response(json_response(status, body));
    }

    /// Queues a response.
    pub fn push_response(&self, response: HttpResponse) {
        self.lock().queue.push_back(Ok(response));
    }

    /// Queues a transport failure.
    pub fn push_error(&self, error: TransportError) {
        self.lock().queue.push_back(Err(error));
    }

    /// The requests received so far, oldest first.
    pub fn requests(&self) -> Vec<CapturedRequest> {
        self.lock().captured.clone()
    }

    /// How many requests were received (recorded or not).
    pub fn request_count(&self) -> usize {
        self.lock().count
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state inconsistent.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A response with `status`, `Content-Type: application/json` and `body`.
fn json_response(status: u16, body: impl Into<Bytes>) -> HttpResponse {
    let mut response = http::Response::new(body.into());
    *response.status_mut() =
        http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

impl fmt::Debug for ReplayTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("ReplayTransport")
            .field("queued", &state.queue.len())
            .field("received", &state.count)
            .field("closure", &self.responder.is_some())
            .finish()
    }
}

impl Transport for ReplayTransport {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        let captured = CapturedRequest { request };
        // The closure runs without the lock, so it may inspect this transport.
        let answered = self.responder.as_ref().map(|respond| respond(&captured));
        let mut state = self.lock();
        state.count += 1;
        let answer = answered
            .or_else(|| state.queue.pop_front())
            .unwrap_or_else(|| {
                Err(TransportError::io(
                    "the replay transport has no response queued",
                ))
            });
        if state.record {
            state.captured.push(captured);
        }
        Box::pin(std::future::ready(answer))
    }
}

/// A request as the transport received it: signed, ready for the wire.
#[derive(Debug, Clone)]
pub struct CapturedRequest {
    request: HttpRequest,
}

impl CapturedRequest {
    /// The whole request.
    pub fn request(&self) -> &HttpRequest {
        &self.request
    }

    /// The HTTP method.
    pub fn method(&self) -> &http::Method {
        self.request.method()
    }

    /// The URI.
    pub fn uri(&self) -> &http::Uri {
        self.request.uri()
    }

    /// The value of header `name`, if present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.request.headers().get(name)?.to_str().ok()
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        self.request.body()
    }

    /// The action: the `X-TC-Action` header, or the `Action` parameter of v1 requests.
    pub fn action(&self) -> Option<String> {
        if let Some(action) = self.header("x-tc-action") {
            return Some(action.to_owned());
        }
        self.params()
            .into_iter()
            .find(|(name, _)| name == "Action")
            .map(|(_, value)| value)
    }

    /// The decoded parameters of the query string and, for form-encoded bodies, of the
    /// body, in order.
    pub fn params(&self) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if let Some(query) = self.request.uri().query() {
            params.extend(decode_form(query));
        }
        let form = self
            .header("content-type")
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
        if form {
            if let Ok(body) = std::str::from_utf8(self.request.body()) {
                params.extend(decode_form(body));
            }
        }
        params
    }
}

/// Decodes `a=1&b=x%20y` pairs (`+` also stands for a space).
fn decode_form(text: &str) -> Vec<(String, String)> {
    let decode = |part: &str| {
        let spaced = part.replace('+', " ");
        percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
    };
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms() {
        assert_eq!(
            decode_form("A=1&B=x%20y&C=a+b&D&&E=%E4%B8%AD"),
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x y".into()),
                ("C".into(), "a b".into()),
                ("D".into(), "".into()),
                ("E".into(), "中".into()),
            ]
        );
    }
}
