//! Certificate verification of the default transport, against a local TLS server whose
//! certificates come from certificate authorities made here (`rcgen`).
//!
//! The server (rustls, 127.0.0.1 only) answers every request with a `DescribeNode` answer and
//! counts the requests it read, so a refused handshake shows as "nothing reached the server".
//! Whatever TLS feature the SDK was built with (`rustls-ring` by default) is what is tested.
#![cfg(any(
    feature = "rustls-ring",
    feature = "rustls-aws-lc-rs",
    feature = "native-tls"
))]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::transport::{HyperTransport, TransportErrorKind};
use ecm_sdk::{Client, Credentials, Error, RetryPolicy};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub(crate) const ANSWER: &str = r#"{"Response":{"TotalCount":0,"NodeSet":[],"RequestId":"tls-1"}}"#;

/// What the source chain of a refusal says (rustls' wording, then OpenSSL's for `native-tls`).
pub(crate) const UNKNOWN_ISSUER: &[&str] = &[
    "invalid peer certificate: unknownissuer",
    "unable to get local issuer certificate",
];
const WRONG_NAME: &[&str] = &[
    "certificate not valid for name \"127.0.0.1\"",
    "ip address mismatch",
];

/// A self-signed certificate authority.
pub(crate) struct Authority {
    cert: rcgen::Certificate,
    key: KeyPair,
}

impl Authority {
    pub(crate) fn new(name: &str) -> Authority {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        Authority { cert, key }
    }

    pub(crate) fn der(&self) -> Vec<u8> {
        self.cert.der().to_vec()
    }

    /// A server certificate for `names` (DNS names or IP addresses), and its key.
    pub(crate) fn issue(
        &self,
        names: &[&str],
    ) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
        let names: Vec<String> = names.iter().map(|name| (*name).to_owned()).collect();
        let mut params = CertificateParams::new(names).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, "ecm test server");
        params.is_ca = IsCa::NoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.cert, &self.key).unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        (cert.der().clone(), key)
    }
}

/// The TLS side of a server with `cert`.
pub(crate) fn acceptor(
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
) -> tokio_rustls::TlsAcceptor {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

/// Serves HTTPS on 127.0.0.1 with `cert`; returns the URL and the count of requests read.
pub(crate) async fn serve(
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
) -> (String, Arc<AtomicUsize>) {
    let acceptor = acceptor(cert, key);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://{}/", listener.local_addr().unwrap());
    let served = Arc::new(AtomicUsize::new(0));
    let count = served.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let count = count.clone();
            tokio::spawn(async move {
                // A refused handshake ends here: nothing is read.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                // Headers, then as much body as Content-Length says.
                let complete = loop {
                    let Ok(n) = tls.read(&mut buf).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    request.extend_from_slice(&buf[..n]);
                    if let Some(end) = find(&request, b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
                        let length = head
                            .lines()
                            .find_map(|line| line.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        if request.len() >= end + 4 + length {
                            break true;
                        }
                    }
                };
                if complete {
                    count.fetch_add(1, Ordering::SeqCst);
                    let response = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{ANSWER}",
                        ANSWER.len()
                    );
                    let _ = tls.write_all(response.as_bytes()).await;
                    let _ = tls.shutdown().await;
                }
            });
        }
    });
    (url, served)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A client of `url`, through `transport` when given (else the default transport), that
/// makes one attempt.
fn client(url: &str, transport: Option<HyperTransport>) -> Client {
    let builder = Client::builder()
        .credentials(Credentials::new("AKIDtls", "tls-secret"))
        .endpoint(url)
        .retry_policy(RetryPolicy::disabled())
        .connect_timeout(Duration::from_secs(5));
    match transport {
        Some(transport) => builder.transport(transport),
        None => builder,
    }
    .build()
    .unwrap()
}

fn trusting(authority: &Authority) -> HyperTransport {
    HyperTransport::with_extra_roots(Duration::from_secs(5), 1 << 20, &[authority.der()]).unwrap()
}

/// The error of a refused handshake: a connect failure (nothing was sent) whose source chain
/// says what was wrong with the certificate.
pub(crate) fn assert_refused(error: Error, served: &AtomicUsize, why: &[&str]) {
    let Error::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::Connect, "{error:?}");
    let mut chain = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(&error);
    while let Some(error) = source {
        chain.push_str(&error.to_string());
        chain.push('\n');
        source = error.source();
    }
    let chain = chain.to_ascii_lowercase();
    assert!(
        why.iter().any(|word| chain.contains(word)),
        "expected one of {why:?} in:\n{chain}"
    );
    assert_eq!(
        served.load(Ordering::SeqCst),
        0,
        "a request reached the server"
    );
}

#[tokio::test]
async fn a_certificate_from_a_trusted_authority_is_accepted() {
    let authority = Authority::new("ecm test CA");
    let (cert, key) = authority.issue(&["127.0.0.1"]);
    let (url, served) = serve(cert, key).await;
    let output = client(&url, Some(trusting(&authority)))
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap();
    assert_eq!(output.request_id.as_deref(), Some("tls-1"));
    assert_eq!(output.total_count, Some(0));
    assert_eq!(served.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_default_transport_refuses_an_authority_the_platform_does_not_trust() {
    let authority = Authority::new("ecm test CA");
    let (cert, key) = authority.issue(&["127.0.0.1"]);
    let (url, served) = serve(cert, key).await;
    let error = client(&url, None)
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    assert_refused(error, &served, UNKNOWN_ISSUER);
}

#[tokio::test]
async fn a_certificate_from_another_authority_is_refused() {
    let trusted = Authority::new("ecm test CA");
    let other = Authority::new("someone else's CA");
    let (cert, key) = other.issue(&["127.0.0.1"]);
    let (url, served) = serve(cert, key).await;
    let error = client(&url, Some(trusting(&trusted)))
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    assert_refused(error, &served, UNKNOWN_ISSUER);
}

#[tokio::test]
async fn a_certificate_for_another_name_is_refused() {
    let authority = Authority::new("ecm test CA");
    let (cert, key) = authority.issue(&["ecm.example.com", "127.0.0.2"]);
    let (url, served) = serve(cert, key).await;
    let error = client(&url, Some(trusting(&authority)))
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    assert_refused(error, &served, WRONG_NAME);
}

#[test]
fn an_invalid_extra_root_is_a_configuration_error() {
    let error = HyperTransport::with_extra_roots(Duration::from_secs(1), 1024, &[vec![1, 2, 3]])
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
}

/// The transport speaks HTTP/1.1 and says so in ALPN: a server preferring `h2` still
/// negotiates `http/1.1`.
#[tokio::test]
async fn the_default_transport_offers_http_1_1_only_in_alpn() {
    let authority = Authority::new("ecm test CA");
    let (cert, key) = authority.issue(&["127.0.0.1"]);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://{}/", listener.local_addr().unwrap());
    let (sender, negotiated) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        let Ok(tls) = acceptor.accept(tcp).await else {
            return;
        };
        let _ = sender.send(tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec));
    });
    // The server hangs up after the handshake: only the negotiation matters here.
    let _ = client(&url, Some(trusting(&authority)))
        .describe_node(DescribeNodeRequest::new())
        .await;
    assert_eq!(negotiated.await.unwrap().as_deref(), Some(&b"http/1.1"[..]));
}

/// `ReqwestTransport` gets its TLS from the same configuration as the default transport.
#[cfg(feature = "reqwest")]
#[tokio::test]
async fn the_reqwest_transport_verifies_certificates_the_same_way() {
    use ecm_sdk::transport::ReqwestTransport;

    let authority = Authority::new("ecm test CA");
    let (cert, key) = authority.issue(&["127.0.0.1"]);
    let (url, served) = serve(cert, key).await;
    let reqwest = |roots: &[Vec<u8>]| {
        Client::builder()
            .credentials(Credentials::new("AKIDtls", "tls-secret"))
            .endpoint(&url)
            .retry_policy(RetryPolicy::disabled())
            .transport(
                ReqwestTransport::with_extra_roots(Duration::from_secs(5), 1 << 20, roots).unwrap(),
            )
            .build()
            .unwrap()
    };
    let error = reqwest(&[])
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    assert_refused(error, &served, UNKNOWN_ISSUER);
    let output = reqwest(&[authority.der()])
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap();
    assert_eq!(output.request_id.as_deref(), Some("tls-1"));
    assert_eq!(served.load(Ordering::SeqCst), 1);
}
