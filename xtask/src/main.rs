//! Maintainer tasks, run as `cargo xtask <task>` (alias in `.cargo/config.toml`).
//!
//! - `cargo xtask extract [--check]`: documentation → `spec/ecm.json` (with `--check`: fail if the
//!   checked-in spec is stale instead of writing it).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod extract;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  extract [--check]   extract spec/ecm.json from spec/docs/ecm-api-docs.txt and
                      spec/overrides.json (--check: fail if the checked-in spec is stale)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["extract"] => extract::run(&root, extract::Mode::Write),
        ["extract", "--check"] => extract::run(&root, extract::Mode::Check),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
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
