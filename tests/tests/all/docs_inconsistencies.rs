//! The documented examples that contradict their own documented types
//! (`ecm_tests::docs::INCONSISTENCIES`, the list of `spec/README.md`), each tested as printed.
//! `every_action.rs` sends and decodes them corrected.
//!
//! The SDK decodes scalars leniently (`ecm-sdk-model/src/lenient.rs`): a value printed in another
//! JSON form of its documented type is converted when nothing is lost, so each printed example
//! decodes to exactly what its corrected form decodes to. The emulator stays strict, as the
//! service's parameter validation is.

use ecm_emulator::Outcome;
use ecm_sdk::ErrorCode;
use ecm_tests::docs::{self, INCONSISTENCIES, Side, spec};
use ecm_tests::json::{same, take_request_id, without_nulls};
use ecm_tests::registry::typed_action;
use ecm_tests::wire;
use serde_json::Value;

#[test]
fn each_printed_value_decodes_to_its_documented_type() {
    // Each listed value is still printed as listed (that no other example needs a correction
    // is shown by `every_action.rs`, which decodes every other example unchanged).
    for known in INCONSISTENCIES {
        let action = spec().action(known.action).expect("a documented action");
        let example = &action.examples[known.example];
        let printed = match known.side {
            Side::Input => &example.input,
            Side::Output => &example.output,
        };
        assert_eq!(
            printed.pointer(known.pointer),
            Some(&known.printed()),
            "{known:?}"
        );
        let corrected = docs::corrected(known.action, known.example, known.side, printed).unwrap();
        let typed = typed_action(known.action).unwrap();
        let parse = |value: &Value| match known.side {
            Side::Input => typed.parse_request(value.clone()),
            Side::Output => typed.parse_response(value.clone()),
        };
        let from_corrected = parse(&corrected).expect("the corrected example decodes");
        let from_printed = parse(printed).expect("the printed example decodes leniently");
        assert_eq!(from_printed, from_corrected, "{known:?}");
        assert_eq!(
            from_printed.pointer(known.pointer),
            Some(&known.corrected()),
            "{known:?}: re-encoded in the documented type"
        );
    }
}

/// CreateLoadBalancer's JSON input example quotes an Integer (`"2000"`). The emulator accepts
/// this lossless alternative form in every encoding (a JSON body, a GET query, a v1 form) and
/// receives it in the documented type; only a strict emulator refuses it in a JSON body.
/// Through the typed request, the value always travels in its documented type.
#[tokio::test]
async fn create_load_balancer_input_as_printed() {
    let known = &INCONSISTENCIES[0];
    assert_eq!(
        (known.action, known.side),
        ("CreateLoadBalancer", Side::Input)
    );
    let printed = spec().action(known.action).unwrap().examples[0]
        .input
        .clone();
    let corrected = docs::corrected(known.action, 0, Side::Input, &printed).unwrap();

    // Raw JSON body, as printed, to a strict emulator: InvalidParameter, naming the field.
    let strict = ecm_emulator::Emulator::start(
        ecm_emulator::EmulatorConfig::new()
            .credentials(wire::SECRET_ID, wire::SECRET_KEY)
            .strict_scalars(true),
    )
    .await
    .expect("the emulator starts");
    let client = wire::client(&strict, wire::TC3_POST_JSON);
    let error = client
        .call_raw(known.action, printed.clone())
        .await
        .expect_err("a quoted Integer in a JSON body is refused in strict mode");
    let code = error.error_code().expect("a service error");
    assert!(
        matches!(code, ErrorCode::InvalidParameter(_)),
        "{code:?}: {error}"
    );
    let service = error.as_service_error().unwrap();
    assert!(
        service.message().contains("InternetMaxBandwidthOut"),
        "{}",
        service.message()
    );
    let journal = strict.journal();
    assert_eq!(journal.len(), 1, "a validation error is not retried");
    assert_eq!(journal[0].request_id, service.request_id().unwrap());

    let emulator = wire::start_emulator().await;
    // Raw JSON and flattened (GET query, v1 form), as printed: accepted, received with the
    // documented type.
    for wire in [
        wire::TC3_POST_JSON,
        wire::TC3_GET,
        wire::V1_SHA256_POST_FORM,
    ] {
        emulator.clear_journal();
        let client = wire::client(&emulator, wire);
        client
            .call_raw(known.action, printed.clone())
            .await
            .unwrap_or_else(|error| panic!("{}: {error}", wire.name));
        let journal = emulator.journal();
        assert_eq!(journal.len(), 1);
        assert_eq!(journal[0].outcome, Outcome::Answered);
        assert!(
            same(&journal[0].params, &corrected),
            "{}",
            journal[0].params
        );
    }

    // Typed, over JSON: the printed input becomes a request whose field is an integer, and the
    // emulator receives the corrected input.
    emulator.clear_journal();
    let client = wire::client(&emulator, wire::TC3_POST_JSON);
    let typed = typed_action(known.action).unwrap();
    typed.send(&client, printed).await.unwrap();
    let journal = emulator.journal();
    assert_eq!(journal[0].outcome, Outcome::Answered);
    assert!(
        same(&journal[0].params, &corrected),
        "{}",
        journal[0].params
    );
}

/// Three output examples print a value in the wrong type. The emulator replays them as printed
/// (its default answer is the first example); the SDK decodes each into the documented type,
/// the whole response equal to the corrected example. `call_raw` hands the printed value
/// through untouched.
#[tokio::test]
async fn output_examples_as_printed() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    let outputs: Vec<_> = INCONSISTENCIES
        .iter()
        .filter(|known| known.side == Side::Output)
        .collect();
    assert_eq!(outputs.len(), 3);
    for known in outputs {
        assert_eq!(
            known.example, 0,
            "the emulator's default answer is example 1"
        );
        let example = &spec().action(known.action).unwrap().examples[0];
        let corrected = docs::corrected(known.action, 0, Side::Output, &example.output).unwrap();
        let typed = typed_action(known.action).unwrap();

        emulator.clear_journal();
        let decoded = typed
            .send(&client, example.input.clone())
            .await
            .unwrap_or_else(|error| panic!("{}: {error}", known.action));
        let journal = emulator.journal();
        assert_eq!(journal.len(), 1);
        let (decoded, request_id) = take_request_id(decoded);
        let (expected, _) = take_request_id(without_nulls(&corrected));
        assert!(same(&decoded, &expected), "{known:?}: {decoded}");
        assert_eq!(
            request_id,
            Some(Value::String(journal[0].request_id.clone()))
        );

        let raw = client
            .call_raw(known.action, example.input.clone())
            .await
            .unwrap();
        assert_eq!(
            raw.pointer(known.pointer),
            Some(&known.printed()),
            "{}",
            known.action
        );
    }
}
