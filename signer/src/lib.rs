//! Tencent Cloud API 3.0 request signing — TC3-HMAC-SHA256 ("Signature v3")
//! and the legacy HmacSHA1/HmacSHA256 ("Signature" v1) — and their
//! server-side verification, independent of any HTTP client.
//!
//! The crate works on plain request parts (method, host, path, query,
//! headers, body) and returns header values or an encoded parameter string;
//! attaching them to an HTTP request is the caller's job.
//!
//! * [`sign_tc3`] signs a [`Tc3Request`] (POST JSON, POST multipart, GET with
//!   a query) for the service, action and version in [`Tc3Params`] and
//!   returns a [`Tc3Signature`]: the `Authorization` value and the `X-TC-*`
//!   headers to send.
//! * [`sign_v1`] signs a [`V1Request`] (GET or POST form) with the common
//!   parameters in [`V1Params`] and returns a [`V1Signature`]: the Base64
//!   signature and the complete RFC 3986-encoded parameter string.
//! * [`Verifier`] checks received requests ([`ReceivedTc3Request`],
//!   [`ReceivedV1Request`]) against a [`CredentialStore`] and reports failures
//!   as [`VerifyError`]s carrying the documented error codes.
//!
//! Timestamps are explicit arguments (Unix seconds) so that every result is
//! reproducible; reading "now" is the caller's business (the SDK's and the
//! emulator's injectable clocks).
//!
//! # Example
//!
//! ```
//! use tencentcloud_signer::{
//!     Credentials, ReceivedTc3Request, Tc3Params, Tc3Request, Verifier, sign_tc3,
//! };
//!
//! let credentials = Credentials::new("AKIDexample", "secret-key");
//! let body = br#"{"Filters":[{"Name":"zone","Values":["ap-guangzhou-ecm-1"]}]}"#;
//!
//! // Client side: sign, then send Host, Content-Type and the returned headers.
//! let request = Tc3Request::post_json("ecm.tencentcloudapi.com", body);
//! let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000)
//!     .with_region("ap-guangzhou");
//! let signed = sign_tc3(&request, &params, &credentials)?;
//! assert_eq!(
//!     signed.headers().map(|(name, _)| name).collect::<Vec<_>>(),
//!     ["Authorization", "X-TC-Action", "X-TC-Version", "X-TC-Timestamp", "X-TC-Region"],
//! );
//!
//! // Server side: verify what arrived.
//! let mut headers = vec![
//!     ("Host", "ecm.tencentcloudapi.com"),
//!     ("Content-Type", "application/json"),
//! ];
//! headers.extend(signed.headers());
//! let verifier = Verifier::new(credentials.clone(), "ecm");
//! let verified = verifier
//!     .verify_tc3(&ReceivedTc3Request::new("POST", &headers, body), 1_700_000_010)
//!     .expect("signature verifies");
//! assert_eq!(verified.region.as_deref(), Some("ap-guangzhou"));
//! # Ok::<(), tencentcloud_signer::SigningError>(())
//! ```
//!
//! # Crypto backends
//!
//! SHA-256 and the HMACs come from the feature-selected backend: `rustcrypto`
//! (the pure-Rust `sha2`, `sha1` and `hmac` crates; the default) or `ring`.
//! With both enabled `ring` is used; with neither the crate does not compile
//! (a `compile_error!` names the features). A program that builds ring anyway
//! (rustls' `ring` provider) should use `default-features = false,
//! features = ["ring"]`. Results are identical either way.
//!
//! # Conventions worth knowing
//!
//! * The TC3 credential-scope date is the **UTC** date of the timestamp.
//! * TC3 canonical headers are lower-cased (names *and* values, as the chapter
//!   says) and trimmed; `content-type` and `host` are always signed, extra
//!   headers optionally ([`Tc3Request::with_signed_headers`]).
//! * The TC3 canonical query string is the query exactly as sent; build it
//!   with [`encode_query`] (RFC 3986, upper-case hex).
//! * v1 signs `METHOD + host + path + "?" + params` with parameters sorted by
//!   ASCII name and raw values; `SignatureMethod` is sent for HmacSHA256 and
//!   omitted for HmacSHA1 (the server's default), as in the documented example.
//! * Secrets ([`SecretKey`], session tokens) never appear in `Debug` output or
//!   error messages.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod credentials;
mod crypto;
mod date;
mod encoding;
mod error;
mod key_cache;
mod secret_key;
mod signature_method;
mod sink;
mod tc3;
mod v1;
mod validate;
mod verify;

pub use credentials::Credentials;
pub use encoding::encode_query;
pub use error::SigningError;
pub use secret_key::SecretKey;
pub use signature_method::SignatureMethod;
pub use tc3::{
    CONTENT_TYPE_FORM, CONTENT_TYPE_JSON, Tc3Params, Tc3Request, Tc3Signature, sign_tc3,
};
pub use v1::{V1Params, V1Request, V1Signature, sign_v1};
pub use verify::tc3::ReceivedTc3Request;
pub use verify::v1::ReceivedV1Request;
pub use verify::{CredentialStore, DEFAULT_MAX_SKEW_SECS, Verified, Verifier, VerifyError};
