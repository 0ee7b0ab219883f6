//! Maintainer tasks, run as `cargo xtask <task>` (alias in `.cargo/config.toml`).
//!
//! - `cargo xtask regen`: extract `spec/ecm.json` from the vendored documentation, generate
//!   `ecm-sdk-model/src/generated/` and `ecm-sdk/src/generated/` from it (and the golden
//!   crates' `codegen/golden/model/generated/` and `codegen/golden/generated/` from the fixture
//!   `codegen/tests/fixtures/mini.json`), write whatever changed and print what
//!   changed in the spec (for review) and which files were written.
//! - `cargo xtask regen --check`: the same in memory; fails listing the checked-in files that
//!   are stale (CI runs it).
//! - `cargo xtask build-cost [--aws] [--sdk DIR] [--features LIST] [--no-default-features]
//!   [--keep]`: build a hello-world user of `ecm-sdk` clean in a temporary directory and
//!   report wall time, peak memory, binary size and the slowest units (run by hand; see
//!   `BENCHMARKS.md`).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod build_cost;
mod regen;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  regen           extract spec/ecm.json from spec/docs/ecm-api-docs.txt and spec/overrides.json,
                  generate ecm-sdk-model/src/generated/ and ecm-sdk/src/generated/ from it
                  (and codegen/golden/{model/,}generated/ from
                  codegen/tests/fixtures/mini.json), and write what changed
  regen --check   the same without writing: fail if a checked-in file is stale
  build-cost [--aws] [--sdk DIR] [--features LIST] [--no-default-features] [--keep]
                  build a hello-world crate that calls DescribeInstances through ecm-sdk
                  clean in a temporary directory (release, --timings) and print wall time,
                  peak memory, binary size, the slowest units and the incremental rebuild;
                  --aws also builds an aws-config + aws-sdk-lambda hello world (minutes)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if args.first() == Some(&"build-cost") {
        let mut out = io::stdout().lock();
        let result = build_cost::parse(&args[1..], &repo_root())
            .and_then(|options| build_cost::run(&options, &mut out));
        let _ = out.flush();
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        };
    }
    let mode = match args.as_slice() {
        ["regen"] => regen::Mode::Write,
        ["regen", "--check"] => regen::Mode::Check,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let result = regen::run(&repo_root(), mode, &mut out);
    let _ = out.flush();
    match result {
        Ok(regen::Outcome::Success) => ExitCode::SUCCESS,
        Ok(regen::Outcome::Stale) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's directory.
fn repo_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map_or_else(|| manifest_dir.to_path_buf(), Path::to_path_buf)
}
