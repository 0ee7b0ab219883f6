//! Error-code tables (`Error Code | Description`) and the choice of each code's best description.
//!
//! Rows are paragraphs whose first word is an error code; the description may start on a later
//! paragraph, continue over page breaks, or be missing (spec/docs/NOTES.md, T22). The Error Codes chapter
//! truncates many descriptions at the right margin (T8: `…cannot be performed in the cu` /
//! `status.`); the full text then appears in some action's table and is preferred.

use ecm_spec::ErrorCode;

use super::error::{ExtractError, Result};
use super::section::Section;
use super::table::is_camel_case_name;
use super::text::TextBuilder;

/// One row of an error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ErrorRow {
    pub(crate) line: usize,
    pub(crate) code: String,
    pub(crate) description: String,
}

/// An error code: `FailedOperation`, `AuthFailure.SignatureExpire` — a CamelCase first segment
/// (which description text never starts with: `Key does not exist`, `The …`), then identifier
/// segments.
pub(crate) fn is_error_code(word: &str) -> bool {
    let mut segments = word.split('.');
    segments.next().is_some_and(is_camel_case_name)
        && segments
            .all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

/// Whether a line is an error-table header (`Error Code Description`, `Error code Error description`).
pub(crate) fn is_error_header(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    lower.starts_with("error code") && lower.ends_with("description")
}

struct RowBuilder {
    line: usize,
    code: String,
    description: TextBuilder,
}

/// Parses an error table; `section` starts at its header line.
pub(crate) fn parse_error_table(section: &Section<'_, '_>) -> Result<Vec<ErrorRow>> {
    let header = section.expect(0, "an error table header `Error Code Description`", |l| {
        is_error_header(l.text)
    })?;
    let mut rows: Vec<RowBuilder> = Vec::new();
    let mut paragraph_start = true;
    for line in section.lines.iter().skip(header + 1) {
        if line.is_blank() {
            paragraph_start = true;
            if let Some(row) = rows.last_mut() {
                row.description.push_blank();
            }
            continue;
        }
        if is_error_header(line.text) {
            paragraph_start = true;
            continue;
        }
        if line.page_start {
            paragraph_start = true;
        }
        let text = line.text.trim_start();
        let (first, rest) = match text.split_once(char::is_whitespace) {
            Some((first, rest)) => (first, rest),
            None => (text, ""),
        };
        if paragraph_start && is_error_code(first) {
            let mut description = TextBuilder::cell();
            description.push(rest, line.hard_break);
            rows.push(RowBuilder {
                line: line.no,
                code: first.to_owned(),
                description,
            });
        } else {
            let Some(row) = rows.last_mut() else {
                return Err(ExtractError::at(
                    line.no,
                    "an error table row starting with an error code",
                    line.text,
                ));
            };
            row.description.push_line(line);
        }
        paragraph_start = false;
    }
    Ok(rows
        .into_iter()
        .map(|row| ErrorRow {
            line: row.line,
            code: row.code,
            description: row.description.finish(),
        })
        .collect())
}

/// Whether `damaged` reads like `full` with the ends of some lines cut off: its words appear in
/// `full` in order, each equal to or a prefix of the word it stands for.
fn is_truncation_of(damaged: &str, full: &str) -> bool {
    if damaged.len() >= full.len() {
        return false;
    }
    let mut full_words = full.split_whitespace();
    damaged.split_whitespace().all(|word| {
        full_words
            .by_ref()
            .any(|candidate| candidate == word || candidate.starts_with(word))
    })
}

/// Chooses a code's description: the chapter's text unless it is missing, only repeats the code
/// or was truncated — then the most complete text of another table. Where the docs only ever
/// repeat the code (T22), that is the description; where they give nothing, it is empty.
pub(crate) fn best_description(code: &str, primary: &[&str], others: &[&str]) -> String {
    let informative = |d: &&str| {
        let d = d.trim();
        !d.is_empty() && !code.starts_with(d)
    };
    fn longest<'t>(texts: impl Iterator<Item = &'t str>) -> Option<&'t str> {
        texts.fold(None, |best, d| match best {
            Some(b) if b.len() >= d.len() => Some(b),
            _ => Some(d),
        })
    }
    let chosen = match longest(primary.iter().copied().filter(informative)) {
        Some(text) => longest(
            others
                .iter()
                .copied()
                .filter(informative)
                .filter(|other| is_truncation_of(text, other)),
        )
        .or(Some(text)),
        None => longest(others.iter().copied().filter(informative)),
    };
    match chosen {
        Some(text) => text.trim().to_owned(),
        None if primary.iter().chain(others).any(|d| d.trim() == code) => code.to_owned(),
        None => String::new(),
    }
}

/// Builds the code list of a chapter table with the best descriptions.
pub(crate) fn resolve(
    rows: &[ErrorRow],
    secondary_chapter: &[ErrorRow],
    action_rows: &[ErrorRow],
) -> Vec<ErrorCode> {
    rows.iter()
        .map(|row| {
            let mut primary = vec![row.description.as_str()];
            primary.extend(
                secondary_chapter
                    .iter()
                    .filter(|r| r.code == row.code)
                    .map(|r| r.description.as_str()),
            );
            let others: Vec<&str> = action_rows
                .iter()
                .filter(|r| r.code == row.code)
                .map(|r| r.description.as_str())
                .collect();
            ErrorCode {
                code: row.code.clone(),
                description: best_description(&row.code, &primary, &others),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_codes_but_not_description_words() {
        for code in [
            "FailedOperation",
            "AuthFailure.SignatureExpire",
            "InvalidParameterValue.InvaildEniID",
            "IpInBlacklist",
        ] {
            assert!(is_error_code(code), "{code}");
        }
        for word in ["Key", "The", "Only", "CLB", "Failed.", "AuthFailure."] {
            assert!(!is_error_code(word), "{word}");
        }
    }

    #[test]
    fn detects_margin_truncation() {
        assert!(is_truncation_of(
            "This operation cannot be performed in the cu status.",
            "This operation cannot be performed in the current status."
        ));
        assert!(is_truncation_of(
            "The specified instance has been bound to an You must unbind it from the current EIP first b you can bind it to another EIP.",
            "The specified instance has been bound to an EIP. You must unbind it from the current EIP first before you can bind it to another EIP."
        ));
        assert!(!is_truncation_of(
            "Internal error.",
            "The data format is incorrect."
        ));
    }

    #[test]
    fn prefers_the_chapter_unless_it_is_damaged() {
        assert_eq!(
            best_description(
                "X.Y",
                &["The number of private images exceeds the lim"],
                &["The number of private images exceeds the limit.", "Short."]
            ),
            "The number of private images exceeds the limit."
        );
        assert_eq!(
            best_description(
                "X.Y",
                &["Invalid key."],
                &["A much longer but different text."]
            ),
            "Invalid key."
        );
        assert_eq!(
            best_description("X.Y", &["X.Y"], &["X.Y", "Found it."]),
            "Found it."
        );
        assert_eq!(best_description("X.Yz", &["X.Y"], &["X.Yz"]), "X.Yz");
        assert_eq!(best_description("X.Y", &[""], &[]), "");
    }
}
