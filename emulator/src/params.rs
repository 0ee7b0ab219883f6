//! Action parameters: rebuilding JSON from flattened `Filters.0.Name=…` pairs using the
//! spec's types, and validating JSON against the spec (unknown, missing and mistyped
//! parameters, at any depth).

use std::collections::BTreeMap;

use ecm_spec::Primitive;
use serde_json::{Map, Number, Value};

use crate::catalog::{Catalog, ObjectId, Schema};
use crate::rejection::Rejection;

/// Rebuilds the JSON object that flattened `pairs` denote for the object schema `input`
/// (an action's inputs). Values are converted with the spec's types.
pub(crate) fn rebuild<'p>(
    catalog: &Catalog,
    action: &str,
    input: ObjectId,
    pairs: impl IntoIterator<Item = (&'p str, &'p str)>,
) -> Result<Value, Rejection> {
    let rebuild = Rebuild { catalog, action };
    let mut root = Node::Object(Vec::new());
    for (key, value) in pairs {
        let segments: Vec<&str> = key.split('.').collect();
        rebuild.insert_member(&mut root, input, &segments, 0, key, value)?;
    }
    rebuild.finish(root, "")
}

/// A partially rebuilt value.
enum Node {
    Leaf(Value),
    Object(Vec<(String, Node)>),
    List(BTreeMap<usize, Node>),
}

struct Rebuild<'a> {
    catalog: &'a Catalog,
    action: &'a str,
}

impl Rebuild<'_> {
    /// `segments[at]` names a member of the object schema `object`, held by `node`.
    fn insert_member(
        &self,
        node: &mut Node,
        object: ObjectId,
        segments: &[&str],
        at: usize,
        key: &str,
        value: &str,
    ) -> Result<(), Rejection> {
        let schema = self.catalog.object(object);
        let name = segments[at];
        let Some(field) = schema.field(name) else {
            return Err(Rejection::unknown_parameter(
                &segments[..=at].join("."),
                self.action,
            ));
        };
        let Node::Object(members) = node else {
            unreachable!("insert_member is only called on object nodes");
        };
        let index = match members.iter().position(|(member, _)| member == name) {
            Some(index) => index,
            None => {
                members.push((name.to_owned(), empty_node(&field.schema)));
                members.len() - 1
            }
        };
        self.insert_value(
            &mut members[index].1,
            &field.schema,
            segments,
            at + 1,
            key,
            value,
        )
    }

    /// `segments[..at]` has led to `node` of shape `schema`; the rest goes below it.
    fn insert_value(
        &self,
        node: &mut Node,
        schema: &Schema,
        segments: &[&str],
        at: usize,
        key: &str,
        value: &str,
    ) -> Result<(), Rejection> {
        let path = || segments[..at].join(".");
        match schema {
            Schema::Primitive(primitive) => {
                if at != segments.len() {
                    return Err(Rejection::invalid_parameter(format!(
                        "The parameter `{key}` of action {} is not valid: `{}` is of type {}, \
                         not a structure or list.",
                        self.action,
                        path(),
                        primitive.doc_name()
                    )));
                }
                match node {
                    Node::Leaf(Value::Null) => {
                        *node = Node::Leaf(self.convert(*primitive, key, value)?);
                        Ok(())
                    }
                    _ => Err(self.given_twice(key)),
                }
            }
            Schema::Array(element) => {
                let Some(segment) = segments.get(at) else {
                    return Err(Rejection::invalid_parameter(format!(
                        "The parameter `{key}` of action {} is a list: send its items as \
                         `{key}.0`, `{key}.1`, ….",
                        self.action
                    )));
                };
                let index = parse_index(segment).ok_or_else(|| {
                    Rejection::invalid_parameter(format!(
                        "The parameter `{key}` of action {} is not valid: `{}` is a list, so \
                         `{segment}` must be an item index (0, 1, …).",
                        self.action,
                        path()
                    ))
                })?;
                let Node::List(items) = node else {
                    unreachable!("array schemas get list nodes");
                };
                let item = items.entry(index).or_insert_with(|| empty_node(element));
                self.insert_value(item, element, segments, at + 1, key, value)
            }
            Schema::Object(object) => {
                if at == segments.len() {
                    return Err(Rejection::invalid_parameter(format!(
                        "The parameter `{key}` of action {} is a structure of type {}: send its \
                         members as `{key}.Member`.",
                        self.action,
                        self.catalog.object(*object).name
                    )));
                }
                self.insert_member(node, *object, segments, at, key, value)
            }
        }
    }

    fn convert(&self, primitive: Primitive, key: &str, text: &str) -> Result<Value, Rejection> {
        let invalid = || {
            Rejection::invalid_parameter(format!(
                "The value `{text}` of parameter `{key}` of action {} is not a valid {}.",
                self.action,
                primitive.doc_name()
            ))
        };
        Ok(match primitive {
            Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601 => {
                Value::String(text.to_owned())
            }
            Primitive::Integer => {
                if let Ok(number) = text.parse::<i64>() {
                    Value::Number(number.into())
                } else if let Ok(number) = text.parse::<u64>() {
                    Value::Number(number.into())
                } else {
                    return Err(invalid());
                }
            }
            Primitive::Float => text
                .parse::<f64>()
                .ok()
                .and_then(Number::from_f64)
                .map(Value::Number)
                .ok_or_else(invalid)?,
            Primitive::Boolean => match text {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return Err(invalid()),
            },
        })
    }

    fn given_twice(&self, key: &str) -> Rejection {
        Rejection::invalid_parameter(format!(
            "The parameter `{key}` of action {} is given more than once.",
            self.action
        ))
    }

    fn finish(&self, node: Node, path: &str) -> Result<Value, Rejection> {
        Ok(match node {
            Node::Leaf(value) => value,
            Node::Object(members) => {
                let mut map = Map::with_capacity(members.len());
                for (name, member) in members {
                    let member_path = join(path, &name);
                    map.insert(name, self.finish(member, &member_path)?);
                }
                Value::Object(map)
            }
            Node::List(items) => {
                let mut list = Vec::with_capacity(items.len());
                for (expected, (index, item)) in items.into_iter().enumerate() {
                    if index != expected {
                        return Err(Rejection::invalid_parameter(format!(
                            "The list parameter `{path}` of action {} has no item \
                             `{path}.{expected}`: items must be numbered 0, 1, … without gaps.",
                            self.action
                        )));
                    }
                    list.push(self.finish(item, &join(path, &index.to_string()))?);
                }
                Value::Array(list)
            }
        })
    }
}

fn empty_node(schema: &Schema) -> Node {
    match schema {
        Schema::Primitive(_) => Node::Leaf(Value::Null),
        Schema::Object(_) => Node::Object(Vec::new()),
        Schema::Array(_) => Node::List(BTreeMap::new()),
    }
}

/// A list index: decimal digits without sign or leading zeros.
fn parse_index(segment: &str) -> Option<usize> {
    let canonical = segment == "0" || (!segment.starts_with('0') && !segment.is_empty());
    if canonical && segment.bytes().all(|b| b.is_ascii_digit()) {
        segment.parse().ok()
    } else {
        None
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// Checks `params` against the object schema `input`: every member known, every required
/// member present (at any depth), every value of its documented JSON type. `null` counts as
/// absent.
pub(crate) fn validate(
    catalog: &Catalog,
    action: &str,
    input: ObjectId,
    params: &Value,
) -> Result<(), Rejection> {
    let Value::Object(members) = params else {
        return Err(Rejection::invalid_parameter(format!(
            "The parameters of action {action} must be a JSON object, not {}.",
            json_kind(params)
        )));
    };
    Validate { catalog, action }.object(members, input, &mut String::new())
}

struct Validate<'a> {
    catalog: &'a Catalog,
    action: &'a str,
}

impl Validate<'_> {
    fn object(
        &self,
        members: &Map<String, Value>,
        object: ObjectId,
        path: &mut String,
    ) -> Result<(), Rejection> {
        let schema = self.catalog.object(object);
        for name in members.keys() {
            if schema.field(name).is_none() {
                return Err(Rejection::unknown_parameter(&join(path, name), self.action));
            }
        }
        for field in &schema.fields {
            if field.required && members.get(&*field.name).is_none_or(Value::is_null) {
                return Err(Rejection::missing_parameter(
                    &join(path, &field.name),
                    self.action,
                ));
            }
        }
        for (name, value) in members {
            if value.is_null() {
                continue;
            }
            let field = schema.field(name).expect("checked above");
            let restore = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(name);
            self.value(value, &field.schema, path)?;
            path.truncate(restore);
        }
        Ok(())
    }

    fn value(&self, value: &Value, schema: &Schema, path: &mut String) -> Result<(), Rejection> {
        match (schema, value) {
            (Schema::Primitive(primitive), value) => {
                let fits = match primitive {
                    Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601 => {
                        value.is_string()
                    }
                    Primitive::Integer => value.is_i64() || value.is_u64(),
                    Primitive::Float => value.is_number(),
                    Primitive::Boolean => value.is_boolean(),
                };
                if fits {
                    Ok(())
                } else {
                    Err(self.mistyped(path, primitive.doc_name(), value))
                }
            }
            (Schema::Array(element), Value::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    if item.is_null() {
                        continue;
                    }
                    let restore = path.len();
                    path.push('.');
                    path.push_str(&index.to_string());
                    self.value(item, element, path)?;
                    path.truncate(restore);
                }
                Ok(())
            }
            (Schema::Array(element), value) => Err(self.mistyped(
                path,
                &format!("Array of {}", self.type_name(element)),
                value,
            )),
            (Schema::Object(object), Value::Object(members)) => self.object(members, *object, path),
            (Schema::Object(object), value) => {
                Err(self.mistyped(path, &self.catalog.object(*object).name, value))
            }
        }
    }

    fn type_name(&self, schema: &Schema) -> String {
        match schema {
            Schema::Primitive(primitive) => primitive.doc_name().to_owned(),
            Schema::Object(object) => self.catalog.object(*object).name.clone(),
            Schema::Array(element) => format!("Array of {}", self.type_name(element)),
        }
    }

    fn mistyped(&self, path: &str, expected: &str, value: &Value) -> Rejection {
        Rejection::invalid_parameter(format!(
            "The value of parameter `{path}` of action {} must be {} ({expected}), not {}.",
            self.action,
            json_kind_for(expected),
            json_kind(value)
        ))
    }
}

fn json_kind_for(doc_type: &str) -> &'static str {
    match doc_type {
        "String" | "Timestamp" | "Timestamp ISO8601" => "a JSON string",
        "Integer" => "a JSON integer",
        "Float" => "a JSON number",
        "Boolean" => "a JSON boolean",
        array if array.starts_with("Array of ") => "a JSON array",
        _ => "a JSON object",
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(number) if number.is_f64() => "a fractional number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_indexes_are_plain_decimal() {
        assert_eq!(parse_index("0"), Some(0));
        assert_eq!(parse_index("12"), Some(12));
        for bad in ["", "01", "-1", "+1", "1a", " 1", "x"] {
            assert_eq!(parse_index(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn json_kinds_name_what_was_sent() {
        assert_eq!(json_kind(&serde_json::json!(1.5)), "a fractional number");
        assert_eq!(json_kind(&serde_json::json!(-3)), "an integer");
        assert_eq!(json_kind_for("Array of Filter"), "a JSON array");
        assert_eq!(json_kind_for("Filter"), "a JSON object");
    }
}
