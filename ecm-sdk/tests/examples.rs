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

use ecm_emulator::{EmulatorConfig, EmulatorHandle, JournalEntry, Outcome};
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

/// An emulator whose transitional states settle after `delay` (the examples' own runs use
/// the default of about a second).
async fn emulator_settling_after(delay: Duration) -> support::Connection {
    let config = EmulatorConfig::new().transition_delay(delay);
    support::emulator_with(config).await.unwrap()
}

/// Whether `id` has the documented form: the prefix, then 8 lowercase letters and digits
/// (`ein-bb0ab3pc`, `em-r8nkc81r`, `esg-c7tihd2e` in the docs' examples).
fn is_documented_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(|rest| {
        rest.len() == 8
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

/// The words of `text` after `marker` up to the next `.` or end of line, split at ", ".
fn listed_after<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find_map(|line| line.strip_prefix(marker))
        .unwrap_or_else(|| panic!("no line starting {marker:?}:\n{text}"));
    line.trim_end_matches('.').split(", ").collect()
}

/// The journal as a list of requests, DescribeInstances calls named by what their filter
/// selects (and the page), consecutive identical polls collapsed into one: how many polls
/// a wait takes depends on timing, the sequence of actions does not.
fn sequence(emulator: &EmulatorHandle) -> Vec<String> {
    let mut steps: Vec<String> = Vec::new();
    for entry in emulator.journal() {
        let action = entry.action.clone().unwrap_or_default();
        let step = match entry.params["Filters"][0]["Name"].as_str() {
            Some(filter) if action == "DescribeInstances" => match entry.params.get("Offset") {
                Some(offset) => format!("{action} by {filter} from {offset}"),
                None => format!("{action} by {filter}"),
            },
            _ => action,
        };
        if steps.last() != Some(&step) {
            steps.push(step);
        }
    }
    steps
}

#[tokio::test]
async fn quickstart_tours_the_emulator() {
    let connection = emulator_settling_after(Duration::from_millis(200)).await;
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = quickstart::tour(client, true, &mut out).await;
        (out, result)
    })
    .await;

    // What was created, with ids in the documented forms.
    let group = listed_after(&text, "Created security group ")[0];
    let module = listed_after(&text, "Created module ")[0];
    let ids = listed_after(&text, "Started instances ");
    assert!(is_documented_id(group, "esg-"), "{group}");
    assert!(is_documented_id(module, "em-"), "{module}");
    assert_eq!(ids.len(), 3, "{text}");
    assert!(ids.iter().all(|id| is_documented_id(id, "ein-")), "{ids:?}");

    // The lists, as tables with aligned columns: the documented nodes, and the module's
    // instances (listed newest first), all RUNNING after the wait.
    let instances_title = format!("Instances of {module} (3 in 2 pages)");
    for (title, header, columns, rows) in [
        ("Nodes (2)", "ZONE", 4, 2),
        (instances_title.as_str(), "INSTANCE", 5, 3),
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
    let rows: Vec<Vec<&str>> = table(&text, &instances_title)[1..]
        .iter()
        .map(|row| row.split_whitespace().collect())
        .collect();
    for (row, (id, name)) in
        rows.iter().zip(
            ids.iter()
                .rev()
                .zip(["quickstart3", "quickstart2", "quickstart1"]),
        )
    {
        assert_eq!(
            row,
            &[*id, name, "RUNNING", "ap-hangzhou-ecm-1", "CMCC"],
            "{text}"
        );
    }
    // Documented values: DescribeNode's nodes, DescribeInstanceTypeConfig's smallest type,
    // DescribeImage's first x86_64 image. No placeholders.
    for documented in [
        "Shenzhen Zone 5 (China Telecom)",
        "CMCC, CUCC, CTCC",
        "Using zone ap-hangzhou-ecm-1 (CMCC), instance type SN3ne.SMALL2, image img-1tyt4apn \
         (CentOS 7.4 Bare Metal 64-bit).",
        "All 3 running.",
    ] {
        assert!(text.contains(documented), "{documented} missing:\n{text}");
    }
    assert!(!text.contains(" xx "), "no placeholder values:\n{text}");
    for line in [
        format!("Stopped {}.", ids[0]),
        format!("Terminated {}.", ids.join(", ")),
        format!("Deleted module {module} and security group {group}."),
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing:\n{text}");
    }

    // The errors, printed with Display: refused before sending, and two the model gives as
    // the service documents them.
    assert!(
        text.contains("refused before sending: invalid DescribeInstanceVncUrl request: missing required parameter `InstanceId`"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "  service error  FailedOperation.InstanceInModule\n  message        The module `{module}` is still used by `{}`.",
            ids[0]
        )),
        "{text}"
    );
    assert!(
        text.contains("→ terminate the module's instances first"),
        "{text}"
    );
    assert!(
        text.contains("service error  InvalidParameterValue.InvalidFilter"),
        "{text}"
    );
    assert!(
        !text.contains("Error {") && !text.contains("kind:"),
        "no Debug dumps:\n{text}"
    );

    assert_eq!(
        sequence(emulator),
        [
            "DescribeNode",
            "DescribeInstanceTypeConfig",
            "DescribeImage",
            "CreateSecurityGroup",
            "CreateModule",
            "RunInstances",
            "DescribeInstances by instance-id", // the running waiter's polls
            "DescribeInstances by module-id from 0",
            "DescribeInstances by module-id from 2",
            "DeleteModule", // refused: the module has instances
            "StopInstances",
            "DescribeInstances by instance-id", // the stopped waiter's polls
            "TerminateInstances",
            "DescribeInstances by instance-id", // the terminated waiter's polls
            "DeleteModule",
            "DeleteSecurityGroup",
            "DescribeInstances by instance-colour",
        ],
        "the request refused before sending never reached the emulator"
    );
    assert_eq!(
        entry(emulator, "CreateModule").params["SecurityGroups"],
        json!([group])
    );
    let run = entry(emulator, "RunInstances").params;
    assert_eq!(run["ModuleId"], module);
    assert_eq!(
        run["ZoneInstanceCountISPSet"],
        json!([{"Zone": "ap-hangzhou-ecm-1", "ISP": "CMCC", "InstanceCount": 3}])
    );
    assert_eq!(
        entry(emulator, "StopInstances").params["InstanceIdSet"],
        json!([ids[0]])
    );
    assert_eq!(
        entry(emulator, "TerminateInstances").params["InstanceIdSet"],
        json!(ids)
    );
    let last = emulator.journal().last().cloned().unwrap();
    assert_eq!(
        last.outcome,
        Outcome::Error {
            code: "InvalidParameterValue.InvalidFilter".to_owned()
        }
    );
    assert!(
        text.contains(&format!("request id     {}", last.request_id)),
        "{text}"
    );

    // The tour cleaned up after itself.
    use ecm_sdk::actions::{
        DescribeInstancesRequest, DescribeModuleRequest, DescribeSecurityGroupsRequest,
    };
    let left = client
        .describe_instances(DescribeInstancesRequest::new())
        .await
        .unwrap();
    assert_eq!(left.total_count, Some(0));
    let left = client
        .describe_module(DescribeModuleRequest::new())
        .await
        .unwrap();
    assert_eq!(left.total_count, Some(0));
    let left = client
        .describe_security_groups(DescribeSecurityGroupsRequest::new())
        .await
        .unwrap();
    assert_eq!(left.total_count, Some(0));
}

#[tokio::test]
async fn quickstart_makes_only_read_only_calls_without_the_emulator() {
    // As against the real service (`create` false), here answered by an emulator.
    let connection = support::emulator().await.unwrap();
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = quickstart::tour(client, false, &mut out).await;
        (out, result)
    })
    .await;
    assert!(
        text.contains("Skipping the create/wait/delete part"),
        "{text}"
    );
    assert_eq!(table(&text, "Instances (0)").len(), 1, "{text}");
    let actions = actions(emulator);
    assert_eq!(
        actions,
        ["DescribeNode", "DescribeInstances", "DescribeInstances"],
        "{text}"
    );
}

#[tokio::test]
async fn list_all_pages_through_security_groups() {
    let connection = emulator_settling_after(Duration::ZERO).await;
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = list_all::run(client, true, &mut out).await;
        (out, result)
    })
    .await;
    let listed: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|line| line.strip_prefix("security group "))
        .filter_map(|rest| rest.strip_suffix(')')?.split_once(" ("))
        .collect();
    let names: Vec<&str> = listed.iter().map(|(_, name)| *name).collect();
    assert_eq!(names, ["web-1", "web-2", "web-3", "db-1", "db-2"], "{text}");
    assert!(
        listed.iter().all(|(id, _)| is_documented_id(id, "esg-")),
        "{listed:?}"
    );
    for line in [
        "created 5 security groups",
        "5 security groups in all",
        "role=web, page 1: 2 of 3 security groups",
        "role=web, page 2: 1 of 3 security groups",
        "names: web-1, web-2, web-3, db-1, db-2",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing:\n{text}");
    }

    // The pages asked for: 3 of 2 items, 2 with the filter, then one of the default size.
    let describes: Vec<_> = emulator
        .journal()
        .into_iter()
        .filter(|entry| entry.action.as_deref() == Some("DescribeSecurityGroups"))
        .map(|entry| entry.params)
        .collect();
    let pages: Vec<_> = describes
        .iter()
        .map(|params| (params["Offset"].clone(), params["Limit"].clone()))
        .collect();
    assert_eq!(
        pages,
        [
            (json!(0), json!(2)),
            (json!(2), json!(2)),
            (json!(4), json!(2)),
            (json!(0), json!(2)),
            (json!(2), json!(2)),
            (json!(0), json!(100)),
        ]
    );
    for params in &describes[3..5] {
        assert_eq!(
            params["Filters"],
            json!([{"Name": "tag:role", "Values": ["web"]}])
        );
    }
    assert_eq!(actions(emulator)[..5], ["CreateSecurityGroup"; 5]);
}

#[tokio::test]
async fn create_and_wait_against_the_emulator() {
    let delay = Duration::from_millis(500);
    let connection = emulator_settling_after(delay).await;
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = create_and_wait::run(client, &mut out).await;
        (out, result)
    })
    .await;
    let started = text
        .lines()
        .find_map(|line| line.strip_prefix("started "))
        .unwrap_or_else(|| panic!("{text}"));
    // The first documented zone and image.
    let (ids, place) = started.split_once(" in ").unwrap();
    assert_eq!(place, "ap-hangzhou-ecm-1 from img-060ov1xz", "{text}");
    let ids: Vec<&str> = ids.split(", ").collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|id| is_documented_id(id, "ein-")), "{ids:?}");
    for id in &ids {
        assert!(text.contains(&format!("{id} is RUNNING")), "{text}");
    }
    assert!(
        text.contains(&format!("terminated {}", ids.join(", "))),
        "{text}"
    );
    assert_eq!(
        sequence(emulator),
        [
            "DescribeNode",
            "DescribeImage",
            "RunInstances",
            "DescribeInstances by instance-id",
            "TerminateInstances",
            "DescribeInstances by instance-id",
        ]
    );
    // Each waiter returned only once the state could have settled: its last poll came at
    // least the transition delay after the call that started the change.
    let journal = emulator.journal();
    let position = |action: &str| {
        journal
            .iter()
            .position(|e| e.action.as_deref() == Some(action))
            .unwrap()
    };
    for (start, end) in [
        (position("RunInstances"), position("TerminateInstances")),
        (position("TerminateInstances"), journal.len()),
    ] {
        let last_poll = &journal[end - 1];
        assert_eq!(last_poll.action.as_deref(), Some("DescribeInstances"));
        let waited = last_poll
            .received_at
            .duration_since(journal[start].received_at)
            .unwrap();
        assert!(
            waited >= delay,
            "the waiter returned {waited:?} after the change began, within the {delay:?} transition delay"
        );
        let filter = &last_poll.params["Filters"][0];
        assert_eq!(filter["Name"], "instance-id");
        assert_eq!(filter["Values"], json!(ids));
    }
    let run = entry(emulator, "RunInstances");
    assert_eq!(run.params["ClientToken"], "create-and-wait-example-1");
    assert_eq!(run.params["ZoneInstanceCountISPSet"][0]["InstanceCount"], 3);
    assert_eq!(
        entry(emulator, "TerminateInstances").params["InstanceIdSet"],
        json!(ids)
    );
}

/// A launch that fails: against a replay transport reporting the instance `PENDING`, then
/// `LAUNCH_FAILED` (time is paused: the waiter's sleeps take no time), the example stops
/// waiting at once, terminates what it started and reports the waiter's error.
#[tokio::test(start_paused = true)]
async fn create_and_wait_cleans_up_after_a_failed_launch() {
    use ecm_sdk::actions::{
        DescribeImageRequest, DescribeImageResponse, DescribeInstancesRequest,
        DescribeInstancesResponse, DescribeNodeRequest, DescribeNodeResponse, RunInstancesRequest,
        RunInstancesResponse, TerminateInstancesRequest, TerminateInstancesResponse,
    };
    use ecm_sdk::transport::ReplayTransport;
    use ecm_sdk::types::{Image, Instance, Isp, Node, ZoneInfo};

    let transport = ReplayTransport::new();
    transport.on::<DescribeNodeRequest>().output(
        DescribeNodeResponse::new()
            .set_total_count(1)
            .set_node_set([Node::new()
                .zone_info(ZoneInfo::new().zone("ap-x-ecm-1"))
                .isp_set([Isp::new().isp_id("CUCC")])]),
    );
    transport.on::<DescribeImageRequest>().output(
        DescribeImageResponse::new()
            .set_total_count(1)
            .set_image_set([Image::new().image_id("img-1")]),
    );
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
        .output(with_state("LAUNCH_FAILED"));
    let terminate = transport
        .on::<TerminateInstancesRequest>()
        .output(TerminateInstancesResponse::new());
    let client = &transport.client_builder().build().unwrap();

    let (out, result) = tokio::time::timeout(Duration::from_secs(60), async move {
        let mut out = Vec::new();
        let result = create_and_wait::run(client, &mut out).await;
        (out, result)
    })
    .await
    .unwrap();
    let text = String::from_utf8(out).unwrap();

    let error = result.expect_err("a failed launch is an error");
    assert_eq!(
        error.to_string(),
        "waiter instances_running: ein-1 is in the failure state LAUNCH_FAILED"
    );
    assert!(
        text.contains("started ein-1 in ap-x-ecm-1 from img-1"),
        "{text}"
    );
    assert!(
        text.contains("ein-1 failed to launch (LAUNCH_FAILED)"),
        "{text}"
    );
    assert!(text.contains("terminated ein-1"), "{text}");
    assert_eq!(describe.calls(), 2, "no poll after the failure state");
    assert_eq!(terminate.calls(), 1);
    let run = &transport.inputs::<RunInstancesRequest>()[0];
    let placement = &run.zone_instance_count_isp_set.as_ref().unwrap()[0];
    assert_eq!(placement.zone.as_deref(), Some("ap-x-ecm-1"));
    assert_eq!(placement.isp.as_deref(), Some("CUCC"));
    assert_eq!(
        transport.inputs::<TerminateInstancesRequest>()[0].instance_id_set,
        Some(vec!["ein-1".to_owned()])
    );
}

#[tokio::test]
async fn errors_shows_every_kind() {
    let connection = emulator_settling_after(Duration::from_millis(200)).await;
    let emulator = connection.emulator.as_ref().unwrap();
    let client = &connection.client;
    let text = printed(|mut out| async move {
        let result = errors::run(client, Some(emulator), &mut out).await;
        (out, result)
    })
    .await;
    let module = entry(emulator, "DeleteModule").params["ModuleId"].clone();
    let module = module.as_str().unwrap();
    let instance = listed_after(&text, "  (then terminated ")[0]
        .split(' ')
        .next()
        .unwrap();
    assert!(is_documented_id(module, "em-"), "{module}");
    assert!(is_documented_id(instance, "ein-"), "{instance}");
    for expected in [
        "  add the parameter InstanceId".to_owned(),
        "  error: DescribeInstances failed with InvalidParameterValue.InvalidFilter: The filter \
         `instance-colour` is not supported by DescribeInstances"
            .to_owned(),
        ": fix the request".to_owned(),
        "  error: RebootInstances failed with ResourceNotFound.InstanceNotExist: The instance \
         `ein-00000000` does not exist."
            .to_owned(),
        ": check the ID".to_owned(),
        format!(
            "  error: DeleteModule failed with FailedOperation.InstanceInModule: The module \
             `{module}` is still used by `{instance}`."
        ),
        ": terminate its instances first".to_owned(),
        format!("  (then terminated {instance} and deleted {module})"),
        ": slow down".to_owned(),
        "  Attempt timeout after 200 ms; transient: true".to_owned(),
        "  network failure (the request was not sent); transient: true".to_owned(),
    ] {
        assert!(text.contains(&expected), "{expected} missing:\n{text}");
    }
    // The missing parameter was refused before sending; the module was deleted only after
    // its instance was gone.
    assert_eq!(
        sequence(emulator)[..12],
        [
            "DescribeInstances by instance-colour",
            "RebootInstances",
            "DescribeNode",
            "DescribeImage",
            "CreateModule",
            "RunInstances",
            "DeleteModule",
            "DescribeInstances by instance-id",
            "TerminateInstances",
            "DescribeInstances by instance-id",
            "DeleteModule",
            "DescribeNode",
        ]
    );
    // Throttling was retried once (the override allows 2 attempts). (The slow request is
    // journaled when the emulator answers it, after the client gave up.)
    let journal = emulator.journal();
    let last_delete = journal
        .iter()
        .rposition(|e| e.action.as_deref() == Some("DeleteModule"))
        .unwrap();
    assert_eq!(journal[last_delete].outcome, Outcome::Answered);
    let throttled: Vec<_> = journal[last_delete + 1..]
        .iter()
        .take_while(|e| e.fault == Some(ecm_emulator::Fault::RequestLimitExceeded))
        .map(|e| e.action.as_deref())
        .collect();
    assert_eq!(throttled, [Some("DescribeNode"); 2]);
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
