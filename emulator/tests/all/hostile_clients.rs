//! Clients that abuse the emulator: oversized heads, slowloris trickles, a thousand
//! connections at once, hang-ups in the middle of a request, absurdly nested parameters. It
//! answers each with a bounded effort and keeps serving everyone else.
//!
//! Already covered in `limits.rs` and `protocol.rs` and not repeated: a head that never ends
//! and a body that never arrives are cut off by their timeouts, idle keep-alive connections
//! are closed, the connection limit makes extra clients wait, and GET/POST bodies over the
//! documented sizes are `RequestSizeLimitExceeded` (also when announced and not sent).

use std::time::{Duration, Instant};

use crate::common::*;
use ecm_emulator::Outcome;
use ecm_emulator::fuzzing::RequestHarness;
use tencentcloud_signer::SignatureMethod;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Writes `bytes` on a fresh connection and reads until the server closes it (at most 10 s).
async fn exchange(emulator: &ecm_emulator::EmulatorHandle, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(emulator.address()).await.unwrap();
    // The server may answer and close before everything is written.
    let _ = stream.write_all(bytes).await;
    let mut received = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut received)).await;
    String::from_utf8_lossy(&received).into_owned()
}

/// A signed `DescribeNode` on a connection the server closes after answering.
fn describe_node(emulator: &ecm_emulator::EmulatorHandle) -> Vec<u8> {
    Call::new(emulator, "DescribeNode")
        .tc3_json("{}")
        .header("Connection", "close")
        .to_bytes()
}

#[track_caller]
fn assert_served(text: &str) {
    assert!(text.starts_with("HTTP/1.1 200 OK"), "{text}");
    assert!(text.contains(r#""NodeSet""#), "a success answer: {text}");
}

#[tokio::test]
async fn oversized_heads_are_refused_and_others_still_served() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    // One header larger than the 64 KiB head limit, and many small headers.
    let huge = request
        .clone()
        .header("X-Padding", &"p".repeat(1024 * 1024))
        .to_bytes();
    let mut many = request.clone();
    for index in 0..200 {
        many = many.header(&format!("X-Extra-{index}"), "v");
    }
    for bytes in [huge, many.to_bytes()] {
        let text = exchange(&emulator, &bytes).await;
        assert!(
            text.starts_with("HTTP/1.1 431 Request Header Fields Too Large"),
            "{}",
            &text[..text.len().min(200)]
        );
    }
    // Nothing was routed, so nothing was journaled; the next client is served.
    assert!(emulator.journal().is_empty());
    assert_served(&exchange(&emulator, &describe_node(&emulator)).await);
}

#[tokio::test]
async fn a_slowloris_trickle_is_cut_off_while_others_are_served() {
    let emulator = start_with(config().header_read_timeout(Duration::from_millis(300))).await;
    let address = emulator.address();
    // One byte every 50 ms: it never stops sending, but its head never completes in time.
    let trickle = tokio::spawn(async move {
        let started = Instant::now();
        let mut stream = TcpStream::connect(address).await.unwrap();
        let head = b"POST / HTTP/1.1\r\nHost: slow\r\nX-Slow: ".repeat(4);
        for byte in head.iter().cycle().take(200) {
            if stream.write_all(&[*byte]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut rest = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut rest)).await;
        started.elapsed()
    });
    // Meanwhile, a normal client is served.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_served(&exchange(&emulator, &describe_node(&emulator)).await);
    let elapsed = trickle.await.unwrap();
    assert!(
        elapsed < Duration::from_secs(9),
        "disconnected long before the trickle ended ({elapsed:?})"
    );
}

#[tokio::test]
async fn clients_that_hang_up_mid_request_do_not_disturb_others() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let head = request.head_lines();
    // Mid-head, mid-body, and right after sending (before the answer is read).
    let mid_head = head.as_bytes()[..head.len() / 2].to_vec();
    let mid_body = format!("{head}Content-Length: 1000\r\n\r\n{{\"Filters\":[").into_bytes();
    let unread = request.to_bytes();
    for bytes in [mid_head, mid_body, unread] {
        let mut stream = TcpStream::connect(emulator.address()).await.unwrap();
        stream.write_all(&bytes).await.unwrap();
        drop(stream);
    }
    // Let the server notice the hang-ups, then check it still serves.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_served(&exchange(&emulator, &describe_node(&emulator)).await);

    let outcomes: Vec<Outcome> = emulator
        .journal()
        .into_iter()
        .map(|entry| entry.outcome)
        .collect();
    // The mid-head hang-up never became a request. The mid-body one failed reading its
    // body. The one that hung up right after sending is answered, journaled as failed, or —
    // when hyper sees the hang-up before dispatching it — never handled at all. The last
    // one was answered.
    assert!((2..=3).contains(&outcomes.len()), "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::Failed), "{outcomes:?}");
    assert_eq!(outcomes.last(), Some(&Outcome::Answered), "{outcomes:?}");
}

/// The resident set size of this process, in KiB (Linux).
fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_connections_are_all_served_with_bounded_memory() {
    const CONNECTIONS: usize = 1000;
    let emulator = start_with(config().journal_capacity(100)).await;
    let request = describe_node(&emulator);
    let before = resident_kib();

    // Open every connection first, so all are open at once, then send on all of them.
    let mut streams = Vec::with_capacity(CONNECTIONS);
    for _ in 0..CONNECTIONS {
        streams.push(TcpStream::connect(emulator.address()).await.unwrap());
    }
    let mut tasks = Vec::with_capacity(CONNECTIONS);
    for mut stream in streams {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            stream.write_all(&request).await.unwrap();
            let mut received = Vec::new();
            tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut received))
                .await
                .expect("answered in time")
                .unwrap();
            received
        }));
    }
    let mut served = 0;
    for task in tasks {
        let received = task.await.unwrap();
        assert_served(&String::from_utf8_lossy(&received));
        served += 1;
    }
    assert_eq!(served, CONNECTIONS);
    // The journal keeps the newest entries only.
    assert_eq!(emulator.journal().len(), 100);
    if let (Some(before), Some(after)) = (before, resident_kib()) {
        // Both sides of 1,000 connections live in this process; a leak of even one 64 KiB
        // head buffer per connection would show.
        let grown_mib = after.saturating_sub(before) / 1024;
        assert!(grown_mib < 64, "resident memory grew by {grown_mib} MiB");
    }
    assert_served(&exchange(&emulator, &describe_node(&emulator)).await);
}

/// `depth` nested arrays.
fn nested(depth: usize) -> String {
    let mut text = "[".repeat(depth);
    text.push_str(&"]".repeat(depth));
    text
}

#[tokio::test]
async fn absurdly_nested_parameters_are_invalid_not_a_stack_overflow() {
    let emulator = start().await;
    // JSON nested 100,000 levels, at the top and inside a documented list.
    for body in [
        nested(100_000),
        format!(r#"{{"Filters":{}}}"#, nested(100_000)),
    ] {
        let request = Call::new(&emulator, "DescribeNode").tc3_json(&body);
        let message = send(&emulator, &request)
            .await
            .expect_error("InvalidParameter");
        assert!(message.contains("not valid JSON"), "{message}");
        assert!(message.contains("recursion limit exceeded"), "{message}");
    }
    // JSON nested deeper than the schema, within serde_json's limit: a type error.
    let body = format!(r#"{{"Filters":[{{"Name":"n","Values":{}}}]}}"#, nested(100));
    let request = Call::new(&emulator, "DescribeNode").tc3_json(&body);
    let message = send(&emulator, &request)
        .await
        .expect_error("InvalidParameter");
    assert!(message.contains("`Filters.0.Values.0`"), "{message}");

    // A flattened key of 100,000 segments (v1 form; ~400 KB, under the 1 MB limit).
    let key = format!("Filters.0.Name{}", ".0".repeat(100_000));
    let params = [(key.as_str(), "x")];
    let request =
        Call::new(&emulator, "DescribeNode").v1_form(&params, SignatureMethod::HmacSha256);
    let message = send(&emulator, &request)
        .await
        .expect_error("InvalidParameter");
    assert!(
        message.contains("`Filters.0.Name` is of type String"),
        "{}",
        &message[..200.min(message.len())]
    );
    assert!(message.len() < 300_000);
}

/// The in-process harness the fuzz target uses answers exactly like a connection.
#[test]
fn the_fuzzing_harness_serves_like_a_connection() {
    let harness = RequestHarness::new(&config().verify_signatures(false)).unwrap();
    let request = http::Request::post("/")
        .header("Host", "127.0.0.1")
        .header("Authorization", "unchecked")
        .header("Content-Type", "application/json")
        .header("X-TC-Action", "DescribeNode")
        .header("X-TC-Version", VERSION)
        .body(bytes::Bytes::from_static(
            b"{\"Filters\":[{\"Name\":1.5,\"Values\":[\"v\"]}]}",
        ))
        .unwrap();
    let response = harness.handle(request).expect("answered");
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(body["Response"]["Error"]["Code"], "InvalidParameter");
    assert_eq!(harness.journal().len(), 1);
}

/// The fixture spec plus a data structure that contains itself, `Tree`, as DescribeNode's
/// optional `Tree` parameter (the catalog allows such structures).
fn self_containing_spec() -> ecm_spec::Spec {
    let mut spec = serde_json::to_value(fixture_spec()).unwrap();
    spec["data_types"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "name": "Tree",
            "description": "A structure that contains itself.",
            "used_by": ["DescribeNode"],
            "members": [
                {"name": "Child", "type": "Tree", "required": false, "description": "Below."},
                {"name": "Leaf", "type": "String", "required": false, "description": "A value."}
            ]
        }));
    let describe_node = spec["actions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|action| action["name"] == "DescribeNode")
        .unwrap();
    describe_node["inputs"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "name": "Tree", "type": "Tree", "required": false, "description": "A tree."
        }));
    ecm_spec::Spec::from_json(&spec.to_string()).unwrap()
}

/// A flattened key can follow a self-containing structure as deep as it is long; it is
/// refused below the depth a JSON body may reach, not followed until the stack overflows.
#[test]
fn a_flattened_key_down_a_self_containing_structure_is_bounded() {
    let harness = RequestHarness::new(
        &config()
            .spec(self_containing_spec())
            .verify_signatures(false),
    )
    .unwrap();
    let describe = |children: usize| {
        let key = format!("Tree{}.Leaf", ".Child".repeat(children));
        let body = format!("Action=DescribeNode&Version={VERSION}&{key}=x");
        let request = http::Request::post("/")
            .header("Host", "127.0.0.1")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(bytes::Bytes::from(body))
            .unwrap();
        let response = harness.handle(request).expect("answered");
        serde_json::from_slice::<serde_json::Value>(response.body()).unwrap()
    };

    // 100,000 levels (v1 form, ~600 KB, under the 1 MB limit).
    let refused = describe(100_000);
    assert_eq!(
        refused["Response"]["Error"]["Code"], "InvalidParameter",
        "{refused}"
    );
    let message = refused["Response"]["Error"]["Message"].as_str().unwrap();
    assert!(
        message.contains("nested deeper than 128 levels"),
        "{message}"
    );
    assert!(message.len() < 2_000, "{message}");

    // Within the bound, the tree is rebuilt.
    let answered = describe(100);
    assert!(answered["Response"]["Error"].is_null(), "{answered}");
    let params = harness.journal().pop().unwrap().params;
    let leaf = format!("/Tree{}/Leaf", "/Child".repeat(100));
    assert_eq!(params.pointer(&leaf), Some(&serde_json::json!("x")));
}

/// A TC3 POST whose head announces `length` bytes of body, signed with `credentials`.
fn announced_body(call: &Call, length: usize) -> Vec<u8> {
    let request = call.tc3_json("{}");
    let mut head = request.head_lines();
    head.push_str(&format!("Content-Length: {length}\r\n\r\n{{}}"));
    head.into_bytes()
}

#[tokio::test]
async fn an_unauthenticated_tc3_body_is_not_read_nor_journaled() {
    // A body that never arrives would hold the connection for the whole body timeout.
    let emulator = start_with(config().body_read_timeout(Duration::from_secs(60))).await;
    let stranger =
        tencentcloud_signer::Credentials::new("AKIDstranger00000000000000000000", "other-key");
    let cases = [
        (
            Call::new(&emulator, "DescribeNode").credentials(stranger),
            "AuthFailure.SecretIdNotFound",
        ),
        (
            Call::new(&emulator, "DescribeNode").timestamp(now() - 3600),
            "AuthFailure.SignatureExpire",
        ),
    ];
    for (call, code) in cases {
        let started = Instant::now();
        let text = exchange(&emulator, &announced_body(&call, 5_000_000)).await;
        assert!(
            text.starts_with("HTTP/1.1 200 OK"),
            "answered at once: {text:?}"
        );
        assert!(text.contains(code), "{text}");
        assert!(
            text.to_ascii_lowercase().contains("connection: close"),
            "the unread body ends the connection: {text}"
        );
        assert!(started.elapsed() < Duration::from_secs(10));
        let entry = emulator.journal().pop().expect("journaled");
        assert_eq!(
            entry.params,
            serde_json::Value::Null,
            "no parameters journaled"
        );
    }
    // With the headers in order, the body is read (and a wrong signature refused after it).
    let call = Call::new(&emulator, "DescribeNode");
    let mut request = call.tc3_json(r#"{"Filters": []}"#);
    request.body = br#"{"Filters":[]} "#.to_vec();
    send(&emulator, &request)
        .await
        .expect_error("AuthFailure.SignatureFailure");
    assert_eq!(
        emulator.journal().pop().unwrap().params,
        serde_json::Value::Null
    );
}

#[tokio::test]
async fn a_client_that_stops_reading_is_disconnected_after_the_write_timeout() {
    const ANSWER_BYTES: usize = 32 * 1024 * 1024;
    let emulator = start_with(config().write_timeout(Duration::from_millis(200))).await;
    emulator
        .respond(
            "DescribeConfig",
            ecm_emulator::Reply::output(serde_json::json!({"Blob": "x".repeat(ANSWER_BYTES)})),
        )
        .unwrap();
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stream = socket.connect(emulator.address()).await.unwrap();
    let request = Call::new(&emulator, "DescribeConfig").tc3_json("{}");
    stream.write_all(&request.to_bytes()).await.unwrap();
    // Not reading: the server's writes block, and it gives up on the connection.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut received = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut received)).await;
    assert!(
        received.len() < ANSWER_BYTES,
        "the answer was cut off, {} bytes received",
        received.len()
    );
    // Other clients are served.
    send(
        &emulator,
        &Call::new(&emulator, "DescribeNode").tc3_json("{}"),
    )
    .await
    .expect_success();
}
