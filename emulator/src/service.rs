//! The request pipeline: decode, route, inject faults, verify the signature, validate the
//! parameters, answer; and record what happened in the journal.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock, RwLockWriteGuard};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{AUTHORIZATION, CONNECTION, CONTENT_TYPE, DATE, HeaderValue};
use http::request::Parts;
use http::{Method, Response, StatusCode};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Body;
use serde_json::Value;
use tencentcloud_signer::{Credentials, Verifier};

use crate::auth::{authenticates_before_body, verify};
use crate::catalog::{ActionEntry, Catalog};
use crate::clock::{Clock, shift};
use crate::fault::{Fault, Faults};
use crate::journal::{Encoding, Journal, Outcome, Recorded, SignatureMethod};
use crate::params;
use crate::rejection::Rejection;
use crate::reply::{PreparedReply, Reply, error_body, members_body};
use crate::request_id::new_request_id;
use crate::scalars::ScalarRule;
use crate::state::Model;

/// Everything a request needs, built once at start and shared by all connections.
#[derive(Debug)]
pub(crate) struct State {
    pub(crate) catalog: Catalog,
    /// `None` when signature verification is switched off.
    pub(crate) verifier: Option<Verifier<Vec<Credentials>>>,
    pub(crate) clock: Clock,
    /// The stateful model; `None` in replay mode.
    pub(crate) model: Option<Arc<Model>>,
    pub(crate) faults: Faults,
    pub(crate) replies: Replies,
    pub(crate) journal: Journal,
    pub(crate) body_read_timeout: Duration,
    /// Which forms of the documented scalar types requests may use.
    pub(crate) scalar_rule: ScalarRule,
}

/// Replies registered by tests, by action. Lock-free while none is registered.
#[derive(Debug, Default)]
pub(crate) struct Replies {
    any: AtomicBool,
    by_action: RwLock<HashMap<String, Registered>>,
}

/// What a test registered for an action.
pub(crate) enum Registered {
    /// The same reply every time.
    Fixed(Arc<PreparedReply>),
    /// These replies in turn; afterwards the action answers as if nothing was registered.
    Sequence(Mutex<VecDeque<Arc<PreparedReply>>>),
    /// A reply computed from the request's parameters.
    With(ReplyFn),
}

/// A reply computed from an action's parameters.
pub(crate) type ReplyFn = Arc<dyn Fn(&Value) -> Reply + Send + Sync>;

impl std::fmt::Debug for Registered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Registered::Fixed(reply) => f.debug_tuple("Fixed").field(reply).finish(),
            Registered::Sequence(replies) => f
                .debug_tuple("Sequence")
                .field(&replies.lock().map_or(0, |r| r.len()))
                .finish(),
            Registered::With(_) => f.write_str("With(..)"),
        }
    }
}

impl Replies {
    pub(crate) fn set(&self, action: &str, reply: PreparedReply) {
        self.register(action, Registered::Fixed(Arc::new(reply)));
    }

    pub(crate) fn register(&self, action: &str, registered: Registered) {
        let mut map = self.write();
        map.insert(action.to_owned(), registered);
        self.any.store(true, Ordering::Release);
    }

    pub(crate) fn remove(&self, action: &str) {
        let mut map = self.write();
        map.remove(action);
        self.any.store(!map.is_empty(), Ordering::Release);
    }

    pub(crate) fn clear(&self) {
        let mut map = self.write();
        map.clear();
        self.any.store(false, Ordering::Release);
    }

    /// The map for a change, recovering from poisoning (see [`crate::fault::lock`]).
    fn write(&self) -> RwLockWriteGuard<'_, HashMap<String, Registered>> {
        self.by_action
            .write()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The registered answer for this request, if any.
    fn get(&self, action: &str, params: &Value) -> Option<Arc<PreparedReply>> {
        if !self.any.load(Ordering::Acquire) {
            return None;
        }
        let map = self
            .by_action
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        match map.get(action)? {
            Registered::Fixed(reply) => Some(Arc::clone(reply)),
            Registered::Sequence(replies) => replies
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop_front(),
            Registered::With(compute) => {
                let reply = compute(params);
                Some(Arc::new(PreparedReply::new(&reply).unwrap_or_else(|_| {
                    PreparedReply::new(&Reply::error(
                        "InternalError",
                        format!(
                            "the reply function registered for {action} returned an output \
                             that is not a JSON object"
                        ),
                    ))
                    .expect("error replies are objects")
                })))
            }
        }
    }
}

/// The service asks the connection to be reset (RST) instead of answering.
#[derive(Debug)]
pub(crate) struct ResetConnection;

impl std::fmt::Display for ResetConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection reset by the emulator")
    }
}

impl std::error::Error for ResetConnection {}

/// Per-connection switch the service flips to have the connection reset.
#[derive(Debug, Default)]
pub(crate) struct ConnectionControl {
    reset: AtomicBool,
}

impl ConnectionControl {
    pub(crate) fn request_reset(&self) {
        self.reset.store(true, Ordering::Release);
    }

    pub(crate) fn reset_requested(&self) -> bool {
        self.reset.load(Ordering::Acquire)
    }
}

/// What to send back.
enum Answer {
    Http {
        status: StatusCode,
        content_type: &'static str,
        body: Bytes,
        date_skew: i64,
        /// Close the connection afterwards (the request body was not read).
        close: bool,
        outcome: Outcome,
    },
    Reset,
}

impl Answer {
    fn json(body: Bytes, outcome: Outcome) -> Answer {
        Answer::Http {
            status: StatusCode::OK,
            content_type: "application/json",
            body,
            date_skew: 0,
            close: false,
            outcome,
        }
    }

    fn rejection(rejection: &Rejection, request_id: &str) -> Answer {
        Answer::json(
            error_body(rejection.code, &rejection.message, request_id),
            Outcome::Error {
                code: rejection.code.to_owned(),
            },
        )
    }
}

/// What the journal learns about a request along the way.
#[derive(Default)]
struct Trace {
    encoding: Option<Encoding>,
    signature_method: Option<SignatureMethod>,
    action: Option<String>,
    version: Option<String>,
    region: Option<String>,
    language: Option<String>,
    timestamp: Option<i64>,
    secret_id: Option<String>,
    params: Option<Value>,
    fault: Option<Fault>,
}

/// A request body as the service reads it: hyper's `Incoming` on connections, a complete
/// buffer in the fuzzing harness.
pub(crate) trait RequestBody: Body<Data = Bytes, Error: Into<BoxError>> + Send {}

impl<B: Body<Data = Bytes, Error: Into<BoxError>> + Send> RequestBody for B {}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Serves one request.
pub(crate) async fn handle<B: RequestBody>(
    state: Arc<State>,
    connection: Arc<ConnectionControl>,
    request: http::Request<B>,
) -> Result<Response<Full<Bytes>>, ResetConnection> {
    let received_at = SystemTime::now();
    let request_id = new_request_id();
    let (parts, body) = request.into_parts();
    let mut pending = Unanswered {
        state: &state,
        received_at,
        parts: &parts,
        request_id: &request_id,
        trace: Trace::default(),
        armed: true,
    };
    let answer = process(&state, &parts, body, &mut pending.trace, &request_id).await;
    pending.armed = false;
    let trace = std::mem::take(&mut pending.trace);
    drop(pending);
    if state.journal.enabled() {
        state.journal.record(journal_entry(
            received_at,
            &parts,
            request_id,
            trace,
            &answer,
        ));
    }
    match answer {
        Answer::Reset => {
            connection.request_reset();
            Err(ResetConnection)
        }
        Answer::Http {
            status,
            content_type,
            body,
            date_skew,
            close,
            outcome: _,
        } => {
            let date = httpdate::fmt_http_date(shift(state.clock.now(), date_skew));
            let mut response = Response::new(Full::new(body));
            *response.status_mut() = status;
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
            if let Ok(date) = HeaderValue::from_str(&date) {
                headers.insert(DATE, date);
            }
            if close {
                headers.insert(CONNECTION, HeaderValue::from_static("close"));
            }
            Ok(response)
        }
    }
}

/// A request being handled. If its handling is cancelled before an answer is ready — hyper
/// drops the service future when the client hangs up, e.g. after giving up on a `Delay` fault —
/// it is still journaled, as `Failed`, so the journal shows every request received.
struct Unanswered<'a> {
    state: &'a State,
    received_at: SystemTime,
    parts: &'a Parts,
    request_id: &'a str,
    trace: Trace,
    armed: bool,
}

impl Drop for Unanswered<'_> {
    fn drop(&mut self) {
        if self.armed && self.state.journal.enabled() {
            self.state.journal.record(journal_entry(
                self.received_at,
                self.parts,
                self.request_id.to_owned(),
                std::mem::take(&mut self.trace),
                &Answer::Reset,
            ));
        }
    }
}

fn journal_entry(
    received_at: SystemTime,
    parts: &Parts,
    request_id: String,
    trace: Trace,
    answer: &Answer,
) -> Recorded {
    let outcome = match answer {
        Answer::Http { outcome, .. } => outcome.clone(),
        Answer::Reset => Outcome::Failed,
    };
    Recorded {
        received_at,
        request_id,
        method: parts.method.clone(),
        uri: parts.uri.clone(),
        headers: parts.headers.clone(),
        encoding: trace.encoding.unwrap_or(Encoding::Unsupported),
        signature_method: trace.signature_method,
        action: trace.action,
        version: trace.version,
        region: trace.region,
        language: trace.language,
        timestamp: trace.timestamp,
        secret_id: trace.secret_id,
        params: trace.params.unwrap_or(Value::Null),
        fault: trace.fault,
        outcome,
    }
}

/// The v1 common parameters: everything in a v1 query or form that is not an action parameter.
/// `RequestClient` names the calling SDK (`SDK_PYTHON_3.1.195`); the official SDKs send it.
const V1_COMMON: [&str; 11] = [
    "Action",
    "Version",
    "Region",
    "Timestamp",
    "Nonce",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Token",
    "Language",
    "RequestClient",
];

/// The languages `X-TC-Language` / `Language` accepts.
const LANGUAGES: [&str; 2] = ["zh-CN", "en-US"];

/// The common parameters of a request, wherever they came from.
struct Common<'a> {
    tc3: bool,
    action: Option<&'a str>,
    version: Option<&'a str>,
    region: Option<&'a str>,
    language: Option<&'a str>,
}

impl Common<'_> {
    fn name(&self, v1: &'static str, v3: &'static str) -> &'static str {
        if self.tc3 { v3 } else { v1 }
    }
}

async fn process<B: RequestBody>(
    state: &State,
    parts: &Parts,
    body: B,
    trace: &mut Trace,
    request_id: &str,
) -> Answer {
    let mut body_skipped = false;
    let answer = match process_inner(state, parts, body, trace, request_id, &mut body_skipped).await
    {
        Ok(answer) => answer,
        Err(Failure::Reject(rejection)) => Answer::rejection(&rejection, request_id),
        Err(Failure::RejectAndClose(rejection)) => {
            let mut answer = Answer::rejection(&rejection, request_id);
            if let Answer::Http { close, .. } = &mut answer {
                *close = true;
            }
            answer
        }
        Err(Failure::Drop) => Answer::Reset,
    };
    close_if(answer, body_skipped)
}

/// `answer`, closing the connection afterwards if `close` (its request body was not read).
fn close_if(mut answer: Answer, skipped: bool) -> Answer {
    if skipped && let Answer::Http { close, .. } = &mut answer {
        *close = true;
    }
    answer
}

enum Failure {
    Reject(Rejection),
    /// Reject, then close the connection: the request body was not (fully) read.
    RejectAndClose(Rejection),
    /// Give up on the connection (the body could not be read in time).
    Drop,
}

impl From<Rejection> for Failure {
    fn from(rejection: Rejection) -> Failure {
        Failure::Reject(rejection)
    }
}

async fn process_inner<B: RequestBody>(
    state: &State,
    parts: &Parts,
    body: B,
    trace: &mut Trace,
    request_id: &str,
    body_skipped: &mut bool,
) -> Result<Answer, Failure> {
    let headers = &parts.headers;
    let tc3 = headers.contains_key(AUTHORIZATION);
    let encoding = encoding_of(parts);
    trace.encoding = Some(encoding);
    if tc3 {
        trace.signature_method = Some(SignatureMethod::Tc3HmacSha256);
    }
    if parts.method != Method::GET && parts.method != Method::POST {
        return Err(Rejection::new(
            "UnsupportedProtocol",
            format!(
                "The HTTP method {} is not supported; only GET and POST requests are.",
                parts.method
            ),
        )
        .into());
    }
    if encoding == Encoding::Unsupported {
        let content_type = header_str(headers, CONTENT_TYPE.as_str()).unwrap_or("(none)");
        return Err(Failure::RejectAndClose(Rejection::new(
            "UnsupportedProtocol",
            format!(
                "The Content-Type `{content_type}` is not supported: POST requests use \
                 application/json (TC3-HMAC-SHA256) or application/x-www-form-urlencoded \
                 (HmacSHA1/HmacSHA256)."
            ),
        )));
    }

    let limits = state.catalog.size_limits;
    let body = if parts.method == Method::GET {
        let size = request_head_size(parts);
        if size > limits.get_bytes {
            return Err(Failure::RejectAndClose(size_exceeded(
                "GET",
                limits.get_bytes,
                Some(size),
            )));
        }
        Bytes::new()
    } else if tc3 && !authenticates_before_body(state, parts) {
        // A TC3 request whose headers already fail authentication (unknown SecretId, wrong
        // token, stale timestamp, wrong scope): its body is never read. The signature check
        // below refuses it with the same error.
        *body_skipped = true;
        Bytes::new()
    } else {
        let (limit, kind) = if tc3 {
            (limits.post_tc3_bytes, "POST signed with TC3-HMAC-SHA256")
        } else {
            (limits.post_v1_bytes, "POST signed with HmacSHA1/HmacSHA256")
        };
        read_body(body, limit, kind, state.body_read_timeout).await?
    };

    let pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = match encoding {
        Encoding::Query => {
            form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes()).collect()
        }
        Encoding::Form => form_urlencoded::parse(&body).collect(),
        _ => Vec::new(),
    };

    let common = if tc3 {
        common_from_headers(headers, trace)?
    } else {
        if encoding == Encoding::Json {
            return Err(Rejection::new(
                "AuthFailure.InvalidAuthorization",
                "The Authorization header is missing: requests with a JSON body must be signed \
                 with TC3-HMAC-SHA256.",
            )
            .into());
        }
        common_from_params(&pairs, trace)?
    };

    // Routing: the action and the version.
    let Some(action_name) = common.action else {
        return Err(Rejection::new(
            "MissingParameter",
            format!(
                "The request is missing a required parameter `{}`.",
                common.name("Action", "X-TC-Action")
            ),
        )
        .into());
    };
    let Some(action) = state.catalog.action(action_name) else {
        return Err(Rejection::new(
            "InvalidAction",
            format!(
                "The action `{action_name}` does not exist in {} version {}.",
                state.catalog.service, state.catalog.version
            ),
        )
        .into());
    };
    match common.version {
        None => {
            return Err(Rejection::new(
                "MissingParameter",
                format!(
                    "The request is missing a required parameter `{}` (action {action_name}).",
                    common.name("Version", "X-TC-Version")
                ),
            )
            .into());
        }
        Some(version) if version != state.catalog.version => {
            return Err(Rejection::new(
                "NoSuchVersion",
                format!(
                    "The API version `{version}` does not exist for action {action_name}; \
                     {} supports {}.",
                    state.catalog.service, state.catalog.version
                ),
            )
            .into());
        }
        Some(_) => {}
    }

    // Faults hit every request routed to a known action, before authentication.
    let mut date_skew = 0;
    let mut truncate = false;
    if let Some(fault) = state.faults.take(action_name) {
        trace.fault = Some(fault.clone());
        match fault {
            Fault::RequestLimitExceeded => {
                return Err(Rejection::new(
                    "RequestLimitExceeded",
                    format!(
                        "The number of requests exceeds the frequency limit (injected fault, \
                         action {action_name})."
                    ),
                )
                .into());
            }
            Fault::InternalError => {
                return Err(Rejection::new(
                    "InternalError",
                    format!("Internal error (injected fault, action {action_name})."),
                )
                .into());
            }
            Fault::HttpStatus(code) => {
                let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY);
                return Ok(Answer::Http {
                    status,
                    content_type: "text/plain; charset=utf-8",
                    body: Bytes::from(format!("injected fault: HTTP {status}\n")),
                    date_skew: 0,
                    close: false,
                    outcome: Outcome::Failed,
                });
            }
            Fault::Delay(delay) => tokio::time::sleep(delay).await,
            Fault::ConnectionReset => return Err(Failure::Drop),
            Fault::MalformedJson => {
                return Ok(Answer::json(
                    Bytes::from(format!(
                        r#"{{"Response": {{"RequestId": "{request_id}",, "Malformed": tru}}"#
                    )),
                    Outcome::Failed,
                ));
            }
            Fault::TruncatedJson => truncate = true,
            Fault::DateSkew(seconds) => date_skew = seconds,
        }
    }

    let mut answer = answer_action(
        state, parts, &body, &pairs, &common, action, trace, request_id,
    )?;
    if let Answer::Http {
        body,
        date_skew: skew,
        ..
    } = &mut answer
    {
        *skew = date_skew;
        if truncate {
            *body = body.slice(..body.len() / 2);
        }
    }
    Ok(answer)
}

/// Authentication, parameters and the answer of a routed request.
#[allow(clippy::too_many_arguments)]
fn answer_action(
    state: &State,
    parts: &Parts,
    body: &Bytes,
    pairs: &[(Cow<'_, str>, Cow<'_, str>)],
    common: &Common<'_>,
    action: &ActionEntry,
    trace: &mut Trace,
    request_id: &str,
) -> Result<Answer, Failure> {
    if let Some(verifier) = &state.verifier {
        let verified = verify(
            verifier,
            state.clock.now_unix(),
            parts,
            body,
            pairs,
            common.tc3,
        )?;
        trace.signature_method = Some(verified.signature_method);
    }

    if let Some(language) = common.language
        && !LANGUAGES.contains(&language)
    {
        return Err(Rejection::new(
            "InvalidParameterValue",
            format!(
                "The value `{language}` of `{}` is not supported; use zh-CN or en-US.",
                common.name("Language", "X-TC-Language")
            ),
        )
        .into());
    }
    if action.region_required && common.region.is_none_or(str::is_empty) {
        return Err(Rejection::missing_parameter(
            common.name("Region", "X-TC-Region"),
            &action.name,
        )
        .into());
    }

    let params = match trace.encoding {
        Some(Encoding::Json) => {
            let text = if body.iter().all(u8::is_ascii_whitespace) {
                &b"{}"[..]
            } else {
                &body[..]
            };
            serde_json::from_slice::<Value>(text).map_err(|error| {
                Rejection::invalid_parameter(format!(
                    "The request body of action {} is not valid JSON: {error}.",
                    action.name
                ))
            })?
        }
        _ => {
            let action_params = pairs
                .iter()
                .filter(|(name, _)| common.tc3 || !V1_COMMON.contains(&name.as_ref()))
                .map(|(name, value)| (name.as_ref(), value.as_ref()));
            params::rebuild(
                &state.catalog,
                state.scalar_rule,
                &action.name,
                action.input,
                action_params,
            )?
        }
    };
    let mut params = params;
    let valid = params::validate(
        &state.catalog,
        state.scalar_rule,
        &action.name,
        action.input,
        &mut params,
    );
    if let Err(rejection) = valid {
        trace.params = Some(params);
        return Err(rejection.into());
    }

    // Registered replies first, then the model, then the documented example.
    let reply = match state.replies.get(&action.name, &params) {
        Some(reply) => reply,
        None => {
            let account = trace.secret_id.as_deref().unwrap_or("");
            let modelled = state
                .model
                .as_ref()
                .and_then(|model| model.answer(account, &action.name, &params, state.clock.now()));
            match modelled {
                Some(Ok(members)) => {
                    trace.params = Some(params);
                    return Ok(Answer::json(
                        members_body(&members, request_id),
                        Outcome::Answered,
                    ));
                }
                Some(Err(rejection)) => {
                    trace.params = Some(params);
                    return Ok(Answer::rejection(&rejection, request_id));
                }
                None => Arc::clone(&action.default_reply),
            }
        }
    };
    trace.params = Some(params);
    let outcome = match &reply.error_code {
        Some(code) => Outcome::Error {
            code: code.to_string(),
        },
        None => Outcome::Answered,
    };
    Ok(Answer::json(reply.render(request_id), outcome))
}

fn encoding_of(parts: &Parts) -> Encoding {
    match parts.method {
        Method::GET => Encoding::Query,
        Method::POST => {
            let content_type = header_str(&parts.headers, CONTENT_TYPE.as_str()).unwrap_or("");
            let essence = content_type.split(';').next().unwrap_or("").trim();
            if essence.eq_ignore_ascii_case("application/json") {
                Encoding::Json
            } else if essence.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
                Encoding::Form
            } else {
                Encoding::Unsupported
            }
        }
        _ => Encoding::Unsupported,
    }
}

fn header_str<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

/// Size of a GET request packet: request line target plus header fields.
fn request_head_size(parts: &Parts) -> u64 {
    let target = parts.uri.path_and_query().map_or(0, |pq| pq.as_str().len());
    let headers: usize = parts
        .headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    (target + headers) as u64
}

/// `size` is the request's size when known before reading it.
fn size_exceeded(kind: &str, limit: u64, size: Option<u64>) -> Rejection {
    let size = size
        .map(|size| format!(", this one has {size}"))
        .unwrap_or_default();
    Rejection::new(
        "RequestSizeLimitExceeded",
        format!(
            "The request size exceeds the upper limit: a {kind} request may have at most \
             {limit} bytes{size}."
        ),
    )
}

/// Reads a POST body, never more than `limit` bytes and never longer than `timeout`.
async fn read_body<B: RequestBody>(
    body: B,
    limit: u64,
    kind: &str,
    timeout: Duration,
) -> Result<Bytes, Failure> {
    if let Some(length) = body.size_hint().exact()
        && length > limit
    {
        return Err(Failure::RejectAndClose(size_exceeded(
            kind,
            limit,
            Some(length),
        )));
    }
    let cap = usize::try_from(limit).unwrap_or(usize::MAX);
    match tokio::time::timeout(timeout, Limited::new(body, cap).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(error)) if error.downcast_ref::<LengthLimitError>().is_some() => {
            Err(Failure::RejectAndClose(size_exceeded(kind, limit, None)))
        }
        Ok(Err(_)) | Err(_) => Err(Failure::Drop),
    }
}

fn common_from_headers<'a>(
    headers: &'a http::HeaderMap,
    trace: &mut Trace,
) -> Result<Common<'a>, Rejection> {
    let single = |name: &'static str| -> Result<Option<&'a str>, Rejection> {
        let mut values = headers.get_all(name).iter();
        match (values.next(), values.next()) {
            (None, _) => Ok(None),
            (Some(value), None) => value.to_str().map(|v| Some(v.trim())).map_err(|_| {
                Rejection::invalid_parameter(format!(
                    "The header `{name}` is not valid ASCII text."
                ))
            }),
            (Some(_), Some(_)) => Err(Rejection::invalid_parameter(format!(
                "The header `{name}` is given more than once."
            ))),
        }
    };
    let common = Common {
        tc3: true,
        action: single("x-tc-action")?,
        version: single("x-tc-version")?,
        region: single("x-tc-region")?,
        language: single("x-tc-language")?,
    };
    trace.timestamp = single("x-tc-timestamp")?.and_then(|t| t.parse().ok());
    trace.secret_id = header_str(headers, AUTHORIZATION.as_str())
        .and_then(|value| value.split("Credential=").nth(1))
        .and_then(|credential| credential.split('/').next())
        .map(str::to_owned);
    fill_trace(trace, &common);
    Ok(common)
}

fn common_from_params<'a>(
    pairs: &'a [(Cow<'a, str>, Cow<'a, str>)],
    trace: &mut Trace,
) -> Result<Common<'a>, Rejection> {
    let single = |name: &'static str| -> Result<Option<&'a str>, Rejection> {
        let mut values = pairs.iter().filter(|(key, _)| key == name);
        match (values.next(), values.next()) {
            (None, _) => Ok(None),
            (Some((_, value)), None) => Ok(Some(value.as_ref())),
            (Some(_), Some(_)) => Err(Rejection::invalid_parameter(format!(
                "The parameter `{name}` is given more than once."
            ))),
        }
    };
    let common = Common {
        tc3: false,
        action: single("Action")?,
        version: single("Version")?,
        region: single("Region")?,
        language: single("Language")?,
    };
    trace.timestamp = single("Timestamp")?.and_then(|t| t.parse().ok());
    trace.secret_id = single("SecretId")?.map(str::to_owned);
    trace.signature_method = Some(SignatureMethod::from_v1_param(single("SignatureMethod")?));
    fill_trace(trace, &common);
    Ok(common)
}

fn fill_trace(trace: &mut Trace, common: &Common<'_>) {
    trace.action = common.action.map(str::to_owned);
    trace.version = common.version.map(str::to_owned);
    trace.region = common.region.map(str::to_owned);
    trace.language = common.language.map(str::to_owned);
}
