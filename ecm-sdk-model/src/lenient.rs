//! Lenient decoding of scalar fields: a value in another JSON form of the documented type is
//! accepted when converting it loses nothing.
//!
//! The documentation is the reference for what the service sends, and four of its own
//! examples print a scalar in another JSON form than its documented type (`"IsDefault":
//! "true"` for a Boolean, `"TaskId": 1528600` for a String, `"ZoneId": "490001"` and
//! `"InternetMaxBandwidthOut": "2000"` for Integers; listed in `spec/README.md`). A strict
//! decoder would fail the whole response over one such field, so every generated scalar
//! field (and list of scalars) decodes through [`option`]:
//!
//! | documented type | accepted |
//! |---|---|
//! | `Integer` (`i64`) | a JSON integer; a string holding an integer in canonical decimal form (`"490001"`, `"-5"`; not `"4.5"`, `" 1"`, `"+1"`, `"007"` or out of range) |
//! | `Float` (`f64`) | a JSON number; a string holding a finite JSON number (`"0.5"`, `"1e3"`) |
//! | `Boolean` (`bool`) | `true`/`false`; the strings `"true"`/`"false"` in any letter case |
//! | `String` (also timestamps) | a string; a JSON integer or boolean, kept as its JSON text (`1528600` → `"1528600"`) |
//!
//! Everything else stays an error naming what was found and what was expected: a fraction
//! for an `Integer`, `0`/`1` for a `Boolean`, a non-integer number for a `String` (the parsed
//! value of `1.50` or of a 25-digit number no longer has its exact text), an object or a
//! list for any scalar. `null` and a missing field are `None`, as for any `Option`.
//! Serialisation is not affected: a field always encodes in its documented type.
//!
//! The visitors accept the extra JSON kinds directly, without an intermediate
//! `serde_json::Value`, so decoding a field costs the same as the derived implementation.
//!
//! # Decoding whole structures
//!
//! The generated structures implement `Deserialize` through [`structure`] and a generated
//! [`Fields`] impl (a `match` from wire name to field index, and one from index to the
//! field's decoding) instead of `#[derive(Deserialize)]`: the derive expands every
//! `deserialize_with` field into two wrapper types with their own `Deserialize` impls, which
//! made up a large part of the crate's build time. The behaviour is the derive's for these
//! all-`Option` structures: unknown members are skipped, a missing member or `null` is
//! `None`, a repeated member is an error (``duplicate field `X` ``), and anything but a JSON
//! object is an error (`expected struct Name`); the one difference is that the derive also
//! took a JSON array holding every member in order, which no API response or request uses.
//!
//! The runtime's own wire structures (the `Error` object of a failed call, the instance
//! metadata's role credentials) decode the same way, through hand-written `Fields` impls
//! whose members decode strictly (`map.next_value()`), as their derives did; ecm-sdk
//! therefore needs no serde derive macro.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor};

/// A generated structure's members, for [`structure`]. Every member is an `Option`, so
/// `Default` is the structure with no member set.
pub trait Fields: Default {
    /// The Rust name, for error messages (`expected struct Name`).
    const NAME: &'static str;
    /// The wire names, in declaration order (at most 64).
    const FIELDS: &'static [&'static str];
    /// The index in [`FIELDS`](Self::FIELDS) of the member named `name`. (Generated impls
    /// `match` on the name; the default looks it up, enough for the runtime's few own types.)
    fn index(name: &str) -> Option<usize> {
        Self::FIELDS.iter().position(|field| *field == name)
    }
    /// Decodes the value of member `index` from `map` into `self`.
    fn decode_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Deserialises a generated structure from a map (see the module docs).
pub fn structure<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Fields,
{
    // A map, not `deserialize_struct`: no answer writes a structure as an array (which serde
    // would otherwise offer to `visit_seq`), and the map path is the smaller one to compile.
    deserializer.deserialize_map(StructVisitor(PhantomData))
}

/// Decodes a lenient member in [`Fields::decode_field`]: `map.next_value_seed(Field::new())`.
pub(crate) struct Field<T>(PhantomData<T>);

impl<T> Field<T> {
    pub(crate) fn new() -> Self {
        Field(PhantomData)
    }
}

impl<'de, T: Lenient> de::DeserializeSeed<'de> for Field<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        option(deserializer)
    }
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: Fields> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting_struct(f, T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // The members seen so far, as a bit mask (checked when compiled).
        const {
            assert!(
                T::FIELDS.len() <= 64,
                "a structure has more than 64 members"
            )
        };
        let mut value = T::default();
        let key = Key {
            index: T::index,
            len: T::FIELDS.len(),
        };
        visit_members(&mut map, key, T::FIELDS, &mut |index, map| {
            value.decode_field(index, map)
        })?;
        Ok(value)
    }
}

/// What a structure's visitor expects, written once rather than once per structure.
fn expecting_struct(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    write!(f, "struct {name}")
}

/// The loop over a map's members, shared by all structures (one copy per `MapAccess` type,
/// not one per structure): unknown members are skipped, a repeated one is an error.
fn visit_members<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: Key,
    fields: &'static [&'static str],
    decode: &mut DecodeMember<'_, A, A::Error>,
) -> Result<(), A::Error> {
    let mut seen = 0u64;
    while let Some(index) = map.next_key_seed(key)? {
        let Some(index) = index else {
            map.next_value::<IgnoredAny>()?;
            continue;
        };
        let bit = 1u64 << index;
        if seen & bit != 0 {
            return Err(de::Error::duplicate_field(fields[index]));
        }
        seen |= bit;
        decode(index, map)?;
    }
    Ok(())
}

/// Decodes the value of the member at an index into the structure being built.
type DecodeMember<'a, A, E> = dyn FnMut(usize, &mut A) -> Result<(), E> + 'a;

/// A member name, as its index (`None`: not a member of the structure).
#[derive(Clone, Copy)]
struct Key {
    /// The structure's [`Fields::index`].
    index: fn(&str) -> Option<usize>,
    /// Its number of members.
    len: usize,
}

impl<'de> de::DeserializeSeed<'de> for Key {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Option<usize>, E> {
        Ok((self.index)(name))
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Option<usize>, E> {
        Ok(std::str::from_utf8(name).ok().and_then(self.index))
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Option<usize>, E> {
        Ok(usize::try_from(index)
            .ok()
            .filter(|&index| index < self.len))
    }
}

/// Deserialises an optional scalar or list of scalars leniently (see the module docs):
/// what [`Field`] does for generated members, and usable as
/// `#[serde(default, deserialize_with = "crate::lenient::option")]`.
pub(crate) fn option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Lenient,
{
    deserializer.deserialize_option(OptionVisitor(PhantomData))
}

/// A value with a lenient decoding: the documented scalar types and lists of them.
pub(crate) trait Lenient: Sized {
    /// Deserialises one present (non-`null`) value.
    fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

impl Lenient for i64 {
    fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(IntegerVisitor)
    }
}

impl Lenient for f64 {
    fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FloatVisitor)
    }
}

impl Lenient for bool {
    fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BooleanVisitor)
    }
}

impl Lenient for String {
    fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StringVisitor)
    }
}

impl<T: Lenient> Lenient for Vec<T> {
    fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(ListVisitor(PhantomData))
    }
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        T::deserialize(deserializer).map(Some)
    }
}

/// One list element, decoded leniently.
struct Element<T>(PhantomData<T>);

impl<'de, T: Lenient> de::DeserializeSeed<'de> for Element<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer)
    }
}

struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // Like serde's own `Vec` impl: trust the size hint only up to a bound.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(Element(PhantomData))? {
            items.push(item);
        }
        Ok(items)
    }
}

struct IntegerVisitor;

impl Visitor<'_> for IntegerVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer (a 64-bit signed JSON integer, or a string holding one in decimal)")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<i64, E> {
        Ok(value)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<i64, E> {
        i64::try_from(value).map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<i64, E> {
        parse_canonical_integer(value)
            .ok_or_else(|| E::invalid_value(Unexpected::Str(value), &self))
    }
}

/// The integer `text` spells in canonical decimal form (what `i64::to_string` prints), so
/// that decoding loses nothing: no sign `+`, no leading zeros, no `-0`, no spaces, in range.
fn parse_canonical_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let canonical = match digits.as_bytes() {
        [] => false,
        [b'0'] => digits.len() == text.len(),
        [b'0', ..] => false,
        bytes => bytes.iter().all(u8::is_ascii_digit),
    };
    if canonical { text.parse().ok() } else { None }
}

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number (a JSON number, or a string holding one)")
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
        Ok(value)
    }

    // As serde's own `f64`: integers convert to the nearest float.
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<f64, E> {
        if is_json_number(value) {
            if let Ok(number) = value.parse::<f64>() {
                if number.is_finite() {
                    return Ok(number);
                }
            }
        }
        Err(E::invalid_value(Unexpected::Str(value), &self))
    }
}

/// Whether `text` follows the JSON number grammar
/// (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`), which excludes what Rust's float
/// parser also takes (`inf`, `NaN`, `+1`, `.5`, `5.`, spaces).
fn is_json_number(text: &str) -> bool {
    fn digits(bytes: &[u8]) -> usize {
        bytes.iter().take_while(|b| b.is_ascii_digit()).count()
    }
    let bytes = text.as_bytes();
    let mut at = usize::from(bytes.first() == Some(&b'-'));
    match digits(&bytes[at..]) {
        0 => return false,
        n if n > 1 && bytes[at] == b'0' => return false,
        n => at += n,
    }
    if bytes.get(at) == Some(&b'.') {
        match digits(&bytes[at + 1..]) {
            0 => return false,
            n => at += 1 + n,
        }
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        match digits(&bytes[at..]) {
            0 => return false,
            n => at += n,
        }
    }
    at == bytes.len()
}

struct BooleanVisitor;

impl Visitor<'_> for BooleanVisitor {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean (true or false, or the string \"true\" or \"false\")")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<bool, E> {
        Ok(value)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<bool, E> {
        if value.eq_ignore_ascii_case("true") {
            Ok(true)
        } else if value.eq_ignore_ascii_case("false") {
            Ok(false)
        } else {
            Err(E::invalid_value(Unexpected::Str(value), &self))
        }
    }
}

struct StringVisitor;

impl Visitor<'_> for StringVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string (or an integer or boolean, kept as its JSON text)")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
        Ok(value.to_owned())
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<String, E> {
        Ok(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<String, E> {
        Ok(if value { "true" } else { "false" }.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Fields {
        #[serde(rename = "I", default, deserialize_with = "super::option")]
        integer: Option<i64>,
        #[serde(rename = "F", default, deserialize_with = "super::option")]
        float: Option<f64>,
        #[serde(rename = "B", default, deserialize_with = "super::option")]
        boolean: Option<bool>,
        #[serde(rename = "S", default, deserialize_with = "super::option")]
        string: Option<String>,
        #[serde(rename = "L", default, deserialize_with = "super::option")]
        integers: Option<Vec<i64>>,
        #[serde(rename = "SL", default, deserialize_with = "super::option")]
        strings: Option<Vec<String>>,
    }

    /// Decodes `{key: value}` from JSON text (the path responses take) and from a
    /// `serde_json::Value` (the path tests and `from_value` users take); both must agree.
    fn decode(key: &str, value: serde_json::Value) -> Result<Fields, String> {
        let object = json!({ key: value });
        let from_text = serde_json::from_str::<Fields>(&object.to_string());
        let from_value = serde_json::from_value::<Fields>(object);
        match (from_text, from_value) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b);
                Ok(a)
            }
            (Err(a), Err(b)) => {
                // Only the position suffix of the text parser differs.
                let message = b.to_string();
                assert!(a.to_string().starts_with(&message), "{a} vs {b}");
                Err(message)
            }
            (a, b) => panic!("text and value decoding disagree: {a:?} vs {b:?}"),
        }
    }

    fn integer(value: serde_json::Value) -> Result<Option<i64>, String> {
        decode("I", value).map(|f| f.integer)
    }

    fn float(value: serde_json::Value) -> Result<Option<f64>, String> {
        decode("F", value).map(|f| f.float)
    }

    fn boolean(value: serde_json::Value) -> Result<Option<bool>, String> {
        decode("B", value).map(|f| f.boolean)
    }

    fn string(value: serde_json::Value) -> Result<Option<String>, String> {
        decode("S", value).map(|f| f.string)
    }

    #[test]
    fn missing_and_null_are_none() {
        let empty: Fields = serde_json::from_str("{}").unwrap();
        assert_eq!(
            empty,
            Fields {
                integer: None,
                float: None,
                boolean: None,
                string: None,
                integers: None,
                strings: None,
            }
        );
        for key in ["I", "F", "B", "S", "L", "SL"] {
            assert_eq!(decode(key, json!(null)).unwrap(), empty, "{key}");
        }
    }

    #[test]
    fn integers_from_integers_and_canonical_integer_strings() {
        assert_eq!(integer(json!(490001)), Ok(Some(490001)));
        assert_eq!(integer(json!(-7)), Ok(Some(-7)));
        assert_eq!(integer(json!(i64::MAX)), Ok(Some(i64::MAX)));
        assert_eq!(integer(json!("490001")), Ok(Some(490001)));
        assert_eq!(integer(json!("-5")), Ok(Some(-5)));
        assert_eq!(integer(json!("0")), Ok(Some(0)));
        assert_eq!(integer(json!("-9223372036854775808")), Ok(Some(i64::MIN)));
    }

    #[test]
    fn integers_reject_what_would_lose_or_invent_data() {
        let expected = "expected an integer (a 64-bit signed JSON integer, or a string holding one in decimal)";
        for (value, found) in [
            (json!("4.5"), r#"invalid value: string "4.5""#),
            (json!(" 1"), r#"invalid value: string " 1""#),
            (json!("1 "), r#"invalid value: string "1 ""#),
            (json!("+1"), r#"invalid value: string "+1""#),
            (json!("007"), r#"invalid value: string "007""#),
            (json!("-0"), r#"invalid value: string "-0""#),
            (json!(""), r#"invalid value: string """#),
            (json!("-"), r#"invalid value: string "-""#),
            (json!("1e3"), r#"invalid value: string "1e3""#),
            (json!("0x10"), r#"invalid value: string "0x10""#),
            (
                json!("9223372036854775808"),
                r#"invalid value: string "9223372036854775808""#,
            ),
            (
                json!(9_223_372_036_854_775_808_u64),
                "invalid value: integer `9223372036854775808`",
            ),
            (json!(4.5), "invalid type: floating point `4.5`"),
            (json!(2000.0), "invalid type: floating point `2000.0`"),
            (json!(true), "invalid type: boolean `true`"),
            (json!([1]), "invalid type: sequence"),
            (json!({ "V": 1 }), "invalid type: map"),
        ] {
            assert_eq!(
                integer(value.clone()),
                Err(format!("{found}, {expected}")),
                "{value}"
            );
        }
    }

    #[test]
    fn floats_from_numbers_and_numeric_strings() {
        assert_eq!(float(json!(0.5)), Ok(Some(0.5)));
        assert_eq!(float(json!(3)), Ok(Some(3.0)));
        assert_eq!(float(json!(-3)), Ok(Some(-3.0)));
        assert_eq!(float(json!("0.5")), Ok(Some(0.5)));
        assert_eq!(float(json!("-12")), Ok(Some(-12.0)));
        assert_eq!(float(json!("1e3")), Ok(Some(1000.0)));
        assert_eq!(float(json!("2.5E-1")), Ok(Some(0.25)));
        assert_eq!(float(json!("0")), Ok(Some(0.0)));
    }

    #[test]
    fn floats_reject_strings_that_are_not_json_numbers() {
        let expected = "expected a number (a JSON number, or a string holding one)";
        for text in [
            "NaN",
            "inf",
            "-infinity",
            "+1",
            ".5",
            "5.",
            " 1",
            "1 ",
            "01",
            "1e",
            "1e+",
            "",
            "-",
            "1,5",
            "1e400",
            "0x1p3",
        ] {
            assert_eq!(
                float(json!(text)),
                Err(format!("invalid value: string {text:?}, {expected}")),
                "{text:?}"
            );
        }
        assert_eq!(
            float(json!(true)),
            Err(format!("invalid type: boolean `true`, {expected}"))
        );
        assert_eq!(
            float(json!([0.5])),
            Err(format!("invalid type: sequence, {expected}"))
        );
    }

    #[test]
    fn booleans_from_booleans_and_their_names_in_any_case() {
        assert_eq!(boolean(json!(true)), Ok(Some(true)));
        assert_eq!(boolean(json!(false)), Ok(Some(false)));
        assert_eq!(boolean(json!("true")), Ok(Some(true)));
        assert_eq!(boolean(json!("TRUE")), Ok(Some(true)));
        assert_eq!(boolean(json!("False")), Ok(Some(false)));
    }

    #[test]
    fn booleans_reject_numbers_and_other_words() {
        let expected = r#"expected a boolean (true or false, or the string "true" or "false")"#;
        for (value, found) in [
            (json!(1), "invalid type: integer `1`"),
            (json!(0), "invalid type: integer `0`"),
            (json!("1"), r#"invalid value: string "1""#),
            (json!("yes"), r#"invalid value: string "yes""#),
            (json!(" true"), r#"invalid value: string " true""#),
            (json!(""), r#"invalid value: string """#),
            (json!({}), "invalid type: map"),
        ] {
            assert_eq!(
                boolean(value.clone()),
                Err(format!("{found}, {expected}")),
                "{value}"
            );
        }
    }

    #[test]
    fn strings_from_strings_integers_and_booleans() {
        assert_eq!(string(json!("ein-1")), Ok(Some("ein-1".to_owned())));
        assert_eq!(string(json!("")), Ok(Some(String::new())));
        assert_eq!(string(json!(1528600)), Ok(Some("1528600".to_owned())));
        assert_eq!(string(json!(-3)), Ok(Some("-3".to_owned())));
        assert_eq!(
            string(json!(u64::MAX)),
            Ok(Some("18446744073709551615".to_owned()))
        );
        assert_eq!(string(json!(true)), Ok(Some("true".to_owned())));
        assert_eq!(string(json!(false)), Ok(Some("false".to_owned())));
        // Escapes are decoded as usual (the text path hands over an owned, unescaped string).
        let decoded: Fields = serde_json::from_str(r#"{"S": "a\"b\u00e9"}"#).unwrap();
        assert_eq!(decoded.string.as_deref(), Some("a\"bé"));
    }

    #[test]
    fn strings_reject_fractions_lists_and_objects() {
        let expected = "expected a string (or an integer or boolean, kept as its JSON text)";
        for (value, found) in [
            (json!(1.5), "invalid type: floating point `1.5`"),
            (json!(1528600.0), "invalid type: floating point `1528600.0`"),
            (json!(["a"]), "invalid type: sequence"),
            (json!({ "a": 1 }), "invalid type: map"),
        ] {
            assert_eq!(
                string(value.clone()),
                Err(format!("{found}, {expected}")),
                "{value}"
            );
        }
        // serde_json parses an integer beyond 64 bits as a float: its last digits are gone.
        let error = serde_json::from_str::<Fields>(r#"{"S": 123456789012345678901234}"#)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("invalid type: floating point `1.23456789012345")
                && error.contains(expected),
            "{error}"
        );
    }

    /// What `#[derive(Deserialize)]` made of the generated `DescribeNodeRequest` and
    /// `Filter` before they decoded through `structure`: the reference the generated
    /// impls are compared with.
    mod derived {
        use serde::Deserialize;

        #[derive(Debug, Deserialize)]
        pub(super) struct DescribeNodeRequest {
            #[serde(rename = "Filters")]
            pub(super) filters: Option<Vec<Filter>>,
        }

        #[derive(Debug, Deserialize)]
        pub(super) struct Filter {
            #[serde(rename = "Values", default, deserialize_with = "super::super::option")]
            pub(super) values: Option<Vec<String>>,
            #[serde(rename = "Name", default, deserialize_with = "super::super::option")]
            pub(super) name: Option<String>,
        }
    }

    #[test]
    fn generated_structures_decode_as_the_derive_did() {
        use crate::actions::DescribeNodeRequest;
        use crate::types::Filter;

        let cases = [
            r#"{}"#,
            r#"{"Filters": null}"#,
            r#"{"Filters": []}"#,
            r#"{"Filters": [{"Name": "zone", "Values": ["a", 7, true]}]}"#,
            r#"{"Filters": [{"Values": null, "Name": null}, {}]}"#,
            // Unknown members are skipped, however deep.
            r#"{"Unknown": {"x": [1, {"y": null}]}, "Filters": [{"Name": "n", "Other": 1}]}"#,
            // Errors: a repeated member, a wrong kind, a bad scalar, a non-object.
            r#"{"Filters": [], "Filters": []}"#,
            r#"{"Filters": [{"Name": "a", "Name": "b"}]}"#,
            r#"{"Filters": [{"Name": 1.5}]}"#,
            r#"{"Filters": [{"Values": "a"}]}"#,
            r#"{"Filters": {"Name": "a"}}"#,
            r#"{"Filters": ["a"]}"#,
            r#"{"Filters": [{"Name": "a"}"#,
            r#""text""#,
            r#"7"#,
            r#"null"#,
        ];
        for case in cases {
            let ours = serde_json::from_str::<DescribeNodeRequest>(case);
            let reference = serde_json::from_str::<derived::DescribeNodeRequest>(case);
            match (ours, reference) {
                (Ok(ours), Ok(reference)) => {
                    let ours: Vec<(Option<String>, Option<Vec<String>>)> = ours
                        .filters
                        .map(|filters| {
                            filters
                                .into_iter()
                                .map(|Filter { name, values, .. }| (name, values))
                                .collect()
                        })
                        .unwrap_or_default();
                    let reference: Vec<(Option<String>, Option<Vec<String>>)> = reference
                        .filters
                        .map(|filters| {
                            filters
                                .into_iter()
                                .map(|filter| (filter.name, filter.values))
                                .collect()
                        })
                        .unwrap_or_default();
                    assert_eq!(ours, reference, "{case}");
                }
                (Err(ours), Err(reference)) => {
                    // The same message and position.
                    assert_eq!(ours.to_string(), reference.to_string(), "{case}");
                }
                (ours, reference) => {
                    panic!("{case}: generated {ours:?}, derived {reference:?}")
                }
            }
        }
    }

    #[test]
    fn generated_structures_refuse_arrays_which_the_derive_took() {
        // The one documented difference: the derive also read a struct from a JSON array
        // of all its members in order. (serde_json reports a non-object where a map is
        // wanted at the column before it.)
        let error = serde_json::from_str::<crate::types::Filter>(r#"[["a"], "n"]"#).unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid type: sequence, expected struct Filter at line 1 column 0"
        );
        let derived = serde_json::from_str::<derived::Filter>(r#"[["a"], "n"]"#).unwrap();
        assert_eq!(derived.name.as_deref(), Some("n"));
    }

    #[test]
    fn lists_decode_each_element_leniently() {
        let fields = decode("L", json!([1, "2", -3])).unwrap();
        assert_eq!(fields.integers, Some(vec![1, 2, -3]));
        let fields = decode("SL", json!(["a", 7, true])).unwrap();
        assert_eq!(
            fields.strings,
            Some(vec!["a".to_owned(), "7".to_owned(), "true".to_owned()])
        );
        assert_eq!(decode("L", json!([])).unwrap().integers, Some(vec![]));

        let expected = "expected an integer (a 64-bit signed JSON integer, or a string holding one in decimal)";
        assert_eq!(
            decode("L", json!([1, "x"])),
            Err(format!(r#"invalid value: string "x", {expected}"#))
        );
        assert_eq!(
            decode("L", json!([1, null])),
            Err(format!("invalid type: null, {expected}"))
        );
        assert_eq!(
            decode("L", json!("1")),
            Err(r#"invalid type: string "1", expected a list"#.to_owned())
        );
    }
}
