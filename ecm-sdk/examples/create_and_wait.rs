//! Create and wait: start instances, wait until they run with a generated waiter, then
//! terminate them and wait until they are gone.
//!
//! ```sh
//! cargo run -p ecm-sdk --example create_and_wait           # against a local emulator
//! cargo run -p ecm-sdk --example create_and_wait -- --real # against the service: billable!
//! ```
//!
//! Creating calls (`RunInstances`) return before the machines exist: the instances are
//! `PENDING`, then `RUNNING` (or `LAUNCH_FAILED`). `client.wait_until_instances_running`
//! describes them — selected by a typed `instance-id` filter — with jittered, growing delays
//! until every one runs, and stops at once with a typed error on a failure state, when the
//! maximum wait has passed, or on an error that retrying cannot fix. Its siblings
//! (`wait_until_instances_stopped`, `…_instances_terminated`, `…_modules_normal`,
//! `…_addresses_bound`, `…_tasks_done`, …) work the same way for the other resources the documentation gives states for.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Duration;

use ecm_sdk::actions::{
    DescribeImageRequest, DescribeInstancesFilter, DescribeInstancesRequest, DescribeNodeRequest,
    RunInstancesRequest, TerminateInstancesRequest,
};
use ecm_sdk::types::ZoneInstanceCountIsp;
use ecm_sdk::{Client, WaitError, WaitOptions};

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = if std::env::args().any(|arg| arg == "--real") {
        support::connect(&mut out).await?
    } else {
        support::emulator().await?
    };
    run(&connection.client, &mut out).await
}

/// The example itself, writing to `out`. (`pub(crate)`: the examples' tests run it.)
pub(crate) async fn run(client: &Client, out: &mut impl Write) -> Result<(), BoxError> {
    // Where and what: the first zone DescribeNode lists (and its first ISP), and the first
    // image DescribeImage lists.
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
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
    let images = client
        .describe_image(DescribeImageRequest::new().limit(1))
        .await?;
    let image_id = images
        .image_set()
        .first()
        .and_then(|i| i.image_id.clone())
        .ok_or("no image")?;

    let placement = ZoneInstanceCountIsp::new()
        .zone(&zone)
        .isp(&isp)
        .instance_count(3);
    let request = RunInstancesRequest::new()
        .zone_instance_count_isp_set([placement])
        .image_id(&image_id)
        .instance_type("SN3ne.SMALL2") // 1 vCPU, 2 GB: see DescribeInstanceTypeConfig
        .instance_name("create-and-wait")
        // Makes retrying the creation safe: the service starts the machines only once.
        .client_token("create-and-wait-example-1");
    let ids = client
        .run_instances(request)
        .await?
        .instance_id_set()
        .to_vec();
    writeln!(out, "started {} in {zone} from {image_id}", ids.join(", "))?;

    // The waiters select the instances by the `instance-id` filter of their request.
    let these = || {
        DescribeInstancesRequest::new().filters([DescribeInstancesFilter::instance_id(ids.iter())])
    };
    // At most 10 minutes; polls from 1 s apart (the default is 2 s), doubling up to 20 s.
    let patience = WaitOptions::new(Duration::from_secs(600)).min_delay(Duration::from_secs(1));

    match client.wait_until_instances_running(these(), patience).await {
        Ok(running) => {
            for instance in running.instance_set() {
                let state = instance
                    .instance_state
                    .as_ref()
                    .map_or("-", |state| state.as_str());
                writeln!(
                    out,
                    "{} is {state}",
                    instance.instance_id.as_deref().unwrap_or("-")
                )?;
            }
        }
        // The typed error says why the wait ended, and carries the last response. Here the
        // instances are terminated whatever went wrong, so that none is left running.
        Err(error) => {
            match &error {
                WaitError::FailureState { id, state, .. } => writeln!(
                    out,
                    "{} failed to launch ({state})",
                    id.as_deref().unwrap_or("an instance")
                )?,
                WaitError::TimedOut { max_wait, .. } => {
                    writeln!(out, "still not running after {} s", max_wait.as_secs())?
                }
                other => writeln!(out, "could not wait: {other}")?,
            }
            client
                .terminate_instances(TerminateInstancesRequest::new().instance_id_set(ids.iter()))
                .await?;
            writeln!(out, "terminated {}", ids.join(", "))?;
            return Err(error.into());
        }
    }

    client
        .terminate_instances(TerminateInstancesRequest::new().instance_id_set(ids.iter()))
        .await?;
    // "Terminated" is the instances no longer being listed.
    client
        .wait_until_instances_terminated(these(), patience)
        .await?;
    writeln!(out, "terminated {}", ids.join(", "))?;
    Ok(())
}
