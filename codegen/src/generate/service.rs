//! `service.rs`: the `SERVICE` constant from `spec.service`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::GenerateError;
use super::doc_text::{Doc, escape};
use super::model::Model;

pub(crate) fn render(model: &Model<'_>) -> Result<TokenStream, GenerateError> {
    let service = &model.spec.service;
    let name = &service.name;
    let version = &service.version;
    let default_domain = &service.default_domain;
    let regional: Vec<TokenStream> = service
        .regions
        .iter()
        .filter_map(|r| {
            let region = r.region.as_ref()?;
            let domain = &r.domain;
            Some(quote! { (#region, #domain) })
        })
        .collect();
    let limit = |bytes: u64, what: &str| {
        usize::try_from(bytes)
            .map(Literal::usize_unsuffixed)
            .map_err(|_| GenerateError::Unsupported {
                context: "service size limits".to_owned(),
                problem: format!("{what} of {bytes} bytes does not fit in usize"),
            })
    };
    let get = limit(service.size_limits.get_bytes, "the GET limit")?;
    let post_v1 = limit(service.size_limits.post_v1_bytes, "the v1 POST limit")?;
    let post_tc3 = limit(service.size_limits.post_tc3_bytes, "the TC3 POST limit")?;

    let mut doc = Doc::new();
    doc.markdown(&format!(
        "The `{name}` service, API version `{version}`: every action's \
         [`ActionMeta::service`](crate::action::ActionMeta::service)."
    ));
    doc.markdown(&format!(
        "Requests go to the nearest region through `{default_domain}` unless a region's own \
         domain is chosen. The documented domains:"
    ));
    for region in &service.regions {
        doc.bullet(&format!(
            "{}: `{}`",
            escape(region.name.trim()),
            region.domain
        ));
    }
    let doc = doc.to_tokens();
    Ok(quote! {
        //! The service constant: name, version, endpoints and request size limits.

        use crate::action::ServiceMeta;

        #doc
        pub const SERVICE: ServiceMeta = ServiceMeta {
            name: #name,
            version: #version,
            default_domain: #default_domain,
            regional_domains: &[#(#regional),*],
            max_get_bytes: #get,
            max_post_v1_bytes: #post_v1,
            max_post_tc3_bytes: #post_tc3,
        };
    })
}
