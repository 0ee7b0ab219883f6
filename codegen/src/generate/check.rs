//! Comparing generated files with the checked-in ones (`cargo xtask regen --check`) and
//! writing them (`cargo xtask regen`).

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Crate, GeneratedFile, OUTPUT_DIRS};

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
    /// `ecm-sdk-model/src/generated/types.rs`.
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

/// Where a set of generated files goes: one directory per crate, relative to the repository
/// root, with `/` separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputDirs {
    /// The files of [`Crate::Model`], e.g. `ecm-sdk-model/src/generated`.
    pub model: &'static str,
    /// The files of [`Crate::Runtime`], e.g. `ecm-sdk/src/generated`.
    pub runtime: &'static str,
}

impl OutputDirs {
    /// Each directory with its crate, the model's first.
    fn each(&self) -> [(Crate, &'static str); 2] {
        [(Crate::Model, self.model), (Crate::Runtime, self.runtime)]
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

/// Compares `files` (from [`generate`](super::generate)) with the generated directories under
/// `repo_root` ([`OUTPUT_DIRS`](super::OUTPUT_DIRS)): files with other contents, missing
/// files, and files generation no longer produces. Empty when everything is up to date.
/// Sorted by path.
pub fn check_generated(repo_root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<StaleFile>> {
    check_generated_in(repo_root, OUTPUT_DIRS, files)
}

/// [`check_generated`] for the generated directories `dirs` (relative to `repo_root`), e.g. the
/// golden crates'.
pub fn check_generated_in(
    repo_root: &Path,
    dirs: OutputDirs,
    files: &[GeneratedFile],
) -> io::Result<Vec<StaleFile>> {
    let mut stale = Vec::new();
    for (krate, dir) in dirs.each() {
        let files: Vec<&GeneratedFile> = files.iter().filter(|f| f.krate == krate).collect();
        stale.extend(check_dir(repo_root, dir, &files)?);
    }
    stale.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(stale)
}

/// The stale files of one generated directory `dir`, for the `files` that belong there.
fn check_dir(repo_root: &Path, dir: &str, files: &[&GeneratedFile]) -> io::Result<Vec<StaleFile>> {
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
    Ok(stale)
}

/// Brings the generated directories under `repo_root` up to date: writes modified and missing
/// files, deletes extra ones. Returns what it changed (as [`check_generated`] would have
/// reported it); files already up to date are not touched, so their timestamps (and cargo's
/// incremental builds) are preserved.
pub fn write_generated(repo_root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<StaleFile>> {
    write_generated_in(repo_root, OUTPUT_DIRS, files)
}

/// [`write_generated`] for the generated directories `dirs` (relative to `repo_root`).
pub fn write_generated_in(
    repo_root: &Path,
    dirs: OutputDirs,
    files: &[GeneratedFile],
) -> io::Result<Vec<StaleFile>> {
    let stale = check_generated_in(repo_root, dirs, files)?;
    for problem in &stale {
        // The directory the path lies in (the longest, should one hold the other).
        let Some((krate, dir, relative)) = dirs
            .each()
            .into_iter()
            .filter_map(|(krate, dir)| {
                let relative = problem.path.strip_prefix(dir)?.strip_prefix('/')?;
                Some((krate, dir, relative))
            })
            .max_by_key(|(_, dir, _)| dir.len())
        else {
            continue;
        };
        let path = absolute(repo_root, dir, relative);
        match problem.problem {
            FileProblem::Extra => fs::remove_file(&path)?,
            FileProblem::Modified | FileProblem::Missing => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                let file = files
                    .iter()
                    .find(|f| f.krate == krate && f.path == relative);
                if let Some(file) = file {
                    fs::write(&path, &file.contents)?;
                }
            }
        }
    }
    Ok(stale)
}
