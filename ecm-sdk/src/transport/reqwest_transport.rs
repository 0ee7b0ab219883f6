//! The transport on `reqwest` (feature `reqwest`), an alternative to the default
//! [`HyperTransport`](super::HyperTransport); TLS, the body cap and the failure kinds are
//! theirs (`super::tls`, `super::body`, `super::failure`).

use std::time::Duration;

use super::body::CappedBody;
use super::failure::{self, Stage};
use super::tls::{TlsConfig, Trust};
use super::{HttpRequest, Transport, TransportError, TransportErrorKind, TransportFuture};
use crate::error::Error;

/// A transport on one `reqwest` client (HTTP/1.1 keep-alive connection pool, proxies from
/// `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` as reqwest reads them, TLS as the crate's
/// features choose), shared by every clone of the [`Client`](crate::Client) built with it.
/// Pass it to [`ClientBuilder::transport`](crate::ClientBuilder::transport) to use reqwest
/// instead of the default [`HyperTransport`](super::HyperTransport); it makes the same
/// guarantees (no redirects, the response-body cap, the failure kinds).
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    max_response_bytes: usize,
}

impl ReqwestTransport {
    /// A transport with the given connect timeout and response-body cap.
    pub fn new(connect_timeout: Duration, max_response_bytes: usize) -> Result<Self, Error> {
        Self::build(
            connect_timeout,
            max_response_bytes,
            Trust::Platform { extra_roots: &[] },
        )
    }

    /// Like [`new`](Self::new), also trusting the given certificate authorities (DER-encoded
    /// X.509 certificates) besides the platform's, e.g. a private CA in front of an
    /// endpoint.
    pub fn with_extra_roots(
        connect_timeout: Duration,
        max_response_bytes: usize,
        extra_roots: &[Vec<u8>],
    ) -> Result<Self, Error> {
        Self::build(
            connect_timeout,
            max_response_bytes,
            Trust::Platform { extra_roots },
        )
    }

    fn build(
        connect_timeout: Duration,
        max_response_bytes: usize,
        trust: Trust<'_>,
    ) -> Result<Self, Error> {
        let builder = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            // An API client never follows redirects: a 307 would re-send the signed request
            // (a v1 form body carries SecretId, Signature and Token) to another host, and a
            // v1 GET would leak its signed query in `Referer`. A 3xx is an error instead.
            .redirect(reqwest::redirect::Policy::none())
            .tcp_nodelay(true);
        let client = with_tls(builder, &TlsConfig::new(trust)?)
            .build()
            .map_err(|error| {
                Error::config(format!("cannot initialise the HTTP client: {error}"))
            })?;
        Ok(ReqwestTransport {
            client,
            max_response_bytes,
        })
    }
}

/// Hands the TLS configuration to reqwest.
#[cfg(all(feature = "__rustls", not(feature = "native-tls")))]
fn with_tls(builder: reqwest::ClientBuilder, tls: &TlsConfig) -> reqwest::ClientBuilder {
    builder.tls_backend_preconfigured(tls.rustls().clone())
}

/// Hands the TLS configuration to reqwest.
#[cfg(feature = "native-tls")]
fn with_tls(builder: reqwest::ClientBuilder, tls: &TlsConfig) -> reqwest::ClientBuilder {
    builder.tls_backend_preconfigured(tls.native().clone())
}

/// Without a TLS feature reqwest speaks plain HTTP only.
#[cfg(not(any(feature = "__rustls", feature = "native-tls")))]
fn with_tls(builder: reqwest::ClientBuilder, _: &TlsConfig) -> reqwest::ClientBuilder {
    builder
}

impl Transport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            let request = reqwest::Request::try_from(request.into_inner()).map_err(|error| {
                TransportError::new(TransportErrorKind::Request, "cannot build the request")
                    .with_source(error)
            })?;
            let response = self.client.execute(request).await.map_err(classify)?;
            let status = response.status();
            let version = response.version();
            let headers = response.headers().clone();
            let body = read_capped(response, self.max_response_bytes).await?;
            let mut out = http::Response::new(body);
            *out.status_mut() = status;
            *out.version_mut() = version;
            *out.headers_mut() = headers;
            Ok(out)
        })
    }
}

pub(crate) fn classify(error: reqwest::Error) -> TransportError {
    if error.is_builder() {
        return TransportError::new(TransportErrorKind::Request, "cannot build the request")
            .with_source(error.without_url());
    }
    // reqwest's `is_timeout()` is true for a `TimedOut` I/O error anywhere in the chain,
    // including a TCP timeout after the request was written: only a timeout *while
    // connecting* means the request was not sent.
    let stage = if error.is_connect() {
        Stage::Connecting
    } else {
        Stage::Exchanging
    };
    let timed_out = error.is_timeout();
    // The URL is dropped from the source: it may carry v1 query parameters.
    failure::classify(stage, timed_out, None, error.without_url())
}

/// Reads the whole body, refusing more than `limit` bytes (see [`CappedBody`]).
async fn read_capped(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<bytes::Bytes, TransportError> {
    let mut body = CappedBody::new(response.content_length(), limit)?;
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => body.push(chunk)?,
            Ok(None) => return Ok(body.finish()),
            Err(error) => return Err(failure::body_failed(error.without_url())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server on 127.0.0.1 that reads whatever arrives and never answers; returns its
    /// URL and the number of connections it accepted.
    async fn silent_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        use tokio::io::AsyncReadExt;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = accepted.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                tokio::spawn(async move {
                    let mut buffer = [0u8; 4096];
                    while matches!(stream.read(&mut buffer).await, Ok(n) if n > 0) {}
                });
            }
        });
        (url, accepted)
    }

    /// reqwest's `is_timeout()` is true for a `TimedOut` error anywhere in the chain; a
    /// timeout after the request was written (here reqwest's read timeout, standing in for
    /// a TCP user timeout) must not be classified as "connect timeout, not sent".
    #[tokio::test]
    async fn a_timeout_after_the_request_was_written_may_have_been_sent() {
        let (url, accepted) = silent_server().await;
        let client =
            test_client(reqwest::Client::builder().read_timeout(Duration::from_millis(100)));
        let error = client.post(&url).body("{}").send().await.unwrap_err();
        assert!(error.is_timeout() && !error.is_connect(), "{error:?}");
        let classified = classify(error);
        assert_eq!(classified.kind(), TransportErrorKind::Io, "{classified}");
        assert!(!classified.is_not_sent());
        assert!(
            classified.to_string().contains("may have been sent"),
            "{classified}"
        );
        assert!(
            !crate::retry::should_retry(&crate::Error::Transport(classified), false),
            "a mutation must not be re-sent"
        );
        assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    /// A plain-HTTP client built the way the transport builds its own.
    fn test_client(builder: reqwest::ClientBuilder) -> reqwest::Client {
        with_tls(builder.no_proxy(), &TlsConfig::new(Trust::Nothing).unwrap())
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn only_a_timeout_while_connecting_is_a_connect_timeout() {
        let (address, _held, _queue) = crate::transport::dial::tests::unanswered().await;
        let url = format!("http://{address}/");
        let client =
            test_client(reqwest::Client::builder().connect_timeout(Duration::from_millis(100)));
        let error = client.get(&url).send().await.unwrap_err();
        assert!(error.is_timeout() && error.is_connect(), "{error:?}");
        let classified = classify(error);
        assert_eq!(
            classified.kind(),
            TransportErrorKind::ConnectTimeout,
            "{classified}"
        );
        assert!(classified.is_not_sent());
    }

    #[tokio::test]
    async fn connection_refused_names_its_root_cause() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        drop(listener);
        let client = test_client(reqwest::Client::builder());
        let error = client.get(&url).send().await.unwrap_err();
        let classified = classify(error);
        assert_eq!(classified.kind(), TransportErrorKind::Connect);
        assert!(
            classified.to_string().contains("Connection refused"),
            "{classified}"
        );
    }

    #[tokio::test]
    async fn the_transport_returns_a_redirect_as_it_is() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut buffer = [0u8; 4096];
            let _ = stream.read(&mut buffer).await;
            let _ = stream
                .write_all(
                    b"HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n",
                )
                .await;
        });
        let transport = ReqwestTransport::new(Duration::from_secs(5), 1024).unwrap();
        let request = http::Request::get(&url).body(bytes::Bytes::new()).unwrap();
        let response = transport.send(HttpRequest::new(request)).await.unwrap();
        assert_eq!(response.status(), 302);
        assert_eq!(response.headers()["location"], "/elsewhere");
    }
}
