//! Comparing JSON values the way the documentation means them.

use serde_json::Value;

/// JSON equality where numbers compare by value (`1` and `1.0` are the same `Float`).
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// `value` without `null` object members, at any depth: the SDK decodes a `null` as `None`,
/// which is not serialised again.
pub fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(_, member)| !member.is_null())
                .map(|(name, member)| (name.clone(), without_nulls(member)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// Splits the `RequestId` member off a `Response` object.
pub fn take_request_id(mut response: Value) -> (Value, Option<Value>) {
    let request_id = response
        .as_object_mut()
        .and_then(|members| members.remove("RequestId"));
    (response, request_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value_and_structure_must_match() {
        assert!(same(&json!({"a": [1, 2.5]}), &json!({"a": [1.0, 2.5]})));
        assert!(!same(&json!({"a": 1}), &json!({"a": "1"})));
        assert!(!same(&json!({"a": 1}), &json!({"a": 1, "b": 2})));
        assert!(!same(&json!([1, 2]), &json!([2, 1])));
    }

    #[test]
    fn nulls_go_at_any_depth() {
        let value = json!({"a": null, "b": [{"c": null, "d": 1}], "e": {"f": null}});
        assert_eq!(without_nulls(&value), json!({"b": [{"d": 1}], "e": {}}));
    }

    #[test]
    fn request_id_is_split_off() {
        let (rest, id) = take_request_id(json!({"RequestId": "r", "X": 1}));
        assert_eq!((rest, id), (json!({"X": 1}), Some(json!("r"))));
    }
}
