//! Redaction of secrets and configuration errors (tracing output: `tests/tracing.rs`).

use std::time::Duration;

use ecm_sdk::credentials::Env;
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::{Client, Error, RetryPolicy};

use crate::support::*;

#[tokio::test]
async fn debug_output_redacts_credentials() {
    let transport = ReplayTransport::new();
    let client = Client::builder()
        .credentials(temporary_credentials())
        .transport(transport)
        .build()
        .unwrap();
    let printed = format!("{client:?} {client:#?} {:?}", temporary_credentials());
    for secret in [SECRET_ID, SECRET_KEY, TOKEN] {
        assert!(!printed.contains(secret), "{secret} in {printed}");
    }
    let env = Env::from_vars([("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)]);
    assert!(!format!("{env:?}").contains(SECRET_KEY));
    let builder = Client::builder().credentials(temporary_credentials());
    assert!(!format!("{builder:?}").contains(SECRET_KEY));
}

#[test]
fn bad_configuration_is_an_error_not_a_panic() {
    let cases: Vec<(ecm_sdk::ClientBuilder, &str)> = vec![
        (
            Client::builder().endpoint("ftp://x"),
            "scheme must be https or http",
        ),
        (
            Client::builder().endpoint("https://h/path"),
            "must not have a path",
        ),
        (
            Client::builder().regional_endpoint(true),
            "no region is set",
        ),
        (
            Client::builder().region("ap guangzhou"),
            "region \"ap guangzhou\"",
        ),
        (Client::builder().region(""), "region \"\""),
        (
            Client::builder().attempt_timeout(Duration::ZERO),
            "attempt timeout must be greater than zero",
        ),
        (
            Client::builder().connect_timeout(Duration::ZERO),
            "connect timeout",
        ),
        (
            Client::builder().total_timeout(Duration::ZERO),
            "total timeout",
        ),
        (
            Client::builder().retry_policy(RetryPolicy::standard().with_max_attempts(0)),
            "max_attempts",
        ),
        (
            Client::builder().max_response_bytes(0),
            "max_response_bytes",
        ),
        (Client::builder().app_name("bad name\n"), "app name"),
    ];
    for (builder, reason) in cases {
        let error = builder
            .credentials(credentials())
            .transport(ReplayTransport::new())
            .build()
            .unwrap_err();
        let Error::Config(config) = &error else {
            panic!("{error:?}");
        };
        assert!(config.message().contains(reason), "{reason}: {error}");
        assert!(!error.is_transient());
    }
}

#[tokio::test]
async fn bad_credentials_are_reported_without_echoing_them() {
    let transport = ReplayTransport::new();
    let client = Client::builder()
        .credentials(ecm_sdk::Credentials::new("AKID with space", "key"))
        .transport(transport.clone())
        .build()
        .unwrap();
    let error = client.send(DescribeThings::default()).await.unwrap_err();
    let Error::Credentials(credentials) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(credentials.provider(), "static");
    assert!(
        error.to_string().contains("SecretId contains whitespace"),
        "{error}"
    );
    assert!(!error.to_string().contains("AKID with space"));
    assert_eq!(transport.request_count(), 0);
}
