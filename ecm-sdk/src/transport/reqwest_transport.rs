//! The default transport, on `reqwest` (TLS as the features choose: `super::tls`).

use std::time::Duration;

use bytes::{Bytes, BytesMut};

use super::tls::{self, Trust};
use super::{HttpRequest, Transport, TransportError, TransportErrorKind, TransportFuture};
use crate::error::Error;

/// The default transport: one `reqwest` client (rustls, HTTP/1.1 keep-alive connection
/// pool, proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`), shared by every clone of the
/// [`Client`](crate::Client) built with it.
///
/// Response bodies are read with a cap: a `Content-Length` above it is refused before
/// reading, and a body without one is counted while streaming, so an oversized or endless
/// body ends in an error rather than exhausting memory.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    max_response_bytes: usize,
}

impl ReqwestTransport {
    /// A transport with the given connect timeout and response-body cap.
    pub fn new(connect_timeout: Duration, max_response_bytes: usize) -> Result<Self, Error> {
        Self::configured(connect_timeout, max_response_bytes, true)
    }

    /// Like [`new`](Self::new), also trusting the given certificate authorities (DER-encoded
    /// X.509 certificates) besides the platform's, e.g. a private CA in front of an
    /// endpoint. Pass it to [`ClientBuilder::transport`](crate::ClientBuilder::transport).
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

    /// With `tls` false the client trusts no certificate authority at all, so it never
    /// reads the system's root certificates (for clients whose endpoint is `http://`).
    pub(crate) fn configured(
        connect_timeout: Duration,
        max_response_bytes: usize,
        tls: bool,
    ) -> Result<Self, Error> {
        let trust = if tls {
            Trust::Platform { extra_roots: &[] }
        } else {
            Trust::Nothing
        };
        Self::build(connect_timeout, max_response_bytes, trust)
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
        let client = tls::configure(builder, trust)?.build().map_err(|error| {
            Error::config(format!("cannot initialise the HTTP client: {error}"))
        })?;
        Ok(ReqwestTransport {
            client,
            max_response_bytes,
        })
    }
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

/// Whether a proxy that plain-HTTP requests may use is itself reached over HTTPS, going by
/// the variables reqwest reads (`HTTP_PROXY`, `ALL_PROXY`, either case); `var` looks one up.
pub(crate) fn proxy_uses_tls(var: impl Fn(&str) -> Option<String>) -> bool {
    ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
        .iter()
        .filter_map(|name| var(name))
        .any(|value| {
            value
                .trim_start()
                .get(..8)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        })
}

pub(crate) fn classify(error: reqwest::Error) -> TransportError {
    // reqwest's `is_timeout()` is true for a `TimedOut` I/O error anywhere in the chain,
    // including a TCP timeout after the request was written: only a timeout *while
    // connecting* means the request was not sent. (The client configures no other timeout
    // on reqwest; attempt and total timeouts are applied around the transport.)
    let (kind, what) = if error.is_connect() {
        if error.is_timeout() {
            (
                TransportErrorKind::ConnectTimeout,
                "connecting to the endpoint timed out",
            )
        } else {
            (
                TransportErrorKind::Connect,
                "cannot connect to the endpoint",
            )
        }
    } else if error.is_builder() {
        (TransportErrorKind::Request, "cannot build the request")
    } else if error.is_timeout() {
        (
            TransportErrorKind::Io,
            "timed out after the request may have been sent",
        )
    } else {
        (
            TransportErrorKind::Io,
            "the connection failed while sending the request or receiving the response",
        )
    };
    // The URL is dropped from the source: it may carry v1 query parameters.
    let error = error.without_url();
    let message = match root_cause(&error) {
        Some(cause) => format!("{what}: {cause}"),
        None => what.to_owned(),
    };
    TransportError::new(kind, message).with_source(error)
}

/// The innermost error of the chain (`Connection refused (os error 111)`, a DNS failure),
/// which is what a user searches for.
pub(crate) fn root_cause(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut cause = error.source()?;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let text = cause.to_string();
    (!text.is_empty()).then_some(text)
}

/// The most a response buffer is allocated with before its bytes arrive.
const INITIAL_BUFFER_BYTES: usize = 64 * 1024;

/// The buffer to start with for a body of `declared` bytes. `Content-Length` is the
/// server's claim, not a promise: a server that declares 10 MiB and sends nothing must not
/// cost 10 MiB per request, so the buffer starts at most [`INITIAL_BUFFER_BYTES`] and grows
/// with what actually arrives.
fn initial_capacity(declared: Option<u64>) -> usize {
    declared.map_or(8 * 1024, |length| {
        usize::try_from(length).map_or(INITIAL_BUFFER_BYTES, |length| {
            length.min(INITIAL_BUFFER_BYTES)
        })
    })
}

/// Reads the whole body, refusing more than `limit` bytes: by `Content-Length` before
/// reading, then by counting while streaming.
pub(crate) async fn read_capped(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Bytes, TransportError> {
    let declared = response.content_length();
    if let Some(length) = declared {
        if length > limit as u64 {
            return Err(TransportError::body_too_large(limit));
        }
    }
    let initial = initial_capacity(declared);
    let mut body = BytesMut::with_capacity(initial);
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > limit {
                    return Err(TransportError::body_too_large(limit));
                }
                if body.is_empty() && declared == Some(chunk.len() as u64) {
                    // The whole body in one chunk: no copy.
                    return Ok(chunk);
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body.freeze()),
            Err(error) => {
                let error = error.without_url();
                let message = match root_cause(&error) {
                    Some(cause) => {
                        format!("the connection failed while reading the response body: {cause}")
                    }
                    None => "the connection failed while reading the response body".to_owned(),
                };
                return Err(TransportError::io(message).with_source(error));
            }
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
        let client = test_client(
            reqwest::Client::builder().read_timeout(Duration::from_millis(100)),
            &url,
        );
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

    /// A loopback listener whose accept queue is full: the kernel drops further SYNs, so
    /// connecting to it hangs until the client's connect timeout (nothing leaves the machine).
    async fn unanswered_listener() -> (String, Vec<tokio::net::TcpStream>) {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let address = socket.local_addr().unwrap();
        let listener = socket.listen(1).unwrap();
        let mut held = Vec::new();
        // Never accepted: each connection takes a place in the queue until it is full.
        while let Ok(Ok(stream)) = tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(address),
        )
        .await
        {
            held.push(stream);
            assert!(held.len() < 64, "the accept queue never filled");
        }
        std::mem::forget(listener);
        (format!("http://{address}/"), held)
    }

    /// A client built the way the transport builds its own (TLS configured from the features).
    fn test_client(builder: reqwest::ClientBuilder, url: &str) -> reqwest::Client {
        crate::transport::configure_tls_for(builder, url)
            .unwrap()
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn only_a_timeout_while_connecting_is_a_connect_timeout() {
        let (url, _held) = unanswered_listener().await;
        let client = test_client(
            reqwest::Client::builder()
                .connect_timeout(Duration::from_millis(100))
                .no_proxy(),
            &url,
        );
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

    #[test]
    fn the_buffer_does_not_trust_content_length() {
        assert_eq!(
            initial_capacity(Some(10 * 1024 * 1024)),
            INITIAL_BUFFER_BYTES
        );
        assert_eq!(initial_capacity(Some(u64::MAX)), INITIAL_BUFFER_BYTES);
        assert_eq!(initial_capacity(Some(300)), 300);
        assert_eq!(initial_capacity(None), 8 * 1024);
    }

    #[tokio::test]
    async fn connection_refused_names_its_root_cause() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        drop(listener);
        let client = test_client(reqwest::Client::builder(), &url);
        let error = client.get(&url).send().await.unwrap_err();
        let classified = classify(error);
        assert_eq!(classified.kind(), TransportErrorKind::Connect);
        assert!(
            classified.to_string().contains("Connection refused"),
            "{classified}"
        );
    }

    #[test]
    fn only_an_https_proxy_for_plain_http_needs_tls() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        assert!(!proxy_uses_tls(env(&[])));
        assert!(!proxy_uses_tls(env(&[("HTTP_PROXY", "http://proxy:3128")])));
        // HTTPS_PROXY applies to https:// URLs only.
        assert!(!proxy_uses_tls(env(&[(
            "HTTPS_PROXY",
            "https://proxy:443"
        )])));
        assert!(proxy_uses_tls(env(&[("http_proxy", "HTTPS://proxy:443")])));
        assert!(proxy_uses_tls(env(&[("ALL_PROXY", " https://proxy")])));
        assert!(!proxy_uses_tls(env(&[(
            "all_proxy",
            "socks5://proxy:1080"
        )])));
    }
}
