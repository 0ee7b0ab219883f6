//! Generation is deterministic: the same spec always yields byte-identical files.

use ecm_codegen::generate::generate;
use ecm_spec::Spec;

#[test]
fn generating_twice_gives_identical_output() {
    let spec = Spec::from_json(include_str!("fixtures/mini.json")).unwrap();
    let first = generate(&spec).unwrap();
    let second = generate(&spec).unwrap();
    assert_eq!(first, second);

    // A spec that went through its canonical JSON form generates the same code.
    let reparsed = Spec::from_json(&spec.to_canonical_json()).unwrap();
    assert_eq!(generate(&reparsed).unwrap(), first);
}
