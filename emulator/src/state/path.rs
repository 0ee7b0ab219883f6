//! Dotted member paths into JSON items (`Module.ModuleId`), and value matching.

use serde_json::{Map, Value};

/// The value at `path`, if every step is an object member.
pub(crate) fn get<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.')
        .try_fold(value, |value, step| value.as_object()?.get(step))
}

/// The value at `path`, mutably.
pub(crate) fn get_mut<'v>(value: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    path.split('.')
        .try_fold(value, |value, step| value.as_object_mut()?.get_mut(step))
}

/// Sets the value at `path`, creating (or replacing non-object) intermediate members.
pub(crate) fn set(value: &mut Value, path: &str, new: Value) {
    let mut steps = path.split('.').peekable();
    let mut at = value;
    while let Some(step) = steps.next() {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(members) = at else {
            unreachable!("made an object above");
        };
        if steps.peek().is_none() {
            members.insert(step.to_owned(), new);
            return;
        }
        at = members.entry(step.to_owned()).or_insert(Value::Null);
    }
}

/// Whether some scalar at `path` satisfies `test`; any step may cross an array
/// (`PrivateIpAddressSet.PrivateIpAddress` visits the member of every element). Strings are
/// tested without copying.
pub(crate) fn any_text(value: &Value, path: &str, test: &mut dyn FnMut(&str) -> bool) -> bool {
    match value {
        Value::Array(elements) => elements.iter().any(|element| any_text(element, path, test)),
        Value::Object(members) if !path.is_empty() => {
            let (step, rest) = path.split_once('.').unwrap_or((path, ""));
            members
                .get(step)
                .is_some_and(|member| any_text(member, rest, test))
        }
        Value::String(text) if path.is_empty() => test(text),
        Value::Number(_) | Value::Bool(_) if path.is_empty() => {
            text(value).is_some_and(|text| test(&text))
        }
        _ => false,
    }
}

/// The scalars at `path` (see [`any_text`]).
#[cfg(test)]
fn texts_at(value: &Value, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    any_text(value, path, &mut |text| {
        out.push(text.to_owned());
        false
    });
    out
}

/// A scalar as the text a filter value is compared with.
pub(crate) fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// Texts of a parameter that is a scalar or a list of scalars (numbers as they print).
pub(crate) fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(elements)) => elements.iter().filter_map(text).collect(),
        Some(scalar) => text(scalar).into_iter().collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn get_and_set_follow_dotted_paths() {
        let mut item = json!({"Module": {"ModuleId": "em-1"}, "Flat": 3});
        assert_eq!(get(&item, "Module.ModuleId"), Some(&json!("em-1")));
        assert_eq!(get(&item, "Module.Missing"), None);
        assert_eq!(get(&item, "Flat.Deeper"), None);
        set(&mut item, "Flat.Deeper", json!(true));
        set(&mut item, "New.Member", json!("x"));
        assert_eq!(
            item,
            json!({"Module": {"ModuleId": "em-1"}, "Flat": {"Deeper": true}, "New": {"Member": "x"}})
        );
    }

    #[test]
    fn texts_at_crosses_arrays() {
        let item = json!({"Set": [{"Ip": "10.0.0.1"}, {"Ip": "10.0.0.2"}, {"Other": 1}], "Ids": ["a", "b"]});
        assert_eq!(texts_at(&item, "Set.Ip"), ["10.0.0.1", "10.0.0.2"]);
        assert_eq!(texts_at(&item, "Ids"), ["a", "b"]);
        assert_eq!(texts_at(&item, "Missing.Deeper"), Vec::<String>::new());
    }
}
