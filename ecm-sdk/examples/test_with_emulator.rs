//! Test your own code against the in-process emulator: real HTTP on 127.0.0.1, signatures
//! and parameters checked the way the service checks them, resources kept in state.
//!
//! ```sh
//! cargo run -p ecm-sdk --example test_with_emulator        # a short demonstration
//! cargo test -p ecm-sdk --test examples test_with_emulator   # this file's tests
//! ```
//!
//! Where the replay transport (see `test_with_replay.rs`) answers without any HTTP, the
//! emulator (`ecm-emulator`, a dev-dependency) is a local ECM endpoint: your code's client
//! goes through its whole stack — signing, HTTP, retries, decoding. The emulator keeps what
//! your code creates (each test starts its own, empty emulator), moves resources through
//! their documented states after a transition delay (`EmulatorConfig::transition_delay`;
//! `emulator.advance_clock(…)` moves model time on without sleeping), and refuses what the
//! service refuses with the documented codes. It can also be told what to answer
//! (`emulator.respond(action, Reply::output(…))` or `Reply::error(code, message)`), inject
//! faults (`emulator.inject(…)`), and it records each request in its journal: the action,
//! the parameters it received, and what it answered.

use std::process::ExitCode;
use std::time::Duration;

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use ecm_sdk::actions::{
    CreateModuleRequest, DescribeInstancesFilter, DescribeInstancesRequest, DescribeNodeRequest,
    RunInstancesRequest, StopInstancesRequest,
};
use ecm_sdk::types::{InstanceState, ZoneInstanceCountIsp};
use ecm_sdk::{Client, Credentials, Error};

/// Your code: the zones that offer the ISP `isp`.
pub(crate) async fn zones_with(client: &Client, isp: &str) -> Result<Vec<String>, Error> {
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    Ok(nodes
        .node_set()
        .iter()
        .filter(|node| {
            let isps = node.isp_set.as_deref().unwrap_or_default();
            isps.iter().any(|i| i.isp_id.as_deref() == Some(isp))
        })
        .filter_map(|node| node.zone_info.as_ref()?.zone.clone())
        .collect())
}

/// Your code: stops every running instance of the module `module_id`, and returns their ids.
pub(crate) async fn stop_module(client: &Client, module_id: &str) -> Result<Vec<String>, Error> {
    let running = DescribeInstancesRequest::new().filters([
        DescribeInstancesFilter::module_id([module_id]),
        DescribeInstancesFilter::instance_state([InstanceState::Running.as_str()]),
    ]);
    let instances = client.paginate(running).items().try_collect().await?;
    let ids: Vec<String> = instances
        .into_iter()
        .filter_map(|i| i.instance_id)
        .collect();
    if !ids.is_empty() {
        client
            .stop_instances(StopInstancesRequest::new().instance_id_set(ids.iter()))
            .await?;
    }
    Ok(ids)
}

/// Set-up for the tests: a module and `count` instances of it, created through the
/// client; the instances are PENDING until the emulator's clock moves on.
pub(crate) async fn module_with_instances(
    client: &Client,
    count: i64,
) -> Result<(String, Vec<String>), Error> {
    let module = CreateModuleRequest::new()
        .module_name("web")
        .default_image_id("img-1tyt4apn") // an image DescribeImage's example lists
        .instance_type("SN3ne.SMALL2") // a type DescribeInstanceTypeConfig lists
        .default_band_width(10)
        .default_system_disk_size(50)
        .default_data_disk_size(0);
    let module_id = client
        .create_module(module)
        .await?
        .module_id
        .unwrap_or_default();
    let placement = ZoneInstanceCountIsp::new()
        .zone("ap-hangzhou-ecm-1") // a zone DescribeNode's example lists
        .isp("CMCC")
        .instance_count(count);
    let run = RunInstancesRequest::new()
        .module_id(&module_id)
        .zone_instance_count_isp_set([placement]);
    let ids = client.run_instances(run).await?.instance_id_set().to_vec();
    Ok((module_id, ids))
}

/// A client for `emulator`: its test credentials, its URL.
pub(crate) fn client_for(emulator: &EmulatorHandle) -> Client {
    Client::builder()
        .credentials(Credentials::new(
            emulator.secret_id(),
            emulator.secret_key(),
        ))
        .endpoint(emulator.url())
        .build()
        .expect("a valid configuration")
}

#[tokio::main]
async fn main() -> ExitCode {
    let demo = async {
        let emulator = Emulator::start(EmulatorConfig::new()).await?;
        let client = client_for(&emulator);
        let zones = zones_with(&client, "CTCC").await?;
        println!("zones with CTCC (the documented example nodes): {zones:?}");
        let (module_id, ids) = module_with_instances(&client, 2).await?;
        println!("created {module_id} with {} (PENDING)", ids.join(", "));
        emulator.advance_clock(Duration::from_secs(1));
        let stopped = stop_module(&client, &module_id).await?;
        println!("stop_module({module_id}) stopped {}", stopped.join(", "));
        let actions: Vec<String> = emulator
            .journal()
            .into_iter()
            .filter_map(|e| e.action)
            .collect();
        println!("the emulator received {}", actions.join(", "));
        println!("Run the tests: cargo test -p ecm-sdk --test examples test_with_emulator");
        Ok::<_, Box<dyn std::error::Error>>(())
    };
    match demo.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use ecm_emulator::{Fault, Injection, Outcome, Reply};
    use serde_json::json;

    use super::*;

    /// The states of `ids` as DescribeInstances reports them, in the order of `ids`.
    async fn states(client: &Client, ids: &[String]) -> Vec<String> {
        let request = DescribeInstancesRequest::new()
            .filters([DescribeInstancesFilter::instance_id(ids.iter())]);
        let found = client.describe_instances(request).await.unwrap();
        ids.iter()
            .map(|id| {
                found
                    .instance_set()
                    .iter()
                    .find(|i| i.instance_id.as_ref() == Some(id))
                    .and_then(|i| i.instance_state.as_ref())
                    .map_or("gone".to_owned(), |state| state.to_string())
            })
            .collect()
    }

    #[tokio::test]
    async fn stops_the_running_instances_of_a_module() {
        let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
        let client = client_for(&emulator);
        let (module_id, ids) = module_with_instances(&client, 2).await.unwrap();
        let (_, others) = module_with_instances(&client, 1).await.unwrap();

        // Still PENDING: nothing to stop yet.
        assert_eq!(
            stop_module(&client, &module_id).await.unwrap(),
            Vec::<String>::new()
        );

        // Model time moves past the transition delay (1 s by default), without sleeping.
        emulator.advance_clock(Duration::from_secs(1));
        let mut stopped = stop_module(&client, &module_id).await.unwrap();
        stopped.sort();
        let mut expected = ids.clone();
        expected.sort();
        assert_eq!(stopped, expected);

        // What the emulator now holds: the module's instances stopping, then stopped; the
        // other module's instance untouched.
        assert_eq!(states(&client, &ids).await, ["STOPPING", "STOPPING"]);
        emulator.advance_clock(Duration::from_secs(1));
        assert_eq!(states(&client, &ids).await, ["STOPPED", "STOPPED"]);
        assert_eq!(states(&client, &others).await, ["RUNNING"]);

        // What your code sent: one StopInstances, with exactly the module's instances.
        let stops: Vec<_> = emulator
            .journal()
            .into_iter()
            .filter(|entry| entry.action.as_deref() == Some("StopInstances"))
            .collect();
        assert_eq!(stops.len(), 1);
        let mut sent: Vec<String> =
            serde_json::from_value(stops[0].params["InstanceIdSet"].clone()).unwrap();
        sent.sort();
        assert_eq!(sent, expected);
        assert_eq!(stops[0].outcome, Outcome::Answered);
    }

    #[tokio::test]
    async fn finds_the_zones_of_an_isp() {
        let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
        // The catalogue is the documented example; a test can answer differently.
        emulator
            .respond(
                "DescribeNode",
                Reply::output(json!({
                    "TotalCount": 2,
                    "NodeSet": [
                        {"ZoneInfo": {"Zone": "ap-a-ecm-1"}, "ISPSet": [{"ISPId": "CMCC"}]},
                        {"ZoneInfo": {"Zone": "ap-b-ecm-1"}, "ISPSet": [{"ISPId": "CTCC"}]}
                    ]
                })),
            )
            .unwrap();
        let client = client_for(&emulator);

        assert_eq!(zones_with(&client, "CTCC").await.unwrap(), ["ap-b-ecm-1"]);

        // What the emulator received and answered.
        let journal = emulator.journal();
        assert_eq!(journal.len(), 1);
        assert_eq!(journal[0].action.as_deref(), Some("DescribeNode"));
        assert_eq!(journal[0].outcome, Outcome::Answered);
    }

    #[tokio::test]
    async fn survives_throttling() {
        let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
        // The documented example answer, after two throttled attempts.
        emulator
            .inject(Injection::new(Fault::RequestLimitExceeded).times(2))
            .unwrap();
        let client = client_for(&emulator);

        let zones = zones_with(&client, "CTCC").await.unwrap();

        // Both documented nodes offer CTCC.
        assert_eq!(zones, ["ap-hangzhou-ecm-1", "ap-shenzhen-ecm-ct2"]);
        assert_eq!(emulator.journal().len(), 3, "retried twice");
    }

    #[tokio::test]
    async fn reports_the_services_errors() {
        let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
        let client = client_for(&emulator);

        // A filter naming an unknown module matches nothing, as on the service: no error.
        assert_eq!(
            stop_module(&client, "em-00000000").await.unwrap(),
            Vec::<String>::new()
        );
        // Errors the model has no reason to give (here: a missing permission) are scripted.
        emulator
            .respond(
                "DescribeInstances",
                Reply::error("UnauthorizedOperation.ForbiddenOperation", "no permission"),
            )
            .unwrap();

        let error = stop_module(&client, "em-00000000").await.unwrap_err();

        let service = error.as_service_error().expect("a service error");
        assert_eq!(service.code(), "UnauthorizedOperation.ForbiddenOperation");
        assert_eq!(
            service.request_id(),
            Some(emulator.journal()[1].request_id.as_str())
        );
    }
}
