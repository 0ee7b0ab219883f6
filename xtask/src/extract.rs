//! `cargo xtask extract [--check]`: documentation text → `spec/ecm.json`.

use std::path::Path;
use std::time::Instant;

use ecm_codegen::extract::{self, SPEC_PATH};

/// Whether to write the spec or only check that the checked-in one is current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Write,
    Check,
}

pub(crate) fn run(root: &Path, mode: Mode) -> Result<(), String> {
    let started = Instant::now();
    let spec = extract::extract_files(root).map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    let mismatches = extract::example_mismatches(&spec).len();
    let summary = format!(
        "{} actions, {} data types, {} common + {} service error codes, {mismatches} example \
         mismatches (see spec/README.md) ({elapsed:.0?})",
        spec.actions.len(),
        spec.data_types.len(),
        spec.error_codes.common.len(),
        spec.error_codes.service.len(),
    );
    match mode {
        Mode::Write => {
            let changed = extract::write_spec(root, &spec).map_err(|e| e.to_string())?;
            let status = if changed { "updated" } else { "unchanged" };
            println!("{SPEC_PATH} {status}: {summary}");
        }
        Mode::Check => {
            extract::check_spec(root, &spec).map_err(|e| e.to_string())?;
            println!("{SPEC_PATH} is up to date: {summary}");
        }
    }
    Ok(())
}
