//! Snapshots of representative pieces of the extracted spec, reviewed against the docs.
//!
//! A change to the extractor that alters one of them fails here; review the new snapshot against
//! the docs lines named in each test before accepting it (`INSTA_UPDATE=always cargo test`).

use crate::extract_support::{action, data_type, spec};
use serde::Serialize;

fn pretty(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).expect("spec values serialise")
}

/// DescribeNode, lines 4360-4672: a `Filters.N` input, a nullable list output, one example.
#[test]
fn describe_node() {
    insta::assert_snapshot!(pretty(action("DescribeNode")));
}

/// RunInstances, lines 8796-9336: the largest input table (21 rows, cells over several lines,
/// a page header inside the Password description), the largest error table (60 rows).
#[test]
fn run_instances() {
    insta::assert_snapshot!(pretty(action("RunInstances")));
}

/// CreateSecurityGroupPolicies, lines 28348-28538: the page header inside the API description,
/// nested query keys `SecurityGroupPolicySet.Egress.0.…`.
#[test]
fn create_security_group_policies() {
    insta::assert_snapshot!(pretty(action("CreateSecurityGroupPolicies")));
}

/// AssignPrivateIpAddresses, lines 22653-22840: the truncated input table, completed by
/// `spec/overrides.json`.
#[test]
fn assign_private_ip_addresses() {
    insta::assert_snapshot!(pretty(action("AssignPrivateIpAddresses")));
}

/// Instance, lines 31930-32102: the largest data type (28 members).
#[test]
fn instance() {
    insta::assert_snapshot!(pretty(data_type("Instance")));
}

/// ModuleItem, lines 32739-32747: no table header (T10), name = type = first word (T17).
#[test]
fn module_item() {
    insta::assert_snapshot!(pretty(data_type("ModuleItem")));
}

/// The common and service error codes with their chosen descriptions (Responses chapter
/// 4300-4359, Error Codes chapter 34194-34691, action tables for truncated descriptions).
#[test]
fn error_codes() {
    let mut text = String::new();
    for (title, codes) in [
        ("common", &spec().error_codes.common),
        ("service", &spec().error_codes.service),
    ] {
        text.push_str(&format!("## {title} ({})\n", codes.len()));
        for code in codes {
            text.push_str(&format!("{} | {}\n", code.code, code.description));
        }
    }
    insta::assert_snapshot!(text);
}
