//! Decoding the `{"Response": …}` envelope in one pass.
//!
//! The envelope holds either the action's output fields or an `Error` object, plus
//! `RequestId` in both cases. Rather than parsing to a `serde_json::Value` and looking, the
//! `Response` object is handed to the output type's `Deserialize` through a map adapter
//! that sets aside the `Error` entry and copies `RequestId` on its way through: one parse,
//! no intermediate tree.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, StrDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

/// The `Error` object of a failed call: `Code` and `Message`, each a string, `""` when
/// missing (`null` or another JSON type is an error); other members are ignored.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ErrorBody {
    pub(crate) code: String,
    pub(crate) message: String,
}

impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ecm_sdk_model::lenient::structure(deserializer)
    }
}

impl ecm_sdk_model::lenient::Fields for ErrorBody {
    const NAME: &'static str = "ErrorBody";
    const FIELDS: &'static [&'static str] = &["Code", "Message"];

    fn decode_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.code = map.next_value()?,
            _ => self.message = map.next_value()?,
        }
        Ok(())
    }
}

/// What the envelope held.
#[derive(Debug)]
pub(crate) enum Envelope<T> {
    Success {
        output: T,
        request_id: Option<String>,
    },
    Failure {
        error: ErrorBody,
        request_id: Option<String>,
    },
}

/// Why the body is not a usable envelope.
#[derive(Debug)]
pub(crate) enum EnvelopeError {
    /// Not JSON, or JSON without a `Response` object.
    NotAnEnvelope(String),
    /// An envelope whose `Response` does not fit the output type.
    Shape {
        detail: String,
        request_id: Option<String>,
    },
}

/// Decodes `body` as `{"Response": T-or-Error}`.
pub(crate) fn decode_envelope<T: DeserializeOwned>(
    body: &[u8],
) -> Result<Envelope<T>, EnvelopeError> {
    // JSON is UTF-8 (RFC 8259): checking the whole body once lets the parser skip checking
    // every string it reads.
    let text = std::str::from_utf8(body).map_err(|error| {
        EnvelopeError::NotAnEnvelope(format!(
            "invalid unicode: the body is not UTF-8 from byte {}",
            error.valid_up_to()
        ))
    })?;
    let mut slots = Slots::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let result = TopSeed {
        slots: &mut slots,
        marker: PhantomData::<T>,
    }
    .deserialize(&mut deserializer)
    .and_then(|output| deserializer.end().map(|()| output));
    // An `Error` object wins even if the output type then failed to deserialise.
    if let Some(error) = slots.error {
        return Ok(Envelope::Failure {
            error,
            request_id: slots.request_id,
        });
    }
    match result {
        Ok(Some(output)) => Ok(Envelope::Success {
            output,
            request_id: slots.request_id,
        }),
        Ok(None) => Err(EnvelopeError::NotAnEnvelope(
            "the JSON object has no `Response` member".to_owned(),
        )),
        Err(error) if slots.in_response && !error.is_syntax() && !error.is_eof() => {
            Err(EnvelopeError::Shape {
                detail: error.to_string(),
                // The error may precede `RequestId`; on this rare path a second, lenient
                // parse recovers it.
                request_id: slots.request_id.or_else(|| request_id_only(text)),
            })
        }
        Err(error) => Err(EnvelopeError::NotAnEnvelope(error.to_string())),
    }
}

/// What the pipeline learns from a response; the typed output stays in the decoder.
pub(crate) type Decoded = Envelope<()>;

/// Decodes a response body into a typed output kept by the decoder: the non-generic
/// pipeline calls it through `&mut dyn DecodeResponse`, so its code exists once for all
/// actions.
pub(crate) trait DecodeResponse: Send {
    fn decode(&mut self, body: &[u8]) -> Result<Decoded, EnvelopeError>;
}

/// Decodes into `T`.
pub(crate) struct TypedDecoder<T> {
    output: Option<T>,
}

impl<T> TypedDecoder<T> {
    pub(crate) fn new() -> Self {
        TypedDecoder { output: None }
    }

    /// The output of the successful decode.
    pub(crate) fn into_output(self) -> Option<T> {
        self.output
    }
}

impl<T: DeserializeOwned + Send> DecodeResponse for TypedDecoder<T> {
    fn decode(&mut self, body: &[u8]) -> Result<Decoded, EnvelopeError> {
        match decode_envelope::<T>(body)? {
            Envelope::Success { output, request_id } => {
                self.output = Some(output);
                Ok(Envelope::Success {
                    output: (),
                    request_id,
                })
            }
            Envelope::Failure { error, request_id } => {
                self.output = None;
                Ok(Envelope::Failure { error, request_id })
            }
        }
    }
}

/// Extracts `Response.RequestId`, ignoring everything else; `None` unless the body is a
/// JSON object with one `Response` object holding at most one `RequestId`, a string or `null`.
fn request_id_only(body: &str) -> Option<String> {
    serde_json::from_str::<RequestIdOnly>(body)
        .ok()?
        .response?
        .request_id
}

/// `{"Response": {"RequestId": …}}`, for [`request_id_only`].
#[derive(Default)]
struct RequestIdOnly {
    response: Option<RequestIdMember>,
}

#[derive(Default)]
struct RequestIdMember {
    request_id: Option<String>,
}

impl<'de> Deserialize<'de> for RequestIdOnly {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ecm_sdk_model::lenient::structure(deserializer)
    }
}

impl ecm_sdk_model::lenient::Fields for RequestIdOnly {
    const NAME: &'static str = "RequestIdOnly";
    const FIELDS: &'static [&'static str] = &["Response"];

    fn decode_field<'de, A: MapAccess<'de>>(
        &mut self,
        _index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        // The object itself, not `null`.
        self.response = Some(map.next_value()?);
        Ok(())
    }
}

impl<'de> Deserialize<'de> for RequestIdMember {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ecm_sdk_model::lenient::structure(deserializer)
    }
}

impl ecm_sdk_model::lenient::Fields for RequestIdMember {
    const NAME: &'static str = "RequestIdMember";
    const FIELDS: &'static [&'static str] = &["RequestId"];

    fn decode_field<'de, A: MapAccess<'de>>(
        &mut self,
        _index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        self.request_id = map.next_value()?;
        Ok(())
    }
}

#[derive(Default)]
struct Slots {
    error: Option<ErrorBody>,
    request_id: Option<String>,
    /// Whether parsing reached the `Response` object.
    in_response: bool,
}

/// The top-level object: finds `Response`, ignores anything else.
struct TopSeed<'s, T> {
    slots: &'s mut Slots,
    marker: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for TopSeed<'_, T> {
    type Value = Option<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for TopSeed<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a JSON object `{"Response": {...}}`"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<T>, A::Error> {
        let mut output = None;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if key == Key::Response {
                // Two envelopes in one body: which one is the answer? Neither, silently.
                if output.is_some() {
                    return Err(de::Error::duplicate_field("Response"));
                }
                self.slots.in_response = true;
                output = Some(map.next_value_seed(ResponseSeed {
                    slots: &mut *self.slots,
                    marker: PhantomData::<T>,
                })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(output)
    }
}

/// The `Response` object, deserialised as `T` with `Error` set aside.
struct ResponseSeed<'s, T> {
    slots: &'s mut Slots,
    marker: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for ResponseSeed<'_, T> {
    type Value = T;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ResponseSeed<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `Response` object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(Filtering {
            inner: map,
            slots: self.slots,
            pending: Pending::Other,
        }))
    }
}

/// Which key's value comes next.
enum Pending {
    RequestId,
    Other,
}

/// Passes the `Response` members to the output type, except `Error` (kept in the slots);
/// `RequestId` is passed on and copied.
struct Filtering<'s, A> {
    inner: A,
    slots: &'s mut Slots,
    pending: Pending,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Filtering<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(key) = self.inner.next_key_seed(KeySeed)? else {
                return Ok(None);
            };
            match key {
                Key::Error => {
                    // A second `Error` makes the envelope unreadable rather than one of
                    // the two errors silently the answer.
                    if self.slots.error.take().is_some() {
                        return Err(de::Error::duplicate_field("Error"));
                    }
                    self.slots.error = Some(self.inner.next_value::<ErrorBody>()?);
                }
                Key::RequestId => {
                    self.pending = Pending::RequestId;
                    return seed
                        .deserialize(StrDeserializer::<A::Error>::new("RequestId"))
                        .map(Some);
                }
                Key::Response => {
                    self.pending = Pending::Other;
                    return seed
                        .deserialize(StrDeserializer::<A::Error>::new("Response"))
                        .map(Some);
                }
                Key::Borrowed(name) => {
                    self.pending = Pending::Other;
                    return seed
                        .deserialize(BorrowedStrDeserializer::<A::Error>::new(name))
                        .map(Some);
                }
                Key::Owned(name) => {
                    self.pending = Pending::Other;
                    return seed
                        .deserialize(de::value::StringDeserializer::<A::Error>::new(name))
                        .map(Some);
                }
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending {
            Pending::Other => self.inner.next_value_seed(seed),
            Pending::RequestId => {
                self.pending = Pending::Other;
                let id: Option<String> = self.inner.next_value()?;
                self.slots.request_id.clone_from(&id);
                seed.deserialize(RequestIdDeserializer::<A::Error> {
                    id,
                    marker: PhantomData,
                })
            }
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// Replays a `RequestId` (a string or `null`) to the output type, as an `Option` or as
/// a plain value.
struct RequestIdDeserializer<E> {
    id: Option<String>,
    marker: PhantomData<E>,
}

impl<'de, E: de::Error> de::Deserializer<'de> for RequestIdDeserializer<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.id {
            Some(id) => visitor.visit_string(id),
            None => visitor.visit_unit(),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.id {
            Some(id) => visitor.visit_some(de::value::StringDeserializer::<E>::new(id)),
            None => visitor.visit_none(),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// A member name, borrowed from the input when it has no escapes.
#[derive(Debug, PartialEq, Eq)]
enum Key<'de> {
    Response,
    Error,
    RequestId,
    Borrowed(&'de str),
    Owned(String),
}

struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Key<'de>, E> {
        Ok(match name {
            "Response" => Key::Response,
            "Error" => Key::Error,
            "RequestId" => Key::RequestId,
            _ => Key::Borrowed(name),
        })
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key<'de>, E> {
        Ok(match name {
            "Response" => Key::Response,
            "Error" => Key::Error,
            "RequestId" => Key::RequestId,
            _ => Key::Owned(name.to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Output {
        #[serde(rename = "TotalCount")]
        total_count: Option<i64>,
        #[serde(rename = "Names")]
        names: Option<Vec<String>>,
        #[serde(rename = "RequestId")]
        request_id: Option<String>,
    }

    fn success(body: &str) -> Output {
        match decode_envelope::<Output>(body.as_bytes()) {
            Ok(Envelope::Success { output, .. }) => output,
            other => panic!("expected success, got {other:?}"),
        }
    }

    #[test]
    fn a_body_that_is_not_utf8_is_not_an_envelope_even_with_an_error_object() {
        let mut body =
            br#"{"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":""#
                .to_vec();
        let at = body.len();
        body.extend_from_slice(&[0xff, b'"', b'}', b'}']);
        match decode_envelope::<Output>(&body) {
            Err(EnvelopeError::NotAnEnvelope(detail)) => assert_eq!(
                detail,
                format!("invalid unicode: the body is not UTF-8 from byte {at}")
            ),
            other => panic!("expected NotAnEnvelope, got {other:?}"),
        }
    }

    #[test]
    fn decodes_a_success_envelope() {
        let output = success(
            r#"{"Response":{"TotalCount":2,"Names":["a","b"],"Unknown":{"x":[1]},"RequestId":"req-1"}}"#,
        );
        assert_eq!(
            output,
            Output {
                total_count: Some(2),
                names: Some(vec!["a".into(), "b".into()]),
                request_id: Some("req-1".into()),
            }
        );
        // Escaped member names are still recognised.
        let output = success(r#"{"Response":{"Total\u0043ount":1,"Request\u0049d":"r"}}"#);
        assert_eq!(output.total_count, Some(1));
        assert_eq!(output.request_id.as_deref(), Some("r"));
        // Members around `Response` are ignored.
        let output = success(r#"{"Before":[1,{"a":2}],"Response":{"RequestId":null},"After":3}"#);
        assert_eq!(output.request_id, None);
    }

    #[test]
    fn decodes_an_error_envelope_in_any_member_order() {
        for body in [
            r#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad"},"RequestId":"req-2"}}"#,
            r#"{"Response":{"RequestId":"req-2","Error":{"Message":"bad","Code":"InvalidParameter"}}}"#,
        ] {
            match decode_envelope::<Output>(body.as_bytes()) {
                Ok(Envelope::Failure { error, request_id }) => {
                    assert_eq!(error.code, "InvalidParameter");
                    assert_eq!(error.message, "bad");
                    assert_eq!(request_id.as_deref(), Some("req-2"));
                }
                other => panic!("expected failure, got {other:?}"),
            }
        }
    }

    #[test]
    fn an_error_wins_over_a_mismatched_output() {
        let body = r#"{"Response":{"Error":{"Code":"InternalError","Message":"m"},"TotalCount":"oops","RequestId":"r"}}"#;
        assert!(matches!(
            decode_envelope::<Output>(body.as_bytes()),
            Ok(Envelope::Failure { .. })
        ));
    }

    #[test]
    fn raw_values_keep_the_request_id() {
        let body = r#"{"Response":{"A":1,"RequestId":"r-9"}}"#;
        match decode_envelope::<serde_json::Value>(body.as_bytes()) {
            Ok(Envelope::Success { output, request_id }) => {
                assert_eq!(output, serde_json::json!({"A": 1, "RequestId": "r-9"}));
                assert_eq!(request_id.as_deref(), Some("r-9"));
            }
            other => panic!("{other:?}"),
        }
    }

    /// Duplicate members are refused in typed outputs by serde; a duplicate `Response` or
    /// `Error`, which the decoder handles itself, must not silently pick one of the two.
    #[test]
    fn a_duplicate_response_or_error_is_a_shape_error() {
        for (body, member) in [
            (
                r#"{"Response":{"TotalCount":1},"Response":{"TotalCount":2,"RequestId":"r"}}"#,
                "Response",
            ),
            (
                r#"{"Response":{"Error":{"Code":"A"},"Error":{"Code":"B"},"RequestId":"r"}}"#,
                "Error",
            ),
        ] {
            match decode_envelope::<Output>(body.as_bytes()) {
                Err(EnvelopeError::Shape { detail, .. }) => {
                    assert!(
                        detail.contains(&format!("duplicate field `{member}`")),
                        "{detail}"
                    );
                }
                other => panic!("{body}: {other:?}"),
            }
        }
    }

    #[test]
    fn tells_non_envelopes_from_mismatched_shapes() {
        for body in [
            "<html><body>502 Bad Gateway</body></html>",
            r#"{"Response":{"TotalCount":1,"Names":["a""#,
            r#"{"NotResponse":{}}"#,
            r#"[1,2]"#,
            "",
            r#"{"Response":{}} trailing"#,
        ] {
            assert!(
                matches!(
                    decode_envelope::<Output>(body.as_bytes()),
                    Err(EnvelopeError::NotAnEnvelope(_))
                ),
                "{body}"
            );
        }
        match decode_envelope::<Output>(br#"{"Response":{"TotalCount":"x","RequestId":"r-3"}}"#) {
            Err(EnvelopeError::Shape { detail, request_id }) => {
                assert!(detail.contains("invalid type"), "{detail}");
                assert_eq!(request_id.as_deref(), Some("r-3"));
            }
            other => panic!("{other:?}"),
        }
    }

    /// What `#[derive(Deserialize)]` made of `ErrorBody` and of `request_id_only`'s
    /// structures before they decoded through `ecm_sdk_model::lenient::structure`.
    mod derived {
        #[derive(Debug, serde::Deserialize, PartialEq, Eq)]
        pub(super) struct ErrorBody {
            #[serde(rename = "Code", default)]
            pub(super) code: String,
            #[serde(rename = "Message", default)]
            pub(super) message: String,
        }

        #[derive(serde::Deserialize)]
        pub(super) struct Top {
            #[serde(rename = "Response")]
            pub(super) response: Inner,
        }

        #[derive(serde::Deserialize)]
        pub(super) struct Inner {
            #[serde(rename = "RequestId")]
            pub(super) request_id: Option<String>,
        }
    }

    #[test]
    fn the_error_object_decodes_as_the_derive_did() {
        for case in [
            r#"{}"#,
            r#"{"Code":"InvalidParameter","Message":"bad"}"#,
            r#"{"Message":"only a message","Extra":[1,{"a":null}]}"#,
            // Errors: `null`, other types, a repeated member, not an object.
            r#"{"Code":null}"#,
            r#"{"Code":7,"Message":"m"}"#,
            r#"{"Message":{"text":"m"}}"#,
            r#"{"Code":"A","Code":"B"}"#,
            r#""InternalError""#,
            r#"null"#,
        ] {
            let ours = serde_json::from_str::<ErrorBody>(case);
            let reference = serde_json::from_str::<derived::ErrorBody>(case);
            match (ours, reference) {
                (Ok(ours), Ok(reference)) => {
                    assert_eq!(
                        (ours.code, ours.message),
                        (reference.code, reference.message)
                    )
                }
                (Err(ours), Err(reference)) => {
                    assert_eq!(ours.to_string(), reference.to_string(), "{case}")
                }
                (ours, reference) => panic!("{case}: ours {ours:?}, derived {reference:?}"),
            }
        }
        // The one difference (see the model's `lenient` module): the derive also took an array
        // of the members in order, which no service answer has. (serde_json reports a
        // non-object where a map is wanted at the column before it.)
        assert!(serde_json::from_str::<derived::ErrorBody>(r#"["A","m"]"#).is_ok());
        assert_eq!(
            serde_json::from_str::<ErrorBody>(r#"["A","m"]"#)
                .unwrap_err()
                .to_string(),
            "invalid type: sequence, expected struct ErrorBody at line 1 column 0"
        );
    }

    #[test]
    fn the_request_id_fallback_reads_what_the_derive_read() {
        for case in [
            r#"{"Response":{"RequestId":"r-1"}}"#,
            r#"{"Response":{"TotalCount":"x","RequestId":"r-2","Other":[1]},"After":1}"#,
            r#"{"Response":{"RequestId":null}}"#,
            r#"{"Response":{}}"#,
            r#"{"Response":null}"#,
            r#"{"Response":{"RequestId":7}}"#,
            r#"{"Response":{"RequestId":"a","RequestId":"b"}}"#,
            r#"{"Response":{"RequestId":"a"},"Response":{"RequestId":"b"}}"#,
            r#"{"NotResponse":{"RequestId":"r"}}"#,
            // (The derive also read `[{"RequestId": "r"}]`, an array of the members; only
            // bodies whose top level is an object get here.)
            r#"{"Response":{"RequestId":"r"}"#,
        ] {
            let reference = serde_json::from_str::<derived::Top>(case)
                .ok()
                .and_then(|top| top.response.request_id);
            assert_eq!(request_id_only(case), reference, "{case}");
        }
    }
}
