//! Deterministic tests through the replay transport: back-off timing, re-signing, rate
//! limiting, transport errors.

use std::time::Duration;

use ecm_sdk::error::TransportErrorKind;
use ecm_sdk::transport::{ReplayTransport, TransportError};
use ecm_sdk::{Error, RetryPolicy};
use tokio::time::Instant;

use crate::support::*;

fn replay_client(transport: &ReplayTransport) -> ecm_sdk::ClientBuilder {
    replay_builder(transport).random_source(MaxRandom)
}

#[tokio::test(start_paused = true)]
async fn back_off_is_exponential_capped_and_re_signed_each_time() {
    let transport = ReplayTransport::new();
    for _ in 0..3 {
        transport.push_json(200, error_body("RequestLimitExceeded", "slow", "r"));
    }
    transport.push_json(200, ok_things("r-ok", &[], 0));
    let client = replay_client(&transport)
        .time_source(SteppingClock::new(1_700_000_000, 7))
        .retry_policy(
            RetryPolicy::standard()
                .with_max_attempts(4)
                .with_initial_backoff(Duration::from_millis(100))
                .with_initial_throttling_backoff(Duration::from_millis(100))
                .with_max_backoff(Duration::from_millis(300)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    client.send(DescribeThings::default()).await.unwrap();
    // MaxRandom picks the ceiling of full jitter: 100 + 200 + 300 (capped) ms.
    assert_eq!(started.elapsed(), Duration::from_millis(600));
    let requests = transport.requests();
    assert_eq!(requests.len(), 4);
    let timestamps: Vec<&str> = requests
        .iter()
        .map(|r| r.header("x-tc-timestamp").unwrap())
        .collect();
    assert_eq!(
        timestamps,
        ["1700000000", "1700000007", "1700000014", "1700000021"]
    );
    let signatures: std::collections::HashSet<&str> = requests
        .iter()
        .map(|r| r.header("authorization").unwrap())
        .collect();
    assert_eq!(signatures.len(), 4, "a fresh signature per attempt");
}

#[tokio::test(start_paused = true)]
async fn retries_stop_at_the_total_timeout() {
    let transport = ReplayTransport::from_fn(|_| {
        Ok(ecm_sdk::transport::http::Response::builder()
            .status(200)
            .body(error_body("RequestLimitExceeded", "slow", "r").into())
            .unwrap())
    });
    let client = replay_client(&transport)
        .retry_policy(
            RetryPolicy::standard()
                .with_max_attempts(100)
                .with_initial_backoff(Duration::from_secs(1))
                .with_max_backoff(Duration::from_secs(1)),
        )
        .attempt_timeout(Duration::from_secs(1))
        .total_timeout(Duration::from_millis(3500))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.send(DescribeThings::default()).await.unwrap_err();
    assert!(
        error.is_throttling(),
        "the last error is reported: {error:?}"
    );
    // Attempts at 0, 1, 2 and 3 s; a fifth would start after the deadline.
    assert_eq!(transport.request_count(), 4);
    assert!(started.elapsed() <= Duration::from_millis(3500));
}

#[tokio::test(start_paused = true)]
async fn transport_failures_are_retried_by_whether_the_request_was_sent() {
    let transport = ReplayTransport::new();
    transport.push_error(TransportError::connect("refused"));
    transport.push_json(200, r#"{"Response":{"RequestId":"r"}}"#);
    let client = replay_client(&transport).build().unwrap();
    client.send(create_thing()).await.unwrap();
    assert_eq!(
        transport.request_count(),
        2,
        "not sent: safe to retry a mutation"
    );

    transport.push_error(TransportError::io("reset"));
    transport.push_json(200, r#"{"Response":{"RequestId":"r"}}"#);
    let error = client.send(create_thing()).await.unwrap_err();
    assert!(matches!(&error, Error::Transport(t) if t.kind() == TransportErrorKind::Io));
    assert_eq!(
        transport.request_count(),
        3,
        "maybe sent: a mutation is not retried"
    );
    client.send(DescribeThings::default()).await.unwrap();
    assert_eq!(transport.request_count(), 4);
}

#[tokio::test(start_paused = true)]
async fn rate_limiting_paces_each_action_to_its_documented_limit() {
    let transport = ReplayTransport::from_fn(|_| {
        Ok(ecm_sdk::transport::http::Response::new(
            ok_things("r", &[], 0).into(),
        ))
    });
    let client = replay_client(&transport)
        .rate_limiting(true)
        .build()
        .unwrap();
    let started = Instant::now();
    for _ in 0..41 {
        client.send(DescribeThings::default()).await.unwrap();
    }
    // 20/s: the 41st request starts two seconds after the first.
    assert_eq!(started.elapsed(), Duration::from_secs(2));

    // Clones and override handles share the limiter.
    let other = client.with_overrides(|o| o.region("ap-guangzhou"));
    let before = Instant::now();
    other.send(DescribeThings::default()).await.unwrap();
    assert_eq!(before.elapsed(), Duration::from_millis(50));

    let unlimited = replay_client(&transport).build().unwrap();
    let before = Instant::now();
    for _ in 0..41 {
        unlimited.send(DescribeThings::default()).await.unwrap();
    }
    assert_eq!(before.elapsed(), Duration::ZERO);
}

#[tokio::test]
async fn the_replay_transport_records_signed_requests() {
    let transport = ReplayTransport::new();
    transport.push_json(200, r#"{"Response":{"ThingId":"t","RequestId":"r"}}"#);
    let client = replay_client(&transport)
        .endpoint("https://ecm.ap-guangzhou.tencentcloudapi.com")
        .build()
        .unwrap();
    client.send(create_thing()).await.unwrap();
    let captured = &transport.requests()[0];
    assert_eq!(captured.method(), "POST");
    assert_eq!(
        captured.uri().to_string(),
        "https://ecm.ap-guangzhou.tencentcloudapi.com/"
    );
    assert_eq!(captured.action().as_deref(), Some("CreateThing"));
    assert_eq!(captured.body(), br#"{"Name":"thing"}"#);
    assert!(
        captured
            .header("authorization")
            .unwrap()
            .starts_with(&format!("TC3-HMAC-SHA256 Credential={SECRET_ID}/"))
    );

    // Nothing queued: a transport error, not a hang or a panic.
    let error = client.send(create_thing()).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
}

#[tokio::test]
async fn default_and_regional_endpoints_follow_the_spec_domains() {
    let transport = ReplayTransport::new();
    transport.push_json(200, ok_things("r", &[], 0));
    transport.push_json(200, ok_things("r", &[], 0));
    transport.push_json(200, ok_things("r", &[], 0));
    let nearest = replay_client(&transport).build().unwrap();
    nearest.send(DescribeThings::default()).await.unwrap();
    let regional = replay_client(&transport)
        .region("ap-guangzhou")
        .regional_endpoint(true)
        .build()
        .unwrap();
    regional.send(DescribeThings::default()).await.unwrap();
    let hosts: Vec<String> = transport
        .requests()
        .iter()
        .map(|r| r.header("host").unwrap().to_owned())
        .collect();
    assert_eq!(
        hosts,
        [
            "ecm.tencentcloudapi.com",
            "ecm.ap-guangzhou.tencentcloudapi.com"
        ]
    );
    assert_eq!(
        transport.requests()[1].uri().to_string(),
        "https://ecm.ap-guangzhou.tencentcloudapi.com/"
    );

    // A region without a documented domain is reported, not guessed.
    let elsewhere = regional.with_overrides(|o| o.region("xx-nowhere"));
    let error = elsewhere.send(DescribeThings::default()).await.unwrap_err();
    assert!(
        error
            .to_string()
            .contains("region `xx-nowhere` has no documented regional domain"),
        "{error}"
    );
    assert_eq!(transport.request_count(), 2);
}
