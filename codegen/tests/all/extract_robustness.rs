//! The extractor never panics: on damaged documentation it returns a spec or an error located at
//! a line of the damaged text.

use crate::extract_support::{docs, overrides};
use ecm_codegen::extract::{self, Location};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Damage {
    Delete,
    Duplicate,
    /// Keep this many characters of the line.
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = (Damage, f64)> {
    let kind = prop_oneof![
        Just(Damage::Delete),
        Just(Damage::Duplicate),
        (0usize..80).prop_map(Damage::Truncate),
    ];
    (kind, 0.0..1.0f64)
}

fn apply(text: &str, damages: &[(Damage, f64)]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for (damage, position) in damages {
        if lines.is_empty() {
            break;
        }
        let index = ((lines.len() as f64) * position) as usize % lines.len();
        match damage {
            Damage::Delete => {
                lines.remove(index);
            }
            Damage::Duplicate => {
                let line = lines[index].clone();
                lines.insert(index, line);
            }
            Damage::Truncate(keep) => {
                lines[index] = lines[index].chars().take(*keep).collect();
            }
        }
    }
    lines.join("\n")
}

/// The outcome is a spec or an error that points into the (damaged) input.
fn check_outcome(text: &str) {
    match extract::extract(text, overrides()) {
        Ok(_) => {}
        Err(error) => {
            assert!(!error.to_string().is_empty());
            match &error.location {
                Location::Docs { line } => {
                    let lines = text.split('\n').count();
                    assert!(
                        (1..=lines + 1).contains(line),
                        "line {line} outside 1..={lines}: {error}"
                    );
                }
                // Damage to a line an override corrects makes the override stale.
                Location::Override { .. } => {}
                Location::OverridesFile => panic!("the overrides file is intact: {error}"),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn damaged_docs_give_a_spec_or_a_located_error(
        damages in prop::collection::vec(damage(), 1..8)
    ) {
        check_outcome(&apply(docs(), &damages));
    }

    #[test]
    fn arbitrary_text_gives_a_located_error(text in "[ -~\u{a0}\n：©]{0,400}") {
        check_outcome(&text);
    }
}

#[test]
fn every_prefix_of_the_docs_fails_with_a_located_error() {
    let lines: Vec<&str> = docs().split('\n').collect();
    for fraction in [0, 1, 3, 10, 25, 50, 75, 90, 99] {
        let prefix = lines[..lines.len() * fraction / 100].join("\n");
        let error = extract::extract(&prefix, overrides()).expect_err("a prefix is incomplete");
        assert!(matches!(error.location, Location::Docs { .. }), "{error}");
    }
}
