//! The extractor's error: where it stopped, what it expected there and what it found.

use std::fmt;

/// Where an [`ExtractError`] was detected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A 1-based line of the documentation text.
    Docs {
        /// Line number.
        line: usize,
    },
    /// The overrides file as a whole (it is not valid JSON or not in the documented format).
    OverridesFile,
    /// One entry of the overrides file.
    Override {
        /// 0-based index of the entry in the list.
        index: usize,
        /// The entry's `target`.
        target: String,
    },
}

/// Input the extractor could not attribute, with its location.
///
/// The extractor never guesses: when the text does not have the shape it expects it stops with
/// this error instead of producing a spec with silently missing or misplaced data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractError {
    /// Where the problem is.
    pub location: Location,
    /// What the extractor expected there.
    pub expected: String,
    /// What it found instead (shortened).
    pub found: String,
}

impl ExtractError {
    /// An error at a line of the documentation text.
    pub(crate) fn at(line: usize, expected: impl Into<String>, found: impl AsRef<str>) -> Self {
        ExtractError {
            location: Location::Docs { line },
            expected: expected.into(),
            found: shorten(found.as_ref()),
        }
    }

    /// The documentation line, if the error is located in the documentation.
    pub fn line(&self) -> Option<usize> {
        match self.location {
            Location::Docs { line } => Some(line),
            _ => None,
        }
    }
}

/// Keeps error messages readable when the offending text is a whole JSON example.
pub(crate) fn shorten(text: &str) -> String {
    truncate_chars(text, 160)
}

/// The first `max_chars` characters of `text`, with an ellipsis if that cut anything.
pub(crate) fn truncate_chars(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::Docs { line } => write!(f, "ecm-api-docs.txt line {line}: ")?,
            Location::OverridesFile => f.write_str("overrides.json: ")?,
            Location::Override { index, target } => {
                write!(f, "overrides.json entry #{index} (target `{target}`): ")?
            }
        }
        write!(f, "expected {}, found `{}`", self.expected, self.found)
    }
}

impl std::error::Error for ExtractError {}

/// Result of every extraction step.
pub(crate) type Result<T, E = ExtractError> = std::result::Result<T, E>;
