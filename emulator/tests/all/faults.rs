//! Fault injection, the server clock, custom replies and the journal.

use std::time::{Duration, Instant, SystemTime};

use crate::common::*;
use ecm_emulator::{EmulatorError, Encoding, Fault, Injection, Outcome, Reply, SignatureMethod};
use serde_json::json;

#[tokio::test]
async fn request_limit_exceeded_hits_exactly_the_next_n_requests() {
    let emulator = start().await;
    emulator
        .inject(Injection::new(Fault::RequestLimitExceeded).times(2))
        .unwrap();
    let call = Call::new(&emulator, "DescribeNode");
    for _ in 0..2 {
        send(&emulator, &call.tc3_json("{}"))
            .await
            .expect_error("RequestLimitExceeded");
    }
    send(&emulator, &call.tc3_json("{}")).await.expect_success();
    send(&emulator, &call.tc3_json("{}")).await.expect_success();
    assert!(emulator.pending_faults().is_empty());
}

#[tokio::test]
async fn an_action_scoped_fault_leaves_other_actions_alone() {
    let emulator = start().await;
    emulator
        .inject(Injection::new(Fault::InternalError).for_action("CreateHaVip"))
        .unwrap();
    let body = r#"{"VpcId": "v", "SubnetId": "s", "HaVipName": "n"}"#;
    let create = Call::new(&emulator, "CreateHaVip");
    for _ in 0..3 {
        send(&emulator, &create.tc3_json(body))
            .await
            .expect_error("InternalError");
    }
    send(
        &emulator,
        &Call::new(&emulator, "DescribeNode").tc3_json("{}"),
    )
    .await
    .expect_success();
    emulator.clear_faults();
    send(&emulator, &create.tc3_json(body))
        .await
        .expect_success();
}

#[tokio::test]
async fn an_http_status_fault_answers_without_the_envelope() {
    let emulator = start().await;
    emulator
        .inject(Injection::new(Fault::HttpStatus(503)).times(1))
        .unwrap();
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let received = send(&emulator, &request).await;
    assert_eq!(received.status, 503);
    assert!(serde_json::from_slice::<serde_json::Value>(&received.body).is_err());
    send(&emulator, &request).await.expect_success();
}

#[tokio::test]
async fn a_delay_holds_the_answer_back() {
    let emulator = start().await;
    let delay = Duration::from_millis(300);
    emulator
        .inject(Injection::new(Fault::Delay(delay)).times(1))
        .unwrap();
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let started = Instant::now();
    send(&emulator, &request).await.expect_success();
    assert!(
        started.elapsed() >= delay,
        "answered after {:?}",
        started.elapsed()
    );
    let entry = emulator.journal().pop().unwrap();
    assert_eq!(entry.fault, Some(Fault::Delay(delay)));
    assert_eq!(entry.outcome, Outcome::Answered);
}

#[tokio::test]
async fn a_connection_reset_is_seen_by_the_client() {
    let emulator = start().await;
    emulator
        .inject(Injection::new(Fault::ConnectionReset).times(1))
        .unwrap();
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let (received, result) = send_raw(&emulator, &request.to_bytes()).await;
    assert!(
        received.is_empty(),
        "{}",
        String::from_utf8_lossy(&received)
    );
    let error = result.expect_err("the read fails");
    assert_eq!(error.kind(), std::io::ErrorKind::ConnectionReset, "{error}");
    // The next request is served normally.
    send(&emulator, &request).await.expect_success();
    let outcomes: Vec<_> = emulator.journal().into_iter().map(|e| e.outcome).collect();
    assert_eq!(outcomes, [Outcome::Failed, Outcome::Answered]);
}

#[tokio::test]
async fn malformed_json_is_http_200_with_a_body_that_does_not_parse() {
    let emulator = start().await;
    emulator
        .inject(Injection::new(Fault::MalformedJson).times(1))
        .unwrap();
    let received = send(
        &emulator,
        &Call::new(&emulator, "DescribeNode").tc3_json("{}"),
    )
    .await;
    assert_eq!(received.status, 200);
    assert_eq!(received.headers["content-type"], "application/json");
    assert!(serde_json::from_slice::<serde_json::Value>(&received.body).is_err());
}

#[tokio::test]
async fn truncated_json_is_a_prefix_of_the_real_answer() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let whole = send(&emulator, &request).await;
    emulator
        .inject(Injection::new(Fault::TruncatedJson).times(1))
        .unwrap();
    let cut = send(&emulator, &request).await;
    assert_eq!(cut.status, 200);
    assert!(serde_json::from_slice::<serde_json::Value>(&cut.body).is_err());
    assert_eq!(cut.body.len(), whole.body.len() / 2);
    // Same text up to the RequestId, which differs per answer.
    let prefix = &cut.body[..cut.body.len().min(20)];
    assert_eq!(prefix, &whole.body[..prefix.len()]);
}

fn date_header(received: &Received) -> SystemTime {
    let text = received.headers["date"].to_str().unwrap();
    httpdate::parse_http_date(text).unwrap()
}

fn seconds_between(a: SystemTime, b: SystemTime) -> i64 {
    match a.duration_since(b) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

#[tokio::test]
async fn a_date_skew_moves_only_the_date_header() {
    let emulator = start().await;
    emulator
        .inject(Injection::new(Fault::DateSkew(-3600)).times(1))
        .unwrap();
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let skewed = send(&emulator, &request).await;
    skewed.expect_success();
    let skew = seconds_between(date_header(&skewed), SystemTime::now());
    assert!((-3602..=-3598).contains(&skew), "Date is {skew} s off");
    let normal = send(&emulator, &request).await;
    let skew = seconds_between(date_header(&normal), SystemTime::now());
    assert!(skew.abs() <= 2, "Date is {skew} s off");
}

/// The scenario an SDK's clock-skew correction handles: the server's clock is ten minutes
/// ahead; a request stamped with the client's clock expires, the `Date` header tells the
/// server's time, and a request stamped with that time succeeds.
#[tokio::test]
async fn a_server_clock_offset_expires_requests_and_reports_its_time() {
    let emulator = start_with(config().clock_offset_seconds(600)).await;
    let call = Call::new(&emulator, "DescribeNode");
    let rejected = send(&emulator, &call.tc3_json("{}")).await;
    rejected.expect_error("AuthFailure.SignatureExpire");
    let server_time = date_header(&rejected);
    let ahead = seconds_between(server_time, SystemTime::now());
    assert!((598..=602).contains(&ahead), "server is {ahead} s ahead");

    let server_timestamp = server_time
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let corrected = call.clone().timestamp(server_timestamp);
    send(&emulator, &corrected.tc3_json("{}"))
        .await
        .expect_success();

    // The offset can be changed while running.
    emulator.set_clock_offset_seconds(0);
    assert_eq!(emulator.clock_offset_seconds(), 0);
    send(&emulator, &call.tc3_json("{}")).await.expect_success();
    send(&emulator, &corrected.tc3_json("{}"))
        .await
        .expect_error("AuthFailure.SignatureExpire");
}

#[tokio::test]
async fn faults_are_checked_when_registered() {
    let emulator = start().await;
    assert_eq!(
        emulator.inject(Injection::new(Fault::InternalError).for_action("Nope")),
        Err(EmulatorError::UnknownAction("Nope".to_owned()))
    );
    assert_eq!(
        emulator.inject(Injection::new(Fault::HttpStatus(200))),
        Err(EmulatorError::InvalidStatus(200))
    );
    let error = ecm_emulator::Emulator::start(
        config().inject(Injection::new(Fault::InternalError).for_action("Nope")),
    )
    .await
    .unwrap_err();
    assert!(error.to_string().contains("`Nope`"), "{error}");
}

#[tokio::test]
async fn faults_from_the_config_are_active_from_the_start() {
    let emulator = start_with(
        config().inject(
            "internal-error,action=DescribeNode,times=1"
                .parse()
                .unwrap(),
        ),
    )
    .await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    send(&emulator, &request)
        .await
        .expect_error("InternalError");
    send(&emulator, &request).await.expect_success();
}

#[tokio::test]
async fn registered_replies_replace_the_documented_answer() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    emulator
        .respond(
            "DescribeNode",
            Reply::output(json!({"NodeSet": [], "TotalCount": 0, "RequestId": "ignored"})),
        )
        .unwrap();
    let received = send(&emulator, &request).await;
    let response = received.expect_success();
    assert_eq!(
        without_request_id(&response),
        json!({"NodeSet": [], "TotalCount": 0})
    );
    assert_ne!(received.request_id(), "ignored");

    emulator
        .respond(
            "DescribeNode",
            Reply::error("ResourceNotFound", "No node matches."),
        )
        .unwrap();
    let received = send(&emulator, &request).await;
    assert_eq!(
        received.expect_error("ResourceNotFound"),
        "No node matches."
    );

    // Other actions keep their documented answers.
    send(
        &emulator,
        &Call::new(&emulator, "DescribeConfig").tc3_json("{}"),
    )
    .await
    .expect_success();

    emulator.clear_reply("DescribeNode");
    let response = send(&emulator, &request).await.expect_success();
    assert_eq!(
        without_request_id(&response),
        documented_output(&fixture_spec(), "DescribeNode")
    );

    assert_eq!(
        emulator.respond("Nope", Reply::output(json!({}))),
        Err(EmulatorError::UnknownAction("Nope".to_owned()))
    );
    assert_eq!(
        emulator.respond("DescribeNode", Reply::output(json!([1]))),
        Err(EmulatorError::OutputNotAnObject("DescribeNode".to_owned()))
    );
}

#[tokio::test]
async fn registered_replies_are_still_validated_first() {
    let emulator = start().await;
    emulator
        .respond("ModifyModuleNetwork", Reply::output(json!({})))
        .unwrap();
    send(
        &emulator,
        &Call::new(&emulator, "ModifyModuleNetwork").tc3_json("{}"),
    )
    .await
    .expect_error("MissingParameter");
}

#[tokio::test]
async fn the_journal_records_what_was_received() {
    let emulator = start().await;
    let spec = fixture_spec();
    let params = example_params(&spec, "DescribeNode");
    let call = Call::new(&emulator, "DescribeNode").region("ap-guangzhou");
    let json_body = r#"{"Filters": [{"Name": "InstanceFamily", "Values": ["SN3ne"]}]}"#;
    let first = send(&emulator, &call.tc3_json(json_body)).await;
    let second = send(
        &emulator,
        &call.v1_get(
            &as_refs(&params),
            tencentcloud_signer::SignatureMethod::HmacSha256,
        ),
    )
    .await;
    send(
        &emulator,
        &call.clone().version("1999-01-01").tc3_json("{}"),
    )
    .await;

    let journal = emulator.journal();
    assert_eq!(journal.len(), 3);
    let expected_params = json!({"Filters": [{"Name": "InstanceFamily", "Values": ["SN3ne"]}]});

    let entry = &journal[0];
    assert_eq!(entry.request_id, first.request_id());
    assert_eq!(entry.method, "POST");
    assert_eq!(entry.uri, "/");
    assert_eq!(entry.encoding, Encoding::Json);
    assert_eq!(entry.signature_method, Some(SignatureMethod::Tc3HmacSha256));
    assert_eq!(entry.action.as_deref(), Some("DescribeNode"));
    assert_eq!(entry.version.as_deref(), Some("2019-07-19"));
    assert_eq!(entry.region.as_deref(), Some("ap-guangzhou"));
    assert_eq!(entry.timestamp, Some(call.timestamp as i64));
    assert_eq!(entry.secret_id.as_deref(), Some(emulator.secret_id()));
    assert_eq!(entry.params, expected_params);
    assert_eq!(entry.outcome, Outcome::Answered);
    assert_eq!(entry.fault, None);
    let header = |name: &str| {
        entry
            .headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    assert_eq!(header("x-tc-action"), Some("DescribeNode"));
    assert!(
        header("authorization")
            .unwrap()
            .starts_with("TC3-HMAC-SHA256 ")
    );

    let entry = &journal[1];
    assert_eq!(entry.request_id, second.request_id());
    assert_eq!(entry.method, "GET");
    assert!(
        entry.uri.starts_with("/?Action=DescribeNode&"),
        "{}",
        entry.uri
    );
    assert_eq!(entry.encoding, Encoding::Query);
    assert_eq!(entry.signature_method, Some(SignatureMethod::HmacSha256));
    assert_eq!(
        entry.params, expected_params,
        "flattened keys rebuilt as JSON"
    );
    assert_eq!(entry.secret_id.as_deref(), Some(emulator.secret_id()));

    let entry = &journal[2];
    assert_eq!(
        entry.outcome,
        Outcome::Error {
            code: "NoSuchVersion".to_owned()
        }
    );
    assert_eq!(entry.params, serde_json::Value::Null);

    emulator.clear_journal();
    assert!(emulator.journal().is_empty());
}

#[tokio::test]
async fn the_journal_is_bounded() {
    let emulator = start_with(config().journal_capacity(2)).await;
    let call = Call::new(&emulator, "DescribeNode");
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(send(&emulator, &call.tc3_json("{}")).await.request_id());
    }
    let kept: Vec<String> = emulator
        .journal()
        .into_iter()
        .map(|e| e.request_id)
        .collect();
    assert_eq!(kept, ids[1..]);
}
