//! The generator on the checked-in spec (`spec/ecm.json`): snapshots of the code of a few
//! representative actions and structures, for reviewers. (That the checked-in generated code
//! is up to date is checked in `regen_checked_in.rs`.)

use ecm_codegen::generate::{GeneratedFile, generate};
use ecm_spec::Spec;

fn real() -> Spec {
    Spec::embedded().expect("spec/ecm.json parses")
}

fn file<'f>(files: &'f [GeneratedFile], path: &str) -> &'f str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is not generated"))
        .contents
}

/// The top-level items (with their docs) of a generated file that mention `pub struct {name} `,
/// `impl {name} ` or `for {name} `: a type with its inherent and trait impls.
fn items_of(contents: &str, name: &str) -> String {
    let mut chunks = vec![String::new()];
    for line in contents.lines() {
        let starts_item = !line.is_empty() && !line.starts_with([' ', '}', ')', ']']);
        let last = chunks.last_mut().unwrap();
        if starts_item && last.ends_with("\n\n") {
            chunks.push(String::new());
        }
        let last = chunks.last_mut().unwrap();
        last.push_str(line);
        last.push('\n');
    }
    let markers = [
        format!("pub struct {name} "),
        format!("pub struct {name}("),
        format!("pub enum {name} "),
        format!("impl {name} "),
        format!(" for {name} "),
    ];
    let selected: Vec<&str> = chunks
        .iter()
        .filter(|chunk| {
            chunk
                .lines()
                .find(|l| !l.starts_with("///") && !l.starts_with("#["))
                .is_some_and(|line| markers.iter().any(|m| line.contains(m.as_str())))
        })
        .map(|chunk| chunk.trim_end())
        .collect();
    assert!(!selected.is_empty(), "no items for {name}");
    selected.join("\n\n") + "\n"
}

#[test]
fn real_actions_and_structures() {
    let files = generate(&real()).expect("the real spec generates");
    let region = file(&files, "actions/region.rs");
    let instance = file(&files, "actions/instance.rs");
    let types = file(&files, "types.rs");
    insta::assert_snapshot!(
        "real__describe_node",
        items_of(region, "DescribeNodeRequest") + "\n" + &items_of(region, "DescribeNodeResponse")
    );
    insta::assert_snapshot!(
        "real__run_instances",
        items_of(instance, "RunInstancesRequest")
            + "\n"
            + &items_of(instance, "RunInstancesResponse")
    );
    insta::assert_snapshot!(
        "real__describe_instances",
        items_of(instance, "DescribeInstancesRequest")
            + "\n"
            + &items_of(instance, "DescribeInstancesResponse")
    );
    insta::assert_snapshot!("real__instance", items_of(types, "Instance"));
}

/// The vocabulary: a value-set enum, a typed filter and a waiter.
#[test]
fn real_enum_typed_filter_and_waiter() {
    let files = generate(&real()).expect("the real spec generates");
    let types = file(&files, "types.rs");
    let instance = file(&files, "actions/instance.rs");
    let waiters = file(&files, "waiters.rs");
    insta::assert_snapshot!("real__instance_state", items_of(types, "InstanceState"));
    insta::assert_snapshot!(
        "real__instance_charge_type",
        items_of(types, "InstanceChargeType")
    );
    insta::assert_snapshot!(
        "real__describe_instances_filter",
        items_of(instance, "DescribeInstancesFilter")
    );
    let start = waiters
        .find("static INSTANCES_RUNNING")
        .expect("the instances_running waiter");
    let end = waiters[start..]
        .find("static INSTANCES_STOPPED")
        .map_or(waiters.len(), |end| start + end);
    insta::assert_snapshot!("real__waiter_instances_running", &waiters[start..end]);
}

/// Every row of the waiter table resolves against the real spec (a docs update that breaks one
/// fails here rather than silently dropping the waiter).
#[test]
fn every_waiter_resolves() {
    let problems = ecm_codegen::generate::unresolved_waiters(&real()).expect("model builds");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_real_spec_covers_every_action_and_structure() {
    let spec = real();
    let files = generate(&spec).unwrap();
    let index = file(&files, "actions/mod.rs");
    for action in &spec.actions {
        for suffix in ["Request", "Response"] {
            let name = format!("{}{suffix}", action.name);
            assert!(index.contains(&name), "{name} is not re-exported");
        }
    }
    let types = file(&files, "types.rs");
    let structs = types.matches("\npub struct ").count();
    assert_eq!(structs, spec.data_types.len());
}
