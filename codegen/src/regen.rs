//! Documentation → spec → generated code in one step, in memory: what `cargo xtask regen`
//! writes to the checkout and `cargo xtask regen --check` compares with it.
//!
//! The checked-in outputs are `spec/ecm.json` ([`SPEC_PATH`]) and every file under
//! `ecm-sdk-model/src/generated/` and `ecm-sdk/src/generated/`
//! ([`OUTPUT_DIRS`](crate::generate::OUTPUT_DIRS)), derived from the vendored documentation
//! and `spec/overrides.json` only, and the golden crates' `codegen/golden/model/generated/`
//! ([`GOLDEN_MODEL_DIR`]) and `codegen/golden/generated/` ([`GOLDEN_DIR`]), generated from the
//! small fixture spec
//! [`GOLDEN_FIXTURE`] that exercises what the real spec does not (keywords, acronyms, nested
//! lists, an action without inputs); the golden crate compiles it with the SDK's runtime. So
//! [`Regeneration::check`] on a fresh [`regenerate`] tells whether anything checked in is
//! stale.

use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

use ecm_spec::{LoadError, Spec};

use crate::extract::{self, FilesError, SPEC_PATH};
use crate::generate::{self, FileProblem, GenerateError, GeneratedFile, OutputDirs, StaleFile};

/// The fixture spec the golden crate is generated from, relative to the repository root.
pub const GOLDEN_FIXTURE: &str = "codegen/tests/fixtures/mini.json";

/// Where the golden runtime crate's generated files live, relative to the repository root.
pub const GOLDEN_DIR: &str = "codegen/golden/generated";

/// Where the golden model crate's generated files live, relative to the repository root.
pub const GOLDEN_MODEL_DIR: &str = "codegen/golden/model/generated";

/// The golden crates' two generated directories.
pub const GOLDEN_DIRS: OutputDirs = OutputDirs {
    model: GOLDEN_MODEL_DIR,
    runtime: GOLDEN_DIR,
};

/// Every checked-in output, computed from the documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Regeneration {
    /// The extracted spec.
    pub spec: Spec,
    /// Its canonical JSON text, the contents of `spec/ecm.json`.
    pub spec_json: String,
    /// The files of `ecm-sdk-model/src/generated/` and `ecm-sdk/src/generated/`, generated
    /// from [`spec`](Self::spec).
    pub files: Vec<GeneratedFile>,
    /// The files of the golden crates' [`GOLDEN_DIRS`], generated from [`GOLDEN_FIXTURE`].
    pub golden: Vec<GeneratedFile>,
}

/// Why regeneration failed; nothing has been written.
#[derive(Debug)]
pub enum RegenError {
    /// The documentation or the overrides could not be read or extracted.
    Extract(FilesError),
    /// The extracted spec cannot be turned into Rust.
    Generate(GenerateError),
    /// The golden fixture ([`GOLDEN_FIXTURE`]) cannot be read or parsed.
    Fixture(String),
}

impl fmt::Display for RegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegenError::Extract(error) => error.fmt(f),
            RegenError::Generate(error) => write!(f, "generation failed: {error}"),
            RegenError::Fixture(message) => write!(f, "{GOLDEN_FIXTURE}: {message}"),
        }
    }
}

impl std::error::Error for RegenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RegenError::Extract(error) => Some(error),
            RegenError::Generate(error) => Some(error),
            RegenError::Fixture(_) => None,
        }
    }
}

/// Extracts the spec from the documentation of the checkout at `root` and generates the
/// SDK surface from it, and the golden crate's files from the checkout's fixture.
pub fn regenerate(root: &Path) -> Result<Regeneration, RegenError> {
    let spec = extract::extract_files(root).map_err(RegenError::Extract)?;
    let fixture = golden_fixture(root)?;
    Regeneration::from_spec(spec, &fixture).map_err(RegenError::Generate)
}

/// The golden fixture spec of the checkout at `root` ([`GOLDEN_FIXTURE`]).
pub fn golden_fixture(root: &Path) -> Result<Spec, RegenError> {
    let text = fs::read_to_string(root.join(GOLDEN_FIXTURE))
        .map_err(|error| RegenError::Fixture(error.to_string()))?;
    Spec::from_json(&text).map_err(|error| RegenError::Fixture(error.to_string()))
}

/// The golden crate's files for the fixture spec: what [`generate`](generate::generate)
/// produces, with the header naming the fixture as the source.
pub fn generate_golden(fixture: &Spec) -> Result<Vec<GeneratedFile>, GenerateError> {
    let mut files = generate::generate(fixture)?;
    for file in &mut files {
        file.contents =
            file.contents
                .replacen("from spec/ecm.json", &format!("from {GOLDEN_FIXTURE}"), 1);
    }
    Ok(files)
}

impl Regeneration {
    /// Generates the SDK surface from an already extracted spec, and the golden crate's files
    /// from the fixture spec.
    pub fn from_spec(spec: Spec, fixture: &Spec) -> Result<Regeneration, GenerateError> {
        let files = generate::generate(&spec)?;
        let golden = generate_golden(fixture)?;
        Ok(Regeneration {
            spec_json: spec.to_canonical_json(),
            spec,
            files,
            golden,
        })
    }

    /// How many files [`check`](Self::check) compares: the spec, the SDK's generated files and
    /// the golden crate's.
    pub fn file_count(&self) -> usize {
        1 + self.files.len() + self.golden.len()
    }

    /// The checked-in files under `root` that differ from this regeneration: the spec first,
    /// then the generated files sorted by path, then the golden crate's. Empty when everything
    /// is up to date.
    pub fn check(&self, root: &Path) -> io::Result<Vec<StaleFile>> {
        let mut stale: Vec<StaleFile> = self.stale_spec(root)?.into_iter().collect();
        stale.extend(generate::check_generated(root, &self.files)?);
        stale.extend(generate::check_generated_in(
            root,
            GOLDEN_DIRS,
            &self.golden,
        )?);
        Ok(stale)
    }

    /// Brings the checkout at `root` up to date and returns what changed (as
    /// [`check`](Self::check) would have reported it). Files already up to date are not
    /// touched, so their timestamps (and cargo's incremental builds) survive.
    pub fn write(&self, root: &Path) -> io::Result<Vec<StaleFile>> {
        let mut changed: Vec<StaleFile> = Vec::new();
        if let Some(stale) = self.stale_spec(root)? {
            let path = root.join(SPEC_PATH);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, &self.spec_json)?;
            changed.push(stale);
        }
        changed.extend(generate::write_generated(root, &self.files)?);
        changed.extend(generate::write_generated_in(
            root,
            GOLDEN_DIRS,
            &self.golden,
        )?);
        Ok(changed)
    }

    fn stale_spec(&self, root: &Path) -> io::Result<Option<StaleFile>> {
        let problem = match fs::read(root.join(SPEC_PATH)) {
            Ok(bytes) if bytes == self.spec_json.as_bytes() => return Ok(None),
            Ok(_) => FileProblem::Modified,
            Err(error) if error.kind() == io::ErrorKind::NotFound => FileProblem::Missing,
            Err(error) => return Err(error),
        };
        Ok(Some(StaleFile {
            path: SPEC_PATH.to_owned(),
            problem,
        }))
    }
}

/// The spec checked in at `root` (`spec/ecm.json`), to compare a regeneration with:
/// `Ok(None)` when there is none yet.
pub fn checked_in_spec(root: &Path) -> Result<Option<Spec>, CheckedInSpecError> {
    let text = match fs::read_to_string(root.join(SPEC_PATH)) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(CheckedInSpecError::Io(error)),
    };
    Spec::from_json(&text)
        .map(Some)
        .map_err(CheckedInSpecError::Invalid)
}

/// Why the checked-in spec cannot be read (e.g. it predates a schema change).
#[derive(Debug)]
pub enum CheckedInSpecError {
    /// The file exists but cannot be read.
    Io(io::Error),
    /// The file is not a spec of the current schema.
    Invalid(LoadError),
}

impl fmt::Display for CheckedInSpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckedInSpecError::Io(error) => write!(f, "{SPEC_PATH}: {error}"),
            CheckedInSpecError::Invalid(error) => write!(f, "{SPEC_PATH}: {error}"),
        }
    }
}

impl std::error::Error for CheckedInSpecError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CheckedInSpecError::Io(error) => Some(error),
            CheckedInSpecError::Invalid(error) => Some(error),
        }
    }
}
