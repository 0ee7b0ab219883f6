//! Answers: what an action replies with, serialised once with a slot for the RequestId.

use bytes::Bytes;
use serde_json::{Map, Value};

/// What the emulator answers to a valid request for an action.
///
/// The default for every action is its first documented example's output; register another
/// with [`EmulatorHandle::respond`](crate::EmulatorHandle::respond).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Reply {
    /// A success: the members of the `Response` object. A `RequestId` member, if present, is
    /// replaced by a fresh one for every request; otherwise one is appended.
    Output(Value),
    /// A failure, answered in the documented error shape
    /// `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
    Error {
        /// Error code, e.g. `ResourceNotFound` or `FailedOperation.InternalOperationFailure`.
        code: String,
        /// Human-readable message.
        message: String,
    },
}

impl Reply {
    /// A success answer with these `Response` members (a JSON object).
    pub fn output(members: Value) -> Reply {
        Reply::Output(members)
    }

    /// An error answer.
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Reply {
        Reply::Error {
            code: code.into(),
            message: message.into(),
        }
    }
}

/// A reply serialised once: the body is `head + request id + tail`.
#[derive(Debug)]
pub(crate) struct PreparedReply {
    head: Bytes,
    tail: Bytes,
    /// The error code, for replies that are errors (recorded in the journal).
    pub(crate) error_code: Option<Box<str>>,
}

/// The reply's output is not a JSON object.
#[derive(Debug)]
pub(crate) struct NotAnObject;

/// A string no real value contains, replaced by the request id on every answer.
const PLACEHOLDER: &str = "\u{1}ecm-emulator-request-id\u{1}";

impl PreparedReply {
    pub(crate) fn new(reply: &Reply) -> Result<PreparedReply, NotAnObject> {
        let (response, error_code) = match reply {
            Reply::Output(Value::Object(members)) => {
                let mut response = members.clone();
                // Replacing in place keeps the documented member order.
                response.insert(
                    "RequestId".to_owned(),
                    Value::String(PLACEHOLDER.to_owned()),
                );
                (response, None)
            }
            Reply::Output(_) => return Err(NotAnObject),
            Reply::Error { code, message } => (
                error_members(code, message, PLACEHOLDER),
                Some(code.clone().into_boxed_str()),
            ),
        };
        let mut envelope = Map::new();
        envelope.insert("Response".to_owned(), Value::Object(response));
        let text = Value::Object(envelope).to_string();
        let quoted = serde_json::to_string(PLACEHOLDER).expect("a string serialises");
        let at = text
            .find(&quoted)
            .expect("the placeholder is in the serialised reply");
        Ok(PreparedReply {
            head: Bytes::copy_from_slice(&text.as_bytes()[..at + 1]),
            tail: Bytes::copy_from_slice(&text.as_bytes()[at + quoted.len() - 1..]),
            error_code,
        })
    }

    /// The body for one request.
    pub(crate) fn render(&self, request_id: &str) -> Bytes {
        let mut body = Vec::with_capacity(self.head.len() + request_id.len() + self.tail.len());
        body.extend_from_slice(&self.head);
        body.extend_from_slice(request_id.as_bytes());
        body.extend_from_slice(&self.tail);
        Bytes::from(body)
    }
}

fn error_members(code: &str, message: &str, request_id: &str) -> Map<String, Value> {
    let mut error = Map::new();
    error.insert("Code".to_owned(), Value::String(code.to_owned()));
    error.insert("Message".to_owned(), Value::String(message.to_owned()));
    let mut response = Map::new();
    response.insert("Error".to_owned(), Value::Object(error));
    response.insert("RequestId".to_owned(), Value::String(request_id.to_owned()));
    response
}

/// The body of a success answer whose `Response` members are the serialised JSON object
/// `members`: the members, then the RequestId.
pub(crate) fn members_body(members: &[u8], request_id: &str) -> Bytes {
    let inner = members
        .strip_prefix(b"{")
        .and_then(|m| m.strip_suffix(b"}"))
        .expect("members are a serialised JSON object");
    let id = serde_json::to_string(request_id).expect("strings serialise");
    let mut body = Vec::with_capacity(inner.len() + id.len() + 32);
    body.extend_from_slice(b"{\"Response\":{");
    body.extend_from_slice(inner);
    if !inner.is_empty() {
        body.push(b',');
    }
    body.extend_from_slice(b"\"RequestId\":");
    body.extend_from_slice(id.as_bytes());
    body.extend_from_slice(b"}}");
    Bytes::from(body)
}

/// The body of an error answer: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
pub(crate) fn error_body(code: &str, message: &str, request_id: &str) -> Bytes {
    let mut envelope = Map::new();
    envelope.insert(
        "Response".to_owned(),
        Value::Object(error_members(code, message, request_id)),
    );
    Bytes::from(Value::Object(envelope).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(body: &Bytes) -> Value {
        serde_json::from_slice(body).unwrap()
    }

    #[test]
    fn output_keeps_member_order_and_replaces_the_documented_request_id() {
        let reply = Reply::output(json!({"RequestId": "doc-id", "TotalCount": 2, "Set": ["a"]}));
        let prepared = PreparedReply::new(&reply).unwrap();
        let body = prepared.render("fresh-id");
        assert_eq!(
            std::str::from_utf8(&body).unwrap(),
            r#"{"Response":{"RequestId":"fresh-id","TotalCount":2,"Set":["a"]}}"#
        );
        assert_eq!(prepared.error_code, None);
    }

    #[test]
    fn output_without_request_id_gets_one_appended() {
        let prepared = PreparedReply::new(&Reply::output(json!({"A": {"B": "x\"y"}}))).unwrap();
        assert_eq!(
            parse(&prepared.render("id-1")),
            json!({"Response": {"A": {"B": "x\"y"}, "RequestId": "id-1"}})
        );
    }

    #[test]
    fn errors_use_the_documented_shape() {
        let prepared =
            PreparedReply::new(&Reply::error("ResourceNotFound", "no \"such\" thing")).unwrap();
        assert_eq!(prepared.error_code.as_deref(), Some("ResourceNotFound"));
        let expected = json!({"Response": {
            "Error": {"Code": "ResourceNotFound", "Message": "no \"such\" thing"},
            "RequestId": "id-2"
        }});
        assert_eq!(parse(&prepared.render("id-2")), expected);
        assert_eq!(
            parse(&error_body("ResourceNotFound", "no \"such\" thing", "id-2")),
            expected
        );
    }

    #[test]
    fn member_bodies_append_the_request_id() {
        assert_eq!(
            parse(&members_body(
                br#"{"TotalCount":1,"Set":[{"A":"}"}]}"#,
                "id-3"
            )),
            json!({"Response": {"TotalCount": 1, "Set": [{"A": "}"}], "RequestId": "id-3"}})
        );
        assert_eq!(
            parse(&members_body(b"{}", "id-4")),
            json!({"Response": {"RequestId": "id-4"}})
        );
    }

    #[test]
    fn outputs_must_be_objects() {
        assert!(PreparedReply::new(&Reply::output(json!([1, 2]))).is_err());
    }
}
