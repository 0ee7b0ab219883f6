//! The RustCrypto backend: `sha2`, `sha1` and `hmac`, pure Rust.

use hmac::{EagerHash, Hmac, KeyInit, Mac};
use sha2::Digest;

/// A SHA-256 state.
#[derive(Clone)]
pub(crate) struct Sha256(sha2::Sha256);

impl Sha256 {
    pub(crate) fn new() -> Self {
        Self(sha2::Sha256::new())
    }

    /// SHA-256 of `bytes`.
    pub(crate) fn digest(bytes: &[u8]) -> [u8; 32] {
        sha2::Sha256::digest(bytes).into()
    }

    #[inline]
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        Digest::update(&mut self.0, bytes);
    }

    pub(crate) fn finish(self) -> [u8; 32] {
        self.0.finalize().into()
    }
}

/// A keyed HMAC-SHA256 state.
#[derive(Clone)]
pub(crate) struct HmacSha256(Hmac<sha2::Sha256>);

impl HmacSha256 {
    /// An HMAC keyed with the concatenation of `key_parts`.
    pub(crate) fn new(key_parts: &[&[u8]]) -> Self {
        Self(keyed(key_parts))
    }

    #[inline]
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        Mac::update(&mut self.0, bytes);
    }

    pub(crate) fn finish(self) -> [u8; 32] {
        self.0.finalize().into_bytes().into()
    }
}

/// A keyed HMAC-SHA1 state.
#[derive(Clone)]
pub(crate) struct HmacSha1(Hmac<sha1::Sha1>);

impl HmacSha1 {
    /// An HMAC keyed with the concatenation of `key_parts`.
    pub(crate) fn new(key_parts: &[&[u8]]) -> Self {
        Self(keyed(key_parts))
    }

    #[inline]
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        Mac::update(&mut self.0, bytes);
    }

    pub(crate) fn finish(self) -> [u8; 20] {
        self.0.finalize().into_bytes().into()
    }
}

/// Returns an HMAC keyed with the concatenation of `key_parts`.
///
/// This is RFC 2104 key preparation (a key longer than a block is hashed, a
/// shorter one is zero-padded) done here so that a key made of several parts
/// (TC3 uses `"TC3" + SecretKey`) needs no temporary allocation, and so that
/// keying is infallible (`new_from_slice` returns a `Result` that can never be
/// an error for HMAC).
fn keyed<D>(key_parts: &[&[u8]]) -> Hmac<D>
where
    D: EagerHash + Digest,
{
    let mut block = hmac::digest::Key::<Hmac<D>>::default();
    let total: usize = key_parts.iter().map(|part| part.len()).sum();
    if total <= block.len() {
        let mut at = 0;
        for part in key_parts {
            block[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
    } else {
        let mut hasher = D::new();
        for part in key_parts {
            Digest::update(&mut hasher, part);
        }
        let digest = hasher.finalize();
        // SHA-1 and SHA-256 digests (20, 32 bytes) are shorter than their
        // 64-byte blocks, so the digest always fits.
        let len = digest.len().min(block.len());
        block[..len].copy_from_slice(&digest[..len]);
    }
    <Hmac<D> as KeyInit>::new(&block)
}
