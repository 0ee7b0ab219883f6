//! Waiters, declared as data: [`WAITERS`] is the table, `waiters.rs` of the SDK the output
//! (one `Client::wait_until_…` method each, calling the hand-written engine in
//! `ecm-sdk/src/waiter.rs`).
//!
//! A row names the Describe action, how the request selects resources, where the response
//! lists them, which member is the id and which the state, the documented success and
//! failure states, and whether a selected resource missing from the response is success
//! ("gone": terminated, deleted) or an error. Every state must be a documented value of the
//! state field's value set and every name must exist, or generation fails.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::GenerateError;
use super::doc_text::Doc;
use super::model::{ActionModel, FieldModel, Model, RustType};
use super::naming::{ident, snake_case};
use super::value_sets::{EnumModel, Owner};

/// How a request selects the resources it waits on.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Select {
    /// A list input of ids (`AddressIds`).
    Ids(&'static str),
    /// The values of one documented filter (`instance-id`).
    Filter(&'static str),
    /// A list input of structures, by one member (`TaskSet` → `TaskId`).
    StructIds(&'static str, &'static str),
    /// One resource, named by a scalar input (`TaskId`) and described by the output itself.
    Single(&'static str),
}

/// One row of the waiter table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WaiterDef {
    /// `instances_running` → `Client::wait_until_instances_running`.
    pub(crate) name: &'static str,
    /// What the waiter waits for, completing "Waits until …".
    pub(crate) until: &'static str,
    pub(crate) action: &'static str,
    pub(crate) select: Select,
    /// The list output carrying the resources, and the path from a list item to the resource
    /// (`ModuleItemSet`, `["Module"]`); `None` for [`Select::Single`].
    pub(crate) items: Option<(&'static str, &'static [&'static str])>,
    /// The resource's id member, if it has one.
    pub(crate) id: Option<&'static str>,
    /// The resource's (or, for [`Select::Single`], the output's) state field.
    pub(crate) state: &'static str,
    pub(crate) success: &'static [&'static str],
    pub(crate) failure: &'static [&'static str],
    /// Whether a selected resource missing from the response is success.
    pub(crate) gone_is_success: bool,
}

/// The waiters: every Describe action whose resources have a documented state set.
pub(crate) const WAITERS: &[WaiterDef] = &[
    WaiterDef {
        name: "instances_running",
        until: "every selected instance is `RUNNING`",
        action: "DescribeInstances",
        select: Select::Filter("instance-id"),
        items: Some(("InstanceSet", &[])),
        id: Some("InstanceId"),
        state: "InstanceState",
        success: &["RUNNING"],
        failure: &["LAUNCH_FAILED"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "instances_stopped",
        until: "every selected instance is `STOPPED`",
        action: "DescribeInstances",
        select: Select::Filter("instance-id"),
        items: Some(("InstanceSet", &[])),
        id: Some("InstanceId"),
        state: "InstanceState",
        success: &["STOPPED"],
        failure: &["LAUNCH_FAILED"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "instances_terminated",
        until: "no selected instance is returned any more (terminated)",
        action: "DescribeInstances",
        select: Select::Filter("instance-id"),
        items: Some(("InstanceSet", &[])),
        id: Some("InstanceId"),
        state: "InstanceState",
        success: &[],
        failure: &[],
        gone_is_success: true,
    },
    WaiterDef {
        name: "modules_normal",
        until: "every selected module is `NORMAL`",
        action: "DescribeModule",
        select: Select::Filter("module-id"),
        items: Some(("ModuleItemSet", &["Module"])),
        id: Some("ModuleId"),
        state: "ModuleState",
        success: &["NORMAL"],
        failure: &["DELETEFAILED"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "modules_deleted",
        until: "no selected module is returned any more (deleted)",
        action: "DescribeModule",
        select: Select::Filter("module-id"),
        items: Some(("ModuleItemSet", &["Module"])),
        id: Some("ModuleId"),
        state: "ModuleState",
        success: &[],
        failure: &["DELETEFAILED"],
        gone_is_success: true,
    },
    WaiterDef {
        name: "addresses_bound",
        until: "every selected EIP is `BIND` (bound)",
        action: "DescribeAddresses",
        select: Select::Ids("AddressIds"),
        items: Some(("AddressSet", &[])),
        id: Some("AddressId"),
        state: "AddressStatus",
        success: &["BIND"],
        failure: &[],
        gone_is_success: false,
    },
    WaiterDef {
        name: "addresses_unbound",
        until: "every selected EIP is `UNBIND` (unbound)",
        action: "DescribeAddresses",
        select: Select::Ids("AddressIds"),
        items: Some(("AddressSet", &[])),
        id: Some("AddressId"),
        state: "AddressStatus",
        success: &["UNBIND"],
        failure: &[],
        gone_is_success: false,
    },
    WaiterDef {
        name: "image_tasks_done",
        until: "every image import task the request selects is `SUCCESS`",
        action: "DescribeCustomImageTask",
        select: Select::Filter("task-id"),
        items: Some(("ImageTaskSet", &[])),
        id: None,
        state: "State",
        success: &["SUCCESS"],
        failure: &["FAILED"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "tasks_done",
        until: "every selected asynchronous task is `SUCCESS`",
        action: "DescribeTaskStatus",
        select: Select::StructIds("TaskSet", "TaskId"),
        items: Some(("TaskSet", &[])),
        id: Some("TaskId"),
        state: "Status",
        success: &["SUCCESS"],
        failure: &["FAILED"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "task_result_success",
        until: "the asynchronous task's `Result` is `SUCCESS`",
        action: "DescribeTaskResult",
        select: Select::Single("TaskId"),
        items: None,
        id: None,
        state: "Result",
        success: &["SUCCESS"],
        failure: &["FAILED"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "load_balance_task_succeeded",
        until: "the CLB task's `Status` is `0` (succeeded)",
        action: "DescribeLoadBalanceTaskStatus",
        select: Select::Single("TaskId"),
        items: None,
        id: None,
        state: "Status",
        success: &["0"],
        failure: &["1"],
        gone_is_success: false,
    },
    WaiterDef {
        name: "load_balancers_running",
        until: "every selected CLB instance's `Status` is `1` (running)",
        action: "DescribeLoadBalancers",
        select: Select::Ids("LoadBalancerIds"),
        items: Some(("LoadBalancerSet", &[])),
        id: Some("LoadBalancerId"),
        state: "Status",
        success: &["1"],
        failure: &[],
        gone_is_success: false,
    },
    WaiterDef {
        name: "snapshots_normal",
        until: "every selected snapshot is `NORMAL`",
        action: "DescribeSnapshots",
        select: Select::Ids("SnapshotIds"),
        items: Some(("SnapshotSet", &[])),
        id: Some("SnapshotId"),
        state: "SnapshotState",
        success: &["NORMAL"],
        failure: &[],
        gone_is_success: false,
    },
    WaiterDef {
        name: "network_interfaces_available",
        until: "every selected ENI is `AVAILABLE`",
        action: "DescribeNetworkInterfaces",
        select: Select::Ids("NetworkInterfaceIds"),
        items: Some(("NetworkInterfaceSet", &[])),
        id: Some("NetworkInterfaceId"),
        state: "State",
        success: &["AVAILABLE"],
        failure: &[],
        gone_is_success: false,
    },
];

fn problem(def: &WaiterDef, problem: impl Into<String>) -> GenerateError {
    GenerateError::Unsupported {
        context: format!("waiter {}", def.name),
        problem: problem.into(),
    }
}

fn field<'m, 'a>(
    fields: &'m [FieldModel<'a>],
    wire: &str,
    def: &WaiterDef,
) -> Result<&'m FieldModel<'a>, GenerateError> {
    fields
        .iter()
        .find(|f| f.field.name == wire)
        .ok_or_else(|| problem(def, format!("no field `{wire}`")))
}

fn struct_fields<'m, 'a>(
    model: &'m Model<'a>,
    ty: &RustType,
    def: &WaiterDef,
) -> Result<(&'m [FieldModel<'a>], &'m str), GenerateError> {
    let name = match ty {
        RustType::Struct(name) => name,
        RustType::Vec(inner) => match &**inner {
            RustType::Struct(name) => name,
            _ => {
                return Err(problem(
                    def,
                    "a list of scalars where a structure was expected",
                ));
            }
        },
        _ => return Err(problem(def, "a scalar where a structure was expected")),
    };
    let data_type = model
        .data_types
        .iter()
        .find(|d| &d.rust_name == name)
        .ok_or_else(|| problem(def, format!("no data structure {name}")))?;
    Ok((&data_type.fields, data_type.data_type.name.as_str()))
}

/// The rows of the waiter table that `model` cannot generate, with the reason. A row is
/// skipped (not an error) so that small test specs generate; the real spec must resolve every
/// row, which `codegen/tests/all/generate_real_spec.rs` asserts through [`unresolved_waiters`].
fn resolve(model: &Model<'_>) -> (Vec<TokenStream>, Vec<String>, Vec<GenerateError>) {
    let mut items = Vec::new();
    let mut imports: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for def in WAITERS {
        let Some(action) = model.actions.iter().find(|a| a.action.name == def.action) else {
            problems.push(problem(def, format!("no action {}", def.action)));
            continue;
        };
        let mut row_imports = Vec::new();
        match render_one(model, action, def, &mut row_imports) {
            Ok(item) => {
                items.push(item);
                imports.extend(row_imports);
            }
            Err(error) => problems.push(error),
        }
    }
    imports.sort();
    imports.dedup();
    (items, imports, problems)
}

/// The waiter-table rows `spec` cannot generate (empty for the real spec).
pub fn unresolved_waiters(spec: &ecm_spec::Spec) -> Result<Vec<GenerateError>, GenerateError> {
    let model = Model::new(spec)?;
    Ok(resolve(&model).2)
}

/// `waiters.rs`: the waiter declarations and the client methods.
pub(crate) fn render(model: &Model<'_>) -> Result<TokenStream, GenerateError> {
    let (items, imports, _) = resolve(model);
    let doc = quote! {
        //! The waiters of the waiter table (`ecm-codegen`'s `generate/waiters.rs`): one
        //! `Client::wait_until_…` method each, run by the engine in [`crate::waiter`].
    };
    if items.is_empty() {
        return Ok(doc);
    }
    let imports = imports.iter().map(|name| format_ident!("{}", name));
    Ok(quote! {
        #doc

        use crate::actions::*;
        use crate::types::{#(#imports),*};
        use crate::waiter::{Gone, Observation, StateClass, WaitError, WaitOptions, Waiter};

        #(#items)*
    })
}

fn render_one(
    model: &Model<'_>,
    action: &ActionModel<'_>,
    def: &WaiterDef,
    imports: &mut Vec<String>,
) -> Result<TokenStream, GenerateError> {
    let request = format_ident!("{}", action.request_name());
    let response = format_ident!("{}", action.response_name());

    // Selection.
    let (ids, example_setup) = match def.select {
        Select::Ids(input) => {
            let f = ident(&field(&action.inputs, input, def)?.rust_name);
            (
                quote!(|request| request.#f.clone().unwrap_or_default()),
                (input, format!(".{f}([\"id-1\", \"id-2\"])")),
            )
        }
        Select::Filter(name) => {
            let filters = action
                .inputs
                .iter()
                .find(|i| i.typed_filter.is_some())
                .ok_or_else(|| problem(def, "the action has no typed filters"))?;
            let documented = action
                .action
                .filters
                .as_ref()
                .is_some_and(|set| set.filters.iter().any(|f| f.name == name));
            if !documented {
                return Err(problem(def, format!("`{name}` is not a documented filter")));
            }
            let f = ident(&filters.rust_name);
            let typed = filters.typed_filter.clone().unwrap_or_default();
            (
                quote! {
                    |request| crate::waiter::filter_values(request.#f.as_deref(), #name)
                },
                (
                    filters.field.name.as_str(),
                    format!(
                        ".{}([{typed}::{}([\"id-1\"])])",
                        filters.rust_name,
                        snake_case(name)
                    ),
                ),
            )
        }
        Select::StructIds(input, member) => {
            let list = field(&action.inputs, input, def)?;
            let (members, type_name) = struct_fields(model, &list.ty, def)?;
            let m = ident(&field(members, member, def)?.rust_name);
            let f = ident(&list.rust_name);
            (
                quote!(|request| request.#f.iter().flatten().filter_map(|item| item.#m.clone()).collect()),
                (
                    input,
                    format!(
                        ".{}([ecm_sdk::types::{}::new(){}.{}(\"id-1\")])",
                        list.rust_name,
                        super::naming::upper_camel_case(type_name),
                        required_strings(members, member, ""),
                        snake_case(member)
                    ),
                ),
            )
        }
        Select::Single(input) => {
            let f = field(&action.inputs, input, def)?;
            (
                quote!(|_| Vec::new()),
                (input, format!(".{}(\"id-1\")", f.rust_name)),
            )
        }
    };
    let (selection_input, selection) = example_setup;
    let example_setup = format!(
        "{}::new(){}\n    {selection}",
        action.request_name(),
        required_strings(&action.inputs, selection_input, "\n    ")
    );

    // Where the resource and its state are.
    let (state_field, resource_fields, owner) = match def.items {
        Some((list, path)) => {
            let list = field(&action.outputs, list, def)?;
            let (mut fields, mut owner) = struct_fields(model, &list.ty, def)?;
            for step in path {
                let step = field(fields, step, def)?;
                (fields, owner) = struct_fields(model, &step.ty, def)?;
            }
            (
                field(fields, def.state, def)?,
                fields,
                Owner::DataType(owner.to_owned()),
            )
        }
        None => (
            field(&action.outputs, def.state, def)?,
            &action.outputs[..],
            Owner::Action(action.action.name.clone()),
        ),
    };
    let value_set = model
        .value_sets
        .of(&owner, def.state)
        .ok_or_else(|| problem(def, format!("`{}` has no documented value set", def.state)))?;
    imports.push(value_set.rust_name.clone());
    let classify = classify(def, value_set)?;
    let state = ident(&state_field.rust_name);
    let id_expr = match def.id {
        Some(id) => {
            let id = ident(&field(resource_fields, id, def)?.rust_name);
            quote!(resource.#id.clone())
        }
        None => quote!(None),
    };
    let observe_one = quote! {
        Observation {
            id: #id_expr,
            state: resource.#state.as_ref().map(#classify),
        }
    };
    let observe = match def.items {
        Some((list, path)) => {
            let list = ident(&field(&action.outputs, list, def)?.rust_name);
            let mut steps = Vec::new();
            let (mut fields, _) = struct_fields(
                model,
                &field(&action.outputs, def.items.map(|i| i.0).unwrap_or(""), def)?.ty,
                def,
            )?;
            for step in path {
                let step_field = field(fields, step, def)?;
                let step_ident = ident(&step_field.rust_name);
                steps.push(if step_field.boxed {
                    quote!(.filter_map(|item| item.#step_ident.as_deref()))
                } else {
                    quote!(.filter_map(|item| item.#step_ident.as_ref()))
                });
                (fields, _) = struct_fields(model, &step_field.ty, def)?;
            }
            quote! {
                |output| {
                    output
                        .#list
                        .iter()
                        .flatten()
                        #(#steps)*
                        .map(|resource| #observe_one)
                        .collect()
                }
            }
        }
        None => quote! {
            |output| {
                let resource = output;
                vec![#observe_one]
            }
        },
    };
    let gone = if def.gone_is_success {
        quote!(Gone::Success)
    } else {
        quote!(Gone::Failure)
    };
    let name = def.name;
    let constant = format_ident!("{}", def.name.to_ascii_uppercase());
    let method = format_ident!("wait_until_{}", def.name);

    let mut doc = Doc::new();
    doc.markdown(&format!(
        "Waits until {} (polling `{}`), and returns the final response.",
        def.until, def.action
    ));
    let states = |states: &[&str]| {
        states
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !def.failure.is_empty() {
        doc.markdown(&format!(
            "Fails at once with [`WaitError::FailureState`] on {}.",
            states(def.failure)
        ));
    }
    doc.markdown(if def.gone_is_success {
        "A selected resource the response no longer lists counts as done."
    } else {
        "A selected resource the response does not list (or an empty response) fails at once \
         with [`WaitError::Gone`]."
    });
    doc.markdown(
        "Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and \
         per-call overrides apply) with jittered exponential back-off, for at most the given \
         wait; see [`crate::waiter`].",
    );
    doc.verbatim(&format!(
        "```no_run\n\
         # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {{\n\
         use std::time::Duration;\n\
         use ecm_sdk::actions::*;\n\
         \n\
         let request = {example_setup};\n\
         let response = client\n\
         \x20   .wait_until_{name}(request, Duration::from_secs(600))\n\
         \x20   .await?;\n\
         # let _ = response;\n\
         # Ok(()) }}\n\
         ```"
    ));
    let doc = doc.to_tokens();
    Ok(quote! {
        static #constant: Waiter<#request> = Waiter {
            name: #name,
            ids: #ids,
            observe: #observe,
            gone: #gone,
        };

        impl crate::Client {
            #doc
            pub async fn #method(
                &self,
                request: #request,
                max_wait: impl Into<WaitOptions>,
            ) -> Result<#response, WaitError<#response>> {
                crate::waiter::wait(self, request, &#constant, max_wait.into()).await
            }
        }
    })
}

/// Setter calls with placeholder values for the required `String` fields other than `except`,
/// each after `separator`, for the examples (`.ecm_region("ap-xian-ecm")`).
fn required_strings(fields: &[FieldModel<'_>], except: &str, separator: &str) -> String {
    fields
        .iter()
        .filter(|f| f.field.required == Some(true) && f.field.name != except)
        .filter(|f| f.ty == RustType::String)
        .map(|f| {
            let value = if f.field.name.contains("Region") {
                "ap-xian-ecm"
            } else {
                "…"
            };
            format!("{separator}.{}(\"{value}\")", f.rust_name)
        })
        .collect()
}

/// `|state| (class, wire)` for the state enum.
fn classify(def: &WaiterDef, value_set: &EnumModel) -> Result<TokenStream, GenerateError> {
    let enum_name = format_ident!("{}", value_set.rust_name);
    let variant = |wire: &str| {
        value_set
            .variants
            .iter()
            .find(|(_, w, _)| w == wire)
            .map(|(v, _, _)| format_ident!("{}", v))
            .ok_or_else(|| {
                problem(
                    def,
                    format!(
                        "`{wire}` is not a documented value of {}",
                        value_set.rust_name
                    ),
                )
            })
    };
    let success = def
        .success
        .iter()
        .map(|w| variant(w))
        .collect::<Result<Vec<_>, _>>()?;
    let failure = def
        .failure
        .iter()
        .map(|w| variant(w))
        .collect::<Result<Vec<_>, _>>()?;
    let success_arm = if success.is_empty() {
        TokenStream::new()
    } else {
        quote!(#(#enum_name::#success)|* => StateClass::Success,)
    };
    let failure_arm = if failure.is_empty() {
        TokenStream::new()
    } else {
        quote!(#(#enum_name::#failure)|* => StateClass::Failure,)
    };
    if success.is_empty() && failure.is_empty() {
        // Only "gone" ends this waiter: every state is pending.
        return Ok(quote!(|state: &#enum_name| (StateClass::Pending, state.to_string())));
    }
    Ok(quote! {
        |state: &#enum_name| {
            let class = match state {
                #success_arm
                #failure_arm
                _ => StateClass::Pending,
            };
            (class, state.to_string())
        }
    })
}
