//! The SDK's one error type, [`Error`], and the details of each kind of failure.
//!
//! Every variant carries a struct with accessors rather than third-party types, so the
//! public API does not change when the HTTP stack does. Messages never contain keys,
//! tokens or the `Authorization` header.

use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use crate::action::MissingRequiredParameter;

pub use crate::credentials::{CredentialsError, CredentialsErrorKind};
pub use crate::transport::{TransportError, TransportErrorKind};

/// Any failure of a call, or of building a [`Client`](crate::Client).
///
/// Match on the variant to tell the kinds apart, or use the predicates:
/// [`request_id`](Error::request_id), [`is_throttling`](Error::is_throttling),
/// [`is_transient`](Error::is_transient). The service's error code is
/// [`code`](Error::code) (the wire string) and [`error_code`](Error::error_code) (typed).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an `Error` object in its `Response` envelope.
    Service(ServiceError),
    /// The request could not be sent or its response could not be received.
    Transport(TransportError),
    /// A timeout fired before the call completed.
    Timeout(TimeoutError),
    /// The response was not a well-formed `{"Response": …}` envelope of the expected shape.
    Decode(DecodeError),
    /// The request was refused before any I/O (e.g. a missing required parameter).
    Validation(ValidationError),
    /// The client's configuration is invalid.
    Config(ConfigError),
    /// No usable credentials could be obtained.
    Credentials(CredentialsError),
}

impl Error {
    /// The detail the variant carries, to which `Display` and `source` defer (each variant's
    /// message is its detail's, and the detail's cause is the error's).
    fn detail(&self) -> &(dyn StdError + 'static) {
        match self {
            Error::Service(error) => error,
            Error::Transport(error) => error,
            Error::Timeout(error) => error,
            Error::Decode(error) => error,
            Error::Validation(error) => error,
            Error::Config(error) => error,
            Error::Credentials(error) => error,
        }
    }

    /// The `RequestId` the service assigned to the request, when a response was received.
    ///
    /// Quote it when contacting Tencent Cloud support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(error) => error.request_id(),
            Error::Decode(error) => error.request_id(),
            _ => None,
        }
    }

    /// The service's error code exactly as sent, e.g. `AuthFailure.SignatureFailure`, when
    /// the service answered with an error (typed: [`error_code`](Self::error_code)).
    pub fn code(&self) -> Option<&str> {
        self.as_service_error().map(ServiceError::code)
    }

    /// Whether the service refused the request because of its rate limit
    /// (`RequestLimitExceeded` and its sub-codes).
    pub fn is_throttling(&self) -> bool {
        matches!(self, Error::Service(error) if error.is_throttling())
    }

    /// Whether the failure is transient: the same request, sent again, may succeed.
    ///
    /// Throttling, `InternalError`/`ServiceUnavailable` (and sub-codes), connection
    /// failures, undecodable HTTP 5xx answers and connect or attempt timeouts are transient;
    /// a total timeout (the caller's time budget is spent), validation, authentication,
    /// configuration and credentials errors are not.
    ///
    /// This says nothing about whether retrying is *safe*: a transient failure of a mutating
    /// call may have reached the server and taken effect. The SDK's own retries also ask
    /// whether the call is idempotent — see [`RetryPolicy::should_retry`](crate::RetryPolicy::should_retry),
    /// which answers for a call you make yourself.
    pub fn is_transient(&self) -> bool {
        crate::retry::is_transient(self)
    }

    /// The service error, if the service answered with one.
    pub fn as_service_error(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(error) => Some(error),
            _ => None,
        }
    }

    /// The missing required parameter, if the request was refused for lacking one.
    pub fn missing_parameter(&self) -> Option<&MissingRequiredParameter> {
        match self {
            Error::Validation(error) => error.missing_parameter(),
            _ => None,
        }
    }

    pub(crate) fn config(message: impl Into<Cow<'static, str>>) -> Self {
        Error::Config(ConfigError::new(message))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.detail(), f)
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.detail().source()
    }
}

/// An error the service answered with: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
#[derive(Clone, PartialEq, Eq)]
pub struct ServiceError {
    pub(crate) code: String,
    pub(crate) message: String,
    pub(crate) request_id: Option<String>,
    pub(crate) action: &'static str,
    pub(crate) http_status: u16,
}

impl ServiceError {
    /// The error code exactly as the service sent it, e.g. `AuthFailure.SignatureFailure`
    /// (typed: [`error_code`](Self::error_code)).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The service's human-readable message (subject to change; do not match on it).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The `RequestId` of the failed request.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The action that failed, e.g. `DescribeNode`.
    pub fn action(&self) -> &'static str {
        self.action
    }

    /// The HTTP status of the response (the service usually answers errors with 200).
    pub fn http_status(&self) -> u16 {
        self.http_status
    }

    /// Whether the code is `RequestLimitExceeded` or one of its sub-codes.
    pub fn is_throttling(&self) -> bool {
        crate::retry::is_throttling_code(&self.code)
    }

    /// Whether the code belongs to the `AuthFailure` class (bad key, signature or token).
    pub fn is_auth_failure(&self) -> bool {
        crate::retry::has_class(&self.code, "AuthFailure")
    }

    /// Whether the code names transient server trouble (`InternalError`,
    /// `ServiceUnavailable` and their sub-codes) or throttling: see [`Error::is_transient`].
    pub fn is_transient(&self) -> bool {
        self.is_throttling() || crate::retry::is_transient_code(&self.code)
    }
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("code", &self.code)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("action", &self.action)
            .field("http_status", &self.http_status)
            .finish()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} failed with {}: {}",
            self.action, self.code, self.message
        )?;
        match &self.request_id {
            Some(id) => write!(f, " (request id {id}, HTTP {})", self.http_status),
            None => write!(f, " (HTTP {})", self.http_status),
        }
    }
}

impl StdError for ServiceError {}

/// Which timeout fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Establishing the TCP/TLS connection took longer than the connect timeout.
    Connect,
    /// One attempt (sending the request and reading the whole response) took longer than
    /// the attempt timeout.
    Attempt,
    /// The whole call, retries and back-off included, took longer than the total timeout.
    Total,
}

/// A timeout fired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutError {
    pub(crate) kind: TimeoutKind,
    pub(crate) limit: Duration,
    pub(crate) action: &'static str,
    /// Attempts made when the timeout fired (0: not recorded).
    pub(crate) attempts: u32,
}

impl TimeoutError {
    /// Which timeout fired.
    pub fn kind(&self) -> TimeoutKind {
        self.kind
    }

    /// The configured duration that was exceeded.
    pub fn limit(&self) -> Duration {
        self.limit
    }

    /// The action that timed out.
    pub fn action(&self) -> &'static str {
        self.action
    }

    /// How many attempts the call made (the one that timed out included).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let which = match self.kind {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Attempt => "attempt",
            TimeoutKind::Total => "total",
        };
        write!(
            f,
            "{}: {which} timeout of {:?} elapsed",
            self.action, self.limit
        )?;
        match self.attempts {
            0 => Ok(()),
            1 => f.write_str(" (1 attempt)"),
            n => write!(f, " ({n} attempts)"),
        }
    }
}

impl StdError for TimeoutError {}

/// Why a response could not be decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The body is not a JSON `{"Response": …}` envelope (e.g. an HTML page from a proxy,
    /// or truncated JSON).
    NotAnEnvelope,
    /// The envelope's content does not match the action's response type.
    UnexpectedShape,
    /// The HTTP status is not a success but the body carries no `Error` object.
    UnexpectedStatus,
}

/// The response could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    // Boxed: decode errors are rare and large, and `Error` should stay small.
    inner: Box<DecodeDetails>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct DecodeDetails {
    kind: DecodeErrorKind,
    action: &'static str,
    http_status: u16,
    content_type: Option<String>,
    detail: String,
    snippet: String,
    request_id: Option<String>,
}

/// How much of an undecodable body an error quotes.
const SNIPPET_CHARS: usize = 160;

impl DecodeError {
    pub(crate) fn new(
        kind: DecodeErrorKind,
        action: &'static str,
        http_status: u16,
        content_type: Option<&str>,
        detail: String,
        body: &[u8],
    ) -> Self {
        DecodeError {
            inner: Box::new(DecodeDetails {
                kind,
                action,
                http_status,
                content_type: content_type.map(str::to_owned),
                detail,
                snippet: snippet(body),
                request_id: None,
            }),
        }
    }

    pub(crate) fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.inner.request_id = request_id;
        self
    }

    /// Why decoding failed.
    pub fn kind(&self) -> DecodeErrorKind {
        self.inner.kind
    }

    /// The action whose response failed to decode.
    pub fn action(&self) -> &'static str {
        self.inner.action
    }

    /// The HTTP status of the response.
    pub fn http_status(&self) -> u16 {
        self.inner.http_status
    }

    /// The response's `Content-Type`, if any.
    pub fn content_type(&self) -> Option<&str> {
        self.inner.content_type.as_deref()
    }

    /// The start of the offending body (at most 160 characters, control characters escaped).
    pub fn snippet(&self) -> &str {
        &self.inner.snippet
    }

    /// The `RequestId`, when the envelope was readable enough to carry one.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.inner.action)?;
        match self.inner.kind {
            DecodeErrorKind::NotAnEnvelope => write!(
                f,
                "HTTP {} response is not a JSON `Response` envelope",
                self.inner.http_status
            )?,
            DecodeErrorKind::UnexpectedShape => write!(
                f,
                "HTTP {} response does not match the action's response type",
                self.inner.http_status
            )?,
            DecodeErrorKind::UnexpectedStatus => write!(
                f,
                "HTTP {} response carries no `Error` object",
                self.inner.http_status
            )?,
        }
        if let Some(content_type) = &self.inner.content_type {
            write!(f, " (content-type {content_type})")?;
        }
        if !self.inner.detail.is_empty() {
            write!(f, ": {}", self.inner.detail)?;
        }
        if !self.inner.snippet.is_empty() {
            write!(f, "; body starts with `{}`", self.inner.snippet)?;
        }
        if let Some(id) = &self.inner.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl StdError for DecodeError {}

/// The start of a body, printable on one line.
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_CHARS * 4)]);
    let mut out = String::new();
    // Counted in characters of the snippet, escapes included, so that a body of control
    // characters stays within the documented length too.
    let mut written = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let escaped =
            (c.is_control() && !matches!(c, '\n' | '\r' | '\t')).then(|| c.escape_default());
        let width = escaped.as_ref().map_or(1, |escape| escape.len());
        if written + width > SNIPPET_CHARS {
            out.push('…');
            break;
        }
        written += width;
        match escaped {
            Some(escape) => out.extend(escape),
            None if c.is_control() => out.push(' '), // a line break or tab
            None => out.push(c),
        }
        if written == SNIPPET_CHARS && chars.peek().is_some() {
            out.push('…');
            break;
        }
    }
    out
}

/// Why a request was refused before any I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValidationErrorKind {
    /// A required parameter is missing.
    MissingParameter(MissingRequiredParameter),
    /// The action needs a region and none is configured.
    MissingRegion,
    /// The encoded request exceeds the documented size limit for its method and signature.
    TooLarge {
        /// The encoded size, in bytes.
        size: usize,
        /// The documented limit, in bytes.
        limit: usize,
    },
    /// The request cannot be encoded (e.g. a map with non-string keys in a GET request).
    Encode(String),
    /// [`Client::call_raw`](crate::Client::call_raw) was given a name this SDK version does
    /// not know ([`ValidationError::action`] is that name).
    UnknownAction {
        /// The known action closest to the name (another case, a typo), if any.
        did_you_mean: Option<&'static str>,
    },
}

/// A request refused before any I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub(crate) kind: ValidationErrorKind,
    /// The action's wire name; owned only for an unknown name given to `call_raw`.
    pub(crate) action: Cow<'static, str>,
}

impl ValidationError {
    pub(crate) fn new(action: &'static str, kind: ValidationErrorKind) -> Self {
        ValidationError {
            kind,
            action: Cow::Borrowed(action),
        }
    }

    pub(crate) fn unknown_action(name: &str, did_you_mean: Option<&'static str>) -> Self {
        ValidationError {
            kind: ValidationErrorKind::UnknownAction { did_you_mean },
            action: Cow::Owned(name.to_owned()),
        }
    }

    /// Why the request was refused.
    pub fn kind(&self) -> &ValidationErrorKind {
        &self.kind
    }

    /// The action of the refused request.
    pub fn action(&self) -> &str {
        &self.action
    }

    /// The missing required parameter, if that is the reason.
    pub fn missing_parameter(&self) -> Option<&MissingRequiredParameter> {
        match &self.kind {
            ValidationErrorKind::MissingParameter(missing) => Some(missing),
            _ => None,
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} request: ", self.action)?;
        match &self.kind {
            ValidationErrorKind::MissingParameter(missing) => write!(f, "{missing}"),
            ValidationErrorKind::MissingRegion => f.write_str(
                "the action requires a region; set one with `ClientBuilder::region` or a per-call override",
            ),
            ValidationErrorKind::TooLarge { size, limit } => write!(
                f,
                "the encoded request is {size} bytes, over the documented limit of {limit} bytes"
            ),
            ValidationErrorKind::Encode(reason) => write!(f, "cannot encode the request: {reason}"),
            ValidationErrorKind::UnknownAction { did_you_mean } => {
                f.write_str("no action of that name in this SDK version")?;
                match did_you_mean {
                    Some(known) => write!(f, "; did you mean `{known}`?"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl StdError for ValidationError {}

/// Invalid client configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    message: Cow<'static, str>,
}

impl ConfigError {
    pub(crate) fn new(message: impl Into<Cow<'static, str>>) -> Self {
        ConfigError {
            message: message.into(),
        }
    }

    /// What is wrong with the configuration.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid client configuration: {}", self.message)
    }
}

impl StdError for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_is_one_line_and_bounded() {
        let body = format!("<html>\n<title>502</title>{}", "x".repeat(1000));
        let text = snippet(body.as_bytes());
        assert!(text.starts_with("<html> <title>502</title>"));
        assert_eq!(text.chars().count(), SNIPPET_CHARS + 1);
        assert!(text.ends_with('…'));
        assert_eq!(snippet(b"a\x01b"), "a\\u{1}b");
        assert_eq!(snippet(&[0xff, b'a']), "\u{fffd}a");
        assert_eq!(snippet(&[b'x'; SNIPPET_CHARS]), "x".repeat(SNIPPET_CHARS));
    }

    /// Found by the `response_decoder` fuzz target: escaped control characters made the
    /// snippet up to six times longer than documented.
    #[test]
    fn snippet_of_control_characters_stays_within_the_documented_length() {
        let text = snippet(&[0x01; 1000]);
        assert_eq!(text.chars().count(), SNIPPET_CHARS - SNIPPET_CHARS % 5 + 1);
        assert!(text.starts_with("\\u{1}\\u{1}"));
        assert!(text.ends_with('…'));
        let mut body = vec![b'a'; SNIPPET_CHARS - 3];
        body.extend_from_slice(&[0x7f, b'b']);
        let text = snippet(&body);
        assert_eq!(text, format!("{}…", "a".repeat(SNIPPET_CHARS - 3)));
    }

    #[test]
    fn service_error_predicates_follow_the_wire_code() {
        let error = |code: &str, status: u16| ServiceError {
            code: code.into(),
            message: "m".into(),
            request_id: Some("r".into()),
            action: "DescribeNode",
            http_status: status,
        };
        assert!(error("RequestLimitExceeded", 200).is_transient());
        assert!(error("RequestLimitExceeded.UinLimitExceeded", 200).is_throttling());
        assert!(!error("RequestLimitExceededX", 200).is_throttling());
        assert!(error("InternalError", 200).is_transient());
        assert!(error("ServiceUnavailable", 200).is_transient());
        assert!(!error("FailedOperation", 503).is_transient());
        assert!(!error("AuthFailure.SignatureFailure", 200).is_transient());
        assert!(error("AuthFailure.SignatureFailure", 200).is_auth_failure());
        assert!(!error("InvalidParameter", 200).is_transient());
        assert_eq!(
            error("InvalidParameter", 200).to_string(),
            "DescribeNode failed with InvalidParameter: m (request id r, HTTP 200)"
        );
    }

    /// `Error` is transparent, as `#[error(transparent)]` made it: its message is the
    /// detail's, and its `source` is the detail's source (not the detail itself).
    #[test]
    fn error_shows_and_chains_through_its_detail() {
        let io = std::io::Error::other("connection reset");
        let transport =
            TransportError::new(TransportErrorKind::Io, "reading the body").with_source(io);
        let expected = transport.to_string();
        let error = Error::Transport(transport);
        assert_eq!(error.to_string(), expected);
        assert_eq!(
            error.to_string(),
            "transport: connection error: reading the body"
        );
        let source = error.source().expect("the transport error's cause");
        assert_eq!(source.to_string(), "connection reset");
        assert!(source.source().is_none());

        let error = Error::config("no region");
        assert_eq!(error.to_string(), ConfigError::new("no region").to_string());
        assert!(error.source().is_none());
    }
}
