//! `types.rs`: one struct per data structure of the "Data Types" chapter.

use proc_macro2::TokenStream;
use quote::quote;

use super::GenerateError;
use super::direction::Direction;
use super::doc_text::Doc;
use super::model::Model;
use super::structs::{Side, StructDef, Uses, render_struct, render_validate};

pub(crate) fn render(model: &Model<'_>) -> Result<TokenStream, GenerateError> {
    let mut uses = Uses::default();
    let mut items = Vec::with_capacity(model.data_types.len());
    for data_type in &model.data_types {
        let spec = data_type.data_type;
        let mut doc = Doc::new();
        if spec.description.trim().is_empty() {
            doc.markdown(&format!("The `{}` data structure.", spec.name));
        } else {
            doc.spec_text(&spec.description);
        }
        if !spec.used_by.is_empty() {
            let used_by: Vec<String> = spec.used_by.iter().map(|a| format!("`{a}`")).collect();
            doc.markdown(&format!("Used by {}.", used_by.join(", ")));
        }
        doc.markdown(direction_text(data_type.direction));
        let attrs = if data_type.rust_name == spec.name {
            TokenStream::new()
        } else {
            let alias = &spec.name;
            doc.markdown(&format!("Documented as `{alias}`."));
            quote!(#[doc(alias = #alias)])
        };
        let def = StructDef {
            name: &data_type.rust_name,
            doc,
            attrs,
            fields: &data_type.fields,
            side: Side::Settable,
            direction: data_type.direction,
            request_id: false,
        };
        items.push(render_struct(&def, &mut uses));
        if data_type.direction.validate() {
            items.push(render_validate(
                &data_type.rust_name,
                &data_type.fields,
                &format!("data structure {}", spec.name),
                &mut uses,
            )?);
        }
    }
    for value_set in &model.value_sets.enums {
        items.push(super::value_sets::render(value_set));
    }
    // Data structures refer to each other by name within this module.
    uses.types.clear();
    let imports = uses.contract_imports(&[]);
    let module_doc = types_module_doc(model).to_inner_tokens();
    Ok(quote! {
        #module_doc
        #imports
        #(#items)*
    })
}

/// What a structure's direction gives it, for its documentation.
fn direction_text(direction: Direction) -> &'static str {
    match direction {
        Direction::Request => {
            "Only requests contain it: it implements `Serialize` and \
             [`Validate`](crate::action::Validate); with the `test-util` feature it also \
             implements `Deserialize`, so that a test double can read a sent request back."
        }
        Direction::Response => {
            "Only responses contain it: it implements `Deserialize` (tolerantly); with the \
             `test-util` feature it also implements `Serialize`, so that a test double can \
             answer with it."
        }
        Direction::Both => {
            "Requests and responses contain it: it implements `Serialize`, `Deserialize` \
             (tolerantly) and [`Validate`](crate::action::Validate)."
        }
    }
}

fn types_module_doc(model: &Model<'_>) -> Doc {
    let mut doc = Doc::new();
    doc.markdown(
        "The data structures of the ECM API (the documentation's \"Data Types\" chapter).",
    )
    .markdown(
        "Requests and responses in [`actions`](crate::actions) are built from these. Every \
             member is an `Option`, required members too, because a structure may serve \
             requests (where [`Validate`](crate::action::Validate) refuses to send a request whose \
             required member is `None`, naming its wire path) and tolerant response decoding (a \
             missing member, a `null` or an unknown extra member never fails). Scalar members \
             also decode from lossless alternative JSON forms (`\"490001\"` for an `Integer`; \
             see the conventions in [`actions`](crate::actions)).",
    )
    .markdown(
        "Each structure implements what the requests and responses that contain it need, as \
         its documentation says: one only requests contain implements `Serialize` and \
         `Validate`, one only responses contain implements `Deserialize`, one both contain \
         implements all three. The other direction, for test doubles, comes with the \
         `test-util` feature.",
    );
    if let Some(example) = model.data_types.iter().find(|d| !d.fields.is_empty()) {
        doc.markdown(&format!(
            "Build one with `new()` and the chainable setters, e.g. `{}::new().{}(…)`.",
            example.rust_name, example.fields[0].rust_name
        ));
    }
    doc.markdown(
        "Names follow the crate's naming rule (see [`actions`](crate::actions)): an acronym is \
         one word (`ZoneInstanceCountISP` → `ZoneInstanceCountIsp`); a renamed structure keeps \
         its documented name as a search alias.",
    );
    doc
}
