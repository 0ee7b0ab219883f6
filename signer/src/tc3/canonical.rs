//! The TC3 canonical request and string to sign, written into any byte sink,
//! and the signature over them.
//!
//! Signing streams these texts straight into SHA-256 / HMAC states; the
//! diagnostic accessors write the very same bytes into a `Vec`. The verifier
//! uses the same functions, so signer and verifier cannot disagree on the format.

use std::cmp::Ordering;

use crate::credentials::Credentials;
use crate::crypto::Sha256;
use crate::encoding::hex32;
use crate::sink::{Coalesce, Sink};

/// `TC3-HMAC-SHA256`.
pub(crate) const ALGORITHM: &str = "TC3-HMAC-SHA256";
/// The credential-scope terminator.
pub(crate) const TERMINATOR: &str = "tc3_request";

/// Writes `bytes` ASCII-lower-cased, without allocating.
fn put_lowercase<S: Sink>(sink: &mut S, bytes: &[u8]) {
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        sink.put(bytes);
        return;
    }
    let mut buf = [0u8; 128];
    for chunk in bytes.chunks(buf.len()) {
        let lowered = &mut buf[..chunk.len()];
        lowered.copy_from_slice(chunk);
        lowered.make_ascii_lowercase();
        sink.put(lowered);
    }
}

/// Orders header names as the chapter requires: ASCII order of the
/// lower-cased names.
pub(crate) fn cmp_header_names(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|b| b.to_ascii_lowercase())
        .cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
}

/// The request fields the canonical request covers. `headers` are the signed
/// headers, (name, value) in canonical order (see [`cmp_header_names`]); names
/// and values may have any case and surrounding spaces, they are normalised
/// while writing.
pub(crate) struct CanonicalParts<'a> {
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    pub(crate) query: &'a str,
    pub(crate) headers: &'a [(&'a str, &'a str)],
    /// The body exactly as sent; the canonical request carries its SHA-256.
    pub(crate) body: &'a [u8],
}

/// ```text
/// CanonicalRequest =
///     HTTPRequestMethod + '\n' + CanonicalURI + '\n' + CanonicalQueryString + '\n' +
///     CanonicalHeaders + '\n' + SignedHeaders + '\n' + HashedRequestPayload
/// ```
/// where CanonicalHeaders is `lower(name) + ':' + lower(trim(value)) + '\n'` per
/// header, and SignedHeaders the lower-cased names joined by `;`.
pub(crate) fn write_canonical_request<S: Sink>(sink: &mut S, parts: &CanonicalParts<'_>) {
    let payload_hash = hex32(&Sha256::digest(parts.body));
    let mut sink = Coalesce::new(sink);
    sink.put(parts.method.as_bytes());
    sink.put(b"\n");
    sink.put(parts.path.as_bytes());
    sink.put(b"\n");
    sink.put(parts.query.as_bytes());
    sink.put(b"\n");
    for (name, value) in parts.headers {
        put_lowercase(&mut sink, name.as_bytes());
        sink.put(b":");
        put_lowercase(&mut sink, value.trim_ascii().as_bytes());
        sink.put(b"\n");
    }
    sink.put(b"\n");
    write_signed_headers(&mut sink, parts.headers);
    sink.put(b"\n");
    sink.put(&payload_hash);
    sink.finish();
}

/// Lowercase hex SHA-256 of the canonical request (step 2's
/// HashedCanonicalRequest).
pub(crate) fn hash_canonical_request(parts: &CanonicalParts<'_>) -> [u8; 64] {
    let mut hasher = Sha256::new();
    write_canonical_request(&mut hasher, parts);
    hex32(&hasher.finish())
}

/// The lower-cased header names joined by `;`.
pub(crate) fn write_signed_headers<S: Sink>(sink: &mut S, headers: &[(&str, &str)]) {
    for (i, (name, _)) in headers.iter().enumerate() {
        if i > 0 {
            sink.put(b";");
        }
        put_lowercase(sink, name.as_bytes());
    }
}

/// ```text
/// StringToSign = Algorithm + '\n' + RequestTimestamp + '\n' +
///     CredentialScope + '\n' + HashedCanonicalRequest
/// ```
/// with CredentialScope = `date/service/tc3_request`.
pub(crate) fn write_string_to_sign<S: Sink>(
    sink: &mut S,
    timestamp: &str,
    date: &str,
    service: &str,
    hashed_canonical_request: &[u8; 64],
) {
    let mut sink = Coalesce::new(sink);
    sink.put(ALGORITHM.as_bytes());
    sink.put(b"\n");
    sink.put(timestamp.as_bytes());
    sink.put(b"\n");
    sink.put(date.as_bytes());
    sink.put(b"/");
    sink.put(service.as_bytes());
    sink.put(b"/");
    sink.put(TERMINATOR.as_bytes());
    sink.put(b"\n");
    sink.put(hashed_canonical_request);
    sink.finish();
}

/// The HMAC of the string to sign with the signing key of (`date`, `service`),
/// in lowercase hex: the `Signature` of the Authorization header. Shared by
/// signing and verification so they cannot drift apart.
///
/// `date` is the `YYYY-MM-DD` text of UTC day number `day` (the key cache's
/// slot key); callers pass both because they already hold the text.
pub(crate) fn hex_signature(
    credentials: &Credentials,
    timestamp: &str,
    day: u64,
    date: &str,
    service: &str,
    hashed_canonical_request: &[u8; 64],
) -> [u8; 64] {
    let mut mac = credentials
        .keys
        .tc3_signing_mac(credentials.secret_key(), day, date, service);
    write_string_to_sign(&mut mac, timestamp, date, service, hashed_canonical_request);
    hex32(&mac.finish())
}
