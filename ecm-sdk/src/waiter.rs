//! Waiters: poll a Describe action until the resources it selects reach a documented state.
//!
//! The generated `Client::wait_until_…` methods (one per row of the waiter table in
//! `ecm-codegen`, e.g. [`Client::wait_until_instances_running`]) each describe their action to
//! this one engine: which resource ids the request selects, how to read each resource's id and
//! state from the response, which documented states are success and failure, and what it means
//! when a selected resource is not returned ("gone").
//!
//! Every poll goes through [`Client::send`], so the client's retries, rate limiter and the
//! per-call settings of [`Client::with_overrides`] apply to each poll. Between polls the
//! engine sleeps with capped exponential back-off and jitter: the n-th delay is drawn
//! uniformly from `min_delay ..= min(max_delay, min_delay · 2ⁿ)` using the client's
//! [`RandomSource`](crate::clock::RandomSource), and never past the deadline. It stops:
//!
//! - with the final response when every selected resource is in a success state (or gone, for
//!   waiters where gone is success, such as "terminated");
//! - at once with [`WaitError::FailureState`] when any selected resource is in a documented
//!   failure state (`LAUNCH_FAILED`, `DELETEFAILED`, `FAILED`), carrying the response;
//! - at once with [`WaitError::Gone`] when a selected resource is not returned and gone is not
//!   success (the describe call returning nothing never makes a waiter poll forever);
//! - with [`WaitError::TimedOut`] (carrying the last response) when the maximum wait elapses
//!   (the last poll is made at the deadline; a poll in flight is not cut short, so the wait can
//!   overrun by one call, itself bounded by the client's total timeout);
//! - with [`WaitError::Call`] when a poll fails with an error the retry policy would not
//!   retry for an idempotent call ([`RetryPolicy::should_retry`](crate::RetryPolicy::should_retry)
//!   with `idempotent: true`: polls are read-only); retryable errors (throttling, transient
//!   failures) are polled through until the deadline.
//!
//! Time is `tokio::time`, so tests run waiters under tokio's paused clock.

use std::fmt;
use std::time::Duration;

use crate::action::Action;
use crate::clock::uniform_up_to;
use crate::{Client, Error};

/// How long a waiter may wait, and how it spaces its polls.
///
/// `WaitOptions::from(Duration::from_secs(300))` (or just passing a `Duration`) keeps the
/// default delays: from 2 s, doubling, capped at 20 s, with jitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    max_wait: Duration,
    min_delay: Duration,
    max_delay: Duration,
}

/// The default shortest delay between polls.
pub const DEFAULT_MIN_DELAY: Duration = Duration::from_secs(2);
/// The default longest delay between polls.
pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(20);

impl WaitOptions {
    /// Waits at most `max_wait` (polls included), with the default delays.
    pub fn new(max_wait: Duration) -> Self {
        WaitOptions {
            max_wait,
            min_delay: DEFAULT_MIN_DELAY,
            max_delay: DEFAULT_MAX_DELAY,
        }
    }

    /// The shortest delay between polls (default 2 s); the longest is raised to it if lower.
    pub fn min_delay(mut self, delay: Duration) -> Self {
        self.min_delay = delay;
        self.max_delay = self.max_delay.max(delay);
        self
    }

    /// The longest delay between polls (default 20 s); the shortest is lowered to it if higher.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self.min_delay = self.min_delay.min(delay);
        self
    }

    /// The maximum wait.
    pub fn max_wait(&self) -> Duration {
        self.max_wait
    }

    /// The delay before poll `attempt + 1` (`attempt` ≥ 1), before jitter's upper bound.
    fn ceiling(&self, attempt: u32) -> Duration {
        let factor = 1u32
            .checked_shl(attempt.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.min_delay
            .checked_mul(factor)
            .unwrap_or(self.max_delay)
            .min(self.max_delay)
    }
}

impl From<Duration> for WaitOptions {
    fn from(max_wait: Duration) -> Self {
        WaitOptions::new(max_wait)
    }
}

/// Why a waiter stopped without reaching its success state. `O` is the action's response.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<O> {
    /// A selected resource is in a documented failure state.
    FailureState {
        /// The waiter (`instances_running`).
        waiter: &'static str,
        /// The resource's id, when the response carries one.
        id: Option<String>,
        /// The state as sent (`LAUNCH_FAILED`).
        state: String,
        /// The response that showed it.
        response: O,
    },
    /// Selected resources were not returned, and for this waiter that is not success.
    Gone {
        /// The waiter.
        waiter: &'static str,
        /// The ids not returned (empty when the request selected none by id and the
        /// response listed nothing).
        ids: Vec<String>,
        /// The response that lacked them.
        response: O,
    },
    /// The maximum wait elapsed first.
    TimedOut {
        /// The waiter.
        waiter: &'static str,
        /// The maximum wait.
        max_wait: Duration,
        /// The last successful response, if any poll succeeded.
        last_response: Option<O>,
    },
    /// A poll failed with an error that is not retryable.
    Call {
        /// The waiter.
        waiter: &'static str,
        /// The error.
        error: Error,
    },
}

impl<O> WaitError<O> {
    /// The last response the waiter received, if it has one.
    pub fn last_response(&self) -> Option<&O> {
        match self {
            WaitError::FailureState { response, .. } | WaitError::Gone { response, .. } => {
                Some(response)
            }
            WaitError::TimedOut { last_response, .. } => last_response.as_ref(),
            WaitError::Call { .. } => None,
        }
    }
}

impl<O> fmt::Display for WaitError<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::FailureState {
                waiter, id, state, ..
            } => match id {
                Some(id) => write!(f, "waiter {waiter}: {id} is in the failure state {state}"),
                None => write!(f, "waiter {waiter}: the failure state {state} was reached"),
            },
            WaitError::Gone { waiter, ids, .. } if ids.is_empty() => {
                write!(f, "waiter {waiter}: the response listed no resources")
            }
            WaitError::Gone { waiter, ids, .. } => {
                write!(f, "waiter {waiter}: not returned: {}", ids.join(", "))
            }
            WaitError::TimedOut {
                waiter, max_wait, ..
            } => write!(f, "waiter {waiter}: gave up after {max_wait:?}"),
            WaitError::Call { waiter, error } => write!(f, "waiter {waiter}: {error}"),
        }
    }
}

impl<O: fmt::Debug> std::error::Error for WaitError<O> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Call { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// How a documented state counts for a waiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StateClass {
    Success,
    Failure,
    Pending,
}

/// One resource as a response shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Observation {
    pub(crate) id: Option<String>,
    /// `None` when the response omits the state: pending.
    pub(crate) state: Option<(StateClass, String)>,
}

/// What a selected resource missing from the response means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gone {
    /// The resource is gone, which is what the waiter waits for (terminated, deleted).
    Success,
    /// An error: [`WaitError::Gone`].
    Failure,
}

/// The values of every filter named `name` in `filters`: the ids a waiter that selects by
/// filter waits for.
pub(crate) fn filter_values(filters: Option<&[crate::types::Filter]>, name: &str) -> Vec<String> {
    filters
        .unwrap_or_default()
        .iter()
        .filter(|filter| filter.name.as_deref() == Some(name))
        .flat_map(|filter| filter.values.iter().flatten().cloned())
        .collect()
}

/// A waiter as the generated code declares it.
pub(crate) struct Waiter<A: Action> {
    pub(crate) name: &'static str,
    /// The ids the request selects (empty: the request names one resource without a list,
    /// or selects none by id).
    pub(crate) ids: fn(&A) -> Vec<String>,
    /// Every resource the response shows.
    pub(crate) observe: fn(&A::Output) -> Vec<Observation>,
    pub(crate) gone: Gone,
}

enum Verdict {
    Done,
    Failed { id: Option<String>, state: String },
    Gone(Vec<String>),
    Pending,
}

fn judge(ids: &[String], observations: &[Observation], gone: Gone) -> Verdict {
    let carries_ids = observations.iter().any(|o| o.id.is_some());
    // Only the selected resources count (a response may list more).
    let selected = |o: &&Observation| match &o.id {
        Some(id) if !ids.is_empty() => ids.contains(id),
        _ => true,
    };
    for observation in observations.iter().filter(selected) {
        if let Some((StateClass::Failure, state)) = &observation.state {
            return Verdict::Failed {
                id: observation.id.clone(),
                state: state.clone(),
            };
        }
    }
    let missing: Vec<String> = if carries_ids {
        ids.iter()
            .filter(|id| !observations.iter().any(|o| o.id.as_ref() == Some(id)))
            .cloned()
            .collect()
    } else if observations.is_empty() {
        ids.to_vec()
    } else {
        Vec::new()
    };
    let nothing = observations.is_empty();
    if (nothing || !missing.is_empty()) && gone == Gone::Failure {
        return Verdict::Gone(missing);
    }
    let mut all_done = true;
    for observation in observations.iter().filter(selected) {
        if !matches!(&observation.state, Some((StateClass::Success, _))) {
            all_done = false;
        }
    }
    if all_done {
        Verdict::Done
    } else {
        Verdict::Pending
    }
}

/// Polls `request` until the waiter's condition holds; see the module documentation.
pub(crate) async fn wait<A>(
    client: &Client,
    request: A,
    waiter: &Waiter<A>,
    options: WaitOptions,
) -> Result<A::Output, WaitError<A::Output>>
where
    A: Action + Clone,
{
    let deadline = tokio::time::Instant::now() + options.max_wait;
    let ids = (waiter.ids)(&request);
    let mut last_response = None;
    let mut attempt: u32 = 0;
    loop {
        attempt = attempt.saturating_add(1);
        match client.send(request.clone()).await {
            Ok(response) => {
                let observations = (waiter.observe)(&response);
                match judge(&ids, &observations, waiter.gone) {
                    Verdict::Done => return Ok(response),
                    Verdict::Failed { id, state } => {
                        return Err(WaitError::FailureState {
                            waiter: waiter.name,
                            id,
                            state,
                            response,
                        });
                    }
                    Verdict::Gone(ids) => {
                        return Err(WaitError::Gone {
                            waiter: waiter.name,
                            ids,
                            response,
                        });
                    }
                    Verdict::Pending => last_response = Some(response),
                }
            }
            // Polls are read-only calls: idempotent.
            Err(error) if crate::retry::should_retry(&error, true) => {
                tracing::debug!(waiter = waiter.name, %error, "waiter poll failed; polling on");
            }
            Err(error) => {
                return Err(WaitError::Call {
                    waiter: waiter.name,
                    error,
                });
            }
        }
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Err(WaitError::TimedOut {
                waiter: waiter.name,
                max_wait: options.max_wait,
                last_response,
            });
        }
        let delay = jittered(client, options.min_delay, options.ceiling(attempt));
        tokio::time::sleep(delay.min(deadline - now)).await;
    }
}

fn jittered(client: &Client, min: Duration, ceiling: Duration) -> Duration {
    let spread = ceiling.saturating_sub(min);
    let millis = u64::try_from(spread.as_millis()).unwrap_or(u64::MAX);
    min + Duration::from_millis(uniform_up_to(client.random_source(), millis))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(id: &str, class: StateClass) -> Observation {
        Observation {
            id: Some(id.to_owned()),
            state: Some((class, "S".to_owned())),
        }
    }

    #[test]
    fn verdicts() {
        let ids = vec!["a".to_owned(), "b".to_owned()];
        let ok = [
            seen("a", StateClass::Success),
            seen("b", StateClass::Success),
        ];
        assert!(matches!(judge(&ids, &ok, Gone::Failure), Verdict::Done));
        let pending = [
            seen("a", StateClass::Success),
            seen("b", StateClass::Pending),
        ];
        assert!(matches!(
            judge(&ids, &pending, Gone::Failure),
            Verdict::Pending
        ));
        let failed = [
            seen("a", StateClass::Pending),
            seen("b", StateClass::Failure),
        ];
        assert!(matches!(
            judge(&ids, &failed, Gone::Failure),
            Verdict::Failed { .. }
        ));
        let half = [seen("a", StateClass::Success)];
        assert!(matches!(judge(&ids, &half, Gone::Failure), Verdict::Gone(m) if m == ["b"]));
        assert!(matches!(judge(&ids, &half, Gone::Success), Verdict::Done));
        assert!(matches!(judge(&ids, &[], Gone::Success), Verdict::Done));
        assert!(matches!(judge(&[], &[], Gone::Failure), Verdict::Gone(m) if m.is_empty()));
        let other = [
            seen("a", StateClass::Pending),
            seen("z", StateClass::Pending),
        ];
        assert!(matches!(
            judge(&["z".to_owned()], &other, Gone::Success),
            Verdict::Pending
        ));
    }

    #[test]
    fn back_off_doubles_up_to_the_cap() {
        let options = WaitOptions::new(Duration::from_secs(60));
        assert_eq!(options.ceiling(1), Duration::from_secs(2));
        assert_eq!(options.ceiling(2), Duration::from_secs(4));
        assert_eq!(options.ceiling(4), Duration::from_secs(16));
        assert_eq!(options.ceiling(5), Duration::from_secs(20));
        assert_eq!(options.ceiling(100), Duration::from_secs(20));
    }
}
