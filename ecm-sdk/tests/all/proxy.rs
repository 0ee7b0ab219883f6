//! The default transport through proxies on 127.0.0.1: an `https://` endpoint tunnelled with
//! `CONNECT` (through an `http://` proxy and an `https://` one), and an `http://` endpoint
//! sent in absolute form to the emulator acting as the proxy, configured through the
//! builder's environment (never the process's).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ecm_emulator::{Emulator, EmulatorConfig};
use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::credentials::Env;
use ecm_sdk::{Client, Credentials, RetryPolicy};

const EMULATOR_ID: &str = "AKIDproxyproxyproxyproxyproxyproxy12";
const EMULATOR_KEY: &str = "proxyproxyproxyproxyproxyproxy12";

#[tokio::test]
async fn plain_http_reaches_the_emulator_named_as_the_proxy_in_the_builders_environment() {
    let emulator = Emulator::start(EmulatorConfig::new().credentials(EMULATOR_ID, EMULATOR_KEY))
        .await
        .unwrap();
    // The endpoint's name does not resolve here: only the proxy can take the request.
    let client = Client::builder()
        .credentials(Credentials::new(EMULATOR_ID, EMULATOR_KEY))
        .region("ap-guangzhou")
        .endpoint("http://ecm.tencentcloudapi.com")
        .env(Env::from_vars([("http_proxy", emulator.url())]))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let output = client
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap();
    assert!(output.request_id.is_some());
    emulator.shutdown().await;

    // With the proxy excluded by NO_PROXY, the request goes direct and fails to resolve.
    let client = Client::builder()
        .credentials(Credentials::new(EMULATOR_ID, EMULATOR_KEY))
        .endpoint("http://ecm.tencentcloudapi.invalid")
        .env(Env::from_vars([
            ("HTTP_PROXY", "http://127.0.0.1:9"),
            ("NO_PROXY", ".invalid"),
        ]))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let error = client
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    assert!(!error.to_string().contains("through the proxy"), "{error}");
}

#[tokio::test]
async fn an_unsupported_proxy_in_the_environment_is_a_configuration_error() {
    let error = Client::builder()
        .credentials(Credentials::new("AKIDx", "k"))
        .env(Env::from_vars([(
            "ALL_PROXY",
            "socks5://u:pw@127.0.0.1:1080",
        )]))
        .build()
        .unwrap_err();
    assert!(matches!(error, ecm_sdk::Error::Config(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("ALL_PROXY names a socks5:// proxy"),
        "{error}"
    );
    assert!(!error.to_string().contains("pw"), "{error}");
}

/// What a tunnelling proxy saw: the `CONNECT` heads.
type Heads = Arc<Mutex<Vec<String>>>;

#[cfg(any(
    feature = "rustls-ring",
    feature = "rustls-aws-lc-rs",
    feature = "native-tls"
))]
mod tunnel {
    use std::sync::atomic::Ordering;

    use ecm_sdk::transport::{HyperTransport, ProxyConfig, TransportErrorKind};
    use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    use super::*;
    use crate::tls::{Authority, UNKNOWN_ISSUER, acceptor, assert_refused, serve};

    trait Stream: AsyncRead + AsyncWrite + Send + Unpin {}
    impl<T: AsyncRead + AsyncWrite + Send + Unpin> Stream for T {}

    /// A `CONNECT` proxy on 127.0.0.1 (spoken to over TLS with `tls`) that records each
    /// head, answers `407` without the expected `Proxy-Authorization`, and otherwise splices
    /// the connection to the target on 127.0.0.1. Returns its `host:port`.
    async fn tunnelling_proxy(
        tls: Option<tokio_rustls::TlsAcceptor>,
        authorization: &'static str,
    ) -> (String, Heads) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let heads = Heads::default();
        let seen = heads.clone();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let (tls, seen) = (tls.clone(), seen.clone());
                tokio::spawn(async move {
                    let mut client: Box<dyn Stream> = match tls {
                        Some(acceptor) => match acceptor.accept(tcp).await {
                            Ok(stream) => Box::new(stream),
                            Err(_) => return,
                        },
                        None => Box::new(tcp),
                    };
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        if !matches!(client.read(&mut byte).await, Ok(1)) {
                            return;
                        }
                        head.push(byte[0]);
                    }
                    let head = String::from_utf8_lossy(&head).into_owned();
                    seen.lock().unwrap().push(head.clone());
                    let target = head
                        .strip_prefix("CONNECT ")
                        .and_then(|rest| rest.split(' ').next())
                        .unwrap_or_default()
                        .to_owned();
                    let authorized = head.to_ascii_lowercase().contains(
                        &format!("proxy-authorization: {authorization}\r\n").to_ascii_lowercase(),
                    );
                    if !authorized {
                        let _ = client
                            .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
                            .await;
                        return;
                    }
                    assert!(target.starts_with("127.0.0.1:"), "{target}");
                    let Ok(mut upstream) = TcpStream::connect(&target).await else {
                        return;
                    };
                    if client
                        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                        .await
                        .is_err()
                    {
                        return;
                    }
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                });
            }
        });
        (address, heads)
    }

    /// base64("ecm-user:SECRET-pw")
    const BASIC: &str = "Basic ZWNtLXVzZXI6U0VDUkVULXB3";

    fn client(url: &str, transport: HyperTransport) -> Client {
        Client::builder()
            .credentials(Credentials::new("AKIDtls", "tls-secret"))
            .endpoint(url)
            .retry_policy(RetryPolicy::disabled())
            .transport(transport)
            .build()
            .unwrap()
    }

    fn through(authority: &Authority, proxy: &str) -> HyperTransport {
        HyperTransport::builder()
            .connect_timeout(Duration::from_secs(5))
            .extra_roots([authority.der()])
            .proxies(ProxyConfig::new(None, Some(proxy), None).unwrap())
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn https_is_tunnelled_through_an_http_proxy_with_its_credentials() {
        let authority = Authority::new("ecm test CA");
        let (cert, key) = authority.issue(&["127.0.0.1"]);
        let (url, served) = serve(cert, key).await;
        let (proxy, heads) = tunnelling_proxy(None, BASIC).await;
        let transport = through(&authority, &format!("http://ecm-user:SECRET-pw@{proxy}"));
        let output = client(&url, transport)
            .describe_node(DescribeNodeRequest::new())
            .await
            .unwrap();
        assert_eq!(output.request_id.as_deref(), Some("tls-1"));
        assert_eq!(served.load(Ordering::SeqCst), 1);
        let heads = heads.lock().unwrap();
        assert_eq!(heads.len(), 1);
        let target = url.trim_start_matches("https://").trim_end_matches('/');
        assert!(
            heads[0].starts_with(&format!("CONNECT {target} HTTP/1.1\r\n")),
            "{}",
            heads[0]
        );
        assert!(
            heads[0].contains(&format!("Proxy-Authorization: {BASIC}\r\n")),
            "{}",
            heads[0]
        );
    }

    #[tokio::test]
    async fn https_is_tunnelled_through_an_https_proxy() {
        let authority = Authority::new("ecm test CA");
        let (cert, key) = authority.issue(&["127.0.0.1"]);
        let (url, served) = serve(cert, key).await;
        let (cert, key) = authority.issue(&["127.0.0.1"]);
        let (proxy, heads) = tunnelling_proxy(Some(acceptor(cert, key)), BASIC).await;
        let transport = through(&authority, &format!("https://ecm-user:SECRET-pw@{proxy}"));
        let output = client(&url, transport)
            .describe_node(DescribeNodeRequest::new())
            .await
            .unwrap();
        assert_eq!(output.request_id.as_deref(), Some("tls-1"));
        assert_eq!(served.load(Ordering::SeqCst), 1);
        assert_eq!(heads.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn an_https_proxy_with_an_untrusted_certificate_is_refused() {
        let authority = Authority::new("ecm test CA");
        let (cert, key) = authority.issue(&["127.0.0.1"]);
        let (url, served) = serve(cert, key).await;
        let stranger = Authority::new("someone else's CA");
        let (cert, key) = stranger.issue(&["127.0.0.1"]);
        let (proxy, heads) = tunnelling_proxy(Some(acceptor(cert, key)), BASIC).await;
        let transport = through(&authority, &format!("https://ecm-user:SECRET-pw@{proxy}"));
        let error = client(&url, transport)
            .describe_node(DescribeNodeRequest::new())
            .await
            .unwrap_err();
        let text = format!("{error} {error:?}");
        assert!(
            text.contains(&format!("through the proxy {proxy}")),
            "{text}"
        );
        assert!(!text.contains("SECRET") && !text.contains("ZWNt"), "{text}");
        assert_refused(error, &served, UNKNOWN_ISSUER);
        assert!(
            heads.lock().unwrap().is_empty(),
            "no CONNECT before the proxy is trusted"
        );
    }

    #[tokio::test]
    async fn wrong_proxy_credentials_are_a_connect_error_that_does_not_quote_them() {
        let authority = Authority::new("ecm test CA");
        let (cert, key) = authority.issue(&["127.0.0.1"]);
        let (url, served) = serve(cert, key).await;
        let (proxy, heads) = tunnelling_proxy(None, BASIC).await;
        let transport = through(&authority, &format!("http://ecm-user:WRONG-pw@{proxy}"));
        let error = client(&url, transport)
            .describe_node(DescribeNodeRequest::new())
            .await
            .unwrap_err();
        let ecm_sdk::Error::Transport(transport) = &error else {
            panic!("{error:?}");
        };
        assert_eq!(transport.kind(), TransportErrorKind::Connect);
        let text = format!("{error} {error:?}");
        assert!(text.contains("proxy authorization required"), "{text}");
        assert!(
            !text.contains("WRONG") && !text.contains("ecm-user"),
            "{text}"
        );
        assert_eq!(served.load(Ordering::SeqCst), 0);
        assert_eq!(heads.lock().unwrap().len(), 1);
    }
}
