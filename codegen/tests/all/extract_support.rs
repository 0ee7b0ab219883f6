//! Shared by the test modules: the repository root, the vendored files and the spec extracted
//! from them (once per test run).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ecm_codegen::extract::{self, DOCS_PATH, OVERRIDES_PATH};
use ecm_spec::{Action, DataType, Spec};

/// The repository root (the parent of `codegen/`).
pub(crate) fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

fn read(path: &str) -> String {
    let full = repo_root().join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The vendored documentation text.
pub(crate) fn docs() -> &'static str {
    static DOCS: OnceLock<String> = OnceLock::new();
    DOCS.get_or_init(|| read(DOCS_PATH))
}

/// The checked-in overrides.
pub(crate) fn overrides() -> &'static str {
    static OVERRIDES: OnceLock<String> = OnceLock::new();
    OVERRIDES.get_or_init(|| read(OVERRIDES_PATH))
}

/// The spec extracted from the vendored docs and overrides.
pub(crate) fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        extract::extract(docs(), overrides()).unwrap_or_else(|e| panic!("extraction failed: {e}"))
    })
}

/// Line `number` (1-based) of the docs.
pub(crate) fn docs_line(number: usize) -> &'static str {
    docs().lines().nth(number - 1).unwrap_or("")
}

pub(crate) fn action(name: &str) -> &'static Action {
    spec()
        .action(name)
        .unwrap_or_else(|| panic!("no action {name}"))
}

pub(crate) fn data_type(name: &str) -> &'static DataType {
    spec()
        .data_type(name)
        .unwrap_or_else(|| panic!("no data type {name}"))
}
