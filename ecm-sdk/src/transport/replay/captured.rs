//! A request as the replay transport received it, and its parameters read back.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::action::Action;
use crate::transport::HttpRequest;

/// The common parameters of v1-signed requests, which are not the action's own.
const V1_COMMON: &[&str] = &[
    "Action",
    "Language",
    "Nonce",
    "Region",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Timestamp",
    "Token",
    "Version",
];

/// A request as the transport received it: signed, ready for the wire.
///
/// Read it back as the service would: [`action`](Self::action), the action's
/// [`parameters`](Self::parameters) as JSON whatever the encoding (JSON body, query string
/// or form), or decoded into the typed request with `input` (with the `test-util` feature).
#[derive(Debug, Clone)]
pub struct CapturedRequest {
    request: HttpRequest,
}

impl CapturedRequest {
    pub(crate) fn new(request: HttpRequest) -> Self {
        CapturedRequest { request }
    }

    /// The whole request.
    pub fn request(&self) -> &HttpRequest {
        &self.request
    }

    /// The HTTP method.
    pub fn method(&self) -> &http::Method {
        self.request.method()
    }

    /// The URI.
    pub fn uri(&self) -> &http::Uri {
        self.request.uri()
    }

    /// The value of header `name`, if present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.request.headers().get(name)?.to_str().ok()
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        self.request.body()
    }

    /// The action: the `X-TC-Action` header, or the `Action` parameter of v1 requests.
    pub fn action(&self) -> Option<String> {
        if let Some(action) = self.header("x-tc-action") {
            return Some(action.to_owned());
        }
        self.params()
            .into_iter()
            .find(|(name, _)| name == "Action")
            .map(|(_, value)| value)
    }

    /// The body decoded as JSON, if the request has a JSON body (POST with TC3).
    pub fn json(&self) -> Option<Value> {
        self.has_json_body()
            .then(|| serde_json::from_slice(self.request.body()).ok())
            .flatten()
    }

    /// The decoded parameters of the query string and, for form-encoded bodies, of the
    /// body, in order, as sent (`Filters.0.Name`, and for v1 requests the common
    /// parameters too).
    pub fn params(&self) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if let Some(query) = self.request.uri().query() {
            params.extend(decode_form(query));
        }
        let form = self
            .header("content-type")
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
        if form {
            if let Ok(body) = std::str::from_utf8(self.request.body()) {
                params.extend(decode_form(body));
            }
        }
        params
    }

    /// The action's parameters as a JSON object, whatever the encoding: the JSON body, or
    /// the flattened parameters nested back (`Filters.0.Values.1=x` →
    /// `{"Filters": [{"Values": [_, "x"]}]}`, values as strings) without the common
    /// parameters of v1 requests.
    pub fn parameters(&self) -> Result<Value, ParseRequestError> {
        if self.has_json_body() {
            return serde_json::from_slice(self.request.body())
                .map_err(|error| ParseRequestError::new(format!("the JSON body: {error}")));
        }
        let v1 = self.header("authorization").is_none();
        let mut root = Value::Object(Map::new());
        for (name, value) in self.params() {
            if v1 && V1_COMMON.contains(&name.as_str()) {
                continue;
            }
            insert_flat(&mut root, &name, value).map_err(|problem| {
                ParseRequestError::new(format!("parameter {name}: {problem}"))
            })?;
        }
        Ok(root)
    }

    /// The request decoded into the action's request type, e.g.
    /// `captured.input::<DescribeNodeRequest>()` (from JSON or from flattened parameters;
    /// a number or boolean sent as text decodes as the documented type). Only with the
    /// `test-util` feature, which gives the generated requests their `Deserialize`.
    pub fn input<A: Action + DeserializeOwned>(&self) -> Result<A, ParseRequestError> {
        let action = self.action();
        if action.as_deref() != Some(A::META.name) {
            return Err(ParseRequestError::new(format!(
                "the request is for {}, not {}",
                action.as_deref().unwrap_or("no action"),
                A::META.name
            )));
        }
        let parameters = self.parameters()?;
        serde_json::from_value(parameters).map_err(|error| {
            ParseRequestError::new(format!("the parameters of {}: {error}", A::META.name))
        })
    }

    fn has_json_body(&self) -> bool {
        self.header("content-type")
            .is_some_and(|t| t.starts_with("application/json"))
    }
}

/// A captured request could not be read back as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseRequestError {
    message: String,
}

impl ParseRequestError {
    fn new(message: String) -> Self {
        ParseRequestError { message }
    }
}

impl fmt::Display for ParseRequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read the captured request: {}", self.message)
    }
}

impl std::error::Error for ParseRequestError {}

/// Places `value` at the dotted `path` in `root`: numeric segments index lists, others
/// name members.
fn insert_flat(root: &mut Value, path: &str, value: String) -> Result<(), &'static str> {
    let mut slot = root;
    for segment in path.split('.') {
        if segment.is_empty() {
            return Err("an empty name segment");
        }
        slot = match segment.parse::<usize>() {
            Ok(index) => {
                if slot.is_null() {
                    *slot = Value::Array(Vec::new());
                }
                let Value::Array(items) = slot else {
                    return Err("a list index inside a value that is not a list");
                };
                // The client numbers list items from 0 without gaps; bound what a hostile
                // index could allocate.
                if index > items.len() + 1024 {
                    return Err("a list index far beyond the items before it");
                }
                if items.len() <= index {
                    items.resize(index + 1, Value::Null);
                }
                &mut items[index]
            }
            Err(_) => {
                if slot.is_null() {
                    *slot = Value::Object(Map::new());
                }
                let Value::Object(members) = slot else {
                    return Err("a member name inside a value that is not a structure");
                };
                members.entry(segment).or_insert(Value::Null)
            }
        };
    }
    if !slot.is_null() {
        return Err("given twice");
    }
    *slot = Value::String(value);
    Ok(())
}

/// Decodes `a=1&b=x%20y` pairs (`+` also stands for a space), as
/// `application/x-www-form-urlencoded` specifies.
fn decode_form(text: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(text.as_bytes())
        .into_owned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms() {
        assert_eq!(
            decode_form("A=1&B=x%20y&C=a+b&D&&E=%E4%B8%AD"),
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x y".into()),
                ("C".into(), "a b".into()),
                ("D".into(), "".into()),
                ("E".into(), "中".into()),
            ]
        );
    }

    #[test]
    fn nests_flattened_parameters() {
        let mut root = Value::Object(Map::new());
        for (path, value) in [
            ("Filters.0.Name", "zone"),
            ("Filters.0.Values.0", "a"),
            ("Filters.0.Values.1", "b"),
            ("Filters.1.Name", "state"),
            ("Limit", "10"),
        ] {
            insert_flat(&mut root, path, value.to_owned()).unwrap();
        }
        assert_eq!(
            root,
            serde_json::json!({
                "Filters": [{"Name": "zone", "Values": ["a", "b"]}, {"Name": "state"}],
                "Limit": "10"
            })
        );
        assert_eq!(
            insert_flat(&mut root, "Limit", "11".into()),
            Err("given twice")
        );
        assert!(insert_flat(&mut root, "Limit.0", "x".into()).is_err());
        assert!(insert_flat(&mut root, "Filters.x", "x".into()).is_err());
        assert!(insert_flat(&mut root, "Filters.99999999", "x".into()).is_err());
        assert!(insert_flat(&mut root, "A..B", "x".into()).is_err());
    }
}
