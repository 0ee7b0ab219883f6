//! Input the extractor cannot attribute stops it with an error naming the line and what was
//! expected; overrides that no longer match the docs fail loudly.

use crate::extract_support::{docs, docs_line, overrides};
use ecm_codegen::extract::{self, ExtractError, Location};

/// The docs with line `number` (1-based) replaced.
fn with_line(number: usize, replacement: &str) -> String {
    let mut lines: Vec<&str> = docs().split('\n').collect();
    lines[number - 1] = replacement;
    lines.join("\n")
}

fn error(docs: &str, overrides: &str) -> ExtractError {
    extract::extract(docs, overrides).expect_err("extraction must fail")
}

#[test]
fn a_missing_section_marker_is_reported_where_the_search_started() {
    assert_eq!(docs_line(4397), "3. Output Parameters");
    let error = error(&with_line(4397, ""), overrides());
    // The search for it started at the previous marker, `2. Input Parameters`.
    assert_eq!(error.line(), Some(4373), "{error}");
    assert!(error.expected.contains("`3. Output Parameters`"), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("ecm-api-docs.txt line 4373: expected")
    );
}

#[test]
fn an_unknown_type_is_reported_at_its_row() {
    // `Filters.N No Array of` / `Filter` → `Filtre`: no type follows `Array of`, and no later line
    // of the row supplies one.
    assert_eq!(docs_line(4393), "Filter");
    let error = error(&with_line(4393, "Filtre"), overrides());
    assert_eq!(error.line(), Some(4392), "{error}");
    assert!(
        error.expected.contains("element type of `Array of`"),
        "{error}"
    );
    assert_eq!(error.found, "Filters.N");
}

#[test]
fn prose_where_a_table_row_must_start_is_reported() {
    // The first row of DescribeNode's output table.
    assert_eq!(docs_line(4414), "NodeSet Array of");
    let error = error(&with_line(4414, "nodes are listed here"), overrides());
    assert_eq!(error.line(), Some(4414), "{error}");
    assert!(error.expected.contains("output-parameter row"), "{error}");
}

#[test]
fn an_error_code_no_chapter_lists_is_reported() {
    assert_eq!(
        docs_line(4665),
        "FailedOperation.InternalOperationFailure Internal error."
    );
    let error = error(
        &with_line(4665, "FailedOperation.NotDocumented Internal error."),
        overrides(),
    );
    assert_eq!(error.line(), Some(4665), "{error}");
    assert_eq!(error.found, "FailedOperation.NotDocumented");
}

#[test]
fn invalid_example_json_is_reported_at_its_line() {
    assert_eq!(docs_line(4455).trim_end(), "\"ZoneId\": 10110001,");
    let error = error(&with_line(4455, "\"ZoneId\": 10110001 "), overrides());
    assert_eq!(error.line(), Some(4457), "{error}");
    assert!(error.expected.contains("valid JSON"), "{error}");
}

#[test]
fn an_override_whose_original_text_changed_fails() {
    // The docs change the text an override corrects.
    assert_eq!(
        docs_line(22687),
        "EcmRegion Yes String ECM region, such as \u{a0}ap-x"
    );
    let changed = with_line(
        22687,
        "EcmRegion Yes String ECM region, such as ap-guangzhou-ecm.",
    );
    let error = error(&changed, overrides());
    assert_eq!(
        error.location,
        Location::Override {
            index: 7,
            target: "actions[AssignPrivateIpAddresses].inputs[EcmRegion]".to_owned()
        },
        "{error}"
    );
    assert_eq!(error.found, "ECM region, such as ap-guangzhou-ecm.");
}

#[test]
fn an_override_whose_target_is_gone_fails() {
    let stale = r#"[{
        "target": "actions[AssignPrivateIpAddresses].inputs[Removed]",
        "field": "description",
        "original": "x",
        "value": "y",
        "reason": "test"
    }]"#;
    let gone = error(docs(), stale);
    assert!(
        matches!(gone.location, Location::Override { index: 0, .. }),
        "{gone}"
    );
    assert!(gone.expected.contains("no longer exists"), "{gone}");

    let bad_target = stale.replace("inputs[Removed]", "parameters[Removed]");
    let unknown = error(docs(), &bad_target);
    assert!(unknown.expected.contains("a target"), "{unknown}");
}

#[test]
fn a_malformed_overrides_file_fails() {
    let error = error(docs(), "{\"not\": \"a list\"}");
    assert_eq!(error.location, Location::OverridesFile);
}

#[test]
fn empty_docs_fail_with_a_located_error() {
    let error = error("", "[]");
    assert_eq!(error.line(), Some(1), "{error}");
}
