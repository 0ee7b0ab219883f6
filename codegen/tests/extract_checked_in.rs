//! A stale `spec/ecm.json` is reported with the first differing line and the command that
//! regenerates it. (That the checked-in spec is up to date is checked with the generated code
//! in `regen_checked_in.rs`.)

mod extract_support;

use ecm_codegen::extract;

#[test]
fn a_stale_spec_names_the_command_that_regenerates_it() {
    let spec = extract_support::spec();
    let root = tempfile::tempdir().expect("temporary directory");
    std::fs::create_dir_all(root.path().join("spec")).expect("spec directory");
    let fresh = spec.to_canonical_json();
    let stale = fresh.replacen(
        "\"version\": \"2019-07-19\"",
        "\"version\": \"2017-03-12\"",
        1,
    );
    std::fs::write(root.path().join(extract::SPEC_PATH), stale).expect("write");

    let message = extract::check_spec(root.path(), spec)
        .expect_err("a stale spec is reported")
        .to_string();
    assert!(message.contains("cargo xtask regen"), "{message}");
    assert!(message.contains("line 4"), "{message}");
    assert!(message.contains("2017-03-12"), "{message}");

    assert!(extract::write_spec(root.path(), spec).expect("write_spec"));
    assert!(!extract::write_spec(root.path(), spec).expect("write_spec"));
    extract::check_spec(root.path(), spec).expect("fresh after writing");
}
