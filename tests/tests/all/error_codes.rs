//! Every documented error code of every action, answered by the emulator to the action's
//! documented input and surfaced by the SDK as the typed `ErrorCode` variant: the same wire
//! string, a documented variant (not `Unknown`), the documentation's description, and the
//! request id the emulator issued.

use std::collections::BTreeMap;

use ecm_emulator::{Outcome, Reply};
use ecm_sdk::error_code::{
    FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound,
    UnauthorizedOperation,
};
use ecm_sdk::{Error, ErrorCode};
use ecm_tests::docs::{self, Side, spec};
use ecm_tests::registry::{CallError, typed_action};
use ecm_tests::wire;

/// Whether a typed code fell back to `Unknown`, at the top level or within its category.
fn is_unknown(code: &ErrorCode) -> bool {
    format!("{code:?}").contains("Unknown(")
}

#[tokio::test]
async fn every_documented_error_code_of_every_action_is_typed() {
    assert!(is_unknown(&ErrorCode::from_wire(
        "FailedOperation.NotDocumented"
    )));
    assert!(is_unknown(&ErrorCode::from_wire("NotDocumented")));
    assert!(!is_unknown(&ErrorCode::from_wire("UnknownParameter")));
    let emulator = wire::start_emulator().await;
    // One attempt per call: some documented codes (InternalError) are retried for read-only
    // actions, and each call must reach the emulator exactly once here.
    let client = wire::client(&emulator, wire::TC3_POST_JSON).with_overrides(|o| o.max_attempts(1));
    let descriptions: BTreeMap<&str, &str> = spec()
        .error_codes
        .common
        .iter()
        .chain(&spec().error_codes.service)
        .map(|code| (code.code.as_str(), code.description.as_str()))
        .collect();

    let mut failures = Vec::new();
    let mut calls = 0;
    let mut categories = BTreeMap::<String, usize>::new();
    for action in &spec().actions {
        let typed = typed_action(&action.name).unwrap();
        let input =
            docs::corrected(&action.name, 0, Side::Input, &action.examples[0].input).unwrap();
        for documented in &action.errors {
            let code = documented.code.as_str();
            let message = format!("{code} (answered by the e2e suite)");
            emulator
                .respond(&action.name, Reply::error(code, message.clone()))
                .unwrap();
            emulator.clear_journal();
            calls += 1;
            let result = typed.send(&client, input.clone()).await;
            let journal = emulator.journal();
            let label = format!("{} {code}", action.name);
            let error = match result {
                Err(CallError::Sdk(Error::Service(error))) => error,
                other => {
                    failures.push(format!("{label}: {other:?}"));
                    continue;
                }
            };
            let typed_code = error.error_code();
            let expected_description = descriptions
                .get(code)
                .copied()
                .filter(|text| !text.is_empty());
            let checks = [
                (error.code() == code, "the wire code"),
                (typed_code.as_str() == code, "the typed code's as_str"),
                (typed_code.to_string() == code, "the typed code's Display"),
                (!is_unknown(&typed_code), "a documented variant"),
                (
                    typed_code.description() == expected_description,
                    "the documented description",
                ),
                (error.message() == message, "the message"),
                (error.action() == action.name, "the action"),
                (journal.len() == 1, "one request"),
                (
                    journal.first().map(|e| &e.outcome)
                        == Some(&Outcome::Error {
                            code: code.to_owned(),
                        }),
                    "the journal's outcome",
                ),
                (
                    error.request_id() == journal.first().map(|e| e.request_id.as_str()),
                    "the request id",
                ),
            ];
            for (ok, what) in checks {
                if !ok {
                    failures.push(format!("{label}: wrong {what}: {typed_code:?} {error:?}"));
                }
            }
            let category = code.split('.').next().unwrap().to_owned();
            *categories.entry(category).or_default() += 1;
        }
        emulator.clear_reply(&action.name);
    }
    assert!(
        failures.is_empty(),
        "{} of {calls} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let documented: usize = spec().actions.iter().map(|a| a.errors.len()).sum();
    assert_eq!(calls, documented);
    assert!(calls > 1000, "{calls}");
    assert!(categories.len() >= 14, "{categories:?}");
}

/// Whether a typed code is one particular variant.
type IsVariant = fn(&ErrorCode) -> bool;

/// The typed variants are what callers match on.
#[tokio::test]
async fn callers_can_match_on_typed_variants() {
    let emulator = wire::start_emulator().await;
    let client = wire::client(&emulator, wire::TC3_POST_JSON).with_overrides(|o| o.max_attempts(1));
    let cases: [(&str, &str, IsVariant); 6] = [
        (
            "DescribeInstances",
            "ResourceNotFound.InstanceNotExist",
            |c| {
                matches!(
                    c,
                    ErrorCode::ResourceNotFound(ResourceNotFound::InstanceNotExist)
                )
            },
        ),
        (
            "DescribeNode",
            "FailedOperation.InternalOperationFailure",
            |c| {
                matches!(
                    c,
                    ErrorCode::FailedOperation(FailedOperation::InternalOperationFailure)
                )
            },
        ),
        (
            "ModifyModuleName",
            "InvalidParameterValue.InvalidModuleName",
            |c| {
                matches!(
                    c,
                    ErrorCode::InvalidParameterValue(InvalidParameterValue::InvalidModuleName)
                )
            },
        ),
        (
            "DeleteModule",
            "MissingParameter.MissingModuleParameter",
            |c| {
                matches!(
                    c,
                    ErrorCode::MissingParameter(MissingParameter::MissingModuleParameter)
                )
            },
        ),
        (
            "StartInstances",
            "UnauthorizedOperation.ForbiddenOperation",
            |c| {
                matches!(
                    c,
                    ErrorCode::UnauthorizedOperation(UnauthorizedOperation::ForbiddenOperation)
                )
            },
        ),
        ("StartInstances", "InternalError", |c| {
            matches!(c, ErrorCode::InternalError)
        }),
    ];
    for (action, code, expected) in cases {
        let typed = typed_action(action).unwrap();
        assert!(
            typed.meta.error_codes.contains(&code),
            "{action} documents {code}"
        );
        emulator.respond(action, Reply::error(code, "x")).unwrap();
        let input = spec().action(action).unwrap().examples[0].input.clone();
        let error = typed.send(&client, input).await.unwrap_err();
        let typed_code = error
            .sdk()
            .and_then(Error::error_code)
            .expect("a service error");
        assert!(expected(&typed_code), "{action} {code}: {typed_code:?}");
    }
}

/// A code the documentation does not list keeps its wire string, in its category when the
/// category is known.
#[tokio::test]
async fn undocumented_codes_are_kept_verbatim() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    for (code, expected) in [
        (
            "FailedOperation.SomethingNew",
            ErrorCode::FailedOperation(FailedOperation::Unknown(
                "FailedOperation.SomethingNew".into(),
            )),
        ),
        ("BrandNew.Code", ErrorCode::Unknown("BrandNew.Code".into())),
    ] {
        emulator
            .respond("DescribeNode", Reply::error(code, "new"))
            .unwrap();
        let error = client.describe_node(Default::default()).await.unwrap_err();
        assert_eq!(error.error_code(), Some(expected));
        assert_eq!(error.as_service_error().unwrap().code(), code);
        assert!(!error.is_transient());
    }
}
