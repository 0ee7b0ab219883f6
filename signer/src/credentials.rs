//! Credentials: the SecretId/[`SecretKey`] pair, an optional session token, and the
//! per-credential cache of derived signing keys.

use std::fmt;

use crate::key_cache::KeyCache;
use crate::secret_key::SecretKey;

/// A SecretId, its [`SecretKey`] and, for temporary credentials, the session
/// token (sent as `X-TC-Token` with TC3 and as the `Token` parameter with v1).
///
/// A `Credentials` value also caches the keys derived from the SecretKey: the
/// TC3 signing key of the last (UTC date, service) it signed for, and the keyed
/// HMAC states of the legacy algorithms. Share one value (e.g. in an `Arc`)
/// between the tasks that sign with it so they share the cache; the cache is
/// thread-safe. A clone starts with an empty cache.
///
/// `Debug` shows the SecretId only; the key and the token are redacted.
pub struct Credentials {
    secret_id: Box<str>,
    secret_key: SecretKey,
    token: Option<Box<str>>,
    pub(crate) keys: KeyCache,
}

impl Credentials {
    /// Long-term credentials: a SecretId and its SecretKey.
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<SecretKey>) -> Self {
        Self {
            secret_id: secret_id.into().into_boxed_str(),
            secret_key: secret_key.into(),
            token: None,
            keys: KeyCache::default(),
        }
    }

    /// Adds the session token of temporary credentials.
    #[must_use]
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into().into_boxed_str());
        self
    }

    /// The SecretId.
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }

    /// The SecretKey.
    pub fn secret_key(&self) -> &SecretKey {
        &self.secret_key
    }

    /// The session token, for temporary credentials.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }
}

impl Clone for Credentials {
    fn clone(&self) -> Self {
        Self {
            secret_id: self.secret_id.clone(),
            secret_key: self.secret_key.clone(),
            token: self.token.clone(),
            keys: KeyCache::default(),
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("secret_id", &self.secret_id)
            .field("secret_key", &self.secret_key)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}
