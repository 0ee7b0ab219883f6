//! The SDK's response decoding: any body, with any status, given to the client as the answer
//! to an action (or to `call_raw`, which decodes into a `serde_json::Value`) ends in a typed
//! result or a typed error — never a panic, never a stack overflow, never unbounded memory.
//!
//! The actions are the SDK's generated registry (sorted by wire name) minus those with a
//! required input, whose empty request the client refuses before any I/O: `seeds-gen`
//! applies the same rule to the spec, so a seed's selector names the same action.
//!
//! Input: byte 0 picks the HTTP status, byte 1 the action (index into that list; one past
//! its end is `call_raw`), the rest is the body.
#![no_main]

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use bytes::Bytes;
use ecm_sdk::action::Action;
use ecm_sdk::error::{DecodeErrorKind, TransportErrorKind};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, Credentials, Error, RetryPolicy};
use libfuzzer_sys::fuzz_target;

const STATUSES: [u16; 8] = [200, 200, 200, 400, 404, 500, 502, 503];
/// Bodies above this are refused by the client before decoding (tested separately).
const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// A typed call of one action with its empty request; `Ok(())` when the answer decoded.
type Call = for<'a> fn(&'a Client) -> Pin<Box<dyn Future<Output = Result<(), Error>> + 'a>>;

struct Harness {
    runtime: tokio::runtime::Runtime,
    transport: ReplayTransport,
    client: Client,
    /// The actions whose empty request is valid, sorted by wire name.
    calls: Vec<Call>,
}

fn call<R: Action + Default + 'static>(
    client: &Client,
) -> Pin<Box<dyn Future<Output = Result<(), Error>> + '_>> {
    Box::pin(async move { client.send(R::default()).await.map(drop) })
}

fn needs_no_input<R: Action + Default>() -> bool {
    R::default().validate().is_ok()
}

macro_rules! calls {
    ($($request:ident),* $(,)?) => {
        /// Every action of the registry whose empty request is valid.
        fn calls() -> Vec<Call> {
            let mut calls: Vec<Call> = Vec::new();
            $(
                if needs_no_input::<ecm_sdk::actions::$request>() {
                    calls.push(call::<ecm_sdk::actions::$request>);
                }
            )*
            calls
        }
    };
}

ecm_sdk::__for_each_action!(calls);

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
            calls: calls(),
        }
    })
}

/// Calls action `index`; `Ok(())` when the answer decoded into its output type.
async fn call_at(harness: &Harness, index: u8) -> Result<(), Error> {
    let index = usize::from(index) % (harness.calls.len() + 1);
    match harness.calls.get(index) {
        Some(call) => call(&harness.client).await,
        None => harness
            .client
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
    let result = harness.runtime.block_on(call_at(harness, *action));
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
