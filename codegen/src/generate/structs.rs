//! Rendering of one wire structure (data structure, request or response): the struct with
//! its serde mapping, the `new()` constructor and chainable setters, and `Validate`.
//!
//! The SDK itself only encodes requests and only decodes responses; the other direction
//! (decoding a request a test double received, encoding the answer a test gives it) is
//! compiled only with ecm-sdk's `test-util` feature. A data structure gets what the requests
//! and responses that reach it need ([`Direction`]).
//!
//! `Serialize` and `Deserialize` are implemented here rather than derived, through the
//! runtime's shared implementations (`crate::encode::structure`, `crate::lenient::structure`),
//! so that ecm-sdk builds without serde's derive macros and each impl is a list of members.

use std::collections::BTreeSet;

use ecm_spec::{Primitive, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::GenerateError;
use super::direction::{Direction, SerdeUse};
use super::doc_text::Doc;
use super::model::{FieldModel, RustType};
use super::naming::ident;

/// What a file's items use, so that it imports exactly that.
#[derive(Debug, Default)]
pub(crate) struct Uses {
    pub(crate) require: bool,
    pub(crate) validate_nested: bool,
    pub(crate) validate_list: bool,
    pub(crate) validate: bool,
    /// Where the items use `Serialize` (its impl).
    pub(crate) serialize: SerdeUse,
    /// Where the items use `Deserialize` (its impl).
    pub(crate) deserialize: SerdeUse,
    /// Data structures, by Rust name.
    pub(crate) types: BTreeSet<String>,
}

impl Uses {
    /// `use` items for the action contract and serde.
    pub(crate) fn contract_imports(&self, extra: &[&str]) -> TokenStream {
        let mut names: Vec<&str> = extra.to_vec();
        if self.validate {
            names.extend(["MissingRequiredParameter", "Validate"]);
        }
        if self.require {
            names.push("require");
        }
        if self.validate_list {
            names.push("validate_list");
        }
        if self.validate_nested {
            names.push("validate_nested");
        }
        names.sort_unstable();
        names.dedup();
        let names = names.iter().map(|name| format_ident!("{}", name));
        let action = if self.validate || !extra.is_empty() {
            quote! { use crate::action::{#(#names),*}; }
        } else {
            TokenStream::new()
        };
        let mut serde = Vec::new();
        let mut test_util = Vec::new();
        for (name, used) in [
            ("Deserialize", self.deserialize),
            ("Serialize", self.serialize),
        ] {
            let name = format_ident!("{}", name);
            match used {
                SerdeUse::None => {}
                SerdeUse::TestUtil => test_util.push(name),
                SerdeUse::Always => serde.push(name),
            }
        }
        let serde = match serde.as_slice() {
            [] => TokenStream::new(),
            [one] => quote! { use serde::#one; },
            _ => quote! { use serde::{#(#serde),*}; },
        };
        let test_util = match test_util.as_slice() {
            [] => TokenStream::new(),
            [one] => quote! { #[cfg(feature = "test-util")] use serde::#one; },
            _ => quote! { #[cfg(feature = "test-util")] use serde::{#(#test_util),*}; },
        };
        quote! { #serde #test_util #action }
    }
}

/// `#[cfg(feature = "test-util")]` for an item compiled only with that feature, nothing
/// otherwise.
fn gate(used: SerdeUse) -> TokenStream {
    match used {
        SerdeUse::TestUtil => quote! { #[cfg(feature = "test-util")] },
        SerdeUse::None | SerdeUse::Always => TokenStream::new(),
    }
}

/// The doc line of an impl compiled only with the `test-util` feature: what it is for
/// (`purpose`), and that it needs the feature; nothing for the other impls.
fn gate_doc(used: SerdeUse, purpose: &str) -> TokenStream {
    match used {
        SerdeUse::TestUtil => {
            let doc = format!(" {purpose}; only with the `test-util` feature.");
            quote! { #[doc = #doc] }
        }
        SerdeUse::None | SerdeUse::Always => TokenStream::new(),
    }
}

/// Which table a structure's fields come from; decides how its constructor is documented.
/// Both sides get `new()` and chainable setters (responses so that tests can build them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// Request parameters or data-structure members.
    Settable,
    /// Response fields.
    Output,
}

/// One structure to render.
#[derive(Debug)]
pub(crate) struct StructDef<'m, 'a> {
    pub(crate) name: &'m str,
    pub(crate) doc: Doc,
    /// Extra attributes, e.g. `#[doc(alias = "ISP")]`.
    pub(crate) attrs: TokenStream,
    pub(crate) fields: &'m [FieldModel<'a>],
    pub(crate) side: Side,
    /// Which way it travels: which serde impls it gets (and which only with `test-util`).
    pub(crate) direction: Direction,
    /// Add the common `RequestId` output.
    pub(crate) request_id: bool,
}

/// Structures decode through the model's `crate::lenient` (`ecm-sdk-model/src/lenient.rs`): a
/// generated `Fields` impl instead of `#[derive(Deserialize)]`, and scalars (and lists of
/// them) leniently: a scalar in another JSON form of its documented type is accepted when the
/// conversion is lossless. This says whether a field's values are scalars (or lists of
/// them), which decode leniently.
fn is_scalar(ty: &RustType) -> bool {
    match ty {
        RustType::String
        | RustType::Integer
        | RustType::Float
        | RustType::Boolean
        | RustType::Enum(_) => true,
        RustType::Vec(inner) => is_scalar(inner),
        RustType::Struct(_) => false,
    }
}

pub(crate) fn type_tokens(ty: &RustType, uses: &mut Uses) -> TokenStream {
    match ty {
        RustType::String => quote!(String),
        RustType::Integer => quote!(i64),
        RustType::Float => quote!(f64),
        RustType::Boolean => quote!(bool),
        RustType::Struct(name) | RustType::Enum(name) => {
            uses.types.insert(name.clone());
            let name = format_ident!("{}", name);
            quote!(#name)
        }
        RustType::Vec(inner) => {
            let inner = type_tokens(inner, uses);
            quote!(Vec<#inner>)
        }
    }
}

fn field_doc(field: &FieldModel<'_>) -> Doc {
    let spec = field.field;
    let mut doc = Doc::new();
    doc.spec_text(&spec.description);
    let mut facts = vec![format!("Wire name `{}`", spec.name)];
    match spec.required {
        Some(true) => facts.push("required".to_owned()),
        Some(false) => facts.push("optional".to_owned()),
        None => {}
    }
    match spec.ty.element() {
        TypeRef::Primitive(Primitive::Timestamp) => {
            facts.push("a timestamp string such as `2020-09-22 00:00:00`".to_owned());
        }
        TypeRef::Primitive(Primitive::TimestampIso8601) => {
            facts.push(
                "an ISO 8601 timestamp string such as `2020-09-22T00:00:00+00:00`".to_owned(),
            );
        }
        _ => {}
    }
    if spec.nullable {
        facts.push("may be `null` (decoded as `None`)".to_owned());
    }
    doc.markdown(&format!("{}.", facts.join("; ")));
    doc
}

/// The struct definition, its serde impls and, for settable structures, `new()` and the
/// setters.
pub(crate) fn render_struct(def: &StructDef<'_, '_>, uses: &mut Uses) -> TokenStream {
    uses.serialize.record(def.direction.serialize());
    uses.deserialize.record(def.direction.deserialize());
    let name = format_ident!("{}", def.name);
    let doc = def.doc.to_tokens();
    let attrs = &def.attrs;
    let mut fields = Vec::with_capacity(def.fields.len() + 1);
    // (wire name, Rust field, decodes leniently)
    let mut members = Vec::with_capacity(def.fields.len() + 1);
    for field in def.fields {
        let doc = field_doc(field).to_tokens();
        let wire = &field.field.name;
        let ident = ident(&field.rust_name);
        let ty = type_tokens(&field.ty, uses);
        let ty = if field.boxed { quote!(Box<#ty>) } else { ty };
        fields.push(quote! {
            #doc
            pub #ident: Option<#ty>,
        });
        members.push((wire.as_str(), ident, is_scalar(&field.ty)));
    }
    if def.request_id {
        fields.push(quote! {
            /// The unique ID of the request, returned with every response; quote it when
            /// reporting a problem.
            ///
            /// Wire name `RequestId`.
            pub request_id: Option<String>,
        });
        members.push(("RequestId", ident("request_id"), true));
    }
    let redacting_debug = render_redacting_debug(def);
    let derive_debug = if redacting_debug.is_empty() {
        quote!(Debug,)
    } else {
        TokenStream::new()
    };
    let serialize = render_serialize(def.name, &members, def.direction.serialize());
    let deserialize = render_deserialize(def.name, &members, def.direction.deserialize());
    let definition = quote! {
        #doc
        #attrs
        #[derive(#derive_debug Clone, PartialEq, Default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        #serialize

        #deserialize

        #redacting_debug
    };
    let new_doc = if def.side == Side::Output {
        format!(
            " Creates an empty `{}` (e.g. a test's answer); set its fields with the chainable \
             setters.",
            def.name
        )
    } else if def.fields.is_empty() {
        format!(" Creates a `{}`; the action takes no parameters.", def.name)
    } else {
        format!(
            " Creates an empty `{}`; set its fields with the chainable setters.",
            def.name
        )
    };
    let setters: Vec<TokenStream> = def
        .fields
        .iter()
        .map(|field| setter(field, def.side, uses))
        .collect();
    let request_id_setter = if def.request_id {
        quote! {
            /// Sets `RequestId`.
            pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
                self.request_id = Some(value.into());
                self
            }
        }
    } else {
        TokenStream::new()
    };
    quote! {
        #definition

        impl #name {
            #[doc = #new_doc]
            pub fn new() -> Self {
                <Self as Default>::default()
            }

            #(#setters)*
            #request_id_setter
        }
    }
}

/// `impl Serialize` through `crate::encode::structure`: one `.member(wire name, &field)` per
/// member in declaration order, serialised (when `Some`) under their wire names as the derive
/// with `rename` and `skip_serializing_if = "Option::is_none"` did. Behind
/// `#[cfg(feature = "test-util")]` when `used` says so.
fn render_serialize(
    name: &str,
    members: &[(&str, proc_macro2::Ident, bool)],
    used: SerdeUse,
) -> TokenStream {
    let ty = format_ident!("{}", name);
    let entries = members
        .iter()
        .map(|(wire, field, _)| quote!(.member(#wire, &self.#field)));
    let (doc, gate) = (gate_doc(used, "Encodes a test double's answer"), gate(used));
    quote! {
        #doc
        #gate
        impl Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                crate::encode::structure(serializer, #name)
                    #(#entries)*
                    .end()
            }
        }
    }
}

/// `impl Deserialize` through `crate::lenient::structure`, and the `Fields` impl it reads:
/// the wire names, a `match` from name to index, and one from index to the member's decoding.
/// Both behind `#[cfg(feature = "test-util")]` when `used` says so.
fn render_deserialize(
    name: &str,
    members: &[(&str, proc_macro2::Ident, bool)],
    used: SerdeUse,
) -> TokenStream {
    let ty = format_ident!("{}", name);
    let wires = members.iter().map(|(wire, _, _)| *wire);
    let (index, decode_field) = if members.is_empty() {
        (
            quote! {
                fn index(_name: &str) -> Option<usize> {
                    None
                }
            },
            quote! {
                fn decode_field<'de, A: serde::de::MapAccess<'de>>(
                    &mut self,
                    _index: usize,
                    _map: &mut A,
                ) -> Result<(), A::Error> {
                    Ok(())
                }
            },
        )
    } else {
        let by_name = members.iter().enumerate().map(|(i, (wire, _, _))| {
            let i = proc_macro2::Literal::usize_unsuffixed(i);
            quote!(#wire => Some(#i),)
        });
        let decode = |field: &proc_macro2::Ident, lenient: bool| {
            if lenient {
                quote!(self.#field = map.next_value_seed(crate::lenient::Field::new())?)
            } else {
                quote!(self.#field = map.next_value()?)
            }
        };
        let body = if let [(_, field, lenient)] = members {
            let decode = decode(field, *lenient);
            quote! {
                if index == 0 {
                    #decode;
                }
            }
        } else {
            let by_index = members.iter().enumerate().map(|(i, (_, field, lenient))| {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                let decode = decode(field, *lenient);
                quote!(#i => #decode,)
            });
            quote! {
                match index {
                    #(#by_index)*
                    _ => {}
                }
            }
        };
        (
            quote! {
                #[inline]
                fn index(name: &str) -> Option<usize> {
                    match name {
                        #(#by_name)*
                        _ => None,
                    }
                }
            },
            quote! {
                #[inline]
                fn decode_field<'de, A: serde::de::MapAccess<'de>>(
                    &mut self,
                    index: usize,
                    map: &mut A,
                ) -> Result<(), A::Error> {
                    #body
                    Ok(())
                }
            },
        )
    };
    let doc = gate_doc(used, "Reads a sent request back (test doubles)");
    let gate = gate(used);
    quote! {
        #doc
        #gate
        impl<'de> Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::lenient::structure(deserializer)
            }
        }

        #gate
        impl crate::lenient::Fields for #ty {
            const NAME: &'static str = #name;
            const FIELDS: &'static [&'static str] = &[#(#wires),*];

            #index

            #decode_field
        }
    }
}

/// Wire names of fields whose values are secrets: passwords, user data (scripts that often
/// embed credentials), private keys, secret keys and tokens. A field is sensitive when its
/// wire name is one of these or ends with `Password`; the documentation's fields it matches
/// are listed in `codegen/README.md`.
const SENSITIVE_FIELDS: &[&str] = &["Password", "UserData", "PrivateKey", "SecretKey", "Token"];

/// Whether a field's value must never be printed.
pub(crate) fn is_sensitive(wire_name: &str) -> bool {
    SENSITIVE_FIELDS.contains(&wire_name) || wire_name.ends_with("Password")
}

/// For a structure with a sensitive field, a `Debug` that prints such fields as
/// `Some("<redacted>")` (or `None`) and every other field as derived; empty otherwise (the
/// structure derives `Debug`).
fn render_redacting_debug(def: &StructDef<'_, '_>) -> TokenStream {
    if !def
        .fields
        .iter()
        .any(|field| is_sensitive(&field.field.name))
    {
        return TokenStream::new();
    }
    let name = format_ident!("{}", def.name);
    let label = def.name;
    let mut entries: Vec<TokenStream> = def
        .fields
        .iter()
        .map(|field| {
            let ident = ident(&field.rust_name);
            let label = field.rust_name.as_str();
            if is_sensitive(&field.field.name) {
                quote! { .field(#label, &self.#ident.as_ref().map(|_| "<redacted>")) }
            } else {
                quote! { .field(#label, &self.#ident) }
            }
        })
        .collect();
    if def.request_id {
        entries.push(quote! { .field("request_id", &self.request_id) });
    }
    let doc = " Prints every field but the secret ones, which show as `<redacted>`.";
    quote! {
        impl std::fmt::Debug for #name {
            #[doc = #doc]
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#label)
                    #(#entries)*
                    .finish()
            }
        }
    }
}

/// A chainable setter. Request parameters and members take the field's name
/// (`.limit(10)`); response fields take `set_` + the name (`.set_instance_set(..)`), as
/// google-cloud-rust's generated types do, since the field's name is its borrowing accessor.
fn setter(field: &FieldModel<'_>, side: Side, uses: &mut Uses) -> TokenStream {
    let ident = ident(&field.rust_name);
    let method = match side {
        Side::Settable => ident.clone(),
        Side::Output => format_ident!("set_{}", field.rust_name),
    };
    let required = if field.field.required == Some(true) {
        " (required)"
    } else {
        ""
    };
    let doc = format!(" Sets `{}`{required}.", field.field.name);
    if let Some(typed) = &field.typed_filter {
        return super::filters::setter(field, typed, uses);
    }
    let (param, value) = match &field.ty {
        RustType::String => (quote!(impl Into<String>), quote!(value.into())),
        RustType::Vec(inner) if **inner == RustType::String => (
            quote!(impl IntoIterator<Item = impl Into<String>>),
            quote!(value.into_iter().map(Into::into).collect()),
        ),
        // A value set takes its variant or a wire value (`"RUNNING"`, `1`).
        RustType::Enum(_) => {
            let ty = type_tokens(&field.ty, uses);
            (quote!(impl Into<#ty>), quote!(value.into()))
        }
        RustType::Vec(inner) if matches!(**inner, RustType::Enum(_)) => {
            let inner = type_tokens(inner, uses);
            (
                quote!(impl IntoIterator<Item = impl Into<#inner>>),
                quote!(value.into_iter().map(Into::into).collect()),
            )
        }
        RustType::Vec(inner) => {
            let inner = type_tokens(inner, uses);
            (
                quote!(impl IntoIterator<Item = #inner>),
                quote!(value.into_iter().collect()),
            )
        }
        ty if field.boxed => (type_tokens(ty, uses), quote!(Box::new(value))),
        ty => (type_tokens(ty, uses), quote!(value)),
    };
    quote! {
        #[doc = #doc]
        pub fn #method(mut self, value: #param) -> Self {
            self.#ident = Some(#value);
            self
        }
    }
}

/// `impl Validate`: `require` for required fields, recursion into nested structures and lists.
pub(crate) fn render_validate(
    name: &str,
    fields: &[FieldModel<'_>],
    context: &str,
    uses: &mut Uses,
) -> Result<TokenStream, GenerateError> {
    uses.validate = true;
    let name = format_ident!("{}", name);
    let mut checks = Vec::new();
    for field in fields {
        let wire = &field.field.name;
        let ident = ident(&field.rust_name);
        if field.field.required == Some(true) {
            uses.require = true;
            checks.push(quote! { require(#wire, &self.#ident)?; });
        }
        match &field.ty {
            RustType::Struct(_) if field.boxed => checks.push(quote! {
                if let Some(value) = &self.#ident {
                    value.validate().map_err(|missing| missing.within(#wire, None))?;
                }
            }),
            RustType::Struct(_) => {
                uses.validate_nested = true;
                checks.push(quote! { validate_nested(#wire, &self.#ident)?; });
            }
            RustType::Vec(inner) => match &**inner {
                RustType::Struct(_) => {
                    uses.validate_list = true;
                    checks.push(quote! { validate_list(#wire, &self.#ident)?; });
                }
                RustType::Vec(_) if contains_struct(inner) => {
                    return Err(GenerateError::Unsupported {
                        context: format!("{context} {wire}"),
                        problem: "lists of lists of data structures cannot be validated".into(),
                    });
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(quote! {
        impl Validate for #name {
            fn validate(&self) -> Result<(), MissingRequiredParameter> {
                #(#checks)*
                Ok(())
            }
        }
    })
}

fn contains_struct(ty: &RustType) -> bool {
    match ty {
        RustType::Struct(_) => true,
        RustType::Vec(inner) => contains_struct(inner),
        _ => false,
    }
}
