//! Failures through the SDK against the emulator: bad credentials, requests refused before any
//! I/O, throttling and server faults retried exactly as `RetryPolicy` documents (attempts
//! counted in the emulator's journal), clock skew learned from `Date`, and undecodable answers.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ecm_emulator::{EmulatorHandle, Fault, Injection, JournalEntry, Outcome};
use ecm_sdk::actions::{DescribeNodeRequest, ModifyModuleNameRequest, RunInstancesRequest};
use ecm_sdk::error::{DecodeErrorKind, TimeoutKind};
use ecm_sdk::error_code::{AuthFailure, RequestLimitExceeded};
use ecm_sdk::{Credentials, Error, ErrorCode};
use ecm_tests::docs::spec;
use ecm_tests::wire::{self, Wire};

/// A read-only action (retried on transient failures) with its documented input.
fn describe_node() -> DescribeNodeRequest {
    example_request("DescribeNode")
}

/// An action that changes resources (retried only when the request certainly was not
/// processed, or throttled).
fn modify_module_name() -> ModifyModuleNameRequest {
    example_request("ModifyModuleName")
}

fn example_request<R: serde::de::DeserializeOwned>(action: &str) -> R {
    let input = spec().action(action).unwrap().examples[0].input.clone();
    serde_json::from_value(input).unwrap()
}

fn outcomes(journal: &[JournalEntry]) -> Vec<Outcome> {
    journal.iter().map(|entry| entry.outcome.clone()).collect()
}

fn refused(code: &str) -> Outcome {
    Outcome::Error {
        code: code.to_owned(),
    }
}

/// Waits (at most 10 s) until the journal holds `count` entries: requests whose answer the
/// emulator delays are journaled once answered.
async fn journal_of(emulator: &EmulatorHandle, count: usize) -> Vec<JournalEntry> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let journal = emulator.journal();
        if journal.len() >= count || tokio::time::Instant::now() >= deadline {
            return journal;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_wrong_secret_key_is_a_typed_signature_failure_with_the_request_id() {
    let emulator = wire::start_emulator().await;
    for wire in wire::ALL {
        emulator.clear_journal();
        let client = wire::client_builder(&emulator, wire)
            .credentials(Credentials::new(wire::SECRET_ID, "not-the-secret-key"))
            .build()
            .unwrap();
        let error = client.describe_node(describe_node()).await.unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::AuthFailure(AuthFailure::SignatureFailure)),
            "{}: {error}",
            wire.name
        );
        let service = error.as_service_error().unwrap();
        assert!(service.is_auth_failure());
        assert!(!error.is_transient());
        let journal = emulator.journal();
        assert_eq!(
            journal.len(),
            1,
            "{}: auth failures are not retried",
            wire.name
        );
        assert_eq!(journal[0].signature_method, Some(wire.signature));
        assert_eq!(error.request_id(), Some(journal[0].request_id.as_str()));
        assert_eq!(
            outcomes(&journal),
            [refused("AuthFailure.SignatureFailure")]
        );
        // The message shows the request id, never the key.
        let shown = format!("{error} {error:?}");
        assert!(shown.contains(&journal[0].request_id), "{shown}");
        assert!(!shown.contains("not-the-secret-key"), "{shown}");
    }
}

#[tokio::test]
async fn an_unknown_secret_id_is_a_typed_secret_id_not_found() {
    let emulator = wire::start_emulator().await;
    let client = wire::client_builder(&emulator, wire::TC3_POST_JSON)
        .credentials(Credentials::new("AKIDunknown", wire::SECRET_KEY))
        .build()
        .unwrap();
    let error = client.describe_node(describe_node()).await.unwrap_err();
    assert_eq!(
        error.error_code(),
        Some(ErrorCode::AuthFailure(AuthFailure::SecretIdNotFound))
    );
    assert_eq!(emulator.journal().len(), 1);
}

#[tokio::test]
async fn a_missing_required_parameter_is_refused_before_any_io() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;

    // Top level: `ModuleId` is required.
    let error = client
        .modify_module_name(ModifyModuleNameRequest::new().module_name("no id"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Validation(_)), "{error:?}");
    assert_eq!(error.missing_parameter().unwrap().path(), "ModuleId");
    assert_eq!(error.code(), None);
    assert!(!error.is_transient());

    // Nested in a list: the documented RunInstances input without its second ISP.
    let mut input = spec().action("RunInstances").unwrap().examples[0]
        .input
        .clone();
    input["ZoneInstanceCountISPSet"][1]
        .as_object_mut()
        .unwrap()
        .remove("ISP");
    let request: RunInstancesRequest = serde_json::from_value(input.clone()).unwrap();
    let error = client.run_instances(request).await.unwrap_err();
    let missing = error.missing_parameter().expect("a missing parameter");
    assert_eq!(missing.path(), "ZoneInstanceCountISPSet.1.ISP");
    assert!(
        error.to_string().contains("ZoneInstanceCountISPSet.1.ISP"),
        "{error}"
    );
    assert!(emulator.journal().is_empty(), "nothing was sent");

    // The emulator, validating independently, agrees on the parameter: sent raw, the same
    // input is refused with a typed MissingParameter naming it.
    let error = client.call_raw("RunInstances", input).await.unwrap_err();
    assert!(
        matches!(error.error_code(), Some(ErrorCode::MissingParameter(_))),
        "{error}"
    );
    let message = error.as_service_error().unwrap().message();
    assert!(
        message.contains("ZoneInstanceCountISPSet.1.ISP"),
        "{message}"
    );
    assert_eq!(emulator.journal().len(), 1);
}

#[tokio::test]
async fn throttling_is_retried_for_every_action_up_to_the_attempt_limit() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    let throttled = refused("RequestLimitExceeded");

    // Read-only: two throttled attempts, then success.
    emulator
        .inject(Injection::new(Fault::RequestLimitExceeded).times(2))
        .unwrap();
    client.describe_node(describe_node()).await.unwrap();
    let journal = emulator.journal();
    assert_eq!(
        outcomes(&journal),
        [throttled.clone(), throttled.clone(), Outcome::Answered]
    );
    assert!(
        journal[..2]
            .iter()
            .all(|e| e.fault == Some(Fault::RequestLimitExceeded))
    );

    // Changing resources: throttling is retried too (the request was not processed).
    emulator.clear_journal();
    emulator
        .inject(
            Injection::new(Fault::RequestLimitExceeded)
                .for_action("ModifyModuleName")
                .times(1),
        )
        .unwrap();
    client
        .modify_module_name(modify_module_name())
        .await
        .unwrap();
    assert_eq!(
        outcomes(&emulator.journal()),
        [throttled.clone(), Outcome::Answered]
    );

    // Throttled beyond the policy's 3 attempts: the throttling error, after exactly 3.
    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::RequestLimitExceeded).times(5))
        .unwrap();
    let error = client.describe_node(describe_node()).await.unwrap_err();
    assert!(error.is_throttling());
    assert_eq!(
        error.error_code(),
        Some(ErrorCode::RequestLimitExceeded(
            RequestLimitExceeded::General
        ))
    );
    assert_eq!(wire::fast_retries().max_attempts(), 3);
    let journal = emulator.journal();
    assert_eq!(
        outcomes(&journal),
        [throttled.clone(), throttled.clone(), throttled]
    );
    assert_eq!(error.request_id(), Some(journal[2].request_id.as_str()));
    assert_eq!(emulator.pending_faults()[0].remaining(), Some(2));
    emulator.clear_faults();

    // A per-call override of the attempt limit applies.
    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::RequestLimitExceeded).times(1))
        .unwrap();
    let once = client.with_overrides(|o| o.max_attempts(1));
    assert!(
        once.describe_node(describe_node())
            .await
            .unwrap_err()
            .is_throttling()
    );
    assert_eq!(emulator.journal().len(), 1);
}

#[tokio::test]
async fn internal_errors_are_retried_only_for_read_only_actions() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;

    emulator
        .inject(Injection::new(Fault::InternalError).times(2))
        .unwrap();
    client.describe_node(describe_node()).await.unwrap();
    assert_eq!(
        outcomes(&emulator.journal()),
        [
            refused("InternalError"),
            refused("InternalError"),
            Outcome::Answered
        ]
    );

    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::InternalError).times(1))
        .unwrap();
    let failure = client
        .modify_module_name(modify_module_name())
        .await
        .unwrap_err();
    assert_eq!(failure.error_code(), Some(ErrorCode::InternalError));
    assert!(failure.is_transient());
    assert!(
        !ecm_sdk::RetryPolicy::standard().should_retry(&failure, false),
        "a mutation may have taken effect"
    );
    assert_eq!(outcomes(&emulator.journal()), [refused("InternalError")]);
}

#[tokio::test]
async fn http_5xx_answers_are_retried_only_for_read_only_actions_and_4xx_never() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;

    emulator
        .inject(Injection::new(Fault::HttpStatus(503)).times(3))
        .unwrap();
    let failure = client.describe_node(describe_node()).await.unwrap_err();
    let Error::Decode(decode) = &failure else {
        panic!("{failure:?}")
    };
    assert_eq!(decode.http_status(), 503);
    assert!(
        decode.snippet().contains("injected fault"),
        "{}",
        decode.snippet()
    );
    assert_eq!(outcomes(&emulator.journal()), vec![Outcome::Failed; 3]);

    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::HttpStatus(502)).times(1))
        .unwrap();
    client.describe_node(describe_node()).await.unwrap();
    assert_eq!(
        outcomes(&emulator.journal()),
        [Outcome::Failed, Outcome::Answered]
    );

    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::HttpStatus(503)).times(1))
        .unwrap();
    let failure = client
        .modify_module_name(modify_module_name())
        .await
        .unwrap_err();
    assert!(
        matches!(&failure, Error::Decode(d) if d.http_status() == 503),
        "{failure:?}"
    );
    assert_eq!(emulator.journal().len(), 1);

    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::HttpStatus(400)).times(1))
        .unwrap();
    let failure = client.describe_node(describe_node()).await.unwrap_err();
    assert!(
        matches!(&failure, Error::Decode(d) if d.http_status() == 400),
        "{failure:?}"
    );
    assert_eq!(emulator.journal().len(), 1);
}

#[tokio::test]
async fn connection_resets_are_retried_only_for_read_only_actions() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;

    emulator
        .inject(Injection::new(Fault::ConnectionReset).times(1))
        .unwrap();
    client.describe_node(describe_node()).await.unwrap();
    assert_eq!(
        outcomes(&emulator.journal()),
        [Outcome::Failed, Outcome::Answered]
    );

    emulator.clear_journal();
    emulator
        .inject(Injection::new(Fault::ConnectionReset).times(1))
        .unwrap();
    let failure = client
        .modify_module_name(modify_module_name())
        .await
        .unwrap_err();
    let Error::Transport(transport) = &failure else {
        panic!("{failure:?}")
    };
    assert!(!transport.is_not_sent(), "the request was sent: {failure}");
    assert!(!ecm_sdk::RetryPolicy::standard().should_retry(&failure, false));
    assert_eq!(outcomes(&emulator.journal()), [Outcome::Failed]);
}

#[tokio::test]
async fn slow_answers_time_out_per_attempt_and_read_only_calls_retry() {
    let emulator = wire::start_emulator().await;
    let client = wire::client_builder(&emulator, wire::TC3_POST_JSON)
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let slow = Fault::Delay(Duration::from_millis(800));

    // Read-only: two slow attempts time out, the third is answered in time.
    emulator
        .inject(Injection::new(slow.clone()).times(2))
        .unwrap();
    client.describe_node(describe_node()).await.unwrap();
    let journal = journal_of(&emulator, 3).await;
    let abandoned = journal.iter().filter(|e| e.fault == Some(slow.clone()));
    assert!(abandoned.clone().all(|e| e.outcome == Outcome::Failed));
    assert_eq!(abandoned.count(), 2);
    assert_eq!(journal.len(), 3);

    // Changing resources: the timeout is reported, not retried (the request may have been
    // processed).
    emulator.clear_journal();
    emulator
        .inject(Injection::new(slow.clone()).times(5))
        .unwrap();
    let failure = client
        .modify_module_name(modify_module_name())
        .await
        .unwrap_err();
    let Error::Timeout(timeout) = &failure else {
        panic!("{failure:?}")
    };
    assert_eq!(timeout.kind(), TimeoutKind::Attempt);
    assert_eq!(timeout.limit(), Duration::from_millis(200));
    assert_eq!(
        emulator.pending_faults()[0].remaining(),
        Some(4),
        "exactly one attempt"
    );
    let journal = journal_of(&emulator, 1).await;
    assert_eq!(outcomes(&journal), [Outcome::Failed]);
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn a_skewed_clock_is_learned_from_the_date_header_and_corrected() {
    for (wire, offset) in [
        (wire::TC3_POST_JSON, 600),
        (wire::TC3_POST_JSON, -900),
        (wire::V1_SHA256_POST_FORM, 600),
        (wire::V1_SHA1_GET, -600),
    ] {
        skew(wire, offset).await;
    }
}

async fn skew(wire: Wire, offset: i64) {
    let emulator = wire::start_emulator().await;
    emulator.set_clock_offset_seconds(offset);
    // Even with a single attempt allowed: the re-signed attempt is not a retry.
    let client = wire::client(&emulator, wire).with_overrides(|o| o.max_attempts(1));
    let label = format!("{} with the server clock {offset:+} s off", wire.name);

    client
        .describe_node(describe_node())
        .await
        .unwrap_or_else(|error| panic!("{label}: {error}"));
    let journal = emulator.journal();
    assert_eq!(
        outcomes(&journal),
        [refused("AuthFailure.SignatureExpire"), Outcome::Answered],
        "{label}"
    );
    let server_now = unix_now() + offset;
    let resigned = journal[1].timestamp.unwrap();
    assert!(
        (resigned - server_now).abs() <= 5,
        "{label}: signed at {resigned}, server at {server_now}"
    );

    // The offset is kept: later calls (and clones) sign with the server's time at once.
    emulator.clear_journal();
    client
        .modify_module_name(modify_module_name())
        .await
        .unwrap();
    assert_eq!(
        outcomes(&emulator.journal()),
        [Outcome::Answered],
        "{label}"
    );
}

#[tokio::test]
async fn a_skewed_date_on_a_success_does_not_move_the_clock() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    emulator
        .inject(Injection::new(Fault::DateSkew(-3600)).times(1))
        .unwrap();
    client.describe_node(describe_node()).await.unwrap();
    client.describe_node(describe_node()).await.unwrap();
    let journal = emulator.journal();
    assert_eq!(outcomes(&journal), [Outcome::Answered, Outcome::Answered]);
    assert!((journal[1].timestamp.unwrap() - unix_now()).abs() <= 5);
}

#[tokio::test]
async fn truncated_and_malformed_json_are_decode_errors_with_a_snippet() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    for fault in [Fault::TruncatedJson, Fault::MalformedJson] {
        emulator.clear_journal();
        emulator
            .inject(Injection::new(fault.clone()).times(1))
            .unwrap();
        let failure = client.describe_node(describe_node()).await.unwrap_err();
        let Error::Decode(decode) = &failure else {
            panic!("{fault}: {failure:?}")
        };
        assert_eq!(
            decode.kind(),
            DecodeErrorKind::NotAnEnvelope,
            "{fault}: {failure}"
        );
        assert_eq!(decode.http_status(), 200);
        assert_eq!(decode.action(), "DescribeNode");
        assert!(
            decode.snippet().starts_with(r#"{"Response""#),
            "{}",
            decode.snippet()
        );
        assert!(!failure.is_transient());
        // A 200 answer was processed: not retried, even for a read-only action.
        assert_eq!(emulator.journal().len(), 1, "{fault}");
    }
}
