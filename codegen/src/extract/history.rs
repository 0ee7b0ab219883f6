//! The History chapter: releases, their dates and what each added.

use ecm_spec::{ModifiedAction, ModifiedDataType, Release};

use super::error::{ExtractError, Result};
use super::section::Section;
use super::table::is_identifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// `Release updates:` prose.
    Updates,
    NewActions,
    NewDataTypes,
    ModifiedActions,
    ModifiedDataTypes,
}

const EXPECTED: &str = "a release note line (`Release N`, `Release time:`, a section such as \
                        `New APIs:`, a name, or `New input parameters:…`)";

/// Parses the release notes, newest first as printed.
pub(crate) fn parse(section: &Section<'_, '_>) -> Result<Vec<Release>> {
    let mut releases: Vec<Release> = Vec::new();
    let mut part: Option<Part> = None;
    let mut lines = section.content().peekable();
    while let Some(line) = lines.next() {
        let text = line.trimmed();
        let error = || ExtractError::at(line.no, EXPECTED, text);
        if let Some(number) = text.strip_prefix("Release ").and_then(|n| n.parse().ok()) {
            releases.push(Release {
                number,
                time: String::new(),
                new_actions: Vec::new(),
                new_data_types: Vec::new(),
                modified_actions: Vec::new(),
                modified_data_types: Vec::new(),
            });
            part = None;
            continue;
        }
        let release = releases.last_mut().ok_or_else(error)?;
        if let Some(time) = text.strip_prefix("Release time:") {
            release.time = time.trim().to_owned();
            continue;
        }
        let header = match text {
            "Release updates:" => Some(Part::Updates),
            "New APIs:" => Some(Part::NewActions),
            "New data structures:" => Some(Part::NewDataTypes),
            "Modified APIs:" => Some(Part::ModifiedActions),
            "Modified data structures:" => Some(Part::ModifiedDataTypes),
            _ => None,
        };
        if header.is_some() {
            part = header;
            continue;
        }
        match part {
            Some(Part::Updates) => {} // free text ("Improvement to existing documentation.")
            Some(Part::NewActions) if is_identifier(text) => {
                release.new_actions.push(text.to_owned())
            }
            Some(Part::NewDataTypes) if is_identifier(text) => {
                release.new_data_types.push(text.to_owned())
            }
            Some(Part::ModifiedActions) if is_identifier(text) => {
                release.modified_actions.push(ModifiedAction {
                    name: text.to_owned(),
                    new_inputs: Vec::new(),
                    new_outputs: Vec::new(),
                })
            }
            Some(Part::ModifiedActions) => {
                let action = release.modified_actions.last_mut().ok_or_else(error)?;
                if let Some(list) = text.strip_prefix("New input parameters:") {
                    action.new_inputs.extend(name_list(list, &mut lines));
                } else if let Some(list) = text.strip_prefix("New output parameters:") {
                    action.new_outputs.extend(name_list(list, &mut lines));
                } else {
                    return Err(error());
                }
            }
            Some(Part::ModifiedDataTypes) if is_identifier(text) => {
                release.modified_data_types.push(ModifiedDataType {
                    name: text.to_owned(),
                    new_members: Vec::new(),
                })
            }
            Some(Part::ModifiedDataTypes) => {
                let data_type = release.modified_data_types.last_mut().ok_or_else(error)?;
                let list = text.strip_prefix("New members:").ok_or_else(error)?;
                data_type.new_members.extend(name_list(list, &mut lines));
            }
            _ => return Err(error()),
        }
    }
    for release in &releases {
        if release.time.is_empty() {
            return Err(ExtractError::at(
                section.first_no(),
                format!("a `Release time:` line for Release {}", release.number),
                "",
            ));
        }
    }
    Ok(releases)
}

/// `A, B` — continued on the next line when it ends with a comma.
fn name_list<'d, 'a: 'd>(
    first: &str,
    lines: &mut std::iter::Peekable<impl Iterator<Item = &'d super::clean::Line<'a>>>,
) -> Vec<String> {
    let mut text = first.trim().to_owned();
    while text.ends_with(',') {
        match lines.next() {
            Some(line) => {
                text.push(' ');
                text.push_str(line.trimmed());
            }
            None => break,
        }
    }
    text.split(',')
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}
