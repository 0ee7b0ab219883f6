//! `error_code.rs`: every documented error code as a typed variant, grouped by its dotted
//! category, with an `Unknown` fallback at both levels.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::GenerateError;
use super::doc_text::{Doc, escape};
use super::model::Model;
use super::naming::upper_camel_case;

/// Variant of a category enum for the bare category code (`FailedOperation`).
const GENERAL: &str = "General";
/// Fallback variant at both levels.
const UNKNOWN: &str = "Unknown";

#[derive(Debug)]
struct Code {
    wire: String,
    description: String,
    variant: String,
}

impl Code {
    /// The wire category: `FailedOperation` of `FailedOperation.InvalidStatus`.
    fn category(&self) -> &str {
        self.wire.split('.').next().unwrap_or_default()
    }
}

#[derive(Debug, Default)]
struct TopLevel {
    /// The bare code (`FailedOperation`), if documented.
    bare: Option<Code>,
    /// Dotted codes (`FailedOperation.InvalidStatus`), sorted by wire code.
    sub: Vec<Code>,
}

/// Every documented code with its best description: the common and service lists first, then
/// the action tables (which fill in descriptions the lists lack, and codes they miss).
fn collect(model: &Model<'_>) -> BTreeMap<String, String> {
    let mut codes: BTreeMap<String, String> = BTreeMap::new();
    let listed = model
        .spec
        .all_error_codes()
        .map(|c| (&c.code, &c.description));
    let tabled = model
        .spec
        .actions
        .iter()
        .flat_map(|a| a.errors.iter().map(|e| (&e.code, &e.description)));
    for (code, description) in listed.chain(tabled) {
        let entry = codes.entry(code.trim().to_owned()).or_default();
        if entry.is_empty() {
            *entry = description.trim().to_owned();
        }
    }
    codes
}

fn invalid(code: &str) -> GenerateError {
    GenerateError::InvalidName {
        context: "error code".to_owned(),
        name: code.to_owned(),
    }
}

fn group(model: &Model<'_>) -> Result<BTreeMap<String, TopLevel>, GenerateError> {
    let mut groups: BTreeMap<String, TopLevel> = BTreeMap::new();
    for (wire, description) in collect(model) {
        if wire.is_empty()
            || !wire.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            || wire.split('.').any(str::is_empty)
        {
            return Err(invalid(&wire));
        }
        let (top, rest) = match wire.split_once('.') {
            Some((top, rest)) => (top.to_owned(), Some(rest.to_owned())),
            None => (wire.clone(), None),
        };
        let entry = groups.entry(upper_camel_case(&top)).or_default();
        match rest {
            None => {
                entry.bare = Some(Code {
                    variant: upper_camel_case(&top),
                    wire,
                    description,
                })
            }
            Some(rest) => entry.sub.push(Code {
                variant: upper_camel_case(&rest),
                wire,
                description,
            }),
        }
    }
    // Collisions: two top-level names or two sub-codes mapping to one variant.
    let mut top_seen: BTreeMap<String, String> = BTreeMap::new();
    top_seen.insert(UNKNOWN.to_owned(), "the unknown-code fallback".to_owned());
    top_seen.insert("ErrorCode".to_owned(), "the ErrorCode enum".to_owned());
    for (variant, top) in &groups {
        let wire = top
            .bare
            .as_ref()
            .or(top.sub.first())
            .map(|c| c.category().to_owned())
            .unwrap_or_default();
        if let Some(first) = top_seen.insert(variant.clone(), wire.clone()) {
            return Err(collision("error code categories", variant, &first, &wire));
        }
        let mut sub_seen: BTreeMap<&str, &str> = BTreeMap::new();
        sub_seen.insert(GENERAL, "the bare category code");
        sub_seen.insert(UNKNOWN, "the unknown-code fallback");
        for code in &top.sub {
            if let Some(first) = sub_seen.insert(&code.variant, &code.wire) {
                return Err(collision(
                    &format!("error codes of {variant}"),
                    &code.variant,
                    first,
                    &code.wire,
                ));
            }
        }
    }
    // Top-level names are case-insensitively unique only if their wire spellings agree.
    for (variant, top) in &groups {
        let mut spellings: Vec<&str> = top
            .bare
            .iter()
            .chain(&top.sub)
            .map(Code::category)
            .collect();
        spellings.dedup();
        if let [first, second, ..] = spellings.as_slice() {
            return Err(collision("error code categories", variant, first, second));
        }
    }
    Ok(groups)
}

fn collision(scope: &str, rust_name: &str, first: &str, second: &str) -> GenerateError {
    GenerateError::NameCollision {
        scope: scope.to_owned(),
        rust_name: rust_name.to_owned(),
        first: first.to_owned(),
        second: second.to_owned(),
    }
}

fn code_doc(code: &Code) -> TokenStream {
    let mut doc = Doc::new();
    if code.description.is_empty() {
        doc.markdown(&format!(
            "`{}` (the documentation gives no description).",
            code.wire
        ));
    } else {
        doc.markdown(&format!("`{}`: {}", code.wire, escape(&code.description)));
    }
    doc.to_tokens()
}

fn description_tokens(description: &str) -> TokenStream {
    if description.is_empty() {
        quote!(None)
    } else {
        quote!(Some(#description))
    }
}

pub(crate) fn render(model: &Model<'_>) -> Result<TokenStream, GenerateError> {
    let groups = group(model)?;
    let unknown = format_ident!("{}", UNKNOWN);
    let general = format_ident!("{}", GENERAL);

    let mut top_variants = Vec::new();
    let mut top_from_category = Vec::new();
    let mut top_from_bare = Vec::new();
    let mut top_as_str = Vec::new();
    let mut top_description = Vec::new();
    let mut category_enums = Vec::new();

    for (name, top) in &groups {
        let variant = format_ident!("{}", name);
        if top.sub.is_empty() {
            // A code without sub-codes: a unit variant.
            let Some(code) = &top.bare else { continue };
            let doc = code_doc(code);
            let wire = &code.wire;
            let description = description_tokens(&code.description);
            top_variants.push(quote! { #doc #variant, });
            top_from_bare.push(quote! { #wire => ErrorCode::#variant, });
            top_as_str.push(quote! { ErrorCode::#variant => #wire, });
            top_description.push(quote! { ErrorCode::#variant => #description, });
            continue;
        }

        let category_wire = top.sub[0].category();
        let mut doc = Doc::new();
        if top.bare.is_some() {
            doc.markdown(&format!(
                "A code of the `{category_wire}` category, the bare code `{category_wire}` \
                 included: see [`{name}`]."
            ));
        } else {
            doc.markdown(&format!(
                "A code of the `{category_wire}` category: see [`{name}`]."
            ));
        }
        let doc = doc.to_tokens();
        top_variants.push(quote! { #doc #variant(#variant), });
        top_from_category
            .push(quote! { #category_wire => ErrorCode::#variant(#variant::from_wire(code)), });
        top_as_str.push(quote! { ErrorCode::#variant(code) => code.as_str(), });
        top_description.push(quote! { ErrorCode::#variant(code) => code.description(), });

        let mut variants = Vec::new();
        let mut from_wire = Vec::new();
        let mut as_str = Vec::new();
        let mut description = Vec::new();
        if let Some(code) = &top.bare {
            let doc = code_doc(code);
            let wire = &code.wire;
            let text = description_tokens(&code.description);
            variants.push(quote! { #doc #general, });
            from_wire.push(quote! { #wire => #variant::#general, });
            as_str.push(quote! { #variant::#general => #wire, });
            description.push(quote! { #variant::#general => #text, });
        }
        for code in &top.sub {
            let doc = code_doc(code);
            let sub = format_ident!("{}", code.variant);
            let wire = &code.wire;
            let text = description_tokens(&code.description);
            variants.push(quote! { #doc #sub, });
            from_wire.push(quote! { #wire => #variant::#sub, });
            as_str.push(quote! { #variant::#sub => #wire, });
            description.push(quote! { #variant::#sub => #text, });
        }
        let enum_doc = {
            let mut doc = Doc::new();
            doc.markdown(&format!(
                "The error codes of the `{category_wire}` category, as in \
                 [`ErrorCode::{name}`]."
            ));
            if top.bare.is_some() {
                doc.markdown(&format!(
                    "[`{name}::{GENERAL}`] is the bare code `{category_wire}`."
                ));
            }
            doc.to_tokens()
        };
        let unknown_doc = format!(
            " A code `{category_wire}.…` the documentation does not list; holds the whole wire \
             code."
        );
        let category_ident = &variant;
        category_enums.push(quote! {
            #enum_doc
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum #category_ident {
                #(#variants)*
                #[doc = #unknown_doc]
                #unknown(String),
            }

            impl #category_ident {
                /// Parses a wire code known to be of this category.
                fn from_wire(code: &str) -> Self {
                    match code {
                        #(#from_wire)*
                        _ => #category_ident::#unknown(code.to_owned()),
                    }
                }

                /// The wire code, e.g. for logging.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#as_str)*
                        #category_ident::#unknown(code) => code,
                    }
                }

                /// The documentation's description of the code; `None` for unknown codes and
                /// the few codes documented without one.
                pub fn description(&self) -> Option<&'static str> {
                    match self {
                        #(#description)*
                        #category_ident::#unknown(_) => None,
                    }
                }
            }

            impl fmt::Display for #category_ident {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        });
    }

    let module_doc = module_doc(&groups).to_inner_tokens();
    Ok(quote! {
        #module_doc

        use std::fmt;
        use std::str::FromStr;

        /// An ECM API error code: every code the documentation lists (common, service and
        /// per-action codes) as a typed variant, structured by its dotted category.
        ///
        /// [`ErrorCode::from_wire`] never fails: a code the documentation does not list is
        /// kept verbatim in `Unknown`, at the category level when its category is known, so
        /// a new server code never breaks decoding. [`ErrorCode::as_str`] and `Display` give
        /// back the exact wire string.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            #(#top_variants)*
            /// A code of a category the documentation does not list; holds the whole wire code.
            #unknown(String),
        }

        impl ErrorCode {
            /// Parses a wire code such as `FailedOperation.InvalidStatus`.
            pub fn from_wire(code: &str) -> ErrorCode {
                let category = code.split_once('.').map_or(code, |(category, _)| category);
                match category {
                    #(#top_from_category)*
                    _ => match code {
                        #(#top_from_bare)*
                        _ => ErrorCode::#unknown(code.to_owned()),
                    },
                }
            }

            /// The exact wire code.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#top_as_str)*
                    ErrorCode::#unknown(code) => code,
                }
            }

            /// The documentation's description of the code; `None` for unknown codes and the
            /// few codes documented without one.
            pub fn description(&self) -> Option<&'static str> {
                match self {
                    #(#top_description)*
                    ErrorCode::#unknown(_) => None,
                }
            }
        }

        impl fmt::Display for ErrorCode {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for ErrorCode {
            type Err = std::convert::Infallible;

            fn from_str(code: &str) -> Result<Self, Self::Err> {
                Ok(ErrorCode::from_wire(code))
            }
        }

        #(#category_enums)*
    })
}

/// `error_code.rs` of the runtime: the typed accessors on the runtime's error types, which must
/// live in the crate that defines those types.
pub(crate) fn render_runtime() -> TokenStream {
    quote! {
        //! The typed error code of a service error: [`ErrorCode`] from the wire code.

        use crate::ErrorCode;

        impl crate::error::ServiceError {
            /// The error code as a typed [`ErrorCode`]; [`code`](Self::code) gives the wire
            /// string.
            pub fn error_code(&self) -> ErrorCode {
                ErrorCode::from_wire(self.code())
            }
        }

        impl crate::Error {
            /// The typed error code when the service answered with an error, e.g.
            /// `Some(ErrorCode::FailedOperation(FailedOperation::InvalidStatus))`; `None` for
            /// errors raised before or outside the service (I/O, timeouts, validation).
            /// [`code`](Self::code) gives the wire string.
            pub fn error_code(&self) -> Option<ErrorCode> {
                self.as_service_error().map(crate::error::ServiceError::error_code)
            }
        }
    }
}

fn module_doc(groups: &BTreeMap<String, TopLevel>) -> Doc {
    let codes: usize = groups
        .values()
        .map(|t| t.sub.len() + usize::from(t.bare.is_some()))
        .sum();
    let categories = groups.values().filter(|t| !t.sub.is_empty()).count();
    let mut doc = Doc::new();
    doc.markdown(&format!(
        "The {codes} documented error codes: [`ErrorCode`] and the enums of its {categories} \
         dotted categories."
    ));
    doc.markdown(
        "A dotted code `Category.Sub` is `ErrorCode::Category(Category::Sub)`; the bare code \
         `Category`, where documented, is `ErrorCode::Category(Category::General)`, so \
         matching `ErrorCode::Category(_)` catches the whole category. Codes without a dotted \
         form are unit variants. Variant names follow the crate's naming rule (an acronym is \
         one word: `MFAExpired` → `MfaExpired`); `as_str` and `Display` always give the exact \
         wire code.",
    );
    doc
}
