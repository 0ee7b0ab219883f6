//! Which forms of a documented scalar type a request may use: one rule for every encoding (a
//! JSON body, a GET query, a v1 form), the same rule the SDK's response decoder follows.
//!
//! | documented type | lenient (default) | strict |
//! |---|---|---|
//! | `Integer` | a JSON integer; text holding an integer in canonical decimal form (`"2000"`, `"-5"`; not `"4.5"`, `" 1"`, `"+1"`, `"007"` or out of the 64-bit range) | JSON: an integer; text: canonical decimal |
//! | `Float` | a JSON number; text holding a finite JSON number (`"0.5"`, `"1e3"`; not `".5"`, `"inf"`) | JSON: a number; text: a finite JSON number |
//! | `Boolean` | `true`/`false`; the text `true`/`false` in any letter case (`"True"`, `FALSE`) | JSON: `true`/`false`; text: `true`/`false` |
//! | `String` (also timestamps) | a string; a JSON integer or boolean (kept as its JSON text) | JSON: a string; text: any |
//!
//! Everything else is an `InvalidParameter` naming the parameter: a fraction for an `Integer`,
//! `0`/`1` or `Flase` for a `Boolean`, a fractional number for a `String` (its exact text
//! would be lost), an object or a list for any scalar.

use ecm_spec::Primitive;
use serde_json::{Number, Value};

/// How strictly scalars are checked; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScalarRule {
    /// Lossless alternative forms are accepted (the default).
    Lenient,
    /// Only the documented JSON type, and lower-case `true`/`false` in text.
    Strict,
}

/// How a JSON value fits a documented scalar type.
#[derive(Debug, PartialEq)]
pub(crate) enum Fit {
    /// It has the documented JSON type.
    Exact,
    /// It is another accepted form; this is the value in the documented type.
    Converted(Value),
    /// It is not accepted.
    No,
}

impl ScalarRule {
    /// The value of `text` (a GET or form parameter) as `primitive`, if the rule allows it.
    pub(crate) fn parse_text(self, primitive: Primitive, text: &str) -> Option<Value> {
        match primitive {
            Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601 => {
                Some(Value::String(text.to_owned()))
            }
            Primitive::Integer => parse_canonical_integer(text),
            Primitive::Float => parse_json_number(text).map(Value::Number),
            Primitive::Boolean => self.parse_boolean(text).map(Value::Bool),
        }
    }

    /// Whether the JSON `value` is an acceptable form of `primitive`.
    #[cfg(test)]
    pub(crate) fn fits(self, primitive: Primitive, value: &Value) -> bool {
        !matches!(self.check(primitive, value), Fit::No)
    }

    /// Whether the JSON `value` is an acceptable form of `primitive`, and if it is another
    /// form than the documented JSON type, the value in that type.
    pub(crate) fn check(self, primitive: Primitive, value: &Value) -> Fit {
        let is_string = matches!(
            primitive,
            Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601
        );
        let exact = match primitive {
            _ if is_string => value.is_string(),
            Primitive::Integer => value.is_i64() || value.is_u64(),
            Primitive::Float => value.is_number(),
            _ => value.is_boolean(),
        };
        if exact {
            return Fit::Exact;
        }
        if self == ScalarRule::Strict {
            return Fit::No;
        }
        let converted = match value {
            Value::Bool(flag) if is_string => Some(Value::String(flag.to_string())),
            Value::Number(number) if is_string && !number.is_f64() => {
                Some(Value::String(number.to_string()))
            }
            Value::String(text) if !is_string => self.parse_text(primitive, text),
            _ => None,
        };
        converted.map_or(Fit::No, Fit::Converted)
    }

    fn parse_boolean(self, text: &str) -> Option<bool> {
        let matches = |word: &str| match self {
            ScalarRule::Lenient => text.eq_ignore_ascii_case(word),
            ScalarRule::Strict => text == word,
        };
        if matches("true") {
            Some(true)
        } else if matches("false") {
            Some(false)
        } else {
            None
        }
    }
}

/// The integer `text` spells in canonical decimal form (what `to_string` of an integer prints):
/// no sign `+`, no leading zeros, no `-0`, no spaces, within `i64` or `u64`.
fn parse_canonical_integer(text: &str) -> Option<Value> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let canonical = match digits.as_bytes() {
        [] => false,
        [b'0'] => digits.len() == text.len(),
        [b'0', ..] => false,
        bytes => bytes.iter().all(u8::is_ascii_digit),
    };
    if !canonical {
        return None;
    }
    if let Ok(number) = text.parse::<i64>() {
        Some(Value::Number(number.into()))
    } else {
        text.parse::<u64>().ok().map(|n| Value::Number(n.into()))
    }
}

/// A finite number written in the JSON number grammar, nothing around it.
fn parse_json_number(text: &str) -> Option<Number> {
    let grammar = text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'));
    if !grammar {
        return None;
    }
    // serde_json parses exactly the JSON grammar and refuses numbers out of the f64 range.
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Number(number)) => Some(number),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn integers_in_text_are_canonical_decimal() {
        for (text, value) in [
            ("0", json!(0)),
            ("2000", json!(2000)),
            ("-5", json!(-5)),
            ("18446744073709551615", json!(u64::MAX)),
        ] {
            assert_eq!(
                ScalarRule::Lenient.parse_text(Primitive::Integer, text),
                Some(value)
            );
        }
        for bad in [
            "",
            "-",
            "-0",
            "007",
            "+1",
            " 1",
            "1 ",
            "4.5",
            "1e3",
            "0x10",
            "18446744073709551616",
        ] {
            assert_eq!(
                ScalarRule::Lenient.parse_text(Primitive::Integer, bad),
                None,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn floats_in_text_follow_the_json_grammar() {
        for good in ["0.5", "1e3", "-2", "3.25E-2"] {
            assert!(
                ScalarRule::Lenient
                    .parse_text(Primitive::Float, good)
                    .is_some(),
                "{good:?}"
            );
        }
        for bad in [".5", "5.", "inf", "NaN", "+1", " 1", "1e999", "01", ""] {
            assert_eq!(
                ScalarRule::Lenient.parse_text(Primitive::Float, bad),
                None,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn booleans_in_text_ignore_case_only_when_lenient() {
        for (text, value) in [("true", true), ("True", true), ("FALSE", false)] {
            assert_eq!(
                ScalarRule::Lenient.parse_text(Primitive::Boolean, text),
                Some(Value::Bool(value))
            );
        }
        for bad in ["Flase", "1", "0", "yes", " true", ""] {
            assert_eq!(
                ScalarRule::Lenient.parse_text(Primitive::Boolean, bad),
                None,
                "{bad:?}"
            );
        }
        assert_eq!(
            ScalarRule::Strict.parse_text(Primitive::Boolean, "True"),
            None
        );
        assert_eq!(
            ScalarRule::Strict.parse_text(Primitive::Boolean, "true"),
            Some(Value::Bool(true))
        );
    }

    #[test]
    fn json_alternative_forms_are_lossless_only() {
        let lenient = |primitive, value| ScalarRule::Lenient.fits(primitive, &value);
        let strict = |primitive, value| ScalarRule::Strict.fits(primitive, &value);
        assert!(lenient(Primitive::Integer, json!("2000")));
        assert!(!strict(Primitive::Integer, json!("2000")));
        assert!(!lenient(Primitive::Integer, json!("4.5")));
        assert!(!lenient(Primitive::Integer, json!(4.5)));
        assert!(lenient(Primitive::Float, json!("0.5")));
        assert!(lenient(Primitive::Boolean, json!("True")));
        assert!(!lenient(Primitive::Boolean, json!(1)));
        assert!(!lenient(Primitive::Boolean, json!("Flase")));
        assert!(lenient(Primitive::String, json!(1528600)));
        assert_eq!(
            ScalarRule::Lenient.check(Primitive::String, &json!(1528600)),
            Fit::Converted(json!("1528600"))
        );
        assert_eq!(
            ScalarRule::Lenient.check(Primitive::Integer, &json!("2000")),
            Fit::Converted(json!(2000))
        );
        assert_eq!(
            ScalarRule::Lenient.check(Primitive::Boolean, &json!("True")),
            Fit::Converted(json!(true))
        );
        assert!(lenient(Primitive::String, json!(true)));
        assert!(!lenient(Primitive::String, json!(1.5)));
        assert!(!strict(Primitive::String, json!(1528600)));
        for primitive in [Primitive::Integer, Primitive::String, Primitive::Boolean] {
            assert!(!lenient(primitive, json!([])));
            assert!(!lenient(primitive, json!({})));
        }
    }
}
