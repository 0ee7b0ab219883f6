//! What a spec update changed, in the terms a maintainer reviews after a documentation update.

use std::fmt;

use ecm_spec::{Action, DataType, Example, Field, Spec};

/// Added, removed and changed entries of one kind, each a one-line description.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeList {
    /// Entries only the new spec has.
    pub added: Vec<String>,
    /// Entries only the old spec has.
    pub removed: Vec<String>,
    /// Entries both have, with what differs.
    pub changed: Vec<String>,
}

impl ChangeList {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The differences between two specs; `Display` prints a review-friendly report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChangeSummary {
    /// Service facts: version, domains, regions, limits.
    pub service: ChangeList,
    /// Actions (rate limit, region, category, pagination, description…).
    pub actions: ChangeList,
    /// Input and output parameters of actions present in both specs.
    pub parameters: ChangeList,
    /// Data structures.
    pub data_types: ChangeList,
    /// Members of data structures present in both specs.
    pub members: ChangeList,
    /// Common and service error codes, and the per-action error tables.
    pub error_codes: ChangeList,
    /// Examples of actions present in both specs.
    pub examples: ChangeList,
}

impl ChangeSummary {
    /// Whether the two specs describe the same API.
    pub fn is_empty(&self) -> bool {
        self.sections().iter().all(|(_, list)| list.is_empty())
    }

    fn sections(&self) -> [(&'static str, &ChangeList); 7] {
        [
            ("service", &self.service),
            ("actions", &self.actions),
            ("parameters", &self.parameters),
            ("data structures", &self.data_types),
            ("members", &self.members),
            ("error codes", &self.error_codes),
            ("examples", &self.examples),
        ]
    }
}

impl fmt::Display for ChangeSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return writeln!(f, "no changes");
        }
        for (title, list) in self.sections() {
            if list.is_empty() {
                continue;
            }
            writeln!(
                f,
                "{title}: {} added, {} removed, {} changed",
                list.added.len(),
                list.removed.len(),
                list.changed.len()
            )?;
            for (mark, entries) in [
                ("+", &list.added),
                ("-", &list.removed),
                ("~", &list.changed),
            ] {
                for entry in entries {
                    writeln!(f, "  {mark} {entry}")?;
                }
            }
        }
        Ok(())
    }
}

/// Compares two specs: what a maintainer reviews after a documentation update.
pub fn summarize_changes(old: &Spec, new: &Spec) -> ChangeSummary {
    let mut summary = ChangeSummary::default();
    service(old, new, &mut summary.service);

    diff_keyed(
        &old.actions,
        &new.actions,
        |a| &a.name,
        |a| a.name.clone(),
        action_changes,
        &mut summary.actions,
    );
    for new_action in &new.actions {
        let Some(old_action) = old.action(&new_action.name) else {
            continue;
        };
        for (side, old_fields, new_fields) in [
            ("input", &old_action.inputs, &new_action.inputs),
            ("output", &old_action.outputs, &new_action.outputs),
        ] {
            let prefix = format!("{} {side}", new_action.name);
            fields(&prefix, old_fields, new_fields, &mut summary.parameters);
        }
        action_errors(old_action, new_action, &mut summary.error_codes);
        examples(old_action, new_action, &mut summary.examples);
    }

    diff_keyed(
        &old.data_types,
        &new.data_types,
        |d| &d.name,
        |d| d.name.clone(),
        data_type_changes,
        &mut summary.data_types,
    );
    for new_type in &new.data_types {
        if let Some(old_type) = old.data_type(&new_type.name) {
            fields(
                &new_type.name,
                &old_type.members,
                &new_type.members,
                &mut summary.members,
            );
        }
    }

    for (list, old_codes, new_codes) in [
        ("common", &old.error_codes.common, &new.error_codes.common),
        (
            "service",
            &old.error_codes.service,
            &new.error_codes.service,
        ),
    ] {
        diff_keyed(
            old_codes,
            new_codes,
            |c| &c.code,
            |c| format!("{} ({list})", c.code),
            |old, new| description_change(&old.description, &new.description),
            &mut summary.error_codes,
        );
    }
    summary
}

/// Diffs two lists keyed by name: added in new order, removed in old order, changed in new
/// order with the details `changes` reports.
fn diff_keyed<T>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> &String,
    label: impl Fn(&T) -> String,
    changes: impl Fn(&T, &T) -> Vec<String>,
    out: &mut ChangeList,
) {
    for item in new {
        match old.iter().find(|o| key(o) == key(item)) {
            None => out.added.push(label(item)),
            Some(previous) => {
                let details = changes(previous, item);
                if !details.is_empty() {
                    out.changed
                        .push(format!("{}: {}", label(item), details.join("; ")));
                }
            }
        }
    }
    for item in old {
        if !new.iter().any(|n| key(n) == key(item)) {
            out.removed.push(label(item));
        }
    }
}

fn changed<T: PartialEq + fmt::Debug>(what: &str, old: &T, new: &T, out: &mut Vec<String>) {
    if old != new {
        out.push(format!("{what} {old:?} → {new:?}"));
    }
}

fn service(old: &Spec, new: &Spec, out: &mut ChangeList) {
    let (old, new) = (&old.service, &new.service);
    let mut details = Vec::new();
    changed("name", &old.name, &new.name, &mut details);
    changed("version", &old.version, &new.version, &mut details);
    changed(
        "default domain",
        &old.default_domain,
        &new.default_domain,
        &mut details,
    );
    changed(
        "size limits",
        &old.size_limits,
        &new.size_limits,
        &mut details,
    );
    if old.common_params_v3 != new.common_params_v3 || old.common_params_v1 != new.common_params_v1
    {
        details.push("common parameters changed".to_owned());
    }
    if !details.is_empty() {
        out.changed.push(details.join("; "));
    }
    diff_keyed(
        &old.regions,
        &new.regions,
        |r| &r.domain,
        |r| format!("region {} ({})", r.domain, r.name),
        |o, n| {
            let mut details = Vec::new();
            changed("region", &o.region, &n.region, &mut details);
            changed("name", &o.name, &n.name, &mut details);
            details
        },
        out,
    );
}

fn action_changes(old: &Action, new: &Action) -> Vec<String> {
    let mut details = Vec::new();
    changed("category", &old.category, &new.category, &mut details);
    changed("feature", &old.feature, &new.feature, &mut details);
    changed("domain", &old.domain, &new.domain, &mut details);
    changed(
        "rate limit",
        &old.rate_limit_per_second,
        &new.rate_limit_per_second,
        &mut details,
    );
    changed("region", &old.region, &new.region, &mut details);
    changed("pagination", &old.pagination, &new.pagination, &mut details);
    if old.description != new.description {
        details.push("description changed".to_owned());
    }
    details
}

fn data_type_changes(old: &DataType, new: &DataType) -> Vec<String> {
    let mut details = Vec::new();
    if old.description != new.description {
        details.push("description changed".to_owned());
    }
    let gained: Vec<&str> = new
        .used_by
        .iter()
        .filter(|a| !old.used_by.contains(a))
        .map(String::as_str)
        .collect();
    let lost: Vec<&str> = old
        .used_by
        .iter()
        .filter(|a| !new.used_by.contains(a))
        .map(String::as_str)
        .collect();
    if !gained.is_empty() {
        details.push(format!("now used by {}", gained.join(", ")));
    }
    if !lost.is_empty() {
        details.push(format!("no longer used by {}", lost.join(", ")));
    }
    details
}

fn field_label(prefix: &str, field: &Field) -> String {
    let required = match field.required {
        Some(true) => ", required",
        Some(false) => ", optional",
        None => "",
    };
    format!("{prefix}.{} ({}{required})", field.name, field.ty)
}

fn fields(prefix: &str, old: &[Field], new: &[Field], out: &mut ChangeList) {
    diff_keyed(
        old,
        new,
        |f| &f.name,
        |f| field_label(prefix, f),
        |o, n| {
            let mut details = Vec::new();
            if o.ty != n.ty {
                details.push(format!("type {} → {}", o.ty, n.ty));
            }
            changed("required", &o.required, &n.required, &mut details);
            changed("nullable", &o.nullable, &n.nullable, &mut details);
            changed("list", &o.list, &n.list, &mut details);
            if o.description != n.description {
                details.push("description changed".to_owned());
            }
            details
        },
        out,
    );
    // Reordering changes the generated field order (and the documentation's table).
    let common_old: Vec<&String> = old
        .iter()
        .map(|f| &f.name)
        .filter(|name| new.iter().any(|f| &f.name == *name))
        .collect();
    let common_new: Vec<&String> = new
        .iter()
        .map(|f| &f.name)
        .filter(|name| old.iter().any(|f| &f.name == *name))
        .collect();
    if common_old != common_new {
        out.changed.push(format!("{prefix}: fields reordered"));
    }
}

fn action_errors(old: &Action, new: &Action, out: &mut ChangeList) {
    diff_keyed(
        &old.errors,
        &new.errors,
        |e| &e.code,
        |e| format!("{}: {}", new.name, e.code),
        |o, n| description_change(&o.description, &n.description),
        out,
    );
}

fn example_label(action: &Action, index: usize, example: &Example) -> String {
    format!("{} example {} {:?}", action.name, index + 1, example.title)
}

fn examples(old: &Action, new: &Action, out: &mut ChangeList) {
    for (index, example) in new.examples.iter().enumerate() {
        let Some(previous) = old.examples.get(index) else {
            out.added.push(example_label(new, index, example));
            continue;
        };
        let mut details = Vec::new();
        changed("title", &previous.title, &example.title, &mut details);
        if previous.description != example.description {
            details.push("description changed".to_owned());
        }
        if previous.input != example.input || previous.input_form != example.input_form {
            details.push("input changed".to_owned());
        }
        if previous.output != example.output {
            details.push("output changed".to_owned());
        }
        if !details.is_empty() {
            out.changed.push(format!(
                "{}: {}",
                example_label(new, index, example),
                details.join("; ")
            ));
        }
    }
    for (index, example) in old.examples.iter().enumerate().skip(new.examples.len()) {
        out.removed.push(example_label(old, index, example));
    }
}

fn description_change(old: &str, new: &str) -> Vec<String> {
    if old == new {
        Vec::new()
    } else {
        vec![format!("description {old:?} → {new:?}")]
    }
}
