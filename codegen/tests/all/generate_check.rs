//! `--check` logic: checked-in generated directories (the model's and the runtime's) with a
//! hand-edited file, missing files and files generation no longer produces are reported, and
//! `write_generated` repairs them.

use std::fs;
use std::time::{Duration, SystemTime};

use ecm_codegen::generate::{
    Crate, FileProblem, GENERATED_DIR, MODEL_GENERATED_DIR, StaleFile, check_generated, generate,
    write_generated,
};
use ecm_spec::Spec;

fn mini() -> Spec {
    Spec::from_json(include_str!("../fixtures/mini.json")).expect("fixture parses")
}

fn stale(dir: &str, path: &str, problem: FileProblem) -> StaleFile {
    StaleFile {
        path: format!("{dir}/{path}"),
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
    let types = fs::read_to_string(root.path().join(MODEL_GENERATED_DIR).join("types.rs")).unwrap();
    assert!(types.starts_with("// @generated from spec/ecm.json by `cargo xtask regen`."));
    // The items naming the runtime's types go to the runtime's directory, the rest to the
    // model's.
    let client = fs::read_to_string(root.path().join(GENERATED_DIR).join("client.rs")).unwrap();
    assert!(client.contains("impl crate::Client {"), "{client}");
    let in_model = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.krate == Crate::Model)
    };
    assert_eq!(in_model("types.rs"), Some(true));
    assert_eq!(in_model("actions/region.rs"), Some(true));
    assert_eq!(in_model("waiters.rs"), Some(false));
    for file in &files {
        let names_runtime = file.contents.contains("crate::Client")
            || file.contents.contains("crate::Error")
            || file.contents.contains("crate::waiter");
        assert_eq!(
            names_runtime,
            file.krate == Crate::Runtime && file.path != "mod.rs",
            "{:?} {}",
            file.krate,
            file.path
        );
    }
}

#[test]
fn check_catches_a_modified_a_missing_and_an_extra_file() {
    let files = generate(&mini()).unwrap();
    let root = tempfile::tempdir().unwrap();
    write_generated(root.path(), &files).unwrap();
    let dir = root.path().join(MODEL_GENERATED_DIR);
    let runtime = root.path().join(GENERATED_DIR);

    let edited = fs::read_to_string(dir.join("types.rs")).unwrap() + "// a hand edit\n";
    fs::write(dir.join("types.rs"), edited).unwrap();
    fs::remove_file(dir.join("actions/region.rs")).unwrap();
    fs::write(dir.join("actions/obsolete.rs"), "// from an older spec\n").unwrap();
    fs::remove_file(runtime.join("client.rs")).unwrap();
    // Where the model's files were generated before the split.
    fs::write(runtime.join("types.rs"), "// from an older generator\n").unwrap();

    let expected = vec![
        stale(
            MODEL_GENERATED_DIR,
            "actions/obsolete.rs",
            FileProblem::Extra,
        ),
        stale(
            MODEL_GENERATED_DIR,
            "actions/region.rs",
            FileProblem::Missing,
        ),
        stale(MODEL_GENERATED_DIR, "types.rs", FileProblem::Modified),
        stale(GENERATED_DIR, "client.rs", FileProblem::Missing),
        stale(GENERATED_DIR, "types.rs", FileProblem::Extra),
    ];
    assert_eq!(check_generated(root.path(), &files).unwrap(), expected);
    assert_eq!(
        expected.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "ecm-sdk-model/src/generated/actions/obsolete.rs is no longer generated",
            "ecm-sdk-model/src/generated/actions/region.rs is missing",
            "ecm-sdk-model/src/generated/types.rs is out of date",
            "ecm-sdk/src/generated/client.rs is missing",
            "ecm-sdk/src/generated/types.rs is no longer generated",
        ]
    );

    assert_eq!(write_generated(root.path(), &files).unwrap(), expected);
    assert_eq!(check_generated(root.path(), &files).unwrap(), []);
    assert!(!dir.join("actions/obsolete.rs").exists());
    assert!(!runtime.join("types.rs").exists());
    assert!(runtime.join("client.rs").exists());
    assert!(dir.join("types.rs").exists());
}

#[test]
fn writing_leaves_up_to_date_files_untouched() {
    let files = generate(&mini()).unwrap();
    let root = tempfile::tempdir().unwrap();
    write_generated(root.path(), &files).unwrap();
    let service = root.path().join(MODEL_GENERATED_DIR).join("service.rs");
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
