//! TLS of the HTTP transports: which library, which crypto provider, which roots, and the
//! handshake.
//!
//! The Cargo features decide (see the crate's README, "Features"):
//!
//! - `rustls-ring` (default) or `rustls-aws-lc-rs`: rustls with that crypto provider, and the
//!   platform's certificate verifier (`rustls-platform-verifier`: on Linux the system's CA
//!   store, honouring `SSL_CERT_FILE`/`SSL_CERT_DIR`). A provider the program installed as
//!   rustls' process default (`CryptoProvider::install_default`) is used instead of the
//!   compiled-in one. With both provider features, `aws-lc-rs` is used.
//! - `native-tls`: the platform's TLS library. It takes precedence over rustls when both are
//!   enabled.
//! - none of them: plain `http://` only; an `https://` request fails to connect, saying why.
//!
//! Either way the client offers ALPN `http/1.1` only (the transports speak HTTP/1.1).

use std::io;

use tokio::io::{AsyncRead, AsyncWrite};

use crate::error::Error;

/// Which certificate authorities the client trusts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Trust<'a> {
    /// None at all: the client never reads the system's roots (plain `http://` endpoints).
    Nothing,
    /// The platform's roots and these extra ones (DER-encoded X.509 certificates).
    Platform { extra_roots: &'a [Vec<u8>] },
}

/// The TLS client set up once per transport; cheap to clone.
#[derive(Clone)]
pub(crate) struct TlsConfig {
    #[cfg(all(feature = "__rustls", not(feature = "native-tls")))]
    rustls: std::sync::Arc<rustls::ClientConfig>,
    #[cfg(feature = "native-tls")]
    native: native_tls::TlsConnector,
}

impl std::fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsConfig").finish_non_exhaustive()
    }
}

/// A host of a URI as a TLS server name: IPv6 addresses lose their brackets.
#[cfg(any(feature = "__rustls", feature = "native-tls"))]
fn server_name(host: &str) -> &str {
    host.strip_prefix('[')
        .and_then(|host| host.strip_suffix(']'))
        .unwrap_or(host)
}

#[cfg(all(feature = "__rustls", not(feature = "native-tls")))]
impl TlsConfig {
    /// Sets up rustls to trust `trust`.
    pub(crate) fn new(trust: Trust<'_>) -> Result<Self, Error> {
        use std::sync::Arc;

        use rustls::crypto::CryptoProvider;

        let tls_error = |error: rustls::Error| Error::config(format!("cannot set up TLS: {error}"));
        let provider = CryptoProvider::get_default()
            .cloned()
            .unwrap_or_else(|| Arc::new(compiled_in_provider()));
        let config = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(tls_error)?;
        let mut config = match trust {
            Trust::Nothing => config.with_root_certificates(rustls::RootCertStore::empty()),
            Trust::Platform { extra_roots } => {
                let extra = extra_roots
                    .iter()
                    .map(|der| rustls::pki_types::CertificateDer::from(der.clone()));
                let verifier =
                    rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider)
                        .map_err(tls_error)?;
                // rustls calls every custom verifier "dangerous"; this one is the platform's.
                config
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(verifier))
            }
        }
        .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(TlsConfig {
            rustls: Arc::new(config),
        })
    }

    /// The rustls configuration (for reqwest).
    #[cfg(feature = "reqwest")]
    pub(crate) fn rustls(&self) -> &rustls::ClientConfig {
        &self.rustls
    }

    /// Runs the TLS handshake with `host` over `stream`.
    pub(crate) async fn handshake<S>(
        &self,
        host: &str,
        stream: S,
    ) -> io::Result<impl AsyncRead + AsyncWrite + Send + Unpin + 'static>
    where
        S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
    {
        let name = rustls::pki_types::ServerName::try_from(server_name(host).to_owned()).map_err(
            |_| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "the host is not a valid TLS server name",
                )
            },
        )?;
        tokio_rustls::TlsConnector::from(self.rustls.clone())
            .connect(name, stream)
            .await
    }
}

#[cfg(all(feature = "__rustls", feature = "rustls-aws-lc-rs"))]
fn compiled_in_provider() -> rustls::crypto::CryptoProvider {
    rustls::crypto::aws_lc_rs::default_provider()
}

#[cfg(all(
    feature = "__rustls",
    feature = "rustls-ring",
    not(feature = "rustls-aws-lc-rs")
))]
fn compiled_in_provider() -> rustls::crypto::CryptoProvider {
    rustls::crypto::ring::default_provider()
}

#[cfg(all(
    feature = "__rustls",
    not(feature = "rustls-ring"),
    not(feature = "rustls-aws-lc-rs")
))]
compile_error!(
    "ecm-sdk: rustls needs a crypto provider: enable the feature `rustls-ring` or `rustls-aws-lc-rs`"
);

#[cfg(feature = "native-tls")]
impl TlsConfig {
    /// Sets up the platform's TLS library to trust `trust`.
    pub(crate) fn new(trust: Trust<'_>) -> Result<Self, Error> {
        let mut builder = native_tls::TlsConnector::builder();
        builder.request_alpns(&["http/1.1"]);
        match trust {
            Trust::Nothing => {
                builder.disable_built_in_roots(true);
            }
            Trust::Platform { extra_roots } => {
                for der in extra_roots {
                    let certificate = native_tls::Certificate::from_der(der).map_err(|error| {
                        Error::config(format!("an extra root certificate is invalid: {error}"))
                    })?;
                    builder.add_root_certificate(certificate);
                }
            }
        }
        let native = builder
            .build()
            .map_err(|error| Error::config(format!("cannot set up TLS: {error}")))?;
        Ok(TlsConfig { native })
    }

    /// The native-tls connector (for reqwest).
    #[cfg(feature = "reqwest")]
    pub(crate) fn native(&self) -> &native_tls::TlsConnector {
        &self.native
    }

    /// Runs the TLS handshake with `host` over `stream`.
    pub(crate) async fn handshake<S>(
        &self,
        host: &str,
        stream: S,
    ) -> io::Result<impl AsyncRead + AsyncWrite + Send + Unpin + 'static>
    where
        S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
    {
        tokio_native_tls::TlsConnector::from(self.native.clone())
            .connect(server_name(host), stream)
            .await
            .map_err(io::Error::other)
    }
}

#[cfg(not(any(feature = "__rustls", feature = "native-tls")))]
impl TlsConfig {
    /// Without a TLS feature: nothing to set up, and extra roots are a mistake.
    pub(crate) fn new(trust: Trust<'_>) -> Result<Self, Error> {
        match trust {
            Trust::Nothing | Trust::Platform { extra_roots: [] } => Ok(TlsConfig {}),
            Trust::Platform { .. } => Err(Error::config(
                "extra root certificates need a TLS feature of ecm-sdk (`rustls-ring`, `rustls-aws-lc-rs` or `native-tls`)",
            )),
        }
    }

    /// Without a TLS feature an `https://` connection cannot be made.
    pub(crate) async fn handshake<S>(&self, _host: &str, _stream: S) -> io::Result<S>
    where
        S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
    {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "https:// needs a TLS feature of ecm-sdk (`rustls-ring`, `rustls-aws-lc-rs` or `native-tls`)",
        ))
    }
}
