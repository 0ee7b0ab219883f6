//! The legacy signature source string, written into any byte sink.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::credentials::Credentials;
use crate::signature_method::SignatureMethod;
use crate::sink::{Coalesce, Sink};

/// The parameter carrying the signature.
pub(crate) const SIGNATURE: &str = "Signature";

/// Whether `name` is one of the common parameters the v1 signer sets itself.
pub(crate) fn is_common_param(name: &str) -> bool {
    matches!(
        name,
        "Action"
            | "Nonce"
            | "Region"
            | "SecretId"
            | SIGNATURE
            | "SignatureMethod"
            | "Timestamp"
            | "Token"
            | "Version"
    )
}

/// Sorts parameters into source-string order (ASCII order of the names);
/// `Err` carries a name that occurs more than once, which the source string
/// could not represent unambiguously.
pub(crate) fn sort_params<'p>(params: &mut [(&'p str, &'p str)]) -> Result<(), &'p str> {
    params.sort_unstable_by(|a, b| a.0.cmp(b.0));
    match params.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        Some(pair) => Err(pair[0].0),
        None => Ok(()),
    }
}

/// `METHOD + host + path + "?" + name=value&…` over the parameters already
/// sorted by name ([`sort_params`]), with raw (not URL-encoded) values, as
/// the chapter shows.
pub(crate) fn write_source_string<S: Sink>(
    sink: &mut S,
    method: &str,
    host: &str,
    path: &str,
    sorted_params: &[(&str, &str)],
) {
    let mut sink = Coalesce::new(sink);
    sink.put(method.as_bytes());
    sink.put(host.as_bytes());
    sink.put(path.as_bytes());
    sink.put(b"?");
    for (i, (name, value)) in sorted_params.iter().enumerate() {
        if i > 0 {
            sink.put(b"&");
        }
        sink.put(name.as_bytes());
        sink.put(b"=");
        sink.put(value.as_bytes());
    }
    sink.finish();
}

/// The hash of a v1 signature method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum V1Hash {
    Sha1,
    Sha256,
}

impl V1Hash {
    /// The hash of `method`; `None` for TC3, which is not a v1 method.
    pub(crate) fn of(method: SignatureMethod) -> Option<V1Hash> {
        match method {
            SignatureMethod::HmacSha1 => Some(V1Hash::Sha1),
            SignatureMethod::HmacSha256 => Some(V1Hash::Sha256),
            SignatureMethod::Tc3HmacSha256 => None,
        }
    }

    /// The hash a server applies for a `SignatureMethod` parameter value (see
    /// [`SignatureMethod::from_v1_param`]).
    pub(crate) fn from_param(value: Option<&str>) -> V1Hash {
        match value {
            Some("HmacSHA256") => V1Hash::Sha256,
            _ => V1Hash::Sha1,
        }
    }

    pub(crate) fn method(self) -> SignatureMethod {
        match self {
            V1Hash::Sha1 => SignatureMethod::HmacSha1,
            V1Hash::Sha256 => SignatureMethod::HmacSha256,
        }
    }
}

/// The Base64 HMAC of the source string with the method's hash: what the `Signature`
/// parameter carries. Shared by signing and verification so they cannot drift apart.
pub(crate) fn base64_signature(
    hash: V1Hash,
    credentials: &Credentials,
    http_method: &str,
    host: &str,
    path: &str,
    sorted_params: &[(&str, &str)],
) -> String {
    match hash {
        V1Hash::Sha1 => {
            let mut mac = credentials.keys.v1_sha1(credentials.secret_key());
            write_source_string(&mut mac, http_method, host, path, sorted_params);
            BASE64.encode(mac.finish())
        }
        V1Hash::Sha256 => {
            let mut mac = credentials.keys.v1_sha256(credentials.secret_key());
            write_source_string(&mut mac, http_method, host, path, sorted_params);
            BASE64.encode(mac.finish())
        }
    }
}
