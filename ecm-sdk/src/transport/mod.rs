//! The HTTP seam: a [`Transport`] sends one signed request and returns the whole response.
//!
//! The client holds an `Arc<dyn Transport>`; the default is [`HyperTransport`] (hyper's
//! HTTP/1.1 client: keep-alive pool, rustls, proxies from the environment or a
//! [`ProxyConfig`]; feature `default-transport`, on with any TLS feature). With the feature
//! `reqwest`, `ReqwestTransport` is the same on reqwest, as an alternative to pass to
//! [`ClientBuilder::transport`](crate::ClientBuilder::transport). With the feature
//! `test-util`, plug in a `ReplayTransport` to test code that uses the SDK without a
//! network, or to benchmark the client alone.

use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

pub use bytes::Bytes;
pub use http;

#[cfg(feature = "default-transport")]
mod body;
#[cfg(feature = "default-transport")]
mod connect;
#[cfg(feature = "default-transport")]
mod dial;
#[cfg(feature = "default-transport")]
mod failure;
#[cfg(feature = "default-transport")]
mod hyper_transport;
#[cfg(feature = "default-transport")]
mod io;
#[cfg(feature = "default-transport")]
mod pool;
#[cfg(feature = "default-transport")]
mod proxy;
#[cfg(feature = "test-util")]
mod replay;
mod request;
#[cfg(feature = "reqwest")]
mod reqwest_transport;
#[cfg(feature = "default-transport")]
mod tls;
#[cfg(feature = "default-transport")]
mod tunnel;

#[cfg(feature = "default-transport")]
pub use hyper_transport::{HyperTransport, HyperTransportBuilder};
#[cfg(feature = "default-transport")]
pub use proxy::ProxyConfig;
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub use replay::{CapturedRequest, ParseRequestError, ReplayTransport, Reply, Rule, json_response};
pub use request::HttpRequest;
#[cfg(feature = "reqwest")]
pub use reqwest_transport::ReqwestTransport;

/// A response whose body has been read completely.
pub type HttpResponse = http::Response<Bytes>;

/// The future returned by [`Transport::send`].
pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<HttpResponse, TransportError>> + Send + 'a>>;

/// Sends HTTP requests. Object-safe and non-generic, so the client stores it as
/// `Arc<dyn Transport>`.
///
/// An implementation sends the request as is (it is already signed) and reads the whole
/// body. It should refuse bodies larger than it is willing to buffer with
/// [`TransportError::body_too_large`]; the client also checks the size of what it gets
/// against its cap. Timeouts of an attempt are applied by the client around `send`.
///
/// It must not follow redirects: return a 3xx response as it is, and the client reports it
/// as a [`TransportErrorKind::Redirect`] error. Report a failure to establish the
/// connection as [`TransportErrorKind::Connect`]/[`TransportErrorKind::ConnectTimeout`] only
/// when nothing of the request can have been written: the client re-sends those for every
/// action, mutations included.
pub trait Transport: Send + Sync + fmt::Debug {
    /// Sends `request` and reads the response.
    fn send(&self, request: HttpRequest) -> TransportFuture<'_>;
}

impl<T: Transport + ?Sized> Transport for std::sync::Arc<T> {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        (**self).send(request)
    }
}

/// What went wrong in the transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be established (DNS failure, refused, unreachable): the
    /// request certainly was not sent.
    Connect,
    /// Connecting took longer than the connect timeout: the request was not sent.
    ConnectTimeout,
    /// The connection failed after the request may have been sent (reset, closed early,
    /// malformed HTTP).
    Io,
    /// The response body is larger than the cap.
    BodyTooLarge,
    /// The request could not be built (e.g. an invalid URL).
    Request,
    /// The server answered with a redirect (HTTP 3xx). API requests never follow
    /// redirects: following one would re-send a signed request, and v1 credentials
    /// parameters, to another host.
    Redirect,
}

/// A transport failure. The message never contains request headers.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    message: Cow<'static, str>,
    source: Option<Box<dyn StdError + Send + Sync>>,
    /// Set by the client: the action, the endpoint and the number of attempts.
    pub(crate) context: Option<Box<CallContext>>,
}

/// Where a failure happened, as the client knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CallContext {
    pub(crate) action: &'static str,
    /// Scheme, host, port and path: never the query (v1 signatures live there).
    pub(crate) endpoint: String,
    pub(crate) attempts: u32,
}

impl TransportError {
    /// A failure of `kind`.
    pub fn new(kind: TransportErrorKind, message: impl Into<Cow<'static, str>>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: None,
            context: None,
        }
    }

    /// A connection failure: the request was not sent.
    pub fn connect(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(TransportErrorKind::Connect, message)
    }

    /// An I/O failure after the request may have been sent.
    pub fn io(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(TransportErrorKind::Io, message)
    }

    /// The response body exceeds `limit` bytes.
    pub fn body_too_large(limit: usize) -> Self {
        Self::new(
            TransportErrorKind::BodyTooLarge,
            format!("the response body exceeds the limit of {limit} bytes"),
        )
    }

    /// The server answered HTTP `status` (a 3xx) with `location` (its `Location` header,
    /// if any). Only the scheme, host and path of the location are kept: its query may
    /// carry what the server wants to capture.
    pub fn redirect(status: u16, location: Option<&str>) -> Self {
        let message = match location {
            Some(location) => format!(
                "the endpoint answered HTTP {status} redirecting to {}; redirects are not followed",
                sanitize_location(location)
            ),
            None => format!(
                "the endpoint answered HTTP {status} (a redirect); redirects are not followed"
            ),
        };
        Self::new(TransportErrorKind::Redirect, message)
    }

    /// Attaches the underlying error (reachable through `std::error::Error::source`).
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// What went wrong, in words (without the call's context).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The action of the failed call, when the client reported the error.
    pub fn action(&self) -> Option<&'static str> {
        self.context.as_ref().map(|context| context.action)
    }

    /// The endpoint of the failed call (scheme, host, port, path; never the query).
    pub fn endpoint(&self) -> Option<&str> {
        self.context
            .as_ref()
            .map(|context| context.endpoint.as_str())
    }

    /// How many attempts the call made, when the client reported the error.
    pub fn attempts(&self) -> Option<u32> {
        self.context.as_ref().map(|context| context.attempts)
    }

    /// Whether the request certainly did not reach the server.
    pub fn is_not_sent(&self) -> bool {
        matches!(
            self.kind,
            TransportErrorKind::Connect | TransportErrorKind::ConnectTimeout
        )
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "connection failed",
            TransportErrorKind::ConnectTimeout => "connect timeout",
            TransportErrorKind::Io => "connection error",
            TransportErrorKind::BodyTooLarge => "response too large",
            TransportErrorKind::Request => "invalid HTTP request",
            TransportErrorKind::Redirect => "redirect refused",
        };
        match &self.context {
            Some(context) => {
                write!(
                    f,
                    "{}: transport: {what}: {} (endpoint {}, ",
                    context.action, self.message, context.endpoint
                )?;
                match context.attempts {
                    1 => f.write_str("1 attempt)"),
                    n => write!(f, "{n} attempts)"),
                }
            }
            None => write!(f, "transport: {what}: {}", self.message),
        }
    }
}

/// A `Location` value fit for an error message: no query, fragment or user info, printable,
/// bounded.
fn sanitize_location(location: &str) -> String {
    let end = location.find(['?', '#']).unwrap_or(location.len());
    let mut kept = &location[..end];
    let without_userinfo;
    if let Some(scheme_end) = kept.find("://") {
        let rest = &kept[scheme_end + 3..];
        let authority_end = rest.find('/').unwrap_or(rest.len());
        if let Some(at) = rest[..authority_end].rfind('@') {
            without_userinfo = format!("{}{}", &kept[..scheme_end + 3], &rest[at + 1..]);
            kept = &without_userinfo;
        }
    }
    let mut out: String = kept
        .chars()
        .take(200)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if end < location.len() {
        out.push_str("?<query removed>");
    }
    out
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_errors_never_echo_query_or_user_info() {
        let error = TransportError::redirect(
            307,
            Some("https://user:pw@evil.example:8443/capture?SecretId=AKID&Signature=abc#frag"),
        );
        let text = error.to_string();
        assert_eq!(error.kind(), TransportErrorKind::Redirect);
        assert!(!error.is_not_sent());
        assert!(text.contains("HTTP 307"), "{text}");
        assert!(text.contains("https://evil.example:8443/capture"), "{text}");
        for secret in ["AKID", "Signature", "abc", "pw@", "frag"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(!crate::retry::should_retry(
            &crate::Error::Transport(error),
            true
        ));
        assert!(
            TransportError::redirect(302, None)
                .to_string()
                .contains("HTTP 302")
        );
        assert_eq!(sanitize_location("/other\r\n"), "/other??");
    }
}
