//! The `ecm-emulator` binary: first line, serving, SIGTERM, `--max-seconds`, bad arguments.

use std::net::SocketAddr;
use std::process::Stdio;
use std::time::Duration;

use crate::common::*;
use tencentcloud_signer::Credentials;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const BINARY: &str = env!("CARGO_BIN_EXE_ecm-emulator");
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini-spec.json");
const ID: &str = "AKIDbinaryTest000000000000000000";
const KEY: &str = "binary-test-key";

fn emulator_command(extra: &[&str]) -> Command {
    let mut command = Command::new(BINARY);
    command
        .args([
            "--listen",
            "127.0.0.1:0",
            "--secret-id",
            ID,
            "--secret-key",
            KEY,
        ])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

/// Spawns the binary with the fixture spec and reads its first line,
/// `listening on http://ADDR`.
async fn spawn(extra: &[&str]) -> (Child, SocketAddr) {
    let mut arguments = vec!["--spec", FIXTURE];
    arguments.extend_from_slice(extra);
    spawn_with(&arguments).await
}

async fn spawn_with(extra: &[&str]) -> (Child, SocketAddr) {
    let mut child = emulator_command(extra).spawn().expect("binary starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let first = tokio::time::timeout(Duration::from_secs(10), lines.next_line())
        .await
        .expect("first line within 10 s")
        .expect("stdout readable")
        .expect("a first line");
    let url = first
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("unexpected first line: {first}"));
    let address: SocketAddr = url.parse().expect("an address");
    assert_ne!(address.port(), 0, "port 0 was replaced by the bound port");
    assert!(address.ip().is_loopback());
    (child, address)
}

async fn describe_node(address: SocketAddr) -> Received {
    let call = Call::to(
        &address.to_string(),
        Credentials::new(ID, KEY),
        "DescribeNode",
    );
    send_to(address, &call.tc3_json("{}")).await
}

async fn exit_status(child: &mut Child) -> std::process::ExitStatus {
    tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("exits within 10 s")
        .expect("wait works")
}

#[tokio::test]
async fn serves_until_sigterm_then_exits_cleanly() {
    let (mut child, address) = spawn(&[]).await;
    describe_node(address).await.expect_success();
    let pid = child.id().expect("running").to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .await
        .expect("kill runs");
    assert!(killed.success());
    let status = exit_status(&mut child).await;
    assert!(status.success(), "{status}");
    assert!(
        tokio::net::TcpStream::connect(address).await.is_err(),
        "no longer listening"
    );
}

#[tokio::test]
async fn serves_the_embedded_spec_by_default() {
    let (mut child, address) = spawn_with(&["--max-seconds", "30"]).await;
    let call = Call::to(
        &address.to_string(),
        Credentials::new(ID, KEY),
        "DescribeImportImageOs",
    );
    let response = send_to(address, &call.tc3_json("{}"))
        .await
        .expect_success();
    let spec = ecm_spec::Spec::embedded().unwrap();
    assert_eq!(
        without_request_id(&response),
        documented_output(&spec, "DescribeImportImageOs")
    );
    child.kill().await.expect("killed");
}

#[tokio::test]
async fn sigint_stops_it_too() {
    let (mut child, address) = spawn(&[]).await;
    describe_node(address).await.expect_success();
    let pid = child.id().expect("running").to_string();
    Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .await
        .expect("kill runs");
    assert!(exit_status(&mut child).await.success());
}

#[tokio::test]
async fn max_seconds_ends_it() {
    let (mut child, address) = spawn(&["--max-seconds", "1"]).await;
    describe_node(address).await.expect_success();
    let status = exit_status(&mut child).await;
    assert!(status.success(), "{status}");
}

#[tokio::test]
async fn fault_flags_are_applied() {
    let (mut child, address) = spawn(&[
        "--fault",
        "internal-error,action=DescribeNode,times=1",
        "--max-seconds",
        "30",
    ])
    .await;
    describe_node(address).await.expect_error("InternalError");
    describe_node(address).await.expect_success();
    child.kill().await.expect("killed");
}

#[tokio::test]
async fn clock_offset_flag_moves_the_server_clock() {
    let (mut child, address) = spawn(&["--clock-offset", "-900", "--max-seconds", "30"]).await;
    describe_node(address)
        .await
        .expect_error("AuthFailure.SignatureExpire");
    child.kill().await.expect("killed");
}

#[tokio::test]
async fn bad_arguments_exit_2_with_a_clear_error() {
    for (args, needle) in [
        (vec!["--listen", "nowhere"], "`nowhere` is not an address"),
        (vec!["--fault", "explode"], "unknown fault `explode`"),
        (
            vec!["--max-seconds", "soon"],
            "`soon` is not a whole number",
        ),
        (vec!["--secret-id", "AKIDonly"], "go together"),
        (vec!["--frobnicate"], "unknown option --frobnicate"),
        (vec!["--listen"], "--listen needs a value"),
        (
            vec!["--spec", "/nonexistent/spec.json"],
            "cannot read /nonexistent/spec.json",
        ),
    ] {
        let output = Command::new(BINARY)
            .args(&args)
            .output()
            .await
            .expect("binary runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[tokio::test]
async fn help_and_version_work() {
    let output = Command::new(BINARY).arg("--help").output().await.unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--listen",
        "--secret-id",
        "--secret-key",
        "--max-seconds",
        "--fault",
        "--spec",
    ] {
        assert!(text.contains(flag), "help mentions {flag}");
    }
    let output = Command::new(BINARY)
        .arg("--version")
        .output()
        .await
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ecm-emulator "));
}

#[tokio::test]
async fn a_spec_that_cannot_be_served_fails_to_start() {
    let directory = std::env::temp_dir().join(format!("ecm-emulator-test-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("broken.json");
    std::fs::write(&path, "{\"service\": 1}").unwrap();
    let output = Command::new(BINARY)
        .args(["--spec", path.to_str().unwrap()])
        .output()
        .await
        .unwrap();
    std::fs::remove_dir_all(&directory).unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid ECM spec JSON"));
}

async fn call(address: SocketAddr, action: &str, body: &str) -> serde_json::Value {
    let call = Call::to(&address.to_string(), Credentials::new(ID, KEY), action);
    send_to(address, &call.tc3_json(body)).await.json()
}

async fn signal(child: &Child, name: &str) {
    let pid = child.id().expect("running").to_string();
    let sent = Command::new("kill")
        .args([name, &pid])
        .status()
        .await
        .expect("kill runs");
    assert!(sent.success());
}

#[tokio::test]
async fn the_state_file_is_saved_at_stop_and_loaded_at_start_and_sighup_resets() {
    let directory = std::env::temp_dir().join(format!("ecm-emulator-state-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("state.json");
    let file = path.to_str().unwrap();

    let (mut child, address) = spawn_with(&["--state-file", file, "--save-interval", "0"]).await;
    let created = call(
        address,
        "CreateSecurityGroup",
        r#"{"GroupName": "kept", "GroupDescription": "binary"}"#,
    )
    .await;
    let id = created["Response"]["SecurityGroup"]["SecurityGroupId"]
        .as_str()
        .unwrap()
        .to_owned();
    signal(&child, "-TERM").await;
    assert!(exit_status(&mut child).await.success());
    assert!(std::fs::read_to_string(&path).unwrap().contains(&id));

    let (mut child, address) = spawn_with(&["--state-file", file]).await;
    let listed = call(address, "DescribeSecurityGroups", "{}").await;
    assert_eq!(
        listed["Response"]["SecurityGroupSet"][0]["SecurityGroupId"],
        id.as_str()
    );
    signal(&child, "-HUP").await;
    let mut total = serde_json::Value::Null;
    for _ in 0..50 {
        total =
            call(address, "DescribeSecurityGroups", "{}").await["Response"]["TotalCount"].clone();
        if total == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(total, 0, "SIGHUP resets the state");
    signal(&child, "-TERM").await;
    assert!(exit_status(&mut child).await.success());

    std::fs::write(&path, "{\"Format\": \"something-else\"}").unwrap();
    let output = Command::new(BINARY)
        .args(["--listen", "127.0.0.1:0", "--state-file", file])
        .output()
        .await
        .unwrap();
    std::fs::remove_dir_all(&directory).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot load the state file")
            && stderr.contains("not an ecm-emulator state file"),
        "{stderr}"
    );
}
