//! Tracing output of calls: spans and retry events, never secrets.
//!
//! Its own test binary: `tracing`'s per-callsite interest cache is process-wide, and a
//! thread-local subscriber races with tests on other threads that have none.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ecm_sdk::action::{
    Action, ActionMeta, MissingRequiredParameter, RegionRequirement, ServiceMeta, Validate,
};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, Credentials, RetryPolicy};
use serde::{Deserialize, Serialize};
use tracing_subscriber::fmt::format::FmtSpan;

const SECRET_ID: &str = "AKIDtracingTest0001";
const SECRET_KEY: &str = "tracing-test-secret-key";
const TOKEN: &str = "tracing-test-session-token";

static SERVICE: ServiceMeta = ServiceMeta::new(
    "ecm",
    "2019-07-19",
    "ecm.tencentcloudapi.com",
    &[],
    32 * 1024,
    1024 * 1024,
    10 * 1024 * 1024,
);

#[derive(Serialize)]
struct DescribeTraced {
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct DescribeTracedResponse {
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

impl Validate for DescribeTraced {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        ecm_sdk::action::require("Name", &self.name)
    }
}

impl Action for DescribeTraced {
    type Output = DescribeTracedResponse;
    const META: &'static ActionMeta = &ActionMeta::new(
        "DescribeTraced",
        &SERVICE,
        20,
        true,
        RegionRequirement::NotRequired,
        &[],
    );
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[test]
fn tracing_records_calls_and_retries_but_never_secrets() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .finish();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let transport = ReplayTransport::new();
    transport.push_json(
        200,
        r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow"},"RequestId":"r-throttled"}}"#,
    );
    transport.push_json(200, r#"{"Response":{"RequestId":"r-traced"}}"#);
    let output = tracing::subscriber::with_default(subscriber, || {
        runtime.block_on(async {
            let client = Client::builder()
                .credentials(Credentials::temporary(SECRET_ID, SECRET_KEY, TOKEN, None))
                .transport(transport.clone())
                .region("ap-guangzhou")
                .retry_policy(
                    RetryPolicy::standard().with_initial_backoff(Duration::from_millis(1)),
                )
                .build()
                .unwrap();
            let request = DescribeTraced {
                name: Some("n".into()),
            };
            let output = client.send(request).await.unwrap();
            // What a user might log.
            let error = client
                .send(DescribeTraced { name: None })
                .await
                .unwrap_err();
            tracing::info!(client = ?client, error = ?error, "user log");
            output
        })
    });
    assert_eq!(output.request_id.as_deref(), Some("r-traced"));
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    for expected in [
        "ecm.call",
        "action=\"DescribeTraced\"",
        "region=\"ap-guangzhou\"",
        "retrying",
        "RequestLimitExceeded",
        "attempts=2",
        "request_id=\"r-traced\"",
        "outcome=\"success\"",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
    let authorization = transport.requests()[1]
        .header("authorization")
        .unwrap()
        .to_owned();
    let signature = authorization.rsplit('=').next().unwrap().to_owned();
    for secret in [
        SECRET_KEY,
        TOKEN,
        SECRET_ID,
        "TC3-HMAC-SHA256",
        signature.as_str(),
    ] {
        assert!(!text.contains(secret), "{secret} leaked into:\n{text}");
    }
}
