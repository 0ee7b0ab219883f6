//! The emulator's request handling (encodings, common parameters, routing, signature
//! verification, rebuilding flattened parameters, validation against the spec): any request
//! gets an answer in the `{"Response": {…, "RequestId"}}` envelope — never a panic, never a
//! stack overflow, never unbounded memory.
//!
//! Input: byte 0 picks the mode, byte 1 the action (for modes 0-3), the rest is the payload.
//! Modes 0-3 run with signature verification off, so the fuzzer reaches parameter handling:
//! - `0` POST JSON (TC3 headers): the payload is the body;
//! - `1` GET with v1 common parameters: the payload is appended to the query;
//! - `2` POST form with v1 common parameters: the payload is appended to the body;
//! - `3` GET with TC3 headers: the payload is the query.
//! - `4` (verification on) a raw request: `METHOD /target`, header lines, a blank line, body.
#![no_main]

use std::fmt::Write;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use ecm_emulator::EmulatorConfig;
use ecm_emulator::fuzzing::RequestHarness;
use libfuzzer_sys::fuzz_target;

/// The timestamp the signed seeds carry (`seeds-gen`).
const SIGNED_AT: i64 = 1_700_000_000;

struct Harnesses {
    open: RequestHarness,
    verifying: RequestHarness,
    actions: Vec<String>,
}

fn harnesses() -> &'static Harnesses {
    static HARNESSES: OnceLock<Harnesses> = OnceLock::new();
    HARNESSES.get_or_init(|| {
        let config = EmulatorConfig::new().journal_capacity(8);
        let actions = ecm_spec::Spec::embedded()
            .expect("embedded spec")
            .actions
            .into_iter()
            .map(|action| action.name)
            .collect();
        Harnesses {
            open: RequestHarness::new(&config.clone().verify_signatures(false)).expect("harness"),
            verifying: RequestHarness::new(&config).expect("harness"),
            actions,
        }
    })
}

/// `bytes` as query text: anything a URI cannot carry is percent-encoded.
fn query_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if (0x21..0x7f).contains(&b) && b != b'#' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn tc3_headers(builder: http::request::Builder, action: &str) -> http::request::Builder {
    builder
        .header("Host", "127.0.0.1")
        .header("Authorization", "TC3-HMAC-SHA256 unchecked")
        .header("X-TC-Action", action)
        .header("X-TC-Version", "2019-07-19")
        .header("X-TC-Timestamp", "1700000000")
        .header("X-TC-Region", "ap-guangzhou")
}

fn structured(mode: u8, action: &str, payload: &[u8]) -> Option<http::Request<Bytes>> {
    let v1_common = format!("Action={action}&Version=2019-07-19&Region=ap-guangzhou&");
    let request = match mode {
        0 => tc3_headers(http::Request::post("/"), action)
            .header("Content-Type", "application/json")
            .body(Bytes::copy_from_slice(payload)),
        1 => http::Request::get(format!("/?{v1_common}{}", query_text(payload)))
            .header("Host", "127.0.0.1")
            .body(Bytes::new()),
        2 => {
            let mut body = v1_common.into_bytes();
            body.extend_from_slice(payload);
            http::Request::post("/")
                .header("Host", "127.0.0.1")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(Bytes::from(body))
        }
        _ => tc3_headers(
            http::Request::get(format!("/?{}", query_text(payload))),
            action,
        )
        .body(Bytes::new()),
    };
    request.ok()
}

fn raw(payload: &[u8]) -> Option<http::Request<Bytes>> {
    let head_end = payload
        .windows(2)
        .position(|w| w == b"\n\n")
        .unwrap_or(payload.len());
    let head = std::str::from_utf8(&payload[..head_end]).ok()?;
    let body = payload.get(head_end + 2..).unwrap_or_default();
    let mut lines = head.lines();
    let (method, target) = lines.next()?.split_once(' ')?;
    let mut builder = http::Request::builder().method(method).uri(target);
    for line in lines {
        let (name, value) = line.split_once(':')?;
        builder = builder.header(name.trim(), value.trim());
    }
    builder.body(Bytes::copy_from_slice(body)).ok()
}

fuzz_target!(|data: &[u8]| {
    let [mode, action, payload @ ..] = data else {
        return;
    };
    let harnesses = harnesses();
    let mode = mode % 5;
    let action = &harnesses.actions[usize::from(*action) % harnesses.actions.len()];
    let (harness, request) = if mode == 4 {
        // Pin the server clock to the time the seeds were signed at.
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs() as i64);
        harnesses
            .verifying
            .set_clock_offset_seconds(SIGNED_AT - now);
        (&harnesses.verifying, raw(payload))
    } else {
        (&harnesses.open, structured(mode, action, payload))
    };
    let Some(request) = request else {
        return;
    };
    let response = harness
        .handle(request)
        .expect("a complete request is answered, not reset");
    assert_eq!(response.status(), 200);
    let envelope: serde_json::Value =
        serde_json::from_slice(response.body()).expect("the answer is JSON");
    assert!(
        envelope["Response"]["RequestId"].is_string(),
        "the answer is an envelope with a RequestId: {envelope}"
    );
});
