//! Every action, called through `ecm-sdk`'s typed request and response against the emulator
//! with each documented input example, in every encoding and with every signer:
//!
//! - the emulator (an independent verifier: its own parameter validation, `tencentcloud-signer`'s
//!   verifier) accepts the request, and its journal shows exactly the documented input, the
//!   expected HTTP method, encoding and signature method;
//! - the SDK decodes the documented output: the typed response, serialised back, is the
//!   documented `Response` object (minus `null`s), and its `RequestId` is the one the emulator
//!   issued.
//!
//! The whole set runs over TC3 POST JSON, TC3 GET and HmacSHA256 POST form; HmacSHA1 runs over
//! the first action of every documentation category, by GET and by POST form. The documented
//! examples that contradict their own types are corrected (and tested as printed in
//! `docs_inconsistencies.rs`).

use std::collections::BTreeSet;

use ecm_emulator::{EmulatorHandle, Outcome, Reply};
use ecm_sdk::Client;
use ecm_tests::docs::{self, Side, spec};
use ecm_tests::json::{same, take_request_id, without_nulls};
use ecm_tests::registry::{ACTIONS, typed_action};
use ecm_tests::wire::{self, Wire};
use serde_json::Value;

/// What a run covered.
#[derive(Debug, Default)]
struct Coverage {
    actions: BTreeSet<String>,
    calls: usize,
    corrections: usize,
    failures: Vec<String>,
}

impl Coverage {
    fn assert_clean(&self, wire: Wire) {
        assert!(
            self.failures.is_empty(),
            "{}: {} of {} calls failed:\n{}",
            wire.name,
            self.failures.len(),
            self.calls,
            self.failures.join("\n")
        );
    }
}

/// Sends example `index` of `action` and checks both ends of the exchange.
async fn exchange(
    emulator: &EmulatorHandle,
    client: &Client,
    wire: Wire,
    action: &ecm_spec::Action,
    index: usize,
    coverage: &mut Coverage,
) -> Result<(), String> {
    let name = action.name.as_str();
    let example = &action.examples[index];
    let typed = typed_action(name).ok_or("not in the registry")?;
    let input = docs::corrected(name, index, Side::Input, &example.input)?;
    let output = docs::corrected(name, index, Side::Output, &example.output)?;
    coverage.corrections += docs::inconsistencies(name, index, Side::Input).count()
        + docs::inconsistencies(name, index, Side::Output).count();

    emulator
        .respond(name, Reply::output(output.clone()))
        .map_err(|error| error.to_string())?;
    emulator.clear_journal();
    coverage.calls += 1;
    let result = typed.send(client, input.clone()).await;
    let journal = emulator.journal();

    // What the emulator received.
    let [entry] = journal.as_slice() else {
        return Err(format!(
            "{} requests reached the emulator, expected 1",
            journal.len()
        ));
    };
    let mut problems = Vec::new();
    if entry.outcome != Outcome::Answered {
        problems.push(format!("the emulator answered {:?}", entry.outcome));
    }
    if entry.action.as_deref() != Some(name) {
        problems.push(format!("action {:?}", entry.action));
    }
    if entry.version.as_deref() != Some(spec().service.version.as_str()) {
        problems.push(format!("version {:?}", entry.version));
    }
    if entry.method != wire.http_method || entry.encoding != wire.encoding {
        problems.push(format!("{} {:?}", entry.method, entry.encoding));
    }
    if entry.signature_method != Some(wire.signature) {
        problems.push(format!("signature {:?}", entry.signature_method));
    }
    if entry.secret_id.as_deref() != Some(wire::SECRET_ID) {
        problems.push(format!("secret id {:?}", entry.secret_id));
    }
    if !same(&entry.params, &input) {
        problems.push(format!(
            "received parameters {} instead of the documented input {input}",
            entry.params
        ));
    }

    // What the SDK decoded.
    match result {
        Err(error) => problems.push(format!("the typed call failed: {error}")),
        Ok(decoded) => {
            let (decoded, request_id) = take_request_id(decoded);
            let (documented, _) = take_request_id(without_nulls(&output));
            if !same(&decoded, &documented) {
                problems.push(format!(
                    "decoded {decoded} instead of the documented output {documented}"
                ));
            }
            if request_id != Some(Value::String(entry.request_id.clone())) {
                problems.push(format!(
                    "RequestId {request_id:?}, the emulator issued {}",
                    entry.request_id
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Runs every example of `actions` over `wire` against a fresh emulator.
async fn run<'a>(wire: Wire, actions: impl IntoIterator<Item = &'a ecm_spec::Action>) -> Coverage {
    let emulator = wire::start_emulator().await;
    let client = wire::client(&emulator, wire);
    let mut coverage = Coverage::default();
    for action in actions {
        coverage.actions.insert(action.name.clone());
        for index in 0..action.examples.len() {
            if let Err(problem) =
                exchange(&emulator, &client, wire, action, index, &mut coverage).await
            {
                coverage.failures.push(format!(
                    "{} example {} over {}: {problem}",
                    action.name,
                    index + 1,
                    wire.name
                ));
            }
        }
    }
    coverage
}

async fn every_action_over(wire: Wire) {
    let coverage = run(wire, &spec().actions).await;
    coverage.assert_clean(wire);
    let examples: usize = spec().actions.iter().map(|a| a.examples.len()).sum();
    assert_eq!(
        (coverage.actions.len(), coverage.calls),
        (124, examples),
        "every action, every example"
    );
    assert_eq!(examples, 130, "the documentation has 130 examples");
    // The input and output corrections of `docs::INCONSISTENCIES` all applied.
    assert_eq!(coverage.corrections, docs::INCONSISTENCIES.len());
}

#[tokio::test]
async fn every_action_over_tc3_post_json() {
    every_action_over(wire::TC3_POST_JSON).await;
}

#[tokio::test]
async fn every_action_over_tc3_get() {
    every_action_over(wire::TC3_GET).await;
}

#[tokio::test]
async fn every_action_over_hmac_sha256_post_form() {
    every_action_over(wire::V1_SHA256_POST_FORM).await;
}

/// The first action of each of the documentation's 15 categories.
fn one_action_per_category() -> Vec<&'static ecm_spec::Action> {
    spec()
        .categories
        .iter()
        .map(|category| {
            let first = category.actions.first().expect("a category lists actions");
            spec()
                .action(first)
                .expect("a listed action is in the spec")
        })
        .collect()
}

#[tokio::test]
async fn a_sample_over_hmac_sha1_get_and_post_form() {
    let sample = one_action_per_category();
    assert_eq!(sample.len(), 15);
    for wire in [wire::V1_SHA1_GET, wire::V1_SHA1_POST_FORM] {
        let coverage = run(wire, sample.iter().copied()).await;
        coverage.assert_clean(wire);
        assert_eq!(coverage.actions.len(), 15);
        let examples: usize = sample.iter().map(|a| a.examples.len()).sum();
        assert_eq!(coverage.calls, examples);
    }
}

#[test]
fn the_registry_names_exactly_the_documented_actions_sorted_by_name() {
    let registered: Vec<&str> = ACTIONS.iter().map(|action| action.name()).collect();
    let mut documented: Vec<&str> = spec().actions.iter().map(|a| a.name.as_str()).collect();
    documented.sort_unstable();
    assert_eq!(registered, documented);
    // The SDK's own registry is the same table.
    let sdk: Vec<&str> = ecm_sdk::action::ACTIONS
        .iter()
        .map(|meta| meta.name)
        .collect();
    assert_eq!(sdk, documented);
    // The generated metadata agrees with the spec on what the suites rely on.
    for action in &spec().actions {
        let meta = typed_action(&action.name).unwrap().meta;
        let codes: Vec<&str> = action.errors.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(meta.error_codes, codes.as_slice(), "{}", action.name);
        assert_eq!(
            meta.read_only,
            action.name.starts_with("Describe"),
            "{}",
            action.name
        );
    }
}
