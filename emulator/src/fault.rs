//! Fault injection: failures the emulator produces on purpose, for every request or only for
//! one action, forever or for the next N matching requests.

use std::fmt;
use std::str::FromStr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// A failure to produce instead of (or on top of) the normal answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Answer the `RequestLimitExceeded` error (HTTP 200, as the service does).
    RequestLimitExceeded,
    /// Answer the `InternalError` error (HTTP 200).
    InternalError,
    /// Answer with this HTTP status (e.g. 502, 503) and a plain-text body, as a failing gateway
    /// would.
    HttpStatus(u16),
    /// Wait this long, then handle the request normally.
    Delay(Duration),
    /// Reset the TCP connection (RST) without answering.
    ConnectionReset,
    /// Answer HTTP 200 with a body that is not valid JSON.
    MalformedJson,
    /// Answer HTTP 200 with the normal body cut in half (a complete HTTP message whose JSON ends
    /// early).
    TruncatedJson,
    /// Handle the request normally but send a `Date` header this many seconds off the server
    /// clock (negative: in the past).
    DateSkew(i64),
}

impl Fault {
    /// The name used in the `--fault` syntax and in journal entries, e.g. `internal-error`.
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::RequestLimitExceeded => "request-limit-exceeded",
            Fault::InternalError => "internal-error",
            Fault::HttpStatus(_) => "http-status",
            Fault::Delay(_) => "delay",
            Fault::ConnectionReset => "connection-reset",
            Fault::MalformedJson => "malformed-json",
            Fault::TruncatedJson => "truncated-json",
            Fault::DateSkew(_) => "date-skew",
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::HttpStatus(status) => write!(f, "http-status={status}"),
            Fault::Delay(delay) => write!(f, "delay={}ms", delay.as_millis()),
            Fault::DateSkew(seconds) => write!(f, "date-skew={seconds}"),
            other => f.write_str(other.kind()),
        }
    }
}

/// A fault and the requests it applies to.
///
/// ```
/// use ecm_emulator::{Fault, Injection};
///
/// // The next two DescribeNode requests get RequestLimitExceeded.
/// let rule = Injection::new(Fault::RequestLimitExceeded).for_action("DescribeNode").times(2);
/// // The same rule in the binary's `--fault` syntax.
/// assert_eq!("request-limit-exceeded,action=DescribeNode,times=2".parse::<Injection>(), Ok(rule));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injection {
    fault: Fault,
    action: Option<String>,
    times: Option<u32>,
}

impl Injection {
    /// `fault` for every request to any action, until the faults are cleared.
    pub fn new(fault: Fault) -> Injection {
        Injection {
            fault,
            action: None,
            times: None,
        }
    }

    /// Only requests for `action`.
    #[must_use]
    pub fn for_action(mut self, action: impl Into<String>) -> Injection {
        self.action = Some(action.into());
        self
    }

    /// Only the next `count` matching requests; afterwards the rule is spent and removed.
    #[must_use]
    pub fn times(mut self, count: u32) -> Injection {
        self.times = Some(count);
        self
    }

    /// The fault.
    pub fn fault(&self) -> &Fault {
        &self.fault
    }

    /// The action it is limited to, if any.
    pub fn action(&self) -> Option<&str> {
        self.action.as_deref()
    }

    /// How many more requests it applies to; `None` is unlimited.
    pub fn remaining(&self) -> Option<u32> {
        self.times
    }
}

impl fmt::Display for Injection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.fault)?;
        if let Some(action) = &self.action {
            write!(f, ",action={action}")?;
        }
        if let Some(times) = self.times {
            write!(f, ",times={times}")?;
        }
        Ok(())
    }
}

/// A `--fault` specification that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid fault `{spec}`: {reason}")]
pub struct ParseInjectionError {
    spec: String,
    reason: String,
}

impl FromStr for Injection {
    type Err = ParseInjectionError;

    /// Parses `KIND[=VALUE][,action=NAME][,times=N]`, where KIND is one of
    /// `request-limit-exceeded`, `internal-error`, `http-status=CODE`, `delay=DURATION`
    /// (`250ms`, `2s`; a bare number is milliseconds), `connection-reset`, `malformed-json`,
    /// `truncated-json`, `date-skew=SECONDS`.
    fn from_str(spec: &str) -> Result<Injection, ParseInjectionError> {
        let error = |reason: String| ParseInjectionError {
            spec: spec.to_owned(),
            reason,
        };
        let mut parts = spec.split(',').map(str::trim);
        let head = parts.next().unwrap_or_default();
        let (kind, value) = match head.split_once('=') {
            Some((kind, value)) => (kind.trim(), Some(value.trim())),
            None => (head, None),
        };
        let needs = |what: &str| error(format!("`{kind}` needs a value: `{kind}={what}`"));
        let fault = match (kind, value) {
            ("request-limit-exceeded", None) => Fault::RequestLimitExceeded,
            ("internal-error", None) => Fault::InternalError,
            ("connection-reset", None) => Fault::ConnectionReset,
            ("malformed-json", None) => Fault::MalformedJson,
            ("truncated-json", None) => Fault::TruncatedJson,
            ("http-status", Some(value)) => {
                let status = value
                    .parse::<u16>()
                    .ok()
                    .filter(|status| (100..=999).contains(status))
                    .ok_or_else(|| error(format!("`{value}` is not an HTTP status code")))?;
                Fault::HttpStatus(status)
            }
            ("http-status", None) => return Err(needs("503")),
            ("delay", Some(value)) => Fault::Delay(parse_duration(value).ok_or_else(|| {
                error(format!("`{value}` is not a duration such as 250ms or 2s"))
            })?),
            ("delay", None) => return Err(needs("250ms")),
            ("date-skew", Some(value)) => Fault::DateSkew(
                value
                    .parse()
                    .map_err(|_| error(format!("`{value}` is not a number of seconds")))?,
            ),
            ("date-skew", None) => return Err(needs("SECONDS")),
            (
                "request-limit-exceeded"
                | "internal-error"
                | "connection-reset"
                | "malformed-json"
                | "truncated-json",
                Some(_),
            ) => return Err(error(format!("`{kind}` takes no value"))),
            _ => {
                return Err(error(format!(
                    "unknown fault `{kind}` (expected request-limit-exceeded, internal-error, \
                     http-status=CODE, delay=DURATION, connection-reset, malformed-json, \
                     truncated-json or date-skew=SECONDS)"
                )));
            }
        };
        let mut injection = Injection::new(fault);
        for part in parts {
            match part.split_once('=') {
                Some(("action", name)) if !name.is_empty() => {
                    injection = injection.for_action(name);
                }
                Some(("times", count)) => {
                    let count = count
                        .parse()
                        .map_err(|_| error(format!("`{count}` is not a count")))?;
                    injection = injection.times(count);
                }
                _ => {
                    return Err(error(format!("`{part}` is not `action=NAME` or `times=N`")));
                }
            }
        }
        Ok(injection)
    }
}

fn parse_duration(text: &str) -> Option<Duration> {
    if let Some(millis) = text.strip_suffix("ms") {
        millis.parse().ok().map(Duration::from_millis)
    } else if let Some(seconds) = text.strip_suffix('s') {
        seconds
            .parse::<f64>()
            .ok()
            .filter(|seconds| seconds.is_finite() && *seconds >= 0.0)
            .map(Duration::from_secs_f64)
    } else {
        text.parse().ok().map(Duration::from_millis)
    }
}

/// The active injections. Checking is lock-free while none is registered.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    any: AtomicBool,
    rules: Mutex<Vec<Injection>>,
}

impl Faults {
    pub(crate) fn add(&self, injection: Injection) {
        let mut rules = lock(&self.rules);
        if injection.times != Some(0) {
            rules.push(injection);
        }
        self.any.store(!rules.is_empty(), Ordering::Release);
    }

    pub(crate) fn clear(&self) {
        let mut rules = lock(&self.rules);
        rules.clear();
        self.any.store(false, Ordering::Release);
    }

    pub(crate) fn pending(&self) -> Vec<Injection> {
        lock(&self.rules).clone()
    }

    /// The fault for a request to `action`: the first rule that matches, whose count (if any)
    /// is then used up by one.
    pub(crate) fn take(&self, action: &str) -> Option<Fault> {
        if !self.any.load(Ordering::Acquire) {
            return None;
        }
        let mut rules = lock(&self.rules);
        let index = rules
            .iter()
            .position(|rule| rule.action.as_deref().is_none_or(|only| only == action))?;
        let rule = &mut rules[index];
        let fault = rule.fault.clone();
        if let Some(times) = &mut rule.times {
            *times -= 1;
            if *times == 0 {
                rules.remove(index);
            }
        }
        self.any.store(!rules.is_empty(), Ordering::Release);
        Some(fault)
    }
}

/// Locks a mutex, recovering from poisoning: the data behind the emulator's locks stays
/// consistent even if a holder panicked.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_and_round_trips_through_display() {
        for (spec, expected) in [
            (
                "request-limit-exceeded",
                Injection::new(Fault::RequestLimitExceeded),
            ),
            (
                "internal-error,times=3",
                Injection::new(Fault::InternalError).times(3),
            ),
            ("http-status=503", Injection::new(Fault::HttpStatus(503))),
            (
                "delay=250ms",
                Injection::new(Fault::Delay(Duration::from_millis(250))),
            ),
            (
                "connection-reset,action=DescribeNode",
                Injection::new(Fault::ConnectionReset).for_action("DescribeNode"),
            ),
            ("malformed-json", Injection::new(Fault::MalformedJson)),
            ("truncated-json", Injection::new(Fault::TruncatedJson)),
            (
                "date-skew=-600,times=1",
                Injection::new(Fault::DateSkew(-600)).times(1),
            ),
        ] {
            let parsed: Injection = spec.parse().unwrap();
            assert_eq!(parsed, expected, "{spec}");
            assert_eq!(parsed.to_string().parse::<Injection>().unwrap(), expected);
        }
        assert_eq!(
            "delay=2s".parse::<Injection>().unwrap().fault(),
            &Fault::Delay(Duration::from_secs(2))
        );
        assert_eq!(
            "delay=40".parse::<Injection>().unwrap().fault(),
            &Fault::Delay(Duration::from_millis(40))
        );
    }

    #[test]
    fn rejects_bad_specs_with_the_reason() {
        for (spec, reason) in [
            ("explode", "unknown fault `explode`"),
            ("http-status", "needs a value"),
            ("http-status=abc", "not an HTTP status code"),
            ("delay=soon", "not a duration"),
            ("internal-error=1", "takes no value"),
            ("internal-error,times=x", "`x` is not a count"),
            ("internal-error,colour=red", "`colour=red` is not"),
        ] {
            let message = spec.parse::<Injection>().unwrap_err().to_string();
            assert!(message.contains(reason), "{spec}: {message}");
            assert!(message.contains(spec), "{spec}: {message}");
        }
    }

    #[test]
    fn counted_rules_are_used_up_in_order_and_scoped_to_their_action() {
        let faults = Faults::default();
        assert_eq!(faults.take("DescribeNode"), None);
        faults.add(
            Injection::new(Fault::InternalError)
                .for_action("RunInstances")
                .times(1),
        );
        faults.add(Injection::new(Fault::RequestLimitExceeded).times(2));
        assert_eq!(
            faults.take("DescribeNode"),
            Some(Fault::RequestLimitExceeded)
        );
        assert_eq!(faults.take("RunInstances"), Some(Fault::InternalError));
        assert_eq!(
            faults.take("RunInstances"),
            Some(Fault::RequestLimitExceeded)
        );
        assert_eq!(faults.take("RunInstances"), None);
        assert!(faults.pending().is_empty());

        faults.add(Injection::new(Fault::MalformedJson));
        for _ in 0..3 {
            assert_eq!(faults.take("Any"), Some(Fault::MalformedJson));
        }
        faults.clear();
        assert_eq!(faults.take("Any"), None);
    }
}
