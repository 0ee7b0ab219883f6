//! Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256 and legacy HmacSHA1/HmacSHA256), independent of any HTTP client.
//!
//! Not implemented yet: see the open issue for this crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
