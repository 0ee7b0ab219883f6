//! Borrowing accessors on responses: for every list output, a method of the same name that
//! returns a slice, empty when the response omits the list (`response.instance_set()` instead
//! of `response.instance_set.as_deref().unwrap_or_default()`). The public `Option` fields stay:
//! they tell "omitted" from "empty" and can be moved out of.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc_text::Doc;
use super::model::{ActionModel, RustType};
use super::naming::ident;
use super::structs::{Uses, type_tokens};

/// `impl XResponse { pub fn list(&self) -> &[T] … }`, or nothing without list outputs.
pub(crate) fn render(action: &ActionModel<'_>, uses: &mut Uses) -> TokenStream {
    let mut methods = Vec::new();
    for output in &action.outputs {
        let RustType::Vec(item) = &output.ty else {
            continue;
        };
        let item = type_tokens(item, uses);
        let name = ident(&output.rust_name);
        let mut doc = Doc::new();
        doc.markdown(&format!(
            "`{}` as a slice, empty when the response omits it (the field tells the two apart).",
            output.field.name
        ));
        let doc = doc.to_tokens();
        methods.push(quote! {
            #doc
            pub fn #name(&self) -> &[#item] {
                self.#name.as_deref().unwrap_or_default()
            }
        });
    }
    if methods.is_empty() {
        return TokenStream::new();
    }
    let response = format_ident!("{}", action.response_name());
    quote! {
        impl #response {
            #(#methods)*
        }
    }
}
