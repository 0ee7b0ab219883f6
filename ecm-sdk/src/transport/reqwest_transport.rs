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
            let request = reqwest::Request::try_from(request).map_err(|error| {
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

fn classify(error: reqwest::Error) -> TransportError {
    // Only a connect timeout is configured on the reqwest client; attempt and total
    // timeouts are applied around the transport.
    let kind = if error.is_timeout() {
        TransportErrorKind::ConnectTimeout
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_builder() {
        TransportErrorKind::Request
    } else {
        TransportErrorKind::Io
    };
    let message = match kind {
        TransportErrorKind::Connect => "cannot connect to the endpoint",
        TransportErrorKind::ConnectTimeout => "connecting to the endpoint timed out",
        TransportErrorKind::Request => "cannot build the request",
        _ => "the connection failed while sending the request or receiving the response",
    };
    // The URL is dropped from the source: it may carry v1 query parameters.
    TransportError::new(kind, message).with_source(error.without_url())
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
    let mut body = BytesMut::with_capacity(declared.map_or(8 * 1024, |length| length as usize));
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
                return Err(TransportError::io(
                    "the connection failed while reading the response body",
                )
                .with_source(error.without_url()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
