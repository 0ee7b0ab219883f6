//! Checks that every documented example agrees with the documented parameters and types.

use std::collections::HashMap;
use std::fmt;

use ecm_spec::{DataType, Field, Primitive, Spec, TypeRef};
use serde_json::Value;

use super::error::truncate_chars;

/// Which side of an example disagrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExampleSide {
    /// The input example.
    Input,
    /// The output example.
    Output,
}

/// A place where an example and the spec disagree.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExampleMismatch {
    /// The action.
    pub action: String,
    /// 1-based number of the example on the page (`Example1` → 1).
    pub example: usize,
    /// Input or output.
    pub side: ExampleSide,
    /// JSON path of the value, e.g. `InternetAccessible.InternetMaxBandwidthOut`.
    pub path: String,
    /// What is wrong, e.g. `"2000" is not an Integer`.
    pub problem: String,
}

impl fmt::Display for ExampleMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = match self.side {
            ExampleSide::Input => "input",
            ExampleSide::Output => "output",
        };
        write!(
            f,
            "{} example {} {side} `{}`: {}",
            self.action, self.example, self.path, self.problem
        )
    }
}

/// Every disagreement between an example and the spec: a key that is not a declared parameter or
/// member, or a value whose JSON type does not fit the documented type (arrays for `Array of`,
/// objects for data structures, numbers for `Integer`/`Float`, booleans for `Boolean`, strings
/// otherwise; `null` only for fields with the nullability note). Output examples may carry the
/// common `RequestId`.
pub fn example_mismatches(spec: &Spec) -> Vec<ExampleMismatch> {
    let types: HashMap<&str, &DataType> = spec
        .data_types
        .iter()
        .map(|t| (t.name.as_str(), t))
        .collect();
    let mut out = Vec::new();
    for action in &spec.actions {
        for (index, example) in action.examples.iter().enumerate() {
            let sides: [(ExampleSide, &Value, &[Field], &[&str]); 2] = [
                (ExampleSide::Input, &example.input, &action.inputs, &[]),
                (
                    ExampleSide::Output,
                    &example.output,
                    &action.outputs,
                    &["RequestId"],
                ),
            ];
            for (side, value, fields, extra) in sides {
                let mut checker = Checker {
                    types: &types,
                    found: Vec::new(),
                };
                checker.object(value, fields, "", extra);
                out.extend(
                    checker
                        .found
                        .into_iter()
                        .map(|(path, problem)| ExampleMismatch {
                            action: action.name.clone(),
                            example: index + 1,
                            side,
                            path,
                            problem,
                        }),
                );
            }
        }
    }
    out
}

struct Checker<'t> {
    types: &'t HashMap<&'t str, &'t DataType>,
    found: Vec<(String, String)>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn short(value: &Value) -> String {
    truncate_chars(&value.to_string(), 40)
}

impl Checker<'_> {
    fn object(&mut self, value: &Value, fields: &[Field], path: &str, extra: &[&str]) {
        let Value::Object(object) = value else {
            self.found.push((
                path.to_owned(),
                format!("expected an object, found {}", short(value)),
            ));
            return;
        };
        for (key, item) in object {
            let item_path = join(path, key);
            match fields.iter().find(|f| f.name == *key) {
                Some(field) => self.value(item, &field.ty, &item_path, field.nullable),
                None if extra.contains(&key.as_str()) => {
                    if !item.is_string() {
                        self.found
                            .push((item_path, format!("expected String, found {}", short(item))));
                    }
                }
                None => self.found.push((
                    item_path,
                    "is not a documented parameter or member".to_owned(),
                )),
            }
        }
    }

    fn value(&mut self, value: &Value, ty: &TypeRef, path: &str, nullable: bool) {
        if value.is_null() {
            if !nullable {
                self.found.push((
                    path.to_owned(),
                    format!("null, but the {ty} is not documented as nullable"),
                ));
            }
            return;
        }
        match ty {
            TypeRef::Array(inner) => match value {
                Value::Array(items) => {
                    for (index, item) in items.iter().enumerate() {
                        self.value(item, inner, &format!("{path}[{index}]"), false);
                    }
                }
                other => self.found.push((
                    path.to_owned(),
                    format!("expected {ty}, found {}", short(other)),
                )),
            },
            TypeRef::Struct(name) => match self.types.get(name.as_str()) {
                Some(data_type) => {
                    let members = &data_type.members;
                    self.object(value, members, path, &[]);
                }
                None => self
                    .found
                    .push((path.to_owned(), format!("type {name} is not documented"))),
            },
            TypeRef::Primitive(primitive) => {
                let fits = match primitive {
                    Primitive::Integer => value.is_i64() || value.is_u64(),
                    Primitive::Float => value.is_number(),
                    Primitive::Boolean => value.is_boolean(),
                    Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601 => {
                        value.is_string()
                    }
                };
                if !fits {
                    self.found.push((
                        path.to_owned(),
                        format!("expected {ty}, found {}", short(value)),
                    ));
                }
            }
        }
    }
}
