//! The checked-in spec loads and serialises back to exactly the same text.

use ecm_spec::{EMBEDDED_JSON, Spec};

#[test]
fn embedded_spec_round_trips_to_identical_canonical_json() {
    let spec = Spec::embedded().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !spec.actions.is_empty(),
        "spec/ecm.json holds the extracted spec"
    );
    assert!(
        spec.to_canonical_json() == EMBEDDED_JSON,
        "spec/ecm.json is not in canonical form; regenerate it with `cargo xtask regen`"
    );
    assert_eq!(Spec::from_json(&spec.to_canonical_json()).ok(), Some(spec));
}
