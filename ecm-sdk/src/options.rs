//! The client's options: the enums a [`ClientBuilder`](crate::ClientBuilder) takes, their
//! defaults, and the validated values (region, timeouts) the builder and per-call overrides
//! share. Nothing here knows about client state.

use std::sync::Arc;
use std::time::Duration;

use crate::error::Error;

/// Default time allowed to establish a connection: 5 s.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default time allowed for one attempt (send the request, read the whole response): 30 s.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default time allowed for a whole call, retries and back-off included: 60 s.
pub const DEFAULT_TOTAL_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest accepted timeout (connect, attempt or total): one day.
pub const MAX_TIMEOUT: Duration = Duration::from_secs(24 * 60 * 60);
/// Default cap on a response body: 10 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 10 * 1024 * 1024;

/// The `User-Agent` the client sends: `ecm-sdk-rust/<version>`.
pub const USER_AGENT: &str = concat!("ecm-sdk-rust/", env!("CARGO_PKG_VERSION"));

/// How requests are signed: TC3-HMAC-SHA256 (the default), or legacy HmacSHA256/HmacSHA1
/// (the signer's type, shared with the emulator's journal).
pub use tencentcloud_signer::SignatureMethod;

/// Which headers a TC3 signature covers besides the `X-TC-Timestamp` and the body.
///
/// The documentation requires `content-type` and `host` and allows more. With only those
/// two, a captured `DescribeInstances` request could be replayed as `TerminateInstances`
/// (the action is a header) within the five-minute window; so by default the client also
/// signs `x-tc-action`, and `x-tc-region` when a region is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Tc3SignedHeaders {
    /// `content-type;host;x-tc-action`, plus `x-tc-region` when set (default).
    #[default]
    ActionAndRegion,
    /// `content-type;host` only, as the documentation's minimal example (for servers or
    /// proxies that rewrite the `X-TC-*` headers).
    Minimal,
}

/// The HTTP method of requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum HttpMethod {
    /// POST (default): a JSON body with TC3, a form body with v1 signatures.
    #[default]
    Post,
    /// GET: flattened parameters in the query string (requests up to 32 KB).
    Get,
}

/// The language of the service's messages (`X-TC-Language`, or `Language` with v1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// Simplified Chinese, `zh-CN`.
    ZhCn,
    /// English, `en-US`.
    EnUs,
}

impl Language {
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::EnUs => "en-US",
        }
    }
}

/// A validated region.
#[derive(Debug, Clone)]
pub(crate) struct Region {
    pub(crate) name: Arc<str>,
}

impl Region {
    pub(crate) fn new(name: &str) -> Result<Self, Error> {
        let valid = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid {
            return Err(Error::config(format!(
                "region {name:?} must be non-empty ASCII letters, digits, `-` or `_` (e.g. `ap-guangzhou`)"
            )));
        }
        Ok(Region { name: name.into() })
    }
}

/// A timeout must be positive and at most [`MAX_TIMEOUT`] (a longer one would overflow
/// the clock arithmetic of a deadline).
pub(crate) fn check_timeout(name: &str, timeout: Duration) -> Result<(), String> {
    if timeout.is_zero() {
        return Err(format!("the {name} must be greater than zero"));
    }
    if timeout > MAX_TIMEOUT {
        return Err(format!(
            "the {name} of {timeout:?} exceeds the maximum of {MAX_TIMEOUT:?}"
        ));
    }
    Ok(())
}

/// An attempt timeout above the total timeout could never fire: a silent misconfiguration.
pub(crate) fn check_attempt_within_total(attempt: Duration, total: Duration) -> Result<(), String> {
    if attempt > total {
        return Err(format!(
            "the attempt timeout ({attempt:?}) exceeds the total timeout ({total:?}); raise the total timeout too"
        ));
    }
    Ok(())
}
