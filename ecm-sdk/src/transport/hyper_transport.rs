//! The default transport, on hyper's HTTP/1.1 client connections and a keep-alive pool of
//! its own.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{HOST, PROXY_AUTHORIZATION};
use http::uri::Scheme;
use http::{HeaderValue, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Incoming};

use super::body::CappedBody;
use super::connect::{Connector, default_port};
use super::failure::{self, Stage};
use super::io::HyperIo;
use super::pool::{self, Connection, Pool};
use super::proxy::ProxyConfig;
use super::tls::{TlsConfig, Trust};
use super::{HttpRequest, Transport, TransportError, TransportErrorKind, TransportFuture};
use crate::credentials::Env;
use crate::error::Error;
use crate::options::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, check_timeout};

/// How long an idle pooled connection is kept: below the keep-alive timeouts servers and
/// load balancers commonly use (60 s and more), so that a connection is rarely reused just as
/// the server closes it (a request written then fails as "may have been sent").
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// The most idle connections kept per host: a burst of concurrent calls opens as many as it
/// needs, and only this many stay open afterwards.
const POOL_MAX_IDLE_PER_HOST: usize = 32;

/// The default transport: hyper's HTTP/1.1 client connections with a keep-alive pool (a
/// connection idle for 30 s is not reused but closed, when the pool is next used; at most 32
/// idle ones kept per host; a pooled connection that turns out closed before taking the
/// request is replaced by a new one, the request unsent), `TCP_NODELAY` and TCP keep-alive,
/// the host's addresses tried as RFC 8305 suggests (the other address family 300 ms after the
/// first), TLS as the crate's features choose (rustls and the platform's certificate verifier
/// by default), and proxies from the environment ([`ProxyConfig::from_env`]) or as
/// configured. Clones share the pool; so do all clones of the [`Client`](crate::Client) built
/// with it.
///
/// What it guarantees, besides sending the request as it is:
///
/// - **No redirects**: a 3xx response is returned as it is (the client turns it into a
///   [`Redirect`](TransportErrorKind::Redirect) error).
/// - **A response-body cap**: a `Content-Length` above it is refused before reading; a body
///   is counted while it arrives; the buffer grows with what arrives, not with what the
///   server declares.
/// - **Honest failure kinds**: [`Connect`](TransportErrorKind::Connect) or
///   [`ConnectTimeout`](TransportErrorKind::ConnectTimeout) only when the connection (DNS,
///   TCP, proxy tunnel, TLS handshake) could not be established within the connect timeout,
///   so nothing of the request was written; any later failure, a timeout included, is
///   [`Io`](TransportErrorKind::Io) ("may have been sent"). Messages end with the innermost
///   cause (`Connection refused (os error 111)`) and never contain the URL or proxy
///   credentials.
///
/// Build one with [`builder`](Self::builder) to choose the proxies or trust extra
/// certificate authorities, and pass it to
/// [`ClientBuilder::transport`](crate::ClientBuilder::transport); the client builds one with
/// its own connect timeout and body cap otherwise.
///
/// Each connection runs as a task on the Tokio runtime of the call that opened it. Use a
/// transport (and the clients sharing it) from one runtime at a time: a pooled connection
/// whose runtime still exists but is not running (a second runtime kept idle) does not make
/// progress, and a call that picks it waits for its attempt timeout. A dropped runtime is
/// fine: its connections are discarded and new ones opened.
///
/// ```no_run
/// use std::time::Duration;
///
/// use ecm_sdk::transport::{HyperTransport, ProxyConfig};
///
/// # fn main() -> Result<(), ecm_sdk::Error> {
/// // HTTPS through a corporate proxy, except to the metadata service's network.
/// let proxies = ProxyConfig::new(None, Some("http://proxy.internal:3128"), Some("169.254.0.0/16"))?;
/// let transport = HyperTransport::builder()
///     .connect_timeout(Duration::from_secs(3))
///     .proxies(proxies)
///     .build()?;
/// let client = ecm_sdk::Client::builder()
///     .region("ap-guangzhou")
///     .transport(transport)
///     .build()?;
/// # drop(client);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct HyperTransport {
    connector: Connector,
    pool: Arc<Pool>,
    proxies: ProxyConfig,
    connect_timeout: Duration,
    max_response_bytes: usize,
}

impl fmt::Debug for HyperTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperTransport")
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("proxies", &self.proxies)
            .finish_non_exhaustive()
    }
}

/// Configures a [`HyperTransport`]; start with [`HyperTransport::builder`].
#[must_use]
pub struct HyperTransportBuilder {
    connect_timeout: Duration,
    max_response_bytes: usize,
    extra_roots: Vec<Vec<u8>>,
    proxies: Option<ProxyConfig>,
    tls: bool,
}

impl fmt::Debug for HyperTransportBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperTransportBuilder")
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("extra_roots", &self.extra_roots.len())
            .field("proxies", &self.proxies)
            .finish_non_exhaustive()
    }
}

impl HyperTransport {
    /// A transport with the given connect timeout and response-body cap, the platform's
    /// certificate authorities and the proxies of the process environment.
    pub fn new(connect_timeout: Duration, max_response_bytes: usize) -> Result<Self, Error> {
        Self::builder()
            .connect_timeout(connect_timeout)
            .max_response_bytes(max_response_bytes)
            .build()
    }

    /// Like [`new`](Self::new), also trusting the given certificate authorities (DER-encoded
    /// X.509 certificates) besides the platform's, e.g. a private CA in front of an
    /// endpoint. Pass it to [`ClientBuilder::transport`](crate::ClientBuilder::transport).
    pub fn with_extra_roots(
        connect_timeout: Duration,
        max_response_bytes: usize,
        extra_roots: &[Vec<u8>],
    ) -> Result<Self, Error> {
        Self::builder()
            .connect_timeout(connect_timeout)
            .max_response_bytes(max_response_bytes)
            .extra_roots(extra_roots.iter().cloned())
            .build()
    }

    /// A builder with the client's defaults: connect timeout 5 s, body cap 10 MiB, the
    /// platform's certificate authorities, proxies from the process environment.
    pub fn builder() -> HyperTransportBuilder {
        HyperTransportBuilder {
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            extra_roots: Vec::new(),
            proxies: None,
            tls: true,
        }
    }

    /// Sends `request` and returns the response head; its body is still to be read (with
    /// [`Exchanged::read_body`], which puts the connection back into the pool).
    pub(crate) async fn exchange(&self, request: HttpRequest) -> Result<Exchanged, TransportError> {
        let (mut parts, body) = request.into_parts();
        let scheme = parts.uri.scheme();
        if !(scheme == Some(&Scheme::HTTP) || scheme == Some(&Scheme::HTTPS))
            || parts.uri.host().is_none()
        {
            return Err(TransportError::new(
                TransportErrorKind::Request,
                "the request URI must be an absolute http:// or https:// URI",
            ));
        }
        if scheme == Some(&Scheme::HTTP) && !parts.headers.contains_key(PROXY_AUTHORIZATION) {
            // Through a proxy without a tunnel, its credentials travel with each request.
            if let Some(authorization) = self.proxies.http_authorization(&parts.uri) {
                parts.headers.insert(PROXY_AUTHORIZATION, authorization);
            }
        }
        if !parts.headers.contains_key(HOST) {
            parts.headers.insert(HOST, host_header(&parts.uri)?);
        }
        let destination = parts.uri.clone();
        let key = pool::Key::of(&destination);
        let mut request = http::Request::from_parts(parts, Full::new(body));
        let (mut connection, mut pooled) = match self.pool.checkout(&key).await {
            Some(connection) => (connection, true),
            None => (self.open(&destination).await?, false),
        };
        let response = loop {
            set_request_target(&mut request, &destination, connection.proxied);
            match connection.sender.try_send_request(request).await {
                Ok(response) => break response,
                Err(mut error) => match error.take_message() {
                    // A pooled connection that closed before taking the request: nothing
                    // was written, so the request goes on a new connection.
                    Some(unsent) if pooled => {
                        request = unsent;
                        connection = self.open(&destination).await?;
                        pooled = false;
                    }
                    // A new connection that closed before taking it: not sent either.
                    Some(_) => return Err(hyper_failed(Stage::Connecting, error.into_error())),
                    None => return Err(hyper_failed(Stage::Exchanging, error.into_error())),
                },
            }
        };
        let (head, body) = response.into_parts();
        Ok(Exchanged {
            head,
            body,
            lease: Lease {
                pool: self.pool.clone(),
                key,
                connection,
            },
        })
    }

    /// A new connection to `destination`: connected, the HTTP/1.1 handshake done, its I/O
    /// running as a task.
    async fn open(&self, destination: &Uri) -> Result<Connection, TransportError> {
        let established = self.connector.connect(destination).await.map_err(|error| {
            let via = error.via.clone();
            failure::classify(
                Stage::Connecting,
                failure::is_timeout(&error),
                via.as_deref(),
                error,
            )
        })?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(HyperIo::new(established.stream))
                .await
                .map_err(|error| hyper_failed(Stage::Connecting, error))?;
        tokio::spawn(async move {
            // Its end (the server closed, or the pool dropped the handle) is noticed by the
            // pool through the handle.
            let _ = connection.await;
        });
        sender
            .ready()
            .await
            .map_err(|error| hyper_failed(Stage::Connecting, error))?;
        Ok(Connection {
            sender,
            proxied: established.proxied,
        })
    }
}

/// The `Host` header of a request to `uri`: its host, and its port unless it is the
/// scheme's default.
fn host_header(uri: &Uri) -> Result<HeaderValue, TransportError> {
    let host = uri.host().unwrap_or_default();
    let value = match uri.port_u16() {
        Some(port) if port != default_port(uri) => format!("{host}:{port}"),
        _ => host.to_owned(),
    };
    HeaderValue::from_str(&value).map_err(|_| {
        TransportError::new(
            TransportErrorKind::Request,
            "the request URI's host is not a valid Host header",
        )
    })
}

/// The request target: the absolute URI for an HTTP proxy, the path and query otherwise.
fn set_request_target(request: &mut http::Request<Full<Bytes>>, destination: &Uri, proxied: bool) {
    *request.uri_mut() = if proxied {
        destination.clone()
    } else {
        destination
            .path_and_query()
            .map_or_else(|| Uri::from_static("/"), |path| Uri::from(path.clone()))
    };
}

impl HyperTransportBuilder {
    /// How long establishing a connection may take: DNS, TCP, proxy tunnel and TLS
    /// handshake together (default 5 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Caps response bodies at `bytes` (default 10 MiB).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Also trusts these certificate authorities (DER-encoded X.509 certificates) besides
    /// the platform's, for the endpoint and an `https://` proxy.
    pub fn extra_roots(mut self, roots: impl IntoIterator<Item = Vec<u8>>) -> Self {
        self.extra_roots.extend(roots);
        self
    }

    /// Uses `proxies` instead of those of the process environment (e.g.
    /// [`ProxyConfig::none`]).
    pub fn proxies(mut self, proxies: ProxyConfig) -> Self {
        self.proxies = Some(proxies);
        self
    }

    /// Trusts no certificate authority at all, so the system's roots are never read (a
    /// transport for an `http://` endpoint reached without an `https://` proxy).
    pub(crate) fn without_tls(mut self) -> Self {
        self.tls = false;
        self
    }

    /// Builds the transport, or says what is wrong with the configuration.
    pub fn build(self) -> Result<HyperTransport, Error> {
        check_timeout("connect timeout", self.connect_timeout).map_err(Error::config)?;
        if self.max_response_bytes == 0 {
            return Err(Error::config(
                "max_response_bytes must be greater than zero",
            ));
        }
        let proxies = match self.proxies {
            Some(proxies) => proxies,
            None => ProxyConfig::from_env(&Env::process())?,
        };
        let trust = if self.tls || !self.extra_roots.is_empty() {
            Trust::Platform {
                extra_roots: &self.extra_roots,
            }
        } else {
            Trust::Nothing
        };
        let tls = TlsConfig::new(trust)?;
        let connector = Connector::new(tls, proxies.clone(), self.connect_timeout);
        Ok(HyperTransport {
            connector,
            pool: Arc::new(Pool::new(POOL_IDLE_TIMEOUT, POOL_MAX_IDLE_PER_HOST)),
            proxies,
            connect_timeout: self.connect_timeout,
            max_response_bytes: self.max_response_bytes,
        })
    }
}

impl Transport for HyperTransport {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            let response = self.exchange(request).await?;
            response.read_body(self.max_response_bytes).await
        })
    }
}

/// A response whose head has arrived, and the connection its body arrives on.
pub(crate) struct Exchanged {
    head: http::response::Parts,
    body: Incoming,
    lease: Lease,
}

/// The connection of an exchange, to go back into the pool once its response was read.
struct Lease {
    pool: Arc<Pool>,
    key: pool::Key,
    connection: Connection,
}

impl Exchanged {
    /// The response's status and headers.
    pub(crate) fn head(&self) -> &http::response::Parts {
        &self.head
    }

    /// Reads the whole body, refusing more than `limit` bytes (see [`CappedBody`]); the
    /// connection goes back to the pool once the body has been read to its end. (Dropped
    /// before that, the connection closes.)
    pub(crate) async fn read_body(
        self,
        limit: usize,
    ) -> Result<http::Response<Bytes>, TransportError> {
        let Exchanged {
            head,
            mut body,
            lease,
        } = self;
        let mut capped = CappedBody::new(body.size_hint().exact(), limit)?;
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(failure::body_failed)?;
            if let Ok(data) = frame.into_data() {
                capped.push(data)?;
            }
        }
        lease.pool.checkin(lease.key, lease.connection);
        Ok(http::Response::from_parts(head, capped.finish()))
    }
}

/// The transport error of a request hyper failed at `stage`: before the request was
/// written (the handshake, a connection that closed first), or on the way.
fn hyper_failed(stage: Stage, error: hyper::Error) -> TransportError {
    let timed_out = failure::is_timeout(&error);
    failure::classify(stage, timed_out, None, Exchange(error))
}

/// hyper's error as the cause of a failed exchange (hyper's own errors name no cause of
/// their own, such as "connection closed before message completed").
#[derive(Debug)]
struct Exchange(hyper::Error);

impl fmt::Display for Exchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the HTTP exchange failed")
    }
}

impl StdError for Exchange {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    use super::*;

    /// A plain-HTTP transport without proxies.
    fn transport(connect_timeout: Duration, max_response_bytes: usize) -> HyperTransport {
        HyperTransport::builder()
            .connect_timeout(connect_timeout)
            .max_response_bytes(max_response_bytes)
            .proxies(ProxyConfig::none())
            .without_tls()
            .build()
            .unwrap()
    }

    fn request(method: &str, url: &str) -> HttpRequest {
        HttpRequest::new(
            http::Request::builder()
                .method(method)
                .uri(url)
                .body(Bytes::from_static(b"{}"))
                .unwrap(),
        )
    }

    /// Reads one request head (and the `{}` body the tests send) from `stream`; `None` when
    /// the connection ends first.
    async fn read_head(stream: &mut TcpStream) -> Option<String> {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            match stream.read(&mut byte).await {
                Ok(1) => head.push(byte[0]),
                _ => return None,
            }
        }
        let head = String::from_utf8_lossy(&head).into_owned();
        let length = head
            .to_ascii_lowercase()
            .lines()
            .find_map(|line| {
                line.strip_prefix("content-length:")
                    .map(str::trim)
                    .map(str::to_owned)
            })
            .and_then(|value| value.parse::<usize>().ok())
            .unwrap_or(0);
        let mut body = vec![0; length];
        stream.read_exact(&mut body).await.ok()?;
        Some(head)
    }

    /// A server on 127.0.0.1 that answers every request on every connection with `answer`;
    /// returns its URL, the number of connections it accepted and the heads it read.
    async fn server(answer: &'static str) -> (String, Arc<AtomicUsize>, Arc<Mutex<Vec<String>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let accepted = Arc::new(AtomicUsize::new(0));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let (counter, seen) = (accepted.clone(), heads.clone());
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                let seen = seen.clone();
                tokio::spawn(async move {
                    while let Some(head) = read_head(&mut stream).await {
                        seen.lock().unwrap().push(head);
                        if stream.write_all(answer.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        (url, accepted, heads)
    }

    const OK: &str = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

    #[tokio::test]
    async fn connections_are_kept_alive_and_reused() {
        let (url, accepted, heads) = server(OK).await;
        let transport = transport(Duration::from_secs(5), 1024);
        for _ in 0..3 {
            let response = transport.send(request("POST", &url)).await.unwrap();
            assert_eq!(response.status(), 200);
            assert_eq!(response.body().as_ref(), b"ok");
        }
        assert_eq!(
            accepted.load(Ordering::SeqCst),
            1,
            "one connection for three calls"
        );
        let heads = heads.lock().unwrap();
        assert_eq!(heads.len(), 3);
        // Origin form, with the Host the URL names.
        assert!(heads[0].starts_with("POST / HTTP/1.1\r\n"), "{}", heads[0]);
        let host = url.trim_start_matches("http://").trim_end_matches('/');
        assert!(
            heads[0]
                .to_ascii_lowercase()
                .contains(&format!("host: {host}")),
            "{}",
            heads[0]
        );
    }

    /// A server on 127.0.0.1 that reads one request per connection, answers it with
    /// `answer` (if any) and closes the connection, without saying so in the response;
    /// returns its URL and the connections it accepted.
    async fn closing_server(answer: Option<&'static str>) -> (String, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = accepted.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    if let (Some(_), Some(answer)) = (read_head(&mut stream).await, answer) {
                        let _ = stream.write_all(answer.as_bytes()).await;
                    }
                });
            }
        });
        (url, accepted)
    }

    #[tokio::test]
    async fn a_pooled_connection_the_server_closed_is_replaced() {
        let (url, accepted) = closing_server(Some(OK)).await;
        let transport = transport(Duration::from_secs(5), 1024);
        for round in 1..=3 {
            let response = transport.send(request("POST", &url)).await.unwrap();
            assert_eq!(response.body().as_ref(), b"ok", "call {round}");
        }
        assert_eq!(accepted.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn concurrent_calls_get_connections_of_their_own_and_leave_them_pooled() {
        let (url, accepted, _) = server(OK).await;
        let transport = transport(Duration::from_secs(5), 1024);
        let (first, second) = tokio::join!(
            transport.send(request("POST", &url)),
            transport.send(request("POST", &url))
        );
        assert_eq!(first.unwrap().body().as_ref(), b"ok");
        assert_eq!(second.unwrap().body().as_ref(), b"ok");
        assert_eq!(accepted.load(Ordering::SeqCst), 2);
        assert_eq!(transport.pool.idle_count(), 2);
        for _ in 0..4 {
            transport.send(request("POST", &url)).await.unwrap();
        }
        assert_eq!(accepted.load(Ordering::SeqCst), 2, "both reused");
    }

    #[tokio::test]
    async fn a_body_left_unread_does_not_return_its_connection() {
        let (url, accepted, _) = server(OK).await;
        let transport = transport(Duration::from_secs(5), 1024);
        let exchanged = transport.exchange(request("POST", &url)).await.unwrap();
        assert_eq!(exchanged.head().status, 200);
        drop(exchanged);
        assert_eq!(transport.pool.idle_count(), 0);
        transport.send(request("POST", &url)).await.unwrap();
        assert_eq!(accepted.load(Ordering::SeqCst), 2);
        assert_eq!(transport.pool.idle_count(), 1);
    }

    #[tokio::test]
    async fn a_redirect_is_returned_as_it_is() {
        let (target, target_accepted, _) = server(OK).await;
        let answer: &'static str = Box::leak(
            format!(
                "HTTP/1.1 307 Temporary Redirect\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n"
            )
            .into_boxed_str(),
        );
        let (url, _, heads) = server(answer).await;
        let response = transport(Duration::from_secs(5), 1024)
            .send(request("POST", &url))
            .await
            .unwrap();
        assert_eq!(response.status(), 307);
        assert_eq!(response.headers()["location"], target.as_str());
        assert_eq!(heads.lock().unwrap().len(), 1);
        assert_eq!(target_accepted.load(Ordering::SeqCst), 0, "not followed");
    }

    #[tokio::test]
    async fn bodies_over_the_cap_are_refused() {
        // Declared too large: refused from the head, although the body never comes.
        let (url, _, _) = server("HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n").await;
        let error = transport(Duration::from_secs(5), 1024)
            .send(request("POST", &url))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::BodyTooLarge, "{error}");

        // Chunked, without a length: counted while it arrives.
        let (url, _, _) = server(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n\
             ................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................\r\n\
             200\r\n\
             ................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................\r\n\
             1\r\n.\r\n0\r\n\r\n",
        )
        .await;
        let error = transport(Duration::from_secs(5), 1024)
            .send(request("POST", &url))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::BodyTooLarge, "{error}");
        let whole = transport(Duration::from_secs(5), 1025)
            .send(request("POST", &url))
            .await
            .unwrap();
        assert_eq!(whole.body().len(), 1025);
    }

    /// A server that reads the request and closes the connection without answering.
    #[tokio::test]
    async fn a_connection_closed_after_the_request_was_written_may_have_been_sent() {
        let (url, accepted) = closing_server(None).await;
        let error = transport(Duration::from_secs(5), 1024)
            .send(request("POST", &url))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::Io, "{error}");
        assert!(!error.is_not_sent());
        assert!(
            error
                .message()
                .ends_with("receiving the response: connection closed before message completed"),
            "{error}"
        );
        assert!(
            !crate::retry::should_retry(&crate::Error::Transport(error), false),
            "a mutation must not be re-sent"
        );
        assert_eq!(accepted.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn only_a_timeout_while_connecting_is_a_connect_timeout() {
        let (address, _held, _queue) = crate::transport::dial::tests::unanswered().await;
        let url = format!("http://{address}/");
        let error = transport(Duration::from_millis(100), 1024)
            .send(request("POST", &url))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::ConnectTimeout, "{error}");
        assert!(error.is_not_sent());
        assert!(
            error
                .message()
                .starts_with("connecting to the endpoint timed out"),
            "{error}"
        );
    }

    #[tokio::test]
    async fn connection_refused_names_its_root_cause_but_not_the_url() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!(
            "http://{}/?Signature=SECRET",
            listener.local_addr().unwrap()
        );
        drop(listener);
        let error = transport(Duration::from_secs(5), 1024)
            .send(request("GET", &url))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::Connect);
        let text = format!("{error} {error:?}");
        assert!(text.contains("Connection refused"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
    }

    /// Like reqwest's client, it can be built before any Tokio runtime exists (in `main`),
    /// and its pool then serves the runtime of the calls.
    #[test]
    fn it_is_built_outside_a_runtime_and_used_inside_one() {
        let transport = transport(Duration::from_secs(5), 1024);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let (url, _, _) = server(OK).await;
            let response = transport.send(request("POST", &url)).await.unwrap();
            assert_eq!(response.body().as_ref(), b"ok");
        });
    }

    #[test]
    fn impossible_settings_are_configuration_errors() {
        for builder in [
            HyperTransport::builder().connect_timeout(Duration::ZERO),
            HyperTransport::builder().max_response_bytes(0),
        ] {
            let error = builder.proxies(ProxyConfig::none()).build().unwrap_err();
            assert!(matches!(error, Error::Config(_)), "{error:?}");
        }
    }

    #[tokio::test]
    async fn a_relative_uri_is_a_request_error() {
        let error = transport(Duration::from_secs(5), 1024)
            .send(request("GET", "/relative"))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::Request, "{error}");
    }

    /// A proxy on 127.0.0.1 that records each request head and answers `answer` itself.
    async fn proxy(answer: &'static str) -> (String, Arc<Mutex<Vec<String>>>) {
        let (url, _, heads) = server(answer).await;
        (url.trim_end_matches('/').to_owned(), heads)
    }

    #[tokio::test]
    async fn plain_http_goes_to_the_proxy_in_absolute_form_with_its_credentials() {
        let (proxy_url, heads) = proxy(OK).await;
        let with_credentials = proxy_url.replace("http://", "http://ecm-user:SECRET-pw@");
        let transport = HyperTransport::builder()
            .proxies(ProxyConfig::new(Some(&with_credentials), None, None).unwrap())
            .without_tls()
            .build()
            .unwrap();
        let printed = format!("{transport:?}");
        assert!(
            !printed.contains("SECRET") && !printed.contains("ecm-user"),
            "{printed}"
        );
        let response = transport
            .send(request("POST", "http://ecm.example:8700/"))
            .await
            .unwrap();
        assert_eq!(response.body().as_ref(), b"ok");
        let heads = heads.lock().unwrap();
        assert!(
            heads[0].starts_with("POST http://ecm.example:8700/ HTTP/1.1\r\n"),
            "{}",
            heads[0]
        );
        // base64("ecm-user:SECRET-pw")
        assert!(
            heads[0].contains("proxy-authorization: Basic ZWNtLXVzZXI6U0VDUkVULXB3\r\n"),
            "{}",
            heads[0]
        );
    }

    #[tokio::test]
    async fn no_proxy_hosts_are_reached_directly() {
        let (proxy_url, proxy_heads) = proxy(OK).await;
        let (url, _, heads) = server(OK).await;
        let transport = HyperTransport::builder()
            .proxies(ProxyConfig::new(Some(&proxy_url), None, Some("127.0.0.1")).unwrap())
            .without_tls()
            .build()
            .unwrap();
        transport.send(request("POST", &url)).await.unwrap();
        assert_eq!(heads.lock().unwrap().len(), 1);
        assert!(proxy_heads.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_refused_tunnel_is_a_connect_error_without_the_password() {
        let (proxy_url, heads) =
            proxy("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n").await;
        let with_credentials = proxy_url.replace("http://", "http://ecm-user:SECRET-pw@");
        let transport = HyperTransport::builder()
            .proxies(ProxyConfig::new(None, Some(&with_credentials), None).unwrap())
            .build()
            .unwrap();
        let error = transport
            .send(request("POST", "https://ecm.example/?Signature=SECRET-sig"))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::Connect, "{error}");
        let text = format!("{error} {error:?}");
        assert!(text.contains("proxy authorization required"), "{text}");
        let proxy_host = proxy_url.trim_start_matches("http://");
        assert!(
            text.contains(&format!("through the proxy {proxy_host}")),
            "{text}"
        );
        for secret in ["SECRET", "ecm-user", "ZWNt"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        // The tunnel asked for the endpoint's host and port only, with the credentials.
        let heads = heads.lock().unwrap();
        assert!(
            heads[0].starts_with("CONNECT ecm.example:443 HTTP/1.1\r\n"),
            "{}",
            heads[0]
        );
        assert!(
            heads[0].contains("Proxy-Authorization: Basic ZWNtLXVzZXI6U0VDUkVULXB3\r\n"),
            "{}",
            heads[0]
        );
    }

    #[tokio::test]
    async fn an_unreachable_proxy_is_named_in_the_connect_error() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let proxy = format!("http://u:SECRET@{}", listener.local_addr().unwrap());
        drop(listener);
        let transport = HyperTransport::builder()
            .proxies(ProxyConfig::new(Some(&proxy), Some(&proxy), None).unwrap())
            .build()
            .unwrap();
        for url in ["http://ecm.example/", "https://ecm.example/"] {
            let error = transport.send(request("POST", url)).await.unwrap_err();
            assert_eq!(error.kind(), TransportErrorKind::Connect, "{error}");
            let text = format!("{error} {error:?}");
            assert!(text.contains("Connection refused"), "{text}");
            assert!(text.contains("through the proxy 127.0.0.1:"), "{text}");
            assert!(!text.contains("SECRET"), "{text}");
        }
    }
}
