//! Every documented example: its input (as JSON over TC3, and as the documented flattened
//! query over v1 where the docs print one) is accepted and answered with its documented output.

use crate::common::*;
use ecm_emulator::EmulatorConfig;
use ecm_spec::{ExampleInputForm, Spec};
use tencentcloud_signer::SignatureMethod;

/// Common parameters some examples pass explicitly (e.g. `&Version=2019-07-19`); the signer
/// adds them itself.
const COMMON: [&str; 3] = ["Action", "Version", "Region"];

/// Documented JSON inputs that send a scalar in another lossless form than its parameter
/// table's type: the value at this JSON pointer is a string where the table says `Integer`
/// (CreateLoadBalancer's example sends `"InternetMaxBandwidthOut": "2000"`). The emulator
/// accepts them as documented, and refuses them only in strict mode.
const DOCUMENTED_ALTERNATIVE_FORMS: [(&str, &str); 1] = [(
    "CreateLoadBalancer",
    "/InternetAccessible/InternetMaxBandwidthOut",
)];

/// For an example listed in [`DOCUMENTED_ALTERNATIVE_FORMS`]: checks that the value is still
/// a string, and that a strict emulator refuses it naming the parameter.
async fn check_strict_refusal(spec: &Spec, action: &str, input: &serde_json::Value, pointer: &str) {
    let value = input.pointer(pointer).unwrap_or_else(|| {
        panic!("{action}: no {pointer} in the example any more; update the list")
    });
    assert!(
        value.is_string(),
        "{action}: {pointer} is no longer a string; update the list"
    );
    let strict = start_with(
        EmulatorConfig::new()
            .spec(spec.clone())
            .credentials("AKIDexamples00000000000000000000", "examples-key")
            .strict_scalars(true),
    )
    .await;
    let received = send(
        &strict,
        &Call::new(&strict, action).tc3_json(&input.to_string()),
    )
    .await;
    let message = received.expect_error("InvalidParameter");
    let path = pointer.trim_start_matches('/').replace('/', ".");
    assert!(message.contains(&format!("`{path}`")), "{message}");
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

        let input = &example.input;
        if let Some((_, pointer)) = DOCUMENTED_ALTERNATIVE_FORMS
            .iter()
            .find(|(name, _)| *name == action.name)
        {
            check_strict_refusal(&spec, &action.name, input, pointer).await;
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
