//! [`ClientBuilder`]: every client-wide setting, validated once by
//! [`build`](ClientBuilder::build) into the client's shared state and default settings.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::AtomicI64;
use std::time::Duration;

use http::HeaderValue;

use crate::client::Client;
use crate::clock::{FastRandom, RandomSource, SystemTimeSource, TimeSource};
use crate::credentials::{CachingProvider, CredentialsChain, Env, ProvideCredentials};
use crate::endpoint::{Endpoint, EndpointChoice, EndpointResolver, regional_domain};
use crate::error::Error;
use crate::options::{
    DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TOTAL_TIMEOUT, HttpMethod, Language, Region, SignatureMethod, Tc3SignedHeaders,
    USER_AGENT, check_attempt_within_total, check_timeout,
};
use crate::rate_limit::RateLimiter;
use crate::retry::{RetryPolicy, RetryQuota};
use crate::state::{Settings, Shared};
use crate::transport::Transport;
#[cfg(feature = "default-transport")]
use crate::transport::{HyperTransport, ProxyConfig};

const REGION_VARIABLE: &str = "TENCENTCLOUD_REGION";

/// Builds a [`Client`]. Start with [`Client::builder`] or [`ClientBuilder::from_env`].
///
/// Defaults: credentials from the default chain ([`CredentialsChain::default_chain`]); no
/// region; the nearest-region endpoint `ecm.tencentcloudapi.com`; TC3-HMAC-SHA256; POST;
/// no `X-TC-Language`; connect timeout [5 s](DEFAULT_CONNECT_TIMEOUT), attempt timeout
/// [30 s](DEFAULT_ATTEMPT_TIMEOUT), total timeout [60 s](DEFAULT_TOTAL_TIMEOUT);
/// [`RetryPolicy::standard`] (3 attempts); no client-side rate limiting; response bodies
/// capped at [10 MiB](DEFAULT_MAX_RESPONSE_BYTES); the
/// [`HyperTransport`](crate::transport::HyperTransport) with proxies from the builder's
/// [`env`](Self::env) (feature `default-transport`, on by default).
///
/// [`build`](Self::build) never panics: invalid settings return [`Error::Config`] saying
/// what is wrong.
#[must_use]
pub struct ClientBuilder {
    credentials: Option<Arc<dyn ProvideCredentials>>,
    env: Env,
    region: Option<String>,
    endpoint: Option<String>,
    regional_endpoint: bool,
    signature_method: SignatureMethod,
    signed_headers: Tc3SignedHeaders,
    http_method: HttpMethod,
    language: Option<Language>,
    app_name: Option<String>,
    retry_quota: bool,
    connect_timeout: Duration,
    attempt_timeout: Duration,
    total_timeout: Duration,
    retry: RetryPolicy,
    rate_limiting: bool,
    max_response_bytes: usize,
    transport: Option<Arc<dyn Transport>>,
    time: Arc<dyn TimeSource>,
    random: Arc<dyn RandomSource>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            credentials: None,
            env: Env::process(),
            region: None,
            endpoint: None,
            regional_endpoint: false,
            signature_method: SignatureMethod::default(),
            signed_headers: Tc3SignedHeaders::default(),
            http_method: HttpMethod::default(),
            language: None,
            app_name: None,
            retry_quota: true,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            total_timeout: DEFAULT_TOTAL_TIMEOUT,
            retry: RetryPolicy::standard(),
            rate_limiting: false,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            transport: None,
            time: Arc::new(SystemTimeSource),
            random: Arc::new(FastRandom),
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("regional_endpoint", &self.regional_endpoint)
            .field("signature_method", &self.signature_method)
            .field("signed_headers", &self.signed_headers)
            .field("http_method", &self.http_method)
            .field("language", &self.language)
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("total_timeout", &self.total_timeout)
            .field("retry", &self.retry)
            .field("rate_limiting", &self.rate_limiting)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("transport", &self.transport)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// A builder with the defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder for the common case, reading `env`: credentials from the default chain on
    /// `env` and the region from `TENCENTCLOUD_REGION`, if set.
    pub fn from_env(env: Env) -> Self {
        let region = env.non_empty_var(REGION_VARIABLE);
        ClientBuilder {
            region,
            env,
            ..Self::default()
        }
    }

    /// Uses `provider` for credentials (e.g. [`Credentials`](crate::Credentials) for static
    /// keys; an `Arc` of a provider shares it). Unless it caches itself, the client wraps it
    /// in a [`CachingProvider`].
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// Where the default credentials chain reads variables and the home directory, and the
    /// default transport its proxy variables (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`,
    /// `NO_PROXY`: see [`ProxyConfig::from_env`](crate::transport::ProxyConfig::from_env)).
    pub fn env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// Sets the region (`X-TC-Region`), e.g. `ap-guangzhou`. Actions that require a region
    /// are refused without one.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Sends requests to `endpoint` instead of the documented domains: `https://host`,
    /// `http://127.0.0.1:PORT` (emulators, tests) or a bare `host[:port]` (HTTPS).
    ///
    /// With an `http://` endpoint the default transport loads no TLS root certificates
    /// (nothing is encrypted, and reading the system store is most of a short-lived
    /// process's first call), unless `HTTP_PROXY` or `ALL_PROXY` (in the builder's
    /// [`env`](Self::env)) names an `https://` proxy.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// Sends requests to the configured region's own domain (e.g.
    /// `ecm.ap-guangzhou.tencentcloudapi.com`, from the documented table) instead of the
    /// nearest-region domain. Requires a region; ignored when an [`endpoint`](Self::endpoint)
    /// is set.
    pub fn regional_endpoint(mut self, enabled: bool) -> Self {
        self.regional_endpoint = enabled;
        self
    }

    /// Sets the signature method (default TC3-HMAC-SHA256).
    pub fn signature_method(mut self, method: SignatureMethod) -> Self {
        self.signature_method = method;
        self
    }

    /// Chooses the headers a TC3 signature covers (default
    /// [`Tc3SignedHeaders::ActionAndRegion`]).
    pub fn tc3_signed_headers(mut self, headers: Tc3SignedHeaders) -> Self {
        self.signed_headers = headers;
        self
    }

    /// Turns the client-wide retry quota on or off (default on): a token bucket of 500
    /// tokens shared by all clones, from which every retry takes 5 tokens (a retry after a
    /// timeout 10); a call that succeeds returns what its retries took, or one token if it
    /// needed none. When the bucket is
    /// empty failures are returned without retrying, so a service brownout does not
    /// multiply the load by `max_attempts`.
    pub fn retry_quota(mut self, enabled: bool) -> Self {
        self.retry_quota = enabled;
        self
    }

    /// Sets the HTTP method (default POST).
    pub fn http_method(mut self, method: HttpMethod) -> Self {
        self.http_method = method;
        self
    }

    /// Asks for messages in `language`.
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Appends `app/<name>` to the `User-Agent` (`ecm-sdk-rust/<version>`).
    pub fn app_name(mut self, name: impl Into<String>) -> Self {
        self.app_name = Some(name.into());
        self
    }

    /// Sets the connect timeout (default 5 s; at most [`MAX_TIMEOUT`](crate::MAX_TIMEOUT)).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the timeout of one attempt (default 30 s; at most the total timeout).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// Sets the timeout of a whole call, retries included (default 60 s; at most
    /// [`MAX_TIMEOUT`](crate::MAX_TIMEOUT)).
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.total_timeout = timeout;
        self
    }

    /// Sets the retry policy (default [`RetryPolicy::standard`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Paces requests of each action to its documented rate limit
    /// ([`ActionMeta::rate_limit_per_second`](crate::action::ActionMeta::rate_limit_per_second),
    /// 20/s for every ECM action), shared by all clones of the client, so bulk jobs do not
    /// run into `RequestLimitExceeded`. Off by default.
    pub fn rate_limiting(mut self, enabled: bool) -> Self {
        self.rate_limiting = enabled;
        self
    }

    /// Caps response bodies at `bytes` (default 10 MiB); a larger body is an error.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Sends requests through `transport` instead of the default
    /// [`HyperTransport`](crate::transport::HyperTransport) (e.g. one built with
    /// [`HyperTransport::builder`](crate::transport::HyperTransport::builder) for explicit
    /// proxies or extra certificate authorities, the `ReqwestTransport` of the feature
    /// `reqwest`, or the `ReplayTransport` of the feature `test-util` in tests; an
    /// `Arc` of a transport shares it).
    pub fn transport(mut self, transport: impl Transport + 'static) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// Reads the time from `time` (request timestamps, credential expiry).
    pub fn time_source(mut self, time: impl TimeSource + 'static) -> Self {
        self.time = Arc::new(time);
        self
    }

    /// Draws back-off jitter and v1 nonces from `random`.
    pub fn random_source(mut self, random: impl RandomSource + 'static) -> Self {
        self.random = Arc::new(random);
        self
    }

    /// Builds the client, or says what is wrong with the configuration.
    pub fn build(self) -> Result<Client, Error> {
        for (name, timeout) in [
            ("connect timeout", self.connect_timeout),
            ("attempt timeout", self.attempt_timeout),
            ("total timeout", self.total_timeout),
        ] {
            check_timeout(name, timeout).map_err(Error::config)?;
        }
        check_attempt_within_total(self.attempt_timeout, self.total_timeout)
            .map_err(Error::config)?;
        self.retry.validate().map_err(Error::config)?;
        if self.max_response_bytes == 0 {
            return Err(Error::config(
                "max_response_bytes must be greater than zero",
            ));
        }
        let region = self.region.as_deref().map(Region::new).transpose()?;
        let endpoint = match (&self.endpoint, self.regional_endpoint) {
            (Some(endpoint), _) => EndpointChoice::Custom(Endpoint::parse(endpoint)?),
            (None, true) => {
                regional_domain(
                    &ecm_sdk_model::SERVICE,
                    region.as_ref().map(|region| &*region.name),
                )?;
                EndpointChoice::Regional
            }
            (None, false) => EndpointChoice::Nearest,
        };
        let user_agent = match &self.app_name {
            None => HeaderValue::from_static(USER_AGENT),
            Some(name) => {
                let valid = !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-._~/+".contains(&b));
                if !valid {
                    return Err(Error::config(format!(
                        "app name {name:?} must be non-empty ASCII letters, digits or `-._~/+`"
                    )));
                }
                HeaderValue::from_str(&format!("{USER_AGENT} app/{name}"))
                    .map_err(|_| Error::config("the app name is not a valid header value"))?
            }
        };
        let transport: Arc<dyn Transport> = match self.transport {
            Some(transport) => transport,
            #[cfg(not(feature = "default-transport"))]
            None => {
                return Err(Error::config(
                    "no transport: ecm-sdk was built without its `default-transport` feature, \
                     so set one with `ClientBuilder::transport`",
                ));
            }
            #[cfg(feature = "default-transport")]
            None => {
                let proxies = ProxyConfig::from_env(&self.env)?;
                // A fixed `http://` endpoint (emulators, tests) needs no TLS unless it is
                // reached through an `https://` proxy; without TLS, skip loading the system's
                // root certificates, which was most of a fresh process's first call (~2 ms).
                let plain_http =
                    matches!(&endpoint, EndpointChoice::Custom(e) if e.is_plain_http());
                let builder = HyperTransport::builder()
                    .connect_timeout(self.connect_timeout)
                    .max_response_bytes(self.max_response_bytes);
                let builder = if plain_http && !proxies.http_over_tls() {
                    builder.without_tls()
                } else {
                    builder
                };
                Arc::new(builder.proxies(proxies).build()?)
            }
        };
        let provider = self
            .credentials
            .unwrap_or_else(|| Arc::new(CredentialsChain::default_with_env(self.env.clone())));
        let credentials: Arc<dyn ProvideCredentials> = if provider.is_cached() {
            provider
        } else {
            Arc::new(CachingProvider::from_arc(provider).with_time_source_arc(self.time.clone()))
        };
        let shared = Shared {
            transport,
            credentials,
            time: self.time,
            random: self.random,
            rate_limiter: self.rate_limiting.then(RateLimiter::default),
            retry_quota: self.retry_quota.then(RetryQuota::standard),
            clock_offset_secs: AtomicI64::new(0),
            user_agent,
            signature_method: self.signature_method,
            signed_headers: self.signed_headers,
            http_method: self.http_method,
            language: self.language,
            max_response_bytes: self.max_response_bytes,
            connect_timeout: self.connect_timeout,
        };
        let settings = Settings {
            region,
            endpoint: Arc::new(EndpointResolver::new(endpoint)),
            attempt_timeout: self.attempt_timeout,
            total_timeout: self.total_timeout,
            retry: self.retry,
            invalid: None,
        };
        Ok(Client::from_parts(Arc::new(shared), Arc::new(settings)))
    }
}
