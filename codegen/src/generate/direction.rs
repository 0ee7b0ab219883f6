//! Which way each generated type travels: in requests, in responses, or both. The one
//! source of truth for which impls a type gets:
//!
//! | direction | `Serialize` | `Deserialize` (lenient `Fields`) | `Validate` |
//! |---|---|---|---|
//! | [`Request`](Direction::Request): a request, or a data structure only requests reach | always | with `test-util` | yes |
//! | [`Response`](Direction::Response): a response, or a data structure only responses reach | with `test-util` | always | no |
//! | [`Both`](Direction::Both): a data structure requests and responses reach | always | always | yes |
//!
//! The SDK encodes requests and decodes responses; the other direction is for test doubles
//! (reading a sent request back, answering with a typed response), compiled only with
//! ecm-sdk's `test-util` feature. `Validate` checks required parameters before a request is
//! sent, so only types requests reach need it.
//!
//! A data structure's direction is that of the actions' inputs and outputs that reach it,
//! directly or through other data structures. A data structure no action reaches (none in
//! the real spec) is public API all the same, so it gets [`Both`](Direction::Both).

use std::collections::BTreeMap;

use ecm_spec::{Field, Spec, TypeRef};

/// See the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Sent only: `Serialize` and `Validate`; `Deserialize` with `test-util`.
    Request,
    /// Received only: `Deserialize`; `Serialize` with `test-util`.
    Response,
    /// Sent and received: `Serialize`, `Deserialize` and `Validate`.
    Both,
}

/// Whether, and under which condition, generated code implements a trait.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum SerdeUse {
    /// Not at all.
    #[default]
    None,
    /// Only in items compiled with the `test-util` feature.
    TestUtil,
    /// In items compiled always.
    Always,
}

impl SerdeUse {
    /// Records one more item using the trait under `used`: the file needs it as widely as its
    /// widest use.
    pub(crate) fn record(&mut self, used: SerdeUse) {
        *self = (*self).max(used);
    }
}

impl Direction {
    /// When the type implements `Serialize`.
    pub(crate) fn serialize(self) -> SerdeUse {
        match self {
            Direction::Request | Direction::Both => SerdeUse::Always,
            Direction::Response => SerdeUse::TestUtil,
        }
    }

    /// When the type implements `Deserialize` (and the lenient `Fields`).
    pub(crate) fn deserialize(self) -> SerdeUse {
        match self {
            Direction::Response | Direction::Both => SerdeUse::Always,
            Direction::Request => SerdeUse::TestUtil,
        }
    }

    /// Whether the type implements `Validate`.
    pub(crate) fn validate(self) -> bool {
        matches!(self, Direction::Request | Direction::Both)
    }
}

/// The direction of every data structure of `spec`, by documented name.
pub(crate) fn of_data_types(spec: &Spec) -> BTreeMap<&str, Direction> {
    // (reached from requests, reached from responses)
    let mut reached: BTreeMap<&str, (bool, bool)> = spec
        .data_types
        .iter()
        .map(|data_type| (data_type.name.as_str(), (false, false)))
        .collect();
    for action in &spec.actions {
        mark(spec, &action.inputs, &mut reached, |seen| &mut seen.0);
        mark(spec, &action.outputs, &mut reached, |seen| &mut seen.1);
    }
    reached
        .into_iter()
        .map(|(name, seen)| {
            let direction = match seen {
                (true, false) => Direction::Request,
                (false, true) => Direction::Response,
                (true, true) | (false, false) => Direction::Both,
            };
            (name, direction)
        })
        .collect()
}

/// Marks (with `flag`) every data structure `fields` reach, transitively.
fn mark<'s>(
    spec: &'s Spec,
    fields: &'s [Field],
    reached: &mut BTreeMap<&'s str, (bool, bool)>,
    flag: fn(&mut (bool, bool)) -> &mut bool,
) {
    let mut stack: Vec<&'s Field> = fields.iter().collect();
    while let Some(field) = stack.pop() {
        let TypeRef::Struct(name) = field.ty.element() else {
            continue;
        };
        let Some(seen) = reached.get_mut(name.as_str()) else {
            // An unknown type; the model reports it.
            continue;
        };
        if std::mem::replace(flag(seen), true) {
            continue;
        }
        if let Some(data_type) = spec.data_type(name) {
            stack.extend(&data_type.members);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Spec {
        Spec::from_json(include_str!("../../tests/fixtures/mini.json")).expect("fixture parses")
    }

    #[test]
    fn directions_follow_the_inputs_and_outputs_that_reach_a_structure() {
        let spec = spec();
        let directions = of_data_types(&spec);
        let of = |name: &str| directions[name];
        // Inputs only: `Filters`, and through `SecurityGroupPolicySet` its policies.
        assert_eq!(of("Filter"), Direction::Request);
        assert_eq!(of("SecurityGroupPolicySet"), Direction::Request);
        assert_eq!(of("SecurityGroupPolicy"), Direction::Request);
        assert_eq!(of("ZoneInstanceCountISP"), Direction::Request);
        // Outputs only, also two levels down (`Node` → `ZoneInfo`, `ISP`).
        assert_eq!(of("Instance"), Direction::Response);
        assert_eq!(of("Node"), Direction::Response);
        assert_eq!(of("ZoneInfo"), Direction::Response);
        assert_eq!(of("ISP"), Direction::Response);
        assert_eq!(of("Subnet"), Direction::Response);
        // A `RunInstances` input, and a member of `DescribeInstances`' `Instance`.
        assert_eq!(of("SystemDisk"), Direction::Both);
        assert_eq!(directions.len(), spec.data_types.len());
    }

    #[test]
    fn a_structure_no_action_reaches_gets_both_directions() {
        let mut spec = spec();
        spec.actions
            .retain(|action| action.name != "CreateSecurityGroupPolicies");
        let directions = of_data_types(&spec);
        assert_eq!(directions["SecurityGroupPolicySet"], Direction::Both);
        assert_eq!(directions["SecurityGroupPolicy"], Direction::Both);
        assert_eq!(directions["Filter"], Direction::Request);
    }

    #[test]
    fn impls_follow_the_direction() {
        use SerdeUse::{Always, TestUtil};
        assert_eq!(
            (
                Direction::Request.serialize(),
                Direction::Request.deserialize(),
                Direction::Request.validate()
            ),
            (Always, TestUtil, true)
        );
        assert_eq!(
            (
                Direction::Response.serialize(),
                Direction::Response.deserialize(),
                Direction::Response.validate()
            ),
            (TestUtil, Always, false)
        );
        assert_eq!(
            (
                Direction::Both.serialize(),
                Direction::Both.deserialize(),
                Direction::Both.validate()
            ),
            (Always, Always, true)
        );
    }
}
