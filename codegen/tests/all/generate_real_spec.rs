//! The generator on the checked-in spec (`spec/ecm.json`): what `cargo xtask regen --check`
//! cannot see. (That the checked-in generated code is what the spec generates is that check's
//! job; the code itself is reviewed in `ecm-sdk/src/generated/`.)

use ecm_codegen::generate::{GeneratedFile, generate};
use ecm_spec::Spec;

fn real() -> Spec {
    Spec::embedded().expect("spec/ecm.json parses")
}

fn file<'f>(files: &'f [GeneratedFile], path: &str) -> &'f str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is not generated"))
        .contents
}

/// Every row of the waiter table resolves against the real spec (a docs update that breaks one
/// fails here rather than silently dropping the waiter).
#[test]
fn every_waiter_resolves() {
    let problems = ecm_codegen::generate::unresolved_waiters(&real()).expect("model builds");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_real_spec_covers_every_action_and_structure() {
    let spec = real();
    let files = generate(&spec).unwrap();
    let index = file(&files, "actions/mod.rs");
    for action in &spec.actions {
        for suffix in ["Request", "Response"] {
            let name = format!("{}{suffix}", action.name);
            assert!(index.contains(&name), "{name} is not re-exported");
        }
    }
    let types = file(&files, "types.rs");
    let structs = types.matches("\npub struct ").count();
    assert_eq!(structs, spec.data_types.len());
}
