//! The hash and MAC primitives signing needs — SHA-256, HMAC-SHA256 and
//! HMAC-SHA1 — from the backend the crate's features choose:
//!
//! * `ring` — `ring::digest::SHA256`, `ring::hmac::HMAC_SHA256` and
//!   `ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY`;
//! * `rustcrypto` (the default) — the pure-Rust `sha2`, `sha1` and `hmac` crates.
//!
//! With both enabled, `ring` is used (a crate that already has ring for its TLS
//! then compiles only one implementation). Both backends offer the same three
//! streaming types, so the signing code has one path whichever is compiled.
//!
//! The types are streaming states: the canonical texts are written into them
//! piece by piece (`sink.rs`), and a keyed HMAC state is cloned from the key
//! cache for each signature (`key_cache.rs`).

#[cfg(not(any(feature = "ring", feature = "rustcrypto")))]
compile_error!(
    "tencentcloud-signer needs a crypto backend: enable its feature `rustcrypto` (pure Rust, \
     the default) or `ring` (or both: ring is then used). Depending on it through another crate \
     with `default-features = false` (ecm-sdk, say), enable that crate's `ring` or `rustcrypto` \
     feature, or one of its TLS features."
);

#[cfg(feature = "ring")]
mod with_ring;
#[cfg(feature = "ring")]
use with_ring as backend;

#[cfg(all(feature = "rustcrypto", not(feature = "ring")))]
mod with_rustcrypto;
#[cfg(all(feature = "rustcrypto", not(feature = "ring")))]
use with_rustcrypto as backend;

#[cfg(any(feature = "ring", feature = "rustcrypto"))]
pub(crate) use backend::{HmacSha1, HmacSha256, Sha256};

#[cfg(all(test, any(feature = "ring", feature = "rustcrypto")))]
mod tests {
    //! Published test vectors (FIPS 180-2 appendix B, RFC 4231, RFC 2202), so
    //! each backend is checked against values that do not come from either.

    use super::*;
    use crate::encoding::{ascii_str, hex32};

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha256_fips_180_2() {
        assert_eq!(
            ascii_str(&hex32(&Sha256::digest(b"abc"))),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let mut streamed = Sha256::new();
        for part in [
            &b"abcdbcdecdefdefgefghfghighijhijk"[..],
            b"ijkljklmklmnlmnomnopnopq",
        ] {
            streamed.update(part);
        }
        assert_eq!(
            ascii_str(&hex32(&streamed.finish())),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    /// RFC 4231 test cases 1 (20-byte key) and 6 (131-byte key, hashed first),
    /// with the key given whole and in parts.
    #[test]
    fn hmac_sha256_rfc_4231() {
        let short = [0x0b; 20];
        let long = [0xaa; 131];
        let cases: [(&[u8], &[u8], &str); 2] = [
            (
                &short,
                b"Hi There",
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            ),
            (
                &long,
                b"Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            ),
        ];
        for (key, data, expected) in cases {
            for split in [0, 3, key.len()] {
                let (a, b) = key.split_at(split);
                let mut mac = HmacSha256::new(&[a, b]);
                let fresh = mac.clone();
                mac.update(&data[..5]);
                mac.update(&data[5..]);
                assert_eq!(hex(&mac.finish()), expected, "split at {split}");
                let mut fresh = fresh;
                fresh.update(data);
                assert_eq!(hex(&fresh.finish()), expected, "cloned, split at {split}");
            }
        }
    }

    /// RFC 2202 test cases 1 (20-byte key) and 6 (80-byte key, hashed first).
    #[test]
    fn hmac_sha1_rfc_2202() {
        let short = [0x0b; 20];
        let long = [0xaa; 80];
        let cases: [(&[u8], &[u8], &str); 2] = [
            (
                &short,
                b"Hi There",
                "b617318655057264e28bc0b6fb378c8ef146be00",
            ),
            (
                &long,
                b"Test Using Larger Than Block-Size Key - Hash Key First",
                "aa4ae5e15272d00e95705637ce8a3b55ed402112",
            ),
        ];
        for (key, data, expected) in cases {
            for split in [0, 3, key.len()] {
                let (a, b) = key.split_at(split);
                let mut mac = HmacSha1::new(&[a, b]);
                mac.update(data);
                assert_eq!(hex(&mac.finish()), expected, "split at {split}");
            }
        }
    }
}
