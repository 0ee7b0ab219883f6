//! The generator on the checked-in spec (`spec/ecm.json`): what `cargo xtask regen --check`
//! cannot see. (That the checked-in generated code is what the spec generates is that check's
//! job; the code itself is reviewed in `ecm-sdk/src/generated/`.)

use ecm_codegen::generate::{GeneratedFile, generate};
use std::collections::BTreeMap;

use ecm_spec::{Spec, TypeRef};

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

/// Which way a type travels: (requests reach it, responses reach it).
type Reach = (bool, bool);

/// The data structures each action's inputs and outputs reach, transitively, computed here
/// from the spec on its own.
fn reach(spec: &Spec) -> BTreeMap<String, Reach> {
    let mut reach: BTreeMap<String, Reach> = spec
        .data_types
        .iter()
        .map(|d| (d.name.clone(), (false, false)))
        .collect();
    fn visit(spec: &Spec, ty: &TypeRef, request: bool, reach: &mut BTreeMap<String, Reach>) {
        match ty {
            TypeRef::Array(inner) => visit(spec, inner, request, reach),
            TypeRef::Struct(name) => {
                let seen = reach.get_mut(name).expect("a known type");
                let flag = if request { &mut seen.0 } else { &mut seen.1 };
                if !*flag {
                    *flag = true;
                    let members = &spec.data_type(name).unwrap().members;
                    for member in members {
                        visit(spec, &member.ty, request, reach);
                    }
                }
            }
            TypeRef::Primitive(_) => {}
        }
    }
    for action in &spec.actions {
        for input in &action.inputs {
            visit(spec, &input.ty, true, &mut reach);
        }
        for output in &action.outputs {
            visit(spec, &output.ty, false, &mut reach);
        }
    }
    reach
}

/// The serde directions of the generated types follow what the SDK needs: a type requests
/// reach always implements `Serialize`, one responses reach always `Deserialize` (and the
/// lenient `Fields`); the other direction (for test doubles) only with ecm-sdk's `test-util`
/// feature. `Validate` exists only on types requests reach. Requests are request-side,
/// responses response-side, data structures whichever side(s) reach them. The impls are
/// hand-written, never derived, so ecm-sdk builds without serde's derive macros. (That the
/// SDK compiles without the feature is checked by building it: `.ci/run`.)
#[test]
fn serde_and_validate_impls_follow_each_types_direction() {
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
    fn doc_text(attrs: &[syn::Attribute]) -> String {
        let mut text = String::new();
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
            if let syn::Meta::NameValue(meta) = &attr.meta {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(line),
                    ..
                }) = &meta.value
                {
                    text.push_str(line.value().trim());
                    text.push(' ');
                }
            }
        }
        text
    }
    let gated = |attrs: &[String]| attrs.iter().any(|attr| attr == &format!("cfg ({GATE})"));

    let spec = real();
    let reach = reach(&spec);
    // The real spec's directions, as this test computes them from the actions' inputs and
    // outputs (independently of the generator's `direction.rs`).
    let count = |side: Reach| reach.values().filter(|r| **r == side).count();
    assert_eq!(
        (
            count((false, true)),
            count((true, false)),
            count((true, true))
        ),
        (75, 11, 13)
    );
    // By Rust name: what reaches each generated structure.
    let mut expected: BTreeMap<String, Reach> = BTreeMap::new();
    for action in &spec.actions {
        expected.insert(format!("{}Request", action.name), (true, false));
        expected.insert(format!("{}Response", action.name), (false, true));
    }
    let files = generate(&spec).unwrap();
    let types = file(&files, "types.rs");
    let parsed_types = syn::parse_file(types).expect("types.rs parses");
    for item in &parsed_types.items {
        if let syn::Item::Struct(item) = item {
            let rust_name = item.ident.to_string();
            // The documented name: the struct's search alias, or its own name.
            let documented = item
                .attrs
                .iter()
                .map(|attr| attr.meta.to_token_stream().to_string())
                .find_map(|attr| {
                    attr.strip_prefix("doc (alias = \"")
                        .and_then(|rest| rest.strip_suffix("\")"))
                        .map(str::to_owned)
                })
                .unwrap_or_else(|| rust_name.clone());
            let side = reach[&documented];
            // A structure no action reaches (none in the real spec) would get both.
            expected.insert(
                rust_name,
                if side == (false, false) {
                    (true, true)
                } else {
                    side
                },
            );
        }
    }
    assert_eq!(
        expected.len(),
        2 * spec.actions.len() + spec.data_types.len()
    );

    // Per type: (Serialize gated?, Deserialize gated?, Fields gated?, Validate?), as found.
    let mut found: BTreeMap<String, [Option<bool>; 4]> = BTreeMap::new();
    let mut docs: BTreeMap<String, String> = BTreeMap::new();
    let mut parsed = vec![syn::parse_file(types).expect("types.rs parses")];
    for generated in files
        .iter()
        .filter(|f| f.path.starts_with("actions/") && f.path != "actions/mod.rs")
    {
        parsed.push(syn::parse_file(&generated.contents).expect("generated code parses"));
    }
    for file in &parsed {
        for item in &file.items {
            match item {
                syn::Item::Struct(item) => {
                    let name = item.ident.to_string();
                    let attrs = attr_texts(&item.attrs);
                    assert!(
                        !attrs
                            .iter()
                            .any(|attr| attr.contains("Serialize") || attr.contains("Deserialize")),
                        "{name} derives serde: {attrs:?}"
                    );
                    for field in &item.fields {
                        let attrs = attr_texts(&field.attrs);
                        assert!(attrs.is_empty(), "{name}: field attributes {attrs:?}");
                    }
                    docs.insert(name, doc_text(&item.attrs));
                }
                syn::Item::Impl(item) => {
                    let Some((_, path, _)) = &item.trait_ else {
                        continue;
                    };
                    let trait_name = path.segments.last().unwrap().ident.to_string();
                    let slot = match trait_name.as_str() {
                        "Serialize" => 0,
                        "Deserialize" => 1,
                        "Fields" => 2,
                        "Validate" => 3,
                        _ => continue,
                    };
                    let ty = item.self_ty.to_token_stream().to_string();
                    let entry = found.entry(ty.clone()).or_default();
                    assert!(entry[slot].is_none(), "two {trait_name} impls for {ty}");
                    entry[slot] = Some(gated(&attr_texts(&item.attrs)));
                }
                _ => {}
            }
        }
    }
    for (name, (request, response)) in &expected {
        // `Some(false)`: always; `Some(true)`: with `test-util`; `None`: never.
        let serialize = Some(!request);
        let deserialize = Some(!response);
        let validate = request.then_some(false);
        assert_eq!(
            found.get(name).copied().unwrap_or_default(),
            [serialize, deserialize, deserialize, validate],
            "{name} (reached by requests: {request}, responses: {response})"
        );
        // Its documentation says what the feature adds.
        let doc = &docs[name];
        let adds_serialize = doc
            .contains("With the `test-util` feature it also implements `Serialize`")
            || doc.contains("with the `test-util` feature it also implements `Serialize`");
        let adds_deserialize =
            doc.contains("with the `test-util` feature it also implements `Deserialize`");
        assert_eq!(adds_serialize, !request, "{name}: {doc}");
        if !name.ends_with("Request") {
            assert_eq!(adds_deserialize, !response, "{name}: {doc}");
        }
    }
    // Value sets implement both serde traits, always (none of their impls is gated).
    let value_sets = parsed_types
        .items
        .iter()
        .filter(|item| matches!(item, syn::Item::Enum(_)))
        .count();
    assert!(value_sets > 0);
    for item in &parsed_types.items {
        if let syn::Item::Impl(item) = item {
            if matches!(&*item.self_ty, syn::Type::Path(_)) && gated(&attr_texts(&item.attrs)) {
                let ty = item.self_ty.to_token_stream().to_string();
                assert!(expected.contains_key(&ty), "{ty} is gated");
            }
        }
    }
}
