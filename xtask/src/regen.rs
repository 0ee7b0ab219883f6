//! `cargo xtask regen [--check]`: documentation → `spec/ecm.json` → `ecm-sdk-model/src/generated/`
//! and `ecm-sdk/src/generated/`.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use ecm_codegen::extract::{self, DOCS_PATH, SPEC_PATH};
use ecm_codegen::generate::{
    FileProblem, GENERATED_DIR, MODEL_GENERATED_DIR, StaleFile, summarize_changes,
};
use ecm_codegen::regen::{self, GOLDEN_DIR, GOLDEN_MODEL_DIR, Regeneration};
use ecm_spec::Spec;

/// Whether to write the outputs or only check that the checked-in ones are current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Write,
    Check,
}

/// How the task ended, when it could run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Written (`regen`), or everything checked in is up to date (`regen --check`).
    Success,
    /// `regen --check` found stale files.
    Stale,
}

/// Runs the task on the checkout at `root`, reporting to `out`. Errors (unreadable or
/// unextractable docs, a spec the generator cannot handle, I/O) are returned as messages;
/// nothing is written then.
pub(crate) fn run(root: &Path, mode: Mode, out: &mut dyn Write) -> Result<Outcome, String> {
    let started = Instant::now();
    let spec = extract::extract_files(root).map_err(|e| e.to_string())?;
    let fixture = regen::golden_fixture(root).map_err(|e| e.to_string())?;
    let extracted = started.elapsed();
    match mode {
        Mode::Check => {
            let regeneration = Regeneration::from_spec(spec, &fixture)
                .map_err(|e| format!("generation failed: {e}"))?;
            let generated = started.elapsed() - extracted;
            let stale = regeneration
                .check(root)
                .map_err(|e| format!("cannot read the checkout: {e}"))?;
            let timing = timing(started.elapsed(), extracted, generated, "compare");
            let text = if stale.is_empty() {
                format!(
                    "{SPEC_PATH}, the {} files of {MODEL_GENERATED_DIR}/ and {GENERATED_DIR}/ \
                     and the {} of {GOLDEN_MODEL_DIR}/ and {GOLDEN_DIR}/ are up to date \
                     ({timing}).\n",
                    regeneration.files.len(),
                    regeneration.golden.len()
                )
            } else {
                let mut text = format!(
                    "{} of {} checked-in files are stale; run `cargo xtask regen` and review \
                     the diff:\n",
                    stale.len(),
                    regeneration.file_count()
                );
                for file in &stale {
                    text.push_str(&format!("  {file}\n"));
                }
                text
            };
            print(out, &text)?;
            Ok(if stale.is_empty() {
                Outcome::Success
            } else {
                Outcome::Stale
            })
        }
        Mode::Write => {
            // The summary compares with the checked-in spec, so it is read before writing; it
            // is printed even when generation then fails, to show what the docs changed.
            let mut text = extraction_summary(&spec);
            text.push_str(&spec_changes(root, &spec));
            let generating = Instant::now();
            let regeneration = match Regeneration::from_spec(spec, &fixture) {
                Ok(regeneration) => regeneration,
                Err(error) => {
                    print(out, &text)?;
                    return Err(format!("generation failed, nothing was written: {error}"));
                }
            };
            let generated = generating.elapsed();
            let changed = regeneration
                .write(root)
                .map_err(|e| format!("cannot write the checkout: {e}"))?;
            let total = regeneration.file_count();
            if changed.is_empty() {
                text.push_str(&format!("\nFiles: all {total} up to date.\n"));
            } else {
                text.push_str(&format!("\nFiles: {} of {total} changed:\n", changed.len()));
                for file in &changed {
                    text.push_str(&format!("  {} {}\n", verb(file), file.path));
                }
            }
            let timing = timing(
                started.elapsed(),
                extracted,
                generated,
                "summarise and write",
            );
            text.push_str(&format!("\nDone in {timing}.\n"));
            print(out, &text)?;
            Ok(Outcome::Success)
        }
    }
}

fn print(out: &mut dyn Write, text: &str) -> Result<(), String> {
    out.write_all(text.as_bytes())
        .map_err(|e| format!("cannot print the report: {e}"))
}

/// What changed in the spec, against the checked-in one.
fn spec_changes(root: &Path, spec: &Spec) -> String {
    match regen::checked_in_spec(root) {
        Ok(Some(previous)) => {
            let mut text = format!("\nSpec changes against the previous {SPEC_PATH}:\n");
            for line in summarize_changes(&previous, spec).to_string().lines() {
                text.push_str(&format!("  {line}\n"));
            }
            text
        }
        Ok(None) => format!("\nSpec changes: {SPEC_PATH} did not exist; everything is new.\n"),
        Err(error) => {
            format!("\nSpec changes: unknown, the previous spec does not load ({error}).\n")
        }
    }
}

fn verb(file: &StaleFile) -> &'static str {
    match file.problem {
        FileProblem::Modified => "updated",
        FileProblem::Missing => "created",
        FileProblem::Extra => "deleted",
    }
}

/// One line on what the documentation yielded.
fn extraction_summary(spec: &Spec) -> String {
    let examples: usize = spec.actions.iter().map(|a| a.examples.len()).sum();
    let mismatches = extract::example_mismatches(spec).len();
    format!(
        "Extracted {DOCS_PATH}: {} actions, {} data types, {} error codes, {examples} examples \
         ({mismatches} contradicting their documented types, see spec/README.md).\n",
        spec.actions.len(),
        spec.data_types.len(),
        spec.error_codes.common.len() + spec.error_codes.service.len(),
    )
}

/// `total` split into extraction, generation and the rest (`rest`: comparing, or summarising
/// and writing).
fn timing(total: Duration, extracted: Duration, generated: Duration, rest: &str) -> String {
    format!(
        "{} ms: extract {} ms, generate {} ms, {rest} {} ms",
        total.as_millis(),
        extracted.as_millis(),
        generated.as_millis(),
        total
            .saturating_sub(extracted)
            .saturating_sub(generated)
            .as_millis()
    )
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::PathBuf;

    use ecm_codegen::extract::OVERRIDES_PATH;

    use super::*;

    /// A checkout holding only the inputs: the vendored docs, the overrides and the golden
    /// fixture.
    fn inputs_only() -> tempfile::TempDir {
        let repo = crate::repo_root();
        let dir = tempfile::tempdir().expect("temporary directory");
        for path in [DOCS_PATH, OVERRIDES_PATH, regen::GOLDEN_FIXTURE] {
            let target: PathBuf = dir.path().join(path);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::copy(repo.join(path), &target).unwrap();
        }
        dir
    }

    fn run_to_string(root: &Path, mode: Mode) -> (Result<Outcome, String>, String) {
        let mut out = Vec::new();
        let result = run(root, mode, &mut out);
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn regen_fills_an_empty_checkout_and_check_then_passes() {
        let dir = inputs_only();
        let root = dir.path();

        let (result, report) = run_to_string(root, Mode::Check);
        assert_eq!(result, Ok(Outcome::Stale), "{report}");
        assert!(
            report.starts_with("41 of 41 checked-in files are stale; run `cargo xtask regen`"),
            "{report}"
        );
        assert!(
            report.contains("\n  spec/ecm.json is missing\n"),
            "{report}"
        );
        assert!(
            report.contains("\n  ecm-sdk-model/src/generated/types.rs is missing\n"),
            "{report}"
        );
        assert!(!root.join(SPEC_PATH).exists(), "--check never writes");

        let (result, report) = run_to_string(root, Mode::Write);
        assert_eq!(result, Ok(Outcome::Success), "{report}");
        assert!(
            report.starts_with(
                "Extracted spec/docs/ecm-api-docs.txt: 124 actions, 99 data types, 202 error \
                 codes, 130 examples (4 contradicting their documented types"
            ),
            "{report}"
        );
        assert!(
            report.contains("Spec changes: spec/ecm.json did not exist; everything is new."),
            "{report}"
        );
        assert!(report.contains("Files: 41 of 41 changed:\n"), "{report}");
        assert!(report.contains("\n  created spec/ecm.json\n"), "{report}");
        assert!(
            report.contains("\n  created ecm-sdk-model/src/generated/actions/mod.rs\n"),
            "{report}"
        );
        let repo = crate::repo_root();
        assert_eq!(
            fs::read_to_string(root.join(SPEC_PATH)).unwrap(),
            fs::read_to_string(repo.join(SPEC_PATH)).unwrap(),
            "the written spec is the checked-in one"
        );

        let (result, report) = run_to_string(root, Mode::Check);
        assert_eq!(result, Ok(Outcome::Success), "{report}");
        assert!(
            report.starts_with(
                "spec/ecm.json, the 25 files of ecm-sdk-model/src/generated/ and \
                 ecm-sdk/src/generated/ and the 15 of codegen/golden/model/generated/ and \
                 codegen/golden/generated/ are up to date"
            ),
            "{report}"
        );

        // Running it again changes nothing.
        let (result, report) = run_to_string(root, Mode::Write);
        assert_eq!(result, Ok(Outcome::Success), "{report}");
        assert!(
            report.contains("Spec changes against the previous spec/ecm.json:\n  no changes\n"),
            "{report}"
        );
        assert!(report.contains("Files: all 41 up to date.\n"), "{report}");
    }

    #[test]
    fn a_docs_update_is_summarised_and_stale_files_are_listed() {
        let dir = inputs_only();
        let root = dir.path();
        assert_eq!(run_to_string(root, Mode::Write).0, Ok(Outcome::Success));

        // A documentation update: DescribeNode's description changes.
        let docs_path = root.join(DOCS_PATH);
        let docs = fs::read_to_string(&docs_path).unwrap();
        let printed = "This API is used to get the list of nodes.";
        assert_eq!(docs.matches(printed).count(), 1);
        let updated = docs.replace(printed, "This API is used to get the list of edge nodes.");
        fs::write(&docs_path, updated).unwrap();

        let (result, report) = run_to_string(root, Mode::Check);
        assert_eq!(result, Ok(Outcome::Stale), "{report}");
        assert!(
            report.starts_with("2 of 41 checked-in files are stale"),
            "{report}"
        );
        assert!(
            report.ends_with(
                "  spec/ecm.json is out of date\n  \
                 ecm-sdk-model/src/generated/actions/region.rs is out of date\n"
            ),
            "{report}"
        );

        let (result, report) = run_to_string(root, Mode::Write);
        assert_eq!(result, Ok(Outcome::Success), "{report}");
        assert!(
            report.contains(
                "Spec changes against the previous spec/ecm.json:\n  \
                 actions: 0 added, 0 removed, 1 changed\n    \
                 ~ DescribeNode: description changed\n"
            ),
            "{report}"
        );
        assert!(
            report.contains(
                "Files: 2 of 41 changed:\n  updated spec/ecm.json\n  \
                 updated ecm-sdk-model/src/generated/actions/region.rs\n"
            ),
            "{report}"
        );
        assert_eq!(run_to_string(root, Mode::Check).0, Ok(Outcome::Success));
    }

    #[test]
    fn broken_docs_stop_regen_before_anything_is_written() {
        let dir = inputs_only();
        let root = dir.path();
        fs::write(root.join(DOCS_PATH), "not the ECM documentation\n").unwrap();
        let (result, report) = run_to_string(root, Mode::Write);
        let message = result.unwrap_err();
        assert!(message.starts_with("extraction failed: "), "{message}");
        assert_eq!(report, "");
        assert!(!root.join(SPEC_PATH).exists());
        assert!(!root.join(GENERATED_DIR).exists());
        assert!(!root.join(MODEL_GENERATED_DIR).exists());
    }
}
