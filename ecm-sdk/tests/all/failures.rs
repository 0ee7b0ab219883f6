//! Failures over HTTP: retries, timeouts, clock skew, malformed and oversized answers.

use std::time::{Duration, Instant};

use ecm_sdk::error::{DecodeErrorKind, TimeoutKind, TransportErrorKind};
use ecm_sdk::{Error, RetryPolicy};

use crate::support::server::{Reply, TestServer};
use crate::support::*;

const HTML_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\r\n</html>\r\n";

fn html(status: u16) -> Reply {
    Reply::Respond {
        status,
        headers: vec![("Content-Type".into(), "text/html".into())],
        body: HTML_502.as_bytes().to_vec(),
    }
}

#[tokio::test]
async fn throttled_twice_then_success() {
    let throttled = Reply::json(200, error_body("RequestLimitExceeded", "too fast", "r-t"));
    let server = TestServer::sequence(vec![
        throttled.clone(),
        Reply::json(
            200,
            error_body("RequestLimitExceeded.UinLimitExceeded", "too fast", "r-u"),
        ),
        Reply::json(200, r#"{"Response":{"ThingId":"t-1","RequestId":"r-ok"}}"#),
    ])
    .await;
    // Throttling is retried even for a mutating action: the request was not executed.
    let output = client(&server.url).send(create_thing()).await.unwrap();
    assert_eq!(output.thing_id.as_deref(), Some("t-1"));
    assert_eq!(server.count(), 3);

    // Re-signed on every attempt: each attempt carries its own valid signature.
    for sent in server.requests() {
        verify_tc3(&sent, None, unix_now()).unwrap();
    }

    let server = TestServer::always(throttled).await;
    let error = builder(&server.url)
        .retry_policy(fast_retries().with_max_attempts(2))
        .build()
        .unwrap()
        .send(create_thing())
        .await
        .unwrap_err();
    assert!(error.is_throttling());
    assert!(RetryPolicy::standard().should_retry(&error, false));
    assert_eq!(server.count(), 2, "bounded by max_attempts");
}

#[tokio::test]
async fn server_errors_are_retried_for_read_only_actions_only() {
    for first in [
        html(502),
        Reply::json(500, error_body("InternalError", "oops", "r-500")),
        Reply::json(200, error_body("ServiceUnavailable", "busy", "r-503")),
    ] {
        let server = TestServer::sequence(vec![
            first.clone(),
            Reply::json(200, ok_things("r-ok", &["t"], 1)),
        ])
        .await;
        let output = client(&server.url)
            .send(DescribeThings::default())
            .await
            .unwrap();
        assert_eq!(output.request_id.as_deref(), Some("r-ok"));
        assert_eq!(server.count(), 2, "read-only: retried after {first:?}");

        let server = TestServer::sequence(vec![
            first.clone(),
            Reply::json(200, r#"{"Response":{"RequestId":"r-ok"}}"#),
        ])
        .await;
        let error = client(&server.url).send(create_thing()).await.unwrap_err();
        assert!(!RetryPolicy::standard().should_retry(&error, false));
        assert_eq!(server.count(), 1, "mutating: not retried after {first:?}");
    }
}

#[tokio::test]
async fn html_error_pages_read_as_such() {
    for status in [200, 502] {
        let server = TestServer::always(html(status)).await;
        let error = builder(&server.url)
            .retry_policy(RetryPolicy::disabled())
            .build()
            .unwrap()
            .send(DescribeThings::default())
            .await
            .unwrap_err();
        let Error::Decode(decode) = &error else {
            panic!("expected a decode error, got {error:?}");
        };
        assert_eq!(decode.kind(), DecodeErrorKind::NotAnEnvelope);
        assert_eq!(decode.http_status(), status);
        assert_eq!(decode.action(), "DescribeThings");
        assert_eq!(decode.content_type(), Some("text/html"));
        assert!(
            decode
                .snippet()
                .starts_with("<html>  <head><title>502 Bad Gateway</title>"),
            "{}",
            decode.snippet()
        );
        let message = error.to_string();
        assert!(
            message.starts_with(&format!(
                "DescribeThings: HTTP {status} response is not a JSON `Response` envelope (content-type text/html)"
            )),
            "{message}"
        );
        assert!(message.contains("502 Bad Gateway"), "{message}");
        assert_eq!(error.is_transient(), status >= 500);
    }
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_with_a_snippet() {
    let body = r#"{"Response":{"TotalCount":3,"ThingSet":[{"ThingId":"t-1"},{"Thi"#;
    let server = TestServer::always(Reply::json(200, body)).await;
    let error = client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(decode.kind(), DecodeErrorKind::NotAnEnvelope);
    assert_eq!(decode.snippet(), body);
    assert!(error.to_string().contains("EOF"), "{error}");
    assert_eq!(
        server.count(),
        1,
        "a 200 that cannot be decoded is not retried"
    );

    // A body cut short of its Content-Length is a transport failure.
    let server = TestServer::always(Reply::Truncated {
        declared: 500,
        body: body.as_bytes().to_vec(),
    })
    .await;
    let error = client(&server.url).send(create_thing()).await.unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::Io);
}

#[tokio::test]
async fn shape_mismatches_name_the_problem_and_keep_the_request_id() {
    let server = TestServer::always(Reply::json(
        200,
        r#"{"Response":{"TotalCount":"three","RequestId":"r-shape"}}"#,
    ))
    .await;
    let error = client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(decode.kind(), DecodeErrorKind::UnexpectedShape);
    assert_eq!(error.request_id(), Some("r-shape"));
    assert!(error.to_string().contains("invalid type"), "{error}");
}

#[tokio::test]
async fn bodies_over_the_cap_are_refused_by_length_and_while_streaming() {
    let big = format!(
        r#"{{"Response":{{"Padding":"{}","RequestId":"r"}}}}"#,
        "x".repeat(4096)
    );
    let server = TestServer::always(Reply::json(200, big)).await;
    let client_with_cap = builder(&server.url)
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let error = client_with_cap
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::BodyTooLarge);
    assert!(error.to_string().contains("1024 bytes"), "{error}");
    assert!(!error.is_transient());
    assert_eq!(server.count(), 1);

    let server = TestServer::always(Reply::Endless).await;
    let started = Instant::now();
    let error = builder(&server.url)
        .max_response_bytes(64 * 1024)
        .build()
        .unwrap()
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::BodyTooLarge);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[tokio::test]
async fn a_server_that_never_answers_hits_the_attempt_timeout() {
    let server = TestServer::always(Reply::Hang).await;
    let error = builder(&server.url)
        .attempt_timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap()
        .send(create_thing())
        .await
        .unwrap_err();
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(timeout.kind(), TimeoutKind::Attempt);
    assert_eq!(timeout.limit(), Duration::from_millis(200));
    assert!(error.is_transient());
    assert!(
        !RetryPolicy::standard().should_retry(&error, false),
        "a mutating request may have arrived"
    );
    assert_eq!(
        error.to_string(),
        "CreateThing: attempt timeout of 200ms elapsed (1 attempt)"
    );

    // Read-only: retried, until the total timeout cuts the last attempt short.
    let started = Instant::now();
    let error = builder(&server.url)
        .attempt_timeout(Duration::from_millis(150))
        .total_timeout(Duration::from_millis(400))
        .retry_policy(fast_retries().with_max_attempts(10))
        .build()
        .unwrap()
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(timeout.kind(), TimeoutKind::Total);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn signature_expire_learns_the_server_clock_and_retries_once() {
    const SKEW: u64 = 3 * 3600;
    let server = TestServer::start(|request, _| {
        let server_now = unix_now() + SKEW;
        let date = httpdate::fmt_http_date(std::time::UNIX_EPOCH + Duration::from_secs(server_now));
        match verify_tc3(request, None, server_now) {
            Ok(_) => Reply::json(200, r#"{"Response":{"ThingId":"t","RequestId":"r-ok"}}"#),
            Err(error) => Reply::json(200, error_body(error.code(), "expired", "r-exp")),
        }
        .with_header("Date", &date)
    })
    .await;
    // Retries disabled: the skew re-sign happens anyway, and only once.
    let client = builder(&server.url)
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let output = client.send(create_thing()).await.unwrap();
    assert_eq!(output.request_id.as_deref(), Some("r-ok"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let first: u64 = requests[0]
        .header("x-tc-timestamp")
        .unwrap()
        .parse()
        .unwrap();
    let second: u64 = requests[1]
        .header("x-tc-timestamp")
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        second.abs_diff(unix_now() + SKEW) < 60,
        "re-signed with the server's time"
    );
    assert!(second - first > SKEW - 60);

    // Later calls (and clones) sign with the learned offset from the start.
    client.clone().send(create_thing()).await.unwrap();
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn signature_expire_without_a_date_is_not_retried() {
    let server = TestServer::always(Reply::json(
        200,
        error_body("AuthFailure.SignatureExpire", "expired", "r-exp"),
    ))
    .await;
    let error = client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    assert_eq!(
        error.as_service_error().unwrap().code(),
        "AuthFailure.SignatureExpire"
    );
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn per_call_overrides_change_timeouts_and_retries_only_for_the_handle() {
    let server = TestServer::always(Reply::Hang).await;
    let client = builder(&server.url)
        .attempt_timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let impatient = client.with_overrides(|o| {
        o.attempt_timeout(Duration::from_millis(100))
            .max_attempts(2)
            .region("ap-guangzhou")
    });
    let error = impatient.send(DescribeThings::default()).await.unwrap_err();
    assert!(matches!(&error, Error::Timeout(t) if t.kind() == TimeoutKind::Attempt));
    assert_eq!(server.count(), 2);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("x-tc-region") == Some("ap-guangzhou"))
    );
    assert_eq!(client.region(), None);
    assert_eq!(impatient.region(), Some("ap-guangzhou"));

    let broken = client.with_overrides(|o| o.max_attempts(0).region("bad region"));
    let error = broken.send(DescribeThings::default()).await.unwrap_err();
    let Error::Config(config) = &error else {
        panic!("{error:?}");
    };
    assert!(
        config.message().contains("region \"bad region\""),
        "{error}"
    );
    assert!(config.message().contains("max_attempts"), "{error}");
    assert_eq!(server.count(), 2);
}
