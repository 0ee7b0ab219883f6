//! What `cargo xtask regen --check` enforces, as a test: `spec/ecm.json` and every file of
//! `ecm-sdk/src/generated/` are exactly what the vendored documentation regenerates, and
//! regenerating is deterministic.

mod extract_support;

use std::fs;

use ecm_codegen::extract::{DOCS_PATH, OVERRIDES_PATH, SPEC_PATH};
use ecm_codegen::generate::{FileProblem, GENERATED_DIR, StaleFile};
use ecm_codegen::regen::{self, Regeneration};
use extract_support::repo_root;

fn regenerate() -> Regeneration {
    regen::regenerate(&repo_root()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn checked_in_spec_and_generated_code_are_up_to_date() {
    let root = repo_root();
    let stale = regenerate().check(&root).expect("the checkout is readable");
    assert!(
        stale.is_empty(),
        "checked-in files are stale; run `cargo xtask regen` and review the diff:\n{}",
        stale.iter().map(|s| format!("  {s}\n")).collect::<String>()
    );
}

#[test]
fn regenerating_twice_changes_nothing() {
    let first = regenerate();
    let second = regenerate();
    assert!(first == second, "two regenerations differ");

    // Written into a checkout holding only the inputs: everything is created once, then
    // nothing changes.
    let dir = tempfile::tempdir().expect("temporary directory");
    let root = dir.path();
    for path in [DOCS_PATH, OVERRIDES_PATH] {
        let target = root.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::copy(repo_root().join(path), target).unwrap();
    }
    let created = first.write(root).unwrap();
    assert_eq!(created.len(), first.files.len() + 1);
    assert!(created.iter().all(|f| f.problem == FileProblem::Missing));
    let again = regen::regenerate(root).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        again == first,
        "regenerating from the written checkout differs"
    );
    assert_eq!(again.write(root).unwrap(), []);
    assert_eq!(again.check(root).unwrap(), []);
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
    let generated = root.join(GENERATED_DIR);
    fs::remove_file(generated.join("service.rs")).unwrap();
    fs::write(generated.join("actions/obsolete.rs"), "// older spec\n").unwrap();

    let stale = regeneration.check(root).unwrap();
    let expected = [
        (SPEC_PATH.to_owned(), FileProblem::Modified),
        (
            format!("{GENERATED_DIR}/actions/obsolete.rs"),
            FileProblem::Extra,
        ),
        (format!("{GENERATED_DIR}/service.rs"), FileProblem::Missing),
    ]
    .map(|(path, problem)| StaleFile { path, problem });
    assert_eq!(stale, expected);
    assert_eq!(
        stale.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "spec/ecm.json is out of date",
            "ecm-sdk/src/generated/actions/obsolete.rs is no longer generated",
            "ecm-sdk/src/generated/service.rs is missing",
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
    assert_eq!(regeneration.write(root).unwrap().len(), 3);
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
