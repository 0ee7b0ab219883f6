//! Serialising whole structures: the one implementation every generated `Serialize` impl
//! calls, so that each impl is just the structure's list of members.
//!
//! A generated structure serialises as
//!
//! ```text
//! crate::encode::structure(serializer, "Placement")
//!     .member("Zone", &self.zone)
//!     .member("ProjectId", &self.project_id)
//!     .end()
//! ```
//!
//! which does what `#[derive(Serialize)]` did with `#[serde(rename = "…",
//! skip_serializing_if = "Option::is_none")]` on every field: `serialize_struct` with the
//! structure's Rust name and the number of members that are `Some`, then, in declaration
//! order, `serialize_field(wire name, &Option<T>)` for each `Some` member and `skip_field` for
//! each `None`, then `end`. (The count matters: `serde_json` prints `{}` at once for a
//! struct announced with no fields, and length-prefixed formats write it.) The `member` calls
//! only collect the members, as a nested pair per member that keeps each member's own type
//! (nothing is boxed or erased); `end` counts and serialises them.
//!
//! Decoding is `crate::lenient::structure`'s job.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

/// Starts serialising a structure named `name` (its Rust name) with `serializer`; add its
/// members in declaration order with [`Structure::member`], then call [`Structure::end`].
pub(crate) fn structure<S: Serializer>(serializer: S, name: &'static str) -> Structure<S, ()> {
    Structure {
        serializer,
        name,
        members: (),
    }
}

/// A structure being serialised: its name and the members collected so far.
#[must_use = "nothing is serialised until `end`"]
pub(crate) struct Structure<S, M> {
    serializer: S,
    name: &'static str,
    members: M,
}

impl<S: Serializer, M: Members> Structure<S, M> {
    /// Adds the member with wire name `wire`.
    pub(crate) fn member<'a, T: Serialize>(
        self,
        wire: &'static str,
        value: &'a Option<T>,
    ) -> Structure<S, (M, Member<'a, T>)> {
        Structure {
            serializer: self.serializer,
            name: self.name,
            members: (self.members, (wire, value)),
        }
    }

    /// Serialises the structure (see the module docs).
    pub(crate) fn end(self) -> Result<S::Ok, S::Error> {
        let mut state = self
            .serializer
            .serialize_struct(self.name, self.members.present())?;
        self.members.serialize_into(&mut state)?;
        state.end()
    }
}

/// One member: its wire name and its field.
type Member<'a, T> = (&'static str, &'a Option<T>);

/// The members collected so far: `()`, or the earlier members paired with the last one.
pub(crate) trait Members {
    /// How many members are `Some`.
    fn present(&self) -> usize;
    /// Serialises the `Some` members and skips the others, in order.
    fn serialize_into<S: SerializeStruct>(&self, state: &mut S) -> Result<(), S::Error>;
}

impl Members for () {
    fn present(&self) -> usize {
        0
    }

    fn serialize_into<S: SerializeStruct>(&self, _state: &mut S) -> Result<(), S::Error> {
        Ok(())
    }
}

impl<M: Members, T: Serialize> Members for (M, Member<'_, T>) {
    fn present(&self) -> usize {
        self.0.present() + usize::from(self.1.1.is_some())
    }

    /// The earlier members, then this one as the derive serialised it: the whole `Option`
    /// when it is `Some`, a skipped field when it is `None`.
    fn serialize_into<S: SerializeStruct>(&self, state: &mut S) -> Result<(), S::Error> {
        self.0.serialize_into(state)?;
        let (wire, value) = self.1;
        if value.is_some() {
            state.serialize_field(wire, value)
        } else {
            state.skip_field(wire)
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde_json::json;

    use super::structure;

    /// A structure with every kind of member a generated one has, serialised through
    /// `structure` as the generator writes it.
    #[derive(Default)]
    struct Ours {
        name: Option<String>,
        count: Option<i64>,
        ratio: Option<f64>,
        flag: Option<bool>,
        names: Option<Vec<String>>,
        inner: Option<Inner>,
        inners: Option<Vec<Inner>>,
        boxed: Option<Box<Inner>>,
    }

    #[derive(Default, Clone)]
    struct Inner {
        zone: Option<String>,
    }

    impl Serialize for Ours {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            structure(serializer, "Ours")
                .member("Name", &self.name)
                .member("Count", &self.count)
                .member("Ratio", &self.ratio)
                .member("Flag", &self.flag)
                .member("Names", &self.names)
                .member("Inner", &self.inner)
                .member("Inners", &self.inners)
                .member("Boxed", &self.boxed)
                .end()
        }
    }

    impl Serialize for Inner {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            structure(serializer, "Inner")
                .member("Zone", &self.zone)
                .end()
        }
    }

    /// What the generator emitted before: the derive with `rename` and
    /// `skip_serializing_if = "Option::is_none"` on every field.
    mod derived {
        use serde::Serialize;

        #[derive(Serialize)]
        pub(super) struct Ours {
            #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
            pub(super) name: Option<String>,
            #[serde(rename = "Count", skip_serializing_if = "Option::is_none")]
            pub(super) count: Option<i64>,
            #[serde(rename = "Ratio", skip_serializing_if = "Option::is_none")]
            pub(super) ratio: Option<f64>,
            #[serde(rename = "Flag", skip_serializing_if = "Option::is_none")]
            pub(super) flag: Option<bool>,
            #[serde(rename = "Names", skip_serializing_if = "Option::is_none")]
            pub(super) names: Option<Vec<String>>,
            #[serde(rename = "Inner", skip_serializing_if = "Option::is_none")]
            pub(super) inner: Option<Inner>,
            #[serde(rename = "Inners", skip_serializing_if = "Option::is_none")]
            pub(super) inners: Option<Vec<Inner>>,
            #[serde(rename = "Boxed", skip_serializing_if = "Option::is_none")]
            pub(super) boxed: Option<Box<Inner>>,
        }

        #[derive(Serialize)]
        pub(super) struct Inner {
            #[serde(rename = "Zone", skip_serializing_if = "Option::is_none")]
            pub(super) zone: Option<String>,
        }

        #[derive(Serialize)]
        pub(super) struct Empty {}
    }

    fn derived(ours: &Ours) -> derived::Ours {
        let inner = |inner: &Inner| derived::Inner {
            zone: inner.zone.clone(),
        };
        derived::Ours {
            name: ours.name.clone(),
            count: ours.count,
            ratio: ours.ratio,
            flag: ours.flag,
            names: ours.names.clone(),
            inner: ours.inner.as_ref().map(inner),
            inners: ours
                .inners
                .as_ref()
                .map(|inners| inners.iter().map(inner).collect()),
            boxed: ours.boxed.as_deref().map(|boxed| Box::new(inner(boxed))),
        }
    }

    fn cases() -> Vec<Ours> {
        let zone = |zone: &str| Inner {
            zone: Some(zone.to_owned()),
        };
        vec![
            Ours::default(),
            Ours {
                name: Some("n".into()),
                ..Ours::default()
            },
            Ours {
                boxed: Some(Box::new(zone("z"))),
                ..Ours::default()
            },
            Ours {
                name: Some("n".into()),
                count: Some(-3),
                ratio: Some(0.5),
                flag: Some(false),
                names: Some(vec!["a".into(), "b".into()]),
                inner: Some(Inner::default()),
                inners: Some(vec![zone("a"), Inner::default(), zone("b")]),
                boxed: Some(Box::new(zone("c"))),
            },
            Ours {
                count: Some(0),
                names: Some(Vec::new()),
                inners: Some(Vec::new()),
                ..Ours::default()
            },
        ]
    }

    #[test]
    fn json_is_what_the_derive_wrote() {
        for ours in cases() {
            let reference = derived(&ours);
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&reference).unwrap()
            );
            assert_eq!(
                serde_json::to_string_pretty(&ours).unwrap(),
                serde_json::to_string_pretty(&reference).unwrap()
            );
            assert_eq!(
                serde_json::to_value(&ours).unwrap(),
                serde_json::to_value(&reference).unwrap()
            );
        }
        // Absent members are left out, present ones keep the declaration order.
        let text = serde_json::to_string(&cases()[3]).unwrap();
        assert_eq!(
            text,
            r#"{"Name":"n","Count":-3,"Ratio":0.5,"Flag":false,"Names":["a","b"],"Inner":{},"Inners":[{"Zone":"a"},{},{"Zone":"b"}],"Boxed":{"Zone":"c"}}"#
        );
        assert_eq!(serde_json::to_string(&cases()[0]).unwrap(), "{}");
    }

    #[test]
    fn a_structure_without_members_is_an_empty_object() {
        struct Empty;
        impl Serialize for Empty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                structure(serializer, "Empty").end()
            }
        }
        assert_eq!(
            serde_json::to_string(&Empty).unwrap(),
            serde_json::to_string(&derived::Empty {}).unwrap()
        );
        assert_eq!(serde_json::to_value(&Empty).unwrap(), json!({}));
    }

    /// A generated request, end to end: its wire names, in its declaration order.
    #[test]
    fn generated_structures_serialise_under_their_wire_names() {
        use crate::actions::DescribeNodeRequest;
        use crate::types::Filter;

        let mut request = DescribeNodeRequest::new();
        request.filters = Some(vec![
            Filter::new().name("zone").values(["a", "b"]),
            Filter::new(),
        ]);
        assert_eq!(
            serde_json::to_value(&request).unwrap(),
            json!({"Filters": [{"Name": "zone", "Values": ["a", "b"]}, {}]})
        );
        assert_eq!(
            serde_json::to_string(&DescribeNodeRequest::new()).unwrap(),
            "{}"
        );
    }
}
