//! The connector of the [`HyperTransport`](super::HyperTransport): TCP to the endpoint or to
//! its proxy, TLS to an `https://` proxy, a `CONNECT` tunnel through the proxy to an
//! `https://` endpoint, and TLS to the endpoint — all within the connect timeout, so a
//! failure here always means that nothing of the request was written.

use std::error::Error as StdError;
use std::fmt;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use http::Uri;
use http::uri::Scheme;
use tokio::io::{AsyncRead, AsyncWrite};

use super::proxy::{Intercept, ProxyConfig};
use super::tls::TlsConfig;
use super::{dial, tunnel};

type BoxError = Box<dyn StdError + Send + Sync>;

/// A byte stream: TCP, or TLS over TCP, or TLS over TLS over TCP (an `https://` endpoint
/// through an `https://` proxy).
pub(crate) trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}

impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

pub(crate) type BoxStream = Box<dyn Stream>;

/// Opens connections for the transport's pool. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    tls: TlsConfig,
    proxies: ProxyConfig,
    timeout: Duration,
}

/// An established connection, before the HTTP handshake.
pub(crate) struct Established {
    pub(crate) stream: BoxStream,
    /// Whether requests go to an HTTP proxy (in absolute form).
    pub(crate) proxied: bool,
}

impl Connector {
    pub(crate) fn new(tls: TlsConfig, proxies: ProxyConfig, timeout: Duration) -> Self {
        Connector {
            inner: Arc::new(Inner {
                tls,
                proxies,
                timeout,
            }),
        }
    }

    /// A connection for requests to `destination`, directly or through its proxy, within
    /// the connect timeout.
    pub(crate) async fn connect(&self, destination: &Uri) -> Result<Established, ConnectError> {
        let inner = &self.inner;
        let proxy = inner.proxies.intercept(destination);
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
    }
}

impl Inner {
    async fn connect(
        &self,
        destination: &Uri,
        proxy: Option<&Intercept>,
    ) -> Result<Established, BoxError> {
        let https = destination.scheme() == Some(&Scheme::HTTPS);
        let Some(proxy) = proxy else {
            let stream = self.tcp(destination).await?;
            let stream = if https {
                self.tls(destination, stream).await?
            } else {
                stream
            };
            return Ok(Established {
                stream,
                proxied: false,
            });
        };
        let mut stream = self.tcp(proxy.uri()).await?;
        if proxy.uri().scheme() == Some(&Scheme::HTTPS) {
            stream = self.tls(proxy.uri(), stream).await?;
        }
        if !https {
            // The request goes to the proxy in absolute form (`POST http://host/ HTTP/1.1`).
            return Ok(Established {
                stream,
                proxied: true,
            });
        }
        let host = destination.host().unwrap_or_default();
        let authority = format!("{host}:{}", port(destination));
        tunnel::open(&mut stream, &authority, proxy.basic_auth()).await?;
        let stream = self.tls(destination, stream).await?;
        Ok(Established {
            stream,
            proxied: false,
        })
    }

    /// A TCP connection to the host and port of `uri`.
    async fn tcp(&self, uri: &Uri) -> Result<BoxStream, BoxError> {
        let host = uri.host().unwrap_or_default();
        Ok(Box::new(dial::dial(host, port(uri), self.timeout).await?))
    }

    /// TLS to the host of `uri` over `stream`.
    async fn tls(&self, uri: &Uri, stream: BoxStream) -> Result<BoxStream, BoxError> {
        let host = uri.host().unwrap_or_default();
        Ok(Box::new(self.tls.handshake(host, stream).await?))
    }
}

/// The port of `uri`: the one it names, else its scheme's.
fn port(uri: &Uri) -> u16 {
    uri.port_u16().unwrap_or_else(|| default_port(uri))
}

/// The port of `uri`'s scheme: 443 for `https`, 80 otherwise.
pub(crate) fn default_port(uri: &Uri) -> u16 {
    if uri.scheme() == Some(&Scheme::HTTPS) {
        443
    } else {
        80
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
