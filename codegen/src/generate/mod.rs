//! Spec → Rust: the typed API surface of `ecm-sdk` (`ecm-sdk/src/generated/`).
//!
//! [`generate`] turns a [`Spec`] into [`GeneratedFile`]s: token streams built with `quote`,
//! parsed with `syn` and printed with `prettyplease`, each headed by a do-not-edit comment.
//! Output is deterministic (documentation order, no hash-map iteration, no timestamps).
//!
//! | file | contents |
//! |---|---|
//! | `mod.rs` | module declarations |
//! | `service.rs` | `SERVICE`: name, version, domains, size limits |
//! | `registry.rs` | `ACTIONS`: every action's `ActionMeta`, sorted by name; the `__for_each_action!` macro |
//! | `error_code.rs` | `ErrorCode` and one enum per dotted category |
//! | `types.rs` | one struct per data structure, one enum per documented value set |
//! | `actions/mod.rs` | re-exports of every request, response and typed filter |
//! | `waiters.rs` | the waiter table's `Client::wait_until_…` methods |
//! | `actions/<category>.rs` | per action: request (and typed filter), response (with list accessors), `Action` (and `Paginated`) impls, client method |
//!
//! For `cargo xtask regen`: [`write_generated`] brings the checked-in files up to date and
//! [`check_generated`] lists the stale ones (`--check`); [`summarize_changes`] describes what a
//! spec update changed, for the maintainer's review.
//!
//! Naming, the required-parameter rule and the read-only rule are documented in the generated
//! `actions` module and in `ecm-sdk/README.md`.

mod accessors;
mod actions;
mod changes;
mod check;
mod data_types;
mod direction;
mod doc_text;
mod error;
mod error_codes;
mod filters;
mod model;
mod naming;
mod registry;
mod service;
mod structs;
mod value_sets;
pub(crate) mod waiters;

use ecm_spec::Spec;
use proc_macro2::TokenStream;
use quote::quote;

pub use changes::{ChangeList, ChangeSummary, summarize_changes};
pub use check::{
    FileProblem, StaleFile, check_generated, check_generated_in, write_generated,
    write_generated_in,
};
pub use error::GenerateError;
pub use waiters::unresolved_waiters;

/// Where generated files live, relative to the repository root.
pub const GENERATED_DIR: &str = "ecm-sdk/src/generated";

/// The comment every generated file starts with.
pub const HEADER: &str = "// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:\n\
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.\n";

/// One generated source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to [`GENERATED_DIR`], with `/` separators, e.g. `actions/region.rs`.
    pub path: String,
    /// The file's full text, header included.
    pub contents: String,
}

/// Generates every file of `ecm-sdk/src/generated/` from `spec`, in a fixed order.
pub fn generate(spec: &Spec) -> Result<Vec<GeneratedFile>, GenerateError> {
    let model = model::Model::new(spec)?;
    let mut files = vec![
        file("mod.rs", root_module())?,
        file("service.rs", service::render(&model)?)?,
        file("registry.rs", registry::render(&model))?,
        file("error_code.rs", error_codes::render(&model)?)?,
        file("types.rs", data_types::render(&model)?)?,
        file("actions/mod.rs", actions::render_index(&model))?,
        file("waiters.rs", waiters::render(&model)?)?,
    ];
    for category in &model.categories {
        files.push(file(
            &format!("actions/{}.rs", category.module),
            actions::render_category(&model, category)?,
        )?);
    }
    Ok(files)
}

fn root_module() -> TokenStream {
    quote! {
        //! The API surface generated from the ECM spec; the crate root re-exports its public
        //! modules (`actions`, `types`, `error_code`).

        pub mod actions;
        pub mod error_code;
        mod registry;
        mod service;
        pub mod types;
        mod waiters;

        pub use registry::ACTIONS;
        pub(crate) use service::SERVICE;
    }
}

fn file(path: &str, tokens: TokenStream) -> Result<GeneratedFile, GenerateError> {
    let syntax =
        syn::parse2::<syn::File>(tokens).map_err(|error| GenerateError::InvalidOutput {
            file: path.to_owned(),
            message: error.to_string(),
        })?;
    let mut contents = String::from(HEADER);
    contents.push('\n');
    contents.push_str(&separate_items(&prettyplease::unparse(&syntax)));
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents,
    })
}

/// Puts a blank line between items, as hand-written code has (prettyplease prints none): after
/// the module documentation, after a run of `use`/`mod` declarations, after an item ending in
/// `}` at the same indentation (struct, impl, method), and between associated items.
fn separate_items(code: &str) -> String {
    fn indent(line: &str) -> usize {
        line.len() - line.trim_start().len()
    }
    fn is_declaration(line: &str) -> bool {
        let line = line.trim_start();
        let line = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        line.starts_with("use ") || line.starts_with("mod ")
    }
    fn starts_item(line: &str) -> bool {
        let line = line.trim_start();
        ["fn ", "pub fn ", "pub async fn ", "///", "#["]
            .iter()
            .any(|start| line.starts_with(start))
    }
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous: Option<&str> = None;
    // Whether the top-level item being printed is a `use`/`mod` declaration.
    let mut in_declaration = false;
    for line in code.lines() {
        let current = line.trim_start();
        let top_level_start = indent(line) == 0
            && !current.is_empty()
            && !matches!(current.chars().next(), Some('}' | ')' | ']'));
        // Never inside a comment or an attribute run: a blank line there changes meaning.
        let after_code = previous.filter(|p| {
            let p = p.trim_start();
            !p.is_empty() && !p.starts_with("//") && !p.starts_with("#[")
        });
        if let Some(prev) = after_code.or(previous.filter(|p| p.starts_with("//!"))) {
            let same_level = indent(prev) == indent(line) && !current.is_empty();
            let closes = matches!(current.chars().next(), Some('}' | ')' | ']'))
                || current.starts_with("else");
            let after_declarations = in_declaration && !is_declaration(line);
            let blank = same_level
                && !closes
                && (prev.starts_with("//!") && !current.starts_with("//!")
                    || (prev.trim_end().ends_with('}')
                        || prev.trim() == "};"
                        || prev.trim() == "];")
                        && !in_declaration
                        && (indent(line) == 0 || starts_item(line))
                    || ((prev.trim_end().ends_with(';') || prev.trim() == "};")
                        && after_declarations)
                    || (prev.trim_end().ends_with(';') && indent(line) > 0 && starts_item(line)));
            if blank {
                out.push('\n');
            }
        }
        if top_level_start {
            in_declaration = is_declaration(line);
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}
