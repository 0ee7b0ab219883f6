//! Types in the documentation's vocabulary: `String`, `Integer`, `Array of Filter`, …

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A primitive type of the documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Primitive {
    /// `String`.
    String,
    /// `Integer` (the docs use it for both signed and unsigned 64-bit values).
    Integer,
    /// `Boolean`.
    Boolean,
    /// `Float`.
    Float,
    /// `Timestamp`: a string on the wire, e.g. `2020-09-22 00:00:00`.
    Timestamp,
    /// `Timestamp ISO8601`: a string on the wire, e.g. `2020-09-22T00:00:00+00:00`.
    TimestampIso8601,
}

impl Primitive {
    /// Every primitive, in a fixed order.
    pub const ALL: [Primitive; 6] = [
        Primitive::String,
        Primitive::Integer,
        Primitive::Boolean,
        Primitive::Float,
        Primitive::Timestamp,
        Primitive::TimestampIso8601,
    ];

    /// The spelling used by the documentation.
    pub const fn doc_name(self) -> &'static str {
        match self {
            Primitive::String => "String",
            Primitive::Integer => "Integer",
            Primitive::Boolean => "Boolean",
            Primitive::Float => "Float",
            Primitive::Timestamp => "Timestamp",
            Primitive::TimestampIso8601 => "Timestamp ISO8601",
        }
    }

    /// Parses the documentation's spelling.
    pub fn from_doc_name(name: &str) -> Option<Primitive> {
        Primitive::ALL.into_iter().find(|p| p.doc_name() == name)
    }
}

/// A type as the documentation names it.
///
/// Serialised as the documentation's spelling: `"Integer"`, `"Filter"`, `"Array of Filter"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// A primitive.
    Primitive(Primitive),
    /// One object of the named data structure.
    Struct(String),
    /// `Array of X`.
    Array(Box<TypeRef>),
}

/// A type spelling that is not in the documentation's vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRefError {
    spelling: String,
}

impl fmt::Display for TypeRefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a documented type (expected a primitive such as `String`, a data \
             structure name, or `Array of X`)",
            self.spelling
        )
    }
}

impl std::error::Error for TypeRefError {}

impl TypeRef {
    /// Parses a spelling such as `Array of Filter`; whitespace runs count as one space.
    pub fn parse(spelling: &str) -> Result<TypeRef, TypeRefError> {
        let words: Vec<&str> = spelling.split_whitespace().collect();
        let error = || TypeRefError {
            spelling: spelling.to_owned(),
        };
        // Primitive spellings may have several words (`Timestamp ISO8601`).
        if let Some(primitive) = Primitive::from_doc_name(&words.join(" ")) {
            return Ok(TypeRef::Primitive(primitive));
        }
        match words.as_slice() {
            ["Array", "of", rest @ ..] if !rest.is_empty() => Ok(TypeRef::Array(Box::new(
                TypeRef::parse(&rest.join(" ")).map_err(|_| error())?,
            ))),
            [single] if is_struct_name(single) => Ok(TypeRef::Struct((*single).to_owned())),
            _ => Err(error()),
        }
    }

    /// The element type of an array, or the type itself.
    pub fn element(&self) -> &TypeRef {
        match self {
            TypeRef::Array(inner) => inner.element(),
            other => other,
        }
    }

    /// Whether this is `Array of …`.
    pub fn is_array(&self) -> bool {
        matches!(self, TypeRef::Array(_))
    }

    /// The data structure this type refers to, directly or as array element.
    pub fn struct_name(&self) -> Option<&str> {
        match self.element() {
            TypeRef::Struct(name) => Some(name),
            _ => None,
        }
    }
}

/// A data-structure name: an ASCII identifier starting with an uppercase letter, other than
/// the `Array` of `Array of X`.
fn is_struct_name(word: &str) -> bool {
    let mut chars = word.chars();
    word != "Array"
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeRef::Primitive(primitive) => f.write_str(primitive.doc_name()),
            TypeRef::Struct(name) => f.write_str(name),
            TypeRef::Array(inner) => write!(f, "Array of {inner}"),
        }
    }
}

impl Serialize for TypeRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TypeRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spelling = String::deserialize(deserializer)?;
        TypeRef::parse(&spelling).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_spelling_of_the_docs() {
        for spelling in [
            "String",
            "Integer",
            "Boolean",
            "Float",
            "Timestamp",
            "Timestamp ISO8601",
            "Filter",
            "Array of String",
            "Array of ZoneInstanceCountISP",
        ] {
            assert_eq!(TypeRef::parse(spelling).unwrap().to_string(), spelling);
        }
        assert_eq!(
            TypeRef::parse("Array  of\u{a0}Filter").unwrap(),
            TypeRef::Array(Box::new(TypeRef::Struct("Filter".into())))
        );
    }

    #[test]
    fn rejects_what_is_not_a_type() {
        for spelling in [
            "",
            "Array of",
            "string",
            "Array",
            "Filter list",
            "Map<String>",
        ] {
            assert!(TypeRef::parse(spelling).is_err(), "{spelling:?} parsed");
        }
    }

    #[test]
    fn struct_name_sees_through_arrays() {
        let ty = TypeRef::parse("Array of Instance").unwrap();
        assert_eq!(ty.struct_name(), Some("Instance"));
        assert!(ty.is_array());
        assert_eq!(TypeRef::parse("Integer").unwrap().struct_name(), None);
    }
}
