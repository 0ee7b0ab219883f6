//! Hostile credential sources: odd profile files, empty variables, a metadata service that
//! answers garbage, slowly, or with expired credentials. Each case ends in the exact
//! credentials or in a `CredentialsError` of the specific kind, never a panic, a hang or a
//! request signed with something the user did not mean.
//!
//! Already covered in `tests/all/credentials.rs` and not repeated: a malformed line
//! stops the chain (`a_broken_profile_stops_the_chain_with_a_clear_error`), a named file that
//! does not exist, half-set variables (unit tests in `src/credentials/env.rs`), a metadata
//! service that never answers (`instance_role_failures_are_classified`), and refreshing
//! before expiry (`the_cache_refreshes_before_expiry_and_survives_a_failed_refresh`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::credentials::{
    CachingProvider, CredentialsChain, CredentialsError, CredentialsErrorKind, Env,
    EnvironmentProvider, InstanceRoleProvider, ProfileProvider, ProvideCredentials,
};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, Credentials, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const OK_BODY: &str = r#"{"Response":{"TotalCount":0,"NodeSet":[],"RequestId":"r-1"}}"#;

fn home_with_profile(text: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join(".tencentcloud");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("credentials");
    std::fs::write(&path, text).unwrap();
    (home, path)
}

fn env_with_home(home: &Path, extra: &[(&str, &str)]) -> Env {
    let mut vars = vec![("HOME".to_owned(), home.display().to_string())];
    vars.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    Env::from_vars(vars)
}

async fn profile(home: &Path) -> Result<Credentials, CredentialsError> {
    ProfileProvider::new()
        .with_env(env_with_home(home, &[]))
        .provide_credentials()
        .await
}

/// Sends one request with `provider` and returns the `Authorization` header it carried, or
/// the error (no request sent).
async fn authorization_with(provider: impl ProvideCredentials + 'static) -> Result<String, Error> {
    let transport = ReplayTransport::new();
    transport.push_json(200, OK_BODY);
    let client = Client::builder()
        .credentials(provider)
        .retry_policy(RetryPolicy::disabled())
        .transport(transport.clone())
        .build()
        .unwrap();
    match client.send(DescribeNodeRequest::new()).await {
        Ok(_) => Ok(transport.requests()[0]
            .header("authorization")
            .unwrap()
            .to_owned()),
        Err(error) => {
            assert_eq!(transport.request_count(), 0, "nothing sent after {error}");
            Err(error)
        }
    }
}

#[tokio::test]
async fn a_profile_with_bom_crlf_comments_and_extra_whitespace_is_read_exactly() {
    for text in [
        "\u{feff}[default]\r\nsecret_id = AKIDbom\r\nsecret_key = bom-key\r\n",
        "\u{feff}# tccli\r\n\r\n[default]\r\nsecret_id=AKIDbom\r\nsecret_key=bom-key",
        "  [ default ]  \n\t secret_id \t=\t AKIDbom \t\n   secret_key   =   bom-key   \n; end\n",
        "[other]\r\nsecret_id = AKIDother\r\n[default]\r\n\r\nsecret_key = bom-key\r\nsecret_id = AKIDbom\r\n",
    ] {
        let (home, _) = home_with_profile(text);
        let credentials = profile(home.path()).await.unwrap();
        assert_eq!(credentials.secret_id(), "AKIDbom", "{text:?}");
        assert_eq!(credentials.secret_key(), "bom-key", "{text:?}");
        assert_eq!(credentials.session_token(), None);
        // Used for signing exactly as read: no `\r`, BOM or blank in the credential scope.
        let authorization = authorization_with(credentials).await.unwrap();
        assert!(
            authorization.starts_with("TC3-HMAC-SHA256 Credential=AKIDbom/"),
            "{authorization}"
        );
    }
}

#[tokio::test]
async fn a_profile_without_the_section_or_its_keys_is_invalid() {
    for (text, expected) in [
        (
            "[other]\r\nsecret_id = AKIDx\r\nsecret_key = k\r\n",
            "no [default] profile",
        ),
        ("", "no [default] profile"),
        ("\u{feff}\r\n\r\n", "no [default] profile"),
        (
            "[default]\r\nsecret_key = k\r\n",
            "profile [default] has no `secret_id`",
        ),
        (
            "[default]\nsecret_id = AKIDx\nsecret_key =   \n",
            "profile [default] has no `secret_key`",
        ),
        (
            "secret_id = AKIDx\n[default]\n",
            "line 1: `key = value` before any `[profile]` header",
        ),
    ] {
        let (home, path) = home_with_profile(text);
        let error = profile(home.path()).await.unwrap_err();
        assert_eq!(error.kind(), CredentialsErrorKind::Invalid, "{text:?}");
        assert_eq!(error.provider(), "profile");
        assert_eq!(
            error.message(),
            format!("{}: {expected}", path.display()),
            "{text:?}"
        );
        // It stops the default-like chain: a broken file is not silently skipped.
        let chain = CredentialsChain::new()
            .push(EnvironmentProvider::with_env(env_with_home(
                home.path(),
                &[],
            )))
            .push(ProfileProvider::new().with_env(env_with_home(home.path(), &[])));
        let error = authorization_with(chain).await.unwrap_err();
        assert!(
            matches!(&error, Error::Credentials(e) if e.kind() == CredentialsErrorKind::Invalid),
            "{error:?}"
        );
    }
}

#[tokio::test]
async fn a_profile_that_is_not_utf8_is_invalid() {
    let (home, path) = home_with_profile(b"[default]\nsecret_id = AKID\xff\nsecret_key = k\n");
    let error = profile(home.path()).await.unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert_eq!(error.message(), format!("{} is not UTF-8", path.display()));
}

#[tokio::test]
async fn an_unreadable_profile_is_invalid_not_absent() {
    // A directory where the file should be cannot be read by anyone, root included.
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join(".tencentcloud").join("credentials");
    std::fs::create_dir_all(&path).unwrap();
    let error = profile(home.path()).await.unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert_eq!(
        error.message(),
        format!("cannot read {}: is a directory", path.display())
    );

    // Permissions: `chmod 000` stops everyone but root (and processes with
    // CAP_DAC_OVERRIDE), which is how CI runs. Assert what this process can observe.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let (home, path) = home_with_profile("[default]\nsecret_id = AKIDperm\nsecret_key = k\n");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        let readable_anyway = std::fs::read(&path).is_ok();
        let result = profile(home.path()).await;
        if readable_anyway {
            // Privileged: the permission bits do not apply, the file is read.
            assert_eq!(result.unwrap().secret_id(), "AKIDperm");
        } else {
            let error = result.unwrap_err();
            assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
            assert_eq!(
                error.message(),
                format!("cannot read {}: permission denied", path.display())
            );
        }
    }
}

#[tokio::test]
async fn environment_variables_set_but_empty_count_as_unset() {
    let (home, _) = home_with_profile("[default]\nsecret_id = AKIDprofile\nsecret_key = k\n");
    // Both empty (or blank): the environment is absent and the chain moves on to the file.
    for (id, key) in [("", ""), ("  ", "\t")] {
        let env = env_with_home(
            home.path(),
            &[
                ("TENCENTCLOUD_SECRET_ID", id),
                ("TENCENTCLOUD_SECRET_KEY", key),
                ("TENCENTCLOUD_SESSION_TOKEN", ""),
            ],
        );
        let error = EnvironmentProvider::with_env(env.clone())
            .provide_credentials()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), CredentialsErrorKind::NotFound);
        let credentials = CredentialsChain::default_with_env(env)
            .provide_credentials()
            .await
            .unwrap();
        assert_eq!(credentials.secret_id(), "AKIDprofile");
    }
    // One set, the other empty: half-configured, an error rather than the next source.
    let env = env_with_home(
        home.path(),
        &[
            ("TENCENTCLOUD_SECRET_ID", "AKIDenv"),
            ("TENCENTCLOUD_SECRET_KEY", ""),
        ],
    );
    let error = CredentialsChain::default_with_env(env)
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
    assert_eq!(
        error.message(),
        "TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not"
    );
    // An empty token is no token: no `X-TC-Token` is sent; values are trimmed.
    let env = Env::from_vars([
        ("TENCENTCLOUD_SECRET_ID", " AKIDenv "),
        ("TENCENTCLOUD_SECRET_KEY", "envkey\n"),
        ("TENCENTCLOUD_SESSION_TOKEN", " "),
    ]);
    let credentials = EnvironmentProvider::with_env(env)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.secret_id(), "AKIDenv");
    assert_eq!(credentials.secret_key(), "envkey");
    assert_eq!(credentials.session_token(), None);
}

#[tokio::test]
async fn credentials_that_cannot_be_sent_are_refused_before_any_request() {
    for (id, key, token, what) in [
        ("AKID with space", "k", None, "SecretId"),
        ("AKIDx", "k\u{e9}y", None, "SecretKey"),
        ("AKIDx", "k", Some("tok\r\nX-Injected: 1"), "session token"),
    ] {
        let credentials = match token {
            Some(token) => Credentials::temporary(id, key, token, None),
            None => Credentials::new(id, key),
        };
        let error = authorization_with(credentials).await.unwrap_err();
        let Error::Credentials(error) = &error else {
            panic!("{error:?}");
        };
        assert_eq!(error.kind(), CredentialsErrorKind::Invalid);
        assert_eq!(
            error.message(),
            format!("the {what} contains whitespace or non-ASCII characters")
        );
        assert!(!error.to_string().contains("k\u{e9}y"));
    }
}

/// How the fake metadata service answers the role credentials path.
#[derive(Clone)]
enum Answer {
    /// Status and body.
    Body(u16, Vec<u8>),
    /// Headers at once, then the body one byte every 100 ms.
    Drip(Vec<u8>),
}

/// A metadata service on 127.0.0.1: the role list answers `roles` (HTTP 200), the role's
/// credentials `answer`. Returns the base URL.
async fn metadata_service(roles: &'static [u8], answer: Answer) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!(
        "http://{}/latest/meta-data/",
        listener.local_addr().unwrap()
    );
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buffer = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buffer[..n]),
                    }
                }
                let path = String::from_utf8_lossy(&head)
                    .split(' ')
                    .nth(1)
                    .unwrap_or_default()
                    .to_owned();
                let answer = if path.ends_with("/security-credentials/") {
                    Answer::Body(200, roles.to_vec())
                } else {
                    answer
                };
                match answer {
                    Answer::Body(status, body) => {
                        let head = format!(
                            "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        );
                        let _ = stream.write_all(head.as_bytes()).await;
                        let _ = stream.write_all(&body).await;
                    }
                    Answer::Drip(body) => {
                        let head =
                            format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len());
                        let _ = stream.write_all(head.as_bytes()).await;
                        for byte in body {
                            tokio::time::sleep(Duration::from_millis(100)).await;
                            if stream.write_all(&[byte]).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            });
        }
    });
    base
}

async fn role_credentials(base: &str) -> Result<Credentials, CredentialsError> {
    InstanceRoleProvider::new()
        .with_base_url(base)
        .with_timeout(Duration::from_millis(500))
        .provide_credentials()
        .await
}

fn role_json(expired_time: &str) -> Vec<u8> {
    format!(
        r#"{{"TmpSecretId":"AKIDtmp","TmpSecretKey":"tmpkey","Token":"tmptoken","ExpiredTime":{expired_time},"Code":"Success"}}"#
    )
    .into_bytes()
}

#[tokio::test]
async fn a_metadata_service_answering_garbage_is_a_specific_error() {
    let html = b"<html><body>Service Temporarily Unavailable</body></html>".to_vec();
    for (roles, answer, kind, message) in [
        (
            &b"ecm-role"[..],
            Answer::Body(200, html.clone()),
            CredentialsErrorKind::Invalid,
            "the credentials of role `ecm-role` are not the expected JSON (line 1, column 1)",
        ),
        (
            b"ecm-role",
            Answer::Body(200, vec![0xff, 0x00, 0x13]),
            CredentialsErrorKind::Invalid,
            "the credentials of role `ecm-role` are not the expected JSON (not UTF-8 from byte 0)",
        ),
        (
            b"ecm-role",
            Answer::Body(200, role_json("\"tomorrow\"")),
            CredentialsErrorKind::Invalid,
            "the credentials of role `ecm-role` are not the expected JSON (line 1, column 92)",
        ),
        (
            b"ecm-role",
            Answer::Body(200, role_json("-1")),
            CredentialsErrorKind::Invalid,
            "the credentials of role `ecm-role` are not the expected JSON (line 1, column 84)",
        ),
        // Found by review: this used to overflow the clock arithmetic and panic.
        (
            b"ecm-role",
            Answer::Body(200, role_json("18446744073709551615")),
            CredentialsErrorKind::Invalid,
            "the credentials of role `ecm-role` have an impossible `ExpiredTime`",
        ),
        (
            b"ecm-role",
            Answer::Body(200, br#"{"Code":"InternalError"}"#.to_vec()),
            CredentialsErrorKind::Unavailable,
            "the metadata service answered code `InternalError` for role `ecm-role`",
        ),
        (
            b"../../etc/passwd",
            Answer::Body(200, role_json("1")),
            CredentialsErrorKind::Invalid,
            "the metadata service returned a malformed role name",
        ),
        (
            b"\n\n  \n",
            Answer::Body(200, role_json("1")),
            CredentialsErrorKind::NotFound,
            "no CAM role is bound to this instance",
        ),
        (
            b"ecm-role",
            Answer::Body(502, html.clone()),
            CredentialsErrorKind::Unavailable,
            "answered HTTP 502",
        ),
        (
            b"ecm-role",
            Answer::Body(200, vec![b' '; 65 * 1024]),
            CredentialsErrorKind::Unavailable,
            "response too large",
        ),
    ] {
        let base = metadata_service(roles, answer).await;
        let error = role_credentials(&base).await.unwrap_err();
        assert_eq!(error.kind(), kind, "{error}");
        assert_eq!(error.provider(), "instance role");
        assert!(error.message().contains(message), "{error}");
        assert!(!error.to_string().contains("tmpkey"));
    }
}

#[tokio::test]
async fn a_slow_metadata_service_times_out() {
    // Headers at once, then a body slower than the timeout: the source is there but not
    // answering, so the chain stops with `Unavailable` (a hang before any answer is
    // `NotFound`, see tests/all/credentials.rs).
    let base = metadata_service(b"ecm-role", Answer::Drip(role_json("1"))).await;
    let started = Instant::now();
    let error = role_credentials(&base).await.unwrap_err();
    assert_eq!(error.kind(), CredentialsErrorKind::Unavailable, "{error}");
    assert!(error.message().contains("reading "), "{error}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn expired_credentials_are_refused_not_sent() {
    // The metadata service hands out credentials that expired an hour ago.
    let expired = (unix_now() - 3600).to_string();
    let base = metadata_service(b"ecm-role", Answer::Body(200, role_json(&expired))).await;
    let credentials = role_credentials(&base).await.unwrap();
    assert!(credentials.expiry().unwrap() < SystemTime::now());

    // The client (which caches every provider) refuses them before sending anything.
    let provider = InstanceRoleProvider::new().with_base_url(&base);
    let outer = authorization_with(provider).await.unwrap_err();
    assert!(!outer.is_transient());
    let Error::Credentials(error) = &outer else {
        panic!("{outer:?}");
    };
    assert_eq!(error.kind(), CredentialsErrorKind::Expired);
    assert_eq!(error.provider(), "instance role");
    assert!(
        error
            .message()
            .starts_with("the provider returned credentials that expired 3"),
        "{error}"
    );

    // Fresh ones are used.
    let fresh = (unix_now() + 3600).to_string();
    let base = metadata_service(b"ecm-role", Answer::Body(200, role_json(&fresh))).await;
    let authorization = authorization_with(CachingProvider::new(
        InstanceRoleProvider::new().with_base_url(&base),
    ))
    .await
    .unwrap();
    assert!(
        authorization.contains("Credential=AKIDtmp/"),
        "{authorization}"
    );
}
