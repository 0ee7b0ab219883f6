//! The change summary a maintainer reviews after a documentation update, on two fixture specs:
//! `mini_v2.json` is `mini.json` with the changes listed in `the_summary_lists_every_change`.

use ecm_codegen::generate::summarize_changes;
use ecm_spec::Spec;

fn fixture(text: &str) -> Spec {
    Spec::from_json(text).expect("fixture parses")
}

#[test]
fn the_summary_lists_every_change() {
    let old = fixture(include_str!("../fixtures/mini.json"));
    let new = fixture(include_str!("../fixtures/mini_v2.json"));
    let summary = summarize_changes(&old, &new);
    let expected = "\
service: 1 added, 0 removed, 0 changed
  + region ecm.ap-singapore.tencentcloudapi.com (Southeast Asia (Singapore))
actions: 1 added, 1 removed, 1 changed
  + DescribeConfig
  - DescribeImportImageOs
  ~ DescribeNode: rate limit 20 → 10; region NotRequired → Required
parameters: 1 added, 1 removed, 2 changed
  + RunInstances input.InstanceName (String, optional)
  - RunInstances input.Password (String, optional)
  ~ DescribeNode output.TotalCount (Integer): description changed
  ~ RunInstances input.DataDiskSize (String, optional): type Integer → String
data structures: 1 added, 0 removed, 1 changed
  + Tag
  ~ Subnet: description changed
members: 1 added, 0 removed, 1 changed
  + Node.Tags (Array of Tag)
  ~ ISP.ISPName (String): nullable true → false
error codes: 2 added, 1 removed, 1 changed
  + RunInstances: InvalidParameter
  + FailedOperation.TagLimitExceeded (service)
  - ActionOffline (common)
  ~ LimitExceeded.VcpuLimitExceeded (service): description \"vCPU quota exceeded.\" → \"The vCPU quota is exceeded.\"
examples: 1 added, 0 removed, 1 changed
  + RunInstances example 2 \"Creating two instances\"
  ~ DescribeNode example 1 \"Viewing region list\": output changed
";
    assert_eq!(summary.to_string(), expected);
    assert!(!summary.is_empty());
}

#[test]
fn an_unchanged_spec_has_an_empty_summary() {
    let spec = fixture(include_str!("../fixtures/mini.json"));
    let summary = summarize_changes(&spec, &spec.clone());
    assert!(summary.is_empty());
    assert_eq!(summary.to_string(), "no changes\n");
}

#[test]
fn reordered_fields_are_reported() {
    let old = fixture(include_str!("../fixtures/mini.json"));
    let mut new = old.clone();
    let filter = new
        .data_types
        .iter_mut()
        .find(|d| d.name == "Filter")
        .unwrap();
    filter.members.reverse();
    let summary = summarize_changes(&old, &new);
    assert_eq!(summary.members.changed, ["Filter: fields reordered"]);
    assert!(summary.members.added.is_empty() && summary.members.removed.is_empty());
}
