//! Keyed HMAC states built without a fallible constructor.

use hmac::{EagerHash, Hmac, KeyInit};
use sha2::Digest;

/// HMAC-SHA256 state.
pub(crate) type HmacSha256 = Hmac<sha2::Sha256>;
/// HMAC-SHA1 state.
pub(crate) type HmacSha1 = Hmac<sha1::Sha1>;

/// Returns an HMAC keyed with the concatenation of `key_parts`.
///
/// This is RFC 2104 key preparation (a key longer than a block is hashed, a
/// shorter one is zero-padded) done here so that a key made of several parts
/// (TC3 uses `"TC3" + SecretKey`) needs no temporary allocation, and so that
/// keying is infallible (`new_from_slice` returns a `Result` that can never be
/// an error for HMAC).
pub(crate) fn keyed<D>(key_parts: &[&[u8]]) -> Hmac<D>
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
