//! The connector of the [`HyperTransport`](super::HyperTransport): TCP to the endpoint or to
//! its proxy, TLS to an `https://` proxy, a `CONNECT` tunnel through the proxy to an
//! `https://` endpoint, and TLS to the endpoint — all within the connect timeout, so a
//! failure here always means that nothing of the request was written.

use std::error::Error as StdError;
use std::fmt;
use std::future::{Future, poll_fn};
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use http::uri::Scheme;
use hyper::rt::{Read, ReadBufCursor, Write};
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::Intercept;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tower_service::Service;

use super::proxy::ProxyConfig;
use super::tls::TlsConfig;

type BoxError = Box<dyn StdError + Send + Sync>;
type Connecting<T> = Pin<Box<dyn Future<Output = Result<T, BoxError>> + Send>>;

/// A byte stream: TCP, or TLS over TCP, or TLS over TLS over TCP (an `https://` endpoint
/// through an `https://` proxy).
trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}

impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

type BoxStream = Box<dyn Stream>;

/// Opens connections for the transport's pool. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    tcp: HttpConnector,
    tls: TlsConfig,
    proxies: ProxyConfig,
    timeout: Duration,
}

impl Connector {
    pub(crate) fn new(tls: TlsConfig, proxies: ProxyConfig, timeout: Duration) -> Self {
        let mut tcp = HttpConnector::new();
        // The scheme is this connector's business (TLS below), not the TCP connector's.
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        // Tried address by address (each gets its share); the whole connection also has to
        // be up within `timeout` (see `call`).
        tcp.set_connect_timeout(Some(timeout));
        // As reqwest does: a dead idle connection is noticed instead of hanging a request.
        tcp.set_keepalive(Some(Duration::from_secs(15)));
        tcp.set_keepalive_interval(Some(Duration::from_secs(15)));
        tcp.set_keepalive_retries(Some(3));
        Connector {
            inner: Arc::new(Inner {
                tcp,
                tls,
                proxies,
                timeout,
            }),
        }
    }
}

impl Service<Uri> for Connector {
    type Response = Established;
    type Error = ConnectError;
    type Future = Pin<Box<dyn Future<Output = Result<Established, ConnectError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, destination: Uri) -> Self::Future {
        let inner = self.inner.clone();
        Box::pin(async move {
            let proxy = inner.proxies.intercept(&destination);
            // Host and port only: never the authority, which may carry user info.
            let via = proxy.as_ref().map(|proxy| {
                let uri = proxy.uri();
                match (uri.host(), uri.port_u16()) {
                    (Some(host), Some(port)) => format!("{host}:{port}"),
                    (Some(host), None) => host.to_owned(),
                    (None, _) => String::new(),
                }
            });
            let timeout = inner.timeout;
            match tokio::time::timeout(timeout, inner.connect(destination, proxy)).await {
                Ok(Ok(connection)) => Ok(connection),
                Ok(Err(source)) => Err(ConnectError { via, source }),
                Err(_) => Err(ConnectError {
                    via,
                    source: Box::new(io::Error::new(
                        io::ErrorKind::TimedOut,
                        format!("no connection within {timeout:?}"),
                    )),
                }),
            }
        })
    }
}

impl Inner {
    async fn connect(
        self: &Arc<Self>,
        destination: Uri,
        proxy: Option<Intercept>,
    ) -> Result<Established, BoxError> {
        let https = destination.scheme() == Some(&Scheme::HTTPS);
        let Some(proxy) = proxy else {
            let stream = self.tcp(destination.clone()).await?;
            let stream = if https {
                self.tls(&destination, stream).await?
            } else {
                stream
            };
            return Ok(Established::new(stream, false));
        };
        let to_proxy = ToProxy {
            inner: self.clone(),
        };
        if !https {
            // The request goes to the proxy in absolute form (`POST http://host/ HTTP/1.1`).
            let stream = to_proxy.connect(proxy.uri().clone()).await?;
            return Ok(Established::new(stream, true));
        }
        let mut tunnel = Tunnel::new(proxy.uri().clone(), to_proxy);
        if let Some(authorization) = proxy.basic_auth() {
            tunnel = tunnel.with_auth(authorization.clone());
        }
        poll_fn(|cx| tunnel.poll_ready(cx)).await?;
        let stream = tunnel.call(destination.clone()).await?.into_inner();
        let stream = self.tls(&destination, stream).await?;
        Ok(Established::new(stream, false))
    }

    /// A TCP connection to the host and port of `uri`.
    async fn tcp(&self, uri: Uri) -> Result<BoxStream, BoxError> {
        let mut tcp = self.tcp.clone();
        poll_fn(|cx| tcp.poll_ready(cx)).await?;
        let stream = tcp.call(uri).await?;
        Ok(Box::new(stream.into_inner()))
    }

    /// TLS to the host of `uri` over `stream`.
    async fn tls(&self, uri: &Uri, stream: BoxStream) -> Result<BoxStream, BoxError> {
        let host = uri.host().unwrap_or_default();
        Ok(Box::new(self.tls.handshake(host, stream).await?))
    }
}

/// Connects to a proxy (TCP, and TLS for an `https://` proxy): the inner connector of the
/// `CONNECT` tunnel.
#[derive(Clone)]
struct ToProxy {
    inner: Arc<Inner>,
}

impl ToProxy {
    async fn connect(&self, proxy: Uri) -> Result<BoxStream, BoxError> {
        let stream = self.inner.tcp(proxy.clone()).await?;
        if proxy.scheme() == Some(&Scheme::HTTPS) {
            self.inner.tls(&proxy, stream).await
        } else {
            Ok(stream)
        }
    }
}

impl Service<Uri> for ToProxy {
    type Response = TokioIo<BoxStream>;
    type Error = BoxError;
    type Future = Connecting<TokioIo<BoxStream>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, proxy: Uri) -> Self::Future {
        let this = self.clone();
        Box::pin(async move { this.connect(proxy).await.map(TokioIo::new) })
    }
}

/// An established connection, as the pool holds it.
pub(crate) struct Established {
    stream: TokioIo<BoxStream>,
    /// Whether requests go to an HTTP proxy (in absolute form).
    proxied: bool,
}

impl Established {
    fn new(stream: BoxStream, proxied: bool) -> Self {
        Established {
            stream: TokioIo::new(stream),
            proxied,
        }
    }
}

impl Connection for Established {
    fn connected(&self) -> Connected {
        Connected::new().proxy(self.proxied)
    }
}

impl Read for Established {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_read(cx, buf)
    }
}

impl Write for Established {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }
}

/// A connection that could not be established; `via` is the proxy's host and port.
#[derive(Debug)]
pub(crate) struct ConnectError {
    pub(crate) via: Option<String>,
    source: BoxError,
}

impl fmt::Display for ConnectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.via {
            Some(proxy) => write!(f, "cannot connect through the proxy {proxy}"),
            None => f.write_str("cannot connect"),
        }
    }
}

impl StdError for ConnectError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&*self.source)
    }
}
