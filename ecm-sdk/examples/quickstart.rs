//! Quickstart: a tour of the ECM SDK — list what there is, create a module and an
//! instance, wait for it to run, describe it, delete it, and see what errors look like.
//!
//! ```sh
//! cargo run -p ecm-sdk --example quickstart
//! ```
//!
//! If the default credentials chain finds credentials (`TENCENTCLOUD_SECRET_ID` and
//! `TENCENTCLOUD_SECRET_KEY`, the CLI's `~/.tencentcloud/credentials`, or the CVM instance
//! role), it calls the real service — read-only calls only: the creating part of the tour is
//! skipped there, as it would start billable machines. Otherwise it starts `ecm-emulator`
//! in-process: a local ECM endpoint that checks signatures and parameters the way the
//! service does. It says which one it uses. Errors are reported with `Display`.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Duration;

use ecm_emulator::{EmulatorHandle, Reply};
use ecm_sdk::actions::{
    CreateModuleRequest, DeleteModuleRequest, DescribeInstanceVncUrlRequest,
    DescribeInstancesFilter, DescribeInstancesRequest, DescribeNodeRequest, DescribeVpcsRequest,
    RunInstancesRequest, TerminateInstancesRequest,
};
use ecm_sdk::types::{Instance, ZoneInstanceCountIsp};
use ecm_sdk::{Client, Error, ErrorCode};

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = support::connect(&mut out).await?;
    tour(&connection.client, connection.emulator.as_ref(), &mut out).await
}

/// The tour itself, writing to `out`; `emulator` is set when the client talks to one.
/// (`pub(crate)`: the examples' tests run it too.)
pub(crate) async fn tour(
    client: &Client,
    emulator: Option<&EmulatorHandle>,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    // 1. Typed calls: build a request with chainable setters, `await` the typed response.
    //    Every response field is an `Option`: the service may leave any of them out.
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    let rows = nodes
        .node_set
        .unwrap_or_default()
        .into_iter()
        .map(|node| {
            let zone = node.zone_info.unwrap_or_default();
            let isps: Vec<String> = node
                .isp_set
                .unwrap_or_default()
                .into_iter()
                .filter_map(|isp| isp.isp_id)
                .collect();
            vec![
                zone.zone.unwrap_or_default(),
                zone.zone_name.unwrap_or_default(),
                node.city.and_then(|c| c.city_name).unwrap_or_default(),
                isps.join(", "),
            ]
        })
        .collect();
    let title = format!("Nodes ({})", nodes.total_count.unwrap_or_default());
    print_table(out, &title, &["ZONE", "ZONE NAME", "CITY", "ISPS"], rows)?;

    // 2. Lists: a paginator fetches page after page (`Offset`/`Limit`) until `TotalCount`;
    //    `try_collect` gathers every item, `next` takes them one by one.
    let vpcs = client
        .paginate(DescribeVpcsRequest::new())
        .items()
        .try_collect()
        .await?;
    let title = format!("VPCs ({})", vpcs.len());
    let rows = vpcs
        .into_iter()
        .map(|vpc| {
            vec![
                vpc.vpc_id.unwrap_or_default(),
                vpc.vpc_name.unwrap_or_default(),
                vpc.cidr_block.unwrap_or_default(),
            ]
        })
        .collect();
    print_table(out, &title, &["VPC", "NAME", "CIDR"], rows)?;

    let mut instances = client
        .paginate(DescribeInstancesRequest::new())
        .page_size(50)
        .items();
    let mut all = Vec::new();
    while let Some(instance) = instances.next().await {
        all.push(instance?);
    }
    let title = format!("Instances ({})", all.len());
    print_instances(out, &title, all)?;

    // 3. Create, wait, describe, delete.
    if let Some(emulator) = emulator {
        create_wait_describe_delete(client, emulator, out).await?;
    } else {
        writeln!(
            out,
            "\nSkipping the create/wait/delete part against the real service (it starts \
             billable machines)."
        )?;
    }

    // 4. Errors. A request missing a required parameter never leaves the process: the SDK
    //    checks requests before sending them, and the error names the parameter.
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

    // 5. An error from the service: the console URL of an instance that does not exist.
    if let Some(emulator) = emulator {
        // Until the emulator keeps state, it answers valid requests with the
        // documentation's examples; have it answer as the service does for an unknown ID.
        let error = Reply::error(
            "ResourceNotFound",
            "The instance ein-00000000 does not exist.",
        );
        emulator.respond("DescribeInstanceVncUrl", error)?;
    }
    writeln!(
        out,
        "\nDescribeInstanceVncUrl for an instance that does not exist:"
    )?;
    let request = DescribeInstanceVncUrlRequest::new().instance_id("ein-00000000");
    if let Err(error) = client.describe_instance_vnc_url(request).await {
        explain(out, &error)?;
    }
    Ok(())
}

/// A module (an instance template), an instance of it; waits until it runs, describes it,
/// then deletes both.
async fn create_wait_describe_delete(
    client: &Client,
    emulator: &EmulatorHandle,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    let module = client
        .create_module(
            CreateModuleRequest::new()
                .module_name("quickstart")
                .default_image_id("img-quickstart")
                .instance_type("S5.SMALL2")
                .default_band_width(10)
                .default_system_disk_size(50)
                .default_data_disk_size(0),
        )
        .await?;
    let module_id = module.module_id.unwrap_or_default();
    writeln!(out, "\nCreated module {module_id}.")?;

    let zone = ZoneInstanceCountIsp::new()
        .zone("ap-guangzhou-ecm-1")
        .isp("CMCC")
        .instance_count(3);
    let run = client
        .run_instances(
            RunInstancesRequest::new()
                .module_id(&module_id)
                .zone_instance_count_isp_set([zone])
                .instance_name("quickstart"),
        )
        .await?;
    let ids = run.instance_id_set.unwrap_or_default();
    writeln!(out, "Started instances {}.", ids.join(", "))?;

    // Until the emulator keeps state, it would describe the documentation's instances:
    // have it describe the ones just started, running.
    let running: Vec<_> = ids
        .iter()
        .map(|id| {
            serde_json::json!({"InstanceId": id, "InstanceState": "RUNNING",
                                     "InstanceName": "quickstart"})
        })
        .collect();
    let answer = serde_json::json!({"TotalCount": running.len(), "InstanceSet": running});
    emulator.respond("DescribeInstances", Reply::output(answer))?;

    // Wait: a generated waiter polls DescribeInstances (here selected by a typed filter)
    // with back-off until every instance is RUNNING, failing at once on LAUNCH_FAILED.
    let by_id = DescribeInstancesFilter::instance_id(ids.iter().cloned());
    let page = client
        .wait_until_instances_running(
            DescribeInstancesRequest::new().filters([by_id]),
            Duration::from_secs(300),
        )
        .await?;
    let instances = page.instance_set.unwrap_or_default();
    writeln!(out, "All {} running.", instances.len())?;
    print_instances(out, "Running instances", instances)?;
    emulator.clear_reply("DescribeInstances");

    client
        .terminate_instances(TerminateInstancesRequest::new().instance_id_set(ids.iter()))
        .await?;
    client
        .delete_module(DeleteModuleRequest::new().module_id(&module_id))
        .await?;
    writeln!(
        out,
        "Terminated the instances and deleted module {module_id}."
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
            if let ErrorCode::ResourceNotFound(_) = service.error_code() {
                writeln!(out, "  → no such resource: check the ID")?;
            }
            Ok(())
        }
        // Refused before sending (here: a missing required parameter).
        Error::Validation(_) => writeln!(out, "  refused before sending: {error}"),
        // Network failures, timeouts, undecodable answers, configuration, credentials.
        other => writeln!(out, "  {other} (transient: {})", other.is_transient()),
    }
}

fn print_instances(out: &mut impl Write, title: &str, instances: Vec<Instance>) -> io::Result<()> {
    let rows = instances
        .into_iter()
        .map(|instance| {
            let zone = instance
                .position
                .and_then(|p| p.zone_info)
                .and_then(|z| z.zone);
            let public_ips: Vec<String> = instance
                .internet
                .and_then(|i| i.public_ip_address_set)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|a| a.public_ip_address)
                .collect();
            vec![
                instance.instance_id.unwrap_or_default(),
                instance.instance_name.unwrap_or_default(),
                instance
                    .instance_state
                    .map(|state| state.to_string())
                    .unwrap_or_default(),
                zone.unwrap_or_default(),
                public_ips.join(", "),
            ]
        })
        .collect();
    let headers = ["INSTANCE", "NAME", "STATE", "ZONE", "PUBLIC IP"];
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
