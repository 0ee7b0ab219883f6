//! The generic engine: reads the declarations of [`super::resources`] and acts on an
//! account's [`Store`] — create, describe (ids, filters, pages, joins), views, modify, delete
//! (guarded, scoped, cascading), state-changing operations with delayed transitions, and the
//! sweep of links to resources that are gone; [`super::members`] acts on member lists.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use ecm_spec::{Primitive, Spec, TypeRef};
use serde_json::{Map, Value, json};

use super::cidr::Block;
use super::clock::format_time;
use super::filters;
use super::members;
use super::path;
use super::resources::{
    self, Delete, Expect, FanOut, Guard, JoinTest, KINDS, Kind, LINKS, LinkAt, Lookup,
    MEMBER_LISTS, MemberList, NODES, Output, RULE_SETS, Seed, TagSource,
};
use super::rules::{self, RuleAction};
use super::store::{Pending, Resource, Store};
use crate::rejection::Rejection;

/// What an action does to the model.
#[derive(Debug, Clone, Copy)]
enum Route {
    Create(usize),
    Describe(usize),
    Modify(usize, usize),
    /// A kind's delete action (`None`) or one of its further ones.
    Delete(usize, Option<usize>),
    Operation(usize, usize),
    TaskResult,
    TaskStatus,
    /// A rule-list action: the rule set, its owner's kind, what it does.
    Rules(usize, usize, RuleAction),
    /// A member-list action: the list, its owner's kind, the action.
    Members(usize, usize, usize),
    /// A kind's view (counts of what refers to its resources).
    View(usize, usize),
}

/// The declarations compiled against a spec: the kinds whose create and describe actions
/// the spec has (or that declare none), the routes of their actions, rule sets and member
/// lists, their item templates and the catalogue seeds.
#[derive(Debug)]
pub(crate) struct Engine {
    kinds: Vec<&'static Kind>,
    pub(crate) names: Vec<&'static str>,
    pub(crate) states: Vec<Option<&'static str>>,
    /// Each kind's item template: the first item of its Describe example.
    templates: Vec<Value>,
    routes: HashMap<&'static str, Route>,
    /// Catalogue entries by seed action, then key.
    seeds: HashMap<&'static str, HashMap<String, Value>>,
    /// Modelled actions whose output has a `TaskId`: each starts a task. True where the
    /// docs type the id as an integer (ReleaseIpv6Addresses), else it is a string of digits.
    task_actions: HashMap<&'static str, bool>,
    /// The items a new account starts with, per kind (seeded kinds only).
    initial_items: Vec<Vec<Value>>,
}

impl Engine {
    pub(crate) fn build(spec: &Spec) -> Engine {
        let has = |action: &str| spec.action(action).is_some();
        let kinds: Vec<&'static Kind> = KINDS
            .iter()
            // Both actions served, where the kind declares them: snapshots declare no create
            // action (none is documented; they are seeded), key pairs no describe action.
            .filter(|kind| {
                let create = has(kind.create.action) || kind.create.action.is_empty();
                let describe = has(kind.describe.action) || kind.describe.action.is_empty();
                create && describe && (has(kind.create.action) || has(kind.describe.action))
            })
            .collect();
        let mut routes = HashMap::new();
        for (k, kind) in kinds.iter().enumerate() {
            if has(kind.create.action) {
                routes.insert(kind.create.action, Route::Create(k));
            }
            if has(kind.describe.action) {
                routes.insert(kind.describe.action, Route::Describe(k));
            }
            for (m, modify) in kind.modify.iter().enumerate() {
                if has(modify.action) {
                    routes.insert(modify.action, Route::Modify(k, m));
                }
            }
            if let Some(delete) = &kind.delete
                && has(delete.action)
            {
                routes.insert(delete.action, Route::Delete(k, None));
            }
            for (d, delete) in kind.more_deletes.iter().enumerate() {
                if has(delete.action) {
                    routes.insert(delete.action, Route::Delete(k, Some(d)));
                }
            }
            for (v, view) in kind.views.iter().enumerate() {
                if has(view.action) {
                    routes.insert(view.action, Route::View(k, v));
                }
            }
            for (o, operation) in kind.operations.iter().enumerate() {
                if has(operation.action) {
                    routes.insert(operation.action, Route::Operation(k, o));
                }
            }
        }
        for (r, set) in RULE_SETS.iter().enumerate() {
            let Some(owner) = kinds.iter().position(|kind| kind.name == set.owner) else {
                continue;
            };
            for (action, what) in [
                (set.describe, RuleAction::Describe),
                (set.add, RuleAction::Add),
                (set.delete, RuleAction::Delete),
                (set.replace, RuleAction::Replace),
                (set.set, RuleAction::Set),
            ] {
                if has(action) {
                    routes.insert(action, Route::Rules(r, owner, what));
                }
            }
        }
        for (l, list) in MEMBER_LISTS.iter().enumerate() {
            let Some(owner) = kinds.iter().position(|kind| kind.name == list.owner) else {
                continue;
            };
            for (a, action) in list.actions.iter().enumerate() {
                if has(action.action) {
                    routes.insert(action.action, Route::Members(l, owner, a));
                }
            }
        }
        let task_actions: HashMap<&'static str, bool> = routes
            .keys()
            .filter_map(|action| {
                let output = spec
                    .action(action)?
                    .outputs
                    .iter()
                    .find(|output| output.name == "TaskId")?;
                Some((*action, output.ty == TypeRef::Primitive(Primitive::Integer)))
            })
            .collect();
        if !task_actions.is_empty() {
            if has("DescribeTaskResult") {
                routes.insert("DescribeTaskResult", Route::TaskResult);
            }
            if has("DescribeTaskStatus") {
                routes.insert("DescribeTaskStatus", Route::TaskStatus);
            }
        }
        // A new owner's member lists start empty (its create action may add to them).
        let templates = kinds
            .iter()
            .map(|kind| {
                // The Describe example's first item, else the create example's item.
                let created = || match kind.create.output {
                    Output::Item(member) => spec
                        .action(kind.create.action)?
                        .examples
                        .first()?
                        .output
                        .get(member)
                        .filter(|item| item.is_object())
                        .cloned(),
                    _ => None,
                };
                let mut template =
                    first_example_item(spec, kind.describe.action, kind.describe.items)
                        .or_else(created)
                        .unwrap_or_else(|| Value::Object(Map::new()));
                // (Hidden lists stay absent until set: items without them print uncopied.)
                for list in MEMBER_LISTS.iter().filter(|list| list.owner == kind.name) {
                    if !kind.describe.hide.contains(&list.path) {
                        path::set(&mut template, list.path, json!([]));
                    }
                }
                template
            })
            .collect();
        let initial_items = kinds
            .iter()
            .map(|kind| {
                if !kind.seeded {
                    return Vec::new();
                }
                spec.action(kind.describe.action)
                    .and_then(|action| action.examples.first())
                    .and_then(|example| {
                        example.output.get(kind.describe.items)?.as_array().cloned()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let mut seeds = HashMap::new();
        for seed in [&resources::IMAGES, &resources::INSTANCE_TYPES, &NODES] {
            if let Some(entries) = seed_entries(spec, seed) {
                seeds.insert(seed.action, entries);
            }
        }
        Engine {
            names: kinds.iter().map(|kind| kind.name).collect(),
            states: kinds.iter().map(|kind| kind.state).collect(),
            kinds,
            templates,
            routes,
            seeds,
            task_actions,
            initial_items,
        }
    }

    /// The store of a new account: empty but for the seeded kinds' documented items.
    pub(crate) fn new_store(&self) -> Store {
        let mut store = Store::new(self.kinds.len());
        for (k, items) in self.initial_items.iter().enumerate() {
            for item in items {
                let Some(id) = path::get(item, self.kinds[k].id).and_then(Value::as_str) else {
                    continue;
                };
                if !store.issue(id) {
                    continue;
                }
                let seq = store.next_seq;
                store.next_seq += 1;
                store.kinds[k].push(Resource {
                    id: id.to_owned(),
                    seq,
                    item: item.clone(),
                    pending: None,
                    rules: None,
                });
            }
        }
        store
    }

    /// Whether the engine answers `action`.
    pub(crate) fn handles(&self, action: &str) -> bool {
        self.routes.contains_key(action)
    }

    /// The modelled actions, sorted.
    pub(crate) fn actions(&self) -> Vec<&'static str> {
        let mut actions: Vec<_> = self.routes.keys().copied().collect();
        actions.sort_unstable();
        actions
    }

    pub(crate) fn kind_index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|known| *known == name)
    }

    /// Drops what refers to resources that are gone ([`LINKS`]).
    fn sweep(&self, store: &mut Store) {
        for link in LINKS {
            let (Some(k), Some(target)) =
                (self.kind_index(link.kind), self.kind_index(link.target))
            else {
                continue;
            };
            let alive: HashSet<String> = store.kinds[target]
                .iter()
                .map(|resource| resource.id.clone())
                .collect();
            let gone = |value: Option<&Value>| {
                value
                    .and_then(path::text)
                    .is_some_and(|id| !id.is_empty() && !alive.contains(&id))
            };
            for resource in &mut store.kinds[k] {
                match link.at {
                    LinkAt::Member { path, clear } => {
                        if gone(path::get(&resource.item, path)) {
                            path::set(&mut resource.item, clear, Value::Null);
                        }
                    }
                    LinkAt::Element { list, member } => {
                        if let Some(Value::Array(elements)) =
                            path::get_mut(&mut resource.item, list)
                        {
                            elements.retain(|element| !gone(element.get(member)));
                        }
                    }
                }
            }
        }
    }

    /// The member lists kind `k` owns.
    pub(super) fn member_lists(&self, k: usize) -> impl Iterator<Item = &'static MemberList> {
        let owner = self.kinds[k].name;
        MEMBER_LISTS.iter().filter(move |list| list.owner == owner)
    }

    /// Answers `action` on `store` with the `Response` members as a serialised JSON object,
    /// or `None` when the action is not modelled.
    pub(crate) fn answer(
        &self,
        store: &mut Store,
        action: &str,
        params: &Value,
        now_ms: i64,
        delay_ms: i64,
    ) -> Option<Result<Vec<u8>, Rejection>> {
        let route = *self.routes.get(action)?;
        let settled_away = store.settle(now_ms, &self.states);
        let mut op = Op {
            engine: self,
            store,
            params,
            now_ms,
            delay_ms,
        };
        let value = match route {
            Route::Describe(k) => return Some(op.describe(k)),
            Route::Create(k) => op.create(k),
            Route::Modify(k, m) => op.modify(k, m),
            Route::Delete(k, d) => op.delete(k, d),
            Route::Operation(k, o) => op.operate(k, o),
            Route::TaskResult => op.task_result(),
            Route::View(k, v) => op.view(k, v),
            Route::TaskStatus => op.task_status(),
            Route::Rules(r, k, what) => op.rules(r, k, what),
            Route::Members(l, k, a) => members::Request {
                engine: self,
                store: op.store,
                params,
                k,
                list: &MEMBER_LISTS[l],
                action: &MEMBER_LISTS[l].actions[a],
                now_ms,
            }
            .apply(),
        };
        if settled_away || matches!(route, Route::Delete(..) | Route::Operation(..)) {
            self.sweep(store);
        }
        Some(value.map(|mut value| {
            if let Some(&integer) = self.task_actions.get(action) {
                let task = store.start_task(action, now_ms, now_ms.saturating_add(delay_ms));
                let task = match task.parse::<u64>() {
                    Ok(number) if integer => json!(number),
                    _ => Value::String(task),
                };
                if let Value::Object(members) = &mut value {
                    members.insert("TaskId".to_owned(), task);
                }
            }
            serde_json::to_vec(&value).expect("JSON values serialise")
        }))
    }

    /// An item as Describe prints it, with its counts of referring resources (borrowed when
    /// the kind prints no counts).
    pub(super) fn render<'s>(
        &self,
        store: &Store,
        k: usize,
        resource: &'s Resource,
    ) -> Cow<'s, Value> {
        let kind = self.kinds[k];
        let hides = kind
            .describe
            .hide
            .iter()
            .any(|hidden| resource.item.get(*hidden).is_some());
        if kind.counts.is_empty() && !hides {
            return Cow::Borrowed(&resource.item);
        }
        let mut item = resource.item.clone();
        if let Value::Object(members) = &mut item {
            for hidden in kind.describe.hide {
                members.remove(*hidden);
            }
        }
        for count in self.kinds[k].counts {
            let Some(child) = self.kind_index(count.kind) else {
                continue;
            };
            let n = store.kinds[child]
                .iter()
                .filter(|other| path::any_text(&other.item, count.via, &mut |v| v == resource.id))
                .count();
            path::set(&mut item, count.path, json!(n));
        }
        Cow::Owned(item)
    }
}

fn first_example_item(spec: &Spec, action: &str, items: &str) -> Option<Value> {
    let example = spec.action(action)?.examples.first()?;
    let item = example.output.get(items)?.as_array()?.first()?;
    item.is_object().then(|| item.clone())
}

fn seed_entries(spec: &Spec, seed: &Seed) -> Option<HashMap<String, Value>> {
    let example = spec.action(seed.action)?.examples.first()?;
    let list = example.output.get(seed.list)?.as_array()?;
    Some(
        list.iter()
            .filter_map(|entry| Some((path::text(path::get(entry, seed.key)?)?, entry.clone())))
            .collect(),
    )
}

/// One request's work on a store.
struct Op<'a> {
    engine: &'a Engine,
    store: &'a mut Store,
    params: &'a Value,
    now_ms: i64,
    delay_ms: i64,
}

/// An id with `prefix` and eight random characters (digits without a prefix), never issued
/// before in the account.
pub(super) fn fresh_id(store: &mut Store, prefix: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let alphabet = if prefix.is_empty() {
        &ALPHABET[..10]
    } else {
        ALPHABET
    };
    loop {
        let suffix: String = (0..8)
            .map(|_| char::from(alphabet[fastrand::usize(..alphabet.len())]))
            .collect();
        let id = format!("{prefix}{suffix}");
        if store.issue(&id) {
            return id;
        }
    }
}

fn reject(code: &'static str, message: String) -> Rejection {
    Rejection::new(code, message)
}

impl Op<'_> {
    fn kind(&self, k: usize) -> &'static Kind {
        self.engine.kinds[k]
    }

    fn param(&self, name: &str) -> Option<&Value> {
        self.params.get(name).filter(|value| !value.is_null())
    }

    fn fresh_id(&mut self, prefix: &str) -> String {
        fresh_id(self.store, prefix)
    }

    fn create(&mut self, k: usize) -> Result<Value, Rejection> {
        let kind = self.kind(k);
        let create = &kind.create;
        let mut base = self.engine.templates[k].clone();
        for blank in create.blank {
            path::set(&mut base, blank, Value::Null);
        }

        if let Some(rule) = &create.text {
            let text = self.param(rule.param).and_then(Value::as_str).unwrap_or("");
            let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
            if text.is_empty()
                || text.chars().count() > rule.max
                || (rule.word && !text.chars().all(word))
            {
                let what = if rule.word {
                    "letters, digits or underscores"
                } else {
                    "characters"
                };
                return Err(reject(
                    rule.code,
                    format!(
                        "`{}` must be 1 to {} {what}; it is `{text}`.",
                        rule.param, rule.max
                    ),
                ));
            }
        }

        // References: they must exist; some of their values are inherited.
        let mut parents: HashMap<&'static str, usize> = HashMap::new();
        for reference in kind.refs {
            let Some(target) = self.engine.kind_index(reference.kind) else {
                continue;
            };
            let ids = path::strings(self.param(reference.param));
            if ids.is_empty() {
                continue;
            }
            for id in &ids {
                let Some(parent) = self.store.find(target, id) else {
                    return Err(reject(
                        reference.not_found,
                        format!(
                            "The {} `{id}` named by `{}` does not exist.",
                            reference.kind, reference.param
                        ),
                    ));
                };
                for (from, to) in reference.copy {
                    if let Some(value) = path::get(&parent.item, from) {
                        path::set(&mut base, to, value.clone());
                    }
                }
            }
            let value = if reference.list {
                json!(ids)
            } else {
                json!(ids[0])
            };
            path::set(&mut base, reference.path, value);
            if !reference.list {
                parents.insert(reference.kind, target);
            }
        }

        // Catalogue entries: they must exist, and are copied.
        for (path, entry) in self.looked_up(create.lookups)? {
            path::set(&mut base, path, entry);
        }

        for (param, to) in create.set {
            if let Some(value) = self.param(param) {
                path::set(&mut base, to, value.clone());
            }
        }
        if let Some(tags) = create.tags {
            path::set(&mut base, tags_path(tags), tags_of(self.params, tags));
        }
        if let Some(cidr) = &kind.cidr {
            self.check_cidr(k, cidr, &base, &parents)?;
        }

        // How many, and where.
        let elements: Vec<(Option<Value>, u64)> = match (&create.fan_out, create.count) {
            (Some(fan_out), _) => self.fan_out_elements(fan_out)?,
            (None, Some((param, max, code))) => {
                let n = match self.param(param) {
                    None => 1,
                    Some(value) => value.as_u64().unwrap_or(0),
                };
                if n == 0 || n > max {
                    return Err(reject(
                        code,
                        format!("`{param}` must be 1 to {max}; it is {n}."),
                    ));
                }
                vec![(None, n)]
            }
            (None, None) => vec![(None, 1)],
        };
        let total: u64 = elements.iter().map(|(_, n)| n).sum();
        let existing = self.store.kinds[k].len() as u64;
        if existing + total > kind.cap.limit as u64 {
            return Err(reject(
                kind.cap.code,
                format!(
                    "An account may have at most {} {}s (the emulator's cap); it has {existing}.",
                    kind.cap.limit, kind.name
                ),
            ));
        }

        let name_path = create.set.first().map(|(param, to)| (*param, *to));
        let mut ids = Vec::new();
        let mut fresh: Vec<Resource> = Vec::new();
        let mut index = 0u64;
        for (element, count) in elements {
            let mut shaped = base.clone();
            if let (Some(element), Some(fan_out)) = (&element, &create.fan_out) {
                if let Some(to) = fan_out.each {
                    path::set(&mut shaped, to, element.clone());
                }
                for (param, to) in fan_out.parallel {
                    if let Some(value) = self
                        .param(param)
                        .and_then(Value::as_array)
                        .and_then(|list| list.get(usize::try_from(index).unwrap_or(usize::MAX)))
                    {
                        path::set(&mut shaped, to, value.clone());
                    }
                }
                for (member, to) in fan_out.set {
                    if let Some(value) = element.get(member) {
                        path::set(&mut shaped, to, value.clone());
                    }
                }
                for reference in fan_out.refs {
                    if let Some(value) = element.get(reference.member) {
                        path::set(&mut shaped, reference.path, value.clone());
                    }
                }
                if let Some((member, to, _)) = fan_out.zone
                    && let Some(zone) = element.get(member).and_then(Value::as_str)
                    && let Some(node) = self
                        .engine
                        .seeds
                        .get(NODES.action)
                        .and_then(|n| n.get(zone))
                {
                    let mut position = node.clone();
                    if let Value::Object(members) = &mut position {
                        members.remove("ISPSet");
                        members.remove("ISPNum");
                    }
                    path::set(&mut shaped, to, position);
                }
            }
            for _ in 0..count {
                let mut item = shaped.clone();
                if total > 1
                    && create.fan_out.as_ref().is_some_and(|f| f.numbered)
                    && let Some((param, to)) = name_path
                    && let Some(name) = self.param(param).and_then(Value::as_str)
                {
                    path::set(&mut item, to, json!(numbered(name, index, total)));
                }
                let id = self.fresh_id(kind.prefix);
                path::set(&mut item, kind.id, json!(id));
                if let Some(at) = kind.created_at {
                    path::set(&mut item, at, json!(format_time(self.now_ms)));
                }
                if item.get("UUID").is_some() {
                    path::set(&mut item, "UUID", json!(uuid()));
                }
                members::on_create(
                    self.engine,
                    self.store,
                    self.params,
                    k,
                    &mut item,
                    self.now_ms,
                )?;
                let mut pending = None;
                if let (Some(state), Some((initial, settled))) = (kind.state, create.initial) {
                    if self.delay_ms == 0 || initial == settled {
                        path::set(&mut item, state, json!(settled));
                    } else {
                        path::set(&mut item, state, json!(initial));
                        let due_ms = self.now_ms.saturating_add(self.delay_ms);
                        self.store.schedule(due_ms);
                        pending = Some(Pending {
                            to: Some(settled.to_owned()),
                            due_ms,
                        });
                    }
                }
                if let Some(unique) = &create.unique {
                    self.check_unique(k, unique, &item, &fresh)?;
                }
                let seq = self.store.next_seq;
                self.store.next_seq += 1;
                fresh.push(Resource {
                    id: id.clone(),
                    seq,
                    item,
                    pending,
                    rules: None,
                });
                ids.push(id);
                index += 1;
            }
        }
        self.store.kinds[k].extend(fresh);

        Ok(match create.output {
            Output::Id(field) => json!({ field: ids[0] }),
            Output::Ids(field) => json!({ field: ids }),
            Output::Task | Output::Nothing => json!({}),
            Output::Item(field) => {
                let resource = self.store.kinds[k].last().expect("just created");
                json!({ field: self.engine.render(self.store, k, resource).into_owned() })
            }
        })
    }

    /// Refuses `item` when another resource in its scope (or created by the same request)
    /// has the same values of the unique members.
    fn check_unique(
        &self,
        k: usize,
        unique: &resources::Unique,
        item: &Value,
        fresh: &[Resource],
    ) -> Result<(), Rejection> {
        let key = |item: &Value| -> Vec<Option<String>> {
            std::iter::once(unique.scope)
                .chain(unique.members.iter().copied())
                .map(|member| path::get(item, member).and_then(path::text))
                .collect()
        };
        let wanted = key(item);
        if self.store.kinds[k]
            .iter()
            .chain(fresh)
            .any(|other| key(&other.item) == wanted)
        {
            return Err(reject(
                unique.code,
                format!(
                    "Another {} of `{}` has the same {}.",
                    self.kind(k).name,
                    wanted[0].as_deref().unwrap_or(""),
                    unique.members.join(" and ")
                ),
            ));
        }
        Ok(())
    }

    fn fan_out_elements(&self, fan_out: &FanOut) -> Result<Vec<(Option<Value>, u64)>, Rejection> {
        let Some(Value::Array(list)) = self.param(fan_out.list) else {
            return Ok(vec![(None, 1)]);
        };
        let (max, code) = fan_out.max_total;
        let mut elements = Vec::new();
        let mut total = 0u64;
        for element in list {
            let count = element
                .get(fan_out.count)
                .and_then(Value::as_u64)
                .unwrap_or(1);
            if let Some((member, _, unknown)) = fan_out.zone
                && let Some(nodes) = self.engine.seeds.get(NODES.action)
            {
                let zone = element.get(member).and_then(Value::as_str).unwrap_or("");
                if !nodes.contains_key(zone) {
                    return Err(reject(
                        unknown,
                        format!("The zone `{zone}` is not one DescribeNode lists."),
                    ));
                }
            }
            for reference in fan_out.refs {
                let Some(target) = self.engine.kind_index(reference.kind) else {
                    continue;
                };
                if let Some(id) = element.get(reference.member).and_then(Value::as_str)
                    && self.store.find(target, id).is_none()
                {
                    return Err(reject(
                        reference.not_found,
                        format!(
                            "The {} `{id}` named by `{}.{}` does not exist.",
                            reference.kind, fan_out.list, reference.member
                        ),
                    ));
                }
            }
            total = total.saturating_add(count);
            elements.push((Some(element.clone()), count));
        }
        if total == 0 || total > max {
            return Err(reject(
                code,
                format!("A request creates 1 to {max} resources; this one asks for {total}."),
            ));
        }
        Ok(elements)
    }

    fn check_cidr(
        &self,
        k: usize,
        cidr: &resources::Cidr,
        item: &Value,
        parents: &HashMap<&'static str, usize>,
    ) -> Result<(), Rejection> {
        let text = path::get(item, cidr.path)
            .and_then(Value::as_str)
            .unwrap_or("");
        let Some(block) = Block::parse(text) else {
            return Err(reject(
                cidr.malformed,
                format!("`{text}` is not an IPv4 CIDR block such as 10.0.0.0/16."),
            ));
        };
        if let Some((parent_kind, parent_path, code)) = cidr.within
            && let Some(&target) = parents.get(parent_kind)
        {
            let reference = self.kind(k).refs.iter().find(|r| r.kind == parent_kind);
            let parent_id = reference
                .and_then(|r| path::get(item, r.path))
                .and_then(Value::as_str)
                .unwrap_or("");
            if let Some(parent) = self.store.find(target, parent_id) {
                let outer = path::get(&parent.item, parent_path)
                    .and_then(Value::as_str)
                    .and_then(Block::parse);
                if outer.is_some_and(|outer| !outer.contains(block)) {
                    return Err(reject(
                        code,
                        format!("The block {text} is not within the {parent_kind}'s block."),
                    ));
                }
            }
        }
        if let Some((scope, code)) = cidr.no_overlap {
            let scope_value = path::get(item, scope);
            for sibling in &self.store.kinds[k] {
                if path::get(&sibling.item, scope) != scope_value {
                    continue;
                }
                let other = path::get(&sibling.item, cidr.path).and_then(Value::as_str);
                if other
                    .and_then(Block::parse)
                    .is_some_and(|other| other.overlaps(block))
                {
                    return Err(reject(
                        code,
                        format!(
                            "The block {text} overlaps {} of {}.",
                            other.unwrap_or(""),
                            sibling.id
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    fn describe(&mut self, k: usize) -> Result<Vec<u8>, Rejection> {
        let describe = &self.kind(k).describe;
        let filters_given =
            matches!(self.param("Filters"), Some(Value::Array(list)) if !list.is_empty());
        let ids = match describe.ids {
            Some((param, coexist)) => {
                let ids = path::strings(self.param(param));
                if !ids.is_empty()
                    && filters_given
                    && let Some(code) = coexist
                {
                    return Err(reject(
                        code,
                        format!("`{param}` and `Filters` cannot be given together."),
                    ));
                }
                if ids.len() > 100 {
                    return Err(reject(
                        describe.too_many,
                        format!("`{param}` may list at most 100 ids."),
                    ));
                }
                (!ids.is_empty()).then_some(ids)
            }
            None => None,
        };
        let mut conditions = filters::parse(describe, self.param("Filters"))?;
        conditions.extend(filters::from_params(describe, self.params));
        let offset = self.page_param("Offset", 0, describe.bad_page)?;
        let limit = self.page_param("Limit", describe.default_limit, describe.bad_page)?;
        if limit > describe.max_limit {
            return Err(reject(
                describe.bad_page,
                format!(
                    "`Limit` may be at most {}; it is {limit}.",
                    describe.max_limit
                ),
            ));
        }
        let limit = if limit == 0 {
            describe.default_limit
        } else {
            limit
        };
        let ascending = !describe.newest_first
            || self.param("OrderDirection").and_then(Value::as_i64) == Some(1);

        let mut matched: Vec<&Resource> = self.store.kinds[k]
            .iter()
            .filter(|resource| ids.as_ref().is_none_or(|ids| ids.contains(&resource.id)))
            .filter(|resource| filters::matches(&conditions, &resource.item))
            .filter(|resource| self.joined(describe, &resource.id))
            .collect();
        if !ascending {
            matched.reverse();
        }
        let total = matched.len();
        // Written straight from the store: a page of large items is not copied first.
        let mut out = Vec::with_capacity(4096);
        out.extend_from_slice(b"{");
        write_key(&mut out, describe.total);
        out.extend_from_slice(total.to_string().as_bytes());
        out.extend_from_slice(b",");
        write_key(&mut out, describe.items);
        out.extend_from_slice(b"[");
        let page = matched
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX));
        for (n, resource) in page.enumerate() {
            if n > 0 {
                out.push(b',');
            }
            let item = self.engine.render(self.store, k, resource);
            serde_json::to_writer(&mut out, item.as_ref()).expect("JSON values serialise");
        }
        out.extend_from_slice(b"]}");
        Ok(out)
    }

    /// Whether the resources referring to `id` pass the describe's joins.
    fn joined(&self, describe: &resources::Describe, id: &str) -> bool {
        describe.joins.iter().all(|join| {
            let Some(param) = self.param(join.param) else {
                return true;
            };
            let Some(kind) = self.engine.kind_index(join.kind) else {
                return true;
            };
            let mut referring = self.store.kinds[kind]
                .iter()
                .filter(|other| path::any_text(&other.item, join.via, &mut |v| v == id));
            match join.test {
                JoinTest::AnyOf => {
                    let wanted = path::strings(Some(param));
                    wanted.is_empty()
                        || referring.any(|other| {
                            path::any_text(&other.item, join.path, &mut |v| {
                                wanted.iter().any(|w| w == v)
                            })
                        })
                }
                JoinTest::Presence => {
                    let present = referring
                        .any(|other| path::any_text(&other.item, join.path, &mut |_| true));
                    match path::text(param).and_then(|text| text.parse::<i64>().ok()) {
                        Some(1) => present,
                        Some(0) => !present,
                        _ => true,
                    }
                }
            }
        })
    }

    /// A paging parameter: an integer, or a string of one (DescribeSubnets types them so).
    fn page_param(&self, name: &str, default: u64, code: &'static str) -> Result<u64, Rejection> {
        let invalid = || reject(code, format!("`{name}` must be a non-negative integer."));
        match self.param(name) {
            None => Ok(default),
            Some(Value::Number(number)) => number.as_u64().ok_or_else(invalid),
            Some(Value::String(text)) if text.is_empty() => Ok(default),
            Some(Value::String(text)) => text.parse().map_err(|_| invalid()),
            Some(_) => Err(invalid()),
        }
    }

    /// The resources an id (or id-list) parameter names; all must exist.
    fn named(
        &self,
        k: usize,
        param: &str,
        not_found: &'static str,
    ) -> Result<Vec<String>, Rejection> {
        let ids = path::strings(self.param(param));
        if ids.is_empty() {
            return Err(reject(not_found, format!("`{param}` names no resource.")));
        }
        for id in &ids {
            if self.store.find(k, id).is_none() {
                return Err(reject(
                    not_found,
                    format!("The {} `{id}` does not exist.", self.kind(k).name),
                ));
            }
        }
        Ok(ids)
    }

    /// The catalogue entries the request's `lookups` parameters name, with where each is
    /// copied; an entry that does not exist is refused with the lookup's code.
    fn looked_up(&self, lookups: &[Lookup]) -> Result<Vec<(&'static str, Value)>, Rejection> {
        let mut found_entries = Vec::new();
        for lookup in lookups {
            let Some(key) = self.param(lookup.param).and_then(Value::as_str) else {
                continue;
            };
            // A modelled kind listed by the seed's action (images) is looked up in state, so
            // that created entries count and deleted ones do not.
            let modelled = self
                .engine
                .kinds
                .iter()
                .position(|kind| kind.describe.action == lookup.seed.action);
            let found = match modelled {
                Some(kind) => self
                    .store
                    .find(kind, key)
                    .map(|resource| resource.item.clone()),
                None => match self.engine.seeds.get(lookup.seed.action) {
                    Some(entries) => entries.get(key).cloned(),
                    None => continue,
                },
            };
            match found {
                Some(entry) => found_entries.push((lookup.path, entry)),
                None => {
                    return Err(reject(
                        lookup.code,
                        format!(
                            "`{key}` (parameter `{}`) is not one {} lists.",
                            lookup.param, lookup.seed.action
                        ),
                    ));
                }
            }
        }
        Ok(found_entries)
    }

    fn modify(&mut self, k: usize, m: usize) -> Result<Value, Rejection> {
        let modify = &self.kind(k).modify[m];
        let ids = self.named(k, modify.id.0, modify.not_found)?;
        let looked_up = self.looked_up(modify.lookups)?;
        let changes: Vec<(&str, Value)> = modify
            .set
            .iter()
            .filter_map(|(param, to)| Some((*to, self.param(param)?.clone())))
            .chain(modify.tags.and_then(|tags| {
                self.param(match tags {
                    TagSource::Pairs(p) | TagSource::Specification(p) | TagSource::Named(p, _) => p,
                })?;
                Some((tags_path(tags), tags_of(self.params, tags)))
            }))
            .chain(looked_up)
            .collect();
        for id in ids {
            let resource = self.store.find_mut(k, &id).expect("checked above");
            for (to, value) in &changes {
                path::set(&mut resource.item, to, value.clone());
            }
        }
        Ok(json!({}))
    }

    fn rules(&mut self, r: usize, k: usize, what: RuleAction) -> Result<Value, Rejection> {
        let set = &RULE_SETS[r];
        let params = self.params;
        let id = params
            .get(set.owner_param)
            .and_then(Value::as_str)
            .unwrap_or("");
        let given = params.get(set.member);
        let now_ms = self.now_ms;
        let Some(owner) = self.store.find_mut(k, id) else {
            return Err(reject(
                set.not_found,
                format!("The {} `{id}` does not exist.", set.owner),
            ));
        };
        let current = owner.rules.get_or_insert_with(|| rules::empty(set));
        rules::apply(set, what, current, given, now_ms)
    }

    fn view(&mut self, k: usize, v: usize) -> Result<Value, Rejection> {
        let view = &self.kind(k).views[v];
        let ids = self.named(k, view.ids, view.not_found)?;
        let mut set = Vec::new();
        for id in &ids {
            let mut item = Map::new();
            item.insert(view.id.to_owned(), json!(id));
            let mut total = 0;
            for count in view.counts {
                let Some(child) = self.engine.kind_index(count.kind) else {
                    continue;
                };
                let n = self.store.kinds[child]
                    .iter()
                    .filter(|other| path::any_text(&other.item, count.via, &mut |v| v == id))
                    .count();
                total += n;
                item.insert(count.path.to_owned(), json!(n));
            }
            for zero in view.zero {
                item.insert((*zero).to_owned(), json!(0));
            }
            if let Some(member) = view.total {
                item.insert(member.to_owned(), json!(total));
            }
            set.push(Value::Object(item));
        }
        Ok(json!({ view.items: set }))
    }

    fn task_result(&mut self) -> Result<Value, Rejection> {
        let id = self
            .param("TaskId")
            .and_then(path::text)
            .unwrap_or_default();
        let id = id.as_str();
        let task = self.store.task(id).ok_or_else(|| {
            reject(
                "InvalidParameterValue",
                format!("The task `{id}` does not exist."),
            )
        })?;
        Ok(json!({"TaskId": task.id, "Result": task.status(self.now_ms)}))
    }

    fn task_status(&mut self) -> Result<Value, Rejection> {
        let ids: Vec<String> = self
            .param("TaskSet")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|task| path::text(task.get("TaskId")?))
            .collect();
        let mut set = Vec::new();
        for id in &ids {
            let task = self.store.task(id).ok_or_else(|| {
                reject(
                    "InvalidParameterValue.TaskNotFound",
                    format!("The task `{id}` does not exist."),
                )
            })?;
            let status = task.status(self.now_ms);
            set.push(json!({
                "TaskId": task.id,
                "Message": "",
                "Status": status,
                "AddTime": format_time(task.added_ms),
                "EndTime": if status == "SUCCESS" { format_time(task.due_ms) } else { String::new() },
                "Operation": task.action,
            }));
        }
        Ok(json!({ "TaskSet": set }))
    }

    /// The code of a resource that refers to `id` (of kind `k`) and so blocks its deletion.
    fn blocker(&self, k: usize, id: &str) -> Option<(&'static str, String)> {
        let name = self.kind(k).name;
        for (j, kind) in self.engine.kinds.iter().enumerate() {
            let fan_refs = kind.create.fan_out.iter().flat_map(|fan_out| fan_out.refs);
            for (path, code) in fan_refs
                .filter(|r| r.kind == name)
                .map(|r| (r.path, r.blocks_delete))
                .chain(
                    kind.refs
                        .iter()
                        .filter(|r| r.kind == name && !r.cascade)
                        .map(|r| (r.path, r.blocks_delete)),
                )
            {
                if let Some(other) = self.store.kinds[j]
                    .iter()
                    .find(|other| path::any_text(&other.item, path, &mut |v| v == id))
                {
                    return Some((code, other.id.clone()));
                }
            }
        }
        None
    }

    /// Refuses when a member of the resource `id` fails one of `guards`.
    fn check_guards(&self, k: usize, id: &str, guards: &[Guard]) -> Result<(), Rejection> {
        let Some(resource) = self.store.find(k, id) else {
            return Ok(());
        };
        for guard in guards {
            let have = path::get(&resource.item, guard.path).and_then(path::text);
            let have = have.as_deref().unwrap_or("");
            let empty = match path::get(&resource.item, guard.path) {
                None | Some(Value::Null) => true,
                Some(Value::String(text)) => text.is_empty(),
                Some(Value::Array(list)) => list.is_empty(),
                Some(_) => false,
            };
            let (ok, wanted) = match guard.expect {
                Expect::Empty => (empty, "empty".to_owned()),
                Expect::Param(param) => {
                    let wanted = self.param(param).and_then(path::text).unwrap_or_default();
                    (have == wanted, format!("`{wanted}` (`{param}`)"))
                }
                Expect::Shared { param, kind, path } => {
                    let other = self
                        .param(param)
                        .and_then(Value::as_str)
                        .zip(self.engine.kind_index(kind))
                        .and_then(|(other, target)| self.store.find(target, other))
                        .and_then(|other| path::get(&other.item, path))
                        .and_then(path::text)
                        .unwrap_or_default();
                    (
                        have == other,
                        format!("`{other}`, that of the {kind} `{param}` names"),
                    )
                }
            };
            if !ok {
                return Err(reject(
                    guard.code,
                    format!(
                        "The {} `{id}` has `{}` = `{have}`; this needs {wanted}.",
                        self.kind(k).name,
                        guard.path
                    ),
                ));
            }
        }
        Ok(())
    }

    fn delete(&mut self, k: usize, d: Option<usize>) -> Result<Value, Rejection> {
        let kind = self.kind(k);
        let delete = match d {
            None => kind.delete.as_ref().expect("routed deletes exist"),
            Some(d) => &kind.more_deletes[d],
        };
        let ids = match delete.scope {
            None => self.named(k, delete.id.0, delete.not_found)?,
            Some((param, path)) => self.scoped(k, delete, param, path)?,
        };
        for id in &ids {
            self.check_guards(k, id, delete.guards)?;
            if let Some((code, by)) = self.blocker(k, id) {
                return Err(reject(
                    code,
                    format!("The {} `{id}` is still used by `{by}`.", self.kind(k).name),
                ));
            }
        }
        self.store.kinds[k].retain(|resource| !ids.contains(&resource.id));
        // What refers to them and goes with them (a load balancer's listeners).
        let name = kind.name;
        for j in 0..self.engine.kinds.len() {
            for reference in self.engine.kinds[j].refs {
                if reference.cascade && reference.kind == name {
                    self.store.kinds[j].retain(|other| {
                        !path::any_text(&other.item, reference.path, &mut |v| {
                            ids.iter().any(|id| id == v)
                        })
                    });
                }
            }
        }
        Ok(json!({}))
    }

    /// The ids a scoped delete names, all within the scope; none named: the whole scope.
    fn scoped(
        &self,
        k: usize,
        delete: &Delete,
        param: &str,
        path: &str,
    ) -> Result<Vec<String>, Rejection> {
        let scope = self.param(param).and_then(path::text).unwrap_or_default();
        let in_scope = |resource: &Resource| {
            path::get(&resource.item, path)
                .and_then(path::text)
                .as_deref()
                == Some(&scope)
        };
        let named = path::strings(self.param(delete.id.0));
        if named.is_empty() {
            if !delete.id.1 {
                return Err(reject(
                    delete.not_found,
                    format!("`{}` names no resource.", delete.id.0),
                ));
            }
            if let Some(reference) = self.kind(k).refs.iter().find(|r| r.path == path)
                && let Some(owner) = self.engine.kind_index(reference.kind)
                && self.store.find(owner, &scope).is_none()
            {
                return Err(reject(
                    delete.not_found,
                    format!("The {} `{scope}` does not exist.", reference.kind),
                ));
            }
            return Ok(self.store.kinds[k]
                .iter()
                .filter(|resource| in_scope(resource))
                .map(|resource| resource.id.clone())
                .collect());
        }
        for id in &named {
            if !self.store.find(k, id).is_some_and(in_scope) {
                return Err(reject(
                    delete.not_found,
                    format!(
                        "No {} `{id}` belongs to `{scope}` (`{param}`).",
                        self.kind(k).name
                    ),
                ));
            }
        }
        Ok(named)
    }

    fn operate(&mut self, k: usize, o: usize) -> Result<Value, Rejection> {
        let kind = self.kind(k);
        let operation = &kind.operations[o];
        let state_path = kind.state.expect("kinds with operations have a state");
        let ids = self.named(k, operation.ids, operation.not_found)?;
        let (max, too_many) = operation.max;
        if ids.len() > max {
            return Err(reject(
                too_many,
                format!("`{}` may list at most {max} ids.", operation.ids),
            ));
        }
        for (param, kind_name, code) in operation.checks {
            let Some(target) = self.engine.kind_index(kind_name) else {
                continue;
            };
            if let Some(id) = self.param(param).and_then(Value::as_str)
                && self.store.find(target, id).is_none()
            {
                return Err(reject(
                    code,
                    format!("The {kind_name} `{id}` named by `{param}` does not exist."),
                ));
            }
        }
        let recorded: Vec<(&str, Value)> = operation
            .set
            .iter()
            .map(|(param, to)| (*to, self.param(param).cloned().unwrap_or(Value::Null)))
            .chain(operation.clear.iter().map(|path| (*path, Value::Null)))
            .collect();
        for id in &ids {
            let resource = self.store.find(k, id).expect("checked");
            let state = path::get(&resource.item, state_path)
                .and_then(Value::as_str)
                .unwrap_or("");
            if !operation.from.contains(&state) {
                return Err(reject(
                    operation.refused,
                    format!(
                        "{} needs {} in state {}; `{id}` is {state}.",
                        operation.action,
                        kind.name,
                        operation.from.join(" or ")
                    ),
                ));
            }
            self.check_guards(k, id, operation.guards)?;
        }
        let immediate = self.delay_ms == 0;
        let due_ms = self.now_ms.saturating_add(self.delay_ms);
        for id in &ids {
            let resource = self.store.find_mut(k, id).expect("checked");
            for (to, value) in &recorded {
                path::set(&mut resource.item, to, value.clone());
            }
            match (immediate, operation.to) {
                (true, Some(to)) => path::set(&mut resource.item, state_path, json!(to)),
                (true, None) => {}
                (false, to) => {
                    path::set(&mut resource.item, state_path, json!(operation.via));
                    resource.pending = Some(Pending {
                        to: to.map(str::to_owned),
                        due_ms,
                    });
                }
            }
        }
        if immediate && operation.to.is_none() {
            self.store.kinds[k].retain(|resource| !ids.contains(&resource.id));
        } else if !immediate {
            self.store.schedule(due_ms);
        }
        Ok(json!({}))
    }
}

/// `"key":`.
fn write_key(out: &mut Vec<u8>, key: &str) {
    serde_json::to_writer(&mut *out, key).expect("strings serialise");
    out.push(b':');
}

/// Where an item keeps its tags.
fn tags_path(tags: TagSource) -> &'static str {
    match tags {
        TagSource::Named(_, path) => path,
        TagSource::Pairs(_) | TagSource::Specification(_) => "TagSet",
    }
}

/// The `TagSet` of a request's tags.
fn tags_of(params: &Value, tags: TagSource) -> Value {
    let list = match tags {
        TagSource::Named(param, _) => params
            .get(param)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        TagSource::Pairs(param) => params
            .get(param)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        TagSource::Specification(param) => params
            .get(param)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|spec| spec.get("Tags")?.as_array().cloned())
            .flatten()
            .collect(),
    };
    Value::Array(list)
}

/// The `index`th (0-based) of `total` display names for `name`: `{R:x}` patterns count up
/// from x; otherwise the docs' suffix 1, 2… n.
fn numbered(name: &str, index: u64, total: u64) -> String {
    debug_assert!(total > 1);
    if let Some(start) = name.find("{R:")
        && let Some(end) = name[start..].find('}')
        && let Ok(first) = name[start + 3..start + end].parse::<u64>()
    {
        return format!(
            "{}{}{}",
            &name[..start],
            first + index,
            &name[start + end + 1..]
        );
    }
    format!("{name}{}", index + 1)
}

fn uuid() -> String {
    let hex = |n: usize| -> String {
        (0..n)
            .map(|_| char::from(b"0123456789abcdef"[fastrand::usize(..16)]))
            .collect()
    };
    format!("{}-{}-4{}-{}-{}", hex(8), hex(4), hex(3), hex(4), hex(12))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_follow_the_documented_numbering() {
        assert_eq!(numbered("server_", 0, 2), "server_1");
        assert_eq!(numbered("server_", 1, 2), "server_2");
        assert_eq!(numbered("server_{R:3}", 1, 2), "server_4");
    }
}
