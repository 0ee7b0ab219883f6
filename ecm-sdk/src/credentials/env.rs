//! Environment lookups (injectable) and the environment-variable credentials source.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// Where environment variables and the home directory come from: the process, or a fixed
/// map (for tests, so they never mutate the process environment).
#[derive(Clone)]
pub struct Env {
    source: EnvSource,
}

#[derive(Clone)]
enum EnvSource {
    Process,
    Fixed(Arc<HashMap<String, String>>),
}

impl Env {
    /// The process environment.
    pub fn process() -> Self {
        Env {
            source: EnvSource::Process,
        }
    }

    /// A fixed set of variables; everything else is unset. The home directory is the
    /// `HOME` (or `USERPROFILE`) variable of the set.
    pub fn from_vars<I, K, V>(vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Env {
            source: EnvSource::Fixed(Arc::new(
                vars.into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            )),
        }
    }

    /// The value of variable `name`, if set and valid Unicode.
    pub fn var(&self, name: &str) -> Option<String> {
        match &self.source {
            EnvSource::Process => std::env::var(name).ok(),
            EnvSource::Fixed(vars) => vars.get(name).cloned(),
        }
    }

    /// The value of variable `name`, if set to something other than blanks.
    pub(crate) fn non_empty_var(&self, name: &str) -> Option<String> {
        self.var(name)
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    }

    /// The user's home directory: `HOME`, or `USERPROFILE` on Windows.
    pub fn home_dir(&self) -> Option<PathBuf> {
        self.non_empty_var("HOME")
            .or_else(|| self.non_empty_var("USERPROFILE"))
            .map(PathBuf::from)
    }
}

impl Default for Env {
    fn default() -> Self {
        Env::process()
    }
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            EnvSource::Process => f.write_str("Env::Process"),
            // Values may be secrets: print the names only.
            EnvSource::Fixed(vars) => {
                let mut names: Vec<&str> = vars.keys().map(String::as_str).collect();
                names.sort_unstable();
                f.debug_tuple("Env::Fixed").field(&names).finish()
            }
        }
    }
}

const PROVIDER: &str = "environment";
const SECRET_ID: &str = "TENCENTCLOUD_SECRET_ID";
const SECRET_KEY: &str = "TENCENTCLOUD_SECRET_KEY";
const SESSION_TOKEN: &str = "TENCENTCLOUD_SESSION_TOKEN";

/// Credentials from `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY` and, optionally,
/// `TENCENTCLOUD_SESSION_TOKEN`.
///
/// Absent when neither key variable is set; invalid when only one is.
#[derive(Debug, Clone, Default)]
pub struct EnvironmentProvider {
    env: Env,
}

impl EnvironmentProvider {
    /// Reads the process environment.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads `env` instead of the process environment.
    pub fn with_env(env: Env) -> Self {
        EnvironmentProvider { env }
    }

    pub(crate) fn load(&self) -> Result<Credentials, CredentialsError> {
        let id = self.env.non_empty_var(SECRET_ID);
        let key = self.env.non_empty_var(SECRET_KEY);
        match (id, key) {
            (None, None) => Err(CredentialsError::not_found(
                PROVIDER,
                format!("{SECRET_ID} and {SECRET_KEY} are not set"),
            )),
            (Some(_), None) => Err(CredentialsError::invalid(
                PROVIDER,
                format!("{SECRET_ID} is set but {SECRET_KEY} is not"),
            )),
            (None, Some(_)) => Err(CredentialsError::invalid(
                PROVIDER,
                format!("{SECRET_KEY} is set but {SECRET_ID} is not"),
            )),
            (Some(id), Some(key)) => {
                let token = self.env.non_empty_var(SESSION_TOKEN);
                Ok(Credentials::build(id, key, token, None, PROVIDER))
            }
        }
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(std::future::ready(self.load()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::CredentialsErrorKind;
    use super::*;

    #[test]
    fn reads_keys_and_token() {
        let env = Env::from_vars([
            (SECRET_ID, "AKIDenv"),
            (SECRET_KEY, "envkey"),
            (SESSION_TOKEN, "envtoken"),
        ]);
        let credentials = EnvironmentProvider::with_env(env).load().unwrap();
        assert_eq!(credentials.secret_id(), "AKIDenv");
        assert_eq!(credentials.secret_key(), "envkey");
        assert_eq!(credentials.session_token(), Some("envtoken"));
        assert_eq!(credentials.provider_name(), "environment");
    }

    #[test]
    fn absent_and_half_set_are_told_apart() {
        let absent = EnvironmentProvider::with_env(Env::from_vars([(SECRET_ID, "  ")]))
            .load()
            .unwrap_err();
        assert_eq!(absent.kind(), CredentialsErrorKind::NotFound);

        let half = EnvironmentProvider::with_env(Env::from_vars([(SECRET_ID, "AKID")]))
            .load()
            .unwrap_err();
        assert_eq!(half.kind(), CredentialsErrorKind::Invalid);
        assert!(half.message().contains("TENCENTCLOUD_SECRET_KEY is not"));
    }

    #[test]
    fn debug_of_a_fixed_env_shows_names_only() {
        let env = Env::from_vars([(SECRET_KEY, "hunter2")]);
        let printed = format!("{env:?}");
        assert!(printed.contains(SECRET_KEY));
        assert!(!printed.contains("hunter2"));
    }
}
