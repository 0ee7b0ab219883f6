//! Credentials and where they come from.
//!
//! A [`Client`](crate::Client) asks its [`ProvideCredentials`] for credentials on every
//! attempt; the client wraps the provider in a [`CachingProvider`], so a source is read
//! once and temporary credentials are refreshed shortly before they expire.
//!
//! Sources:
//! - [`Credentials`] itself (static keys);
//! - [`EnvironmentProvider`]: `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`,
//!   `TENCENTCLOUD_SESSION_TOKEN`;
//! - [`ProfileProvider`]: the official CLI's `~/.tencentcloud/credentials` (INI,
//!   `[default]` with `secret_id`/`secret_key`), path overridable with
//!   `TENCENTCLOUD_CREDENTIALS_FILE`;
//! - [`InstanceRoleProvider`]: the CAM role of a CVM instance, from the metadata service;
//! - [`CredentialsChain`]: tries sources in order; [`CredentialsChain::default_chain`] is
//!   environment → profile → instance role.
//!
//! Environment lookups and the home directory go through [`Env`], which tests replace.
//! Keys are never printed: every `Debug` implementation here redacts them.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

mod cache;
mod chain;
mod env;
#[cfg(feature = "default-transport")]
mod instance_role;
mod profile;

pub use cache::CachingProvider;
pub use chain::CredentialsChain;
pub use env::{Env, EnvironmentProvider};
#[cfg(feature = "default-transport")]
pub use instance_role::InstanceRoleProvider;
pub use profile::ProfileProvider;

/// A SecretId and SecretKey, with a session token and expiry for temporary credentials.
///
/// Cheap to clone (reference-counted). Clones share the signing-key cache, so keep
/// and pass around one value rather than rebuilding it. `Debug` shows neither key nor
/// token.
#[derive(Clone)]
pub struct Credentials {
    inner: Arc<CredentialsInner>,
}

struct CredentialsInner {
    signing: tencentcloud_signer::Credentials,
    expiry: Option<SystemTime>,
    provider: &'static str,
}

impl Credentials {
    /// Long-term credentials.
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self::build(secret_id.into(), secret_key.into(), None, None, "static")
    }

    /// Temporary credentials: keys, session token and, if known, expiry.
    pub fn temporary(
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
        session_token: impl Into<String>,
        expiry: Option<SystemTime>,
    ) -> Self {
        Self::build(
            secret_id.into(),
            secret_key.into(),
            Some(session_token.into()),
            expiry,
            "static",
        )
    }

    pub(crate) fn build(
        secret_id: String,
        secret_key: String,
        token: Option<String>,
        expiry: Option<SystemTime>,
        provider: &'static str,
    ) -> Self {
        let mut signing = tencentcloud_signer::Credentials::new(secret_id, secret_key);
        if let Some(token) = token {
            signing = signing.with_token(token);
        }
        Credentials {
            inner: Arc::new(CredentialsInner {
                signing,
                expiry,
                provider,
            }),
        }
    }

    /// Returns these credentials labelled with the name of the provider that produced them
    /// (shown in `Debug` and errors).
    pub fn with_provider_name(self, provider: &'static str) -> Self {
        Self::build(
            self.secret_id().to_owned(),
            self.secret_key().to_owned(),
            self.session_token().map(str::to_owned),
            self.expiry(),
            provider,
        )
    }

    /// The SecretId.
    pub fn secret_id(&self) -> &str {
        self.inner.signing.secret_id()
    }

    /// The SecretKey. Keep it out of logs.
    pub fn secret_key(&self) -> &str {
        self.inner.signing.secret_key().expose_secret()
    }

    /// The session token of temporary credentials (`X-TC-Token`, or `Token` in v1).
    pub fn session_token(&self) -> Option<&str> {
        self.inner.signing.token()
    }

    /// When temporary credentials expire.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.inner.expiry
    }

    /// The name of the provider that produced these credentials.
    pub fn provider_name(&self) -> &'static str {
        self.inner.provider
    }

    pub(crate) fn signing(&self) -> &tencentcloud_signer::Credentials {
        &self.inner.signing
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("secret_id", &"<redacted>")
            .field("secret_key", &"<redacted>")
            .field("session_token", &self.session_token().map(|_| "<redacted>"))
            .field("expiry", &self.inner.expiry)
            .field("provider", &self.inner.provider)
            .finish()
    }
}

/// The future returned by [`ProvideCredentials::provide_credentials`].
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials, possibly asynchronous and temporary.
///
/// Implement it to plug in your own source (e.g. STS `AssumeRole`); return credentials
/// with an [`expiry`](Credentials::expiry) and the client's [`CachingProvider`] refreshes
/// them before they expire, with one refresh at a time.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Loads credentials.
    fn provide_credentials(&self) -> CredentialsFuture<'_>;

    /// Whether the provider already caches (the client then does not wrap it in a
    /// [`CachingProvider`]). Static credentials and caches return `true`.
    fn is_cached(&self) -> bool {
        false
    }
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let credentials = self.clone();
        Box::pin(std::future::ready(Ok(credentials)))
    }

    fn is_cached(&self) -> bool {
        true
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for Arc<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }

    fn is_cached(&self) -> bool {
        (**self).is_cached()
    }
}

/// Why a provider gave no credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// The source is absent (variables unset, no file, not on a CVM); a chain moves on.
    NotFound,
    /// The source is present but broken (unreadable file, missing key, malformed answer);
    /// a chain stops and reports it.
    Invalid,
    /// The source could not be reached or answered with an error; may be temporary.
    Unavailable,
    /// The credentials have expired and could not be refreshed.
    Expired,
}

/// No usable credentials: which provider, and why. Never contains key material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialsError {
    provider: Cow<'static, str>,
    kind: CredentialsErrorKind,
    message: Cow<'static, str>,
    /// The action of the call that needed the credentials, when a call did.
    action: Option<&'static str>,
}

impl CredentialsError {
    /// An error of `provider` (a short name such as `environment`).
    pub fn new(
        provider: impl Into<Cow<'static, str>>,
        kind: CredentialsErrorKind,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        CredentialsError {
            provider: provider.into(),
            kind,
            message: message.into(),
            action: None,
        }
    }

    /// The same error, naming the action of the call that needed the credentials.
    pub(crate) fn for_action(mut self, action: &'static str) -> Self {
        self.action = Some(action);
        self
    }

    /// The action of the call that needed the credentials, if the error came from a call.
    pub fn action(&self) -> Option<&'static str> {
        self.action
    }

    pub(crate) fn not_found(provider: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(provider, CredentialsErrorKind::NotFound, message)
    }

    pub(crate) fn invalid(provider: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(provider, CredentialsErrorKind::Invalid, message)
    }

    #[cfg(feature = "default-transport")]
    pub(crate) fn unavailable(
        provider: &'static str,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::new(provider, CredentialsErrorKind::Unavailable, message)
    }

    /// The provider that failed, e.g. `profile`.
    pub fn provider(&self) -> &str {
        &self.provider
    }

    /// Why.
    pub fn kind(&self) -> CredentialsErrorKind {
        self.kind
    }

    /// A description of the failure.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(action) = &self.action {
            write!(f, "{action}: ")?;
        }
        write!(f, "credentials ({}): {}", self.provider, self.message)
    }
}

impl std::error::Error for CredentialsError {}

/// Checks that keys are present and fit in a header, without echoing them.
pub(crate) fn check_usable(credentials: &Credentials) -> Result<(), CredentialsError> {
    let provider = credentials.provider_name();
    let check = |what: &'static str, value: &str| {
        if value.is_empty() {
            return Err(CredentialsError::invalid(
                provider,
                format!("the {what} is empty"),
            ));
        }
        if value.bytes().any(|b| !(0x21..0x7f).contains(&b)) {
            return Err(CredentialsError::invalid(
                provider,
                format!("the {what} contains whitespace or non-ASCII characters"),
            ));
        }
        Ok(())
    };
    check("SecretId", credentials.secret_id())?;
    check("SecretKey", credentials.secret_key())?;
    if let Some(token) = credentials.session_token() {
        check("session token", token)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_keys_and_token() {
        let credentials = Credentials::temporary("AKIDsecretid", "topsecretkey", "tok3n", None);
        let printed = format!("{credentials:?} {:#?}", credentials);
        assert!(!printed.contains("AKIDsecretid"), "{printed}");
        assert!(!printed.contains("topsecretkey"), "{printed}");
        assert!(!printed.contains("tok3n"), "{printed}");
        assert!(printed.contains("<redacted>"));
    }

    #[test]
    fn usable_credentials_are_checked_without_echoing_them() {
        let ok = Credentials::new("AKID", "key");
        assert_eq!(check_usable(&ok), Ok(()));
        let error = check_usable(&Credentials::new("", "key")).unwrap_err();
        assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
        assert!(error.to_string().contains("SecretId is empty"));
        let error = check_usable(&Credentials::new("AKID", "se cret\n")).unwrap_err();
        assert!(error.to_string().contains("SecretKey contains whitespace"));
        assert!(!error.to_string().contains("se cret"));
    }
}
