//! One action page: `1. API Description`, `2. Input Parameters`, `3. Output Parameters`,
//! `4. Example`, `5. Developer Resources`, `6. Error Code`.

use std::collections::HashSet;

use ecm_spec::{Field, RegionRequirement};

use super::clean::PageHeader;
use super::error::{ExtractError, Result};
use super::error_codes::{ErrorRow, is_error_header, parse_error_table};
use super::example::{RawExample, parse_examples};
use super::section::Section;
use super::segment::API_DESCRIPTION;
use super::table::{INPUT_COLUMNS, NameStyle, OUTPUT_COLUMNS, Row, TableOptions, parse_table};
use super::text::{find_phrase, join_lines};

/// An action page as parsed, before it is joined with the category tables.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ParsedAction {
    pub(crate) name: String,
    /// Line of `1. API Description`.
    pub(crate) line: usize,
    pub(crate) description: String,
    pub(crate) domain: String,
    pub(crate) rate_limit: u32,
    /// The value of the common `Version` row.
    pub(crate) version: String,
    pub(crate) region: RegionRequirement,
    /// Fields with the line of their row.
    pub(crate) inputs: Vec<(Field, usize)>,
    pub(crate) outputs: Vec<(Field, usize)>,
    pub(crate) examples: Vec<RawExample>,
    pub(crate) errors: Vec<ErrorRow>,
}

const INPUT_PARAMETERS: &str = "2. Input Parameters";
const OUTPUT_PARAMETERS: &str = "3. Output Parameters";
const EXAMPLE: &str = "4. Example";
const DEVELOPER_RESOURCES: &str = "5. Developer Resources";
const ERROR_CODE: &str = "6. Error Code";
const COMMON_PARAMS: &str = "Common Params.";
const VALUE_USED: &str = "The value used for this API:";
const REQUEST_ID: &str = "RequestId";

/// Parses one action page; `headers` are the page-header blocks printed inside it.
pub(crate) fn parse(
    page: &Section<'_, '_>,
    headers: &[&PageHeader<'_>],
    known_types: &HashSet<String>,
) -> Result<ParsedAction> {
    let description_marker = page.expect_marker(0, API_DESCRIPTION)?;
    let inputs_marker = page.expect_marker(description_marker, INPUT_PARAMETERS)?;
    let outputs_marker = page.expect_marker(inputs_marker, OUTPUT_PARAMETERS)?;
    let examples_marker = page.expect_marker(outputs_marker, EXAMPLE)?;
    let resources_marker = page.expect_marker(examples_marker, DEVELOPER_RESOURCES)?;
    let errors_marker = page.expect_marker(resources_marker, ERROR_CODE)?;

    let (description, domain, rate_limit) =
        parse_description(&page.sub(description_marker + 1, inputs_marker))?;

    let is_struct = |word: &str| known_types.contains(word);
    let input_table = table_after_intro(
        &page.sub(inputs_marker + 1, outputs_marker),
        &is_struct,
        "input-parameter",
        INPUT_COLUMNS,
    )?;
    let output_table = table_after_intro(
        &page.sub(outputs_marker + 1, examples_marker),
        &is_struct,
        "output-parameter",
        OUTPUT_COLUMNS,
    )?;

    // The common rows Action / Version / Region head the input table (spec/docs/NOTES.md, T15).
    let mut rows = input_table.into_iter().peekable();
    let action_row = rows.next_if(|r| r.name == "Action").ok_or_else(|| {
        ExtractError::at(
            page.line_no(inputs_marker + 1),
            "the common `Action` row first in the input table",
            page.text(inputs_marker + 1),
        )
    })?;
    let version_row = rows.next_if(|r| r.name == "Version").ok_or_else(|| {
        ExtractError::at(
            action_row.line,
            "the common `Version` row after `Action`",
            &action_row.name,
        )
    })?;
    let region_row = rows.next_if(|r| r.name == "Region");
    // The Region row's text decides ("This parameter is not required for this API"); where the
    // margin cut the text, its Required cell does.
    let region = match &region_row {
        None => RegionRequirement::NotUsed,
        Some(row) => match (
            find_phrase(&row.description, "not required").is_some(),
            row.required,
        ) {
            (true, Some(true)) => {
                return Err(ExtractError::at(
                    row.line,
                    "a Region row whose Required cell agrees with its description",
                    &row.description,
                ));
            }
            (true, _) | (false, Some(false)) => RegionRequirement::NotRequired,
            (false, _) => RegionRequirement::Required,
        },
    };
    let version = value_used(&version_row)?;
    let action_value = value_used(&action_row)?;

    let name = page_name(page, headers, &action_value, action_row.line)?;

    let inputs = rows.map(field_from_row).collect::<Result<Vec<_>>>()?;
    check_unique(&inputs, "input parameter")?;
    let mut output_rows = output_table;
    match output_rows.pop() {
        Some(last) if last.name == REQUEST_ID => {}
        last => {
            return Err(ExtractError::at(
                last.as_ref()
                    .map_or(page.line_no(outputs_marker), |r| r.line),
                "the common `RequestId` row last in the output table",
                last.as_ref().map_or("", |r| r.name.as_str()),
            ));
        }
    }
    let outputs = output_rows
        .into_iter()
        .map(field_from_row)
        .collect::<Result<Vec<_>>>()?;
    check_unique(&outputs, "output parameter")?;

    let examples = parse_examples(&page.sub(examples_marker + 1, resources_marker))?;
    for example in &examples {
        if example.input.action() != name {
            return Err(ExtractError::at(
                example.line,
                format!("an example calling {name}"),
                example.input.action(),
            ));
        }
    }

    let error_section = page.from(errors_marker + 1);
    let error_header =
        error_section.expect(0, "the error table header", |l| is_error_header(l.text))?;
    let errors = parse_error_table(&error_section.from(error_header))?;
    if errors.is_empty() {
        return Err(ExtractError::at(
            error_section.line_no(error_header),
            "at least one error-code row",
            error_section.text(error_header),
        ));
    }

    Ok(ParsedAction {
        name,
        line: page.first_no(),
        description,
        domain,
        rate_limit,
        version,
        region,
        inputs,
        outputs,
        examples,
        errors,
    })
}

/// The API description: `Domain name for API request: X.`, the description, `A maximum of N
/// requests can be initiated per second for this API.`, then the API Explorer boilerplate.
fn parse_description(section: &Section<'_, '_>) -> Result<(String, String, u32)> {
    let domain_line = section.expect(0, "`Domain name for API request: <domain>.`", |l| {
        l.trimmed().starts_with("Domain name for API request:")
    })?;
    let domain = section
        .text(domain_line)
        .trim()
        .strip_prefix("Domain name for API request:")
        .unwrap_or("")
        .trim()
        .trim_end_matches('.')
        .to_owned();
    let rate_line = section.expect(
        domain_line,
        "`A maximum of N requests can be initiated per second …`",
        |l| l.trimmed().starts_with("A maximum of"),
    )?;
    let rate_text = section.text(rate_line);
    let rate_limit = rate_text
        .trim()
        .strip_prefix("A maximum of")
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .filter(|_| rate_text.contains("per second"))
        .ok_or_else(|| {
            ExtractError::at(
                section.line_no(rate_line),
                "`A maximum of N requests can be initiated per second for this API.`",
                rate_text,
            )
        })?;
    let description = join_lines(section.sub(domain_line + 1, rate_line).lines);
    if description.is_empty() || domain.is_empty() {
        return Err(ExtractError::at(
            section.line_no(domain_line),
            "a domain and a description between the domain line and the rate-limit line",
            section.text(domain_line),
        ));
    }
    Ok((description, domain, rate_limit))
}

/// The table of a parameter section, after the sentence introducing it.
fn table_after_intro(
    section: &Section<'_, '_>,
    is_struct: &dyn Fn(&str) -> bool,
    what: &'static str,
    columns: &'static [super::table::Column],
) -> Result<Vec<Row>> {
    let header = section.expect(0, &format!("the {what} table header"), |l| {
        l.trimmed().starts_with("Parameter")
    })?;
    let table_section = section.from(header);
    let options = TableOptions {
        columns_without_header: None,
        name_style: NameStyle::Parameter,
        is_struct,
        what,
    };
    let table = parse_table(table_section.lines, table_section.end_line, &options)?;
    if table.columns != columns {
        return Err(ExtractError::at(
            table_section.first_no(),
            format!("the {what} table header with columns in the documented order"),
            table_section.text(0),
        ));
    }
    Ok(table.rows)
}

/// `Common Params. The value used for this API: DescribeNode.` → `DescribeNode`. The margin may
/// cut the middle of the sentence (`The value` / `API: AssignPrivateIpAddress`, T8), so the value
/// is what follows the colon.
fn value_used(row: &Row) -> Result<String> {
    row.description
        .strip_prefix(COMMON_PARAMS)
        .and_then(|rest| rest.rsplit_once(':'))
        .map(|(_, value)| value.trim().trim_end_matches('.').trim().to_owned())
        .filter(|value| !value.is_empty())
        .ok_or_else(|| {
            ExtractError::at(
                row.line,
                format!(
                    "`{COMMON_PARAMS} {VALUE_USED} <value>.` in the common {} row",
                    row.name
                ),
                &row.description,
            )
        })
}

/// The action's name: the title of the page header printed inside the page; the Action row must
/// agree (it may be truncated by the margin, spec/docs/NOTES.md, T8).
fn page_name(
    page: &Section<'_, '_>,
    headers: &[&PageHeader<'_>],
    action_value: &str,
    action_line: usize,
) -> Result<String> {
    match headers {
        [header] => {
            if !header.title.starts_with(action_value) {
                return Err(ExtractError::at(
                    action_line,
                    format!(
                        "the Action row to name the page's title {} (or a truncated prefix of it)",
                        header.title
                    ),
                    action_value,
                ));
            }
            Ok(header.title.to_owned())
        }
        [] if super::table::is_identifier(action_value) => Ok(action_value.to_owned()),
        [] => Err(ExtractError::at(
            action_line,
            "the action name in a page header or a complete Action row",
            action_value,
        )),
        [_, second, ..] => Err(ExtractError::at(
            second.line,
            "one page header per action page",
            second.title,
        )),
    }
    .and_then(|name| {
        if super::table::is_identifier(&name) {
            Ok(name)
        } else {
            Err(ExtractError::at(
                page.first_no(),
                "an action name (an identifier)",
                name,
            ))
        }
    })
}

fn field_from_row(row: Row) -> Result<(Field, usize)> {
    if row.name.ends_with(".N") && !row.ty.is_array() {
        return Err(ExtractError::at(
            row.line,
            format!("an `Array of` type for the list parameter {}", row.name),
            row.ty.to_string(),
        ));
    }
    let line = row.line;
    Ok((row.into_field(), line))
}

fn check_unique(fields: &[(Field, usize)], what: &str) -> Result<()> {
    for (index, (field, line)) in fields.iter().enumerate() {
        if fields.iter().take(index).any(|(f, _)| f.name == field.name) {
            return Err(ExtractError::at(
                *line,
                format!("a unique {what} name"),
                &field.name,
            ));
        }
    }
    Ok(())
}
