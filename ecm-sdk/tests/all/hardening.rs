//! What a hostile or failing server cannot make the client do: re-send mutations that may
//! have reached it, follow redirects, shift the signing clock without bounds, leak secrets,
//! or multiply the load during a brownout. Each case asserts what the server saw, the error
//! kind and, under the paused Tokio clock where no real sockets are involved, the time.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ecm_sdk::error::{TimeoutKind, TransportErrorKind};
use ecm_sdk::transport::{ReplayTransport, TransportError, http};
use ecm_sdk::{Client, Error, HttpMethod, RetryPolicy, SignatureMethod, Tc3SignedHeaders};
use tokio::time::Instant;

use crate::support::server::{Reply, TestServer, closed_port};
use crate::support::*;

#[tokio::test]
async fn a_reset_after_the_request_was_written_is_not_retried_for_a_mutation() {
    let server = TestServer::always(Reply::Reset).await;
    let error = client(&server.url).send(create_thing()).await.unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::Io, "{error}");
    assert!(!RetryPolicy::standard().should_retry(&error, false));
    assert_eq!(
        server.count(),
        1,
        "the request may have been executed: sent once"
    );
    assert_eq!(transport.attempts(), Some(1));

    // A read-only action is retried (up to max_attempts).
    let error = client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    assert!(matches!(&error, Error::Transport(t) if t.kind() == TransportErrorKind::Io));
    assert_eq!(server.count(), 1 + 3);
}

#[tokio::test]
async fn redirects_are_errors_and_their_target_receives_nothing() {
    let target = TestServer::always(Reply::json(200, ok_things("r-stolen", &[], 0))).await;
    for status in [307, 302] {
        let location = format!("{}/capture?SecretId={SECRET_ID}&keep=1", target.url);
        let redirecting = TestServer::always(
            Reply::Respond {
                status,
                headers: vec![],
                body: vec![],
            }
            .with_header("Location", &location),
        )
        .await;
        // TC3 POST, and v1 POST whose form body carries SecretId and Signature.
        for client in [
            client(&redirecting.url),
            builder(&redirecting.url)
                .signature_method(SignatureMethod::HmacSha256)
                .credentials(temporary_credentials())
                .build()
                .unwrap(),
            builder(&redirecting.url)
                .signature_method(SignatureMethod::HmacSha256)
                .http_method(HttpMethod::Get)
                .build()
                .unwrap(),
        ] {
            let before = redirecting.count();
            let error = client.send(DescribeThings::default()).await.unwrap_err();
            let Error::Transport(transport) = &error else {
                panic!("{error:?}");
            };
            assert_eq!(transport.kind(), TransportErrorKind::Redirect);
            let text = error.to_string();
            assert!(text.contains(&format!("HTTP {status}")), "{text}");
            assert!(text.contains(&format!("{}/capture", target.url)), "{text}");
            assert!(
                !text.contains(SECRET_ID),
                "the Location's query is not echoed: {text}"
            );
            assert!(!error.is_transient());
            assert_eq!(redirecting.count(), before + 1, "not retried");
        }
    }
    assert_eq!(target.count(), 0, "the redirect target received nothing");
}

#[tokio::test]
async fn a_hostile_date_is_not_learnt() {
    for date in [
        "Fri, 31 Dec 9999 23:59:59 GMT".to_owned(),
        // Within the 5-minute window: cannot explain the rejection.
        httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(60)),
    ] {
        let server = TestServer::always(
            Reply::json(
                200,
                error_body("AuthFailure.SignatureExpire", "expired", "r-exp"),
            )
            .with_header("Date", &date),
        )
        .await;
        let client = client(&server.url);
        let error = client.send(create_thing()).await.unwrap_err();
        assert_eq!(
            error.as_service_error().unwrap().code(),
            "AuthFailure.SignatureExpire"
        );
        assert_eq!(server.count(), 1, "not re-signed for {date}");
        // Later calls still sign with the local clock.
        let _ = client.send(create_thing()).await;
        let timestamp: u64 = server.requests()[1]
            .header("x-tc-timestamp")
            .unwrap()
            .parse()
            .unwrap();
        assert!(timestamp.abs_diff(unix_now()) < 60, "{date}: {timestamp}");
    }
}

#[tokio::test(start_paused = true)]
async fn cancelled_rate_limited_calls_release_their_slots() {
    let transport = ReplayTransport::from_fn(|_| {
        Ok(http::Response::builder()
            .status(200)
            .body(ok_things("r", &[], 0).into())
            .unwrap())
    });
    let client = replay_builder(&transport)
        .rate_limiting(true)
        .build()
        .unwrap();
    // 100 concurrent callers that give up after 20 ms: at 20/s only the first one's slot
    // (t = 0) is within reach; the other 99 reservations are abandoned.
    let started = Instant::now();
    let impatient = client.with_overrides(|o| {
        o.total_timeout(Duration::from_millis(20))
            .attempt_timeout(Duration::from_millis(20))
    });
    let calls: Vec<_> = (0..100)
        .map(|_| {
            let client = impatient.clone();
            tokio::spawn(async move { client.send(DescribeThings::default()).await })
        })
        .collect();
    let mut timed_out = 0;
    for call in calls {
        match call.await.unwrap() {
            Ok(_) => {}
            Err(Error::Timeout(timeout)) => {
                assert_eq!(timeout.kind(), TimeoutKind::Total);
                assert!(!Error::Timeout(timeout).is_transient());
                timed_out += 1;
            }
            Err(error) => panic!("{error:?}"),
        }
    }
    assert_eq!(timed_out, 99);
    assert_eq!(transport.request_count(), 1);
    assert_eq!(started.elapsed(), Duration::from_millis(20));
    // A lone call afterwards waits for the next slot (t = 50 ms), not behind 99 phantom
    // reservations (t = 5 s).
    client.send(DescribeThings::default()).await.unwrap();
    assert_eq!(started.elapsed(), Duration::from_millis(50));
    assert_eq!(transport.request_count(), 2);
}

#[tokio::test(start_paused = true)]
async fn the_retry_quota_bounds_the_load_of_a_brownout() {
    let transport = ReplayTransport::from_fn(|_| {
        Ok(http::Response::builder()
            .status(200)
            .body(error_body("InternalError", "down", "r").into())
            .unwrap())
    });
    let client = replay_builder(&transport).build().unwrap();
    for _ in 0..200 {
        let error = client.send(DescribeThings::default()).await.unwrap_err();
        assert_eq!(error.as_service_error().unwrap().code(), "InternalError");
    }
    // 200 calls of 3 attempts would be 600 requests; the quota (500 tokens, 5 per retry)
    // allows 100 retries in all.
    assert_eq!(transport.request_count(), 300);

    // Without the quota every call makes its 3 attempts.
    let transport = ReplayTransport::from_fn(|_| {
        Ok(http::Response::builder()
            .status(200)
            .body(error_body("InternalError", "down", "r").into())
            .unwrap())
    });
    let client = replay_builder(&transport)
        .retry_quota(false)
        .build()
        .unwrap();
    for _ in 0..50 {
        client.send(DescribeThings::default()).await.unwrap_err();
    }
    assert_eq!(transport.request_count(), 150);
}

#[tokio::test(start_paused = true)]
async fn successes_refill_the_retry_quota() {
    let failing = Arc::new(AtomicUsize::new(usize::MAX));
    let transport = ReplayTransport::from_fn({
        let failing = failing.clone();
        move |_| {
            let body = if failing.load(Ordering::SeqCst) > 0 {
                error_body("InternalError", "down", "r")
            } else {
                ok_things("r-ok", &[], 0)
            };
            Ok(http::Response::builder()
                .status(200)
                .body(body.into())
                .unwrap())
        }
    });
    let client = replay_builder(&transport).build().unwrap();
    // Drain the quota.
    for _ in 0..50 {
        client.send(DescribeThings::default()).await.unwrap_err();
    }
    let drained = transport.request_count();
    client.send(DescribeThings::default()).await.unwrap_err();
    assert_eq!(transport.request_count(), drained + 1, "no retry left");
    // Five successful calls give back one token each: one more retry (5 tokens).
    failing.store(0, Ordering::SeqCst);
    for _ in 0..5 {
        client.send(DescribeThings::default()).await.unwrap();
    }
    failing.store(usize::MAX, Ordering::SeqCst);
    let before = transport.request_count();
    client.send(DescribeThings::default()).await.unwrap_err();
    assert_eq!(transport.request_count(), before + 2, "one retry");
}

#[tokio::test(start_paused = true)]
async fn throttling_backs_off_longer_than_other_failures() {
    for (code, expected) in [
        ("RequestLimitExceeded", Duration::from_secs(1)),
        ("InternalError", Duration::from_millis(200)),
    ] {
        let transport = ReplayTransport::new();
        transport.push_json(200, error_body(code, "m", "r"));
        transport.push_json(200, ok_things("r-ok", &[], 0));
        let client = replay_builder(&transport)
            .random_source(MaxRandom)
            .build()
            .unwrap();
        let started = Instant::now();
        client.send(DescribeThings::default()).await.unwrap();
        assert_eq!(started.elapsed(), expected, "{code}");
        assert_eq!(transport.request_count(), 2);
    }
}

#[tokio::test]
async fn transport_errors_name_the_action_endpoint_root_cause_and_attempts() {
    let port = closed_port().await;
    let url = format!("http://127.0.0.1:{port}");
    let error = client(&url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::Connect);
    assert_eq!(transport.action(), Some("DescribeThings"));
    assert_eq!(transport.endpoint(), Some(format!("{url}/").as_str()));
    assert_eq!(transport.attempts(), Some(3));
    let text = error.to_string();
    for part in [
        "DescribeThings",
        &format!("{url}/"),
        "Connection refused",
        "3 attempts",
    ] {
        assert!(text.contains(part), "{part:?} missing from {text}");
    }

    // A v1 GET's endpoint is named without its signed query.
    let error = builder(&url)
        .signature_method(SignatureMethod::HmacSha256)
        .http_method(HttpMethod::Get)
        .build()
        .unwrap()
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let text = error.to_string();
    assert!(!text.contains("Signature"), "{text}");
    assert!(!text.contains(SECRET_ID), "{text}");

    // A DNS failure names itself too.
    let error = client("http://no-such-host.invalid")
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let text = error.to_string();
    assert!(text.contains("no-such-host.invalid"), "{text}");
    assert!(
        text.to_ascii_lowercase().contains("dns")
            || text.contains("lookup")
            || text.contains("resolve")
            || text.contains("not known"),
        "{text}"
    );
}

#[tokio::test]
async fn tc3_signs_the_action_and_region_by_default_and_the_minimal_set_on_request() {
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    builder(&server.url)
        .region("ap-guangzhou")
        .build()
        .unwrap()
        .send(DescribeThings::default())
        .await
        .unwrap();
    client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap();
    builder(&server.url)
        .tc3_signed_headers(Tc3SignedHeaders::Minimal)
        .build()
        .unwrap()
        .send(DescribeThings::default())
        .await
        .unwrap();
    let requests = server.requests();
    let signed: Vec<&str> = requests
        .iter()
        .map(|request| {
            let authorization = request.header("authorization").unwrap();
            let start = authorization.find("SignedHeaders=").unwrap() + "SignedHeaders=".len();
            let rest = &authorization[start..];
            &rest[..rest.find(',').unwrap()]
        })
        .collect();
    assert_eq!(
        signed,
        [
            "content-type;host;x-tc-action;x-tc-region",
            "content-type;host;x-tc-action",
            "content-type;host",
        ]
    );
    for request in &requests {
        verify_tc3(request, None, unix_now()).unwrap();
    }
    // The captured request replayed as another action no longer verifies.
    let mut swapped = requests[0].clone();
    for (name, value) in &mut swapped.headers {
        if name.eq_ignore_ascii_case("x-tc-action") {
            *value = "TerminateInstances".into();
        }
    }
    assert_eq!(
        verify_tc3(&swapped, None, unix_now()).unwrap_err().code(),
        "AuthFailure.SignatureFailure"
    );
}

#[tokio::test]
async fn captured_requests_print_no_secrets() {
    let transport = ReplayTransport::new();
    for _ in 0..3 {
        transport.push_json(200, ok_things("r", &[], 0));
    }
    for (method, signature) in [
        (HttpMethod::Post, SignatureMethod::Tc3HmacSha256),
        (HttpMethod::Post, SignatureMethod::HmacSha256),
        (HttpMethod::Get, SignatureMethod::HmacSha1),
    ] {
        Client::builder()
            .credentials(temporary_credentials())
            .transport(transport.clone())
            .http_method(method)
            .signature_method(signature)
            .build()
            .unwrap()
            .send(DescribeThings::default())
            .await
            .unwrap();
    }
    let requests = transport.requests();
    assert_eq!(requests.len(), 3);
    for captured in &requests {
        let printed = format!("{captured:?} {captured:#?} {:?}", captured.request());
        assert!(!printed.contains(TOKEN), "{printed}");
        assert!(!printed.contains(SECRET_KEY), "{printed}");
        assert!(!printed.contains("Signature=") || printed.contains("Signature=<redacted>"));
        assert!(!printed.contains("TC3-HMAC-SHA256 Credential"), "{printed}");
        let signature = captured
            .header("authorization")
            .map(str::to_owned)
            .or_else(|| {
                captured
                    .params()
                    .into_iter()
                    .find(|(name, _)| name == "Signature")
                    .map(|(_, value)| value)
            })
            .unwrap();
        assert!(!printed.contains(&signature), "{printed}");
    }
}

#[test]
fn timeouts_that_could_overflow_or_never_fire_are_refused() {
    let base = || {
        Client::builder()
            .credentials(credentials())
            .transport(ReplayTransport::new())
    };
    for builder in [
        base().total_timeout(Duration::MAX),
        base().attempt_timeout(Duration::MAX),
        base().connect_timeout(Duration::MAX),
        base().attempt_timeout(Duration::from_secs(61)),
    ] {
        let error = builder.build().unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{error:?}");
    }
    let error = base()
        .attempt_timeout(Duration::from_secs(120))
        .build()
        .unwrap_err();
    assert!(
        error.to_string().contains("exceeds the total timeout"),
        "{error}"
    );
    base()
        .attempt_timeout(Duration::from_secs(120))
        .total_timeout(Duration::from_secs(120))
        .build()
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn overrides_with_impossible_timeouts_are_refused_before_any_io() {
    let transport = ReplayTransport::new();
    let client = replay_builder(&transport).build().unwrap();
    for handle in [
        client.with_overrides(|o| o.total_timeout(Duration::MAX)),
        client.with_overrides(|o| o.attempt_timeout(Duration::from_secs(600))),
    ] {
        let error = handle.send(DescribeThings::default()).await.unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{error:?}");
    }
    assert_eq!(transport.request_count(), 0);
}

/// Fails its first request as "connection refused" and never answers the others.
#[derive(Debug, Default)]
struct RefuseThenHang {
    calls: AtomicUsize,
}

impl ecm_sdk::transport::Transport for RefuseThenHang {
    fn send(&self, _: ecm_sdk::transport::HttpRequest) -> ecm_sdk::transport::TransportFuture<'_> {
        if self.calls.fetch_add(1, Ordering::SeqCst) == 0 {
            Box::pin(std::future::ready(Err(TransportError::connect("refused"))))
        } else {
            Box::pin(std::future::pending())
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_total_timeout_is_not_retryable() {
    let transport = Arc::new(RefuseThenHang::default());
    let client = Client::builder()
        .credentials(credentials())
        .transport(transport.clone())
        .retry_policy(
            RetryPolicy::standard()
                .with_initial_backoff(Duration::from_millis(500))
                .with_max_backoff(Duration::from_millis(500)),
        )
        .random_source(MaxRandom)
        .attempt_timeout(Duration::from_millis(600))
        .total_timeout(Duration::from_millis(600))
        .build()
        .unwrap();
    let started = Instant::now();
    // Refused at 0 ms, retried at 500 ms, out of time at 600 ms.
    let error = client.send(DescribeThings::default()).await.unwrap_err();
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(timeout.kind(), TimeoutKind::Total);
    assert_eq!(timeout.attempts(), 2);
    assert!(!error.is_transient(), "the caller's time budget is spent");
    assert_eq!(started.elapsed(), Duration::from_millis(600));
    assert_eq!(transport.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn credentials_errors_of_a_call_name_its_action() {
    let transport = ReplayTransport::new();
    let error = Client::builder()
        .credentials(ecm_sdk::credentials::CredentialsChain::new())
        .transport(transport.clone())
        .build()
        .unwrap()
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Credentials(credentials) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(credentials.action(), Some("DescribeThings"));
    assert!(
        error
            .to_string()
            .starts_with("DescribeThings: credentials (chain): "),
        "{error}"
    );
    assert_eq!(transport.request_count(), 0);
}

#[tokio::test(start_paused = true)]
async fn a_timeout_after_the_request_was_written_re_sends_only_read_only_actions() {
    // What the default transport reports for a TCP timeout after writing (see
    // `transport::hyper_transport` and `transport::failure` tests): an I/O error, not "connect timeout".
    let transport = ReplayTransport::from_fn(|_| {
        Err(TransportError::io(
            "timed out after the request may have been sent: connection timed out",
        ))
    });
    let client = replay_builder(&transport)
        .random_source(MaxRandom)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.send(create_thing()).await.unwrap_err();
    assert!(matches!(&error, Error::Transport(t) if t.kind() == TransportErrorKind::Io));
    assert!(!RetryPolicy::standard().should_retry(&error, false));
    assert_eq!(transport.request_count(), 1, "a mutation is sent once");
    assert_eq!(started.elapsed(), Duration::ZERO);

    let started = Instant::now();
    client.send(DescribeThings::default()).await.unwrap_err();
    assert_eq!(transport.request_count(), 1 + 3);
    // Two back-offs at their full-jitter ceilings: 200 ms + 400 ms.
    assert_eq!(started.elapsed(), Duration::from_millis(600));
}
