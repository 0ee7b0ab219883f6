//! Findings of the `extractor` fuzz target (`fuzz/`), kept as regression tests.

use crate::extract_support::{docs, overrides};
use ecm_codegen::extract::{self, Location};

/// An override whose `original` no longer matches quoted the whole extracted text as
/// `found` — a full parameter description, well over the documented "shortened" length of
/// an error's `found` text (160 characters and an ellipsis).
#[test]
fn an_override_mismatch_quotes_a_shortened_text() {
    let mut entries: serde_json::Value = serde_json::from_str(overrides()).unwrap();
    let original = entries[0]["original"].as_str().unwrap().to_owned();
    assert!(
        original.chars().count() > 160,
        "the first entry has a long text"
    );
    entries[0]["original"] = serde_json::Value::String(format!("{original} (changed)"));
    let error = extract::extract(docs(), &entries.to_string()).unwrap_err();
    assert!(
        matches!(error.location, Location::Override { index: 0, .. }),
        "{error}"
    );
    assert_eq!(error.found.chars().count(), 161, "{error}");
    assert!(error.found.ends_with('…'));
    assert!(original.starts_with(error.found.trim_end_matches('…')));
}
