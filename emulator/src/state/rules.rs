//! Rule lists owned by a resource (a security group's policies), declared by
//! [`RuleSet`](super::resources::RuleSet): ordered per list, indexed from 0, versioned.

use serde_json::{Map, Value, json};

use super::clock::format_time;
use super::resources::RuleSet;
use crate::rejection::Rejection;

/// What a rule action does.
#[derive(Debug, Clone, Copy)]
pub(crate) enum RuleAction {
    Describe,
    Add,
    Delete,
    Replace,
    Set,
}

/// The rules of one owner: `{"Version": "n", "<list>": [...]…}`.
pub(crate) fn empty(rules: &RuleSet) -> Value {
    let mut set = Map::new();
    set.insert("Version".to_owned(), json!("0"));
    for list in rules.lists {
        set.insert((*list).to_owned(), json!([]));
    }
    Value::Object(set)
}

/// Applies `action` to `current` (the owner's rules) for the request's `given` set; returns
/// the output members.
pub(crate) fn apply(
    rules: &RuleSet,
    action: RuleAction,
    current: &mut Value,
    given: Option<&Value>,
    now_ms: i64,
) -> Result<Value, Rejection> {
    if let RuleAction::Describe = action {
        return Ok(json!({ rules.member: current.clone() }));
    }
    let given = given.cloned().unwrap_or_else(|| json!({}));
    let version = current["Version"].as_str().unwrap_or("0").to_owned();
    if let Some(asked) = given.get("Version").and_then(Value::as_str)
        && !asked.is_empty()
        && asked != version
        && !matches!(action, RuleAction::Set)
    {
        return Err(Rejection::new(
            rules.version_mismatch,
            format!("The rules are at version {version}; the request names version {asked}."),
        ));
    }
    let stamp = |mut rule: Value| {
        if let Value::Object(members) = &mut rule {
            members.insert("ModifyTime".to_owned(), json!(format_time(now_ms)));
        }
        rule
    };
    for list in rules.lists {
        let wanted: Vec<Value> = given
            .get(*list)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let existing = current[*list]
            .as_array_mut()
            .expect("rule lists are arrays");
        match action {
            RuleAction::Describe => unreachable!("answered above"),
            RuleAction::Set => {
                if wanted.len() > rules.cap.0 {
                    return Err(too_many(rules, list));
                }
                *existing = wanted.into_iter().map(stamp).collect();
            }
            RuleAction::Add => {
                for rule in wanted {
                    if existing.iter().any(|old| same(rules, old, &rule)) {
                        return Err(Rejection::new(
                            rules.duplicate,
                            format!("An identical {list} rule exists already."),
                        ));
                    }
                    if existing.len() >= rules.cap.0 {
                        return Err(too_many(rules, list));
                    }
                    let at =
                        index_of(rules, &rule).map_or(existing.len(), |i| i.min(existing.len()));
                    existing.insert(at, stamp(rule));
                }
            }
            RuleAction::Replace => {
                for rule in wanted {
                    let Some(at) = index_of(rules, &rule).filter(|i| *i < existing.len()) else {
                        return Err(Rejection::new(
                            rules.not_found,
                            format!("No {list} rule has that `{}`.", rules.index),
                        ));
                    };
                    existing[at] = stamp(rule);
                }
            }
            RuleAction::Delete => {
                let mut by_index: Vec<usize> = Vec::new();
                for rule in &wanted {
                    let found = match index_of(rules, rule) {
                        Some(at) => (at < existing.len()).then_some(at),
                        None => existing.iter().position(|old| same(rules, old, rule)),
                    };
                    let Some(at) = found else {
                        return Err(Rejection::new(
                            rules.not_found,
                            format!("No {list} rule matches {rule}."),
                        ));
                    };
                    by_index.push(at);
                }
                by_index.sort_unstable();
                by_index.dedup();
                for at in by_index.into_iter().rev() {
                    existing.remove(at);
                }
            }
        }
        for (at, rule) in existing.iter_mut().enumerate() {
            if let Value::Object(members) = rule {
                members.insert(rules.index.to_owned(), json!(at));
            }
        }
    }
    let next = version.parse::<u64>().unwrap_or(0) + 1;
    current["Version"] = json!(next.to_string());
    Ok(json!({}))
}

fn too_many(rules: &RuleSet, list: &str) -> Rejection {
    Rejection::new(
        rules.cap.1,
        format!("A {list} list holds at most {} rules.", rules.cap.0),
    )
}

fn index_of(rules: &RuleSet, rule: &Value) -> Option<usize> {
    rule.get(rules.index)
        .and_then(Value::as_u64)
        .and_then(|i| usize::try_from(i).ok())
}

/// Same identity members, compared case-insensitively (the docs write `tcp` and `TCP`,
/// `accept` and `ACCEPT`); absent and empty are the same.
fn same(rules: &RuleSet, a: &Value, b: &Value) -> bool {
    rules.identity.iter().all(|member| {
        let text = |rule: &Value| {
            rule.get(*member)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        text(a).eq_ignore_ascii_case(&text(b))
    })
}
