//! Test your own code with the replay transport: no network, no emulator, typed replies.
//!
//! ```sh
//! cargo run -p ecm-sdk --example test_with_replay      # a short demonstration
//! cargo test -p ecm-sdk --test examples test_with_replay # this file's tests
//! ```
//!
//! Your code takes a [`Client`]; in tests, the client sends through a
//! [`ReplayTransport`], which answers with the typed responses you give it, per action
//! (`transport.on::<DescribeInstancesRequest>()`), in sequence, behind a predicate
//! (`.when(…)`), or computed from the typed request (`.respond_with(…)`), and records what
//! your code sent (`transport.inputs::<DescribeInstancesRequest>()`). Response types are
//! built with `new()` and chainable setters, like requests. The tests at the bottom of
//! this file are what you would write in your crate (with `ecm-sdk` as a dependency, and as
//! dev-dependencies `ecm-sdk` with the `test-util` feature — the typed replies and requests
//! need it — and `tokio` with the `macros` and `rt` features).

use std::process::ExitCode;

use ecm_sdk::actions::{
    DescribeInstancesFilter, DescribeInstancesRequest, DescribeInstancesResponse,
    RebootInstancesRequest,
};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::types::{Instance, InstanceState};
use ecm_sdk::{Client, Error, ErrorCode};

/// Your code: the IDs of the running instances in `zone`, across all pages.
pub(crate) async fn running_in(client: &Client, zone: &str) -> Result<Vec<String>, Error> {
    let in_zone = DescribeInstancesFilter::zone([zone]);
    let request = DescribeInstancesRequest::new().filters([in_zone]);
    let instances = client.paginate(request).items().try_collect().await?;
    Ok(instances
        .into_iter()
        .filter(|instance| instance.instance_state == Some(InstanceState::Running))
        .filter_map(|instance| instance.instance_id)
        .collect())
}

/// Your code: reboots an instance; `Ok(false)` if it does not exist.
pub(crate) async fn reboot(client: &Client, id: &str) -> Result<bool, Error> {
    let request = RebootInstancesRequest::new().instance_id_set([id]);
    match client.reboot_instances(request).await {
        Ok(_) => Ok(true),
        Err(Error::Service(e)) if matches!(e.error_code(), ErrorCode::ResourceNotFound(_)) => {
            Ok(false)
        }
        Err(other) => Err(other),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let transport = ReplayTransport::new();
    transport.on::<RebootInstancesRequest>().service_error(
        "ResourceNotFound.InstanceNotExist",
        "The instance is invalid.",
    );
    transport.on::<DescribeInstancesRequest>().output(
        DescribeInstancesResponse::new()
            .set_total_count(2)
            .set_instance_set([
                Instance::new()
                    .instance_id("ein-1")
                    .instance_state("RUNNING"),
                Instance::new()
                    .instance_id("ein-2")
                    .instance_state("STOPPED"),
            ]),
    );
    let outcome = async {
        let client = transport.client_builder().build()?;
        let running = running_in(&client, "ap-guangzhou-ecm-1").await?;
        println!("running_in(ap-guangzhou-ecm-1) → {running:?} (of ein-1 RUNNING, ein-2 STOPPED)");
        let rebooted = reboot(&client, "ein-gone").await?;
        println!("reboot(ein-gone) → {rebooted} (the service said ResourceNotFound)");
        let sent = transport.inputs::<RebootInstancesRequest>();
        println!("sent: InstanceIdSet = {:?}", sent[0].instance_id_set);
        println!("Run the tests: cargo test -p ecm-sdk --test examples test_with_replay");
        Ok::<_, Error>(())
    };
    match outcome.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use ecm_sdk::actions::RebootInstancesResponse;
    use ecm_sdk::transport::Reply;

    use super::*;

    /// An instance as the service would describe it.
    fn instance(id: &str, state: &str) -> Instance {
        Instance::new().instance_id(id).instance_state(state)
    }

    #[tokio::test]
    async fn lists_the_running_instances_of_every_page() {
        let transport = ReplayTransport::new();
        // Two pages: three instances in all.
        transport
            .on::<DescribeInstancesRequest>()
            .output(
                DescribeInstancesResponse::new()
                    .set_total_count(3)
                    .set_instance_set([instance("ein-1", "RUNNING"), instance("ein-2", "STOPPED")]),
            )
            .output(
                DescribeInstancesResponse::new()
                    .set_total_count(3)
                    .set_instance_set([instance("ein-3", "RUNNING")]),
            );
        let client = transport.client_builder().build().unwrap();

        let running = running_in(&client, "ap-guangzhou-ecm-1").await.unwrap();

        assert_eq!(running, ["ein-1", "ein-3"]);
        // What the code sent: the zone filter on both pages, the second from offset 2.
        let sent = transport.inputs::<DescribeInstancesRequest>();
        assert_eq!(sent.len(), 2);
        for request in &sent {
            let filter = &request.filters.as_ref().unwrap()[0];
            assert_eq!(filter.name.as_deref(), Some("zone"));
            assert_eq!(
                filter.values.as_deref(),
                Some(&["ap-guangzhou-ecm-1".to_owned()][..])
            );
        }
        assert_eq!(sent[1].offset, Some(2));
    }

    #[tokio::test]
    async fn a_missing_instance_is_not_an_error() {
        let transport = ReplayTransport::new();
        transport
            .on::<RebootInstancesRequest>()
            .when(|request| request.instance_id_set.as_deref() == Some(&["ein-gone".to_owned()]))
            .service_error(
                "ResourceNotFound.InstanceNotExist",
                "The instance is invalid.",
            );
        transport
            .on::<RebootInstancesRequest>()
            .output(RebootInstancesResponse::new());
        let client = transport.client_builder().build().unwrap();

        assert!(!reboot(&client, "ein-gone").await.unwrap());
        assert!(reboot(&client, "ein-1").await.unwrap());
    }

    #[tokio::test]
    async fn other_errors_are_passed_on() {
        let transport = ReplayTransport::new();
        transport
            .on::<RebootInstancesRequest>()
            .respond_with(|_| Reply::service_error("UnauthorizedOperation", "not allowed"));
        let client = transport.client_builder().build().unwrap();

        let error = reboot(&client, "ein-1").await.unwrap_err();

        let service = error.as_service_error().expect("the service's error");
        assert_eq!(service.code(), "UnauthorizedOperation");
        // Not retried: a mutating action, and not a transient error.
        assert_eq!(transport.request_count(), 1);
    }
}
