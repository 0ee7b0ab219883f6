//! Member lists a resource's item carries (a route table's routes, an ENI's private IPs),
//! declared by [`MemberList`]: elements added, removed, changed, reset, flagged, moved between
//! owners and checked for overlap, with their addresses validated against the owner's
//! references.

use std::collections::HashSet;
use std::net::{Ipv4Addr, Ipv6Addr};

use serde_json::{Map, Value, json};

use super::cidr::Block;
use super::engine::{Engine, fresh_id};
use super::path;
use super::resources::{
    Addressing, Constant, Generate, MemberAction, MemberList, MemberOp, MemberOutput,
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
}

impl Request<'_> {
    fn param(&self, name: &str) -> Option<&Value> {
        self.params.get(name).filter(|value| !value.is_null())
    }

    fn owner_id(&self, param: &str) -> Result<String, Rejection> {
        let id = self.param(param).and_then(Value::as_str).unwrap_or("");
        if self.store.find(self.k, id).is_none() {
            return Err(reject(
                self.action.not_found,
                format!(
                    "The {} `{id}` named by `{param}` does not exist.",
                    self.list.owner
                ),
            ));
        }
        Ok(id.to_owned())
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

    /// Applies the action; the output members.
    pub(super) fn apply(mut self) -> Result<Value, Rejection> {
        let action = self.action;
        if let MemberOp::Conflicts { output } = action.op {
            return self.conflicts(output);
        }
        let owner = self.owner_id(action.owner)?;
        let mut elements = self.elements_of(&owner);
        let mut added = Vec::new();
        match action.op {
            MemberOp::Add { count } => {
                let owner_item = self
                    .store
                    .find(self.k, &owner)
                    .expect("checked")
                    .item
                    .clone();
                added = self.new_elements(&owner_item, &owner, &elements, count, false)?;
                elements.extend(added.iter().cloned());
            }
            MemberOp::Reset { rename } => {
                let owner_item = self
                    .store
                    .find(self.k, &owner)
                    .expect("checked")
                    .item
                    .clone();
                elements = self.new_elements(&owner_item, &owner, &[], None, false)?;
                if let Some((param, to)) = rename
                    && let Some(name) = self.param(param).cloned()
                    && let Some(resource) = self.store.find_mut(self.k, &owner)
                {
                    path::set(&mut resource.item, to, name);
                }
            }
            MemberOp::Remove => {
                let mut at = self.named(&elements)?;
                self.refuse_fixed(&elements, &at)?;
                at.sort_unstable();
                at.dedup();
                for index in at.into_iter().rev() {
                    elements.remove(index);
                }
            }
            MemberOp::Flag(member, value) => {
                for index in self.named(&elements)? {
                    path::set(&mut elements[index], member, json!(value));
                }
            }
            MemberOp::Update => {
                let at = self.named(&elements)?;
                let given = self.given()?;
                for (index, change) in at.into_iter().zip(given) {
                    let mut changed = elements[index].clone();
                    for (member, value) in change.as_object().into_iter().flatten() {
                        if !value.is_null() && !self.list.keys.contains(&member.as_str()) {
                            changed[member] = value.clone();
                        }
                    }
                    let address = text_at(&changed, self.list.address);
                    if address != text_at(&elements[index], self.list.address) {
                        let owner_item = &self.store.find(self.k, &owner).expect("checked").item;
                        let mut taken = self.taken(owner_item, &owner);
                        taken.remove(&text_at(&elements[index], self.list.address));
                        self.check_address(owner_item, &address, &taken)?;
                    }
                    elements[index] = changed;
                }
            }
            MemberOp::Move { to } => {
                let destination = self.owner_id(to)?;
                let at = self.named(&elements)?;
                self.refuse_fixed(&elements, &at)?;
                if let Addressing::Ipv4 { within } = self.list.addressing {
                    let scope = |id: &str| {
                        self.store
                            .find(self.k, id)
                            .and_then(|r| path::get(&r.item, within.0))
                            .cloned()
                    };
                    if scope(&owner) != scope(&destination) {
                        return Err(reject(
                            self.action.refused.unwrap_or(self.action.malformed),
                            format!(
                                "`{owner}` and `{destination}` are not in the same {}.",
                                within.1
                            ),
                        ));
                    }
                }
                let mut moving: Vec<Value> = Vec::new();
                let mut at = at;
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
            MemberOp::Conflicts { .. } => unreachable!("answered above"),
        }
        self.store_elements(&owner, elements);
        Ok(match action.output {
            MemberOutput::Empty => json!({}),
            MemberOutput::Added(member) => json!({ member: added }),
            MemberOutput::Owner(items, total) => {
                let resource = self.store.find(self.k, &owner).expect("checked");
                let item = self
                    .engine
                    .render(self.store, self.k, resource)
                    .into_owned();
                json!({ items: [item], total: 1 })
            }
        })
    }

    /// The elements the parameter gives as objects.
    fn given(&self) -> Result<Vec<Value>, Rejection> {
        let param = self.action.elements;
        match self.param(param) {
            None => Ok(Vec::new()),
            Some(Value::Array(list)) if list.iter().all(Value::is_object) => Ok(list.clone()),
            Some(_) => Err(reject(
                self.action.malformed,
                format!("`{param}` must be a list of objects."),
            )),
        }
    }

    /// Positions of the elements the parameter names (by key object or bare key); all must
    /// exist.
    fn named(&self, elements: &[Value]) -> Result<Vec<usize>, Rejection> {
        let param = self.action.elements;
        let entries: Vec<Value> = match self.param(param) {
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
            let (key, wanted) = match entry {
                Value::Object(members) => {
                    let Some((key, value)) = self.list.keys.iter().find_map(|key| {
                        let value = members.get(*key).filter(|v| !v.is_null())?;
                        Some((*key, path::text(value)?))
                    }) else {
                        return Err(reject(
                            self.action.malformed,
                            format!(
                                "An element of `{param}` names no {} by {}.",
                                self.list.name,
                                self.list.keys.join(" or ")
                            ),
                        ));
                    };
                    (key, value)
                }
                scalar => {
                    let Some(value) = path::text(scalar) else {
                        return Err(reject(
                            self.action.malformed,
                            format!("`{param}` must list {}s.", self.list.keys[0]),
                        ));
                    };
                    (self.list.keys[0], value)
                }
            };
            let Some(index) = elements
                .iter()
                .position(|element| text_at(element, key) == wanted)
            else {
                return Err(reject(
                    self.action.not_found,
                    format!("No {} has the {key} `{wanted}`.", self.list.name),
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
                    text_at(&elements[*index], self.list.address)
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
        let address = self.list.address;
        let mut taken = HashSet::new();
        let mut collect = |item: &Value| {
            for element in path::get(item, self.list.path)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                taken.insert(text_at(element, address));
            }
        };
        match self.list.addressing {
            Addressing::Block { .. } => collect(owner_item),
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
                    && !outer.contains(Block::host(ip))
                {
                    return Err(reject(
                        action.conflict.unwrap_or(action.malformed),
                        format!(
                            "The address {address} is not within the {}'s block.",
                            within.1
                        ),
                    ));
                }
            }
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
                // The network address, the gateway (.1) and the broadcast address are reserved.
                block
                    .hosts()
                    .skip(2)
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
            Addressing::Block { .. } => Err(reject(
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
        count: Option<&str>,
        creating: bool,
    ) -> Result<Vec<Value>, Rejection> {
        let given = self.given()?;
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
        if given.is_empty() && n == 0 {
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
            let address = match element {
                Some(Value::Object(members)) => {
                    for (member, value) in members {
                        if !value.is_null() {
                            new.insert(member, value);
                        }
                    }
                    match new.get(self.list.address).and_then(path::text) {
                        Some(address) if !address.is_empty() => {
                            self.check_address(owner_item, &address, &taken)?;
                            address
                        }
                        _ => self.assign(owner_item, &taken)?,
                    }
                }
                _ => self.assign(owner_item, &taken)?,
            };
            new.insert(self.list.address.to_owned(), json!(address));
            for (member, generate) in self.list.generated {
                let value = match generate {
                    Generate::Serial => {
                        let n = self.store.next_seq;
                        self.store.next_seq += 1;
                        json!(n + 1)
                    }
                    Generate::Id(prefix) => json!(fresh_id(self.store, prefix)),
                };
                new.insert((*member).to_owned(), value);
            }
            if creating
                && added.is_empty()
                && let Some(fixed) = self.list.fixed
            {
                new.insert(fixed.to_owned(), json!(true));
            }
            taken.insert(address);
            added.push(Value::Object(new));
        }
        Ok(added)
    }

    fn conflicts(&self, output: (&str, &str, &str)) -> Result<Value, Rejection> {
        let (list_member, block_member, elements_member) = output;
        let owner = self.owner_id(self.action.owner)?;
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
                self.action.owner: owner,
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
        };
        let elements = request.new_elements(item, "", &[], count, true)?;
        path::set(item, list.path, Value::Array(elements));
    }
    Ok(())
}

fn constant(value: Constant) -> Value {
    match value {
        Constant::Bool(flag) => json!(flag),
        Constant::Text(text) => json!(text),
    }
}

fn text_at(element: &Value, member: &str) -> String {
    element.get(member).and_then(path::text).unwrap_or_default()
}
