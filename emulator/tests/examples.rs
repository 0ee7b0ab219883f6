//! Every documented example: its input (as JSON over TC3, and as the documented flattened
//! query over v1 where the docs print one) is accepted and answered with its documented output.

mod common;

use common::*;
use ecm_emulator::EmulatorConfig;
use ecm_spec::{ExampleInputForm, Spec};
use tencentcloud_signer::SignatureMethod;

/// Common parameters some examples pass explicitly (e.g. `&Version=2019-07-19`); the signer
/// adds them itself.
const COMMON: [&str; 3] = ["Action", "Version", "Region"];

/// Documented JSON inputs that contradict their own parameter tables: the value at this JSON
/// pointer is a string where the table says `Integer` (CreateLoadBalancer's example sends
/// `"InternetMaxBandwidthOut": "2000"`). The emulator must refuse them as the service's type
/// check would, and accept them once the value has its documented type.
const DOCUMENTED_TYPE_ERRORS: [(&str, &str); 1] = [(
    "CreateLoadBalancer",
    "/InternetAccessible/InternetMaxBandwidthOut",
)];

/// For an example listed in [`DOCUMENTED_TYPE_ERRORS`]: checks the refusal and returns the
/// input with the value converted to its documented type.
async fn check_documented_type_error(
    emulator: &ecm_emulator::EmulatorHandle,
    call: &Call,
    input: &serde_json::Value,
    pointer: &str,
) -> serde_json::Value {
    let value = input.pointer(pointer).unwrap_or_else(|| {
        panic!(
            "{}: no {pointer} in the example any more; update the list",
            call.action
        )
    });
    let text = value.as_str().unwrap_or_else(|| {
        panic!(
            "{}: {pointer} is no longer a string; update the list",
            call.action
        )
    });
    let received = send(emulator, &call.tc3_json(&input.to_string())).await;
    let message = received.expect_error("InvalidParameter");
    let path = pointer.trim_start_matches('/').replace('/', ".");
    assert!(message.contains(&format!("`{path}`")), "{message}");

    let mut corrected = input.clone();
    *corrected.pointer_mut(pointer).unwrap() =
        serde_json::Value::from(text.parse::<i64>().expect("a number in a string"));
    corrected
}

async fn assert_every_example_round_trips(spec: Spec) {
    let emulator = start_with(
        EmulatorConfig::new()
            .spec(spec.clone())
            .credentials("AKIDexamples00000000000000000000", "examples-key")
            // Every action answers its documented example: replay mode.
            .replay(true),
    )
    .await;
    let mut checked = 0;
    for action in &spec.actions {
        let Some(example) = action.examples.first() else {
            continue;
        };
        let expected = documented_output(&spec, &action.name);
        let call = Call::new(&emulator, &action.name);

        let mut input = example.input.clone();
        if let Some((_, pointer)) = DOCUMENTED_TYPE_ERRORS
            .iter()
            .find(|(name, _)| *name == action.name)
        {
            input = check_documented_type_error(&emulator, &call, &input, pointer).await;
        }
        let body = input.to_string();
        let received = send(&emulator, &call.tc3_json(&body)).await;
        assert_eq!(
            received.error_code(),
            None,
            "{}: the documented input {body} is refused: {}",
            action.name,
            received.error_message()
        );
        assert_eq!(
            without_request_id(&received.expect_success()),
            expected,
            "{}: the answer is not the documented output",
            action.name
        );
        checked += 1;

        if example.input_form == ExampleInputForm::Query {
            let params: Vec<(&str, &str)> = example
                .input_params
                .iter()
                .filter(|(name, _)| !COMMON.contains(&name.as_str()))
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect();
            let received = send(&emulator, &call.v1_get(&params, SignatureMethod::HmacSha1)).await;
            assert_eq!(
                received.error_code(),
                None,
                "{}: the documented query {params:?} is refused: {}",
                action.name,
                received.error_message()
            );
            let entry = emulator.journal().pop().expect("journaled");
            assert_eq!(
                entry.params, example.input,
                "{}: the flattened query rebuilds to the documented input",
                action.name
            );
        }
    }
    assert_eq!(checked, spec.actions.len(), "every action has an example");
}

#[tokio::test]
async fn every_example_of_the_fixture_spec_round_trips() {
    assert_every_example_round_trips(fixture_spec()).await;
}

#[tokio::test]
async fn every_example_of_the_embedded_spec_round_trips() {
    let spec = Spec::embedded().expect("spec/ecm.json parses");
    assert_eq!(spec.actions.len(), 124, "the documentation has 124 actions");
    assert_every_example_round_trips(spec).await;
}
