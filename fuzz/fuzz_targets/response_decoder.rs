//! The SDK's response decoding: any body, with any status, given to the client as the answer
//! to one of the actions with the largest response types (or to `call_raw`, which decodes
//! into a `serde_json::Value`) ends in a typed result or a typed error — never a panic,
//! never a stack overflow, never unbounded memory.
//!
//! Input: byte 0 picks the HTTP status, byte 1 the action, the rest is the body.
#![no_main]

use std::sync::OnceLock;

use bytes::Bytes;
use ecm_sdk::actions::{
    DescribeInstancesRequest, DescribeLoadBalancersRequest, DescribeModuleDetailRequest,
    DescribeModuleRequest, DescribeNetworkInterfacesRequest, DescribeNodeRequest,
    DescribeSecurityGroupPoliciesRequest, DescribeSnapshotsRequest, DescribeVpcsRequest,
};
use ecm_sdk::error::{DecodeErrorKind, TransportErrorKind};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, Credentials, Error, RetryPolicy};
use libfuzzer_sys::fuzz_target;

const STATUSES: [u16; 8] = [200, 200, 200, 400, 404, 500, 502, 503];
/// Bodies above this are refused by the client before decoding (tested separately).
const MAX_RESPONSE_BYTES: usize = 256 * 1024;

struct Harness {
    runtime: tokio::runtime::Runtime,
    transport: ReplayTransport,
    client: Client,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let transport = ReplayTransport::new().without_recording();
        let client = Client::builder()
            .credentials(Credentials::new("AKIDfuzz", "fuzz-secret-key"))
            .region("ap-guangzhou")
            .retry_policy(RetryPolicy::disabled())
            .max_response_bytes(MAX_RESPONSE_BYTES)
            .transport(transport.clone())
            .build()
            .expect("client");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("runtime");
        Harness {
            runtime,
            transport,
            client,
        }
    })
}

/// Calls action `index`; `Ok(())` when the answer decoded into its output type.
async fn call(client: &Client, index: u8) -> Result<(), Error> {
    match index % 10 {
        0 => client.send(DescribeInstancesRequest::new()).await.map(drop),
        1 => client
            .send(DescribeModuleDetailRequest::new().module_id("m-fuzz"))
            .await
            .map(drop),
        2 => client.send(DescribeModuleRequest::new()).await.map(drop),
        3 => client.send(DescribeSnapshotsRequest::new()).await.map(drop),
        4 => client.send(DescribeVpcsRequest::new()).await.map(drop),
        5 => client
            .send(DescribeLoadBalancersRequest::new())
            .await
            .map(drop),
        6 => client
            .send(DescribeNetworkInterfacesRequest::new())
            .await
            .map(drop),
        7 => client.send(DescribeNodeRequest::new()).await.map(drop),
        8 => client
            .send(DescribeSecurityGroupPoliciesRequest::new().security_group_id("esg-fuzz"))
            .await
            .map(drop),
        _ => client
            .call_raw("DescribeInstances", serde_json::Value::Null)
            .await
            .map(drop),
    }
}

fuzz_target!(|data: &[u8]| {
    let [status, action, body @ ..] = data else {
        return;
    };
    let status = STATUSES[usize::from(*status) % STATUSES.len()];
    let harness = harness();
    harness
        .transport
        .push_json(status, Bytes::copy_from_slice(body));
    let sent_before = harness.transport.request_count();
    let result = harness.runtime.block_on(call(&harness.client, *action));
    assert_eq!(
        harness.transport.request_count(),
        sent_before + 1,
        "exactly one attempt, which consumed the queued answer"
    );
    match result {
        Ok(()) => assert!((200..300).contains(&status), "success with HTTP {status}"),
        Err(Error::Service(error)) => assert_eq!(error.http_status(), status),
        Err(Error::Decode(error)) => {
            assert_eq!(error.http_status(), status);
            assert!(error.snippet().chars().count() <= 161, "bounded snippet");
            if error.kind() == DecodeErrorKind::UnexpectedStatus {
                assert!(!(200..300).contains(&status));
            }
        }
        Err(Error::Transport(error)) => {
            assert_eq!(error.kind(), TransportErrorKind::BodyTooLarge);
            assert!(body.len() > MAX_RESPONSE_BYTES);
        }
        Err(other) => panic!("an answer must decode or fail to decode, got {other:?}"),
    }
});
