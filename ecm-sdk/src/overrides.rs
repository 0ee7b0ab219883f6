//! [`CallOverrides`]: the settings one handle of a client changes (region, timeouts,
//! retries), applied with [`Client::with_overrides`](crate::Client::with_overrides).

use std::sync::Arc;
use std::time::Duration;

use crate::endpoint::{EndpointChoice, EndpointResolver, regional_domain};
use crate::error::{ConfigError, Error};
use crate::options::{Region, check_attempt_within_total, check_timeout};
use crate::retry::RetryPolicy;
use crate::state::Settings;

/// Per-call overrides, applied with [`Client::with_overrides`](crate::Client::with_overrides).
///
/// ```no_run
/// # fn demo(client: &ecm_sdk::Client) {
/// use std::time::Duration;
///
/// let guangzhou = client.with_overrides(|o| {
///     o.region("ap-guangzhou").attempt_timeout(Duration::from_secs(5)).max_attempts(5)
/// });
/// # }
/// ```
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct CallOverrides {
    region: Option<Option<String>>,
    attempt_timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    max_attempts: Option<u32>,
}

impl CallOverrides {
    /// Uses `region`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(Some(region.into()));
        self
    }

    /// Sends no region.
    pub fn without_region(mut self) -> Self {
        self.region = Some(None);
        self
    }

    /// Uses this attempt timeout.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// Uses this total timeout.
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.total_timeout = Some(timeout);
        self
    }

    /// Uses this retry policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Uses this many attempts at most (applied after [`retry_policy`](Self::retry_policy)).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    pub(crate) fn apply(self, base: &Settings) -> Settings {
        let mut settings = base.clone();
        let mut problems = Vec::new();
        if let Some(region) = self.region {
            settings.region = match region.as_deref().map(Region::new).transpose() {
                Ok(region) => region,
                Err(error) => {
                    problems.push(config_message(error));
                    None
                }
            };
            if matches!(settings.endpoint.choice(), EndpointChoice::Regional) && problems.is_empty()
            {
                let region = settings.region.as_ref().map(|region| &*region.name);
                if let Err(error) = regional_domain(&ecm_sdk_model::SERVICE, region) {
                    problems.push(config_message(error));
                }
                // Resolved again for the new region.
                settings.endpoint = Arc::new(EndpointResolver::new(EndpointChoice::Regional));
            }
        }
        for (name, timeout) in [
            ("attempt timeout override", self.attempt_timeout),
            ("total timeout override", self.total_timeout),
        ] {
            if let Some(Err(problem)) = timeout.map(|timeout| check_timeout(name, timeout)) {
                problems.push(problem);
            }
        }
        settings.attempt_timeout = self.attempt_timeout.unwrap_or(settings.attempt_timeout);
        settings.total_timeout = self.total_timeout.unwrap_or(settings.total_timeout);
        if problems.is_empty() {
            if let Err(problem) =
                check_attempt_within_total(settings.attempt_timeout, settings.total_timeout)
            {
                problems.push(problem);
            }
        }
        if let Some(retry) = self.retry {
            settings.retry = retry;
        }
        if let Some(attempts) = self.max_attempts {
            settings.retry = settings.retry.with_max_attempts(attempts);
        }
        if let Err(problem) = settings.retry.validate() {
            problems.push(problem.to_owned());
        }
        if !problems.is_empty() {
            settings.invalid = Some(ConfigError::new(format!(
                "invalid per-call override: {}",
                problems.join("; ")
            )));
        }
        settings
    }
}

/// The message of a configuration error, without the "invalid client configuration" prefix.
fn config_message(error: Error) -> String {
    match error {
        Error::Config(config) => config.message().to_owned(),
        other => other.to_string(),
    }
}
