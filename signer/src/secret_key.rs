//! [`SecretKey`]: the secret half of a key pair, redacted everywhere. Its own module so
//! that the credentials and the key cache both depend on it without depending on each
//! other.

use std::fmt;

/// A Tencent Cloud SecretKey.
///
/// The key is only reachable through [`SecretKey::expose_secret`]. `Debug`
/// prints `SecretKey(<redacted>)`, and there is deliberately no `Display`
/// implementation, so `format!("{key}")` or `key.to_string()` cannot leak it
/// (nor silently produce a placeholder that then gets used as a key).
#[derive(Clone)]
pub struct SecretKey(Box<str>);

impl SecretKey {
    /// Wraps a SecretKey string.
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into().into_boxed_str())
    }

    /// Returns the key itself. Keep the result out of logs and error messages.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

impl From<String> for SecretKey {
    fn from(key: String) -> Self {
        Self::new(key)
    }
}

impl From<&str> for SecretKey {
    fn from(key: &str) -> Self {
        Self::new(key)
    }
}
