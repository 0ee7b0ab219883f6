//! Create and wait: start instances, poll until they run, then terminate them and poll
//! until they are gone.
//!
//! ```sh
//! cargo run -p ecm-sdk --example create_and_wait           # against a local emulator
//! cargo run -p ecm-sdk --example create_and_wait -- --real # against the service: billable!
//! ```
//!
//! Creating calls (`RunInstances`) return before the machines exist: the instances are
//! `PENDING`, then `RUNNING`. Waiting means describing them, filtered by their IDs, every
//! few seconds until every one reaches the state wanted — or giving up after a deadline.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ecm_emulator::{EmulatorHandle, Reply};
use ecm_sdk::Client;
use ecm_sdk::actions::{
    DescribeInstancesFilter, DescribeInstancesRequest, RunInstancesRequest,
    TerminateInstancesRequest,
};
use ecm_sdk::types::{Instance, ZoneInstanceCountIsp};

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
    run(&connection.client, connection.emulator.as_ref(), &mut out).await
}

/// How often to poll, and for how long at most.
const POLL_INTERVAL: Duration = Duration::from_secs(5);
const DEADLINE: Duration = Duration::from_secs(600);

/// The example itself, writing to `out`; `emulator` is set when the client talks to one.
pub(crate) async fn run(
    client: &Client,
    emulator: Option<&EmulatorHandle>,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    let zone = ZoneInstanceCountIsp::new()
        .zone("ap-guangzhou-ecm-1")
        .isp("CMCC")
        .instance_count(3);
    let request = RunInstancesRequest::new()
        .zone_instance_count_isp_set([zone])
        .image_id("img-example")
        .instance_type("S5.SMALL2")
        .instance_name("create-and-wait")
        // Makes retrying the creation safe: the service starts the machines only once.
        .client_token("create-and-wait-example-1");
    let ids = client
        .run_instances(request)
        .await?
        .instance_id_set
        .unwrap_or_default();
    writeln!(out, "started {}", ids.join(", "))?;

    if let Some(emulator) = emulator {
        stand_in_for_state(emulator, &ids, Some("RUNNING"))?;
    }
    let running = wait_until(client, &ids, out, |found| {
        found.len() == ids.len() && found.iter().all(|i| state(i) == "RUNNING")
    })
    .await?;
    for instance in &running {
        writeln!(out, "{} is {}", id(instance), state(instance))?;
    }

    client
        .terminate_instances(TerminateInstancesRequest::new().instance_id_set(ids.iter()))
        .await?;
    if let Some(emulator) = emulator {
        stand_in_for_state(emulator, &ids, None)?;
    }
    wait_until(client, &ids, out, |found| found.is_empty()).await?;
    writeln!(out, "terminated {}", ids.join(", "))?;
    Ok(())
}

/// Describes the instances `ids` every [`POLL_INTERVAL`] until `done` holds for the ones
/// found, and returns them; fails after [`DEADLINE`].
async fn wait_until(
    client: &Client,
    ids: &[String],
    out: &mut impl Write,
    done: impl Fn(&[Instance]) -> bool,
) -> Result<Vec<Instance>, BoxError> {
    let started = Instant::now();
    let by_id = DescribeInstancesFilter::instance_id(ids.iter().cloned());
    for poll in 1.. {
        let request = DescribeInstancesRequest::new().filters([by_id.clone()]);
        let found = client
            .describe_instances(request)
            .await?
            .instance_set
            .unwrap_or_default();
        if done(&found) {
            writeln!(out, "  done after {poll} poll(s)")?;
            return Ok(found);
        }
        if started.elapsed() + POLL_INTERVAL > DEADLINE {
            break;
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
    Err(format!("gave up waiting after {} s", DEADLINE.as_secs()).into())
}

fn id(instance: &Instance) -> &str {
    instance.instance_id.as_deref().unwrap_or("-")
}

fn state(instance: &Instance) -> &str {
    instance
        .instance_state
        .as_ref()
        .map_or("-", |state| state.as_str())
}

/// Until the emulator keeps state, it describes the documentation's example instances
/// whatever was started: have it describe `ids` in `state` (`None`: gone).
fn stand_in_for_state(
    emulator: &EmulatorHandle,
    ids: &[String],
    state: Option<&str>,
) -> Result<(), BoxError> {
    let instances: Vec<_> = match state {
        Some(state) => ids
            .iter()
            .map(|id| serde_json::json!({"InstanceId": id, "InstanceState": state}))
            .collect(),
        None => Vec::new(),
    };
    let answer = serde_json::json!({"TotalCount": instances.len(), "InstanceSet": instances});
    emulator.respond("DescribeInstances", Reply::output(answer))?;
    Ok(())
}
