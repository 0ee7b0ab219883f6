//! Member lists a resource's item carries (a route table's routes, an ENI's private IPs, a
//! listener's targets), declared by [`MemberList`]: elements added, removed, changed, reset,
//! flagged, moved between owners, listed and checked for overlap, with their addresses
//! validated against the owner's references.

use std::collections::HashSet;
use std::net::{Ipv4Addr, Ipv6Addr};

use serde_json::{Map, Value, json};

use super::cidr::Block;
use super::clock::format_time;
use super::engine::{Engine, fresh_id};
use super::path;
use super::resources::{
    Addressing, Constant, Generate, MemberAction, MemberList, MemberOp, MemberOutput, Owner,
};
use super::store::Store;
use crate::rejection::Rejection;

fn reject(code: &'static str, message: String) -> Rejection {
    Rejection::new(code, message)
}

/// The request's share of one member-list action.
pub(super) struct Request<'a> {
    pub(super) engine: &'a Engine,
    pub(super) store: &'a mut Store,
    pub(super) params: &'a Value,
    /// The owner's kind.
    pub(super) k: usize,
    pub(super) list: &'static MemberList,
    pub(super) action: &'static MemberAction,
    pub(super) now_ms: i64,
}

impl Request<'_> {
    fn param(&self, name: &str) -> Option<&Value> {
        self.params.get(name).filter(|value| !value.is_null())
    }

    fn owner_id(&self, param: &str) -> Result<String, Rejection> {
        let id = self.param(param).and_then(path::text).unwrap_or_default();
        self.check_owner(&id, param)?;
        Ok(id)
    }

    /// The owner must exist (and be within the action's scope).
    fn check_owner(&self, id: &str, named_by: &str) -> Result<(), Rejection> {
        let Some(owner) = self.store.find(self.k, id) else {
            return Err(reject(
                self.action.not_found,
                format!(
                    "The {} `{id}` named by `{named_by}` does not exist.",
                    self.list.owner
                ),
            ));
        };
        if let Some((param, at)) = self.action.scope {
            let wanted = self.param(param).and_then(path::text).unwrap_or_default();
            if path::get(&owner.item, at).and_then(path::text).as_deref() != Some(&wanted) {
                return Err(reject(
                    self.action.not_found,
                    format!(
                        "The {} `{id}` does not belong to `{wanted}` (`{param}`).",
                        self.list.owner
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The owners the request names, each with the elements it gives for it.
    fn groups(&self) -> Result<Vec<(String, Option<Value>)>, Rejection> {
        let param = self.action.elements;
        let given = self.param(param).cloned();
        let malformed = || {
            reject(
                self.action.malformed,
                format!("`{param}` must be a list of objects."),
            )
        };
        match self.action.owner {
            Owner::Param(owner) => Ok(vec![(self.owner_id(owner)?, given)]),
            Owner::Listed => Ok(Vec::new()),
            Owner::Each(owners) => {
                let ids = path::strings(self.param(owners));
                for id in &ids {
                    self.check_owner(id, owners)?;
                }
                Ok(ids.into_iter().map(|id| (id, given.clone())).collect())
            }
            Owner::PerElement(member) => {
                let list = given
                    .as_ref()
                    .and_then(Value::as_array)
                    .ok_or_else(malformed)?;
                let mut groups: Vec<(String, Vec<Value>)> = Vec::new();
                for element in list {
                    let Some(mut element) = element.as_object().cloned() else {
                        return Err(malformed());
                    };
                    let owner = element
                        .remove(member)
                        .as_ref()
                        .and_then(path::text)
                        .unwrap_or_default();
                    self.check_owner(&owner, &format!("{param}.{member}"))?;
                    match groups.iter_mut().find(|(id, _)| *id == owner) {
                        Some((_, elements)) => elements.push(Value::Object(element)),
                        None => groups.push((owner, vec![Value::Object(element)])),
                    }
                }
                Ok(groups
                    .into_iter()
                    .map(|(owner, elements)| (owner, Some(Value::Array(elements))))
                    .collect())
            }
            Owner::Nested { member, list } => {
                let entries = given
                    .as_ref()
                    .and_then(Value::as_array)
                    .ok_or_else(malformed)?;
                let mut groups = Vec::new();
                for entry in entries {
                    let owner = entry.get(member).and_then(path::text).unwrap_or_default();
                    self.check_owner(&owner, &format!("{param}.{member}"))?;
                    groups.push((owner, entry.get(list).cloned()));
                }
                Ok(groups)
            }
        }
    }

    fn elements_of(&self, owner: &str) -> Vec<Value> {
        self.store
            .find(self.k, owner)
            .and_then(|resource| path::get(&resource.item, self.list.path))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    }

    fn store_elements(&mut self, owner: &str, elements: Vec<Value>) {
        let list = self.list.path;
        if let Some(resource) = self.store.find_mut(self.k, owner) {
            path::set(&mut resource.item, list, Value::Array(elements));
        }
    }

    /// Whether the elements are bare values (an instance's security group ids).
    fn bare(&self) -> bool {
        self.list.keys.first() == Some(&[""].as_slice())
    }

    /// What makes an element unique: its address, or its first key group's values.
    fn identity(&self, element: &Value) -> String {
        match self.list.addressing {
            Addressing::Key => {
                let values: Vec<String> = self.list.keys[0]
                    .iter()
                    .map(|member| text_at(element, member))
                    .collect();
                values.join("/")
            }
            _ => text_at(element, self.list.address),
        }
    }

    /// Applies the action; the output members. A refused request changes nothing.
    pub(super) fn apply(mut self) -> Result<Value, Rejection> {
        let action = self.action;
        match action.op {
            MemberOp::Conflicts { output } => return self.conflicts(output),
            MemberOp::List {
                items,
                members,
                filters,
            } => return Ok(self.list_owners(items, members, filters)),
            _ => {}
        }
        let groups = self.groups()?;
        if groups.is_empty() {
            return Err(reject(
                action.malformed,
                format!("`{}` names no {}.", action.elements, self.list.owner),
            ));
        }
        let backup = self.store.kinds[self.k].clone();
        let mut added = Vec::new();
        for (owner, given) in &groups {
            match self.apply_to(owner, given.as_ref()) {
                Ok(mut more) => added.append(&mut more),
                Err(error) => {
                    self.store.kinds[self.k] = backup;
                    return Err(error);
                }
            }
        }
        Ok(match action.output {
            MemberOutput::Empty => json!({}),
            MemberOutput::EmptyList(member) => json!({ member: [] }),
            MemberOutput::Added(member) => json!({ member: added }),
            MemberOutput::Owner(items, total) => {
                let resource = self.store.find(self.k, &groups[0].0).expect("checked");
                let item = self
                    .engine
                    .render(self.store, self.k, resource)
                    .into_owned();
                json!({ items: [item], total: 1 })
            }
        })
    }

    /// Applies the action to one owner with the elements given for it; the added ones.
    fn apply_to(&mut self, owner: &str, given: Option<&Value>) -> Result<Vec<Value>, Rejection> {
        let action = self.action;
        let mut elements = self.elements_of(owner);
        let mut added = Vec::new();
        let op = match action.op {
            MemberOp::Switch { param, add, remove } => {
                match self.param(param).and_then(Value::as_str) {
                    Some(value) if value == add => MemberOp::Add { count: None },
                    Some(value) if value == remove => MemberOp::Remove,
                    _ => {
                        return Err(reject(
                            action.malformed,
                            format!("`{param}` must be {add} or {remove}."),
                        ));
                    }
                }
            }
            op => op,
        };
        match op {
            MemberOp::Add { count } => {
                let owner_item = self
                    .store
                    .find(self.k, owner)
                    .expect("checked")
                    .item
                    .clone();
                added = self.new_elements(&owner_item, owner, &elements, given, count, false)?;
                elements.extend(added.iter().cloned());
            }
            MemberOp::Reset { rename } => {
                let owner_item = self
                    .store
                    .find(self.k, owner)
                    .expect("checked")
                    .item
                    .clone();
                elements = self.new_elements(&owner_item, owner, &[], given, None, false)?;
                if let Some((param, to)) = rename
                    && let Some(name) = self.param(param).cloned()
                    && let Some(resource) = self.store.find_mut(self.k, owner)
                {
                    path::set(&mut resource.item, to, name);
                }
            }
            MemberOp::Remove => {
                let mut at = self.named(&elements, given)?;
                self.refuse_fixed(&elements, &at)?;
                at.sort_unstable();
                at.dedup();
                for index in at.into_iter().rev() {
                    elements.remove(index);
                }
            }
            MemberOp::Flag(member, value) => {
                for index in self.named(&elements, given)? {
                    path::set(&mut elements[index], member, json!(value));
                }
            }
            MemberOp::Assign(param, member) => {
                let Some(value) = self.param(param).cloned() else {
                    return Err(reject(action.malformed, format!("`{param}` is missing.")));
                };
                for index in self.named(&elements, given)? {
                    path::set(&mut elements[index], member, value.clone());
                }
            }
            MemberOp::Update { fallback } => {
                let at = self.named(&elements, given)?;
                let changes = self.given(given)?;
                let keys: Vec<&str> = self
                    .list
                    .keys
                    .iter()
                    .flat_map(|group| group.iter().copied())
                    .collect();
                for (index, change) in at.into_iter().zip(changes) {
                    let mut changed = elements[index].clone();
                    for (member, value) in change.as_object().into_iter().flatten() {
                        if !value.is_null() && !keys.contains(&member.as_str()) {
                            changed[member] = value.clone();
                        }
                    }
                    if let Some((param, member)) = fallback
                        && change.get(member).is_none_or(Value::is_null)
                        && let Some(value) = self.param(param)
                    {
                        changed[member] = value.clone();
                    }
                    let address = self.identity(&changed);
                    let before = self.identity(&elements[index]);
                    if address != before {
                        let owner_item = &self.store.find(self.k, owner).expect("checked").item;
                        let mut taken = self.taken(owner_item, owner);
                        taken.remove(&before);
                        self.check_address(owner_item, &address, &taken)?;
                    }
                    elements[index] = changed;
                }
            }
            MemberOp::Move { to } => {
                let destination = self.owner_id(to)?;
                let mut at = self.named(&elements, given)?;
                self.refuse_fixed(&elements, &at)?;
                if let Addressing::Ipv4 { within } = self.list.addressing {
                    let scope = |id: &str| {
                        self.store
                            .find(self.k, id)
                            .and_then(|r| path::get(&r.item, within.0))
                            .cloned()
                    };
                    if scope(owner) != scope(&destination) {
                        return Err(reject(
                            action.refused.unwrap_or(action.malformed),
                            format!(
                                "`{owner}` and `{destination}` are not in the same {}.",
                                within.1
                            ),
                        ));
                    }
                }
                let mut moving: Vec<Value> = Vec::new();
                at.sort_unstable();
                at.dedup();
                for index in at.into_iter().rev() {
                    moving.insert(0, elements.remove(index));
                }
                let mut target = self.elements_of(&destination);
                if target.len() + moving.len() > self.list.cap {
                    return Err(self.over_cap());
                }
                target.extend(moving);
                self.store_elements(&destination, target);
            }
            MemberOp::Claim { key, owner: member } => {
                let value = self.param(key).and_then(path::text).unwrap_or_default();
                let element = json!({ key: value, member: owner });
                let owner_item = self
                    .store
                    .find(self.k, owner)
                    .expect("checked")
                    .item
                    .clone();
                self.check_refs(&owner_item, &mut Map::new(), &element)?;
                for resource in &mut self.store.kinds[self.k] {
                    if let Some(Value::Array(list)) =
                        path::get_mut(&mut resource.item, self.list.path)
                    {
                        list.retain(|other| text_at(other, key) != value);
                    }
                }
                elements = self.elements_of(owner);
                if elements.len() >= self.list.cap {
                    return Err(self.over_cap());
                }
                elements.push(element);
            }
            MemberOp::Conflicts { .. } | MemberOp::List { .. } | MemberOp::Switch { .. } => {
                unreachable!("answered before")
            }
        }
        self.store_elements(owner, elements);
        Ok(added)
    }

    /// The owners the filters select, projected to `members`.
    fn list_owners(&self, items: &str, members: &[&str], filters: &[(&str, &str)]) -> Value {
        let selected: Vec<Value> = self.store.kinds[self.k]
            .iter()
            .filter(|owner| {
                filters.iter().all(|(param, at)| {
                    let wanted = path::strings(self.param(param));
                    wanted.is_empty()
                        || path::get(&owner.item, at)
                            .and_then(path::text)
                            .is_some_and(|have| wanted.contains(&have))
                })
            })
            .map(|owner| {
                let projected: Map<String, Value> = members
                    .iter()
                    .map(|member| {
                        let value = path::get(&owner.item, member).cloned();
                        // The list itself is empty until something was added.
                        let absent = if *member == self.list.path {
                            json!([])
                        } else {
                            Value::Null
                        };
                        ((*member).to_owned(), value.unwrap_or(absent))
                    })
                    .collect();
                Value::Object(projected)
            })
            .collect();
        json!({ items: selected })
    }

    /// The elements given as objects.
    fn given(&self, given: Option<&Value>) -> Result<Vec<Value>, Rejection> {
        let param = self.action.elements;
        if self.bare() {
            let ids = path::strings(given);
            return Ok(ids.into_iter().map(Value::String).collect());
        }
        match given.filter(|value| !value.is_null()) {
            None => Ok(Vec::new()),
            Some(Value::Array(list)) if list.iter().all(Value::is_object) => Ok(list.clone()),
            Some(_) => Err(reject(
                self.action.malformed,
                format!("`{param}` must be a list of objects."),
            )),
        }
    }

    /// Positions of the elements named (by key objects or bare keys); all must exist.
    fn named(&self, elements: &[Value], given: Option<&Value>) -> Result<Vec<usize>, Rejection> {
        let param = self.action.elements;
        let entries: Vec<Value> = match given.filter(|value| !value.is_null()) {
            Some(Value::Array(list)) => list.clone(),
            Some(scalar) => vec![scalar.clone()],
            None => Vec::new(),
        };
        if entries.is_empty() {
            return Err(reject(
                self.action.malformed,
                format!("`{param}` names no {}.", self.list.name),
            ));
        }
        let mut at = Vec::new();
        for entry in &entries {
            // (member, value) pairs that must all match.
            let wanted: Vec<(&str, String)> = match entry {
                Value::Object(members) => {
                    let found = self.list.keys.iter().find_map(|group| {
                        group
                            .iter()
                            .map(|key| {
                                let value = members.get(*key).filter(|v| !v.is_null())?;
                                Some((*key, path::text(value)?))
                            })
                            .collect::<Option<Vec<_>>>()
                    });
                    let Some(pairs) = found else {
                        let groups: Vec<String> = self
                            .list
                            .keys
                            .iter()
                            .map(|group| group.join(" and "))
                            .collect();
                        return Err(reject(
                            self.action.malformed,
                            format!(
                                "An element of `{param}` names no {} by {}.",
                                self.list.name,
                                groups.join(" or ")
                            ),
                        ));
                    };
                    pairs
                }
                scalar => {
                    let Some(value) = path::text(scalar) else {
                        return Err(reject(
                            self.action.malformed,
                            format!("`{param}` must list {}s.", self.list.keys[0][0]),
                        ));
                    };
                    vec![(self.list.keys[0][0], value)]
                }
            };
            let Some(index) = elements.iter().position(|element| {
                wanted
                    .iter()
                    .all(|(key, value)| text_at(element, key) == *value)
            }) else {
                let described: Vec<String> = wanted
                    .iter()
                    .map(|(key, value)| format!("{key} `{value}`"))
                    .collect();
                return Err(reject(
                    self.action.missing.unwrap_or(self.action.not_found),
                    format!("No {} has the {}.", self.list.name, described.join(" and ")),
                ));
            };
            at.push(index);
        }
        Ok(at)
    }

    fn refuse_fixed(&self, elements: &[Value], at: &[usize]) -> Result<(), Rejection> {
        let Some(fixed) = self.list.fixed else {
            return Ok(());
        };
        if let Some(index) = at
            .iter()
            .find(|index| elements[**index].get(fixed) == Some(&json!(true)))
        {
            return Err(reject(
                self.action.refused.unwrap_or(self.action.malformed),
                format!(
                    "The {} `{}` is the {fixed} one and cannot be removed or moved.",
                    self.list.name,
                    self.identity(&elements[*index])
                ),
            ));
        }
        Ok(())
    }

    fn over_cap(&self) -> Rejection {
        reject(
            self.action.cap.unwrap_or(self.action.malformed),
            format!(
                "A {} holds at most {} {}s.",
                self.list.owner, self.list.cap, self.list.name
            ),
        )
    }

    /// The addresses in use in the element's scope (the owner's list, the owners sharing a
    /// subnet, the account).
    fn taken(&self, owner_item: &Value, owner: &str) -> HashSet<String> {
        let mut taken = HashSet::new();
        let mut collect = |item: &Value| {
            for element in path::get(item, self.list.path)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                taken.insert(self.identity(element));
            }
        };
        match self.list.addressing {
            Addressing::Block { .. } | Addressing::Key => collect(owner_item),
            Addressing::Ipv4 { within } => {
                let scope = path::get(owner_item, within.0);
                for resource in &self.store.kinds[self.k] {
                    if resource.id != owner && path::get(&resource.item, within.0) == scope {
                        collect(&resource.item);
                    }
                }
                collect(owner_item);
            }
            Addressing::Ipv6 => {
                for resource in &self.store.kinds[self.k] {
                    if resource.id != owner {
                        collect(&resource.item);
                    }
                }
                collect(owner_item);
            }
        }
        taken
    }

    /// The block of the resource the owner refers to (its VPC's, its subnet's).
    fn referenced_block(&self, owner_item: &Value, reference: (&str, &str, &str)) -> Option<Block> {
        let (via, kind, block) = reference;
        let id = path::get(owner_item, via).and_then(Value::as_str)?;
        let target = self.engine.kind_index(kind)?;
        let resource = self.store.find(target, id)?;
        Block::parse(path::get(&resource.item, block)?.as_str()?)
    }

    /// Checks a given address: well-formed, within or apart from the owner's block, not taken.
    fn check_address(
        &self,
        owner_item: &Value,
        address: &str,
        taken: &HashSet<String>,
    ) -> Result<(), Rejection> {
        let action = self.action;
        let member = self.list.address;
        match self.list.addressing {
            Addressing::Block { disjoint } => {
                let Some(block) = Block::parse(address) else {
                    return Err(reject(
                        action.malformed,
                        format!("`{member}` `{address}` is not an IPv4 CIDR block."),
                    ));
                };
                if let (Some(code), Some(outer)) =
                    (action.conflict, self.referenced_block(owner_item, disjoint))
                    && outer.overlaps(block)
                {
                    return Err(reject(
                        code,
                        format!("The block {address} overlaps the {}'s block.", disjoint.1),
                    ));
                }
            }
            Addressing::Ipv4 { within } => {
                let Ok(ip) = address.parse::<Ipv4Addr>() else {
                    return Err(reject(
                        action.malformed,
                        format!("`{member}` `{address}` is not an IPv4 address."),
                    ));
                };
                if let Some(outer) = self.referenced_block(owner_item, within)
                    && !outer.hands_out(ip)
                {
                    return Err(reject(
                        action.conflict.unwrap_or(action.malformed),
                        format!(
                            "The address {address} is not one the {}'s block hands out (its \
                             network, gateway and broadcast addresses are reserved).",
                            within.1
                        ),
                    ));
                }
            }
            Addressing::Key => {}
            Addressing::Ipv6 => {
                if address.parse::<Ipv6Addr>().is_err() {
                    return Err(reject(
                        action.malformed,
                        format!("`{member}` `{address}` is not an IPv6 address."),
                    ));
                }
            }
        }
        if taken.contains(address) {
            return Err(reject(
                action.duplicate.unwrap_or(action.malformed),
                format!("The {} {address} is in use already.", self.list.name),
            ));
        }
        Ok(())
    }

    /// A free address for a new element.
    fn assign(&self, owner_item: &Value, taken: &HashSet<String>) -> Result<String, Rejection> {
        let exhausted = || {
            reject(
                self.action.cap.unwrap_or(self.action.malformed),
                format!("No free {} is left.", self.list.name),
            )
        };
        match self.list.addressing {
            Addressing::Ipv4 { within } => {
                let block = self
                    .referenced_block(owner_item, within)
                    .ok_or_else(exhausted)?;
                block
                    .hosts()
                    .map(|ip| ip.to_string())
                    .find(|ip| !taken.contains(ip))
                    .ok_or_else(exhausted)
            }
            Addressing::Ipv6 => loop {
                let ip = Ipv6Addr::new(
                    0x2001,
                    0xdb8,
                    0,
                    0,
                    fastrand::u16(..),
                    fastrand::u16(..),
                    fastrand::u16(..),
                    fastrand::u16(1..),
                )
                .to_string();
                if !taken.contains(&ip) {
                    return Ok(ip);
                }
            },
            Addressing::Block { .. } | Addressing::Key => Err(reject(
                self.action.malformed,
                format!(
                    "Each {} must give its `{}`.",
                    self.list.name, self.list.address
                ),
            )),
        }
    }

    /// The elements the request adds to `existing`: the given ones checked, then `count`
    /// assigned ones. With `creating`, at least one, the first `fixed`.
    fn new_elements(
        &mut self,
        owner_item: &Value,
        owner: &str,
        existing: &[Value],
        given: Option<&Value>,
        count: Option<&str>,
        creating: bool,
    ) -> Result<Vec<Value>, Rejection> {
        let given = self.given(given)?;
        let mut n = match count.and_then(|count| self.param(count)) {
            None => 0,
            Some(value) => value.as_u64().ok_or_else(|| {
                reject(
                    self.action.malformed,
                    format!("`{}` must be a non-negative integer.", count.unwrap_or("")),
                )
            })?,
        };
        if creating && given.is_empty() && n == 0 {
            n = 1;
        }
        let resetting = matches!(self.action.op, MemberOp::Reset { .. });
        if given.is_empty() && n == 0 && !resetting {
            return Err(reject(
                self.action.malformed,
                format!("`{}` gives no {}.", self.action.elements, self.list.name),
            ));
        }
        let total = existing.len() as u64 + given.len() as u64 + n;
        if total > self.list.cap as u64 {
            return Err(self.over_cap());
        }
        let mut taken = self.taken(owner_item, owner);
        if matches!(self.action.op, MemberOp::Reset { .. }) {
            taken.clear();
        }
        let mut added = Vec::new();
        for element in given.into_iter().map(Some).chain((0..n).map(|_| None)) {
            let mut new = Map::new();
            for (member, value) in self.list.defaults {
                new.insert((*member).to_owned(), constant(*value));
            }
            if let Some(Value::Object(members)) = &element {
                for (member, value) in members {
                    if !value.is_null() {
                        new.insert(member.clone(), value.clone());
                    }
                }
            }
            let identity = if let Addressing::Key = self.list.addressing {
                let identity = match &element {
                    Some(bare) if self.bare() => self.identity(bare),
                    _ => self.identity(&Value::Object(new.clone())),
                };
                if taken.contains(&identity) {
                    return Err(reject(
                        self.action.duplicate.unwrap_or(self.action.malformed),
                        format!(
                            "A {} with {} `{identity}` exists already.",
                            self.list.name,
                            self.list.keys[0].join("/")
                        ),
                    ));
                }
                identity
            } else {
                let address = match new.get(self.list.address).and_then(path::text) {
                    Some(address) if !address.is_empty() => {
                        self.check_address(owner_item, &address, &taken)?;
                        address
                    }
                    _ => self.assign(owner_item, &taken)?,
                };
                new.insert(self.list.address.to_owned(), json!(address));
                address
            };
            let named = if self.bare() {
                Value::String(identity.clone())
            } else {
                Value::Object(new.clone())
            };
            self.check_refs(owner_item, &mut new, &named)?;
            for (member, generate) in self.list.generated {
                let value = match generate {
                    Generate::Serial => {
                        let n = self.store.next_seq;
                        self.store.next_seq += 1;
                        json!(n + 1)
                    }
                    Generate::Id(prefix) => json!(fresh_id(self.store, prefix)),
                    Generate::Now => json!(format_time(self.now_ms)),
                };
                new.insert((*member).to_owned(), value);
            }
            if creating
                && added.is_empty()
                && let Some(fixed) = self.list.fixed
            {
                new.insert(fixed.to_owned(), json!(true));
            }
            taken.insert(identity.clone());
            added.push(if self.bare() {
                Value::String(identity)
            } else {
                Value::Object(new)
            });
        }
        Ok(added)
    }

    /// The resources `element` names must exist (and share the owner's member where
    /// declared); their copied values go into `new`.
    fn check_refs(
        &self,
        owner_item: &Value,
        new: &mut Map<String, Value>,
        element: &Value,
    ) -> Result<(), Rejection> {
        for reference in self.list.refs {
            let id = text_at(element, reference.member);
            let found = self
                .engine
                .kind_index(reference.kind)
                .and_then(|target| self.store.find(target, &id));
            let Some(found) = found else {
                return Err(reject(
                    self.action.unknown_ref.unwrap_or(self.action.malformed),
                    format!(
                        "The {} `{id}` named by `{}` does not exist.",
                        reference.kind, reference.member
                    ),
                ));
            };
            if let Some((theirs, ours)) = reference.same {
                let theirs = path::get(&found.item, theirs).and_then(path::text);
                let ours = path::get(owner_item, ours).and_then(path::text);
                if theirs != ours {
                    return Err(reject(
                        self.action.conflict.unwrap_or(self.action.malformed),
                        format!(
                            "The {} `{id}` is in `{}`, the {} in `{}`.",
                            reference.kind,
                            theirs.unwrap_or_default(),
                            self.list.owner,
                            ours.unwrap_or_default()
                        ),
                    ));
                }
            }
            for (from, to) in reference.copy {
                if let Some(value) = path::get(&found.item, from) {
                    new.insert((*to).to_owned(), value.clone());
                }
            }
        }
        Ok(())
    }

    fn conflicts(&self, output: (&str, &str, &str)) -> Result<Value, Rejection> {
        let (list_member, block_member, elements_member) = output;
        let Owner::Param(owner_param) = self.action.owner else {
            unreachable!("conflicts are asked of one owner");
        };
        let owner = self.owner_id(owner_param)?;
        let elements = self.elements_of(&owner);
        let blocks = path::strings(self.param(self.action.elements));
        if blocks.is_empty() {
            return Err(reject(
                self.action.malformed,
                format!("`{}` gives no block.", self.action.elements),
            ));
        }
        let mut set = Vec::new();
        for text in blocks {
            let Some(block) = Block::parse(&text) else {
                return Err(reject(
                    self.action.malformed,
                    format!("`{text}` is not an IPv4 CIDR block."),
                ));
            };
            let overlapping: Vec<&Value> = elements
                .iter()
                .filter(|element| {
                    Block::parse(&text_at(element, self.list.address))
                        .is_some_and(|other| other.overlaps(block))
                })
                .collect();
            set.push(json!({
                owner_param: owner,
                block_member: text,
                elements_member: overlapping,
            }));
        }
        Ok(json!({ list_member: set }))
    }
}

/// Adds the elements an owner's create action gives (or one assigned) to a new `item`.
pub(super) fn on_create(
    engine: &Engine,
    store: &mut Store,
    params: &Value,
    k: usize,
    item: &mut Value,
    now_ms: i64,
) -> Result<(), Rejection> {
    for list in engine.member_lists(k) {
        let Some(action) = &list.on_create else {
            continue;
        };
        let MemberOp::Add { count } = action.op else {
            continue;
        };
        let mut request = Request {
            engine,
            store,
            params,
            k,
            list,
            action,
            now_ms,
        };
        let given = params.get(action.elements);
        let elements = request.new_elements(item, "", &[], given, count, true)?;
        path::set(item, list.path, Value::Array(elements));
    }
    Ok(())
}

fn constant(value: Constant) -> Value {
    match value {
        Constant::Bool(flag) => json!(flag),
        Constant::Number(number) => json!(number),
        Constant::Text(text) => json!(text),
        Constant::EmptyList => json!([]),
    }
}

/// The text of an element's member; the member `""` is the element itself (a bare key id).
fn text_at(element: &Value, member: &str) -> String {
    if member.is_empty() {
        return path::text(element).unwrap_or_default();
    }
    element.get(member).and_then(path::text).unwrap_or_default()
}
