//! Flattened parameters: any `Serialize` request as `Name.0.Field=value` pairs.
//!
//! GET requests and v1-signed requests carry parameters as flat name/value pairs. The
//! documented flattening: a list is indexed from 0 (`InstanceIds.0`, `InstanceIds.1`), a
//! nested structure's fields are joined with dots (`Filters.0.Values.1`), booleans are
//! `true`/`false`, numbers decimal, and absent (`None`) fields are left out. An empty list
//! or structure produces nothing.
//!
//! Shapes without a flat form are errors, never panics: a scalar or list at the top level,
//! map keys that are not strings, byte arrays, non-finite floats and enum variants that
//! carry data.

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

/// A request that cannot be flattened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParamsError(String);

impl fmt::Display for ParamsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ParamsError {}

impl ser::Error for ParamsError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ParamsError(msg.to_string())
    }
}

/// Flattens `value` (a struct or a map with string keys) into parameters, in field order.
#[cfg(test)]
pub(crate) fn to_params<T: Serialize + ?Sized>(
    value: &T,
) -> Result<Vec<(String, String)>, ParamsError> {
    to_flat_params(value).map(FlatParams::into_pairs)
}

/// Flattens `value` like `to_params`, into one buffer: the form the client sends.
pub(crate) fn to_flat_params<T: Serialize + ?Sized>(value: &T) -> Result<FlatParams, ParamsError> {
    let mut flattener = Flattener {
        out: FlatParams::with_capacity(512, 16),
        key: String::with_capacity(64),
    };
    value.serialize(Top(&mut flattener))?;
    Ok(flattener.out)
}

/// Flattened parameters, names and values back to back in one string.
///
/// A request with a few lists easily has a hundred parameters; as separate `String`s they
/// cost two allocations each, more than the flattening itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FlatParams {
    text: String,
    /// Per parameter, where its name and its value end in `text`; the name starts where
    /// the previous value ends.
    ends: Vec<(usize, usize)>,
}

impl FlatParams {
    pub(crate) fn with_capacity(bytes: usize, params: usize) -> Self {
        FlatParams {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(params),
        }
    }

    /// Appends a parameter.
    pub(crate) fn push(&mut self, name: &str, value: &str) {
        self.text.push_str(name);
        let name_end = self.text.len();
        self.text.push_str(value);
        self.ends.push((name_end, self.text.len()));
    }

    /// Appends a parameter whose value is written by `write` (into the end of the text).
    fn push_with(&mut self, name: &str, write: impl FnOnce(&mut String)) {
        self.text.push_str(name);
        let name_end = self.text.len();
        write(&mut self.text);
        self.ends.push((name_end, self.text.len()));
    }

    /// The parameters, in order.
    pub(crate) fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &str)> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&(name_end, value_end)| {
            let pair = (&self.text[start..name_end], &self.text[name_end..value_end]);
            start = value_end;
            pair
        })
    }

    /// The parameters as a slice-friendly list of borrowed pairs.
    pub(crate) fn pairs(&self) -> Vec<(&str, &str)> {
        self.iter().collect()
    }

    /// The parameters as owned pairs.
    #[cfg(test)]
    pub(crate) fn into_pairs(self) -> Vec<(String, String)> {
        self.iter()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    }
}

struct Flattener {
    out: FlatParams,
    /// The name of the value being serialised, e.g. `Filters.0.Name`.
    key: String,
}

impl Flattener {
    fn emit(&mut self, value: &str) {
        self.out.push(&self.key, value);
    }

    fn emit_display(&mut self, value: impl fmt::Display) {
        self.out.push_with(&self.key, |text| {
            // Writing to a String cannot fail.
            let _ = fmt::Write::write_fmt(text, format_args!("{value}"));
        });
    }

    fn here(&self) -> String {
        if self.key.is_empty() {
            "the top level".to_owned()
        } else {
            format!("`{}`", self.key)
        }
    }

    fn unsupported(&self, what: &str) -> ParamsError {
        ParamsError(format!(
            "{what} at {} has no flattened-parameter form",
            self.here()
        ))
    }

    /// Appends a name segment, returning the length to truncate back to.
    fn enter(&mut self, segment: &str) -> usize {
        let mark = self.key.len();
        if !self.key.is_empty() {
            self.key.push('.');
        }
        self.key.push_str(segment);
        mark
    }

    fn enter_index(&mut self, index: usize) -> usize {
        let mark = self.key.len();
        self.key.push('.');
        // Decimal digits by hand: `write!` costs more than the rest of a short parameter
        // (a list of 64 strings spent a fifth of its flattening time in `fmt`).
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = index;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            self.key.push(char::from(digit));
        }
        mark
    }
}

/// Accepts only a struct or a map: the request itself.
struct Top<'a>(&'a mut Flattener);

macro_rules! top_level_rejects {
    ($($method:ident($($ty:ty),*) => $what:literal;)*) => {
        $(
            fn $method(self, $(_: $ty),*) -> Result<(), ParamsError> {
                Err(self.0.unsupported($what))
            }
        )*
    };
}

impl<'a> ser::Serializer for Top<'a> {
    type Ok = ();
    type Error = ParamsError;
    type SerializeSeq = Impossible<(), ParamsError>;
    type SerializeTuple = Impossible<(), ParamsError>;
    type SerializeTupleStruct = Impossible<(), ParamsError>;
    type SerializeTupleVariant = Impossible<(), ParamsError>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), ParamsError>;

    top_level_rejects! {
        serialize_bool(bool) => "a boolean";
        serialize_i8(i8) => "a number";
        serialize_i16(i16) => "a number";
        serialize_i32(i32) => "a number";
        serialize_i64(i64) => "a number";
        serialize_i128(i128) => "a number";
        serialize_u8(u8) => "a number";
        serialize_u16(u16) => "a number";
        serialize_u32(u32) => "a number";
        serialize_u64(u64) => "a number";
        serialize_u128(u128) => "a number";
        serialize_f32(f32) => "a number";
        serialize_f64(f64) => "a number";
        serialize_char(char) => "a string";
        serialize_str(&str) => "a string";
        serialize_bytes(&[u8]) => "a byte array";
        serialize_unit() => "a unit value";
        serialize_unit_struct(&'static str) => "a unit struct";
        serialize_unit_variant(&'static str, u32, &'static str) => "an enum variant";
    }

    fn serialize_none(self) -> Result<(), ParamsError> {
        Err(self.0.unsupported("an absent value"))
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), ParamsError> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), ParamsError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), ParamsError> {
        Err(self.0.unsupported("an enum variant with data"))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, ParamsError> {
        Err(self.0.unsupported("a list"))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, ParamsError> {
        Err(self.0.unsupported("a tuple"))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, ParamsError> {
        Err(self.0.unsupported("a tuple struct"))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, ParamsError> {
        Err(self.0.unsupported("an enum variant with data"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, ParamsError> {
        Err(self.0.unsupported("an enum variant with data"))
    }
}

/// Serialises one value at the current name.
struct Value<'a>(&'a mut Flattener);

macro_rules! emit_display {
    ($($method:ident($ty:ty);)*) => {
        $(
            fn $method(self, value: $ty) -> Result<(), ParamsError> {
                self.0.emit_display(value);
                Ok(())
            }
        )*
    };
}

impl<'a> ser::Serializer for Value<'a> {
    type Ok = ();
    type Error = ParamsError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Impossible<(), ParamsError>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), ParamsError>;

    emit_display! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_i128(i128);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_u128(u128);
        serialize_char(char);
    }

    fn serialize_str(self, value: &str) -> Result<(), ParamsError> {
        self.0.emit(value);
        Ok(())
    }

    fn serialize_f32(self, value: f32) -> Result<(), ParamsError> {
        if !value.is_finite() {
            return Err(self.0.unsupported("a non-finite number"));
        }
        self.0.emit_display(value);
        Ok(())
    }

    fn serialize_f64(self, value: f64) -> Result<(), ParamsError> {
        if !value.is_finite() {
            return Err(self.0.unsupported("a non-finite number"));
        }
        self.0.emit_display(value);
        Ok(())
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result<(), ParamsError> {
        Err(self.0.unsupported("a byte array"))
    }

    fn serialize_none(self) -> Result<(), ParamsError> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), ParamsError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), ParamsError> {
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), ParamsError> {
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), ParamsError> {
        self.0.emit(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), ParamsError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), ParamsError> {
        Err(self.0.unsupported("an enum variant with data"))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, ParamsError> {
        Err(self.0.unsupported("an enum variant with data"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, ParamsError> {
        Ok(Compound::new(self.0))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, ParamsError> {
        Err(self.0.unsupported("an enum variant with data"))
    }
}

/// A list, structure or map being serialised: children get `.N` or `.Name` appended.
struct Compound<'a> {
    flattener: &'a mut Flattener,
    next_index: usize,
    /// For maps: where the pending key's segment starts (set by `serialize_key`).
    pending_key_mark: Option<usize>,
}

impl<'a> Compound<'a> {
    fn new(flattener: &'a mut Flattener) -> Self {
        Compound {
            flattener,
            next_index: 0,
            pending_key_mark: None,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ParamsError> {
        let mark = self.flattener.enter_index(self.next_index);
        self.next_index += 1;
        let result = value.serialize(Value(self.flattener));
        self.flattener.key.truncate(mark);
        result
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), ParamsError> {
        let mark = self.flattener.enter(name);
        let result = value.serialize(Value(self.flattener));
        self.flattener.key.truncate(mark);
        result
    }
}

/// Lists, tuples and tuple structs: each element gets the next `.N` (one implementation
/// for the three traits, which differ only in their method's name).
macro_rules! indexed_compound {
    ($($serialize_trait:ident::$method:ident),* $(,)?) => {
        $(
            impl ser::$serialize_trait for Compound<'_> {
                type Ok = ();
                type Error = ParamsError;

                fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ParamsError> {
                    self.element(value)
                }

                fn end(self) -> Result<(), ParamsError> {
                    Ok(())
                }
            }
        )*
    };
}

indexed_compound![
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
];

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = ParamsError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), ParamsError> {
        self.field(name, value)
    }

    fn end(self) -> Result<(), ParamsError> {
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = ParamsError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), ParamsError> {
        let name = key.serialize(MapKey)?;
        if name.is_empty() || name.contains(['.', '&', '=']) {
            return Err(ParamsError(format!(
                "map key {name:?} at {} cannot be a parameter name",
                self.flattener.here()
            )));
        }
        self.pending_key_mark = Some(self.flattener.enter(&name));
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ParamsError> {
        let mark = self
            .pending_key_mark
            .take()
            .ok_or_else(|| ParamsError("map value without a key".to_owned()))?;
        let result = value.serialize(Value(self.flattener));
        self.flattener.key.truncate(mark);
        result
    }

    fn end(self) -> Result<(), ParamsError> {
        Ok(())
    }
}

/// Accepts string-like map keys only.
struct MapKey;

macro_rules! key_rejects {
    ($($method:ident($($ty:ty),*);)*) => {
        $(
            fn $method(self, $(_: $ty),*) -> Result<String, ParamsError> {
                Err(non_string_key())
            }
        )*
    };
}

fn non_string_key() -> ParamsError {
    ParamsError("map keys must be strings to form parameter names".to_owned())
}

impl ser::Serializer for MapKey {
    type Ok = String;
    type Error = ParamsError;
    type SerializeSeq = Impossible<String, ParamsError>;
    type SerializeTuple = Impossible<String, ParamsError>;
    type SerializeTupleStruct = Impossible<String, ParamsError>;
    type SerializeTupleVariant = Impossible<String, ParamsError>;
    type SerializeMap = Impossible<String, ParamsError>;
    type SerializeStruct = Impossible<String, ParamsError>;
    type SerializeStructVariant = Impossible<String, ParamsError>;

    key_rejects! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_i128(i128);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_u128(u128);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_bytes(&[u8]);
        serialize_unit();
        serialize_none();
        serialize_unit_struct(&'static str);
    }

    fn serialize_char(self, value: char) -> Result<String, ParamsError> {
        Ok(value.to_string())
    }

    fn serialize_str(self, value: &str) -> Result<String, ParamsError> {
        Ok(value.to_owned())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<String, ParamsError> {
        Ok(variant.to_owned())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<String, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<String, ParamsError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<String, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, ParamsError> {
        Err(non_string_key())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, ParamsError> {
        Err(non_string_key())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[derive(Serialize)]
    struct Filter {
        #[serde(rename = "Name")]
        name: Option<String>,
        #[serde(rename = "Values")]
        values: Option<Vec<String>>,
    }

    #[derive(Serialize)]
    struct Placement {
        #[serde(rename = "Zone")]
        zone: Option<String>,
    }

    #[derive(Serialize)]
    enum Kind {
        #[serde(rename = "PREPAID")]
        Prepaid,
    }

    #[derive(Serialize)]
    struct Request {
        #[serde(rename = "InstanceIds")]
        instance_ids: Option<Vec<String>>,
        #[serde(rename = "Filters")]
        filters: Option<Vec<Filter>>,
        #[serde(rename = "Placement")]
        placement: Option<Placement>,
        #[serde(rename = "Limit")]
        limit: Option<i64>,
        #[serde(rename = "DryRun")]
        dry_run: Option<bool>,
        #[serde(rename = "Ratio")]
        ratio: Option<f64>,
        #[serde(rename = "ChargeType")]
        kind: Option<Kind>,
        #[serde(rename = "Missing", skip_serializing_if = "Option::is_none")]
        missing: Option<String>,
        #[serde(rename = "AlsoMissing")]
        also_missing: Option<String>,
    }

    #[test]
    fn flattens_lists_nested_structures_and_scalars() {
        let request = Request {
            instance_ids: Some(vec!["ins-1".into(), "ins-2".into()]),
            filters: Some(vec![
                Filter {
                    name: Some("zone".into()),
                    values: Some(vec!["ap-a".into(), "ap-b".into()]),
                },
                Filter {
                    name: Some("state".into()),
                    values: None,
                },
            ]),
            placement: Some(Placement {
                zone: Some("ap-guangzhou-3".into()),
            }),
            limit: Some(-20),
            dry_run: Some(false),
            ratio: Some(0.5),
            kind: Some(Kind::Prepaid),
            missing: None,
            also_missing: None,
        };
        assert_eq!(
            to_params(&request).unwrap(),
            pairs(&[
                ("InstanceIds.0", "ins-1"),
                ("InstanceIds.1", "ins-2"),
                ("Filters.0.Name", "zone"),
                ("Filters.0.Values.0", "ap-a"),
                ("Filters.0.Values.1", "ap-b"),
                ("Filters.1.Name", "state"),
                ("Placement.Zone", "ap-guangzhou-3"),
                ("Limit", "-20"),
                ("DryRun", "false"),
                ("Ratio", "0.5"),
                ("ChargeType", "PREPAID"),
            ])
        );
    }

    #[test]
    fn flat_params_keep_names_and_values_apart() {
        let mut params = FlatParams::default();
        params.push("A", "1");
        params.push("", "");
        params.push("B.0", "x=y&z");
        params.push("中", "");
        assert_eq!(params.iter().len(), 4);
        assert_eq!(
            params.pairs(),
            vec![("A", "1"), ("", ""), ("B.0", "x=y&z"), ("中", "")]
        );
        assert_eq!(
            params.clone().into_pairs(),
            pairs(&[("A", "1"), ("", ""), ("B.0", "x=y&z"), ("中", "")])
        );
        assert!(FlatParams::default().pairs().is_empty());
    }

    #[test]
    fn multi_digit_indices_count_in_decimal() {
        let ids: Vec<String> = (0..123).map(|i| format!("ins-{i}")).collect();
        let params = to_params(&serde_json::json!({ "InstanceIds": ids })).unwrap();
        assert_eq!(params.len(), 123);
        for (i, (name, value)) in params.iter().enumerate() {
            assert_eq!(name, &format!("InstanceIds.{i}"));
            assert_eq!(value, &format!("ins-{i}"));
        }
    }

    #[test]
    fn empty_lists_and_structures_produce_nothing() {
        let request = Request {
            instance_ids: Some(vec![]),
            filters: Some(vec![Filter {
                name: None,
                values: None,
            }]),
            placement: None,
            limit: None,
            dry_run: Some(true),
            ratio: Some(1e21),
            kind: None,
            missing: None,
            also_missing: None,
        };
        assert_eq!(
            to_params(&request).unwrap(),
            pairs(&[("DryRun", "true"), ("Ratio", "1000000000000000000000")])
        );
    }

    #[test]
    fn indexes_beyond_nine_and_deep_nesting() {
        let ids: Vec<u64> = (0..12).collect();
        let value = serde_json::json!({ "Ids": ids, "A": { "B": [{ "C": [[1, 2]] }] } });
        let params = to_params(&value).unwrap();
        assert!(params.contains(&("Ids.11".to_owned(), "11".to_owned())));
        assert!(params.contains(&("A.B.0.C.0.1".to_owned(), "2".to_owned())));
        assert_eq!(params.len(), 14);
    }

    #[test]
    fn json_values_and_string_keyed_maps_flatten() {
        let value = serde_json::json!({
            "Action": "x",
            "Null": null,
            "Nested": { "Flag": true, "Count": 3, "Price": 1.25, "Text": "a b&c=d" },
        });
        // `serde_json::Map` order depends on its `preserve_order` feature: compare sorted.
        let mut params = to_params(&value).unwrap();
        params.sort();
        assert_eq!(
            params,
            pairs(&[
                ("Action", "x"),
                ("Nested.Count", "3"),
                ("Nested.Flag", "true"),
                ("Nested.Price", "1.25"),
                ("Nested.Text", "a b&c=d"),
            ])
        );
        let map: BTreeMap<char, u8> = [('K', 1)].into_iter().collect();
        assert_eq!(to_params(&map).unwrap(), pairs(&[("K", "1")]));
    }

    #[test]
    fn unsupported_shapes_are_errors() {
        let map: BTreeMap<u32, &str> = [(1, "a")].into_iter().collect();
        assert_eq!(
            to_params(&serde_json::json!({ "M": 1 })).map(|p| p.len()),
            Ok(1)
        );
        let error = to_params(&map).unwrap_err();
        assert!(
            error.to_string().contains("map keys must be strings"),
            "{error}"
        );

        #[derive(Serialize)]
        struct Nested {
            #[serde(rename = "M")]
            m: BTreeMap<(u8, u8), u8>,
        }
        let nested = Nested {
            m: [((1, 2), 3)].into_iter().collect(),
        };
        assert!(to_params(&nested).is_err());

        let error = to_params(&42).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a number at the top level has no flattened-parameter form"
        );
        assert!(to_params(&vec![1, 2]).is_err());
        assert!(to_params("text").is_err());
        assert!(to_params(&Option::<Request>::None).is_err());

        #[derive(Serialize)]
        struct Floats {
            #[serde(rename = "X")]
            x: f64,
        }
        let error = to_params(&Floats { x: f64::NAN }).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a non-finite number at `X` has no flattened-parameter form"
        );

        #[derive(Serialize)]
        enum WithData {
            Variant(u8),
        }
        #[derive(Serialize)]
        struct HasEnum {
            #[serde(rename = "E")]
            e: WithData,
        }
        assert!(
            to_params(&HasEnum {
                e: WithData::Variant(1)
            })
            .is_err()
        );

        #[derive(Serialize)]
        struct Bytes<'a> {
            #[serde(rename = "B", with = "serde_bytes_like")]
            b: &'a [u8],
        }
        mod serde_bytes_like {
            pub(super) fn serialize<S: serde::Serializer>(
                b: &&[u8],
                s: S,
            ) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(b)
            }
        }
        assert!(to_params(&Bytes { b: b"x" }).is_err());

        let bad_key = serde_json::json!({ "A.B": 1 });
        assert!(to_params(&bad_key).is_err());
    }

    /// A generated request's `Serialize` (the model's one structure encoder) flattens as
    /// serde's derive with `rename` and `skip_serializing_if = "Option::is_none"` on every
    /// field does: compared on a real request with a list of nested structures, `None` members
    /// (top level and nested), an empty list and a value-set member. Not in the golden crate,
    /// whose spec has no `DescribeInstances`.
    #[cfg(not(ecm_golden))]
    #[test]
    fn generated_requests_flatten_as_the_derive_does() {
        use crate::actions::DescribeInstancesRequest;
        use crate::types::{Filter as ModelFilter, OrderDirection};

        #[derive(Serialize)]
        struct TwinFilter {
            #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
            values: Option<Vec<String>>,
            #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
            name: Option<String>,
        }
        #[derive(Serialize)]
        struct Twin {
            #[serde(rename = "Filters", skip_serializing_if = "Option::is_none")]
            filters: Option<Vec<TwinFilter>>,
            #[serde(rename = "Offset", skip_serializing_if = "Option::is_none")]
            offset: Option<i64>,
            #[serde(rename = "Limit", skip_serializing_if = "Option::is_none")]
            limit: Option<i64>,
            #[serde(rename = "OrderByField", skip_serializing_if = "Option::is_none")]
            order_by_field: Option<String>,
            #[serde(rename = "OrderDirection", skip_serializing_if = "Option::is_none")]
            order_direction: Option<i64>,
        }

        let empty = Vec::<String>::new();
        let ours = [
            DescribeInstancesRequest::new(),
            {
                let mut request = DescribeInstancesRequest::new()
                    .limit(20)
                    .order_direction(OrderDirection::Ascending);
                // Raw filters, one without a name and one without values, which the typed
                // filter constructors never build.
                request.filters = Some(vec![
                    ModelFilter::new().name("zone").values(["ap-a", "ap-b"]),
                    ModelFilter::new().values(empty.clone()),
                    ModelFilter::new().name("instance-name"),
                ]);
                request
            },
            DescribeInstancesRequest::new()
                .offset(0)
                .order_by_field("timestamp")
                .order_direction(OrderDirection::Unknown(7)),
        ];
        let twins = [
            Twin {
                filters: None,
                offset: None,
                limit: None,
                order_by_field: None,
                order_direction: None,
            },
            Twin {
                filters: Some(vec![
                    TwinFilter {
                        values: Some(vec!["ap-a".into(), "ap-b".into()]),
                        name: Some("zone".into()),
                    },
                    TwinFilter {
                        values: Some(empty),
                        name: None,
                    },
                    TwinFilter {
                        values: None,
                        name: Some("instance-name".into()),
                    },
                ]),
                offset: None,
                limit: Some(20),
                order_by_field: None,
                order_direction: Some(1),
            },
            Twin {
                filters: None,
                offset: Some(0),
                limit: None,
                order_by_field: Some("timestamp".into()),
                order_direction: Some(7),
            },
        ];
        for (ours, twin) in ours.iter().zip(&twins) {
            let flat = |params: FlatParams| -> Vec<(String, String)> {
                params
                    .iter()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect()
            };
            assert_eq!(
                flat(to_flat_params(ours).unwrap()),
                flat(to_flat_params(twin).unwrap()),
                "{ours:?}"
            );
            assert_eq!(
                serde_json::to_string(ours).unwrap(),
                serde_json::to_string(twin).unwrap()
            );
        }
    }
}
