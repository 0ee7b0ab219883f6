//! Documentation text → [`Spec`] (`spec/ecm.json`).
//!
//! The extractor is a parser in passes, each in its own module:
//!
//! 1. `clean` — drops page headers, footers and hyperlink blocks; records which lines kept their
//!    trailing space (real line ends) and which start a page.
//! 2. `segment` — cuts the text into chapters and action pages by content markers.
//! 3. Chapter parsers: `history`, `categories`, `service` (request structure, common
//!    parameters), `signature`, `action` (with `table`, `example` and `error_codes`),
//!    `data_types`.
//! 4. Assembly (this module): joins pages with the category tables, types the query examples,
//!    chooses error descriptions, checks that every name resolves, applies `overrides.json`.
//!
//! Input it cannot attribute stops extraction with an [`ExtractError`] naming the line and what
//! was expected there; the extractor never guesses and never panics.

mod action;
mod categories;
mod clean;
mod data_types;
mod error;
mod error_codes;
mod example;
mod example_check;
mod files;
mod history;
mod overrides;
mod section;
mod segment;
mod service;
mod signature;
mod table;
mod text;
mod vocabulary;

use std::collections::{HashMap, HashSet};

use ecm_spec::{
    Action, ActionError, Category, DataType, ErrorCodes, Example, Field, Pagination, Service,
    SignatureExamples, Spec, TypeRef,
};

pub use error::{ExtractError, Location};
pub use example_check::{ExampleMismatch, ExampleSide, example_mismatches};
pub use files::{DOCS_PATH, FilesError, OVERRIDES_PATH, SPEC_PATH, extract_files};
pub use vocabulary::{FreeTextValues, free_text_value_lists};

use error::Result;
use example::{RawExample, RawInput};

/// Extracts the spec from the documentation text and applies the overrides (the JSON text of
/// `spec/overrides.json`).
pub fn extract(docs: &str, overrides: &str) -> Result<Spec, ExtractError> {
    let overrides = overrides::parse(overrides)?;
    let mut spec = extract_unpatched(docs)?;
    overrides::apply(&mut spec, &overrides)?;
    vocabulary::annotate(&mut spec);
    Ok(spec)
}

/// Extraction without overrides: the text as the dump has it.
fn extract_unpatched(docs: &str) -> Result<Spec> {
    let cleaned = clean::clean(docs)?;
    let chapters = segment::segment(&cleaned)?;
    let known_types: HashSet<String> = chapters.type_heads.iter().map(|h| h.name.clone()).collect();

    let releases = history::parse(&chapters.history)?;
    let category_tables = categories::parse(&chapters.categories)?;
    let request = service::parse_request_structure(&chapters.request_structure)?;
    let (common_params_v3, common_params_v1) =
        service::parse_common_params(&chapters.common_params)?;
    let signature_examples = SignatureExamples {
        tc3: signature::parse_tc3(&chapters.signature_v3)?,
        v1: signature::parse_v1(&chapters.signature_v1)?,
    };
    let response_codes = {
        let section = &chapters.responses;
        let start = section.expect_marker(0, "Common Error Codes")?;
        error_codes::parse_error_table(&section.from(start + 1))?
    };

    let mut parsed_actions = Vec::with_capacity(chapters.actions.len());
    for page in &chapters.actions {
        let first = page.first_no();
        let headers: Vec<&clean::PageHeader<'_>> = cleaned
            .headers
            .iter()
            .filter(|h| h.line > first && h.line < page.end_line)
            .collect();
        parsed_actions.push(action::parse(page, &headers, &known_types)?);
    }
    let parsed_types = data_types::parse(&chapters.data_types, &chapters.type_heads, &known_types)?;
    let (chapter_common, chapter_service) = {
        let section = &chapters.error_codes;
        let common = section.expect_marker(0, "Common Error Codes")?;
        let service = section.expect_marker(common, "Service Error Codes")?;
        (
            error_codes::parse_error_table(&section.sub(common + 1, service))?,
            error_codes::parse_error_table(&section.from(service + 1))?,
        )
    };

    // Every type named anywhere must be a primitive or a documented data structure.
    for action in &parsed_actions {
        for (field, line) in action.inputs.iter().chain(&action.outputs) {
            check_type(&field.ty, &known_types, *line)?;
        }
    }
    for (data_type, lines) in &parsed_types {
        for (field, line) in data_type.members.iter().zip(lines) {
            check_type(&field.ty, &known_types, *line)?;
        }
    }
    let data_types: Vec<DataType> = parsed_types.into_iter().map(|(t, _)| t).collect();

    let version = single_version(&parsed_actions, chapters.error_codes.first_no())?;
    let service = Service {
        name: request.name,
        version,
        default_domain: request.default_domain,
        regions: request.regions,
        protocols: request.protocols,
        http_methods: request.http_methods,
        content_types: request.content_types,
        size_limits: request.size_limits,
        character_encoding: request.character_encoding,
        common_params_v3,
        common_params_v1,
    };

    let error_codes = resolve_error_codes(
        &chapter_common,
        &response_codes,
        &chapter_service,
        &parsed_actions,
    )?;

    let actions = assemble_actions(parsed_actions, &category_tables, &service, &data_types)?;
    let categories = category_tables
        .iter()
        .map(|table| Category {
            name: table.name.clone(),
            actions: table.rows.iter().map(|r| r.action.clone()).collect(),
        })
        .collect();

    Ok(Spec {
        service,
        categories,
        actions,
        data_types,
        error_codes,
        releases,
        signature_examples,
    })
}

fn check_type(ty: &TypeRef, known: &HashSet<String>, line: usize) -> Result<()> {
    match ty.struct_name() {
        Some(name) if !known.contains(name) => Err(ExtractError::at(
            line,
            "a type that is a primitive or a data structure of the Data Types chapter",
            name,
        )),
        _ => Ok(()),
    }
}

/// The API version every page's `Version` row gives.
fn single_version(actions: &[action::ParsedAction], fallback_line: usize) -> Result<String> {
    let first = actions
        .first()
        .ok_or_else(|| ExtractError::at(fallback_line, "at least one action page", ""))?;
    for action in actions {
        if action.version != first.version {
            return Err(ExtractError::at(
                action.line,
                format!("the API version {} of the other pages", first.version),
                &action.version,
            ));
        }
    }
    Ok(first.version.clone())
}

/// Common codes: the Error Codes chapter's list, then codes only the Responses chapter lists.
/// Every code an action table uses must be one of them.
fn resolve_error_codes(
    chapter_common: &[error_codes::ErrorRow],
    response_codes: &[error_codes::ErrorRow],
    chapter_service: &[error_codes::ErrorRow],
    actions: &[action::ParsedAction],
) -> Result<ErrorCodes> {
    let action_rows: Vec<error_codes::ErrorRow> = actions
        .iter()
        .flat_map(|a| a.errors.iter().cloned())
        .collect();
    let mut common_rows: Vec<error_codes::ErrorRow> = chapter_common.to_vec();
    for row in response_codes {
        if !common_rows.iter().any(|r| r.code == row.code) {
            common_rows.push(row.clone());
        }
    }
    let common = error_codes::resolve(&common_rows, response_codes, &action_rows);
    let service = error_codes::resolve(chapter_service, &[], &action_rows);
    let known: HashSet<&str> = common
        .iter()
        .chain(&service)
        .map(|c| c.code.as_str())
        .collect();
    for row in &action_rows {
        if !known.contains(row.code.as_str()) {
            return Err(ExtractError::at(
                row.line,
                "an error code listed in the Responses or Error Codes chapter",
                &row.code,
            ));
        }
    }
    for rows in [chapter_common, chapter_service] {
        for (index, row) in rows.iter().enumerate() {
            if rows.iter().take(index).any(|r| r.code == row.code) {
                return Err(ExtractError::at(row.line, "a code listed once", &row.code));
            }
        }
    }
    Ok(ErrorCodes { common, service })
}

/// Joins each page with its category row and types its examples.
fn assemble_actions(
    parsed: Vec<action::ParsedAction>,
    tables: &[categories::CategoryTable],
    service: &Service,
    data_types: &[DataType],
) -> Result<Vec<Action>> {
    let rows: HashMap<&str, (&str, &categories::CategoryRow)> = tables
        .iter()
        .flat_map(|t| {
            t.rows
                .iter()
                .map(move |r| (r.action.as_str(), (t.name.as_str(), r)))
        })
        .collect();
    for table in tables {
        for row in &table.rows {
            if !parsed.iter().any(|a| a.name == row.action) {
                return Err(ExtractError::at(
                    row.line,
                    "an action with a page in the documentation",
                    &row.action,
                ));
            }
        }
    }
    let types: HashMap<&str, &DataType> = data_types.iter().map(|t| (t.name.as_str(), t)).collect();
    let common_names: HashSet<&str> = service
        .common_params_v1
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    let mut actions = Vec::with_capacity(parsed.len());
    for (index, page) in parsed.into_iter().enumerate() {
        let Some((category, row)) = rows.get(page.name.as_str()) else {
            return Err(ExtractError::at(
                page.line,
                "a row for this page's action in the API category tables",
                &page.name,
            ));
        };
        if actions
            .iter()
            .take(index)
            .any(|a: &Action| a.name == page.name)
        {
            return Err(ExtractError::at(
                page.line,
                "one page per action",
                &page.name,
            ));
        }
        if row.rate_limit != page.rate_limit {
            return Err(ExtractError::at(
                page.line,
                format!(
                    "the rate limit of the category table ({}/s) on the page",
                    row.rate_limit
                ),
                page.rate_limit.to_string(),
            ));
        }
        let inputs: Vec<Field> = page.inputs.into_iter().map(|(f, _)| f).collect();
        let outputs: Vec<Field> = page.outputs.into_iter().map(|(f, _)| f).collect();
        let examples = page
            .examples
            .into_iter()
            .map(|raw| typed_example(raw, &inputs, &types, &common_names))
            .collect::<Result<Vec<_>>>()?;
        let pagination = pagination(&inputs, &outputs);
        actions.push(Action {
            name: page.name,
            category: (*category).to_owned(),
            feature: row.feature.clone(),
            description: page.description,
            domain: page.domain,
            rate_limit_per_second: page.rate_limit,
            region: page.region,
            inputs,
            outputs,
            pagination,
            filters: None,
            errors: page
                .errors
                .into_iter()
                .map(|e| ActionError {
                    code: e.code,
                    description: e.description,
                })
                .collect(),
            examples,
        });
    }
    Ok(actions)
}

/// Turns a printed example into the spec's form: query pairs become the JSON object they denote;
/// common parameters passed explicitly (`&Version=2019-07-19`, T20) are dropped from it.
fn typed_example(
    raw: RawExample,
    inputs: &[Field],
    types: &HashMap<&str, &DataType>,
    common_names: &HashSet<&str>,
) -> Result<Example> {
    let input_form = raw.input.form();
    let (input_params, input) = match raw.input {
        RawInput::Query { params, .. } => {
            let declared = |name: &str| {
                let root = name.split('.').next().unwrap_or(name);
                inputs.iter().any(|f| f.name == root) || !common_names.contains(root)
            };
            let kept: Vec<(String, String, usize)> = params
                .iter()
                .filter(|(name, _, _)| declared(name))
                .cloned()
                .collect();
            let input = example::query_to_json(&kept, inputs, types)?;
            let pairs = params.into_iter().map(|(n, v, _)| (n, v)).collect();
            (pairs, input)
        }
        RawInput::Json { body, .. } => (Vec::new(), body),
    };
    Ok(Example {
        title: raw.title,
        description: raw.description,
        input_form,
        input_params,
        input,
        output: raw.output,
    })
}

/// Offset/limit pagination: `Offset` and `Limit` inputs, a `TotalCount` output and exactly one
/// list output (the items). Default and maximum come from the `Limit` description.
fn pagination(inputs: &[Field], outputs: &[Field]) -> Option<Pagination> {
    let offset = inputs.iter().find(|f| f.name == "Offset")?;
    let limit = inputs.iter().find(|f| f.name == "Limit")?;
    let total = outputs.iter().find(|f| f.name == "TotalCount")?;
    let lists: Vec<&Field> = outputs.iter().filter(|f| f.ty.is_array()).collect();
    let [items] = lists.as_slice() else {
        return None;
    };
    let number_after =
        |phrase: &str| text::word_after(&limit.description, phrase).and_then(|w| w.parse().ok());
    Some(Pagination {
        offset: offset.name.clone(),
        limit: limit.name.clone(),
        limit_type: limit.ty.clone(),
        total_count: total.name.clone(),
        items: items.name.clone(),
        default_limit: number_after("Default value:"),
        max_limit: number_after("Maximum value:"),
    })
}
