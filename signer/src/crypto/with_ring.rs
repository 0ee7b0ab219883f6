//! The `ring` backend.

use ring::{digest, hmac};

/// The block length of SHA-1 and SHA-256 (RFC 2104's `B`): HMAC keys up to
/// this length are used as they are (zero-padded), longer ones are hashed first.
const BLOCK_LEN: usize = 64;

/// A SHA-256 state.
#[derive(Clone)]
pub(crate) struct Sha256(digest::Context);

impl Sha256 {
    pub(crate) fn new() -> Self {
        Self(digest::Context::new(&digest::SHA256))
    }

    /// SHA-256 of `bytes`.
    pub(crate) fn digest(bytes: &[u8]) -> [u8; 32] {
        let mut hasher = Self::new();
        hasher.update(bytes);
        hasher.finish()
    }

    #[inline]
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub(crate) fn finish(self) -> [u8; 32] {
        let mut out = [0; 32];
        out.copy_from_slice(self.0.finish().as_ref());
        out
    }
}

/// A keyed HMAC-SHA256 state.
#[derive(Clone)]
pub(crate) struct HmacSha256(hmac::Context);

impl HmacSha256 {
    /// An HMAC keyed with the concatenation of `key_parts`.
    pub(crate) fn new(key_parts: &[&[u8]]) -> Self {
        Self(hmac::Context::with_key(&key(hmac::HMAC_SHA256, key_parts)))
    }

    #[inline]
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub(crate) fn finish(self) -> [u8; 32] {
        let mut out = [0; 32];
        out.copy_from_slice(self.0.sign().as_ref());
        out
    }
}

/// A keyed HMAC-SHA1 state.
#[derive(Clone)]
pub(crate) struct HmacSha1(hmac::Context);

impl HmacSha1 {
    /// An HMAC keyed with the concatenation of `key_parts`.
    pub(crate) fn new(key_parts: &[&[u8]]) -> Self {
        Self(hmac::Context::with_key(&key(
            hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
            key_parts,
        )))
    }

    #[inline]
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub(crate) fn finish(self) -> [u8; 20] {
        let mut out = [0; 20];
        out.copy_from_slice(self.0.sign().as_ref());
        out
    }
}

/// The HMAC key made of the concatenation of `key_parts` (TC3 keys with
/// `"TC3" + SecretKey`), without allocating: a key that fits in a block is
/// gathered on the stack; a longer one is hashed here, part by part, which is
/// what RFC 2104 (and `hmac::Key::new`) does with a long key anyway.
fn key(algorithm: hmac::Algorithm, key_parts: &[&[u8]]) -> hmac::Key {
    let total: usize = key_parts.iter().map(|part| part.len()).sum();
    if total <= BLOCK_LEN {
        let mut block = [0; BLOCK_LEN];
        let mut at = 0;
        for part in key_parts {
            block[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
        hmac::Key::new(algorithm, &block[..total])
    } else {
        let mut hasher = digest::Context::new(algorithm.digest_algorithm());
        for part in key_parts {
            hasher.update(part);
        }
        hmac::Key::new(algorithm, hasher.finish().as_ref())
    }
}
