//! `actions/<category>.rs` (model): per action a request, a response, the `Action` impl, and
//! `Paginated` where the spec pages it; `actions/mod.rs` re-exports them. `client.rs`
//! (runtime): a thin client method per action.

use ecm_spec::{Action, Pagination, RegionRequirement};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::GenerateError;
use super::direction::Direction;
use super::doc_text::{Doc, escape};
use super::model::{ActionModel, CategoryModel, Model, PaginationModel};
use super::naming::ident;
use super::structs::{Side, StructDef, Uses, render_struct, render_validate, type_tokens};

/// The file of one category.
pub(crate) fn render_category(
    model: &Model<'_>,
    category: &CategoryModel,
) -> Result<TokenStream, GenerateError> {
    let mut uses = Uses::default();
    let mut items = Vec::new();
    let mut paginated = false;
    for &index in &category.actions {
        let action = &model.actions[index];
        items.push(render_action(model, action, &mut uses)?);
        paginated |= action.pagination.is_some();
    }

    let mut extra = vec!["Action", "ActionMeta", "RegionRequirement"];
    if paginated {
        extra.push("Paginated");
    }
    let imports = uses.contract_imports(&extra);
    let types = uses.types.iter().map(|name| format_ident!("{}", name));
    let type_imports = if uses.types.is_empty() {
        TokenStream::new()
    } else {
        quote! { use crate::generated::types::{#(#types),*}; }
    };
    let module_doc = {
        let mut doc = Doc::new();
        doc.markdown(&format!(
            "The actions of the documentation's \"{}\" category.",
            escape(&category.title)
        ));
        doc.to_inner_tokens()
    };
    Ok(quote! {
        #module_doc
        #imports
        use crate::generated::SERVICE;
        #type_imports

        #(#items)*
    })
}

/// `client.rs` of the runtime: one `Client` method per action, in documentation order, one
/// `impl` block per category.
pub(crate) fn render_client(model: &Model<'_>) -> TokenStream {
    let blocks = model.categories.iter().map(|category| {
        let methods = category
            .actions
            .iter()
            .map(|&index| client_method(&model.actions[index]));
        let comment = format!(
            " The actions of the documentation's \"{}\" category.",
            escape(&category.title)
        );
        quote! {
            #[doc = #comment]
            impl crate::Client {
                #(#methods)*
            }
        }
    });
    quote! {
        //! A `Client` method per action: `client.describe_node(request)` is
        //! `client.send(request)` with the request and response types spelt out.

        use crate::actions::*;

        #(#blocks)*
    }
}

fn region_text(region: RegionRequirement) -> &'static str {
    match region {
        RegionRequirement::Required => "Region: required (the common `Region` parameter).",
        RegionRequirement::NotRequired => {
            "Region: not required (the common `Region` parameter may be omitted)."
        }
        RegionRequirement::NotUsed => "Region: not used.",
    }
}

fn region_tokens(region: RegionRequirement) -> TokenStream {
    match region {
        RegionRequirement::Required => quote!(RegionRequirement::Required),
        RegionRequirement::NotRequired => quote!(RegionRequirement::NotRequired),
        RegionRequirement::NotUsed => quote!(RegionRequirement::NotUsed),
    }
}

fn request_doc(model: &Model<'_>, action: &ActionModel<'_>) -> Doc {
    let spec = action.action;
    let mut doc = Doc::new();
    doc.markdown(&feature_headline(spec).unwrap_or_else(|| format!("The `{}` action.", spec.name)));
    doc.spec_text(&spec.description);
    doc.bullet(&format!(
        "Rate limit: {} requests per second.",
        spec.rate_limit_per_second
    ));
    doc.bullet(region_text(spec.region));
    doc.bullet(if action.read_only {
        "Read-only: sending it twice is harmless."
    } else {
        "Not read-only: it changes resources."
    });
    if let Some(pagination) = &spec.pagination {
        doc.bullet(&pagination_text(pagination));
    }
    if action.error_codes.is_empty() {
        doc.markdown("The documentation lists no error codes for this action.");
    } else {
        doc.markdown("Error codes the documentation lists for this action:");
        for code in &action.error_codes {
            let description = spec
                .errors
                .iter()
                .find(|e| e.code == *code && !e.description.trim().is_empty())
                .map(|e| e.description.as_str())
                .or_else(|| {
                    model
                        .spec
                        .all_error_codes()
                        .find(|e| e.code == *code)
                        .map(|e| e.description.as_str())
                })
                .unwrap_or("")
                .trim();
            if description.is_empty() {
                doc.bullet(&format!("`{code}`"));
            } else {
                doc.bullet(&format!("`{code}`: {}", escape(description)));
            }
        }
    }
    doc.markdown(&format!(
        "Send it with `ecm_sdk::Client::{0}` or `ecm_sdk::Client::send`.",
        action.method_name
    ));
    doc
}

/// The category table's feature as the first sentence, e.g. ``Gets node list (`DescribeNode`).``
fn feature_headline(spec: &Action) -> Option<String> {
    let feature = spec.feature.trim().trim_end_matches('.');
    (!feature.is_empty()).then(|| format!("{} (`{}`).", escape(feature), spec.name))
}

fn pagination_text(pagination: &Pagination) -> String {
    let mut text = format!(
        "Paginated: `{}`/`{}` page through `{}`",
        pagination.offset, pagination.limit, pagination.items
    );
    match (pagination.default_limit, pagination.max_limit) {
        (Some(default), Some(max)) => {
            text.push_str(&format!(" ({default} per page by default, at most {max})"))
        }
        (Some(default), None) => text.push_str(&format!(" ({default} per page by default)")),
        (None, Some(max)) => text.push_str(&format!(" (at most {max} per page)")),
        (None, None) => {}
    }
    text.push('.');
    text
}

fn render_action(
    model: &Model<'_>,
    action: &ActionModel<'_>,
    uses: &mut Uses,
) -> Result<TokenStream, GenerateError> {
    let spec = action.action;
    let request_name = action.request_name();
    let response_name = action.response_name();
    let request = render_struct(
        &StructDef {
            name: &request_name,
            doc: request_doc(model, action),
            attrs: TokenStream::new(),
            fields: &action.inputs,
            side: Side::Settable,
            direction: Direction::Request,
            request_id: false,
        },
        uses,
    );
    let validate = render_validate(
        &request_name,
        &action.inputs,
        &format!("{} input", spec.name),
        uses,
    )?;
    let response_doc = {
        let mut doc = Doc::new();
        doc.markdown(&format!(
            "The response of `{}` (see [`{request_name}`]).",
            spec.name
        ));
        doc.markdown(
            "Decoding is tolerant: a missing field, a `null` or an unknown extra field never \
             fails. With the `test-util` feature it also implements `Serialize`, so that a test \
             double can answer with it.",
        );
        doc
    };
    let response = render_struct(
        &StructDef {
            name: &response_name,
            doc: response_doc,
            attrs: TokenStream::new(),
            fields: &action.outputs,
            side: Side::Output,
            direction: Direction::Response,
            request_id: action.add_request_id,
        },
        uses,
    );

    let request_ident = format_ident!("{}", request_name);
    let response_ident = format_ident!("{}", response_name);
    let wire = &spec.name;
    let rate_limit = Literal::u32_unsuffixed(spec.rate_limit_per_second);
    let read_only = action.read_only;
    let region = region_tokens(spec.region);
    let error_codes = &action.error_codes;
    let action_impl = quote! {
        impl Action for #request_ident {
            type Output = #response_ident;
            const META: &'static ActionMeta = &ActionMeta {
                name: #wire,
                service: &SERVICE,
                rate_limit_per_second: #rate_limit,
                read_only: #read_only,
                region: #region,
                error_codes: &[#(#error_codes),*],
            };
        }
    };
    let paginated = match &action.pagination {
        Some(pagination) => paginated_impl(&request_ident, pagination, uses),
        None => TokenStream::new(),
    };
    let typed_filter = super::filters::render(action, uses)?;
    let accessors = super::accessors::render(action, uses);
    Ok(quote! {
        #request
        #typed_filter
        #validate
        #response
        #accessors
        #action_impl
        #paginated
    })
}

fn paginated_impl(
    request: &proc_macro2::Ident,
    pagination: &PaginationModel,
    uses: &mut Uses,
) -> TokenStream {
    let item = type_tokens(&pagination.item_type, uses);
    let max_limit = match pagination.max_limit {
        Some(max) => {
            let max = Literal::u32_unsuffixed(max);
            quote!(Some(#max))
        }
        None => quote!(None),
    };
    let offset = ident(&pagination.offset.0);
    let (offset_get, offset_set) = if pagination.offset.1 {
        (
            quote!(self.#offset.as_deref().and_then(|value| value.parse().ok())),
            quote!(self.#offset = Some(offset.to_string());),
        )
    } else {
        (
            quote!(self.#offset.and_then(|value| u64::try_from(value).ok())),
            quote!(self.#offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));),
        )
    };
    let limit = ident(&pagination.limit.0);
    let (limit_get, limit_set) = if pagination.limit.1 {
        (
            quote!(self.#limit.as_deref().and_then(|value| value.parse().ok())),
            quote!(self.#limit = Some(limit.to_string());),
        )
    } else {
        (
            quote!(self.#limit.and_then(|value| u32::try_from(value).ok())),
            quote!(self.#limit = Some(i64::from(limit));),
        )
    };
    let total = ident(&pagination.total_count.0);
    let total_get = if pagination.total_count.1 {
        quote!(output.#total.as_deref().and_then(|value| value.parse().ok()))
    } else {
        quote!(output.#total.and_then(|value| u64::try_from(value).ok()))
    };
    let items = ident(&pagination.items);
    quote! {
        impl Paginated for #request {
            type Item = #item;
            const MAX_LIMIT: Option<u32> = #max_limit;

            fn page_offset(&self) -> Option<u64> {
                #offset_get
            }

            fn set_page_offset(&mut self, offset: u64) {
                #offset_set
            }

            fn page_limit(&self) -> Option<u32> {
                #limit_get
            }

            fn set_page_limit(&mut self, limit: u32) {
                #limit_set
            }

            fn total_count(output: &Self::Output) -> Option<u64> {
                #total_get
            }

            fn into_items(output: Self::Output) -> Vec<Self::Item> {
                output.#items.unwrap_or_default()
            }

            fn item_count(output: &Self::Output) -> Option<usize> {
                output.#items.as_ref().map(Vec::len)
            }
        }
    }
}

fn client_method(action: &ActionModel<'_>) -> TokenStream {
    let spec = action.action;
    let mut doc = Doc::new();
    doc.markdown(&feature_headline(spec).unwrap_or_else(|| format!("Sends `{}`.", spec.name)));
    doc.markdown(&format!(
        "Sends a [`{}`](crate::actions::{0}); see it for the parameters, the rate limit and the \
         documented error codes. A request missing a required parameter fails before any I/O.",
        action.request_name()
    ));
    let doc = doc.to_tokens();
    let method = ident(&action.method_name);
    let request = format_ident!("{}", action.request_name());
    let response = format_ident!("{}", action.response_name());
    quote! {
        #doc
        pub async fn #method(&self, request: #request) -> Result<#response, crate::Error> {
            self.send(request).await
        }
    }
}

/// `actions/mod.rs`: the category modules and the re-exports that make
/// `crate::actions::DescribeNodeRequest` the public path.
pub(crate) fn render_index(model: &Model<'_>) -> TokenStream {
    let mut modules = Vec::new();
    let mut exports = Vec::new();
    for category in &model.categories {
        let module = ident(&category.module);
        modules.push(quote! { mod #module; });
        let names = category.actions.iter().flat_map(|&i| {
            let action = &model.actions[i];
            let typed_filter = action
                .inputs
                .iter()
                .find_map(|i| i.typed_filter.as_deref())
                .map(|name| format_ident!("{}", name));
            [
                format_ident!("{}", action.request_name()),
                format_ident!("{}", action.response_name()),
            ]
            .into_iter()
            .chain(typed_filter)
        });
        exports.push(quote! { pub use #module::{#(#names),*}; });
    }
    let requests = model.actions.iter().map(|action| {
        let request = format_ident!("{}", action.request_name());
        quote! { visitor.visit::<#request>(); }
    });
    let doc = actions_module_doc(model).to_inner_tokens();
    quote! {
        #doc
        #(#modules)*
        #(#exports)*

        /// A check that runs on one action's request type; see [`visit_every_action`].
        /// For the SDK's own tests; not part of the public API.
        #[cfg(feature = "test-util")]
        #[doc(hidden)]
        pub trait ActionVisitor {
            /// Runs the check on the request type `A`.
            fn visit<A: crate::action::Action + serde::de::DeserializeOwned>(&mut self);
        }

        /// Runs `visitor` on the request type of every action, in documentation order, so
        /// that the SDK's tests cover all actions without listing them.
        #[cfg(feature = "test-util")]
        #[doc(hidden)]
        pub fn visit_every_action(visitor: &mut impl ActionVisitor) {
            #(#requests)*
        }
    }
}

/// A compiled doc example, when the spec has the documentation's own `DescribeNode` with
/// `Filters.N` of `Filter` (`Name`, `Values`).
fn filter_example(model: &Model<'_>) -> Option<String> {
    let action = model
        .actions
        .iter()
        .find(|a| a.action.name == "DescribeNode")?;
    let filters = action.inputs.iter().find(|f| f.field.name == "Filters")?;
    if filters.field.ty.to_string() != "Array of Filter" {
        return None;
    }
    if let (Some(typed), Some(first)) = (
        &filters.typed_filter,
        action
            .action
            .filters
            .as_ref()
            .and_then(|set| set.filters.iter().find(|f| f.key_prefix.is_none())),
    ) {
        let method = super::naming::snake_case(&first.name);
        return Some(format!(
            "```\n\
             use ecm_sdk::actions::{{DescribeNodeRequest, {typed}}};\n\
             \n\
             let request = DescribeNodeRequest::new()\n\
             \x20   .{}([{typed}::{method}([\"SN3ne\"])]);\n\
             ```",
            filters.rust_name
        ));
    }
    let filter = model
        .data_types
        .iter()
        .find(|d| d.data_type.name == "Filter")?;
    let member = |name: &str, ty: &str| {
        filter
            .fields
            .iter()
            .find(|f| f.field.name == name && f.field.ty.to_string() == ty)
            .map(|f| f.rust_name.clone())
    };
    let name = member("Name", "String")?;
    let values = member("Values", "Array of String")?;
    Some(format!(
        "```\n\
         use ecm_sdk::actions::DescribeNodeRequest;\n\
         use ecm_sdk::types::Filter;\n\
         \n\
         let request = DescribeNodeRequest::new()\n\
         \x20   .{}([{}::new().{name}(\"zone\").{values}([\"ap-x-ecm-1\"])]);\n\
         ```",
        filters.rust_name, filter.rust_name
    ))
}

fn actions_module_doc(model: &Model<'_>) -> Doc {
    let mut doc = Doc::new();
    doc.markdown(&format!(
        "Requests and responses of the {} ECM API actions.",
        model.actions.len()
    ))
    .markdown(
        "Each action `X` has an `XRequest` (implementing [`Action`](crate::action::Action), and \
         [`Paginated`](crate::action::Paginated) for `Offset`/`Limit` list actions) and an \
         `XResponse`, and a client method `Client::x` that sends it. Requests are built with \
         `new()` and chainable setters:",
    );
    if let Some(example) = filter_example(model) {
        doc.verbatim(&example);
    }
    doc.markdown("# Conventions");
    doc.bullet(
        "**Names.** A wire name is split into words at case changes; a run of capitals is one \
         word (an acronym) and a `v` followed by a digit stays with it (`IPv6`). Fields and \
         methods are the words in snake_case (`ZoneInstanceCountISPSet` → \
         `zone_instance_count_isp_set`, `VPCId` → `vpc_id`, `AddressIPv6` → `address_ipv6`); a \
         Rust keyword becomes a raw identifier (`type` → `r#type`). Types and error-code \
         variants follow the same rule in UpperCamelCase (`ZoneInstanceCountISP` → \
         `ZoneInstanceCountIsp`, `MFAExpired` → `MfaExpired`); a renamed type keeps its \
         documented name as a search alias. Every field states its wire name, under which it \
         is encoded and decoded.",
    );
    doc.bullet(
        "**Required parameters.** Every request field and data-structure member is an \
         `Option`, required ones too. Sending a request whose required parameter is `None` \
         fails before any I/O with an error naming the parameter's wire path (e.g. \
         `Filters.0.Name`); see [`Validate`](crate::action::Validate).",
    );
    doc.bullet(
        "**Read-only actions.** Actions whose name starts with the word `Describe`, `Get` or \
         `Inquire` are read-only (`ActionMeta::read_only`); all others change resources.",
    );
    doc.bullet(
        "**Types.** `Integer` → `i64`, `Float` → `f64`, `Boolean` → `bool`; `String`, \
         `Timestamp` and `Timestamp ISO8601` → `String`; `Array of X` → `Vec<X>`.",
    );
    doc.bullet(
        "**Responses** decode tolerantly: a missing field, a `null` or an unknown extra field \
         never fails. Every response has `request_id`. Responses have `new()` and chainable \
         setters too, so that a test can build the answer it wants the service to give \
         (see `ecm_sdk::transport::ReplayTransport`).",
    );
    doc.bullet(
        "**Serde.** The SDK encodes requests and decodes responses, so requests implement \
         `Serialize` and responses `Deserialize`. The other direction is for test doubles \
         only and compiled only with the `test-util` feature: then requests also implement \
         `Deserialize` (a test reads what was sent as the typed request) and responses \
         `Serialize` (a test answers with a typed response); see \
         `ecm_sdk::transport::ReplayTransport`. A data structure in \
         [`types`](crate::types) follows the requests and responses that contain it (its \
         documentation says which); value sets always implement both.",
    );
    doc.bullet(
        "**Scalars** decode leniently where nothing is lost, because the documentation's own \
         examples print some values in another JSON form than their documented type: an \
         `Integer` also from a string holding an integer in canonical decimal form \
         (`\"490001\"`), a `Float` from a string holding a JSON number, a `Boolean` from the \
         strings `\"true\"`/`\"false\"` in any case, a `String` from a JSON integer or \
         boolean (`1528600` → `\"1528600\"`). Anything else (`\"4.5\"` or `2000.0` for an \
         `Integer`, `1` for a `Boolean`, `1.5` for a `String`) is a decoding error. Encoding \
         always uses the documented type.",
    );
    doc
}
