//! Comparing generated files with the checked-in ones (`cargo xtask regen --check`) and
//! writing them (`cargo xtask regen`).

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{GENERATED_DIR, GeneratedFile};

/// How a checked-in file differs from what generation produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileProblem {
    /// The file exists with other contents (edited by hand, or derived from other inputs).
    Modified,
    /// Regeneration produces the file but it is not on disk.
    Missing,
    /// The file is on disk under the generated directory but generation no longer produces it.
    Extra,
}

/// A checked-in file that is out of date: a generated file, or the spec (`cargo xtask regen`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleFile {
    /// Path relative to the repository root, with `/` separators, e.g.
    /// `ecm-sdk/src/generated/types.rs`.
    pub path: String,
    /// How it differs.
    pub problem: FileProblem,
}

impl fmt::Display for StaleFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = match self.problem {
            FileProblem::Modified => "is out of date",
            FileProblem::Missing => "is missing",
            FileProblem::Extra => "is no longer generated",
        };
        write!(f, "{} {problem}", self.path)
    }
}

fn absolute(repo_root: &Path, dir: &str, relative: &str) -> PathBuf {
    let mut path = repo_root.join(dir);
    path.extend(relative.split('/'));
    path
}

/// Every file under `dir`, as `/`-separated paths relative to `dir`, sorted.
fn files_on_disk(dir: &Path) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![(dir.to_path_buf(), String::new())];
    while let Some((current, prefix)) = pending.pop() {
        let entries = match fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound && prefix.is_empty() => {
                return Ok(found);
            }
            Err(error) => return Err(error),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            if entry.file_type()?.is_dir() {
                pending.push((entry.path(), relative));
            } else {
                found.push(relative);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Compares `files` (from [`generate`](super::generate)) with the generated directory under
/// `repo_root` ([`GENERATED_DIR`]): files with other contents, missing files, and files
/// generation no longer produces. Empty when everything is up to date. Sorted by path.
pub fn check_generated(repo_root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<StaleFile>> {
    check_generated_in(repo_root, GENERATED_DIR, files)
}

/// [`check_generated`] for the generated directory `dir` (relative to `repo_root`, with `/`
/// separators), e.g. the golden crate's.
pub fn check_generated_in(
    repo_root: &Path,
    dir: &str,
    files: &[GeneratedFile],
) -> io::Result<Vec<StaleFile>> {
    let repo_path = |relative: &str| format!("{dir}/{relative}");
    let mut stale = Vec::new();
    for file in files {
        let problem = match fs::read(absolute(repo_root, dir, &file.path)) {
            Ok(bytes) if bytes == file.contents.as_bytes() => continue,
            Ok(_) => FileProblem::Modified,
            Err(error) if error.kind() == io::ErrorKind::NotFound => FileProblem::Missing,
            Err(error) => return Err(error),
        };
        stale.push(StaleFile {
            path: repo_path(&file.path),
            problem,
        });
    }
    for on_disk in files_on_disk(&repo_root.join(dir))? {
        if !files.iter().any(|file| file.path == on_disk) {
            stale.push(StaleFile {
                path: repo_path(&on_disk),
                problem: FileProblem::Extra,
            });
        }
    }
    stale.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(stale)
}

/// Brings the generated directory under `repo_root` up to date: writes modified and missing
/// files, deletes extra ones. Returns what it changed (as [`check_generated`] would have
/// reported it); files already up to date are not touched, so their timestamps (and cargo's
/// incremental builds) are preserved.
pub fn write_generated(repo_root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<StaleFile>> {
    write_generated_in(repo_root, GENERATED_DIR, files)
}

/// [`write_generated`] for the generated directory `dir` (relative to `repo_root`).
pub fn write_generated_in(
    repo_root: &Path,
    dir: &str,
    files: &[GeneratedFile],
) -> io::Result<Vec<StaleFile>> {
    let stale = check_generated_in(repo_root, dir, files)?;
    for problem in &stale {
        let relative = problem
            .path
            .strip_prefix(dir)
            .and_then(|p| p.strip_prefix('/'))
            .unwrap_or(&problem.path);
        let path = absolute(repo_root, dir, relative);
        match problem.problem {
            FileProblem::Extra => fs::remove_file(&path)?,
            FileProblem::Modified | FileProblem::Missing => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                let file = files.iter().find(|f| f.path == relative);
                if let Some(file) = file {
                    fs::write(&path, &file.contents)?;
                }
            }
        }
    }
    Ok(stale)
}
