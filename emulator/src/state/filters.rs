//! `Filters` of Describe actions: checked against the documented names and limits, then
//! matched against items (values of one filter are alternatives; filters all apply).

use serde_json::Value;

use super::path;
use super::resources::{Describe, Filter, Match};
use crate::rejection::Rejection;

/// A checked filter of a request.
#[derive(Debug)]
pub(crate) struct Condition {
    filter: Filter,
    /// For `tag:KEY`, the key.
    tag: Option<String>,
    values: Vec<String>,
}

/// The request's `Filters`, checked against `describe`'s documented names and limits.
pub(crate) fn parse(
    describe: &Describe,
    filters: Option<&Value>,
) -> Result<Vec<Condition>, Rejection> {
    let Some(Value::Array(filters)) = filters else {
        return Ok(Vec::new());
    };
    if filters.len() > describe.max_filters {
        return Err(Rejection::new(
            describe.too_many,
            format!(
                "{} accepts at most {} filters; the request has {}.",
                describe.action,
                describe.max_filters,
                filters.len()
            ),
        ));
    }
    filters
        .iter()
        .map(|filter| {
            let name = filter.get("Name").and_then(Value::as_str).unwrap_or("");
            let values = path::strings(filter.get("Values"));
            let (declared, tag) = match name.strip_prefix("tag:") {
                Some(key) if !key.is_empty() => (
                    describe
                        .filters
                        .iter()
                        .find(|f| f.matching == Match::TagValue),
                    Some(key.to_owned()),
                ),
                _ => (
                    describe
                        .filters
                        .iter()
                        .find(|f| f.name == name && f.matching != Match::TagValue),
                    None,
                ),
            };
            let Some(declared) = declared else {
                let names: Vec<&str> = describe
                    .filters
                    .iter()
                    .map(|f| {
                        if f.matching == Match::TagValue {
                            "tag:KEY"
                        } else {
                            f.name
                        }
                    })
                    .collect();
                return Err(Rejection::new(
                    describe.unknown_filter,
                    format!(
                        "The filter `{name}` is not supported by {}; it supports {}.",
                        describe.action,
                        names.join(", ")
                    ),
                ));
            };
            if values.len() > describe.max_values {
                return Err(Rejection::new(
                    describe.too_many,
                    format!(
                        "The filter `{name}` has {} values; {} accepts at most {} per filter.",
                        values.len(),
                        describe.action,
                        describe.max_values
                    ),
                ));
            }
            Ok(Condition {
                filter: *declared,
                tag,
                values,
            })
        })
        .collect()
}

/// Conditions from the parameters that filter (an absent or empty parameter selects all).
pub(crate) fn from_params(describe: &Describe, params: &Value) -> Vec<Condition> {
    describe
        .param_filters
        .iter()
        .filter_map(|filter| {
            let values = path::strings(params.get(filter.name));
            (!values.is_empty()).then_some(Condition {
                filter: *filter,
                tag: None,
                values,
            })
        })
        .collect()
}

/// Whether `item` passes every condition.
pub(crate) fn matches(conditions: &[Condition], item: &Value) -> bool {
    conditions.iter().all(|condition| condition.matches(item))
}

impl Condition {
    fn matches(&self, item: &Value) -> bool {
        let at = path::get(item, self.filter.path);
        match self.filter.matching {
            // Flags print as true/false; the docs write them TRUE/FALSE.
            Match::Exact => path::any_text(item, self.filter.path, &mut |text| {
                let flag = text == "true" || text == "false";
                self.values
                    .iter()
                    .any(|value| value == text || (flag && value.eq_ignore_ascii_case(text)))
            }),
            Match::Fuzzy => path::any_text(item, self.filter.path, &mut |text| {
                self.values
                    .iter()
                    .any(|value| text.contains(value.as_str()))
            }),
            Match::TagKey => tags(at).any(|(key, _)| self.values.iter().any(|v| v == key)),
            Match::Always => true,
            Match::TagValue => {
                let key = self.tag.as_deref().unwrap_or("");
                tags(at).any(|(k, v)| k == key && self.values.iter().any(|value| value == v))
            }
        }
    }
}

fn tags(set: Option<&Value>) -> impl Iterator<Item = (&str, &str)> {
    set.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|tag| {
            // `{Key, Value}` (Tag) or `{TagKey, TagValue}` (TagInfo).
            let key = tag.get("Key").or_else(|| tag.get("TagKey"))?.as_str()?;
            let value = tag.get("Value").or_else(|| tag.get("TagValue"));
            Some((key, value.and_then(Value::as_str).unwrap_or("")))
        })
}
