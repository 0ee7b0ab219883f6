//! Typed filters: per action with a documented filter catalogue, an `XFilter` type with one
//! constructor per documented filter name (`DescribeInstancesFilter::module_id(["…"])`), a
//! keyed constructor for `tag:KEY` filters, and `raw` for names the documentation does not
//! list. The request's `filters` setter takes only this type, so a documented name cannot be
//! misspelt; the wire field stays a list of `Filter`.

use ecm_spec::{DocumentedFilter, FilterSet};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::GenerateError;
use super::doc_text::{Doc, escape};
use super::model::{ActionModel, FieldModel};
use super::naming::{ident, is_identifier, snake_case};
use super::structs::Uses;

/// Method names of the typed filter that documented filters must not take.
const RESERVED: &[&str] = &["raw", "name", "values", "into_filter", "new"];

/// The request setter of a `Filters` field with a typed filter.
pub(crate) fn setter(field: &FieldModel<'_>, typed: &str, uses: &mut Uses) -> TokenStream {
    uses.types.insert("Filter".to_owned());
    let ident = ident(&field.rust_name);
    let typed = format_ident!("{}", typed);
    let mut doc = Doc::new();
    doc.markdown(&format!(
        "Sets `{}` from typed filters ([`{typed}`]; [`{typed}::raw`] for a name the \
         documentation does not list).",
        field.field.name
    ));
    let doc = doc.to_tokens();
    quote! {
        #doc
        pub fn #ident(mut self, value: impl IntoIterator<Item = #typed>) -> Self {
            self.#ident = Some(value.into_iter().map(Filter::from).collect());
            self
        }
    }
}

fn method_name(filter: &DocumentedFilter) -> String {
    match &filter.key_prefix {
        Some(prefix) => snake_case(prefix),
        None => snake_case(&filter.name),
    }
}

/// The typed filter of `action`, if its `Filters` input has one.
pub(crate) fn render(
    action: &ActionModel<'_>,
    uses: &mut Uses,
) -> Result<TokenStream, GenerateError> {
    let (Some(set), Some(typed)) = (
        &action.action.filters,
        action.inputs.iter().find_map(|i| i.typed_filter.clone()),
    ) else {
        return Ok(TokenStream::new());
    };
    uses.types.insert("Filter".to_owned());
    let name = format_ident!("{}", typed);
    let doc = type_doc(action, set, &typed).to_tokens();
    let mut seen: Vec<String> = RESERVED.iter().map(|r| (*r).to_owned()).collect();
    let mut constructors = Vec::new();
    for filter in &set.filters {
        let method = method_name(filter);
        if !is_identifier(&method) || seen.contains(&method) {
            return Err(GenerateError::Unsupported {
                context: format!("{} filters", action.action.name),
                problem: format!(
                    "filter `{}` gives the method name `{method}` twice or invalid",
                    filter.name
                ),
            });
        }
        seen.push(method.clone());
        constructors.push(constructor(filter, &method));
    }
    Ok(quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name(Filter);

        impl #name {
            #(#constructors)*

            /// A filter the documentation does not list, by its wire name (the escape hatch:
            /// nothing checks the name).
            pub fn raw(name: impl Into<String>, values: impl IntoIterator<Item = impl Into<String>>) -> Self {
                Self(Filter::new().name(name).values(values))
            }

            /// The filter name as sent.
            pub fn name(&self) -> &str {
                self.0.name.as_deref().unwrap_or_default()
            }

            /// The filter values as sent.
            pub fn values(&self) -> &[String] {
                self.0.values.as_deref().unwrap_or_default()
            }

            /// The wire `Filter`.
            pub fn into_filter(self) -> Filter {
                self.0
            }
        }

        impl From<#name> for Filter {
            fn from(filter: #name) -> Filter {
                filter.0
            }
        }
    })
}

fn type_doc(action: &ActionModel<'_>, set: &FilterSet, typed: &str) -> Doc {
    let mut doc = Doc::new();
    doc.markdown(&format!(
        "A filter of `{}` (its `{}` parameter): one constructor per documented filter name.",
        action.action.name, set.parameter
    ));
    let mut limits = Vec::new();
    if let Some(max) = set.max_filters {
        limits.push(format!("at most {max} filters per request"));
    }
    if let Some(max) = set.max_values {
        limits.push(format!("at most {max} values per filter"));
    }
    if !limits.is_empty() {
        doc.markdown(&format!("Documented limits: {}.", limits.join(", ")));
    }
    let example = set
        .filters
        .iter()
        .find(|f| f.key_prefix.is_none())
        .map(|f| (method_name(f), f));
    if let Some((method, _)) = example {
        doc.verbatim(&format!(
            "```\nuse ecm_sdk::actions::{{{request}, {typed}}};\n\n\
             let request = {request}::new().filters([\n\
             \x20   {typed}::{method}([\"value\"]),\n\
             \x20   {typed}::raw(\"an-undocumented-name\", [\"value\"]),\n]);\n```",
            request = action.request_name(),
        ));
    }
    doc
}

fn constructor(filter: &DocumentedFilter, method: &str) -> TokenStream {
    let ident = ident(method);
    let mut text = format!("`{}`", filter.name);
    let description = filter.description.replace('\n', " ");
    if !description.trim().is_empty() {
        text.push_str(&format!(": {}", escape(description.trim())));
    }
    let mut facts = Vec::new();
    if let Some(ty) = &filter.value_type {
        facts.push(format!("values documented as {ty}"));
    }
    if filter.fuzzy {
        facts.push("fuzzy match".to_owned());
    }
    if filter.single_value {
        facts.push("one value only".to_owned());
    }
    if !filter.values.is_empty() {
        let values: Vec<String> = filter
            .values
            .iter()
            .map(|v| format!("`{}`", v.value))
            .collect();
        facts.push(format!("documented values {}", values.join(", ")));
    }
    let mut doc = Doc::new();
    doc.markdown(&text);
    if !facts.is_empty() {
        let mut facts = facts.join("; ");
        if let Some(first) = facts.get(..1) {
            facts = first.to_uppercase() + &facts[1..];
        }
        doc.markdown(&format!("{facts}."));
    }
    let doc = doc.to_tokens();
    match &filter.key_prefix {
        Some(prefix) => quote! {
            #doc
            pub fn #ident(key: impl std::fmt::Display, values: impl IntoIterator<Item = impl Into<String>>) -> Self {
                Self(Filter::new().name(format!("{}{}", #prefix, key)).values(values))
            }
        },
        None => {
            let wire = &filter.name;
            quote! {
                #doc
                pub fn #ident(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
                    Self(Filter::new().name(#wire).values(values))
                }
            }
        }
    }
}
