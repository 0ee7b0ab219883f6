//! Caching credentials and refreshing them before they expire.

use std::sync::atomic::Ordering;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use super::{
    Credentials, CredentialsError, CredentialsErrorKind, CredentialsFuture, ProvideCredentials,
};
use crate::clock::{SystemTimeSource, TimeSource};

/// Default margin before expiry at which temporary credentials are refreshed.
pub(crate) const DEFAULT_REFRESH_BEFORE: Duration = Duration::from_secs(5 * 60);
/// After a failed refresh while the cached credentials are still valid, how long they are
/// served before the next refresh attempt (never past their expiry).
pub(crate) const REFRESH_RETRY_AFTER: Duration = Duration::from_secs(30);

/// Caches another provider's credentials.
///
/// Credentials without an expiry are kept forever. Temporary credentials are refreshed
/// once they are within the refresh margin of their expiry (default 5 minutes, or half
/// their lifetime if that is shorter). Concurrent callers that find the cache stale wait
/// for a single refresh instead of each calling the provider, and share its outcome: the
/// callers that waited for a failed refresh get its error rather than trying again in
/// turn. If a refresh fails while the cached credentials are still valid, those are served
/// to everyone and the next refresh is tried 30 seconds later (or at expiry, if sooner).
#[derive(Debug)]
pub struct CachingProvider {
    inner: Arc<dyn ProvideCredentials>,
    cached: RwLock<Option<Cached>>,
    /// Held while refreshing; holds the number of refreshes finished and the error of the
    /// last one, if it failed.
    refresh: tokio::sync::Mutex<LastRefresh>,
    finished_refreshes: std::sync::atomic::AtomicU64,
    refresh_before: Duration,
    time: Arc<dyn TimeSource>,
}

#[derive(Debug, Default)]
struct LastRefresh {
    /// The value of `finished_refreshes` this outcome belongs to.
    number: u64,
    error: Option<CredentialsError>,
}

#[derive(Debug, Clone)]
struct Cached {
    credentials: Credentials,
    /// When to refresh; `None` never.
    refresh_at: Option<SystemTime>,
}

impl CachingProvider {
    /// Caches `inner`.
    pub fn new(inner: impl ProvideCredentials + 'static) -> Self {
        Self::from_arc(Arc::new(inner))
    }

    pub(crate) fn from_arc(inner: Arc<dyn ProvideCredentials>) -> Self {
        CachingProvider {
            inner,
            cached: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(LastRefresh::default()),
            finished_refreshes: std::sync::atomic::AtomicU64::new(0),
            refresh_before: DEFAULT_REFRESH_BEFORE,
            time: Arc::new(SystemTimeSource),
        }
    }

    /// Refreshes this long before expiry (default 5 minutes).
    pub fn with_refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }

    /// Reads the time from `time` (for tests).
    pub fn with_time_source(mut self, time: impl TimeSource + 'static) -> Self {
        self.time = Arc::new(time);
        self
    }

    pub(crate) fn with_time_source_arc(mut self, time: Arc<dyn TimeSource>) -> Self {
        self.time = time;
        self
    }

    fn fresh(&self, now: SystemTime) -> Option<Credentials> {
        let cached = self.cached.read().ok()?;
        let cached = cached.as_ref()?;
        match cached.refresh_at {
            Some(refresh_at) if now >= refresh_at => None,
            _ => Some(cached.credentials.clone()),
        }
    }

    fn still_valid(&self, now: SystemTime) -> Option<Credentials> {
        let cached = self.cached.read().ok()?;
        let cached = cached.as_ref()?;
        match cached.credentials.expiry() {
            Some(expiry) if now >= expiry => None,
            _ => Some(cached.credentials.clone()),
        }
    }

    /// Refreshes the stale cache, one caller at a time.
    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let seen = self.finished_refreshes.load(Ordering::Acquire);
        let mut last = self.refresh.lock().await;
        // Another caller may have refreshed while we waited.
        let now = self.time.now();
        if let Some(credentials) = self.fresh(now) {
            return Ok(credentials);
        }
        // ... or failed to: share its error instead of running the provider again.
        if last.number > seen {
            if let Some(error) = &last.error {
                return Err(error.clone());
            }
        }
        let outcome = self.refresh_now(now).await;
        last.number = self.finished_refreshes.fetch_add(1, Ordering::AcqRel) + 1;
        last.error = outcome.as_ref().err().cloned();
        outcome
    }

    /// Runs the provider once and updates the cache.
    async fn refresh_now(&self, now: SystemTime) -> Result<Credentials, CredentialsError> {
        // Credentials that are already expired would only earn an authentication failure
        // from the service: they count as a failed refresh.
        let provided = self
            .inner
            .provide_credentials()
            .await
            .and_then(|credentials| match credentials.expiry() {
                Some(expiry) if expiry <= now => Err(CredentialsError::new(
                    credentials.provider_name(),
                    CredentialsErrorKind::Expired,
                    format!(
                        "the provider returned credentials that expired {} s ago",
                        now.duration_since(expiry).unwrap_or_default().as_secs()
                    ),
                )),
                _ => Ok(credentials),
            });
        match provided {
            Ok(credentials) => {
                let refresh_at = credentials.expiry().map(|expiry| {
                    let lifetime = expiry.duration_since(now).unwrap_or_default();
                    expiry - self.refresh_before.min(lifetime / 2)
                });
                if let Ok(mut slot) = self.cached.write() {
                    *slot = Some(Cached {
                        credentials: credentials.clone(),
                        refresh_at,
                    });
                }
                Ok(credentials)
            }
            Err(error) => match self.still_valid(now) {
                Some(credentials) => {
                    // Back off: serve the valid credentials for a while before trying again,
                    // so a failing source is not called by every request.
                    let retry_at = now + REFRESH_RETRY_AFTER;
                    let retry_at = credentials
                        .expiry()
                        .map_or(retry_at, |expiry| retry_at.min(expiry));
                    if let Ok(mut slot) = self.cached.write() {
                        if let Some(cached) = slot.as_mut() {
                            cached.refresh_at = Some(retry_at);
                        }
                    }
                    tracing::warn!(
                        provider = error.provider(),
                        error = %error,
                        retry_in_secs = retry_at.duration_since(now).unwrap_or_default().as_secs(),
                        "refreshing credentials failed; using the cached ones, which are still valid"
                    );
                    Ok(credentials)
                }
                None => Err(error),
            },
        }
    }
}

impl ProvideCredentials for CachingProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        if let Some(credentials) = self.fresh(self.time.now()) {
            return Box::pin(std::future::ready(Ok(credentials)));
        }
        Box::pin(self.load())
    }

    fn is_cached(&self) -> bool {
        true
    }
}
