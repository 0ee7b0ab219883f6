//! The request pipeline shared by every action: rate limit → credentials → sign → send →
//! decode → classify → retry.
//!
//! Nothing here is generic: the typed parts (serialising the request, deserialising the
//! output) happen in [`Client::send`](crate::Client::send) and behind
//! [`DecodeResponse`], so the whole retry loop is compiled once, not once per action.

use std::sync::atomic::Ordering;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::header::{CONTENT_TYPE, DATE};
use tokio::time::Instant;
use tracing::{Instrument, field};

use crate::action::{ActionMeta, RegionRequirement, ServiceMeta};
use crate::credentials::check_usable;
use crate::decode::{DecodeResponse, Decoded, EnvelopeError};
use crate::error::{
    DecodeError, DecodeErrorKind, Error, ServiceError, TimeoutError, TimeoutKind, ValidationError,
    ValidationErrorKind,
};
use crate::http_request::{Payload, PlanInput, RequestPlan};
use crate::options::MAX_TIMEOUT;
use crate::retry::{RETRY_COST, RETRY_TIMEOUT_COST, SUCCESS_REFUND};
use crate::state::{Settings, Shared};
use crate::transport::{CallContext, HttpResponse, TransportError, TransportErrorKind};

/// What the pipeline needs to know about the action being called.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CallSpec {
    pub(crate) action: &'static str,
    pub(crate) service: &'static ServiceMeta,
    /// Whether sending the call twice is harmless (the action is read-only): what the retry
    /// policy is told; errors do not carry it.
    pub(crate) idempotent: bool,
    pub(crate) region: RegionRequirement,
    pub(crate) rate_limit_per_second: u32,
}

impl CallSpec {
    pub(crate) fn of(meta: &'static ActionMeta) -> Self {
        CallSpec {
            action: meta.name,
            service: meta.service,
            idempotent: meta.read_only,
            region: meta.region,
            rate_limit_per_second: meta.rate_limit_per_second,
        }
    }
}

/// The code that makes the client re-sign with the server's clock.
const SIGNATURE_EXPIRE: &str = "AuthFailure.SignatureExpire";

/// A failed attempt, with the server's `Date` when a response carried one.
struct Failure {
    error: Error,
    server_date: Option<SystemTime>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            server_date: None,
        }
    }
}

/// Runs one call: at most `max_attempts` signed attempts within the total timeout.
pub(crate) async fn execute(
    shared: &Shared,
    settings: &Settings,
    spec: &CallSpec,
    payload: Payload,
    decoder: &mut dyn DecodeResponse,
) -> Result<(), Error> {
    if let Some(invalid) = &settings.invalid {
        return Err(Error::Config(invalid.clone()));
    }
    let region = match spec.region {
        RegionRequirement::NotUsed => None,
        _ => settings.region.as_ref(),
    };
    if spec.region == RegionRequirement::Required && region.is_none() {
        return Err(Error::Validation(ValidationError::new(
            spec.action,
            ValidationErrorKind::MissingRegion,
        )));
    }
    let endpoint = settings.endpoint.resolve(
        spec.service,
        settings.region.as_ref().map(|region| &*region.name),
    )?;
    let endpoint_url = endpoint.url();
    let plan = RequestPlan::new(
        PlanInput {
            action: spec.action,
            service: spec.service,
            endpoint,
            region,
            language: shared.language,
            user_agent: &shared.user_agent,
            http_method: shared.http_method,
            signature_method: shared.signature_method,
            signed_headers: shared.signed_headers,
        },
        payload,
    )?;

    let span = tracing::info_span!(
        "ecm.call",
        action = spec.action,
        region = region.map(|region| &*region.name),
        attempts = field::Empty,
        latency_ms = field::Empty,
        request_id = field::Empty,
        outcome = field::Empty,
        error_code = field::Empty,
    );
    let started = Instant::now();
    let result = attempts(shared, settings, spec, &plan, decoder, &span, started)
        .instrument(span.clone())
        .await
        .map_err(|(error, attempts)| with_context(error, spec, &endpoint_url, attempts));
    if !span.is_disabled() {
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        match &result {
            Ok(request_id) => {
                span.record("outcome", "success");
                if let Some(id) = request_id {
                    span.record("request_id", id.as_str());
                }
            }
            Err(error) => {
                span.record("outcome", outcome_name(error));
                if let Some(id) = error.request_id() {
                    span.record("request_id", id);
                }
                if let Error::Service(service) = error {
                    span.record("error_code", service.code());
                }
            }
        }
    }
    result.map(|_| ())
}

/// The error of a call whose `kind` of timeout, set to `limit`, fired.
fn timeout_error(spec: &CallSpec, kind: TimeoutKind, limit: Duration) -> Error {
    Error::Timeout(TimeoutError {
        kind,
        limit,
        action: spec.action,
        attempts: 0,
    })
}

/// The error of a call that ran out of its total time.
fn total_timeout_error(settings: &Settings, spec: &CallSpec) -> Error {
    timeout_error(spec, TimeoutKind::Total, settings.total_timeout)
}

/// Adds what the caller needs to find the failure: the action, the endpoint and the number
/// of attempts.
fn with_context(mut error: Error, spec: &CallSpec, endpoint: &str, attempts: u32) -> Error {
    match &mut error {
        Error::Transport(transport) => {
            transport.context = Some(Box::new(CallContext {
                action: spec.action,
                endpoint: endpoint.to_owned(),
                attempts,
            }));
        }
        Error::Timeout(timeout) => timeout.attempts = attempts,
        _ => {}
    }
    error
}

/// The most a clock offset learnt from a server's `Date` may be: one day, enough for a
/// clock set in the wrong time zone (up to 14 hours off). A larger one is more likely a
/// hostile or broken `Date` (`… 9999`) than a local clock that far off.
pub(crate) const MAX_CLOCK_OFFSET_SECS: i64 = 24 * 60 * 60;
/// The signature window: a rejection for expiry means the clocks differ by more than this.
const SIGNATURE_WINDOW_SECS: i64 = 5 * 60;

/// Whether `offset` (server minus local, seconds) explains an `AuthFailure.SignatureExpire`
/// of a request signed with `signed_offset` (the offset in use: more than the window away
/// from the server's time) and is plausible enough to sign with (at most the cap).
fn plausible_offset(offset: i64, signed_offset: i64) -> bool {
    offset.saturating_sub(signed_offset).saturating_abs() > SIGNATURE_WINDOW_SECS
        && offset.saturating_abs() <= MAX_CLOCK_OFFSET_SECS
}

/// The retry loop; returns the `RequestId` of the successful response, or the error and
/// the number of attempts made.
async fn attempts(
    shared: &Shared,
    settings: &Settings,
    spec: &CallSpec,
    plan: &RequestPlan<'_>,
    decoder: &mut dyn DecodeResponse,
    span: &tracing::Span,
    started: Instant,
) -> Result<Option<String>, (Error, u32)> {
    // Timeouts are validated to at most a day, so this cannot overflow; be safe anyway.
    let deadline = started
        .checked_add(settings.total_timeout)
        .unwrap_or_else(|| started + MAX_TIMEOUT);
    let mut attempt: u32 = 0;
    let mut resigned_for_skew = false;
    // Tokens this call took from the retry quota.
    let mut quota_taken: u32 = 0;
    loop {
        attempt += 1;
        span.record("attempts", attempt);
        let failure = match one_attempt(shared, settings, spec, plan, decoder, deadline).await {
            Ok(request_id) => {
                if let Some(quota) = &shared.retry_quota {
                    quota.release(if quota_taken == 0 {
                        SUCCESS_REFUND
                    } else {
                        quota_taken
                    });
                }
                return Ok(request_id);
            }
            Err(failure) => failure,
        };
        let error = failure.error;

        if let (Error::Service(service), Some(server_date)) = (&error, failure.server_date) {
            if service.code() == SIGNATURE_EXPIRE && !resigned_for_skew {
                let offset = signed_seconds_between(shared.time.now(), server_date);
                let signed_offset = shared.clock_offset_secs.load(Ordering::Relaxed);
                if !plausible_offset(offset, signed_offset) {
                    tracing::warn!(
                        parent: span,
                        server_offset_secs = offset,
                        "signature expired, but the server's Date does not explain it \
                         (within the 5-minute window, or beyond the 1-day cap): not learnt"
                    );
                    return Err((error, attempt));
                }
                resigned_for_skew = true;
                shared.clock_offset_secs.store(offset, Ordering::Relaxed);
                tracing::warn!(
                    parent: span,
                    clock_offset_secs = offset,
                    "signature expired: local clock differs from the server's; re-signing with the server's time"
                );
                if Instant::now() >= deadline {
                    return Err((total_timeout_error(settings, spec), attempt));
                }
                continue;
            }
        }

        // The re-signed attempt does not count against max_attempts.
        let counted_attempts = attempt - u32::from(resigned_for_skew);
        if !settings.retry.should_retry(&error, spec.idempotent)
            || counted_attempts >= settings.retry.max_attempts()
        {
            return Err((error, attempt));
        }
        let delay =
            settings
                .retry
                .backoff(counted_attempts, error.is_throttling(), &*shared.random);
        if Instant::now() + delay >= deadline {
            // No time left for another attempt: report what happened, not a timeout.
            return Err((error, attempt));
        }
        if let Some(quota) = &shared.retry_quota {
            let cost = if matches!(error, Error::Timeout(_)) {
                RETRY_TIMEOUT_COST
            } else {
                RETRY_COST
            };
            if !quota.try_acquire(cost) {
                tracing::debug!(
                    parent: span,
                    attempt,
                    error = %error,
                    "not retrying: the client's retry quota is exhausted"
                );
                return Err((error, attempt));
            }
            quota_taken += cost;
        }
        tracing::debug!(
            parent: span,
            attempt,
            delay_ms = delay.as_millis() as u64,
            error = %error,
            "retrying"
        );
        tokio::time::sleep(delay).await;
    }
}

async fn one_attempt(
    shared: &Shared,
    settings: &Settings,
    spec: &CallSpec,
    plan: &RequestPlan<'_>,
    decoder: &mut dyn DecodeResponse,
    deadline: Instant,
) -> Result<Option<String>, Failure> {
    let total_timeout = || total_timeout_error(settings, spec);
    if let Some(limiter) = &shared.rate_limiter {
        tokio::time::timeout_at(
            deadline,
            limiter.acquire(spec.action, spec.rate_limit_per_second),
        )
        .await
        .map_err(|_| total_timeout())?;
    }
    let credentials = tokio::time::timeout_at(deadline, shared.credentials.provide_credentials())
        .await
        .map_err(|_| total_timeout())?
        .map_err(|error| Error::Credentials(error.for_action(spec.action)))?;
    check_usable(&credentials)
        .map_err(|error| Error::Credentials(error.for_action(spec.action)))?;

    let timestamp = signing_timestamp(shared);
    let nonce = 1 + shared.random.next_u64() % (u64::from(u32::MAX) - 1);
    let request = plan
        .sign(&credentials, timestamp, nonce)
        .map_err(|error| match error {
            Error::Credentials(error) => Error::Credentials(error.for_action(spec.action)),
            other => other,
        })?;
    drop(credentials);

    let remaining = deadline.saturating_duration_since(Instant::now());
    if remaining.is_zero() {
        return Err(total_timeout().into());
    }
    let (budget, kind, limit) = if remaining < settings.attempt_timeout {
        (remaining, TimeoutKind::Total, settings.total_timeout)
    } else {
        (
            settings.attempt_timeout,
            TimeoutKind::Attempt,
            settings.attempt_timeout,
        )
    };
    let response = match tokio::time::timeout(budget, shared.transport.send(request)).await {
        Err(_) => return Err(timeout_error(spec, kind, limit).into()),
        Ok(Err(error)) => return Err(transport_error(shared, spec, error).into()),
        Ok(Ok(response)) => response,
    };
    if response.status().is_redirection() {
        let location = response
            .headers()
            .get(http::header::LOCATION)
            .and_then(|value| value.to_str().ok());
        let error = TransportError::redirect(response.status().as_u16(), location);
        return Err(transport_error(shared, spec, error).into());
    }
    if response.body().len() > shared.max_response_bytes {
        let error = TransportError::body_too_large(shared.max_response_bytes);
        return Err(transport_error(shared, spec, error).into());
    }
    interpret(&response, spec, decoder).map_err(|error| Failure {
        server_date: server_date(&response),
        error,
    })
}

/// Classifies a decoded response.
fn interpret(
    response: &HttpResponse,
    spec: &CallSpec,
    decoder: &mut dyn DecodeResponse,
) -> Result<Option<String>, Error> {
    let status = response.status().as_u16();
    let body = response.body();
    let decode_error = |kind, detail: String, request_id: Option<String>| {
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok());
        Error::Decode(
            DecodeError::new(kind, spec.action, status, content_type, detail, body)
                .with_request_id(request_id),
        )
    };
    match decoder.decode(body) {
        Ok(Decoded::Success { request_id, .. }) if response.status().is_success() => Ok(request_id),
        Ok(Decoded::Success { request_id, .. }) => Err(decode_error(
            DecodeErrorKind::UnexpectedStatus,
            String::new(),
            request_id,
        )),
        Ok(Decoded::Failure { error, request_id }) => Err(Error::Service(ServiceError {
            code: error.code,
            message: error.message,
            request_id,
            action: spec.action,
            http_status: status,
        })),
        Err(EnvelopeError::NotAnEnvelope(detail)) => {
            Err(decode_error(DecodeErrorKind::NotAnEnvelope, detail, None))
        }
        Err(EnvelopeError::Shape { detail, request_id }) => Err(decode_error(
            DecodeErrorKind::UnexpectedShape,
            detail,
            request_id,
        )),
    }
}

fn transport_error(shared: &Shared, spec: &CallSpec, error: TransportError) -> Error {
    if error.kind() == TransportErrorKind::ConnectTimeout {
        return timeout_error(spec, TimeoutKind::Connect, shared.connect_timeout);
    }
    Error::Transport(error)
}

/// Now, corrected by the learned clock offset, in Unix seconds.
fn signing_timestamp(shared: &Shared) -> u64 {
    let local = shared
        .time
        .now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let offset = shared.clock_offset_secs.load(Ordering::Relaxed);
    local.saturating_add_signed(offset)
}

/// `to - from` in whole seconds, negative when `to` is earlier.
fn signed_seconds_between(from: SystemTime, to: SystemTime) -> i64 {
    match to.duration_since(from) {
        Ok(ahead) => i64::try_from(ahead.as_secs()).unwrap_or(i64::MAX),
        Err(behind) => -i64::try_from(behind.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

fn server_date(response: &HttpResponse) -> Option<SystemTime> {
    let value = response.headers().get(DATE)?.to_str().ok()?;
    httpdate::parse_http_date(value).ok()
}

fn outcome_name(error: &Error) -> &'static str {
    match error {
        Error::Service(_) => "service_error",
        Error::Transport(_) => "transport_error",
        Error::Timeout(_) => "timeout",
        Error::Decode(_) => "decode_error",
        Error::Validation(_) => "invalid_request",
        Error::Config(_) => "config_error",
        Error::Credentials(_) => "credentials_error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_offsets_that_explain_the_rejection_and_stay_under_the_cap_are_learnt() {
        assert!(plausible_offset(3 * 3600, 0));
        assert!(plausible_offset(-301, 0));
        assert!(
            !plausible_offset(299, 0),
            "within the window: not the cause"
        );
        assert!(!plausible_offset(-300, 0));
        assert!(
            !plausible_offset(MAX_CLOCK_OFFSET_SECS + 1, 0),
            "beyond the cap"
        );
        assert!(!plausible_offset(i64::MAX, 0));
        assert!(!plausible_offset(i64::MIN, 0));
        // Already signing with a learnt offset: the new one must differ from it by more
        // than the window.
        assert!(!plausible_offset(3 * 3600 + 10, 3 * 3600));
        assert!(plausible_offset(0, 3 * 3600), "the local clock was fixed");
    }
}
