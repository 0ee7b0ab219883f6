//! Sign a request for another Tencent Cloud service with the signer alone: CVM's
//! `DescribeInstances`, the worked example of the API documentation's "Signature v3"
//! chapter. Prints the signed request as a `curl` command; sends nothing.
//!
//! ```sh
//! cargo run -p tencentcloud-signer --example sign_request
//! ```
//!
//! With `TENCENTCLOUD_SECRET_ID` and `TENCENTCLOUD_SECRET_KEY` set it signs with them, at
//! the current time (paste the command within 5 minutes); otherwise with the
//! documentation's example credentials and timestamp, so the signature can be compared
//! with the one the documentation prints.
//!
//! The signer knows no HTTP client: it takes the parts of the request that are signed and
//! returns the headers to send. Send them with any client, exactly with the `Host`,
//! `Content-Type` and body that were signed.

use std::time::{SystemTime, UNIX_EPOCH};

use tencentcloud_signer::{Credentials, SigningError, Tc3Params, Tc3Request, sign_tc3};

/// The documentation's example credentials (masked there; the printed signature was
/// computed with exactly these strings) and timestamp.
const EXAMPLE_SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
const EXAMPLE_SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3*******";
const EXAMPLE_TIMESTAMP: u64 = 1_551_113_065;

const HOST: &str = "cvm.tencentcloudapi.com";
const CONTENT_TYPE: &str = "application/json; charset=utf-8";
const BODY: &str = r#"{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}"#;

/// The signed request as a `curl` command.
pub(crate) fn signed_curl(
    credentials: &Credentials,
    timestamp: u64,
) -> Result<String, SigningError> {
    // What is signed: method, host, path, query, Content-Type and the body as sent.
    let request = Tc3Request::new("POST", HOST, CONTENT_TYPE, BODY.as_bytes());
    // For which service, action, API version, time and region.
    let params = Tc3Params::new("cvm", "DescribeInstances", "2017-03-12", timestamp)
        .with_region("ap-guangzhou");
    let signed = sign_tc3(&request, &params, credentials)?;

    let mut command = format!("curl -X POST https://{HOST} \\\n");
    command.push_str(&format!("  -H 'Content-Type: {CONTENT_TYPE}' \\\n"));
    command.push_str(&format!("  -H 'Host: {HOST}' \\\n"));
    // Authorization, X-TC-Action, X-TC-Version, X-TC-Timestamp, X-TC-Region (and
    // X-TC-Token for temporary credentials).
    for (name, value) in signed.headers() {
        command.push_str(&format!("  -H '{name}: {value}' \\\n"));
    }
    command.push_str(&format!("  -d '{BODY}'"));
    Ok(command)
}

fn main() -> std::process::ExitCode {
    let from_env = std::env::var("TENCENTCLOUD_SECRET_ID")
        .ok()
        .zip(std::env::var("TENCENTCLOUD_SECRET_KEY").ok());
    let (credentials, timestamp) = match from_env {
        Some((id, key)) => {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_secs());
            (Credentials::new(id, key), now)
        }
        None => (
            Credentials::new(EXAMPLE_SECRET_ID, EXAMPLE_SECRET_KEY),
            EXAMPLE_TIMESTAMP,
        ),
    };
    match signed_curl(&credentials, timestamp) {
        Ok(command) => {
            println!("{command}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
