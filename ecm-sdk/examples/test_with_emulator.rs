//! Test your own code against the in-process emulator: real HTTP on 127.0.0.1, signatures
//! and parameters checked the way the service checks them.
//!
//! ```sh
//! cargo run -p ecm-sdk --example test_with_emulator        # a short demonstration
//! cargo test -p ecm-sdk --test examples test_with_emulator   # this file's tests
//! ```
//!
//! Where the replay transport (see `test_with_replay.rs`) answers without any HTTP, the
//! emulator (`ecm-emulator`, a dev-dependency) is a local ECM endpoint: your code's client
//! goes through its whole stack — signing, HTTP, retries, decoding. The emulator answers a
//! valid request with the documentation's example unless told otherwise
//! (`emulator.respond(action, Reply::output(…))` or `Reply::error(code, message)`), injects
//! faults (`emulator.inject(…)`), and records each request in its journal: the action, the
//! parameters it received, and what it answered.

use std::process::ExitCode;

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::{Client, Credentials, Error};

/// Your code: the zones that offer the ISP `isp`.
pub(crate) async fn zones_with(client: &Client, isp: &str) -> Result<Vec<String>, Error> {
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    Ok(nodes
        .node_set
        .unwrap_or_default()
        .into_iter()
        .filter(|node| {
            let isps = node.isp_set.as_deref().unwrap_or_default();
            isps.iter().any(|i| i.isp_id.as_deref() == Some(isp))
        })
        .filter_map(|node| node.zone_info?.zone)
        .collect())
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
    let emulator = match Emulator::start(EmulatorConfig::new()).await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let client = client_for(&emulator);
    match zones_with(&client, "CTCC").await {
        Ok(zones) => {
            println!("zones with CTCC (the documented example nodes): {zones:?}");
            for entry in emulator.journal() {
                println!("the emulator received {:?}", entry.action);
            }
            println!("Run the tests: cargo test -p ecm-sdk --test examples test_with_emulator");
            ExitCode::SUCCESS
        }
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

    #[tokio::test]
    async fn finds_the_zones_of_an_isp() {
        let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
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
        emulator
            .respond(
                "DescribeNode",
                Reply::error("UnauthorizedOperation.ForbiddenOperation", "no permission"),
            )
            .unwrap();
        let client = client_for(&emulator);

        let error = zones_with(&client, "CTCC").await.unwrap_err();

        let service = error.as_service_error().expect("a service error");
        assert_eq!(service.code(), "UnauthorizedOperation.ForbiddenOperation");
        assert_eq!(
            service.request_id(),
            Some(emulator.journal()[0].request_id.as_str())
        );
    }
}
