//! Generates `ecm-sdk/src/generated/` from `spec/ecm.json` until `cargo xtask regen` does.
//!
//! ```text
//! cargo run -p ecm-codegen --example regen [-- [--check] [--spec FILE] [--root DIR]]
//! ```
//!
//! `--check` only reports stale files (exit status 1 if any). `--spec` reads another spec,
//! `--root` writes into another checkout (default: this repository).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use ecm_codegen::generate::{FileProblem, check_generated, generate, write_generated};
use ecm_spec::Spec;

fn main() -> ExitCode {
    let mut check = false;
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut spec_path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--spec" => spec_path = args.next().map(PathBuf::from),
            "--root" => root = args.next().map(PathBuf::from).unwrap_or(root),
            other => {
                eprintln!(
                    "unknown argument `{other}`; usage: regen [--check] [--spec FILE] [--root DIR]"
                );
                return ExitCode::from(2);
            }
        }
    }
    let spec_path = spec_path.unwrap_or_else(|| root.join("spec/ecm.json"));
    let text = match std::fs::read_to_string(&spec_path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {}: {error}", spec_path.display());
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    let spec = match Spec::from_json(&text) {
        Ok(spec) => spec,
        Err(error) => {
            eprintln!("{}: {error}", spec_path.display());
            return ExitCode::FAILURE;
        }
    };
    let files = match generate(&spec) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("cannot generate: {error}");
            return ExitCode::FAILURE;
        }
    };
    let generated_in = started.elapsed();
    let result = if check {
        check_generated(&root, &files)
    } else {
        write_generated(&root, &files)
    };
    let changed = match result {
        Ok(changed) => changed,
        Err(error) => {
            eprintln!("cannot access the generated files: {error}");
            return ExitCode::FAILURE;
        }
    };
    for file in &changed {
        if check {
            println!("stale: {file}");
        } else {
            let done = match file.problem {
                FileProblem::Modified => "updated",
                FileProblem::Missing => "created",
                FileProblem::Extra => "deleted",
            };
            println!("{done}: {}", file.path);
        }
    }
    eprintln!(
        "{} files, parsed and generated in {:.0?}; {} {}",
        files.len(),
        generated_in,
        changed.len(),
        if check { "stale" } else { "updated" }
    );
    if check && !changed.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
