//! The checked-in files of the extraction, relative to the repository root.

use std::fmt;
use std::path::{Path, PathBuf};

use ecm_spec::Spec;

use super::error::ExtractError;

/// The vendored documentation text (the input; never edited by hand).
pub const DOCS_PATH: &str = "spec/docs/ecm-api-docs.txt";
/// Hand corrections applied after parsing.
pub const OVERRIDES_PATH: &str = "spec/overrides.json";
/// The extracted spec.
pub const SPEC_PATH: &str = "spec/ecm.json";

/// Why reading or extracting the checked-in inputs failed.
#[derive(Debug)]
pub enum FilesError {
    /// A file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The documentation or the overrides could not be extracted.
    Extract(ExtractError),
}

impl fmt::Display for FilesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FilesError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            FilesError::Extract(error) => write!(f, "extraction failed: {error}"),
        }
    }
}

impl std::error::Error for FilesError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FilesError::Io { source, .. } => Some(source),
            FilesError::Extract(error) => Some(error),
        }
    }
}

fn read(path: PathBuf) -> Result<String, FilesError> {
    std::fs::read_to_string(&path).map_err(|source| FilesError::Io { path, source })
}

/// Extracts the spec from the vendored documentation and overrides of the repository at `root`.
pub fn extract_files(root: &Path) -> Result<Spec, FilesError> {
    let docs = read(root.join(DOCS_PATH))?;
    let overrides = read(root.join(OVERRIDES_PATH))?;
    super::extract(&docs, &overrides).map_err(FilesError::Extract)
}
