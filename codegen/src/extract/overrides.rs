//! Hand corrections (`spec/overrides.json`) for text the PDF-to-text dump lost for good.
//!
//! The file is a JSON list of entries `{target, field, original, value, reason}` (documented in
//! `spec/README.md`). An entry is applied after parsing and only if the extracted text still equals
//! `original`: when a documentation update changes or removes the text, the entry fails loudly
//! instead of silently keeping a stale fix.

use ecm_spec::Spec;
use serde::Deserialize;

use super::error::{ExtractError, Location, Result, shorten};

/// One correction.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Override {
    /// What to correct, e.g. `actions[AssignPrivateIpAddresses].inputs[EcmRegion]`.
    pub(crate) target: String,
    /// Which text of the target: `description` (or `feature` for an action).
    pub(crate) field: String,
    /// The text as extracted, which the entry replaces.
    pub(crate) original: String,
    /// The corrected text.
    pub(crate) value: String,
    /// Why, and how the value was obtained.
    pub(crate) reason: String,
}

/// Parses the overrides file.
pub(crate) fn parse(text: &str) -> Result<Vec<Override>> {
    let overrides: Vec<Override> = serde_json::from_str(text).map_err(|error| ExtractError {
        location: Location::OverridesFile,
        expected: "a JSON list of {target, field, original, value, reason} objects".to_owned(),
        found: shorten(&error.to_string()),
    })?;
    for (index, entry) in overrides.iter().enumerate() {
        let error = |expected: &str, found: &str| ExtractError {
            location: Location::Override {
                index,
                target: entry.target.clone(),
            },
            expected: expected.to_owned(),
            found: shorten(found),
        };
        if entry.reason.trim().is_empty() {
            return Err(error("a reason saying what the entry corrects and why", ""));
        }
        if entry.value == entry.original {
            return Err(error(
                "a value different from the original text",
                &entry.value,
            ));
        }
        if overrides
            .iter()
            .take(index)
            .any(|e| e.target == entry.target && e.field == entry.field)
        {
            return Err(error("one entry per target and field", &entry.field));
        }
    }
    Ok(overrides)
}

/// A parsed target path: `name` or `name[key]` components separated by dots outside brackets.
fn components(target: &str) -> Option<Vec<(&str, Option<&str>)>> {
    let mut out = Vec::new();
    let mut rest = target;
    while !rest.is_empty() {
        let name_end = rest.find(['.', '[']).unwrap_or(rest.len());
        let name = rest.get(..name_end)?;
        rest = rest.get(name_end..)?;
        let key = if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']')?;
            let key = after.get(..close)?;
            rest = after.get(close + 1..)?;
            Some(key)
        } else {
            None
        };
        if name.is_empty() {
            return None;
        }
        out.push((name, key));
        if let Some(after) = rest.strip_prefix('.') {
            if after.is_empty() {
                return None;
            }
            rest = after;
        } else if !rest.is_empty() {
            return None;
        }
    }
    Some(out)
}

const TARGETS: &str = "a target `service.common_params_v3[Name]`, `service.common_params_v1[Name]`, \
                       `actions[Action]`, `actions[Action].inputs[Name]`, \
                       `actions[Action].outputs[Name]`, `actions[Action].errors[Code]`, \
                       `data_types[Type]`, `data_types[Type].members[Name]` or `error_codes[Code]`";

/// Finds the text an entry targets.
fn text_mut<'s>(
    spec: &'s mut Spec,
    target: &str,
    field: &str,
) -> std::result::Result<&'s mut String, String> {
    let parts = components(target).ok_or_else(|| TARGETS.to_owned())?;
    let not_found = |what: &str| format!("no {what} (the target no longer exists in the docs)");
    let only_description = |text: &'s mut String| {
        if field == "description" {
            Ok(text)
        } else {
            Err(format!(
                "field `{field}` (only `description` can be overridden here)"
            ))
        }
    };
    match parts.as_slice() {
        [
            ("service", None),
            (list @ ("common_params_v3" | "common_params_v1"), Some(name)),
        ] => {
            let params = if *list == "common_params_v3" {
                &mut spec.service.common_params_v3
            } else {
                &mut spec.service.common_params_v1
            };
            let param = params
                .iter_mut()
                .find(|p| p.name == *name)
                .ok_or_else(|| not_found("such common parameter"))?;
            only_description(&mut param.description)
        }
        [("actions", Some(action)), rest @ ..] => {
            let action = spec
                .actions
                .iter_mut()
                .find(|a| a.name == *action)
                .ok_or_else(|| not_found("such action"))?;
            match rest {
                [] => match field {
                    "description" => Ok(&mut action.description),
                    "feature" => Ok(&mut action.feature),
                    _ => Err(format!(
                        "field `{field}` (an action has `description` and `feature`)"
                    )),
                },
                [(list @ ("inputs" | "outputs"), Some(name))] => {
                    let fields = if *list == "inputs" {
                        &mut action.inputs
                    } else {
                        &mut action.outputs
                    };
                    let found = fields
                        .iter_mut()
                        .find(|f| f.name == *name)
                        .ok_or_else(|| not_found("such parameter"))?;
                    only_description(&mut found.description)
                }
                [("errors", Some(code))] => {
                    let found = action
                        .errors
                        .iter_mut()
                        .find(|e| e.code == *code)
                        .ok_or_else(|| not_found("such error code in the action's table"))?;
                    only_description(&mut found.description)
                }
                _ => Err(TARGETS.to_owned()),
            }
        }
        [("data_types", Some(name)), rest @ ..] => {
            let data_type = spec
                .data_types
                .iter_mut()
                .find(|t| t.name == *name)
                .ok_or_else(|| not_found("such data type"))?;
            match rest {
                [] => only_description(&mut data_type.description),
                [("members", Some(member))] => {
                    let found = data_type
                        .members
                        .iter_mut()
                        .find(|m| m.name == *member)
                        .ok_or_else(|| not_found("such member"))?;
                    only_description(&mut found.description)
                }
                _ => Err(TARGETS.to_owned()),
            }
        }
        [("error_codes", Some(code))] => {
            let found = spec
                .error_codes
                .common
                .iter_mut()
                .chain(spec.error_codes.service.iter_mut())
                .find(|c| c.code == *code)
                .ok_or_else(|| not_found("such error code"))?;
            only_description(&mut found.description)
        }
        _ => Err(TARGETS.to_owned()),
    }
}

/// Applies every entry; a missing target or a changed original text is an error.
pub(crate) fn apply(spec: &mut Spec, overrides: &[Override]) -> Result<()> {
    for (index, entry) in overrides.iter().enumerate() {
        let error = |expected: String, found: String| ExtractError {
            location: Location::Override {
                index,
                target: entry.target.clone(),
            },
            expected,
            // The found text may be a whole description of the extracted spec.
            found: shorten(&found),
        };
        let text = text_mut(spec, &entry.target, &entry.field)
            .map_err(|expected| error(expected, entry.target.clone()))?;
        if *text != entry.original {
            return Err(error(
                format!(
                    "the extracted {} to still read `original` (the docs changed: update or \
                     delete the entry)",
                    entry.field
                ),
                text.clone(),
            ));
        }
        *text = entry.value.clone();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_target_paths() {
        assert_eq!(
            components("actions[A].inputs[B]"),
            Some(vec![("actions", Some("A")), ("inputs", Some("B"))])
        );
        assert_eq!(
            components("error_codes[FailedOperation.InvalidStatus]"),
            Some(vec![("error_codes", Some("FailedOperation.InvalidStatus"))])
        );
        assert_eq!(components("actions[A]."), None);
        assert_eq!(components("actions[A"), None);
        assert_eq!(components(".x"), None);
    }

    #[test]
    fn rejects_entries_without_reason_or_with_unknown_keys() {
        let no_reason = r#"[{"target": "t", "field": "description", "original": "a", "value": "b", "reason": " "}]"#;
        assert!(matches!(
            parse(no_reason).unwrap_err().location,
            Location::Override { index: 0, .. }
        ));
        let unknown = r#"[{"target": "t", "field": "description", "original": "a", "value": "b", "reason": "r", "x": 1}]"#;
        assert_eq!(
            parse(unknown).unwrap_err().location,
            Location::OverridesFile
        );
    }
}
