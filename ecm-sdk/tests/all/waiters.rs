//! Waiters against scripted responses, under tokio's paused clock: success after pending
//! polls, fail-fast on a documented failure state, polling through throttling, an empty
//! response (gone), "gone is success" for terminated instances, the maximum wait, and the
//! back-off between polls, and polls going through the client's per-call overrides.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ecm_sdk::actions::{
    DescribeAddressesRequest, DescribeInstancesFilter, DescribeInstancesRequest,
    DescribeTaskResultRequest,
};
use ecm_sdk::clock::RandomSource;
use ecm_sdk::transport::{Bytes, ReplayTransport, http};
use ecm_sdk::types::{InstanceState, TaskResult};
use ecm_sdk::{Client, Credentials, RetryPolicy, WaitError, WaitOptions};
use serde_json::json;

/// Always the largest draw, so every delay is the back-off ceiling.
#[derive(Debug)]
struct Max;
impl RandomSource for Max {
    fn next_u64(&self) -> u64 {
        u64::MAX
    }
}

/// A client whose transport answers with `bodies` in order and records when each request came.
fn scripted(bodies: Vec<serde_json::Value>) -> (Client, Arc<Mutex<Vec<tokio::time::Instant>>>) {
    let queue = Arc::new(Mutex::new(VecDeque::from(bodies)));
    let times = Arc::new(Mutex::new(Vec::new()));
    let seen = times.clone();
    let transport = ReplayTransport::from_fn(move |_| {
        seen.lock().unwrap().push(tokio::time::Instant::now());
        let body = queue
            .lock()
            .unwrap()
            .pop_front()
            .expect("the test scripted enough responses");
        Ok(http::Response::builder()
            .status(200)
            .header("content-type", "application/json")
            .body(Bytes::from(body.to_string()))
            .unwrap())
    });
    let client = Client::builder()
        .credentials(Credentials::new("AKIDwaiter", "waiter-key"))
        .retry_policy(RetryPolicy::disabled())
        .random_source(Max)
        .transport(transport)
        .build()
        .unwrap();
    (client, times)
}

fn instances(states: &[(&str, &str)]) -> serde_json::Value {
    let set: Vec<_> = states
        .iter()
        .map(|(id, state)| json!({ "InstanceId": id, "InstanceState": state }))
        .collect();
    json!({ "Response": { "TotalCount": set.len(), "InstanceSet": set, "RequestId": "r" } })
}

fn throttled() -> serde_json::Value {
    json!({ "Response": { "Error": { "Code": "RequestLimitExceeded", "Message": "slow down" }, "RequestId": "t" } })
}

fn by_id(ids: &[&str]) -> DescribeInstancesRequest {
    DescribeInstancesRequest::new().filters([DescribeInstancesFilter::instance_id(ids.to_vec())])
}

fn offsets(times: &Mutex<Vec<tokio::time::Instant>>) -> Vec<Duration> {
    let times = times.lock().unwrap();
    times.iter().map(|t| *t - times[0]).collect()
}

#[tokio::test(start_paused = true)]
async fn pending_pending_running_returns_the_final_response_after_backing_off() {
    let (client, times) = scripted(vec![
        instances(&[("ein-1", "PENDING")]),
        instances(&[("ein-1", "PENDING")]),
        instances(&[("ein-1", "RUNNING")]),
    ]);
    let response = client
        .wait_until_instances_running(by_id(&["ein-1"]), Duration::from_secs(300))
        .await
        .unwrap();
    let set = response.instance_set.unwrap();
    assert_eq!(set[0].instance_state, Some(InstanceState::Running));
    // Default delays with the largest jitter draw: 2 s, then 4 s.
    assert_eq!(
        offsets(&times),
        [
            Duration::ZERO,
            Duration::from_secs(2),
            Duration::from_secs(6)
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn a_documented_failure_state_fails_at_once_with_the_response() {
    let (client, times) = scripted(vec![
        instances(&[("ein-1", "PENDING")]),
        instances(&[("ein-1", "LAUNCH_FAILED")]),
        instances(&[("ein-1", "RUNNING")]),
    ]);
    let error = client
        .wait_until_instances_running(by_id(&["ein-1"]), Duration::from_secs(300))
        .await
        .unwrap_err();
    match &error {
        WaitError::FailureState {
            waiter,
            id,
            state,
            response,
        } => {
            assert_eq!(*waiter, "instances_running");
            assert_eq!(id.as_deref(), Some("ein-1"));
            assert_eq!(state, "LAUNCH_FAILED");
            assert_eq!(
                response.instance_set.as_ref().unwrap()[0].instance_state,
                Some(InstanceState::LaunchFailed)
            );
        }
        other => panic!("expected a failure state, got {other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "waiter instances_running: ein-1 is in the failure state LAUNCH_FAILED"
    );
    assert_eq!(times.lock().unwrap().len(), 2, "no poll after the failure");
}

#[tokio::test(start_paused = true)]
async fn throttling_is_polled_through() {
    let (client, times) = scripted(vec![throttled(), instances(&[("ein-1", "RUNNING")])]);
    let response = client
        .wait_until_instances_running(by_id(&["ein-1"]), Duration::from_secs(300))
        .await
        .unwrap();
    assert_eq!(response.request_id.as_deref(), Some("r"));
    assert_eq!(times.lock().unwrap().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn an_empty_set_is_gone_and_never_hangs() {
    let (client, _) = scripted(vec![instances(&[])]);
    let error = client
        .wait_until_instances_running(by_id(&["ein-1"]), Duration::from_secs(300))
        .await
        .unwrap_err();
    match error {
        WaitError::Gone { ids, response, .. } => {
            assert_eq!(ids, ["ein-1"]);
            assert_eq!(response.total_count, Some(0));
        }
        other => panic!("expected gone, got {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn a_missing_id_among_others_is_gone_too() {
    let (client, _) = scripted(vec![instances(&[("ein-1", "RUNNING")])]);
    let error = client
        .wait_until_instances_running(by_id(&["ein-1", "ein-2"]), Duration::from_secs(300))
        .await
        .unwrap_err();
    assert!(
        matches!(error, WaitError::Gone { ref ids, .. } if ids == &["ein-2"]),
        "{error:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn terminated_counts_gone_as_done() {
    let (client, times) = scripted(vec![
        instances(&[("ein-1", "TERMINATING"), ("ein-2", "SHUTDOWN")]),
        instances(&[("ein-2", "TERMINATING")]),
        instances(&[]),
    ]);
    let response = client
        .wait_until_instances_terminated(by_id(&["ein-1", "ein-2"]), Duration::from_secs(300))
        .await
        .unwrap();
    assert_eq!(response.total_count, Some(0));
    assert_eq!(times.lock().unwrap().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn the_maximum_wait_bounds_the_polls_and_keeps_the_last_response() {
    let pending: Vec<_> = (0..20)
        .map(|_| instances(&[("ein-1", "PENDING")]))
        .collect();
    let (client, times) = scripted(pending);
    let options = WaitOptions::new(Duration::from_secs(30)).max_delay(Duration::from_secs(8));
    let started = tokio::time::Instant::now();
    let error = client
        .wait_until_instances_running(by_id(&["ein-1"]), options)
        .await
        .unwrap_err();
    assert_eq!(
        started.elapsed(),
        Duration::from_secs(30),
        "stops at the deadline"
    );
    match &error {
        WaitError::TimedOut {
            max_wait,
            last_response,
            ..
        } => {
            assert_eq!(*max_wait, Duration::from_secs(30));
            assert!(last_response.is_some());
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    // 0, 2, 6, 14, 22, 30: delays 2, 4, 8, 8, then the 8 s left.
    let secs: Vec<u64> = offsets(&times).iter().map(Duration::as_secs).collect();
    assert_eq!(secs, [0, 2, 6, 14, 22, 30]);
}

#[tokio::test(start_paused = true)]
async fn a_single_task_result_waits_for_success_and_fails_on_failed() {
    let result =
        |state: &str| json!({ "Response": { "TaskId": "t-1", "Result": state, "RequestId": "r" } });
    let (client, _) = scripted(vec![result("RUNNING"), result("SUCCESS")]);
    let request = DescribeTaskResultRequest::new()
        .ecm_region("ap-xian-ecm")
        .task_id("t-1");
    let response = client
        .wait_until_task_result_success(request.clone(), Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(response.result, Some(TaskResult::Success));

    let (client, _) = scripted(vec![result("FAILED")]);
    let error = client
        .wait_until_task_result_success(request, Duration::from_secs(60))
        .await
        .unwrap_err();
    assert!(matches!(error, WaitError::FailureState { ref state, .. } if state == "FAILED"));
}

#[tokio::test(start_paused = true)]
async fn an_unknown_state_is_pending_not_an_error() {
    let address = |status: &str| json!({ "Response": { "TotalCount": 1, "AddressSet": [{ "AddressId": "eip-1", "AddressStatus": status }], "RequestId": "r" } });
    let (client, times) = scripted(vec![address("SOMETHING_NEW"), address("BIND")]);
    let request = DescribeAddressesRequest::new()
        .ecm_region("ap-xian-ecm")
        .address_ids(["eip-1"]);
    client
        .wait_until_addresses_bound(request, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(times.lock().unwrap().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn a_call_error_that_is_not_retryable_stops_the_waiter() {
    let denied = json!({ "Response": { "Error": { "Code": "AuthFailure.SignatureFailure", "Message": "no" }, "RequestId": "a" } });
    let (client, times) = scripted(vec![denied]);
    let error = client
        .wait_until_instances_running(by_id(&["ein-1"]), Duration::from_secs(60))
        .await
        .unwrap_err();
    match error {
        WaitError::Call { error, .. } => {
            assert_eq!(
                error.as_service_error().map(|e| e.code()),
                Some("AuthFailure.SignatureFailure")
            );
        }
        other => panic!("expected the call error, got {other:?}"),
    }
    assert_eq!(times.lock().unwrap().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn polls_use_the_per_call_overrides() {
    let transport = ReplayTransport::new();
    let client = Client::builder()
        .credentials(Credentials::new("AKIDwaiter", "waiter-key"))
        .region("ap-guangzhou")
        .retry_policy(RetryPolicy::disabled())
        .transport(transport.clone())
        .build()
        .unwrap();
    for body in [
        instances(&[("ein-1", "PENDING")]),
        instances(&[("ein-1", "RUNNING")]),
    ] {
        transport.push_json(200, body.to_string());
    }
    client
        .with_overrides(|o| o.region("ap-shanghai"))
        .wait_until_instances_running(by_id(&["ein-1"]), Duration::from_secs(60))
        .await
        .unwrap();
    let requests = transport.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.header("X-TC-Region"), Some("ap-shanghai"));
        assert_eq!(request.action().as_deref(), Some("DescribeInstances"));
    }
}
