//! `registry.rs`: every action's metadata in one name-sorted table, and a macro that lists
//! every request type — the one list of actions the runtime, the test suites and the fuzz
//! targets read instead of writing their own.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::model::Model;

pub(crate) fn render(model: &Model<'_>) -> TokenStream {
    let mut actions: Vec<(&str, String)> = model
        .actions
        .iter()
        .map(|action| (action.action.name.as_str(), action.request_name()))
        .collect();
    actions.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let requests: Vec<_> = actions
        .iter()
        .map(|(_, request)| format_ident!("{}", request))
        .collect();
    let count = requests.len();
    let doc =
        format!(" The metadata of all {count} actions, sorted by wire name (binary-searchable).");
    quote! {
        //! The registry of actions: one table of every action's metadata and one macro
        //! naming every request type, both sorted by wire name.

        use crate::action::{Action, ActionMeta};
        use crate::actions::{#(#requests),*};

        #[doc = #doc]
        #[doc(hidden)]
        pub static ACTIONS: &[&ActionMeta] = &[#(<#requests as Action>::META),*];

        /// Calls the macro `$callback` with every request type of the API, sorted by wire
        /// name: `$callback! { DescribeAddressQuotaRequest, … }`, paths relative to
        /// `ecm_sdk::actions`. For code that needs each action's types (test tables, fuzz
        /// harnesses), so that none writes its own list of actions.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __for_each_action {
            ($callback:ident) => {
                $callback! { #(#requests),* }
            };
        }
    }
}
