//! Snapshots of the code generated for `fixtures/mini.json`, a small spec covering the hard
//! cases: keywords (`Type`, `Match`), acronyms (`ZoneInstanceCountISPSet`, `VPCId`,
//! `AddressIPv6`, `ISP`), nested lists of structures, an action without inputs, paginated actions
//! (one with `String` counters), error codes with categories, bare categories and codes only an
//! action table lists, and nullable outputs.

use ecm_codegen::generate::generate;
use ecm_spec::Spec;

fn mini() -> Spec {
    Spec::from_json(include_str!("fixtures/mini.json")).expect("fixture parses")
}

#[test]
fn generated_files_of_the_mini_spec() {
    let files = generate(&mini()).expect("fixture generates");
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "mod.rs",
            "service.rs",
            "registry.rs",
            "error_code.rs",
            "types.rs",
            "actions/mod.rs",
            "waiters.rs",
            "actions/region.rs",
            "actions/instance.rs",
            "actions/image.rs",
            "actions/subnet.rs",
            "actions/security_group.rs",
        ]
    );
    for file in &files {
        // A blank line after a doc comment detaches it (clippy's `empty_line_after_doc_comments`).
        let lines: Vec<&str> = file.contents.lines().collect();
        for (i, pair) in lines.windows(2).enumerate() {
            assert!(
                !(pair[0].trim_start().starts_with("///") && pair[1].trim().is_empty()),
                "{}:{}: blank line after a doc comment",
                file.path,
                i + 1
            );
        }
        let name = format!(
            "mini__{}",
            file.path.replace('/', "__").trim_end_matches(".rs")
        );
        insta::assert_snapshot!(name, &file.contents);
    }
}
