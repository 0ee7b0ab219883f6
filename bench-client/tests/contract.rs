//! The benchmark contract, checked on the built binary against the emulator: every mode
//! with a small COUNT, the JSON result line, exit statuses, the loopback-only rule, and
//! the fixed-timestamp golden values.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ecm_bench_client::modes::{SECRET_ID, SECRET_KEY};
use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle, Outcome, Reply};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_ecm-bench-client");

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("ECM_BENCH_FIXTURES", fixtures_dir())
        .env_remove("ECM_BENCH_SIGN_TIMESTAMP")
        .output()
        .expect("the binary runs")
}

/// The last stdout line, after checking the process succeeded.
fn last_line(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "status {:?}\nstdout: {stdout}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout.lines().last().expect("a result line").to_owned()
}

fn result_line(output: &Output) -> Value {
    let last = last_line(output);
    serde_json::from_str(&last).unwrap_or_else(|error| panic!("{error}: {last}"))
}

fn check_result(output: &Output, mode: &str, count: u64, reps: usize) {
    let line = last_line(output);
    // Exactly the contract's members, in the contract's order.
    let positions: Vec<usize> = [
        "\"peer\":",
        "\"mode\":",
        "\"count\":",
        "\"reps\":",
        "\"cpu_us_per_op\":",
        "\"maxrss_kb\":",
    ]
    .iter()
    .map(|key| line.find(key).unwrap_or_else(|| panic!("{key} in {line}")))
    .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{line}");
    let value = result_line(output);
    assert_eq!(value.as_object().expect("an object").len(), 6, "{line}");
    assert_eq!(value["peer"], "rust-sdk");
    assert_eq!(value["mode"], mode);
    assert_eq!(value["count"], count);
    for list in ["reps", "cpu_us_per_op"] {
        let values = value[list].as_array().expect(list);
        assert_eq!(values.len(), reps, "{value}");
        for number in values {
            let number = number.as_f64().expect("numbers");
            assert!(number.is_finite() && number >= 0.0, "{value}");
        }
    }
    for ops in value["reps"].as_array().unwrap() {
        assert!(ops.as_f64().unwrap() > 0.0, "{value}");
    }
    let rss = value["maxrss_kb"].as_u64().expect("an integer");
    assert!((1_000..10_000_000).contains(&rss), "{value}");
}

async fn emulator() -> EmulatorHandle {
    Emulator::start(
        EmulatorConfig::new()
            .credentials(SECRET_ID, SECRET_KEY)
            .replay(true)
            .worker_threads(1),
    )
    .await
    .expect("emulator starts")
}

fn url(emulator: &EmulatorHandle) -> String {
    format!("{}/", emulator.url().trim_end_matches('/'))
}

#[tokio::test]
async fn e2e_calls_the_emulator_sequentially_with_warm_up() {
    let emulator = emulator().await;
    let url = url(&emulator);
    let output = tokio::task::spawn_blocking(move || run(&["e2e", &url, "5", "2"]))
        .await
        .unwrap();
    check_result(&output, "e2e", 5, 2);

    // Warm-up (5) + 2 × 5 recorded.
    assert_every_call_was_the_signed_fixture(&emulator, 15);
}

/// The emulator answered `calls` requests, each a signed DescribeNode carrying the fixture.
fn assert_every_call_was_the_signed_fixture(emulator: &EmulatorHandle, calls: usize) {
    let journal = emulator.journal();
    assert_eq!(journal.len(), calls);
    let fixture: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures_dir().join("describe_node_request.json")).unwrap(),
    )
    .unwrap();
    for entry in &journal {
        assert_eq!(entry.outcome, Outcome::Answered, "{entry:?}");
        assert_eq!(entry.action.as_deref(), Some("DescribeNode"));
        assert_eq!(entry.version.as_deref(), Some("2019-07-19"));
        assert_eq!(entry.region.as_deref(), Some("ap-guangzhou"));
        assert_eq!(entry.secret_id.as_deref(), Some(SECRET_ID));
        assert_eq!(entry.method, "POST");
        assert_eq!(entry.params, fixture);
    }
}

#[tokio::test]
async fn e2e_raw_sends_the_same_signed_request_over_one_connection() {
    let emulator = emulator().await;
    let url = url(&emulator);
    let output = tokio::task::spawn_blocking(move || run(&["e2e-raw", &url, "4", "2"]))
        .await
        .unwrap();
    check_result(&output, "e2e-raw", 4, 2);
    // Warm-up (4) + 2 × 4, each verified and answered by the emulator like the SDK's.
    assert_every_call_was_the_signed_fixture(&emulator, 12);
}

#[tokio::test]
async fn count_one_is_a_cold_start_without_warm_up() {
    let emulator = emulator().await;
    let url = url(&emulator);
    let output = tokio::task::spawn_blocking(move || run(&["e2e", &url, "1", "1"]))
        .await
        .unwrap();
    check_result(&output, "e2e", 1, 1);
    assert_eq!(emulator.journal().len(), 1);
}

#[tokio::test]
async fn e2e_fails_when_the_answer_is_not_the_two_node_example() {
    fails_on_another_answer("e2e", "TotalCount Some(3)").await;
}

#[tokio::test]
async fn e2e_raw_fails_when_the_answer_is_not_the_two_node_example() {
    fails_on_another_answer("e2e-raw", "not the two-node example").await;
}

/// `mode` exits with status 1, saying `complaint`, when DescribeNode answers three nodes.
async fn fails_on_another_answer(mode: &'static str, complaint: &str) {
    let emulator = emulator().await;
    emulator
        .respond(
            "DescribeNode",
            Reply::output(serde_json::json!({"NodeSet": [], "TotalCount": 3})),
        )
        .unwrap();
    let url = url(&emulator);
    let output = tokio::task::spawn_blocking(move || run(&[mode, &url, "2", "1"]))
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(complaint), "{stderr}");
}

#[test]
fn e2e_reports_an_unreachable_server_as_a_failure() {
    // Port 9 (discard) on loopback is not served here: connection refused, retried, failed.
    let output = run(&["e2e", "http://127.0.0.1:9/", "1", "1"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
}

#[test]
fn the_offline_modes_follow_the_contract() {
    for mode in ["sign", "sign-v1", "noio"] {
        let output = run(&[mode, "http://127.0.0.1:40123/", "20"]);
        check_result(&output, mode, 20, 3);
    }
}

#[test]
fn an_unsupported_mode_exits_3() {
    for mode in ["verify", "sign-v3", "E2E", ""] {
        let output = run(&[mode, "http://127.0.0.1:40123/", "10"]);
        assert_eq!(output.status.code(), Some(3), "{mode}: {output:?}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn non_loopback_urls_are_refused() {
    for url in [
        "http://10.1.2.3:8080/",
        "http://93.184.216.34:80/",
        "http://localhost:8080/",
        "http://[2001:db8::1]:80/",
    ] {
        for mode in ["e2e", "noio", "sign"] {
            let output = run(&[mode, url, "10"]);
            assert_eq!(output.status.code(), Some(2), "{mode} {url}: {output:?}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.contains("loopback"), "{stderr}");
            assert!(output.stdout.is_empty());
        }
    }
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["e2e"][..],
        &["e2e", "http://127.0.0.1:1/", "zero"][..],
        &["e2e", "http://127.0.0.1:1/", "0"][..],
        &["e2e", "http://127.0.0.1:1/", "10", "0"][..],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
    }
}

#[test]
fn fixed_timestamp_signatures_match_independent_values() {
    let output = Command::new(BIN)
        .args(["sign", "http://127.0.0.1:1/", "1", "1"])
        .env("ECM_BENCH_FIXTURES", fixtures_dir())
        .env("ECM_BENCH_SIGN_TIMESTAMP", "1700000000")
        .output()
        .unwrap();
    result_line(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = include_str!("fixtures/golden_typed_order.txt").trim();
    assert!(
        stderr.contains(&format!("authorization: {expected}\n")),
        "{stderr}"
    );

    let output = Command::new(BIN)
        .args(["sign-v1", "http://127.0.0.1:1/", "2", "1"])
        .env("ECM_BENCH_FIXTURES", fixtures_dir())
        .env("ECM_BENCH_SIGN_TIMESTAMP", "1700000000")
        .output()
        .unwrap();
    result_line(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let signature = include_str!("fixtures/golden_v1_signature.txt")
        .trim()
        .replace('+', "%2B")
        .replace('/', "%2F")
        .replace('=', "%3D");
    assert!(
        stderr.contains(&format!("&Signature={signature}&")),
        "{stderr}"
    );
}

#[test]
fn the_fixture_comes_from_the_environment_or_the_vendored_copy() {
    // A directory without the file is an error, not a silent fallback.
    let output = Command::new(BIN)
        .args(["sign", "http://127.0.0.1:1/", "1", "1"])
        .env("ECM_BENCH_FIXTURES", "/nonexistent-ecm-bench-fixtures")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("describe_node_request.json"),
        "the error names the file"
    );
    // Without the variable, the vendored fixture, whatever the working directory.
    let output = Command::new(BIN)
        .args(["sign", "http://127.0.0.1:1/", "1", "1"])
        .env_remove("ECM_BENCH_FIXTURES")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    result_line(&output);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_canned_answer_is_the_documented_example() {
    let spec = ecm_spec::Spec::embedded().unwrap();
    let action = spec
        .actions
        .iter()
        .find(|action| action.name == "DescribeNode")
        .unwrap();
    let documented = serde_json::json!({ "Response": action.examples[0].output });
    let canned: Value = serde_json::from_str(ecm_bench_client::fixture::CANNED_RESPONSE).unwrap();
    assert_eq!(canned, documented);
}
