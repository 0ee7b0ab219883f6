//! The documented vocabulary in the spec: value sets and filter catalogues, snapshotted for
//! review against the docs, every value traced back to the text of its field, and the list of
//! value-like descriptions left free text (also in `spec/README.md`).

use crate::extract_support::{action, data_type, docs, spec};
use ecm_codegen::extract::free_text_value_lists;
use ecm_spec::{DocumentedValue, Field};

fn member(data_type_name: &str, name: &str) -> &'static Field {
    data_type(data_type_name)
        .members
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no member {data_type_name}.{name}"))
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("serialises")
}

/// Instance.InstanceState, lines 31947-31956: one `VALUE: meaning` per line.
#[test]
fn instance_state() {
    insta::assert_snapshot!(pretty(&member("Instance", "InstanceState").values));
}

/// Address.AddressStatus, lines 31367-31369: `including 'CREATING' (creating), …`.
#[test]
fn address_status() {
    insta::assert_snapshot!(pretty(&member("Address", "AddressStatus").values));
}

/// DescribeInstances' `Filters`, lines 10455-10497: 16 filters, `tag:tag-key`, fuzzy ones,
/// "up to 5 Filter.Values".
#[test]
fn describe_instances_filters() {
    insta::assert_snapshot!(pretty(&action("DescribeInstances").filters));
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `value` occurs in `text` as a whole word (not inside a longer one).
fn occurs_as_word(text: &str, value: &str) -> bool {
    text.match_indices(value).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + value.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

fn check(label: &str, description: &str, values: &[DocumentedValue], problems: &mut Vec<String>) {
    for value in values {
        if !occurs_as_word(description, &value.value) || !occurs_as_word(docs(), &value.value) {
            problems.push(format!(
                "{label}: `{}` is not in its description or the docs",
                value.value
            ));
        }
        let meaning_head: String = value.meaning.chars().take(30).collect();
        if !description.contains(meaning_head.as_str()) {
            problems.push(format!(
                "{label}: meaning of `{}` is not in its description",
                value.value
            ));
        }
    }
}

/// Every value of every value set (one generated enum variant each) and of every filter is
/// printed in its own field's documentation text, as a whole word.
#[test]
fn every_value_occurs_in_the_docs_text_of_its_field() {
    let spec = spec();
    let mut problems = Vec::new();
    let mut count = 0;
    for action in &spec.actions {
        for field in action.inputs.iter().chain(&action.outputs) {
            count += field.values.len();
            check(
                &format!("{} {}", action.name, field.name),
                &field.description,
                &field.values,
                &mut problems,
            );
        }
        for filter in action.filters.iter().flat_map(|set| &set.filters) {
            count += filter.values.len();
            check(
                &format!("{} filter {}", action.name, filter.name),
                &filter.description,
                &filter.values,
                &mut problems,
            );
            if !docs().contains(&filter.name) {
                problems.push(format!(
                    "{} filter {} is not in the docs",
                    action.name, filter.name
                ));
            }
        }
    }
    for data_type in &spec.data_types {
        for member in &data_type.members {
            count += member.values.len();
            check(
                &format!("{}.{}", data_type.name, member.name),
                &member.description,
                &member.values,
                &mut problems,
            );
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(count > 150, "only {count} values checked");
}

/// The counts reported in `spec/README.md`.
#[test]
fn vocabulary_counts() {
    let spec = spec();
    let fields = spec
        .actions
        .iter()
        .flat_map(|a| a.inputs.iter().chain(&a.outputs))
        .chain(spec.data_types.iter().flat_map(|d| &d.members));
    let with_values: Vec<&Field> = fields.filter(|f| !f.values.is_empty()).collect();
    let values: usize = with_values.iter().map(|f| f.values.len()).sum();
    let filter_sets: Vec<_> = spec
        .actions
        .iter()
        .filter_map(|a| a.filters.as_ref())
        .collect();
    let filters: usize = filter_sets.iter().map(|s| s.filters.len()).sum();
    let filter_values: usize = filter_sets
        .iter()
        .flat_map(|s| &s.filters)
        .filter(|f| !f.values.is_empty())
        .count();
    assert_eq!(
        (
            with_values.len(),
            values,
            filter_sets.len(),
            filters,
            filter_values
        ),
        (59, 165, 16, 92, 4)
    );
}

/// Descriptions that look like value lists but are not certainly closed sets stay free text;
/// this is the list `spec/README.md` gives.
#[test]
fn free_text_lists() {
    let listed: Vec<String> = free_text_value_lists(spec())
        .into_iter()
        .map(|f| format!("{}: {}", f.field, f.reason))
        .collect();
    insta::assert_snapshot!(listed.join("\n"));
}
