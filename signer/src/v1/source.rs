//! The legacy signature source string, written into any byte sink.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::Mac;

use super::SignatureMethod;
use crate::credentials::Credentials;
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

/// The Base64 HMAC of the source string with the method's hash: what the `Signature`
/// parameter carries. Shared by signing and verification so they cannot drift apart.
pub(crate) fn base64_signature(
    method: SignatureMethod,
    credentials: &Credentials,
    http_method: &str,
    host: &str,
    path: &str,
    sorted_params: &[(&str, &str)],
) -> String {
    match method {
        SignatureMethod::HmacSha1 => {
            let mut mac = credentials.keys.v1_sha1(credentials.secret_key());
            write_source_string(&mut mac, http_method, host, path, sorted_params);
            BASE64.encode(mac.finalize().into_bytes())
        }
        SignatureMethod::HmacSha256 => {
            let mut mac = credentials.keys.v1_sha256(credentials.secret_key());
            write_source_string(&mut mac, http_method, host, path, sorted_params);
            BASE64.encode(mac.finalize().into_bytes())
        }
    }
}
