//! The segmenter: cuts the cleaned documentation into chapters and action pages.
//!
//! Boundaries come from content markers, not from page-header blocks: a chapter's header is printed
//! after the text of its first page (spec/docs/NOTES.md, §1), so the text starts before it.

use super::clean::Cleaned;
use super::data_types::{self, TypeHead};
use super::error::{ExtractError, Result};
use super::section::Section;

/// The chapters of the documentation, in order.
#[derive(Debug)]
pub(crate) struct Chapters<'d, 'a> {
    pub(crate) history: Section<'d, 'a>,
    pub(crate) categories: Section<'d, 'a>,
    pub(crate) request_structure: Section<'d, 'a>,
    pub(crate) common_params: Section<'d, 'a>,
    pub(crate) signature_v3: Section<'d, 'a>,
    pub(crate) signature_v1: Section<'d, 'a>,
    pub(crate) responses: Section<'d, 'a>,
    /// One section per action page, starting at its `1. API Description`.
    pub(crate) actions: Vec<Section<'d, 'a>>,
    pub(crate) data_types: Section<'d, 'a>,
    /// The data types of `data_types`, located.
    pub(crate) type_heads: Vec<TypeHead>,
    pub(crate) error_codes: Section<'d, 'a>,
}

const CATEGORY_TABLE_HEADER: &str = "API Name";
const SERVICE_ADDRESS: &str = "1. Service Address";
const COMMON_PARAMS: &str = "Common parameters are used for all APIs";
const SIGNATURE_V3: &str = "TencentCloud API authenticates every single request";
const SIGNATURE_V1: &str = "Tencent Cloud API authenticates each access request";
const RESPONSES: &str = "Response for Successful Requests";
pub(crate) const API_DESCRIPTION: &str = "1. API Description";
const ERROR_CODES: &str = "Feature Description";

/// Cuts the documentation into chapters.
pub(crate) fn segment<'d, 'a>(cleaned: &'d Cleaned<'a>) -> Result<Chapters<'d, 'a>> {
    let all = Section::new(&cleaned.lines, cleaned.last_line + 1);

    // The category tables start with a category title directly followed by the table header.
    let first_table_header = all.expect(0, "the first API category table header", |l| {
        l.trimmed().starts_with(CATEGORY_TABLE_HEADER)
    })?;
    let categories_start = (0..first_table_header)
        .rev()
        .find(|&i| all.lines.get(i).is_some_and(|l| !l.is_blank()))
        .ok_or_else(|| {
            ExtractError::at(
                all.line_no(first_table_header),
                "a category title above the first category table",
                all.text(first_table_header),
            )
        })?;
    let service = all.expect_marker(first_table_header, SERVICE_ADDRESS)?;
    let common = all.expect(service, &format!("`{COMMON_PARAMS}…`"), |l| {
        l.trimmed().starts_with(COMMON_PARAMS)
    })?;
    let signature_v3 = all.expect(common, &format!("`{SIGNATURE_V3}…`"), |l| {
        l.trimmed().starts_with(SIGNATURE_V3)
    })?;
    let signature_v1 = all.expect(signature_v3, &format!("`{SIGNATURE_V1}…`"), |l| {
        l.trimmed().starts_with(SIGNATURE_V1)
    })?;
    let responses = all.expect_marker(signature_v1, RESPONSES)?;
    let first_action = all.expect_marker(responses, API_DESCRIPTION)?;
    let error_codes = all.expect_marker(first_action, ERROR_CODES)?;

    let action_starts: Vec<usize> = (first_action..error_codes)
        .filter(|&i| {
            all.lines
                .get(i)
                .is_some_and(|l| l.trimmed() == API_DESCRIPTION)
        })
        .collect();
    let last_action = action_starts.last().copied().unwrap_or(first_action);
    // The data types start at the name of the first one, found from its `Used by actions:` line.
    let first_used_by = all.expect(last_action, "the first `Used by actions:` line", |l| {
        data_types::is_used_by(l.text)
    })?;
    if first_used_by >= error_codes {
        return Err(ExtractError::at(
            all.line_no(error_codes),
            "the Data Types chapter before the Error Codes chapter",
            all.text(error_codes),
        ));
    }
    let tail = all.sub(last_action, error_codes);
    let head = data_types::type_head(&tail, first_used_by - last_action)?;
    let data_types_start = last_action + head.name_index;

    let actions = action_starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let end = action_starts
                .get(k + 1)
                .copied()
                .unwrap_or(data_types_start);
            all.sub(start, end)
        })
        .collect();
    let data_types_section = all.sub(data_types_start, error_codes);
    let type_heads = data_types::type_heads(&data_types_section)?;

    Ok(Chapters {
        history: all.sub(0, categories_start),
        categories: all.sub(categories_start, service),
        request_structure: all.sub(service, common),
        common_params: all.sub(common, signature_v3),
        signature_v3: all.sub(signature_v3, signature_v1),
        signature_v1: all.sub(signature_v1, responses),
        responses: all.sub(responses, first_action),
        actions,
        data_types: data_types_section,
        type_heads,
        error_codes: all.from(error_codes),
    })
}
