//! The spec (the documentation, machine-readable) and the examples in it that contradict the
//! documentation's own types.

use std::sync::OnceLock;

use ecm_spec::Spec;
use serde_json::Value;

/// The embedded `spec/ecm.json`, parsed once per test binary.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::embedded().expect("the embedded spec/ecm.json parses"))
}

/// Which half of an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The input example (request parameters).
    Input,
    /// The output example (the `Response` object).
    Output,
}

/// A documented example value that contradicts the documented type of its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inconsistency {
    /// The action.
    pub action: &'static str,
    /// 0-based example index.
    pub example: usize,
    /// Input or output.
    pub side: Side,
    /// JSON pointer into the example's input or output object.
    pub pointer: &'static str,
    /// The value as printed (JSON).
    pub printed: &'static str,
    /// The value the documented type calls for (JSON).
    pub corrected: &'static str,
}

impl Inconsistency {
    /// The printed value.
    pub fn printed(&self) -> Value {
        serde_json::from_str(self.printed).expect("a JSON literal")
    }

    /// The corrected value.
    pub fn corrected(&self) -> Value {
        serde_json::from_str(self.corrected).expect("a JSON literal")
    }
}

/// The documentation's examples that contradict its own types (the list of
/// `spec/README.md`, "Inconsistencies of the docs"). The suites send and decode the corrected
/// examples, and test the printed ones explicitly.
pub const INCONSISTENCIES: &[Inconsistency] = &[
    // `LoadBalancerInternetAccessible.InternetMaxBandwidthOut` is documented as Integer; the
    // JSON example quotes it.
    Inconsistency {
        action: "CreateLoadBalancer",
        example: 0,
        side: Side::Input,
        pointer: "/InternetAccessible/InternetMaxBandwidthOut",
        printed: r#""2000""#,
        corrected: "2000",
    },
    // `SecurityGroup.IsDefault` is documented as Boolean.
    Inconsistency {
        action: "DescribeSecurityGroups",
        example: 0,
        side: Side::Output,
        pointer: "/SecurityGroupSet/0/IsDefault",
        printed: r#""true""#,
        corrected: "true",
    },
    // `TaskOutput.TaskId` is documented as String.
    Inconsistency {
        action: "DescribeTaskStatus",
        example: 0,
        side: Side::Output,
        pointer: "/TaskSet/0/TaskId",
        printed: "1528600",
        corrected: r#""1528600""#,
    },
    // `ZoneInfo.ZoneId` is documented as Integer.
    Inconsistency {
        action: "DescribeMonthPeakNetwork",
        example: 0,
        side: Side::Output,
        pointer: "/MonthNetWorkData/0/ZoneInfo/ZoneId",
        printed: r#""490001""#,
        corrected: "490001",
    },
];

/// The inconsistencies of one example side.
pub fn inconsistencies(
    action: &str,
    example: usize,
    side: Side,
) -> impl Iterator<Item = &'static Inconsistency> {
    INCONSISTENCIES.iter().filter(move |known| {
        known.action == action && known.example == example && known.side == side
    })
}

/// The example side with its listed inconsistencies corrected. Fails when a listed value is no
/// longer printed as listed (the docs or the extractor changed: update the list).
pub fn corrected(
    action: &str,
    example: usize,
    side: Side,
    printed: &Value,
) -> Result<Value, String> {
    let mut value = printed.clone();
    for known in inconsistencies(action, example, side) {
        match value.pointer_mut(known.pointer) {
            Some(slot) if *slot == known.printed() => *slot = known.corrected(),
            other => {
                return Err(format!(
                    "{action} example {example} {side:?} {}: listed as printing {} but holds {other:?}",
                    known.pointer, known.printed
                ));
            }
        }
    }
    Ok(value)
}
