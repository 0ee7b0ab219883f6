//! `--check` logic: a checked-in generated directory with a hand-edited file, a missing file
//! and a file generation no longer produces is reported, and `write_generated` repairs it.

use std::fs;
use std::time::{Duration, SystemTime};

use ecm_codegen::generate::{
    FileProblem, GENERATED_DIR, StaleFile, check_generated, generate, write_generated,
};
use ecm_spec::Spec;

fn mini() -> Spec {
    Spec::from_json(include_str!("../fixtures/mini.json")).expect("fixture parses")
}

fn stale(path: &str, problem: FileProblem) -> StaleFile {
    StaleFile {
        path: format!("{GENERATED_DIR}/{path}"),
        problem,
    }
}

#[test]
fn an_empty_checkout_misses_every_file_and_writing_fills_it() {
    let files = generate(&mini()).unwrap();
    let root = tempfile::tempdir().unwrap();

    let missing = check_generated(root.path(), &files).unwrap();
    assert_eq!(missing.len(), files.len());
    assert!(missing.iter().all(|f| f.problem == FileProblem::Missing));

    assert_eq!(write_generated(root.path(), &files).unwrap(), missing);
    assert_eq!(check_generated(root.path(), &files).unwrap(), []);
    let types = fs::read_to_string(root.path().join(GENERATED_DIR).join("types.rs")).unwrap();
    assert!(types.starts_with("// @generated from spec/ecm.json by `cargo xtask regen`."));
}

#[test]
fn check_catches_a_modified_a_missing_and_an_extra_file() {
    let files = generate(&mini()).unwrap();
    let root = tempfile::tempdir().unwrap();
    write_generated(root.path(), &files).unwrap();
    let dir = root.path().join(GENERATED_DIR);

    let edited = fs::read_to_string(dir.join("types.rs")).unwrap() + "// a hand edit\n";
    fs::write(dir.join("types.rs"), edited).unwrap();
    fs::remove_file(dir.join("actions/region.rs")).unwrap();
    fs::write(dir.join("actions/obsolete.rs"), "// from an older spec\n").unwrap();

    let expected = vec![
        stale("actions/obsolete.rs", FileProblem::Extra),
        stale("actions/region.rs", FileProblem::Missing),
        stale("types.rs", FileProblem::Modified),
    ];
    assert_eq!(check_generated(root.path(), &files).unwrap(), expected);
    assert_eq!(
        expected.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "ecm-sdk/src/generated/actions/obsolete.rs is no longer generated",
            "ecm-sdk/src/generated/actions/region.rs is missing",
            "ecm-sdk/src/generated/types.rs is out of date",
        ]
    );

    assert_eq!(write_generated(root.path(), &files).unwrap(), expected);
    assert_eq!(check_generated(root.path(), &files).unwrap(), []);
    assert!(!dir.join("actions/obsolete.rs").exists());
}

#[test]
fn writing_leaves_up_to_date_files_untouched() {
    let files = generate(&mini()).unwrap();
    let root = tempfile::tempdir().unwrap();
    write_generated(root.path(), &files).unwrap();
    let service = root.path().join(GENERATED_DIR).join("service.rs");
    let long_ago = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    fs::File::options()
        .write(true)
        .open(&service)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();

    assert_eq!(write_generated(root.path(), &files).unwrap(), []);
    assert_eq!(
        fs::metadata(&service).unwrap().modified().unwrap(),
        long_ago
    );
}
