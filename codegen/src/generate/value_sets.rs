//! Documented value sets → one `#[non_exhaustive]` enum each (rendered into `types.rs`).
//!
//! Naming: a data-structure member whose name starts with its structure's name keeps it
//! (`Instance.InstanceState` → `InstanceState`), other members are prefixed with the structure
//! (`ImageTask.State` → `ImageTaskState`); an action parameter keeps its name
//! (`StopType`) unless it is a generic word (`Status`, `Result`, …), which takes the action's
//! name without `Describe` (`DescribeTaskResult.Result` → `TaskResult`). Fields with the same
//! name and the same set of values share one enum; the same name with different sets is a
//! conflict resolved by prefixing every one of them with its owner.
//!
//! Variants: string values in UpperCamelCase (`LAUNCH_FAILED` → `LaunchFailed`); numeric codes
//! by their meaning when every meaning is short (`0: descending` → `Descending`), otherwise
//! `Code0`, `Code1`, … (`CodeMinus1` for `-1`). The catch-all is `Unknown`, holding the wire
//! value (a documented value spelt `Unknown` becomes `UnknownValue`).

use std::collections::BTreeMap;

use ecm_spec::{DocumentedValue, Field, Primitive, Spec, TypeRef};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::GenerateError;
use super::doc_text::{Doc, escape};
use super::naming::{is_identifier, upper_camel_case, words};

/// Where a field lives, for the enum lookup.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Owner {
    DataType(String),
    Action(String),
}

/// Whether the wire values are strings or numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnumKind {
    String,
    Integer,
}

/// One generated enum.
#[derive(Debug)]
pub(crate) struct EnumModel {
    pub(crate) rust_name: String,
    pub(crate) kind: EnumKind,
    /// (variant, wire value, meaning), in documentation order.
    pub(crate) variants: Vec<(String, String, String)>,
    /// The fields using it, as `Owner.Field` / `Action Field`, for the documentation.
    pub(crate) used_by: Vec<String>,
    /// The first field's description, for the documentation.
    pub(crate) description: String,
}

/// Every enum and the field → enum map.
#[derive(Debug, Default)]
pub(crate) struct ValueSets {
    pub(crate) enums: Vec<EnumModel>,
    by_field: BTreeMap<(Owner, String), usize>,
}

impl ValueSets {
    /// The enum of a field, if it has one.
    pub(crate) fn of(&self, owner: &Owner, field: &str) -> Option<&EnumModel> {
        self.by_field
            .get(&(owner.clone(), field.to_owned()))
            .map(|&i| &self.enums[i])
    }
}

const GENERIC: &[&str] = &[
    "Status", "State", "Result", "Order", "Period", "Type", "Version", "Mode",
];

fn kind(ty: &TypeRef) -> Option<EnumKind> {
    match ty.element() {
        TypeRef::Primitive(Primitive::String) => Some(EnumKind::String),
        TypeRef::Primitive(Primitive::Integer) => Some(EnumKind::Integer),
        _ => None,
    }
}

fn candidate_name(owner: &Owner, field: &str) -> String {
    let field = upper_camel_case(field);
    match owner {
        Owner::DataType(name) => {
            let name = upper_camel_case(name);
            if field.starts_with(&name) {
                field
            } else {
                format!("{name}{field}")
            }
        }
        Owner::Action(name) if GENERIC.contains(&field.as_str()) => owner_prefixed(name, &field),
        Owner::Action(_) => field,
    }
}

fn owner_prefixed(owner: &str, field: &str) -> String {
    let base = upper_camel_case(owner);
    let base = base.strip_prefix("Describe").unwrap_or(&base).to_owned();
    if base.ends_with(field) {
        base
    } else {
        format!("{base}{field}")
    }
}

/// Plans the enums of `spec`; names in `taken` (data structures, actions) are avoided.
pub(crate) fn plan(spec: &Spec, taken: &dyn Fn(&str) -> bool) -> Result<ValueSets, GenerateError> {
    struct Use<'s> {
        owner: Owner,
        field: &'s Field,
        kind: EnumKind,
    }
    let mut uses: Vec<Use<'_>> = Vec::new();
    for action in &spec.actions {
        for field in action.inputs.iter().chain(&action.outputs) {
            if let (false, Some(kind)) = (field.values.is_empty(), kind(&field.ty)) {
                uses.push(Use {
                    owner: Owner::Action(action.name.clone()),
                    field,
                    kind,
                });
            }
        }
    }
    for data_type in &spec.data_types {
        for member in &data_type.members {
            if let (false, Some(kind)) = (member.values.is_empty(), kind(&member.ty)) {
                uses.push(Use {
                    owner: Owner::DataType(data_type.name.clone()),
                    field: member,
                    kind,
                });
            }
        }
    }
    fn wire_set(values: &[DocumentedValue]) -> Vec<&str> {
        let mut set: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
        set.sort_unstable();
        set
    }
    // Candidate names; a name whose uses disagree on the set is prefixed with the owner.
    let mut names: Vec<String> = uses
        .iter()
        .map(|u| candidate_name(&u.owner, &u.field.name))
        .collect();
    for i in 0..uses.len() {
        let conflict = (0..uses.len()).any(|j| {
            names[j] == names[i]
                && (wire_set(&uses[j].field.values) != wire_set(&uses[i].field.values)
                    || uses[j].kind != uses[i].kind)
        });
        let clashes = taken(&names[i]);
        if conflict || clashes {
            let owner = match &uses[i].owner {
                Owner::DataType(name) | Owner::Action(name) => name,
            };
            let field = upper_camel_case(&uses[i].field.name);
            names[i] = owner_prefixed(owner, &field);
            if taken(&names[i]) {
                names[i].push_str("Value");
            }
        }
    }
    let mut sets = ValueSets::default();
    for (use_, name) in uses.iter().zip(names) {
        let label = match &use_.owner {
            Owner::DataType(owner) => format!("{owner}.{}", use_.field.name),
            Owner::Action(owner) => format!("{owner}.{}", use_.field.name),
        };
        let index = match sets.enums.iter().position(|e| e.rust_name == name) {
            Some(index) => {
                sets.enums[index].used_by.push(label);
                index
            }
            None => {
                let variants = variants(&name, use_.kind, &use_.field.values)?;
                sets.enums.push(EnumModel {
                    rust_name: name,
                    kind: use_.kind,
                    variants,
                    used_by: vec![label],
                    description: use_.field.description.clone(),
                });
                sets.enums.len() - 1
            }
        };
        sets.by_field
            .insert((use_.owner.clone(), use_.field.name.clone()), index);
    }
    Ok(sets)
}

fn variants(
    enum_name: &str,
    kind: EnumKind,
    values: &[DocumentedValue],
) -> Result<Vec<(String, String, String)>, GenerateError> {
    let by_meaning = |value: &DocumentedValue| -> Option<String> {
        let meaning = value
            .meaning
            .split([',', '(', ';', '.', ':'])
            .next()
            .unwrap_or("")
            .trim();
        let count = words(meaning).len();
        (1..=4).contains(&count).then(|| upper_camel_case(meaning))
    };
    let names: Vec<String> = match kind {
        EnumKind::String => values.iter().map(|v| upper_camel_case(&v.value)).collect(),
        EnumKind::Integer => {
            let meanings: Option<Vec<String>> = values.iter().map(by_meaning).collect();
            match meanings {
                Some(names) if distinct(&names) && names.iter().all(|n| is_identifier(n)) => names,
                _ => values
                    .iter()
                    .map(|v| match v.value.strip_prefix('-') {
                        Some(digits) => format!("CodeMinus{digits}"),
                        None => format!("Code{}", v.value),
                    })
                    .collect(),
            }
        }
    };
    let names: Vec<String> = names
        .into_iter()
        .map(|n| {
            if n == "Unknown" {
                "UnknownValue".into()
            } else {
                n
            }
        })
        .collect();
    if !distinct(&names) || names.iter().any(|n| !is_identifier(n)) {
        return Err(GenerateError::Unsupported {
            context: format!("value set {enum_name}"),
            problem: format!("its values do not give distinct variant names: {names:?}"),
        });
    }
    Ok(names
        .into_iter()
        .zip(values)
        .map(|(name, v)| (name, v.value.clone(), v.meaning.clone()))
        .collect())
}

fn distinct(names: &[String]) -> bool {
    names
        .iter()
        .enumerate()
        .all(|(i, n)| !names[..i].contains(n))
}

/// The enum with its conversions and serde implementations.
pub(crate) fn render(model: &EnumModel) -> TokenStream {
    let name = format_ident!("{}", model.rust_name);
    let mut doc = Doc::new();
    let headline = model
        .description
        .split(['.', '\n'])
        .next()
        .unwrap_or("")
        .trim();
    if headline.is_empty() {
        doc.markdown("A documented set of values.");
    } else {
        doc.markdown(&format!("{}.", escape(headline)));
    }
    let used_by: Vec<String> = model.used_by.iter().map(|u| format!("`{u}`")).collect();
    doc.markdown(&format!(
        "The values the documentation gives for {}. A value this SDK version does not know \
         decodes as `Unknown` with the value as sent (decoding never fails on a new value), and \
         encodes back unchanged.",
        used_by.join(", ")
    ));
    let doc = doc.to_tokens();
    let variant_defs = model.variants.iter().map(|(variant, wire, meaning)| {
        let ident = format_ident!("{}", variant);
        let text = if meaning.is_empty() {
            format!("`{wire}`.")
        } else {
            format!("`{wire}`: {}.", escape(meaning))
        };
        let mut doc = Doc::new();
        doc.markdown(&text);
        let doc = doc.to_tokens();
        quote! { #doc #ident, }
    });
    let idents: Vec<_> = model
        .variants
        .iter()
        .map(|(variant, _, _)| format_ident!("{}", variant))
        .collect();
    match model.kind {
        EnumKind::String => {
            let wires: Vec<&str> = model.variants.iter().map(|(_, w, _)| w.as_str()).collect();
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum #name {
                    #(#variant_defs)*
                    /// A value the documentation does not list, kept exactly as sent.
                    Unknown(String),
                }

                impl #name {
                    /// The documented wire values, in documentation order.
                    pub const VALUES: &'static [&'static str] = &[#(#wires),*];

                    /// The wire value.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(Self::#idents => #wires,)*
                            Self::Unknown(value) => value,
                        }
                    }
                }

                impl From<&str> for #name {
                    fn from(value: &str) -> Self {
                        match value {
                            #(#wires => Self::#idents,)*
                            other => Self::Unknown(other.to_owned()),
                        }
                    }
                }

                impl From<String> for #name {
                    fn from(value: String) -> Self {
                        match Self::from(value.as_str()) {
                            Self::Unknown(_) => Self::Unknown(value),
                            known => known,
                        }
                    }
                }

                impl std::str::FromStr for #name {
                    type Err = std::convert::Infallible;

                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        Ok(Self::from(value))
                    }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }

                impl Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_str(self.as_str())
                    }
                }

                impl<'de> Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        <Self as crate::lenient::Lenient>::deserialize(deserializer)
                    }
                }

                impl crate::lenient::Lenient for #name {
                    fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
                    }
                }
            }
        }
        EnumKind::Integer => {
            let patterns: Vec<TokenStream> = model
                .variants
                .iter()
                .map(|(_, w, _)| {
                    let code: i64 = w.parse().unwrap_or_default();
                    let literal = Literal::i64_unsuffixed(code.abs());
                    if code < 0 {
                        quote!(-#literal)
                    } else {
                        quote!(#literal)
                    }
                })
                .collect();
            quote! {
                #doc
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum #name {
                    #(#variant_defs)*
                    /// A code the documentation does not list, kept exactly as sent.
                    Unknown(i64),
                }

                impl #name {
                    /// The documented wire codes, in documentation order.
                    pub const VALUES: &'static [i64] = &[#(#patterns),*];

                    /// The wire code.
                    pub fn code(&self) -> i64 {
                        match self {
                            #(Self::#idents => #patterns,)*
                            Self::Unknown(code) => *code,
                        }
                    }
                }

                impl From<i64> for #name {
                    fn from(code: i64) -> Self {
                        match code {
                            #(#patterns => Self::#idents,)*
                            other => Self::Unknown(other),
                        }
                    }
                }

                impl std::str::FromStr for #name {
                    type Err = std::num::ParseIntError;

                    /// Parses the decimal wire code (`"0"`).
                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        value.parse::<i64>().map(Self::from)
                    }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "{}", self.code())
                    }
                }

                impl Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_i64(self.code())
                    }
                }

                impl<'de> Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        <Self as crate::lenient::Lenient>::deserialize(deserializer)
                    }
                }

                impl crate::lenient::Lenient for #name {
                    fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
                    }
                }
            }
        }
    }
}
