//! Hostile responses: what proxies, overloaded gateways and broken servers send back. Every
//! case ends in a specific typed result, never a panic, a hang or unbounded memory.
//!
//! Already covered elsewhere, with the exact assertions, and not repeated here
//! (`tests/all/failures.rs`):
//! - an HTML error page with status 200 and 502 → `Decode(NotAnEnvelope)` with the status,
//!   the content type and a snippet (`html_error_pages_read_as_such`);
//! - a body shorter than its (small) `Content-Length` → `Transport(Io)`, truncated JSON →
//!   `Decode(NotAnEnvelope)` (`truncated_json_is_a_decode_error_with_a_snippet`);
//! - a body over the cap by `Content-Length` and an endless chunked body → `BodyTooLarge`
//!   (`bodies_over_the_cap_are_refused_by_length_and_while_streaming`);
//! - a server that never answers → `Timeout(Attempt)` (`a_server_that_never_answers_hits_the_attempt_timeout`).
//!
//! Decisions (see also `fuzz/README.md`):
//! - duplicate members are a decode error in typed responses (serde rejects duplicate
//!   fields), including a duplicate `Response` or `Error`; `call_raw` returns a
//!   `serde_json::Value`, where — as everywhere in serde_json — the last duplicate wins;
//! - a `null` where an array (or any value) is documented decodes to `None`;
//! - integers outside `i64` in a typed field are a decode error, never a wrapped or rounded
//!   number; nesting deeper than serde_json's limit (128) is a decode error, not a stack
//!   overflow.

use std::time::{Duration, Instant};

use ecm_sdk::actions::{DescribeInstancesRequest, DescribeInstancesResponse};
use ecm_sdk::error::{DecodeError, DecodeErrorKind, TimeoutKind, TransportErrorKind};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, Credentials, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn replay_client() -> (Client, ReplayTransport) {
    let transport = ReplayTransport::new();
    let client = Client::builder()
        .credentials(Credentials::new("AKIDhostile", "hostile-key"))
        .retry_policy(RetryPolicy::disabled())
        .transport(transport.clone())
        .build()
        .unwrap();
    (client, transport)
}

/// `DescribeInstances` answered with `status` and `body`.
async fn describe(
    status: u16,
    body: impl Into<Vec<u8>>,
) -> Result<DescribeInstancesResponse, Error> {
    let (client, transport) = replay_client();
    transport.push_json(status, body.into());
    let result = client.send(DescribeInstancesRequest::new()).await;
    assert_eq!(transport.request_count(), 1, "one attempt");
    result
}

async fn describe_raw(body: impl Into<Vec<u8>>) -> Result<serde_json::Value, Error> {
    let (client, transport) = replay_client();
    transport.push_json(200, body.into());
    client
        .call_raw("DescribeInstances", serde_json::Value::Null)
        .await
}

#[track_caller]
fn decode_error<T: std::fmt::Debug>(
    result: Result<T, Error>,
    kind: DecodeErrorKind,
) -> DecodeError {
    match result {
        Err(Error::Decode(error)) => {
            assert_eq!(error.kind(), kind, "{error}");
            assert_eq!(error.action(), "DescribeInstances");
            error
        }
        other => panic!("expected a {kind:?} decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_body_is_not_an_envelope() {
    for status in [200, 502] {
        let error = decode_error(describe(status, "").await, DecodeErrorKind::NotAnEnvelope);
        assert_eq!(error.http_status(), status);
        assert_eq!(error.snippet(), "");
        assert!(error.to_string().contains("EOF while parsing"), "{error}");
        assert_eq!(
            ecm_sdk::Error::Decode(error.clone()).is_transient(),
            status >= 500
        );
    }
    decode_error(describe_raw("").await, DecodeErrorKind::NotAnEnvelope);
}

#[tokio::test]
async fn json_without_a_response_member_is_not_an_envelope() {
    for body in [
        r#"{"Reponse":{"TotalCount":1,"RequestId":"r-typo"}}"#,
        r#"{}"#,
    ] {
        let error = decode_error(describe(200, body).await, DecodeErrorKind::NotAnEnvelope);
        assert!(
            error.to_string().contains("no `Response` member"),
            "{error}"
        );
        assert_eq!(error.snippet(), body);
        decode_error(describe_raw(body).await, DecodeErrorKind::NotAnEnvelope);
    }
    // Not an object at all.
    for body in ["null", "[1]", r#""Response""#, "42"] {
        let error = decode_error(describe(200, body).await, DecodeErrorKind::NotAnEnvelope);
        assert!(error.to_string().contains("invalid type"), "{error}");
    }
    // `Response` that is not an object.
    for body in [
        r#"{"Response":null}"#,
        r#"{"Response":[]}"#,
        r#"{"Response":"x"}"#,
    ] {
        let error = decode_error(describe(200, body).await, DecodeErrorKind::UnexpectedShape);
        assert!(error.to_string().contains("invalid type"), "{error}");
    }
}

#[tokio::test]
async fn an_error_with_a_non_string_code_is_a_shape_error_with_the_request_id() {
    for body in [
        r#"{"Response":{"Error":{"Code":4001,"Message":"m"},"RequestId":"r-code"}}"#,
        r#"{"Response":{"Error":{"Code":null,"Message":"m"},"RequestId":"r-code"}}"#,
        r#"{"Response":{"Error":{"Code":{"Name":"X"},"Message":"m"},"RequestId":"r-code"}}"#,
        r#"{"Response":{"Error":"InternalError","RequestId":"r-code"}}"#,
        r#"{"Response":{"RequestId":"r-code","Error":{"Code":"X","Message":7}}}"#,
    ] {
        let error = decode_error(describe(200, body).await, DecodeErrorKind::UnexpectedShape);
        assert!(
            error.to_string().contains("invalid type"),
            "{body}: {error}"
        );
        assert_eq!(error.request_id(), Some("r-code"), "{body}");
    }
    // A well-formed error without a message is still the service's error.
    let error = describe(
        200,
        r#"{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r-ok"}}"#,
    )
    .await
    .unwrap_err();
    let Error::Service(service) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(service.code(), "InternalError");
    assert_eq!(service.message(), "");
}

/// `depth` nested arrays around `inner`.
fn nested(depth: usize, inner: &str) -> String {
    let mut text = String::with_capacity(2 * depth + inner.len());
    text.extend(std::iter::repeat_n('[', depth));
    text.push_str(inner);
    text.extend(std::iter::repeat_n(']', depth));
    text
}

#[tokio::test]
async fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    const DEPTH: usize = 100_000;
    let in_field = format!(
        r#"{{"Response":{{"InstanceSet":{},"RequestId":"r-deep"}}}}"#,
        nested(DEPTH, "")
    );
    let in_unknown = format!(
        r#"{{"Response":{{"Unknown":{},"RequestId":"r-deep"}}}}"#,
        nested(DEPTH, "")
    );
    let around = format!(r#"{{"Before":{},"Response":{{}}}}"#, nested(DEPTH, ""));
    // In an unknown member of `Response` and in a member beside it: the typed decoder skips
    // them (serde_json skips a value iteratively, without recursion, and unknown members
    // are ignored by design); `call_raw` builds a `serde_json::Value` of `Response` and
    // stops at serde_json's recursion limit.
    let output = describe(200, in_unknown.as_bytes()).await.unwrap();
    assert_eq!(output.request_id.as_deref(), Some("r-deep"));
    let output = describe(200, around.as_bytes()).await.unwrap();
    assert_eq!(output.request_id, None);
    let error = decode_error(
        describe_raw(in_unknown.as_bytes()).await,
        DecodeErrorKind::NotAnEnvelope,
    );
    assert!(
        error.to_string().contains("recursion limit exceeded"),
        "{error}"
    );
    assert!(error.snippet().chars().count() <= 161);
    // Members beside `Response` are skipped by `call_raw` too.
    let raw = describe_raw(around.as_bytes()).await.unwrap();
    assert_eq!(raw, serde_json::json!({}));
    // In a documented array: the typed decoder stops at the first item that is not an
    // `Instance`; `call_raw` at serde_json's recursion limit.
    let error = decode_error(
        describe(200, in_field.as_bytes()).await,
        DecodeErrorKind::UnexpectedShape,
    );
    assert!(
        error.to_string().contains("invalid type: sequence"),
        "{error}"
    );
    assert_eq!(error.request_id(), Some("r-deep"));
    let error = decode_error(
        describe_raw(in_field.as_bytes()).await,
        DecodeErrorKind::NotAnEnvelope,
    );
    assert!(
        error.to_string().contains("recursion limit exceeded"),
        "{error}"
    );
    // At the top: refused at the first byte, nothing is nested at all.
    let top = nested(DEPTH, "1");
    for result in [
        describe(200, top.as_bytes()).await.map(drop),
        describe_raw(top.as_bytes()).await.map(drop),
    ] {
        let error = decode_error(result, DecodeErrorKind::NotAnEnvelope);
        assert!(
            error.to_string().contains("invalid type: sequence"),
            "{error}"
        );
    }
    // Deep but within the limit is fine where the type allows it.
    let shallow = format!(
        r#"{{"Response":{{"Unknown":{},"RequestId":"r-shallow"}}}}"#,
        nested(100, "")
    );
    let output = describe(200, shallow.as_bytes()).await.unwrap();
    assert_eq!(output.request_id.as_deref(), Some("r-shallow"));
    let raw = describe_raw(shallow.as_bytes()).await.unwrap();
    assert_eq!(raw["RequestId"], "r-shallow");
}

#[tokio::test]
async fn invalid_utf8_is_refused_and_quoted_lossily() {
    let mut body = br#"{"Response":{"RequestId":""#.to_vec();
    body.extend_from_slice(&[0xff, 0xfe, b'x']);
    body.extend_from_slice(br#""}}"#);
    let error = decode_error(
        describe(200, body.clone()).await,
        DecodeErrorKind::NotAnEnvelope,
    );
    assert!(error.to_string().contains("invalid unicode"), "{error}");
    assert!(
        error.snippet().contains("\u{fffd}\u{fffd}x"),
        "{}",
        error.snippet()
    );
    decode_error(describe_raw(body).await, DecodeErrorKind::NotAnEnvelope);

    // In a documented string field of a nested structure, too.
    let mut body = br#"{"Response":{"InstanceSet":[{"InstanceName":""#.to_vec();
    body.extend_from_slice(&[0xc3, 0x28]);
    body.extend_from_slice(br#""}],"RequestId":"r"}}"#);
    decode_error(describe(200, body).await, DecodeErrorKind::NotAnEnvelope);

    // A lone surrogate escape is not a character either.
    let body = r#"{"Response":{"RequestId":"\ud800"}}"#;
    let error = decode_error(describe(200, body).await, DecodeErrorKind::NotAnEnvelope);
    assert!(error.to_string().contains("hex escape"), "{error}");
}

#[tokio::test]
async fn numbers_outside_i64_are_a_shape_error_not_a_wrong_number() {
    for number in [
        "9223372036854775808",  // i64::MAX + 1: fits u64
        "-9223372036854775809", // i64::MIN - 1
        "18446744073709551616", // u64::MAX + 1: serde_json reads it as a float
        "1.5",
        "1e3",
    ] {
        let body = format!(r#"{{"Response":{{"TotalCount":{number},"RequestId":"r-num"}}}}"#);
        let error = decode_error(describe(200, body).await, DecodeErrorKind::UnexpectedShape);
        assert!(
            error.to_string().contains("TotalCount") || error.to_string().contains("i64"),
            "{number}: {error}"
        );
        assert_eq!(error.request_id(), Some("r-num"), "{number}");
    }
    // The extremes that fit are exact.
    let body = r#"{"Response":{"TotalCount":-9223372036854775808,"RequestId":"r"}}"#;
    assert_eq!(
        describe(200, body).await.unwrap().total_count,
        Some(i64::MIN)
    );
    // Out of f64 range is not a number serde_json can represent: not an envelope.
    let body = r#"{"Response":{"TotalCount":1e400,"RequestId":"r"}}"#;
    let error = decode_error(describe(200, body).await, DecodeErrorKind::NotAnEnvelope);
    assert!(error.to_string().contains("number out of range"), "{error}");
}

#[tokio::test]
async fn duplicate_members_are_a_shape_error_in_typed_responses() {
    for (body, member) in [
        (
            r#"{"Response":{"TotalCount":1,"TotalCount":2,"RequestId":"r-dup"}}"#,
            "TotalCount",
        ),
        (
            r#"{"Response":{"RequestId":"r-dup","TotalCount":1,"RequestId":"r-other"}}"#,
            "RequestId",
        ),
        (
            r#"{"Response":{"InstanceSet":[{"InstanceId":"a","InstanceId":"b"}],"RequestId":"r-dup"}}"#,
            "InstanceId",
        ),
        (
            r#"{"Response":{"TotalCount":1,"RequestId":"r-dup"},"Response":{"TotalCount":2,"RequestId":"r-dup"}}"#,
            "Response",
        ),
        (
            r#"{"Response":{"Error":{"Code":"A","Message":"a"},"Error":{"Code":"B","Message":"b"},"RequestId":"r-dup"}}"#,
            "Error",
        ),
    ] {
        let error = decode_error(describe(200, body).await, DecodeErrorKind::UnexpectedShape);
        assert!(
            error
                .to_string()
                .contains(&format!("duplicate field `{member}`")),
            "{body}: {error}"
        );
        assert!(error.request_id().is_some(), "{body}");
    }
    // `call_raw` is a `serde_json::Value`: the last duplicate wins, as in serde_json.
    let raw = describe_raw(r#"{"Response":{"TotalCount":1,"TotalCount":2,"RequestId":"r"}}"#)
        .await
        .unwrap();
    assert_eq!(raw["TotalCount"], 2);
}

#[tokio::test]
async fn null_where_an_array_is_documented_decodes_to_none() {
    let output = describe(
        200,
        r#"{"Response":{"TotalCount":null,"InstanceSet":null,"RequestId":"r-null"}}"#,
    )
    .await
    .unwrap();
    assert_eq!(output.instance_set, None);
    assert_eq!(output.total_count, None);
    assert_eq!(output.request_id.as_deref(), Some("r-null"));
    // Nested: a documented array member of an array item.
    let output = describe(
        200,
        r#"{"Response":{"InstanceSet":[{"InstanceId":"ein-1","TagSet":null,"Image":null}],"RequestId":null}}"#,
    )
    .await
    .unwrap();
    let instance = &output.instance_set.unwrap()[0];
    assert_eq!(instance.instance_id.as_deref(), Some("ein-1"));
    assert_eq!(instance.tag_set, None);
    assert_eq!(instance.image, None);
    assert_eq!(output.request_id, None);
}

/// A one-connection HTTP server on 127.0.0.1 that reads a request head and then writes
/// `head` and calls `body` to write the rest. Returns the endpoint URL.
async fn misbehaving_server<F, Fut>(head: &'static str, body: F) -> String
where
    F: FnOnce(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let Ok((mut stream, _)) = listener.accept().await else {
            return;
        };
        let mut request = Vec::new();
        let mut buffer = [0u8; 4096];
        // The SDK's POST: head and a small JSON body; wait for the end of the head.
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => request.extend_from_slice(&buffer[..n]),
            }
        }
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        body(stream).await;
    });
    url
}

fn socket_client(url: &str) -> ecm_sdk::ClientBuilder {
    Client::builder()
        .credentials(Credentials::new("AKIDhostile", "hostile-key"))
        .endpoint(url)
        .retry_policy(RetryPolicy::disabled())
}

#[tokio::test]
async fn a_1_gb_content_length_with_a_short_body_is_refused_before_reading() {
    let url = misbehaving_server(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n",
        |mut stream| async move {
            let _ = stream.write_all(br#"{"Response":{"#).await;
            tokio::time::sleep(Duration::from_secs(5)).await;
        },
    )
    .await;
    let started = Instant::now();
    let error = socket_client(&url)
        .build()
        .unwrap()
        .send(DescribeInstancesRequest::new())
        .await
        .unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::BodyTooLarge);
    assert!(error.to_string().contains("10485760 bytes"), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "refused by the declared length, without waiting for the body"
    );
}

#[tokio::test]
async fn a_body_that_never_ends_under_the_cap_hits_the_attempt_timeout() {
    // A slow drip: chunks far below the cap, forever (bounded: 10 s at most).
    let url = misbehaving_server(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        |mut stream| async move {
            for _ in 0..200 {
                if stream.write_all(b"1\r\n \r\n").await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        },
    )
    .await;
    let started = Instant::now();
    let error = socket_client(&url)
        .attempt_timeout(Duration::from_millis(400))
        .build()
        .unwrap()
        .send(DescribeInstancesRequest::new())
        .await
        .unwrap_err();
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(timeout.kind(), TimeoutKind::Attempt);
    assert_eq!(timeout.limit(), Duration::from_millis(400));
    assert!(started.elapsed() < Duration::from_secs(3));
}
