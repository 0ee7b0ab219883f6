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

/// The serde directions of the generated types follow what the SDK needs: requests always
/// `Serialize` and responses always `Deserialize`; the other direction (for test doubles) only
/// with ecm-sdk's `test-util` feature. Data structures serve both sides and get both always.
/// (That the SDK compiles without the feature is checked by building it: `.ci/run`.)
#[test]
fn serde_directions_follow_what_the_sdk_needs() {
    use quote::ToTokens;

    const GATE: &str = r#"feature = "test-util""#;
    /// The attributes as text, e.g. `cfg (feature = "test-util")`.
    fn attr_texts(attrs: &[syn::Attribute]) -> Vec<String> {
        attrs
            .iter()
            .filter(|attr| !attr.path().is_ident("doc"))
            .map(|attr| attr.meta.to_token_stream().to_string())
            .collect()
    }
    let derives = |attrs: &[String], derive: &str| {
        attrs
            .iter()
            .any(|attr| attr.starts_with("derive (") && attr.contains(derive))
    };
    let gated = |attrs: &[String]| attrs.iter().any(|attr| attr == &format!("cfg ({GATE})"));

    let spec = real();
    let files = generate(&spec).unwrap();
    // (requests, responses) seen, and (gated, ungated) `Deserialize`/`Fields` impls.
    let mut seen = (0, 0);
    let mut impls = (0, 0);
    for generated in files
        .iter()
        .filter(|f| f.path.starts_with("actions/") && f.path != "actions/mod.rs")
    {
        let parsed = syn::parse_file(&generated.contents).expect("generated code parses");
        for item in &parsed.items {
            match item {
                syn::Item::Struct(item) => {
                    let name = item.ident.to_string();
                    let attrs = attr_texts(&item.attrs);
                    let field_serde: Vec<String> = item
                        .fields
                        .iter()
                        .flat_map(|field| attr_texts(&field.attrs))
                        .collect();
                    if name.ends_with("Request") {
                        seen.0 += 1;
                        assert!(derives(&attrs, "Serialize"), "{name}: {attrs:?}");
                        assert!(
                            field_serde.iter().all(|attr| attr.starts_with("serde (")),
                            "{name}: {field_serde:?}"
                        );
                    } else if name.ends_with("Response") {
                        seen.1 += 1;
                        assert!(!derives(&attrs, "Serialize"), "{name}: {attrs:?}");
                        let gated_derive = format!("cfg_attr ({GATE} , derive (Serialize))");
                        assert!(attrs.contains(&gated_derive), "{name}: {attrs:?}");
                        // The derive's field attributes exist where it does.
                        let gated_field = format!("cfg_attr ({GATE} , serde (");
                        assert!(
                            field_serde
                                .iter()
                                .all(|attr| attr.starts_with(&gated_field)),
                            "{name}: {field_serde:?}"
                        );
                    }
                }
                syn::Item::Impl(item) => {
                    let Some((_, path, _)) = &item.trait_ else {
                        continue;
                    };
                    let trait_name = path.segments.last().unwrap().ident.to_string();
                    if !matches!(trait_name.as_str(), "Deserialize" | "Fields" | "Serialize") {
                        continue;
                    }
                    let ty = item.self_ty.to_token_stream().to_string();
                    let attrs = attr_texts(&item.attrs);
                    assert_ne!(trait_name, "Serialize", "{ty}: hand-written Serialize");
                    if ty.ends_with("Request") {
                        assert!(gated(&attrs), "{trait_name} for {ty}: {attrs:?}");
                        impls.0 += 1;
                    } else {
                        assert!(!gated(&attrs), "{trait_name} for {ty}: {attrs:?}");
                        impls.1 += 1;
                    }
                }
                _ => {}
            }
        }
    }
    let actions = spec.actions.len();
    assert_eq!(seen, (actions, actions));
    assert_eq!(impls, (2 * actions, 2 * actions));

    // Data structures and value sets: both directions, always.
    let types = file(&files, "types.rs");
    assert!(!types.contains("test-util"), "types.rs has gated items");
    let parsed = syn::parse_file(types).expect("types.rs parses");
    let structs = parsed
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(item) => Some(item),
            _ => None,
        })
        .inspect(|item| {
            let name = &item.ident;
            assert!(derives(&attr_texts(&item.attrs), "Serialize"), "{name}");
            let deserialize = format!("impl < 'de > Deserialize < 'de > for {name} {{");
            assert!(
                parsed.items.iter().any(|other| other
                    .to_token_stream()
                    .to_string()
                    .starts_with(&deserialize)),
                "{name} has no Deserialize impl"
            );
        })
        .count();
    assert_eq!(structs, spec.data_types.len());
}
