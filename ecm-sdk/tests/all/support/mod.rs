//! Hand-written test actions, credentials and helpers shared by the runtime tests.

pub(crate) mod server;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ecm_sdk::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, ServiceMeta,
    Validate, require, validate_list,
};
use ecm_sdk::clock::{RandomSource, TimeSource};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, ClientBuilder, Credentials, RetryPolicy};
use serde::{Deserialize, Serialize};
use tencentcloud_signer::{ReceivedTc3Request, ReceivedV1Request, Verified, Verifier, VerifyError};

use server::Received;

pub(crate) const SECRET_ID: &str = "AKIDruntimeTest0001";
pub(crate) const SECRET_KEY: &str = "runtime-test-secret-key-0001";
pub(crate) const TOKEN: &str = "runtime-test-session-token-0001";

pub(crate) static SERVICE: ServiceMeta = ServiceMeta::new(
    "ecm",
    "2019-07-19",
    "ecm.tencentcloudapi.com",
    &[("ap-guangzhou", "ecm.ap-guangzhou.tencentcloudapi.com")],
    32 * 1024,
    1024 * 1024,
    10 * 1024 * 1024,
);

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Filter {
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<String>,
    #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
    pub(crate) values: Option<Vec<String>>,
}

impl Validate for Filter {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Name", &self.name)
    }
}

/// A read-only, paginated action.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct DescribeThings {
    #[serde(rename = "Filters", skip_serializing_if = "Option::is_none")]
    pub(crate) filters: Option<Vec<Filter>>,
    #[serde(rename = "Offset", skip_serializing_if = "Option::is_none")]
    pub(crate) offset: Option<i64>,
    #[serde(rename = "Limit", skip_serializing_if = "Option::is_none")]
    pub(crate) limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct Thing {
    #[serde(rename = "ThingId")]
    pub(crate) thing_id: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct DescribeThingsResponse {
    #[serde(rename = "TotalCount")]
    pub(crate) total_count: Option<i64>,
    #[serde(rename = "ThingSet")]
    pub(crate) thing_set: Option<Vec<Thing>>,
    #[serde(rename = "RequestId")]
    pub(crate) request_id: Option<String>,
}

impl Validate for DescribeThings {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)
    }
}

impl Action for DescribeThings {
    type Output = DescribeThingsResponse;
    const META: &'static ActionMeta = &ActionMeta::new(
        "DescribeThings",
        &SERVICE,
        20,
        true,
        RegionRequirement::NotRequired,
        &["InvalidParameter"],
    );
}

impl Paginated for DescribeThings {
    type Item = Thing;
    const MAX_LIMIT: Option<u32> = Some(10);

    fn page_offset(&self) -> Option<u64> {
        self.offset.and_then(|offset| u64::try_from(offset).ok())
    }
    fn set_page_offset(&mut self, offset: u64) {
        self.offset = Some(i64::try_from(offset).unwrap());
    }
    fn page_limit(&self) -> Option<u32> {
        self.limit.and_then(|limit| u32::try_from(limit).ok())
    }
    fn set_page_limit(&mut self, limit: u32) {
        self.limit = Some(i64::from(limit));
    }
    fn total_count(output: &Self::Output) -> Option<u64> {
        output
            .total_count
            .and_then(|total| u64::try_from(total).ok())
    }
    fn into_items(output: Self::Output) -> Vec<Self::Item> {
        output.thing_set.unwrap_or_default()
    }
    fn item_count(output: &Self::Output) -> Option<usize> {
        Some(output.thing_set.as_ref().map_or(0, Vec::len))
    }
}

/// The same action without `item_count`, as generated code may be.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct DescribeThingsPlain(pub(crate) DescribeThings);

impl Validate for DescribeThingsPlain {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        self.0.validate()
    }
}

impl Action for DescribeThingsPlain {
    type Output = DescribeThingsResponse;
    const META: &'static ActionMeta = DescribeThings::META;
}

impl Paginated for DescribeThingsPlain {
    type Item = Thing;
    const MAX_LIMIT: Option<u32> = Some(10);

    fn page_offset(&self) -> Option<u64> {
        self.0.page_offset()
    }
    fn set_page_offset(&mut self, offset: u64) {
        self.0.set_page_offset(offset);
    }
    fn page_limit(&self) -> Option<u32> {
        self.0.page_limit()
    }
    fn set_page_limit(&mut self, limit: u32) {
        self.0.set_page_limit(limit);
    }
    fn total_count(output: &Self::Output) -> Option<u64> {
        DescribeThings::total_count(output)
    }
    fn into_items(output: Self::Output) -> Vec<Self::Item> {
        DescribeThings::into_items(output)
    }
}

/// A mutating action with a required parameter.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct CreateThing {
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<String>,
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub(crate) tags: Option<Vec<String>>,
    #[serde(rename = "DryRun", skip_serializing_if = "Option::is_none")]
    pub(crate) dry_run: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct CreateThingResponse {
    #[serde(rename = "ThingId")]
    pub(crate) thing_id: Option<String>,
    #[serde(rename = "RequestId")]
    pub(crate) request_id: Option<String>,
}

impl Validate for CreateThing {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Name", &self.name)
    }
}

impl Action for CreateThing {
    type Output = CreateThingResponse;
    const META: &'static ActionMeta = &ActionMeta::new(
        "CreateThing",
        &SERVICE,
        20,
        false,
        RegionRequirement::NotRequired,
        &[],
    );
}

/// An action that needs a region.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct DescribeRegional {}

impl Validate for DescribeRegional {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

impl Action for DescribeRegional {
    type Output = DescribeThingsResponse;
    const META: &'static ActionMeta = &ActionMeta::new(
        "DescribeRegional",
        &SERVICE,
        20,
        true,
        RegionRequirement::Required,
        &[],
    );
}

pub(crate) fn create_thing() -> CreateThing {
    CreateThing {
        name: Some("thing".into()),
        ..CreateThing::default()
    }
}

pub(crate) fn credentials() -> Credentials {
    Credentials::new(SECRET_ID, SECRET_KEY)
}

pub(crate) fn temporary_credentials() -> Credentials {
    Credentials::temporary(SECRET_ID, SECRET_KEY, TOKEN, None)
}

/// Retries with negligible back-off, for tests on real sockets (tokio's paused time cannot
/// be used with real I/O).
pub(crate) fn fast_retries() -> RetryPolicy {
    RetryPolicy::standard()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
}

pub(crate) fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .credentials(credentials())
        .endpoint(url)
        .retry_policy(fast_retries())
}

/// A client builder over `transport` (a clone of it) with the test credentials and the default
/// retry policy.
pub(crate) fn replay_builder(transport: &ReplayTransport) -> ClientBuilder {
    Client::builder()
        .credentials(credentials())
        .transport(transport.clone())
}

pub(crate) fn client(url: &str) -> Client {
    builder(url).build().unwrap()
}

pub(crate) fn ok_things(request_id: &str, ids: &[&str], total: usize) -> String {
    let set: Vec<String> = ids
        .iter()
        .map(|id| format!(r#"{{"ThingId":"{id}"}}"#))
        .collect();
    format!(
        r#"{{"Response":{{"TotalCount":{total},"ThingSet":[{}],"RequestId":"{request_id}"}}}}"#,
        set.join(",")
    )
}

pub(crate) fn error_body(code: &str, message: &str, request_id: &str) -> String {
    format!(
        r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"{message}"}},"RequestId":"{request_id}"}}}}"#
    )
}

pub(crate) fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

pub(crate) fn signer_credentials(token: Option<&str>) -> tencentcloud_signer::Credentials {
    let credentials = tencentcloud_signer::Credentials::new(SECRET_ID, SECRET_KEY);
    match token {
        Some(token) => credentials.with_token(token),
        None => credentials,
    }
}

/// Verifies a received TC3 request with the signer's verifier, at server time `now`.
pub(crate) fn verify_tc3(
    request: &Received,
    token: Option<&str>,
    now: u64,
) -> Result<Verified, VerifyError> {
    let headers: Vec<(&str, &str)> = request
        .headers
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    let received = ReceivedTc3Request::new(&request.method, &headers, &request.body)
        .with_path(&request.path)
        .with_query(&request.query);
    Verifier::new(signer_credentials(token), "ecm").verify_tc3(&received, now)
}

/// Verifies a received v1 request with the signer's verifier.
pub(crate) fn verify_v1(
    request: &Received,
    token: Option<&str>,
    now: u64,
) -> Result<Verified, VerifyError> {
    let params = request.params();
    let host = request.header("host").unwrap_or_default();
    let received = ReceivedV1Request::new(&request.method, host, &params).with_path(&request.path);
    Verifier::new(signer_credentials(token), "ecm").verify_v1(&received, now)
}

/// A clock that starts at `start` and advances `step` on every reading.
#[derive(Debug)]
pub(crate) struct SteppingClock {
    next: AtomicU64,
    step: u64,
}

impl SteppingClock {
    pub(crate) fn new(start: u64, step: u64) -> Self {
        SteppingClock {
            next: AtomicU64::new(start),
            step,
        }
    }
}

impl TimeSource for SteppingClock {
    fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.next.fetch_add(self.step, Ordering::SeqCst))
    }
}

/// Always the same number: the largest back-off of full jitter.
#[derive(Debug)]
pub(crate) struct MaxRandom;

impl RandomSource for MaxRandom {
    fn next_u64(&self) -> u64 {
        u64::MAX
    }
}
