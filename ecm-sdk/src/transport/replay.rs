//! A transport for tests: answers from typed rules per action, a queue or a closure, and
//! records what it was sent. No sockets. Only with the `test-util` feature.

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{HttpRequest, HttpResponse, Transport, TransportError, TransportFuture};
use crate::action::Action;
use crate::builder::ClientBuilder;

mod captured;
mod reply;
mod rule;

pub use captured::{CapturedRequest, ParseRequestError};
pub use reply::Reply;
pub use rule::Rule;

use reply::Answer;
use rule::RuleState;

type Responder = dyn Fn(&CapturedRequest) -> Result<HttpResponse, TransportError> + Send + Sync;

/// A test double of the ECM service: answers the client's requests without a network and
/// records them.
///
/// Answers come, in this order, from:
///
/// 1. **Rules per action** (`on`): typed outputs, service errors and transport
///    failures, given in sequence, optionally only to requests a predicate accepts, or
///    computed from the typed request by a closure. The first rule (in the order they were
///    added) whose action and predicate match and which has replies left answers.
/// 2. **A closure** for every request ([`from_fn`](Self::from_fn)), if set.
/// 3. **A queue**, first in first out, whatever the action: `push_output`,
///    [`push_service_error`](Self::push_service_error), [`push_json`](Self::push_json),
///    [`push_response`](Self::push_response), [`push_error`](Self::push_error).
///
/// A request nothing answers fails with a transport error naming its action. Every
/// request is recorded as a [`CapturedRequest`] (action, parameters, headers; see also
/// `inputs` for the typed requests) unless recording is turned off.
/// Clones share rules, queue and record: keep one to inspect after handing another to the
/// client. Generated replies carry a `RequestId` of `replay-N` (the N-th request) unless
/// the output sets its own.
///
/// # The `test-util` feature
///
/// The replay transport, and the impls its typed parts need (`Deserialize` for the
/// generated requests, `Serialize` for the responses, which the SDK itself never uses),
/// exist only with the crate's `test-util` feature, so that an application's own build
/// compiles none of it. Enable it for your tests only:
///
/// ```toml
/// [dev-dependencies]
/// ecm-sdk = { version = "0.1", features = ["test-util"] }
/// ```
///
/// # Testing your code
///
/// ```
/// use ecm_sdk::Client;
/// use ecm_sdk::actions::{DescribeInstancesRequest, DescribeInstancesResponse};
/// use ecm_sdk::transport::ReplayTransport;
/// use ecm_sdk::types::{Instance, InstanceState};
///
/// /// The code under test: the IDs of the running instances.
/// async fn running(client: &Client) -> Result<Vec<String>, ecm_sdk::Error> {
///     let page = client.describe_instances(DescribeInstancesRequest::new()).await?;
///     Ok(page
///         .instance_set
///         .unwrap_or_default()
///         .into_iter()
///         .filter(|i| i.instance_state == Some(InstanceState::Running))
///         .filter_map(|i| i.instance_id)
///         .collect())
/// }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ecm_sdk::Error> {
/// let transport = ReplayTransport::new();
/// transport.on::<DescribeInstancesRequest>().output(
///     DescribeInstancesResponse::new().set_total_count(2).set_instance_set([
///         Instance::new().instance_id("ein-1").instance_state("RUNNING"),
///         Instance::new().instance_id("ein-2").instance_state("STOPPED"),
///     ]),
/// );
/// let client = transport.client_builder().build()?;
///
/// assert_eq!(running(&client).await?, ["ein-1"]);
/// let sent = transport.inputs::<DescribeInstancesRequest>();
/// assert_eq!(sent, [DescribeInstancesRequest::new()]);
/// # Ok(()) }
/// ```
///
/// Service errors are typed on the client side as they would be from the service:
///
/// ```
/// use ecm_sdk::{Error, ErrorCode};
/// use ecm_sdk::actions::DescribeInstanceVncUrlRequest;
/// use ecm_sdk::transport::ReplayTransport;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ecm_sdk::Error> {
/// let transport = ReplayTransport::new();
/// transport
///     .on::<DescribeInstanceVncUrlRequest>()
///     .service_error("ResourceNotFound", "no such instance");
/// let client = transport.client_builder().build()?;
/// let request = DescribeInstanceVncUrlRequest::new().instance_id("ein-404");
/// let Err(Error::Service(error)) = client.describe_instance_vnc_url(request).await else {
///     panic!("expected a service error");
/// };
/// assert!(matches!(error.error_code(), ErrorCode::ResourceNotFound(_)));
/// assert_eq!(error.request_id(), Some("replay-1"));
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ReplayTransport {
    state: Arc<Mutex<State>>,
    responder: Option<Arc<Responder>>,
}

struct State {
    rules: Vec<RuleState>,
    queue: VecDeque<Answer>,
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
    /// No rules, an empty queue; recording on.
    pub fn new() -> Self {
        ReplayTransport {
            state: Arc::new(Mutex::new(State {
                rules: Vec::new(),
                queue: VecDeque::new(),
                captured: Vec::new(),
                record: true,
                count: 0,
            })),
            responder: None,
        }
    }

    /// Answers every request that no rule answers with `respond(request)` (the queue is
    /// then not used).
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

    /// A client builder that sends through this transport (a clone of it) and signs with
    /// fixed test credentials; add settings and [`build`](ClientBuilder::build) it.
    ///
    /// The client keeps its default retry policy: a retryable reply (throttling, or an
    /// internal error to a read-only action) is asked for again, after a back-off.
    pub fn client_builder(&self) -> ClientBuilder {
        ClientBuilder::new()
            .credentials(crate::Credentials::new(
                "AKIDreplaytransport",
                "replay-transport-key",
            ))
            .transport(self.clone())
    }

    /// Adds a rule for the action `A`: replies to requests of `A`, in the order they are
    /// added to the rule. See [`Rule`]. Only with the `test-util` feature.
    pub fn on<A>(&self) -> Rule<A>
    where
        A: Action + DeserializeOwned,
        A::Output: Serialize,
    {
        let index = {
            let mut state = self.lock();
            state.rules.push(RuleState::new(A::META.name));
            state.rules.len() - 1
        };
        Rule::new(self.clone(), index)
    }

    /// Queues a successful reply with `output` (any action's response type, e.g.
    /// `DescribeNodeResponse::new().set_total_count(0)`), for whichever request comes next.
    /// Only with the `test-util` feature; [`push_json`](Self::push_json) queues a raw one.
    pub fn push_output<O: Serialize>(&self, output: O) {
        self.push_answer(Reply::Output(output).into_answer());
    }

    /// Queues a service error with `code` (e.g. `ResourceNotFound`) and `message`, in the
    /// service's envelope, for whichever request comes next.
    pub fn push_service_error(&self, code: impl Into<String>, message: impl Into<String>) {
        self.push_answer(Answer::service_error(code.into(), message.into()));
    }

    /// Queues a response with `status` and a JSON `body`.
    pub fn push_json(&self, status: u16, body: impl Into<Bytes>) {
        self.push_response(json_response(status, body));
    }

    /// Queues a response.
    pub fn push_response(&self, response: HttpResponse) {
        self.push_answer(Answer::response(response));
    }

    /// Queues a transport failure.
    pub fn push_error(&self, error: TransportError) {
        self.push_answer(Answer::transport(error));
    }

    fn push_answer(&self, answer: Answer) {
        self.lock().queue.push_back(answer);
    }

    /// The requests received so far, oldest first.
    pub fn requests(&self) -> Vec<CapturedRequest> {
        self.lock().captured.clone()
    }

    /// The recorded requests of the action `A`, decoded into its request type, oldest
    /// first. (A request that does not decode is left out; [`CapturedRequest::input`]
    /// says why.) Only with the `test-util` feature; [`requests`](Self::requests) has them
    /// as JSON.
    pub fn inputs<A: Action + DeserializeOwned>(&self) -> Vec<A> {
        self.lock()
            .captured
            .iter()
            .filter(|request| request.action().as_deref() == Some(A::META.name))
            .filter_map(|request| request.input::<A>().ok())
            .collect()
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

    /// Picks the answer for `request`: a rule, the closure, the queue, or an error.
    fn answer(
        &self,
        request: &CapturedRequest,
        number: usize,
    ) -> Result<HttpResponse, TransportError> {
        let candidates: Vec<_> = {
            let state = self.lock();
            // Without rules (benchmarks, plain queues) the action need not be read.
            let action = if state.rules.is_empty() {
                None
            } else {
                request.action()
            };
            state
                .rules
                .iter()
                .enumerate()
                .filter(|(_, rule)| action.as_deref() == Some(rule.action) && rule.has_replies())
                .map(|(index, rule)| (index, rule.matcher()))
                .collect()
        };
        // Predicates and closures run without the lock, so they may use this transport.
        for (index, matcher) in candidates {
            if matcher.is_none_or(|matches| matches(request)) {
                let taken = {
                    let mut state = self.lock();
                    let rule = &mut state.rules[index];
                    rule.has_replies().then(|| rule.take())
                };
                if let Some(answer) = taken {
                    return answer.respond(request, number);
                }
            }
        }
        if let Some(respond) = &self.responder {
            return respond(request);
        }
        let queued = self.lock().queue.pop_front();
        match queued {
            Some(answer) => answer.respond(request, number),
            None => {
                let action = request.action();
                let action = action.as_deref().unwrap_or("a request without an action");
                Err(TransportError::io(format!(
                    "the replay transport has no reply for {action} (no rule matches and the \
                     queue is empty)"
                )))
            }
        }
    }
}

/// A response with `status`, `Content-Type: application/json` and `body` (a status that
/// is not a valid HTTP status becomes 500).
pub fn json_response(status: u16, body: impl Into<Bytes>) -> HttpResponse {
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
            .field("rules", &state.rules.len())
            .field("queued", &state.queue.len())
            .field("received", &state.count)
            .field("closure", &self.responder.is_some())
            .finish()
    }
}

impl Transport for ReplayTransport {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        let captured = CapturedRequest::new(request);
        let number = {
            let mut state = self.lock();
            state.count += 1;
            state.count
        };
        let answer = self.answer(&captured, number);
        let mut state = self.lock();
        if state.record {
            state.captured.push(captured);
        }
        Box::pin(std::future::ready(answer))
    }
}
