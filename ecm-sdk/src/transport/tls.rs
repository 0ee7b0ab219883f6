//! TLS of the default transport: which library, which crypto provider, which roots.
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
//! - none of them: plain `http://` only.

use reqwest::ClientBuilder;

use crate::error::Error;

/// Sets up TLS on `builder` for a client of `base_url` only (the metadata service): the
/// platform's roots when it is `https://`, none otherwise.
pub(crate) fn configure_for(
    builder: ClientBuilder,
    base_url: &str,
) -> Result<ClientBuilder, Error> {
    let https = base_url
        .get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"));
    let trust = if https {
        Trust::Platform { extra_roots: &[] }
    } else {
        Trust::Nothing
    };
    configure(builder, trust)
}

/// Which certificate authorities the client trusts.
#[derive(Debug, Clone, Copy)]
pub(super) enum Trust<'a> {
    /// None at all: the client never reads the system's roots (plain `http://` endpoints).
    Nothing,
    /// The platform's roots and these extra ones (DER-encoded X.509 certificates).
    Platform { extra_roots: &'a [Vec<u8>] },
}

/// Sets up TLS on `builder` as the enabled features say.
#[cfg(feature = "native-tls")]
pub(super) fn configure(builder: ClientBuilder, trust: Trust<'_>) -> Result<ClientBuilder, Error> {
    let builder = builder.tls_backend_native();
    Ok(match trust {
        Trust::Nothing => builder.tls_certs_only(Vec::<reqwest::Certificate>::new()),
        Trust::Platform { extra_roots } => {
            let certs = extra_roots
                .iter()
                .map(|der| reqwest::Certificate::from_der(der))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|error| {
                    Error::config(format!("an extra root certificate is invalid: {error}"))
                })?;
            builder.tls_certs_merge(certs)
        }
    })
}

/// Sets up TLS on `builder` as the enabled features say.
#[cfg(all(feature = "__rustls", not(feature = "native-tls")))]
pub(super) fn configure(builder: ClientBuilder, trust: Trust<'_>) -> Result<ClientBuilder, Error> {
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
    // The transport speaks HTTP/1.1 only.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(builder.tls_backend_preconfigured(config))
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

/// Without a TLS feature: `https://` URLs fail when sent.
#[cfg(not(any(feature = "__rustls", feature = "native-tls")))]
pub(super) fn configure(builder: ClientBuilder, trust: Trust<'_>) -> Result<ClientBuilder, Error> {
    match trust {
        Trust::Nothing | Trust::Platform { extra_roots: [] } => Ok(builder),
        Trust::Platform { .. } => Err(Error::config(
            "extra root certificates need a TLS feature of ecm-sdk (`rustls-ring`, `rustls-aws-lc-rs` or `native-tls`)",
        )),
    }
}
