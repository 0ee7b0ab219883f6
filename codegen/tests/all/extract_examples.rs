//! Every documented example agrees with the documented parameters and types, except for the
//! genuine inconsistencies of the docs listed in `spec/README.md` ("Inconsistencies of the docs").

use crate::extract_support::{action, docs_line, spec};
use ecm_codegen::extract::example_mismatches;
use serde_json::json;

/// The docs' own inconsistencies, each with the docs line of the example value and of the
/// documented type (also listed in `spec/README.md`).
const KNOWN_MISMATCHES: &[(&str, usize, &str, usize)] = &[
    (
        "CreateLoadBalancer example 1 input `InternetAccessible.InternetMaxBandwidthOut`: \
         expected Integer, found \"2000\"",
        20501,
        "\"InternetMaxBandwidthOut\": \"2000\"",
        32665,
    ),
    (
        "DescribeSecurityGroups example 1 output `SecurityGroupSet[0].IsDefault`: expected \
         Boolean, found \"true\"",
        27398,
        "\"IsDefault\": \"true\",",
        33463,
    ),
    (
        "DescribeTaskStatus example 1 output `TaskSet[0].TaskId`: expected String, found 1528600",
        30888,
        "\"TaskId\": 1528600,",
        33993,
    ),
    (
        "DescribeMonthPeakNetwork example 1 output `MonthNetWorkData[0].ZoneInfo.ZoneId`: \
         expected Integer, found \"490001\"",
        31048,
        "\"ZoneId\": \"490001\",",
        34102,
    ),
];

#[test]
fn examples_agree_with_the_spec_except_for_the_documented_inconsistencies() {
    let found: Vec<String> = example_mismatches(spec())
        .iter()
        .map(ToString::to_string)
        .collect();
    let expected: Vec<&str> = KNOWN_MISMATCHES.iter().map(|(m, ..)| *m).collect();
    assert_eq!(
        found, expected,
        "update spec/README.md when this list changes"
    );
    // The listed lines really show the inconsistency.
    for (_, example_line, example_text, type_line) in KNOWN_MISMATCHES {
        assert_eq!(docs_line(*example_line).trim(), *example_text);
        let documented = docs_line(*type_line);
        assert!(
            documented.contains("Integer")
                || documented.contains("String")
                || documented.contains("Boolean"),
            "line {type_line}: {documented}"
        );
    }
}

#[test]
fn the_readme_lists_every_inconsistency_with_its_lines() {
    let readme =
        std::fs::read_to_string(crate::extract_support::repo_root().join("spec/README.md"))
            .expect("spec/README.md");
    for (mismatch, example_line, _, type_line) in KNOWN_MISMATCHES {
        let action = mismatch.split_whitespace().next().unwrap_or("");
        let row = readme
            .lines()
            .find(|l| l.contains(action) && l.contains(&example_line.to_string()))
            .unwrap_or_else(|| panic!("README lists {action} with line {example_line}"));
        assert!(row.contains(&type_line.to_string()), "{row}");
    }
}

#[test]
fn query_examples_become_the_json_they_denote() {
    // Lines 4433-4439: `&Filters.0.Name=InstanceFamily` / `&Filters.0.Values.0=SN3ne`.
    let node = &action("DescribeNode").examples[0];
    assert_eq!(
        node.input,
        json!({"Filters": [{"Name": "InstanceFamily", "Values": ["SN3ne"]}]})
    );
    assert_eq!(
        node.input_params,
        [
            ("Filters.0.Name".to_owned(), "InstanceFamily".to_owned()),
            ("Filters.0.Values.0".to_owned(), "SN3ne".to_owned())
        ]
    );
    // Integers typed from the documented types, nested objects from dotted names.
    let price = &action("DescribePriceRunInstance").examples[0];
    assert_eq!(
        price.input,
        json!({
            "InstanceType": "\"SN3ne.LARGE8\"",
            "InstanceCount": 2,
            "SystemDisk": {"DiskType": "\"234\"", "DiskId": "\"123\"", "DiskSize": 50}
        })
    );
    // A common parameter passed explicitly stays in the printed pairs only (T20).
    let attribute = &action("ModifySecurityGroupAttribute").examples[0];
    assert_eq!(
        attribute.input_params[0],
        ("Version".to_owned(), "2019-07-19".to_owned())
    );
    assert!(attribute.input.get("Version").is_none());
    // Lists of objects from numeric segments.
    let deletion = &action("DeleteSecurityGroupPolicies").examples[2];
    assert_eq!(
        deletion.input["SecurityGroupPolicySet"]["Ingress"],
        json!([{"PolicyIndex": 0}, {"PolicyIndex": 1}])
    );
    // The hard-wrapped example URL (T3, lines 27872-27874) still names its action.
    let statistics = &action("DescribeSecurityGroupAssociationStatistics").examples[0];
    assert_eq!(
        statistics.input,
        json!({"SecurityGroupIds": ["esg-ohuuioma", "esg-2quou3gv"]})
    );
}

#[test]
fn json_examples_and_outputs_are_parsed_as_printed() {
    // Lines 20483-20511: the POST form of CreateLoadBalancer.
    let create = &action("CreateLoadBalancer").examples[0];
    assert_eq!(create.input_form, ecm_spec::ExampleInputForm::Json);
    assert!(create.input_params.is_empty());
    assert_eq!(
        create.input["InternetAccessible"],
        json!({"InternetMaxBandwidthOut": "2000"})
    );
    assert_eq!(
        create.output,
        json!({"LoadBalancerIds": ["lb-mov2697v"], "RequestId": "88487432-ee86-4e5d-861b-774374123f89"})
    );
    // Lines 9880-9884: a value hard-wrapped over three lines is joined without spaces (T19).
    let vnc = &action("DescribeInstanceVncUrl").examples[0];
    assert_eq!(
        vnc.output["InstanceVncUrl"],
        concat!(
            "wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3DaHpjWnRVMFNhY",
            "mxKdDM5MjRHNlVTSVQwajNUSW0wb2tBbmFtREFCTmFrcy8vUUNPMG0wSHZNOUUxRm5PMmUzWmFDcWlOdD",
            "JIbUJxSTZDL0RXcHZxYnZZMmRkWWZWcEZia2lyb09XMzdKNmM9"
        )
    );
    // Lines 4576-4578: a page footer inside the JSON is dropped.
    let node = &action("DescribeNode").examples[0];
    assert_eq!(
        node.output["NodeSet"][1]["Province"]["ProvinceName"],
        "Guangdong"
    );
    assert_eq!(node.output["TotalCount"], 2);
}
