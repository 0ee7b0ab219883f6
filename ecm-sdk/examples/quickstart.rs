//! Quickstart: a tour of the ECM SDK — see where machines can run, create a security
//! group, a module and instances, wait for them with a generated waiter, list them with a
//! typed filter and a paginator, stop and terminate them, and see what errors look like.
//!
//! ```sh
//! cargo run -p ecm-sdk --example quickstart
//! ```
//!
//! If the default credentials chain finds credentials (`TENCENTCLOUD_SECRET_ID` and
//! `TENCENTCLOUD_SECRET_KEY`, the CLI's `~/.tencentcloud/credentials`, or the CVM instance
//! role), it calls the real service — read-only calls only: the creating part of the tour is
//! skipped there, as it would start billable machines. Otherwise it starts `ecm-emulator`
//! in-process: a local ECM endpoint that keeps state the way the service does (what you
//! create, you can describe; instances go from `PENDING` to `RUNNING` after about a second)
//! and checks signatures, parameters and references. It says which one it uses. Errors are
//! reported with `Display`.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Duration;

use ecm_sdk::actions::{
    CreateModuleRequest, CreateSecurityGroupRequest, DeleteModuleRequest,
    DeleteSecurityGroupRequest, DescribeImageRequest, DescribeInstanceTypeConfigRequest,
    DescribeInstanceVncUrlRequest, DescribeInstancesFilter, DescribeInstancesRequest,
    DescribeNodeRequest, RunInstancesRequest, StopInstancesRequest, TerminateInstancesRequest,
};
use ecm_sdk::error_code::FailedOperation;
use ecm_sdk::types::{Instance, ZoneInstanceCountIsp};
use ecm_sdk::{Client, Error, ErrorCode, WaitOptions};

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = support::connect(&mut out).await?;
    tour(&connection.client, connection.emulator.is_some(), &mut out).await
}

/// The tour itself, writing to `out`; `create` is set against the emulator, where creating
/// machines costs nothing. (`pub(crate)`: the examples' tests run it too.)
pub(crate) async fn tour(
    client: &Client,
    create: bool,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    // Typed calls: build a request with chainable setters, `await` the typed response.
    // Response fields are `Option`s (the service may leave any out); lists also have
    // borrowing accessors (`node_set()`) that give an empty slice for a missing list.
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    let rows = nodes
        .node_set()
        .iter()
        .map(|node| {
            let zone = node.zone_info.clone().unwrap_or_default();
            let isps: Vec<&str> = node
                .isp_set
                .as_deref()
                .unwrap_or_default()
                .iter()
                .filter_map(|isp| isp.isp_id.as_deref())
                .collect();
            vec![
                zone.zone.unwrap_or_default(),
                zone.zone_name.unwrap_or_default(),
                node.city
                    .as_ref()
                    .and_then(|c| c.city_name.clone())
                    .unwrap_or_default(),
                isps.join(", "),
            ]
        })
        .collect();
    let title = format!("Nodes ({})", nodes.total_count.unwrap_or_default());
    print_table(out, &title, &["ZONE", "ZONE NAME", "CITY", "ISPS"], rows)?;

    if create {
        create_wait_list_delete(client, &nodes, out).await?;
    } else {
        // Lists: a paginator sends the request page after page (`Offset`/`Limit`) until
        // `TotalCount` items have come; `next` yields them one by one.
        let mut instances = client
            .paginate(DescribeInstancesRequest::new())
            .page_size(50)
            .items();
        let mut all = Vec::new();
        while let Some(instance) = instances.next().await {
            all.push(instance?);
        }
        print_instances(out, &format!("Instances ({})", all.len()), &all)?;
        writeln!(
            out,
            "\nSkipping the create/wait/delete part against the real service (it starts \
             billable machines)."
        )?;
    }

    // Errors. A request missing a required parameter never leaves the process: the SDK
    // checks requests before sending them, and the error names the parameter.
    writeln!(
        out,
        "\nDescribeInstanceVncUrl without its required InstanceId:"
    )?;
    if let Err(error) = client
        .describe_instance_vnc_url(DescribeInstanceVncUrlRequest::new())
        .await
    {
        explain(out, &error)?;
    }

    // Typed filters cannot be misspelt; `raw` sends any name, and the service refuses one
    // it does not know.
    writeln!(out, "\nDescribeInstances with an undocumented filter name:")?;
    let typo = DescribeInstancesFilter::raw("instance-colour", ["blue"]);
    if let Err(error) = client
        .describe_instances(DescribeInstancesRequest::new().filters([typo]))
        .await
    {
        explain(out, &error)?;
    }
    Ok(())
}

/// The creating part: a security group, a module (an instance template) using it, three
/// instances of the module; waits until they run, lists them, stops one, terminates them
/// all, and deletes the module and the security group.
async fn create_wait_list_delete(
    client: &Client,
    nodes: &ecm_sdk::actions::DescribeNodeResponse,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    // What to run, and where: the catalogue calls list the zones (above), the instance
    // types and the images.
    let node = nodes
        .node_set()
        .first()
        .ok_or("DescribeNode listed no node")?;
    let zone = node
        .zone_info
        .as_ref()
        .and_then(|z| z.zone.clone())
        .ok_or("a node without a zone")?;
    let isp = node
        .isp_set
        .as_deref()
        .unwrap_or_default()
        .first()
        .and_then(|isp| isp.isp_id.clone())
        .ok_or("a node without an ISP")?;
    let types = client
        .describe_instance_type_config(DescribeInstanceTypeConfigRequest::new())
        .await?;
    let instance_type = types
        .instance_type_config_set()
        .iter()
        .min_by_key(|config| (config.vcpu, config.memory))
        .and_then(|config| config.instance_type.clone())
        .ok_or("DescribeInstanceTypeConfig listed no instance type")?;
    let images = client
        .paginate(DescribeImageRequest::new())
        .items()
        .try_collect()
        .await?;
    let image = images
        .iter()
        .find(|image| image.architecture.as_deref() == Some("x86_64"))
        .or(images.first())
        .ok_or("DescribeImage listed no image")?;
    let image_id = image.image_id.clone().unwrap_or_default();
    writeln!(
        out,
        "\nUsing zone {zone} ({isp}), instance type {instance_type}, image {image_id} ({}).",
        image.image_name.as_deref().unwrap_or("-")
    )?;

    // Create. Each create call answers with the new resource's id.
    let group = client
        .create_security_group(
            CreateSecurityGroupRequest::new()
                .group_name("quickstart")
                .group_description("the quickstart's machines"),
        )
        .await?;
    let group_id = group
        .security_group
        .and_then(|g| g.security_group_id)
        .unwrap_or_default();
    writeln!(out, "Created security group {group_id}.")?;

    let module = client
        .create_module(
            CreateModuleRequest::new()
                .module_name("quickstart")
                .default_image_id(&image_id)
                .instance_type(&instance_type)
                .default_band_width(10)
                .default_system_disk_size(50)
                .default_data_disk_size(0)
                .security_groups([&group_id]),
        )
        .await?;
    let module_id = module.module_id.unwrap_or_default();
    writeln!(out, "Created module {module_id}.")?;

    let placement = ZoneInstanceCountIsp::new()
        .zone(&zone)
        .isp(&isp)
        .instance_count(3);
    let run = client
        .run_instances(
            RunInstancesRequest::new()
                .module_id(&module_id)
                .zone_instance_count_isp_set([placement])
                .instance_name("quickstart"),
        )
        .await?;
    let ids = run.instance_id_set().to_vec();
    writeln!(out, "Started instances {}.", ids.join(", "))?;

    // Wait: a generated waiter polls DescribeInstances (the instances selected by a typed
    // filter) with back-off until every one is RUNNING, and fails at once on
    // LAUNCH_FAILED. By default polls start 2 s apart and back off to 20 s, which suits
    // the service (machines take tens of seconds); the emulator's take about a second, so
    // poll every 250–500 ms here.
    let patience = WaitOptions::new(Duration::from_secs(300))
        .min_delay(Duration::from_millis(250))
        .max_delay(Duration::from_millis(500));
    let these = || {
        DescribeInstancesRequest::new().filters([DescribeInstancesFilter::instance_id(ids.iter())])
    };
    let running = client
        .wait_until_instances_running(these(), patience)
        .await?;
    writeln!(out, "All {} running.", running.instance_set().len())?;

    // List: every instance of the module (a typed filter), through a paginator asking
    // for pages of 2, so it sends two requests.
    let of_module =
        DescribeInstancesRequest::new().filters([DescribeInstancesFilter::module_id([&module_id])]);
    let mut pages = client.paginate(of_module).page_size(2).pages();
    let mut listed = Vec::new();
    let mut page_count = 0;
    while let Some(page) = pages.next().await {
        page_count += 1;
        listed.extend_from_slice(page?.instance_set());
    }
    let title = format!(
        "Instances of {module_id} ({} in {page_count} pages)",
        listed.len()
    );
    print_instances(out, &title, &listed)?;

    // An error the service documents: a module cannot be deleted while it has instances.
    writeln!(out, "\nDeleteModule while the module still has instances:")?;
    match client
        .delete_module(DeleteModuleRequest::new().module_id(&module_id))
        .await
    {
        Err(error) => explain(out, &error)?,
        Ok(_) => return Err("DeleteModule succeeded although the module has instances".into()),
    }

    // Stop one, terminate them all, wait until they are gone, and clean up.
    client
        .stop_instances(StopInstancesRequest::new().instance_id_set([&ids[0]]))
        .await?;
    let one =
        DescribeInstancesRequest::new().filters([DescribeInstancesFilter::instance_id([&ids[0]])]);
    client.wait_until_instances_stopped(one, patience).await?;
    writeln!(out, "\nStopped {}.", ids[0])?;

    client
        .terminate_instances(TerminateInstancesRequest::new().instance_id_set(ids.iter()))
        .await?;
    client
        .wait_until_instances_terminated(these(), patience)
        .await?;
    writeln!(out, "Terminated {}.", ids.join(", "))?;

    client
        .delete_module(DeleteModuleRequest::new().module_id(&module_id))
        .await?;
    client
        .delete_security_group(DeleteSecurityGroupRequest::new().security_group_id(&group_id))
        .await?;
    writeln!(
        out,
        "Deleted module {module_id} and security group {group_id}."
    )?;
    Ok(())
}

/// Reports an error the way an application might handle it.
fn explain(out: &mut impl Write, error: &Error) -> io::Result<()> {
    match error {
        // The service refused: a typed code to match on, the message, and the request id
        // to quote to Tencent Cloud support.
        Error::Service(service) => {
            writeln!(out, "  service error  {}", service.code())?;
            writeln!(out, "  message        {}", service.message())?;
            writeln!(
                out,
                "  request id     {}",
                service.request_id().unwrap_or("-")
            )?;
            match service.error_code() {
                ErrorCode::FailedOperation(FailedOperation::InstanceInModule) => {
                    writeln!(out, "  → terminate the module's instances first")
                }
                ErrorCode::InvalidParameterValue(_) => writeln!(out, "  → fix the request"),
                _ => Ok(()),
            }
        }
        // Refused before sending (here: a missing required parameter).
        Error::Validation(_) => writeln!(out, "  refused before sending: {error}"),
        // Network failures, timeouts, undecodable answers, configuration, credentials.
        other => writeln!(out, "  {other} (transient: {})", other.is_transient()),
    }
}

fn print_instances(out: &mut impl Write, title: &str, instances: &[Instance]) -> io::Result<()> {
    let rows = instances
        .iter()
        .map(|instance| {
            let zone = instance
                .position
                .as_ref()
                .and_then(|p| p.zone_info.as_ref())
                .and_then(|z| z.zone.clone());
            vec![
                instance.instance_id.clone().unwrap_or_default(),
                instance.instance_name.clone().unwrap_or_default(),
                instance
                    .instance_state
                    .as_ref()
                    .map(|state| state.to_string())
                    .unwrap_or_default(),
                zone.unwrap_or_default(),
                instance.isp.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let headers = ["INSTANCE", "NAME", "STATE", "ZONE", "ISP"];
    print_table(out, title, &headers, rows)
}

/// Prints `rows` under `headers` in aligned columns, with `-` for empty cells.
fn print_table(
    out: &mut impl Write,
    title: &str,
    headers: &[&str],
    rows: Vec<Vec<String>>,
) -> io::Result<()> {
    let mut lines = vec![headers.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
    lines.extend(rows.into_iter().map(|row| {
        row.into_iter()
            .map(|cell| {
                if cell.is_empty() {
                    "-".to_owned()
                } else {
                    cell
                }
            })
            .collect()
    }));
    let mut widths = vec![0; headers.len()];
    for line in &lines {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    writeln!(out, "\n{title}")?;
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| format!("{cell:<width$}"))
            .collect();
        writeln!(out, "  {}", cells.join("  ").trim_end())?;
    }
    Ok(())
}
