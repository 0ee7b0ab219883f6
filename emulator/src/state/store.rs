//! One account's resources, and the settling of transitional states as model time passes.

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::path;

/// A resource: its item as Describe prints it, plus what the model needs.
#[derive(Debug, Clone)]
pub(crate) struct Resource {
    pub(crate) id: String,
    /// Creation order, unique within the account.
    pub(crate) seq: u64,
    pub(crate) item: Value,
    pub(crate) pending: Option<Pending>,
    /// Rule lists the resource owns (a security group's policies), once touched.
    pub(crate) rules: Option<Value>,
}

/// A transition due at a time: to a state, or (`None`) out of existence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pending {
    pub(crate) to: Option<String>,
    pub(crate) due_ms: i64,
}

/// The resources of one account, per modelled kind (in the model's kind order), oldest first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Store {
    pub(crate) kinds: Vec<Vec<Resource>>,
    pub(crate) next_seq: u64,
    /// The earliest pending transition, to skip settling when nothing is due.
    next_due_ms: Option<i64>,
    /// Every id issued in this account, never reused (also after deletion).
    issued: HashSet<String>,
    /// Tasks started by actions that return a `TaskId`, oldest first.
    pub(crate) tasks: Vec<Task>,
}

/// An asynchronous task: RUNNING until its due time, then SUCCESS.
#[derive(Debug, Clone)]
pub(crate) struct Task {
    pub(crate) id: String,
    pub(crate) action: String,
    pub(crate) added_ms: i64,
    pub(crate) due_ms: i64,
}

impl Task {
    pub(crate) fn status(&self, now_ms: i64) -> &'static str {
        if now_ms >= self.due_ms {
            "SUCCESS"
        } else {
            "RUNNING"
        }
    }
}

/// Tasks kept per account; the oldest go first.
const MAX_TASKS: usize = 10_000;

impl Store {
    pub(crate) fn new(kinds: usize) -> Store {
        Store {
            kinds: vec![Vec::new(); kinds],
            next_seq: 0,
            next_due_ms: None,
            issued: HashSet::new(),
            tasks: Vec::new(),
        }
    }

    /// Starts a task and returns its id (digits, as the docs print task ids).
    pub(crate) fn start_task(&mut self, action: &str, added_ms: i64, due_ms: i64) -> String {
        if self.tasks.len() >= MAX_TASKS {
            self.tasks.remove(0);
        }
        let id = (1_000_000 + self.next_seq).to_string();
        self.next_seq += 1;
        self.tasks.push(Task {
            id: id.clone(),
            action: action.to_owned(),
            added_ms,
            due_ms,
        });
        id
    }

    pub(crate) fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|task| task.id == id)
    }

    pub(crate) fn find(&self, kind: usize, id: &str) -> Option<&Resource> {
        self.kinds[kind].iter().find(|resource| resource.id == id)
    }

    pub(crate) fn find_mut(&mut self, kind: usize, id: &str) -> Option<&mut Resource> {
        self.kinds[kind]
            .iter_mut()
            .find(|resource| resource.id == id)
    }

    /// Records `id` as issued; false if it already was.
    pub(crate) fn issue(&mut self, id: &str) -> bool {
        !self.issued.contains(id) && self.issued.insert(id.to_owned())
    }

    /// Records that a transition is due at `due_ms`.
    pub(crate) fn schedule(&mut self, due_ms: i64) {
        self.next_due_ms = Some(self.next_due_ms.map_or(due_ms, |due| due.min(due_ms)));
    }

    /// Applies every transition due at `now_ms`; `states` gives each kind's state path.
    /// Whether a resource went out of existence.
    pub(crate) fn settle(&mut self, now_ms: i64, states: &[Option<&'static str>]) -> bool {
        if self.next_due_ms.is_none_or(|due| due > now_ms) {
            return false;
        }
        let mut next = None::<i64>;
        let mut removed = false;
        for (kind, resources) in self.kinds.iter_mut().enumerate() {
            resources.retain_mut(|resource| {
                let Some(pending) = &resource.pending else {
                    return true;
                };
                if pending.due_ms > now_ms {
                    next = Some(next.map_or(pending.due_ms, |n| n.min(pending.due_ms)));
                    return true;
                }
                let Some(to) = pending.to.clone() else {
                    removed = true;
                    return false;
                };
                if let Some(state) = states[kind] {
                    path::set(&mut resource.item, state, Value::String(to));
                }
                resource.pending = None;
                true
            });
        }
        self.next_due_ms = next;
        removed
    }

    /// The store as JSON, by kind name.
    pub(crate) fn to_json(&self, names: &[&str]) -> Value {
        let mut kinds = Map::new();
        for (name, resources) in names.iter().zip(&self.kinds) {
            let list = resources
                .iter()
                .map(|resource| {
                    json!({
                        "Id": resource.id,
                        "Seq": resource.seq,
                        "Item": resource.item,
                        "Pending": resource.pending.as_ref().map(|p| json!({"To": p.to, "DueMs": p.due_ms})),
                        "Rules": resource.rules,
                    })
                })
                .collect();
            kinds.insert((*name).to_owned(), Value::Array(list));
        }
        let tasks: Vec<Value> = self
            .tasks
            .iter()
            .map(|t| json!({"Id": t.id, "Action": t.action, "AddedMs": t.added_ms, "DueMs": t.due_ms}))
            .collect();
        json!({"NextSeq": self.next_seq, "Kinds": kinds, "Tasks": tasks})
    }

    /// The store [`to_json`](Store::to_json) wrote.
    pub(crate) fn from_json(value: &Value, names: &[&str]) -> Result<Store, String> {
        let mut store = Store::new(names.len());
        store.next_seq = value
            .get("NextSeq")
            .and_then(Value::as_u64)
            .ok_or("`NextSeq` is missing")?;
        for task in value
            .get("Tasks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let field = |name: &str| {
                task.get(name)
                    .ok_or_else(|| format!("a task without `{name}`"))
            };
            store.tasks.push(Task {
                id: field("Id")?
                    .as_str()
                    .ok_or("a task `Id` is not a string")?
                    .to_owned(),
                action: field("Action")?
                    .as_str()
                    .ok_or("a task `Action` is not a string")?
                    .to_owned(),
                added_ms: field("AddedMs")?
                    .as_i64()
                    .ok_or("a task `AddedMs` is not an integer")?,
                due_ms: field("DueMs")?
                    .as_i64()
                    .ok_or("a task `DueMs` is not an integer")?,
            });
        }
        let kinds = value
            .get("Kinds")
            .and_then(Value::as_object)
            .ok_or("`Kinds` is missing")?;
        for (name, list) in kinds {
            let index = names
                .iter()
                .position(|known| known == name)
                .ok_or_else(|| format!("unknown resource kind `{name}`"))?;
            let list = list
                .as_array()
                .ok_or_else(|| format!("`{name}` is not a list"))?;
            for entry in list {
                let id = entry
                    .get("Id")
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("a `{name}` without an `Id`"))?;
                let seq = entry
                    .get("Seq")
                    .and_then(Value::as_u64)
                    .ok_or_else(|| format!("`{id}` has no `Seq`"))?;
                let item = entry
                    .get("Item")
                    .filter(|item| item.is_object())
                    .ok_or_else(|| format!("`{id}` has no `Item` object"))?
                    .clone();
                let pending = match entry.get("Pending") {
                    None | Some(Value::Null) => None,
                    Some(pending) => {
                        let due_ms =
                            pending
                                .get("DueMs")
                                .and_then(Value::as_i64)
                                .ok_or_else(|| {
                                    format!("`{id}` has a pending change without `DueMs`")
                                })?;
                        let to = pending.get("To").and_then(Value::as_str).map(str::to_owned);
                        store.schedule(due_ms);
                        Some(Pending { to, due_ms })
                    }
                };
                store.issued.insert(id.to_owned());
                store.kinds[index].push(Resource {
                    id: id.to_owned(),
                    seq,
                    item,
                    pending,
                    rules: entry
                        .get("Rules")
                        .filter(|rules| rules.is_object())
                        .cloned(),
                });
            }
        }
        Ok(store)
    }
}
