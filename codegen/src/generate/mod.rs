//! Spec → Rust: the typed API surface, split in two crates: the API model of `ecm-sdk-model`
//! (`ecm-sdk-model/src/generated/`, needing only serde) and the few items that name the
//! runtime's types, which must live in `ecm-sdk` (`ecm-sdk/src/generated/`): the client
//! methods, the error accessors and the waiters.
//!
//! [`generate`] turns a [`Spec`] into [`GeneratedFile`]s: token streams built with `quote`,
//! parsed with `syn` and printed with `prettyplease`, each headed by a do-not-edit comment.
//! Output is deterministic (documentation order, no hash-map iteration, no timestamps).
//!
//! | crate | file | contents |
//! |---|---|---|
//! | model | `mod.rs` | module declarations |
//! | model | `service.rs` | `SERVICE`: name, version, domains, size limits |
//! | model | `registry.rs` | `ACTIONS`: every action's `ActionMeta`, sorted by name; the `__for_each_action!` macro |
//! | model | `error_code.rs` | `ErrorCode` and one enum per dotted category |
//! | model | `types.rs` | one struct per data structure, one enum per documented value set |
//! | model | `actions/mod.rs` | re-exports of every request, response and typed filter |
//! | model | `actions/<category>.rs` | per action: request (and typed filter), response (with list accessors), `Action` (and `Paginated`) impls |
//! | runtime | `mod.rs` | module declarations |
//! | runtime | `client.rs` | one `Client` method per action |
//! | runtime | `error_code.rs` | `ServiceError::error_code` and `Error::error_code` |
//! | runtime | `waiters.rs` | the waiter table's `Client::wait_until_…` methods |
//!
//! For `cargo xtask regen`: [`write_generated`] brings the checked-in files up to date and
//! [`check_generated`] lists the stale ones (`--check`); [`summarize_changes`] describes what a
//! spec update changed, for the maintainer's review.
//!
//! Naming, the required-parameter rule and the read-only rule are documented in the generated
//! `actions` module and in `ecm-sdk/README.md`.
//!
//! Docs in the model must not link to the runtime's items (`ecm_sdk::Client`, …): rustdoc
//! resolves a link in the crate that defines the item, and the model does not depend on the
//! runtime. They name them as code spans with the full path instead.

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
    FileProblem, OutputDirs, StaleFile, check_generated, check_generated_in, write_generated,
    write_generated_in,
};
pub use error::GenerateError;
pub use waiters::unresolved_waiters;

/// Where the generated files of `ecm-sdk` (the runtime side) live, relative to the repository
/// root.
pub const GENERATED_DIR: &str = "ecm-sdk/src/generated";

/// Where the generated files of `ecm-sdk-model` (the API model) live, relative to the
/// repository root.
pub const MODEL_GENERATED_DIR: &str = "ecm-sdk-model/src/generated";

/// The SDK's two generated directories.
pub const OUTPUT_DIRS: OutputDirs = OutputDirs {
    model: MODEL_GENERATED_DIR,
    runtime: GENERATED_DIR,
};

/// The crate a generated file belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Crate {
    /// `ecm-sdk-model`: requests, responses, data types, error codes, registry (serde only).
    Model,
    /// `ecm-sdk`: the items naming the runtime's types (client methods, error accessors,
    /// waiters).
    Runtime,
}

/// The comment every generated file starts with.
pub const HEADER: &str = "// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:\n\
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.\n";

/// One generated source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The crate whose generated directory holds the file.
    pub krate: Crate,
    /// Path relative to that crate's generated directory ([`MODEL_GENERATED_DIR`] or
    /// [`GENERATED_DIR`]), with `/` separators, e.g. `actions/region.rs`.
    pub path: String,
    /// The file's full text, header included.
    pub contents: String,
}

/// Generates every file of both generated directories from `spec`, in a fixed order: the
/// model's, then the runtime's.
pub fn generate(spec: &Spec) -> Result<Vec<GeneratedFile>, GenerateError> {
    use Crate::{Model, Runtime};
    let model = model::Model::new(spec)?;
    let mut files = vec![
        file(Model, "mod.rs", model_root_module())?,
        file(Model, "service.rs", service::render(&model)?)?,
        file(Model, "registry.rs", registry::render(&model))?,
        file(Model, "error_code.rs", error_codes::render(&model)?)?,
        file(Model, "types.rs", data_types::render(&model)?)?,
        file(Model, "actions/mod.rs", actions::render_index(&model))?,
    ];
    for category in &model.categories {
        files.push(file(
            Model,
            &format!("actions/{}.rs", category.module),
            actions::render_category(&model, category)?,
        )?);
    }
    files.extend([
        file(Runtime, "mod.rs", runtime_root_module())?,
        file(Runtime, "client.rs", actions::render_client(&model))?,
        file(Runtime, "error_code.rs", error_codes::render_runtime())?,
        file(Runtime, "waiters.rs", waiters::render(&model)?)?,
    ]);
    Ok(files)
}

fn model_root_module() -> TokenStream {
    quote! {
        //! The API model generated from the ECM spec; the crate root re-exports its public
        //! modules (`actions`, `types`, `error_code`).

        pub mod actions;
        pub mod error_code;
        mod registry;
        mod service;
        pub mod types;

        pub use registry::ACTIONS;
        pub use service::SERVICE;
    }
}

fn runtime_root_module() -> TokenStream {
    quote! {
        //! The generated items that name the runtime's types, so they live in this crate: a
        //! `Client` method per action, the typed error-code accessors and the waiters. The
        //! API model they use is in `ecm-sdk-model`.

        mod client;
        mod error_code;
        mod waiters;
    }
}

fn file(krate: Crate, path: &str, tokens: TokenStream) -> Result<GeneratedFile, GenerateError> {
    let syntax =
        syn::parse2::<syn::File>(tokens).map_err(|error| GenerateError::InvalidOutput {
            file: path.to_owned(),
            message: error.to_string(),
        })?;
    let mut contents = String::from(HEADER);
    contents.push('\n');
    contents.push_str(&separate_items(&prettyplease::unparse(&syntax)));
    Ok(GeneratedFile {
        krate,
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
