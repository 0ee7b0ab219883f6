//! Every program in `examples/` (and the signer's `sign_request`), run to completion against
//! the in-process emulator or a replay transport — no network. Each example's body is a
//! function of its own source, compiled in here, so CI runs them all in one test binary;
//! the examples about testing bring their own `#[cfg(test)]` tests, which run here too.
//! (The examples' `main`s, which pick the real service when credentials are found, are
//! not called.)

// Each example declares `mod support;` for itself, as it must when built alone, so here the
// shared `examples/support/mod.rs` is compiled once per example.
#![allow(clippy::duplicate_mod)]

use std::time::Duration;

use ecm_emulator::{EmulatorHandle, JournalEntry, Outcome};
use serde_json::json;

#[path = "../examples/support/mod.rs"]
mod support;

#[allow(dead_code)]
#[path = "../examples/quickstart.rs"]
mod quickstart;

#[allow(dead_code)]
#[path = "../examples/list_all.rs"]
mod list_all;

#[allow(dead_code)]
#[path = "../examples/create_and_wait.rs"]
mod create_and_wait;

#[allow(dead_code)]
#[path = "../examples/errors.rs"]
mod errors;

#[allow(dead_code)]
#[path = "../examples/configure.rs"]
mod configure;

#[allow(dead_code)]
#[path = "../examples/test_with_replay.rs"]
mod test_with_replay;

#[allow(dead_code)]
#[path = "../examples/test_with_emulator.rs"]
mod test_with_emulator;

#[allow(dead_code)]
#[path = "../../signer/examples/sign_request.rs"]
mod sign_request;

/// Runs `body` with a bound (an example must never hang) and returns what it printed.
async fn printed<F>(body: impl FnOnce(Vec<u8>) -> F) -> String
where
    F: std::future::Future<Output = (Vec<u8>, Result<(), support::BoxError>)>,
{
    let (out, result) = tokio::time::timeout(Duration::from_secs(60), body(Vec::new()))
        .await
        .expect("the example ends within 60 s");
    let text = String::from_utf8(out).unwrap();
    if let Err(error) = result {
        panic!("the example failed: {error}\n{text}");
    }
    text
}

fn actions(emulator: &EmulatorHandle) -> Vec<String> {
    emulator
        .journal()
        .iter()
        .filter_map(|entry| entry.action.clone())
        .collect()
}

fn entry(emulator: &EmulatorHandle, action: &str) -> JournalEntry {
    emulator
        .journal()
        .into_iter()
        .find(|entry| entry.action.as_deref() == Some(action))
        .unwrap_or_else(|| panic!("no {action} request"))
}

/// The lines of the table titled `title`: its header and rows.
fn table<'a>(text: &'a str, title: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|line| !line.starts_with(title))
        .skip(1)
        .take_while(|line| line.starts_with("  ") && !line.trim().is_empty())
        .collect()
}

/// Character offsets where the header's columns start (after two or more spaces).
fn column_starts(header: &str) -> Vec<usize> {
    let chars: Vec<char> = header.chars().collect();
    let mut starts = vec![2];
    for i in 3..chars.len() {
        if chars[i] != ' ' && chars[i - 1] == ' ' && chars[i - 2] == ' ' {
            starts.push(i);
        }
    }
    starts
}

#[tokio::test]
async fn quickstart_tours_the_emulator() {
    let connection = support::emulator().await.unwrap();
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = quickstart::tour(client, Some(emulator), &mut out).await;
        (out, result)
    })
    .await;

    // The lists, as tables with aligned columns.
    for (title, header, columns, rows) in [
        ("Nodes (2)", "ZONE", 4, 2),
        ("VPCs (1)", "VPC", 3, 1),
        ("Instances (3)", "INSTANCE", 5, 3),
        ("Running instances", "INSTANCE", 5, 3),
    ] {
        let lines = table(&text, title);
        assert_eq!(lines.len(), 1 + rows, "{title}:\n{text}");
        assert!(lines[0].trim_start().starts_with(header), "{text}");
        let starts = column_starts(lines[0]);
        assert_eq!(starts.len(), columns, "{title}: {:?}", lines[0]);
        for line in &lines[1..] {
            let chars: Vec<char> = line.chars().collect();
            for &start in &starts {
                assert!(
                    chars[start - 1] == ' ' && chars.get(start).is_some_and(|c| *c != ' '),
                    "{title}: a cell of {line:?} does not start at column {start}:\n{text}"
                );
            }
        }
    }
    // Documented values (DescribeNode, DescribeVpcs, DescribeInstances, CreateModule and
    // RunInstances examples), no placeholders.
    for documented in [
        "Shenzhen Zone 5 (China Telecom)",
        "CMCC, CUCC, CTCC",
        "vpc-07kqm4uj",
        "ein-bb0ab3pc",
        "118.126.126.23",
        "Created module em-r8nkc81r.",
        "Started instances ein-197252sp, ein-19725win, ein-19623ash.",
        "All 3 running.",
        "Terminated the instances and deleted module em-r8nkc81r.",
    ] {
        assert!(text.contains(documented), "{documented} missing:\n{text}");
    }
    assert!(!text.contains(" xx "), "no placeholder values:\n{text}");
    assert!(
        table(&text, "Running instances")[1..]
            .iter()
            .all(|row| row.contains("RUNNING")),
        "{text}"
    );

    // The typed errors, printed with Display.
    assert!(
        text.contains("refused before sending: invalid DescribeInstanceVncUrl request: missing required parameter `InstanceId`"),
        "{text}"
    );
    assert!(text.contains("service error  ResourceNotFound"), "{text}");
    assert!(text.contains("→ no such resource"), "{text}");
    assert!(
        !text.contains("Error {") && !text.contains("kind:"),
        "no Debug dumps:\n{text}"
    );

    assert_eq!(
        actions(emulator),
        [
            "DescribeNode",
            "DescribeVpcs",
            "DescribeInstances",
            "CreateModule",
            "RunInstances",
            "DescribeInstances",
            "TerminateInstances",
            "DeleteModule",
            "DescribeInstanceVncUrl",
        ],
        "the refused request never reached the emulator"
    );
    assert_eq!(
        entry(emulator, "RunInstances").params["ModuleId"],
        "em-r8nkc81r"
    );
    let terminate = entry(emulator, "TerminateInstances");
    assert_eq!(
        terminate.params["InstanceIdSet"],
        json!(["ein-197252sp", "ein-19725win", "ein-19623ash"])
    );
    let last = emulator.journal().last().cloned().unwrap();
    assert_eq!(
        last.outcome,
        Outcome::Error {
            code: "ResourceNotFound".to_owned()
        }
    );
    assert!(
        text.contains(&format!("request id     {}", last.request_id)),
        "{text}"
    );
}

#[tokio::test]
async fn list_all_pages_through_instances_and_vpcs() {
    let connection = support::emulator().await.unwrap();
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = list_all::run(client, &mut out).await;
        (out, result)
    })
    .await;
    for line in [
        "instance ein-bb0ab3pc (RUNNING)",
        "instance ein-5uhtyyps (RUNNING)",
        "3 instances in all",
        "VPC page 1: 1 of 1 VPCs",
        "VPCs: vpc-07kqm4uj",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing:\n{text}");
    }
    let instances = entry(emulator, "DescribeInstances");
    assert_eq!(instances.params["Offset"], 0);
    assert_eq!(instances.params["Limit"], 50);
    let vpcs = entry(emulator, "DescribeVpcs");
    assert_eq!(
        vpcs.params["Filters"][0],
        json!({"Name": "region", "Values": ["ap-hangzhou-ecm"]})
    );
    assert_eq!(
        actions(emulator),
        ["DescribeInstances", "DescribeVpcs", "DescribeVpcs"],
        "one page each: the documented totals fit"
    );
}

#[tokio::test]
async fn create_and_wait_against_the_emulator() {
    let connection = support::emulator().await.unwrap();
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = create_and_wait::run(client, Some(emulator), &mut out).await;
        (out, result)
    })
    .await;
    assert!(
        text.contains("started ein-197252sp, ein-19725win, ein-19623ash"),
        "{text}"
    );
    assert!(text.contains("ein-19623ash is RUNNING"), "{text}");
    assert!(text.contains("terminated ein-197252sp"), "{text}");
    assert_eq!(
        actions(emulator),
        [
            "RunInstances",
            "DescribeInstances",
            "TerminateInstances",
            "DescribeInstances"
        ]
    );
    let run = entry(emulator, "RunInstances");
    assert_eq!(run.params["ClientToken"], "create-and-wait-example-1");
    assert_eq!(run.params["ZoneInstanceCountISPSet"][0]["InstanceCount"], 3);
}

/// The polling itself, against a replay transport that reports the instances `PENDING`
/// twice before `RUNNING` (time is paused: the 5 s sleeps take no time).
#[tokio::test(start_paused = true)]
async fn create_and_wait_polls_until_the_state_is_reached() {
    use ecm_sdk::actions::{
        DescribeInstancesRequest, DescribeInstancesResponse, RunInstancesRequest,
        RunInstancesResponse, TerminateInstancesRequest, TerminateInstancesResponse,
    };
    use ecm_sdk::transport::ReplayTransport;
    use ecm_sdk::types::Instance;

    let transport = ReplayTransport::new();
    transport
        .on::<RunInstancesRequest>()
        .output(RunInstancesResponse::new().set_instance_id_set(["ein-1"]));
    let with_state = |state: &str| {
        DescribeInstancesResponse::new()
            .set_total_count(1)
            .set_instance_set([Instance::new().instance_id("ein-1").instance_state(state)])
    };
    let describe = transport
        .on::<DescribeInstancesRequest>()
        .output(with_state("PENDING"))
        .times(2)
        .output(with_state("RUNNING"))
        .output(with_state("SHUTDOWN"))
        .output(DescribeInstancesResponse::new().set_total_count(0));
    transport
        .on::<TerminateInstancesRequest>()
        .output(TerminateInstancesResponse::new());
    let client = &transport.client_builder().build().unwrap();

    let text = printed(|mut out| async move {
        let result = create_and_wait::run(client, None, &mut out).await;
        (out, result)
    })
    .await;
    let polls: Vec<&str> = text.lines().filter(|l| l.contains("done after")).collect();
    assert_eq!(
        polls,
        ["  done after 3 poll(s)", "  done after 2 poll(s)"],
        "{text}"
    );
    assert!(text.contains("ein-1 is RUNNING"), "{text}");
    assert_eq!(describe.calls(), 5);
    let filters: Vec<_> = transport
        .inputs::<DescribeInstancesRequest>()
        .into_iter()
        .map(|request| request.filters.unwrap()[0].values.clone().unwrap())
        .collect();
    assert!(
        filters.iter().all(|values| values == &["ein-1".to_owned()]),
        "{filters:?}"
    );
}

#[tokio::test]
async fn errors_shows_every_kind() {
    let connection = support::emulator().await.unwrap();
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = errors::run(client, Some(emulator), &mut out).await;
        (out, result)
    })
    .await;
    for expected in [
        "  add the parameter InstanceId",
        "  error: DescribeInstanceVncUrl failed with ResourceNotFound: The instance ein-404 does not exist.",
        ": check the ID",
        ": slow down",
        "  Attempt timeout after 200 ms; transient: true",
        "  network failure (the request was not sent); transient: true",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    // The missing parameter was refused before sending; throttling was retried once (the
    // override allows 2 attempts). (The slow request is journaled when the emulator
    // answers it, after the client gave up.)
    assert_eq!(
        actions(emulator)[..3],
        ["DescribeInstanceVncUrl", "DescribeNode", "DescribeNode"]
    );
}

#[tokio::test]
async fn configure_shows_retries_timeouts_and_overrides_at_work() {
    let connection = support::emulator().await.unwrap();
    let emulator = connection.emulator.as_ref().unwrap();
    let builder = connection.builder();
    let text = printed(|mut out| async move {
        let result = configure::run(builder, Some(emulator), &mut out).await;
        (out, result)
    })
    .await;
    for expected in [
        "2 nodes",
        "throttled twice, answered on attempt 3",
        "without retries: DescribeNode failed with RequestLimitExceeded",
        "a slow first attempt timed out after 300 ms, the retry found 2 nodes",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    let journal = emulator.journal();
    // 1 + (2 throttled + 1) + 1 throttled + (1 slow + 1).
    assert_eq!(journal.len(), 7, "{journal:?}");
    let user_agent = journal[0]
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("user-agent"))
        .map(|(_, value)| value.as_str())
        .unwrap_or_default();
    assert!(user_agent.contains("configure-example"), "{user_agent}");
}

#[test]
fn sign_request_reproduces_the_documented_signature() {
    let credentials = tencentcloud_signer::Credentials::new(
        "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
        "Gu5t9xGARNpq86cd98joQYCN3*******",
    );
    let command = sign_request::signed_curl(&credentials, 1_551_113_065).unwrap();
    // The signature and headers the documentation's "Signature v3" chapter prints.
    assert!(
        command.contains(
            "-H 'Authorization: TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/\
             2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, \
             Signature=c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff'"
        ),
        "{command}"
    );
    for header in [
        "-H 'X-TC-Action: DescribeInstances'",
        "-H 'X-TC-Version: 2017-03-12'",
        "-H 'X-TC-Timestamp: 1551113065'",
        "-H 'X-TC-Region: ap-guangzhou'",
    ] {
        assert!(command.contains(header), "{header} missing:\n{command}");
    }
}
