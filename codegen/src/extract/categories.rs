//! The API Category chapter: one table per category (`API Name | Feature | Frequency Limit`).
//!
//! A category is a title line whose next line starts the table header (`API Name Feature …`, wrapped
//! in various ways, T23). A row starts at a paragraph whose first word is an action name; the feature
//! text may wrap before or after the rate-limit cell and across page breaks (`DetachNetworkInterface
//! Unbinds ENI from CVM 20` … ` instance`).

use super::error::{ExtractError, Result};
use super::section::Section;
use super::table::is_camel_case_name;

/// One row of a category table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CategoryRow {
    pub(crate) line: usize,
    pub(crate) action: String,
    pub(crate) feature: String,
    pub(crate) rate_limit: u32,
}

/// One category table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CategoryTable {
    pub(crate) name: String,
    pub(crate) rows: Vec<CategoryRow>,
}

const TABLE_HEADER: &str = "API Name";

struct RowBuilder {
    line: usize,
    action: String,
    words: Vec<String>,
}

impl RowBuilder {
    fn finish(self) -> Result<CategoryRow> {
        let numbers: Vec<usize> = self
            .words
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            .map(|(i, _)| i)
            .collect();
        let [rate_index] = numbers.as_slice() else {
            return Err(ExtractError::at(
                self.line,
                format!(
                    "exactly one rate-limit number in the category row of {}",
                    self.action
                ),
                self.words.join(" "),
            ));
        };
        let rate_limit = self
            .words
            .get(*rate_index)
            .and_then(|w| w.parse().ok())
            .ok_or_else(|| ExtractError::at(self.line, "a rate limit", self.words.join(" ")))?;
        let feature: Vec<&str> = self
            .words
            .iter()
            .enumerate()
            .filter(|(i, _)| i != rate_index)
            .map(|(_, w)| w.as_str())
            .collect();
        if feature.is_empty() {
            return Err(ExtractError::at(
                self.line,
                format!("the feature text of {}", self.action),
                self.words.join(" "),
            ));
        }
        Ok(CategoryRow {
            line: self.line,
            action: self.action,
            feature: feature.join(" "),
            rate_limit,
        })
    }
}

/// Parses every category table.
pub(crate) fn parse(section: &Section<'_, '_>) -> Result<Vec<CategoryTable>> {
    let mut tables: Vec<CategoryTable> = Vec::new();
    let mut row: Option<RowBuilder> = None;
    let paragraphs = section.paragraphs();
    let mut index = 0;
    while let Some(paragraph) = paragraphs.get(index) {
        let first = paragraph.text(0).trim();
        let next_starts_table = paragraphs
            .get(index + 1)
            .is_some_and(|p| p.text(0).trim().starts_with(TABLE_HEADER));
        if paragraph.lines.len() == 1 && next_starts_table {
            close_row(&mut row, &mut tables)?;
            tables.push(CategoryTable {
                name: first.to_owned(),
                rows: Vec::new(),
            });
            index += 2; // the title and the header paragraph
            continue;
        }
        let words: Vec<String> = paragraph
            .content()
            .flat_map(|l| l.text.split_whitespace())
            .map(str::to_owned)
            .collect();
        match words.split_first() {
            // An action name: feature text never starts with one (`Gets`, `CLB`, `instance`).
            Some((name, rest)) if is_camel_case_name(name) => {
                close_row(&mut row, &mut tables)?;
                if tables.is_empty() {
                    return Err(ExtractError::at(
                        paragraph.first_no(),
                        "a category title and table header before the first row",
                        first,
                    ));
                }
                row = Some(RowBuilder {
                    line: paragraph.first_no(),
                    action: name.clone(),
                    words: rest.to_vec(),
                });
            }
            _ => match row.as_mut() {
                Some(current) => current.words.extend(words),
                None => {
                    return Err(ExtractError::at(
                        paragraph.first_no(),
                        "a category table row starting with an action name",
                        first,
                    ));
                }
            },
        }
        index += 1;
    }
    close_row(&mut row, &mut tables)?;
    if tables.is_empty() {
        return Err(ExtractError::at(
            section.first_no(),
            "API category tables",
            section.text(0),
        ));
    }
    Ok(tables)
}

/// Finishes the row being read, if any, into the last table (a row only starts after a table).
fn close_row(row: &mut Option<RowBuilder>, tables: &mut [CategoryTable]) -> Result<()> {
    if let (Some(done), Some(table)) = (row.take(), tables.last_mut()) {
        table.rows.push(done.finish()?);
    }
    Ok(())
}
