//! The runtime state behind a [`Client`](crate::Client): what all clones share
//! ([`Shared`]) and the settings a call may override ([`Settings`]).

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::AtomicI64;
use std::time::Duration;

use http::HeaderValue;

use crate::clock::{RandomSource, TimeSource};
use crate::credentials::ProvideCredentials;
use crate::endpoint::EndpointResolver;
use crate::error::ConfigError;
use crate::options::{HttpMethod, Language, Region, SignatureMethod, Tc3SignedHeaders};
use crate::rate_limit::RateLimiter;
use crate::retry::{RetryPolicy, RetryQuota};
use crate::transport::Transport;

/// What all clones of a client share: connection pool, credentials, learned clock offset,
/// rate limiter, and the settings that cannot be overridden per call.
pub(crate) struct Shared {
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) credentials: Arc<dyn ProvideCredentials>,
    pub(crate) time: Arc<dyn TimeSource>,
    pub(crate) random: Arc<dyn RandomSource>,
    pub(crate) rate_limiter: Option<RateLimiter>,
    /// The client-wide retry budget, unless turned off.
    pub(crate) retry_quota: Option<RetryQuota>,
    /// Server time minus local time, learned from `AuthFailure.SignatureExpire` answers.
    pub(crate) clock_offset_secs: AtomicI64,
    pub(crate) user_agent: HeaderValue,
    pub(crate) signature_method: SignatureMethod,
    pub(crate) signed_headers: Tc3SignedHeaders,
    pub(crate) http_method: HttpMethod,
    pub(crate) language: Option<Language>,
    pub(crate) max_response_bytes: usize,
    pub(crate) connect_timeout: Duration,
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared")
            .field("transport", &self.transport)
            .field("credentials", &self.credentials)
            .field("signature_method", &self.signature_method)
            .field("http_method", &self.http_method)
            .field("language", &self.language)
            .field("rate_limiting", &self.rate_limiter.is_some())
            .field("retry_quota", &self.retry_quota)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("connect_timeout", &self.connect_timeout)
            .finish_non_exhaustive()
    }
}

/// The settings a call may override.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) region: Option<Region>,
    pub(crate) endpoint: Arc<EndpointResolver>,
    pub(crate) attempt_timeout: Duration,
    pub(crate) total_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    /// An invalid override, reported by every call of the overriding handle.
    pub(crate) invalid: Option<ConfigError>,
}
