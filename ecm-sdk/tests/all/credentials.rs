//! Credential sources, the default chain, and the caching layer.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ecm_sdk::clock::TimeSource;
use ecm_sdk::credentials::{
    CachingProvider, CredentialsChain, CredentialsError, CredentialsErrorKind, CredentialsFuture,
    Env, EnvironmentProvider, InstanceRoleProvider, ProfileProvider, ProvideCredentials,
};
use ecm_sdk::{Client, Credentials, Error};

use crate::support::server::{Reply, TestServer};
use crate::support::*;

fn env_with_home(home: &std::path::Path, extra: &[(&str, &str)]) -> Env {
    let mut vars: Vec<(String, String)> = vec![("HOME".into(), home.display().to_string())];
    vars.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    Env::from_vars(vars)
}

fn write_profile(home: &std::path::Path, text: &str) -> std::path::PathBuf {
    let dir = home.join(".tencentcloud");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("credentials");
    std::fs::write(&path, text).unwrap();
    path
}

/// A chain like the default one, with the metadata service at `metadata`.
fn chain(env: Env, metadata: &str) -> CredentialsChain {
    CredentialsChain::new()
        .push(EnvironmentProvider::with_env(env.clone()))
        .push(ProfileProvider::new().with_env(env))
        .push(InstanceRoleProvider::new().with_base_url(metadata))
}

async fn closed_metadata() -> String {
    let port = crate::support::server::closed_port().await;
    format!("http://127.0.0.1:{port}/latest/meta-data/")
}

#[tokio::test]
async fn environment_credentials_are_used_and_the_token_sent() {
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let env = Env::from_vars([
        ("TENCENTCLOUD_SECRET_ID", SECRET_ID),
        ("TENCENTCLOUD_SECRET_KEY", SECRET_KEY),
        ("TENCENTCLOUD_SESSION_TOKEN", TOKEN),
        ("TENCENTCLOUD_REGION", "ap-guangzhou"),
    ]);
    let client = ecm_sdk::ClientBuilder::from_env(env)
        .endpoint(&server.url)
        .build()
        .unwrap();
    assert_eq!(client.region(), Some("ap-guangzhou"));
    client.send(DescribeThings::default()).await.unwrap();
    let sent = &server.requests()[0];
    assert_eq!(sent.header("x-tc-token"), Some(TOKEN));
    assert_eq!(sent.header("x-tc-region"), Some("ap-guangzhou"));
    verify_tc3(sent, Some(TOKEN), unix_now()).unwrap();
}

#[tokio::test]
async fn the_profile_file_is_read_from_home_or_the_named_file() {
    let home = tempfile::tempdir().unwrap();
    write_profile(
        home.path(),
        &format!("[default]\nsecret_id = {SECRET_ID}\nsecret_key = {SECRET_KEY}\n"),
    );
    let credentials = ProfileProvider::new()
        .with_env(env_with_home(home.path(), &[]))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.secret_id(), SECRET_ID);
    assert_eq!(credentials.provider_name(), "profile");

    let other = home.path().join("elsewhere.ini");
    std::fs::write(
        &other,
        "[prod]\nsecret_id = AKIDprod\nsecret_key = prodkey\n",
    )
    .unwrap();
    let env = env_with_home(
        home.path(),
        &[(
            "TENCENTCLOUD_CREDENTIALS_FILE",
            &other.display().to_string(),
        )],
    );
    let credentials = ProfileProvider::new()
        .with_env(env)
        .with_profile("prod")
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.secret_id(), "AKIDprod");

    // Used by a client through the chain.
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client = Client::builder()
        .credentials(chain(
            env_with_home(home.path(), &[]),
            &closed_metadata().await,
        ))
        .endpoint(&server.url)
        .build()
        .unwrap();
    client.send(DescribeThings::default()).await.unwrap();
    verify_tc3(&server.requests()[0], None, unix_now()).unwrap();
}

#[tokio::test]
async fn a_broken_profile_stops_the_chain_with_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    write_profile(
        home.path(),
        "[default]\nsecret_id = AKIDx\nsecret_key hunter2\n",
    );
    let chain = chain(env_with_home(home.path(), &[]), &closed_metadata().await);
    let error = chain.provide_credentials().await.unwrap_err();
    assert_eq!(error.provider(), "profile");
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert!(
        error.message().contains("line 3: expected `key = value`"),
        "{error}"
    );
    assert!(!error.to_string().contains("hunter2"));

    // Through a client, before any request is sent.
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client = Client::builder()
        .credentials(chain)
        .endpoint(&server.url)
        .build()
        .unwrap();
    let error = client.send(DescribeThings::default()).await.unwrap_err();
    let Error::Credentials(credentials) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(credentials.provider(), "profile");
    assert!(!error.is_transient());
    assert_eq!(server.count(), 0);

    // A named file that does not exist is an error too, not a silent skip.
    let env = env_with_home(
        home.path(),
        &[("TENCENTCLOUD_CREDENTIALS_FILE", "/nonexistent/credentials")],
    );
    let error = ProfileProvider::new()
        .with_env(env)
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert!(
        error.message().contains("/nonexistent/credentials"),
        "{error}"
    );
}

#[tokio::test]
async fn the_chain_prefers_the_environment_and_lists_why_each_source_was_skipped() {
    let home = tempfile::tempdir().unwrap();
    write_profile(
        home.path(),
        "[default]\nsecret_id = AKIDprofile\nsecret_key = k\n",
    );
    let env = env_with_home(
        home.path(),
        &[
            ("TENCENTCLOUD_SECRET_ID", "AKIDenv"),
            ("TENCENTCLOUD_SECRET_KEY", "envkey"),
        ],
    );
    let credentials = chain(env, &closed_metadata().await)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.secret_id(), "AKIDenv");

    let empty_home = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let error = chain(
        env_with_home(empty_home.path(), &[]),
        &closed_metadata().await,
    )
    .provide_credentials()
    .await
    .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "off a CVM it must not hang"
    );
    assert_eq!(error.kind(), CredentialsErrorKind::NotFound);
    let message = error.to_string();
    for part in [
        "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set",
        ".tencentcloud/credentials does not exist",
        "unreachable (not running on a CVM?)",
    ] {
        assert!(message.contains(part), "{message}");
    }
}

fn metadata_server(
    body: String,
    role_status: u16,
) -> impl Fn(&crate::support::server::Received, usize) -> Reply {
    move |request, _| match request.path.as_str() {
        "/latest/meta-data/cam/security-credentials/" if role_status == 200 => Reply::Respond {
            status: 200,
            headers: vec![],
            body: b"ecm-role\n".to_vec(),
        },
        "/latest/meta-data/cam/security-credentials/" => Reply::Respond {
            status: role_status,
            headers: vec![],
            body: b"not found".to_vec(),
        },
        "/latest/meta-data/cam/security-credentials/ecm-role" => Reply::json(200, body.clone()),
        _ => Reply::Respond {
            status: 404,
            headers: vec![],
            body: vec![],
        },
    }
}

fn role_json(expired_time: u64) -> String {
    format!(
        r#"{{"TmpSecretId":"{SECRET_ID}","TmpSecretKey":"{SECRET_KEY}","ExpiredTime":{expired_time},"Expiration":"ignored","Token":"{TOKEN}","Code":"Success"}}"#
    )
}

#[tokio::test]
async fn instance_role_credentials_come_from_the_metadata_service() {
    let expiry = unix_now() + 7200;
    let metadata = TestServer::start(metadata_server(role_json(expiry), 200)).await;
    let base = format!("{}/latest/meta-data", metadata.url);
    let credentials = InstanceRoleProvider::new()
        .with_base_url(&base)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.secret_id(), SECRET_ID);
    assert_eq!(credentials.session_token(), Some(TOKEN));
    assert_eq!(
        credentials.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs(expiry))
    );
    assert_eq!(credentials.provider_name(), "instance role");

    // The default-like chain falls through to the role, and the client sends the token.
    let home = tempfile::tempdir().unwrap();
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client = Client::builder()
        .credentials(chain(env_with_home(home.path(), &[]), &format!("{base}/")))
        .endpoint(&server.url)
        .build()
        .unwrap();
    client.send(DescribeThings::default()).await.unwrap();
    client.send(DescribeThings::default()).await.unwrap();
    verify_tc3(&server.requests()[0], Some(TOKEN), unix_now()).unwrap();
    // Two requests for the direct load above, two for the client's two calls (cached).
    assert_eq!(metadata.count(), 4);
}

#[tokio::test]
async fn instance_role_failures_are_classified() {
    let metadata = TestServer::start(metadata_server(role_json(unix_now() + 60), 404)).await;
    let error = InstanceRoleProvider::new()
        .with_base_url(format!("{}/latest/meta-data/", metadata.url))
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::NotFound);
    assert!(error.message().contains("no CAM role"), "{error}");

    let metadata =
        TestServer::start(metadata_server(r#"{"TmpSecretId":"x"}"#.to_owned(), 200)).await;
    let error = InstanceRoleProvider::new()
        .with_base_url(format!("{}/latest/meta-data/", metadata.url))
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert!(error.message().contains("TmpSecretKey"), "{error}");

    let metadata = TestServer::always(Reply::Hang).await;
    let started = std::time::Instant::now();
    let error = InstanceRoleProvider::new()
        .with_base_url(format!("{}/latest/meta-data/", metadata.url))
        .with_timeout(Duration::from_millis(300))
        .provide_credentials()
        .await
        .unwrap_err();
    // A service that accepts the connection but does not answer is present and struggling,
    // not absent: a chain must not move on to another source.
    assert_eq!(error.kind(), CredentialsErrorKind::Unavailable);
    assert!(error.message().contains("did not answer"), "{error}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

/// A provider that counts its calls and hands out credentials expiring `lifetime` after
/// the test clock's now.
#[derive(Debug)]
struct Counting {
    calls: Arc<AtomicUsize>,
    clock: Arc<ManualClock>,
    lifetime: Duration,
    fail_after: usize,
}

impl ProvideCredentials for Counting {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let call = self.calls.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(20)).await;
            if call >= self.fail_after {
                return Err(CredentialsError::new(
                    "counting",
                    CredentialsErrorKind::Unavailable,
                    "down",
                ));
            }
            Ok(Credentials::temporary(
                format!("AKID{call}"),
                "key",
                "token",
                Some(self.clock.now() + self.lifetime),
            ))
        })
    }
}

#[derive(Debug)]
struct ManualClock(AtomicU64);

impl ManualClock {
    fn advance(&self, seconds: u64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl TimeSource for ManualClock {
    fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.0.load(Ordering::SeqCst))
    }
}

fn counting(
    lifetime: Duration,
    fail_after: usize,
) -> (Arc<CachingProvider>, Arc<AtomicUsize>, Arc<ManualClock>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let clock = Arc::new(ManualClock(AtomicU64::new(1_700_000_000)));
    let provider = CachingProvider::new(Counting {
        calls: calls.clone(),
        clock: clock.clone(),
        lifetime,
        fail_after,
    })
    .with_time_source(clock.clone());
    (Arc::new(provider), calls, clock)
}

#[tokio::test]
async fn the_cache_dedupes_concurrent_refreshes() {
    let (provider, calls, _) = counting(Duration::from_secs(3600), usize::MAX);
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let provider = provider.clone();
        tasks.push(tokio::spawn(async move {
            provider
                .provide_credentials()
                .await
                .unwrap()
                .secret_id()
                .to_owned()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), "AKID0");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_cache_refreshes_before_expiry_and_survives_a_failed_refresh() {
    let (provider, calls, clock) = counting(Duration::from_secs(3600), 2);
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        "AKID0"
    );
    clock.advance(3600 - 301);
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        "AKID0"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1, "still fresh");
    clock.advance(2);
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        "AKID1",
        "refreshed within 5 minutes of expiry"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    // The next refresh fails: the still-valid credentials are used until they expire.
    clock.advance(3600 - 200);
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        "AKID1"
    );
    clock.advance(300);
    let error = provider.provide_credentials().await.unwrap_err();
    assert_eq!(error.provider(), "counting");
}

/// The instance role behind a cache, on a metadata server that answers the first
/// `healthy` requests and then `then` (a 500, or no answer at all); the cache is loaded and
/// its clock moved into the refresh window (credentials still valid for 4 minutes).
async fn stale_instance_role_cache(then: Reply) -> (Arc<CachingProvider>, TestServer) {
    let clock = Arc::new(ManualClock(AtomicU64::new(1_700_000_000)));
    let healthy = metadata_server(role_json(1_700_000_000 + 3600), 200);
    // Two requests (role list, role credentials) load the cache; then the service fails.
    let server = TestServer::start(move |request, index| {
        if index < 2 {
            healthy(request, index)
        } else {
            then.clone()
        }
    })
    .await;
    let provider = CachingProvider::new(
        InstanceRoleProvider::new()
            .with_base_url(format!("{}/latest/meta-data/", server.url))
            .with_timeout(Duration::from_millis(300)),
    )
    .with_time_source(clock.clone());
    let provider = Arc::new(provider);
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        SECRET_ID
    );
    assert_eq!(server.count(), 2);
    clock.advance(3600 - 240);
    (provider, server)
}

async fn twenty_concurrent_callers(
    provider: &Arc<CachingProvider>,
) -> Vec<Result<Credentials, CredentialsError>> {
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let provider = provider.clone();
            tokio::spawn(async move { provider.provide_credentials().await })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    results
}

#[tokio::test]
async fn a_failing_metadata_service_is_asked_once_by_twenty_callers_in_the_refresh_window() {
    let failing = Reply::Respond {
        status: 500,
        headers: vec![],
        body: b"busy".to_vec(),
    };
    let (provider, server) = stale_instance_role_cache(failing).await;
    let started = std::time::Instant::now();
    let results = twenty_concurrent_callers(&provider).await;
    for result in &results {
        assert_eq!(
            result.as_ref().unwrap().secret_id(),
            SECRET_ID,
            "cached, valid"
        );
    }
    // One refresh attempt (its first request failed), not one per caller.
    assert_eq!(server.count(), 3);
    assert!(started.elapsed() < Duration::from_secs(2));
    // And the failed refresh backs off: the next caller does not try again at once.
    provider.provide_credentials().await.unwrap();
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn a_slow_metadata_service_is_waited_for_once_by_twenty_callers_in_the_refresh_window() {
    let (provider, server) = stale_instance_role_cache(Reply::Hang).await;
    let started = std::time::Instant::now();
    let results = twenty_concurrent_callers(&provider).await;
    for result in &results {
        assert_eq!(
            result.as_ref().unwrap().secret_id(),
            SECRET_ID,
            "cached, valid"
        );
    }
    assert_eq!(server.count(), 3);
    // One 300 ms metadata timeout in all, not twenty in turn (6 s).
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn callers_waiting_for_a_failed_first_load_share_its_error() {
    let server = TestServer::always(Reply::Respond {
        status: 500,
        headers: vec![],
        body: b"busy".to_vec(),
    })
    .await;
    let provider = Arc::new(CachingProvider::new(
        InstanceRoleProvider::new().with_base_url(format!("{}/latest/meta-data/", server.url)),
    ));
    let results = twenty_concurrent_callers(&provider).await;
    for result in &results {
        let error = result.as_ref().unwrap_err();
        assert_eq!(error.kind(), CredentialsErrorKind::Unavailable, "{error}");
        assert!(error.message().contains("HTTP 500"), "{error}");
    }
    assert_eq!(
        server.count(),
        1,
        "one attempt shared by the waiting callers"
    );
}

#[tokio::test]
async fn a_slow_metadata_service_stops_a_custom_chain() {
    // Behind the instance role in a custom chain: a metadata service that accepts the
    // connection and then times out is not "absent", so the fallback is not used.
    let metadata = TestServer::always(Reply::Hang).await;
    let chain = CredentialsChain::new()
        .push(
            InstanceRoleProvider::new()
                .with_base_url(format!("{}/latest/meta-data/", metadata.url))
                .with_timeout(Duration::from_millis(200)),
        )
        .push(Credentials::new("AKIDfallback", "k"));
    let error = chain.provide_credentials().await.unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Unavailable, "{error}");
    // A closed port (connection refused) is absent, and the chain moves on.
    let port = crate::support::server::closed_port().await;
    let chain = CredentialsChain::new()
        .push(InstanceRoleProvider::new().with_base_url(format!("http://127.0.0.1:{port}/")))
        .push(Credentials::new("AKIDfallback", "k"));
    assert_eq!(
        chain.provide_credentials().await.unwrap().secret_id(),
        "AKIDfallback"
    );
}

#[tokio::test]
async fn the_metadata_client_follows_no_redirect() {
    let elsewhere = TestServer::always(Reply::json(200, role_json(1_700_000_000))).await;
    let location = format!(
        "{}/latest/meta-data/cam/security-credentials/?steal=1",
        elsewhere.url
    );
    let metadata = TestServer::always(
        Reply::Respond {
            status: 307,
            headers: vec![],
            body: vec![],
        }
        .with_header("Location", &location),
    )
    .await;
    let error = InstanceRoleProvider::new()
        .with_base_url(format!("{}/latest/meta-data/", metadata.url))
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Unavailable);
    assert!(error.message().contains("HTTP 307"), "{error}");
    assert_eq!(metadata.count(), 1);
    assert_eq!(elsewhere.count(), 0, "the redirect target received nothing");
}

#[tokio::test]
async fn profile_files_that_are_devices_fifos_or_huge_are_refused_without_reading() {
    let started = std::time::Instant::now();
    let env = Env::from_vars([("TENCENTCLOUD_CREDENTIALS_FILE", "/dev/zero")]);
    let error = ProfileProvider::new()
        .with_env(env)
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert!(error.message().contains("not a regular file"), "{error}");

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("credentials.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|status| status.success()) {
        // Opening a FIFO without a writer would block forever.
        let error = ProfileProvider::new()
            .with_path(&fifo)
            .provide_credentials()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
        assert!(error.message().contains("not a regular file"), "{error}");
    }

    let huge = dir.path().join("huge");
    let mut text = String::from("[default]\nsecret_id = AKID\nsecret_key = k\n");
    text.push_str(&"# padding\n".repeat(10_000));
    std::fs::write(&huge, text).unwrap();
    let error = ProfileProvider::new()
        .with_path(&huge)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        error.message().contains("larger than 65536 bytes"),
        "{error}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
}
