//! The "Data Types" chapter: name, description, `Used by actions:` list and member table of each
//! data structure.
//!
//! A data type is anchored on its `Used by actions:` line. The paragraph just above it is the
//! description; the last line of the paragraph above that is the name (spec/docs/NOTES.md, T11: a description
//! can itself be a bare identifier such as `ENI`, and the previous member's description can end
//! with one such as `AddressIpv6`; page starts break paragraphs, so `Backend` / ` CLB backend
//! information` is a name and a description).

use std::collections::HashSet;

use ecm_spec::{DataType, Field};

use super::error::{ExtractError, Result};
use super::section::Section;
use super::table::{NameStyle, TableOptions, is_identifier, parse_table};
use super::text::join_lines;

const USED_BY: &str = "Used by actions:";

/// Where a data type's parts are, as indexes into the chapter's lines.
#[derive(Debug, Clone)]
pub(crate) struct TypeHead {
    pub(crate) name: String,
    /// Line index of the name.
    pub(crate) name_index: usize,
    /// Line indexes of the description paragraph.
    description: (usize, usize),
    /// First and last line index of the `Used by actions:` list.
    used_by: (usize, usize),
}

pub(crate) fn is_used_by(text: &str) -> bool {
    text.trim_start().starts_with(USED_BY)
}

/// Finds the name, description and used-by list of the data type whose `Used by actions:` line
/// is at `used_by`.
pub(crate) fn type_head(section: &Section<'_, '_>, used_by: usize) -> Result<TypeHead> {
    let lines = section.lines;
    let missing = |expected: &str| {
        ExtractError::at(
            section.line_no(used_by),
            format!("{expected} above `{USED_BY}`"),
            section.text(used_by),
        )
    };
    // The description paragraph ends at the last non-blank line above.
    let description_end = (0..used_by)
        .rev()
        .find(|&i| lines.get(i).is_some_and(|l| !l.is_blank()))
        .ok_or_else(|| missing("a data-type description"))?;
    let mut description_start = description_end;
    while description_start > 0
        && lines.get(description_start).is_some_and(|l| !l.page_start)
        && lines
            .get(description_start - 1)
            .is_some_and(|l| !l.is_blank())
    {
        description_start -= 1;
    }
    let name_index = (0..description_start)
        .rev()
        .find(|&i| lines.get(i).is_some_and(|l| !l.is_blank()))
        .ok_or_else(|| missing("a data-type name"))?;
    let name = section.text(name_index).trim();
    if !is_identifier(name) {
        return Err(ExtractError::at(
            section.line_no(name_index),
            "a data-type name (an identifier alone on its line, then a description paragraph, \
             then `Used by actions:`)",
            name,
        ));
    }
    // The list ends with a period; it may wrap across blank lines and page starts (T12).
    let mut used_by_end = used_by;
    while let Some(line) = lines.get(used_by_end) {
        if line.trimmed().ends_with('.') {
            break;
        }
        used_by_end += 1;
    }
    if used_by_end >= lines.len() {
        return Err(ExtractError::at(
            section.line_no(used_by),
            "a `Used by actions:` list ending with a period",
            section.text(used_by),
        ));
    }
    Ok(TypeHead {
        name: name.to_owned(),
        name_index,
        description: (description_start, description_end),
        used_by: (used_by, used_by_end),
    })
}

/// Finds every data type of the chapter.
pub(crate) fn type_heads(section: &Section<'_, '_>) -> Result<Vec<TypeHead>> {
    let mut heads = Vec::new();
    for (index, line) in section.lines.iter().enumerate() {
        if is_used_by(line.text) {
            heads.push(type_head(section, index)?);
        }
    }
    if let Some(first) = heads.first() {
        if let Some(stray) = section.sub(0, first.name_index).content().next() {
            return Err(ExtractError::at(
                stray.no,
                "the first data type's name",
                stray.text,
            ));
        }
    }
    Ok(heads)
}

/// Parses the chapter given the names of all data types (for type cells).
pub(crate) fn parse(
    section: &Section<'_, '_>,
    heads: &[TypeHead],
    known: &HashSet<String>,
) -> Result<Vec<(DataType, Vec<usize>)>> {
    let is_struct = |word: &str| known.contains(word);
    let mut out = Vec::with_capacity(heads.len());
    for (k, head) in heads.iter().enumerate() {
        let description = join_lines(
            section
                .sub(head.description.0, head.description.1 + 1)
                .lines,
        );
        let used_by = parse_used_by(&section.sub(head.used_by.0, head.used_by.1 + 1))?;
        let table_end = heads
            .get(k + 1)
            .map_or(section.lines.len(), |next| next.name_index);
        let table = section.sub(head.used_by.1 + 1, table_end);
        let options = TableOptions {
            columns_without_header: None,
            name_style: NameStyle::Parameter,
            is_struct: &is_struct,
            what: "data-type member",
        };
        let parsed = parse_table(table.lines, table.end_line, &options)?;
        if parsed.rows.is_empty() {
            return Err(ExtractError::at(
                table.first_no(),
                format!("the member table of data type {}", head.name),
                table.text(0),
            ));
        }
        let mut members = Vec::with_capacity(parsed.rows.len());
        let mut lines = Vec::with_capacity(parsed.rows.len());
        for row in parsed.rows {
            let name = row.name.strip_suffix(".N").unwrap_or(&row.name);
            if members.iter().any(|m: &Field| m.name == name) {
                return Err(ExtractError::at(
                    row.line,
                    format!("a member name not yet used in data type {}", head.name),
                    &row.name,
                ));
            }
            lines.push(row.line);
            members.push(row.into_field());
        }
        out.push((
            DataType {
                name: head.name.clone(),
                description,
                used_by,
                members,
            },
            lines,
        ));
    }
    Ok(out)
}

/// `Used by actions: A, B,` / `C.`
fn parse_used_by(section: &Section<'_, '_>) -> Result<Vec<String>> {
    let mut text = String::new();
    for line in section.content() {
        text.push(' ');
        text.push_str(line.text);
    }
    let list = text
        .trim()
        .strip_prefix(USED_BY)
        .unwrap_or("")
        .trim()
        .trim_end_matches('.');
    let mut names = Vec::new();
    for name in list.split(',') {
        let name = name.trim();
        if !is_identifier(name) {
            return Err(ExtractError::at(
                section.first_no(),
                "a comma-separated list of action names ending with a period",
                text.trim(),
            ));
        }
        names.push(name.to_owned());
    }
    Ok(names)
}
