//! Trying credentials sources in order.

use std::sync::Arc;

#[cfg(feature = "default-transport")]
use super::InstanceRoleProvider;
use super::{
    CredentialsError, CredentialsErrorKind, CredentialsFuture, Env, EnvironmentProvider,
    ProfileProvider, ProvideCredentials,
};

/// Tries providers in order and returns the first credentials found.
///
/// A provider whose source is absent ([`CredentialsErrorKind::NotFound`]) is skipped; a
/// provider whose source is present but broken stops the chain with its error, so a typo
/// in a credentials file is reported rather than silently replaced by another source.
/// When every source is absent the error lists why each one was skipped.
#[derive(Debug, Clone, Default)]
pub struct CredentialsChain {
    providers: Vec<Arc<dyn ProvideCredentials>>,
}

impl CredentialsChain {
    /// An empty chain (add providers with [`push`](Self::push)).
    pub fn new() -> Self {
        Self::default()
    }

    /// The default chain on the process environment: environment variables, then the
    /// profile file, then the CVM instance role.
    pub fn default_chain() -> Self {
        Self::default_with_env(Env::process())
    }

    /// The default chain, reading variables and the home directory from `env`.
    pub fn default_with_env(env: Env) -> Self {
        let chain = Self::new()
            .push(EnvironmentProvider::with_env(env.clone()))
            .push(ProfileProvider::new().with_env(env));
        // The instance role comes over HTTP, with the default transport's client.
        #[cfg(feature = "default-transport")]
        let chain = chain.push(InstanceRoleProvider::new());
        chain
    }

    /// Appends a provider.
    pub fn push(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.providers.push(Arc::new(provider));
        self
    }
}

impl ProvideCredentials for CredentialsChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let mut skipped = Vec::with_capacity(self.providers.len());
            for provider in &self.providers {
                match provider.provide_credentials().await {
                    Ok(credentials) => return Ok(credentials),
                    Err(error) if error.kind() == CredentialsErrorKind::NotFound => {
                        skipped.push(error.to_string());
                    }
                    Err(error) => return Err(error),
                }
            }
            let message = if skipped.is_empty() {
                "the chain has no providers".to_owned()
            } else {
                format!("no credentials found: {}", skipped.join("; "))
            };
            Err(CredentialsError::new(
                "chain",
                CredentialsErrorKind::NotFound,
                message,
            ))
        })
    }
}
