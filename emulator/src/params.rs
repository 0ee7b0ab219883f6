//! Action parameters: rebuilding JSON from flattened `Filters.0.Name=…` pairs using the
//! spec's types, and validating JSON against the spec (unknown, missing and mistyped
//! parameters, at any depth).

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use ecm_spec::Primitive;
use serde_json::{Map, Value};

use crate::catalog::{Catalog, ObjectId, Schema};
use crate::rejection::Rejection;
use crate::scalars::{Fit, ScalarRule};

/// Rebuilds the JSON object that flattened `pairs` denote for the object schema `input`
/// (an action's inputs). Values are converted with the spec's types, in the forms `rule`
/// allows.
pub(crate) fn rebuild<'p>(
    catalog: &Catalog,
    rule: ScalarRule,
    action: &str,
    input: ObjectId,
    pairs: impl IntoIterator<Item = (&'p str, &'p str)>,
) -> Result<Value, Rejection> {
    let rebuild = Rebuild {
        catalog,
        rule,
        action,
    };
    let mut root = Node::Object(Vec::new());
    for (key, value) in pairs {
        let segments: Vec<&str> = key.split('.').collect();
        rebuild.insert_member(&mut root, input, &segments, 0, key, value)?;
    }
    rebuild.finish(root, &mut String::new())
}

/// The deepest a flattened key may reach, the depth serde_json allows a JSON body. Without a
/// bound, one long key into a data structure that contains itself (the catalog allows them)
/// would recurse until the stack overflows.
const MAX_DEPTH: usize = 128;

/// A partially rebuilt value.
enum Node {
    Leaf(Value),
    Object(Vec<(String, Node)>),
    List(BTreeMap<usize, Node>),
}

struct Rebuild<'a> {
    catalog: &'a Catalog,
    rule: ScalarRule,
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
        if at > MAX_DEPTH {
            return Err(Rejection::invalid_parameter(format!(
                "The parameter `{}…` of action {} is nested deeper than {MAX_DEPTH} levels.",
                path(),
                self.action
            )));
        }
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
        self.rule.parse_text(primitive, text).ok_or_else(|| {
            Rejection::invalid_parameter(format!(
                "The value `{text}` of parameter `{key}` of action {} is not a valid {}.",
                self.action,
                primitive.doc_name()
            ))
        })
    }

    fn given_twice(&self, key: &str) -> Rejection {
        Rejection::invalid_parameter(format!(
            "The parameter `{key}` of action {} is given more than once.",
            self.action
        ))
    }

    /// `path` leads to `node`; it is only read for messages.
    fn finish(&self, node: Node, path: &mut String) -> Result<Value, Rejection> {
        Ok(match node {
            Node::Leaf(value) => value,
            Node::Object(members) => {
                let mut map = Map::with_capacity(members.len());
                for (name, member) in members {
                    let restore = descend(path, &name);
                    let value = self.finish(member, path)?;
                    path.truncate(restore);
                    map.insert(name, value);
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
                    let restore = descend(path, index);
                    list.push(self.finish(item, path)?);
                    path.truncate(restore);
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

/// Appends `segment` (a member name or an item index) to the dotted `path`, and returns the
/// length to truncate `path` back to. Paths are built in one buffer, so that only messages pay
/// for them.
fn descend(path: &mut String, segment: impl fmt::Display) -> usize {
    let restore = path.len();
    if !path.is_empty() {
        path.push('.');
    }
    let _ = write!(path, "{segment}");
    restore
}

/// Checks `params` against the object schema `input`: every member known, every required
/// member present (at any depth), every value of its documented JSON type or another form
/// `rule` allows, which is then converted to the documented type (so that `params` reads the
/// same whatever form or encoding the client used). `null` counts as absent.
pub(crate) fn validate(
    catalog: &Catalog,
    rule: ScalarRule,
    action: &str,
    input: ObjectId,
    params: &mut Value,
) -> Result<(), Rejection> {
    let Value::Object(members) = params else {
        return Err(Rejection::invalid_parameter(format!(
            "The parameters of action {action} must be a JSON object, not {}.",
            json_kind(params)
        )));
    };
    Validate {
        catalog,
        rule,
        action,
    }
    .object(members, input, &mut String::new())
}

struct Validate<'a> {
    catalog: &'a Catalog,
    rule: ScalarRule,
    action: &'a str,
}

impl Validate<'_> {
    fn object(
        &self,
        members: &mut Map<String, Value>,
        object: ObjectId,
        path: &mut String,
    ) -> Result<(), Rejection> {
        let schema = self.catalog.object(object);
        for name in members.keys() {
            if schema.field(name).is_none() {
                descend(path, name);
                return Err(Rejection::unknown_parameter(path, self.action));
            }
        }
        for field in &schema.fields {
            if field.required && members.get(&*field.name).is_none_or(Value::is_null) {
                descend(path, &field.name);
                return Err(Rejection::missing_parameter(path, self.action));
            }
        }
        for (name, value) in members.iter_mut() {
            if value.is_null() {
                continue;
            }
            let field = schema.field(name).expect("checked above");
            let restore = descend(path, name);
            self.value(value, &field.schema, path)?;
            path.truncate(restore);
        }
        Ok(())
    }

    fn value(
        &self,
        value: &mut Value,
        schema: &Schema,
        path: &mut String,
    ) -> Result<(), Rejection> {
        match schema {
            Schema::Primitive(primitive) => match self.rule.check(*primitive, value) {
                Fit::Exact => Ok(()),
                Fit::Converted(converted) => {
                    *value = converted;
                    Ok(())
                }
                Fit::No => Err(self.mistyped(path, schema, value)),
            },
            Schema::Array(element) => {
                let Value::Array(items) = value else {
                    return Err(self.mistyped(path, schema, value));
                };
                for (index, item) in items.iter_mut().enumerate() {
                    if item.is_null() {
                        continue;
                    }
                    let restore = descend(path, index);
                    self.value(item, element, path)?;
                    path.truncate(restore);
                }
                Ok(())
            }
            Schema::Object(object) => match value {
                Value::Object(members) => self.object(members, *object, path),
                _ => Err(self.mistyped(path, schema, value)),
            },
        }
    }

    fn type_name(&self, schema: &Schema) -> String {
        match schema {
            Schema::Primitive(primitive) => primitive.doc_name().to_owned(),
            Schema::Object(object) => self.catalog.object(*object).name.clone(),
            Schema::Array(element) => format!("Array of {}", self.type_name(element)),
        }
    }

    fn mistyped(&self, path: &str, schema: &Schema, value: &Value) -> Rejection {
        // A string that is no lossless form of a number or boolean: say what it held.
        let found = match (schema, value) {
            (
                Schema::Primitive(Primitive::Integer | Primitive::Float | Primitive::Boolean),
                Value::String(text),
            ) if self.rule == ScalarRule::Lenient => {
                format!(
                    "the string {value} (a string must hold the value in its plain text form)",
                    value = Value::String(text.clone())
                )
            }
            _ => json_kind(value).to_owned(),
        };
        Rejection::invalid_parameter(format!(
            "The value of parameter `{path}` of action {} must be {} ({}), not {found}.",
            self.action,
            json_kind_for(schema),
            self.type_name(schema),
        ))
    }
}

/// The JSON type a value of `schema` is sent as.
fn json_kind_for(schema: &Schema) -> &'static str {
    match schema {
        Schema::Primitive(
            Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601,
        ) => "a JSON string",
        Schema::Primitive(Primitive::Integer) => "a JSON integer",
        Schema::Primitive(Primitive::Float) => "a JSON number",
        Schema::Primitive(Primitive::Boolean) => "a JSON boolean",
        Schema::Array(_) => "a JSON array",
        Schema::Object(_) => "a JSON object",
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
        // DescribeNode's `Filters` is an `Array of Filter`.
        let catalog = Catalog::build(&ecm_spec::Spec::embedded().unwrap()).unwrap();
        let input = catalog.action("DescribeNode").unwrap().input;
        let filters = &catalog.object(input).field("Filters").unwrap().schema;
        assert_eq!(json_kind_for(filters), "a JSON array");
        let Schema::Array(filter) = filters else {
            panic!("{filters:?}")
        };
        assert_eq!(json_kind_for(filter), "a JSON object");
    }
}
