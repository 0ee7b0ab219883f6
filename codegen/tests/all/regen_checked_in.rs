//! The logic of `cargo xtask regen [--check]` on scratch checkouts: a stale spec is listed
//! with the generated files, writing repairs it, and the checked-in spec loads for the change
//! summary. (Whether the checked-in files are current is what CI's `regen --check` runs.)

use std::fs;

use crate::extract_support::repo_root;
use ecm_codegen::extract::SPEC_PATH;
use ecm_codegen::generate::{FileProblem, GENERATED_DIR, MODEL_GENERATED_DIR, StaleFile};
use ecm_codegen::regen::{self, GOLDEN_DIR, GOLDEN_FIXTURE, GOLDEN_MODEL_DIR, Regeneration};

fn regenerate() -> Regeneration {
    regen::regenerate(&repo_root()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn check_lists_a_stale_spec_with_the_generated_files() {
    let regeneration = regenerate();
    let dir = tempfile::tempdir().expect("temporary directory");
    let root = dir.path();
    regeneration.write(root).unwrap();

    let spec = root.join(SPEC_PATH);
    let edited = fs::read_to_string(&spec)
        .unwrap()
        .replacen("2019-07-19", "2017-03-12", 1);
    fs::write(&spec, edited).unwrap();
    let generated = root.join(MODEL_GENERATED_DIR);
    fs::remove_file(generated.join("service.rs")).unwrap();
    fs::write(generated.join("actions/obsolete.rs"), "// older spec\n").unwrap();
    fs::remove_file(root.join(GENERATED_DIR).join("waiters.rs")).unwrap();

    let stale = regeneration.check(root).unwrap();
    let expected = [
        (SPEC_PATH.to_owned(), FileProblem::Modified),
        (
            format!("{MODEL_GENERATED_DIR}/actions/obsolete.rs"),
            FileProblem::Extra,
        ),
        (
            format!("{MODEL_GENERATED_DIR}/service.rs"),
            FileProblem::Missing,
        ),
        (format!("{GENERATED_DIR}/waiters.rs"), FileProblem::Missing),
    ]
    .map(|(path, problem)| StaleFile { path, problem });
    assert_eq!(stale, expected);
    assert_eq!(
        stale.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "spec/ecm.json is out of date",
            "ecm-sdk-model/src/generated/actions/obsolete.rs is no longer generated",
            "ecm-sdk-model/src/generated/service.rs is missing",
            "ecm-sdk/src/generated/waiters.rs is missing",
        ]
    );

    fs::remove_file(&spec).unwrap();
    assert_eq!(
        regeneration.check(root).unwrap()[0],
        StaleFile {
            path: SPEC_PATH.to_owned(),
            problem: FileProblem::Missing
        }
    );
    assert_eq!(regeneration.write(root).unwrap().len(), 4);
    assert_eq!(regeneration.check(root).unwrap(), []);
}

/// The golden crate's files are checked and written with the SDK's, from the fixture.
#[test]
fn check_lists_a_stale_golden_file() {
    let regeneration = regenerate();
    assert!(
        regeneration
            .golden
            .iter()
            .all(|file| file.contents.starts_with(&format!(
                "// @generated from {GOLDEN_FIXTURE} by `cargo xtask regen`."
            ))),
        "the golden files name their source"
    );
    let dir = tempfile::tempdir().expect("temporary directory");
    let root = dir.path();
    regeneration.write(root).unwrap();
    let types = root.join(GOLDEN_MODEL_DIR).join("types.rs");
    let edited = fs::read_to_string(&types).unwrap() + "// a hand edit\n";
    fs::write(&types, edited).unwrap();
    fs::remove_file(root.join(GOLDEN_DIR).join("mod.rs")).unwrap();

    let expected = [
        (format!("{GOLDEN_DIR}/mod.rs"), FileProblem::Missing),
        (
            format!("{GOLDEN_MODEL_DIR}/types.rs"),
            FileProblem::Modified,
        ),
    ]
    .map(|(path, problem)| StaleFile { path, problem });
    assert_eq!(regeneration.check(root).unwrap(), expected);
    assert_eq!(regeneration.write(root).unwrap(), expected);
    assert_eq!(regeneration.check(root).unwrap(), []);
}

#[test]
fn the_checked_in_spec_loads_for_the_change_summary() {
    let root = repo_root();
    let previous = regen::checked_in_spec(&root)
        .expect("spec/ecm.json loads")
        .expect("spec/ecm.json exists");
    assert!(ecm_codegen::generate::summarize_changes(&previous, &regenerate().spec).is_empty());

    let dir = tempfile::tempdir().expect("temporary directory");
    assert!(regen::checked_in_spec(dir.path()).unwrap().is_none());
    fs::create_dir_all(dir.path().join("spec")).unwrap();
    fs::write(dir.path().join(SPEC_PATH), "{\"service\": 1}").unwrap();
    let error = regen::checked_in_spec(dir.path()).unwrap_err().to_string();
    assert!(
        error.starts_with("spec/ecm.json: invalid ECM spec JSON"),
        "{error}"
    );
}
