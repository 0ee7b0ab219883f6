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

/// Why extracting or writing the checked-in files failed.
#[derive(Debug)]
pub enum FilesError {
    /// A file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The documentation or the overrides could not be extracted.
    Extract(ExtractError),
    /// The checked-in spec differs from a fresh extraction.
    Stale {
        /// The checked-in spec file.
        path: PathBuf,
        /// First differing line (1-based).
        line: usize,
        /// That line in the fresh extraction.
        expected: String,
        /// That line in the checked-in file.
        found: String,
    },
}

impl fmt::Display for FilesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FilesError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            FilesError::Extract(error) => write!(f, "extraction failed: {error}"),
            FilesError::Stale {
                path,
                line,
                expected,
                found,
            } => write!(
                f,
                "{} is stale: it differs from a fresh extraction of {DOCS_PATH} at line {line}\n  \
                 extracted:  {expected}\n  checked in: {found}\nRun `cargo xtask regen` and \
                 review the diff.",
                path.display()
            ),
        }
    }
}

impl std::error::Error for FilesError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FilesError::Io { source, .. } => Some(source),
            FilesError::Extract(error) => Some(error),
            FilesError::Stale { .. } => None,
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

/// Writes `spec` to `spec/ecm.json` in canonical form; returns whether the file changed.
pub fn write_spec(root: &Path, spec: &Spec) -> Result<bool, FilesError> {
    let path = root.join(SPEC_PATH);
    let text = spec.to_canonical_json();
    let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == text);
    if unchanged {
        return Ok(false);
    }
    std::fs::write(&path, text).map_err(|source| FilesError::Io { path, source })?;
    Ok(true)
}

/// Checks that `spec/ecm.json` is byte for byte the canonical form of `spec`.
pub fn check_spec(root: &Path, spec: &Spec) -> Result<(), FilesError> {
    let path = root.join(SPEC_PATH);
    let checked_in = read(path.clone())?;
    let fresh = spec.to_canonical_json();
    if checked_in == fresh {
        return Ok(());
    }
    let mut fresh_lines = fresh.lines();
    let mut old_lines = checked_in.lines();
    let mut line = 1;
    loop {
        match (fresh_lines.next(), old_lines.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (a, b) => {
                return Err(FilesError::Stale {
                    path,
                    line,
                    expected: a.unwrap_or("<end of file>").to_owned(),
                    found: b.unwrap_or("<end of file>").to_owned(),
                });
            }
        }
    }
}
