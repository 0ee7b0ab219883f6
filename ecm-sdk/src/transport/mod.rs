//! The HTTP seam: a [`Transport`] sends one signed request and returns the whole response.
//!
//! The client holds an `Arc<dyn Transport>`; the default is [`ReqwestTransport`] (rustls,
//! connection reuse, proxies from the environment). Plug in a [`ReplayTransport`] to test
//! code that uses the SDK without a network, or to benchmark the client alone.

use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

pub use bytes::Bytes;
pub use http;

mod replay;
#[cfg(feature = "default-transport")]
mod reqwest_transport;
#[cfg(feature = "default-transport")]
mod tls;

pub use replay::{CapturedRequest, ReplayTransport};
#[cfg(feature = "default-transport")]
pub use reqwest_transport::ReqwestTransport;
#[cfg(feature = "default-transport")]
pub(crate) use reqwest_transport::{proxy_uses_tls, read_capped};
#[cfg(feature = "default-transport")]
pub(crate) use tls::configure_for as configure_tls_for;

/// A signed request, ready to send.
pub type HttpRequest = http::Request<Bytes>;
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
pub trait Transport: Send + Sync + fmt::Debug {
    /// Sends `request` and reads the response.
    fn send(&self, request: HttpRequest) -> TransportFuture<'_>;
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
}

/// A transport failure. The message never contains request headers.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    message: Cow<'static, str>,
    source: Option<Box<dyn StdError + Send + Sync>>,
    pub(crate) read_only: bool,
}

impl TransportError {
    /// A failure of `kind`.
    pub fn new(kind: TransportErrorKind, message: impl Into<Cow<'static, str>>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: None,
            read_only: false,
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

    /// Attaches the underlying error (reachable through `std::error::Error::source`).
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// Whether the request certainly did not reach the server.
    pub fn is_not_sent(&self) -> bool {
        matches!(
            self.kind,
            TransportErrorKind::Connect | TransportErrorKind::ConnectTimeout
        )
    }

    /// See [`Error::is_retryable`](crate::Error::is_retryable): failures before sending
    /// always, I/O failures for read-only actions only.
    pub fn is_retryable(&self) -> bool {
        self.is_not_sent() || (self.read_only && self.kind == TransportErrorKind::Io)
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
        };
        write!(f, "transport: {what}: {}", self.message)
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}
