//! Configure retries, timeouts, and per-call overrides.
//!
//! ```sh
//! cargo run -p ecm-sdk --example configure
//! ```
//!
//! Runs against a local emulator (which injects throttling and a slow answer to show the
//! settings at work), unless the credentials chain finds credentials; then it makes one
//! read-only call with the settings.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ecm_emulator::{Fault, Injection};
use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::{Language, RetryPolicy};

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = support::connect(&mut out).await?;
    // A builder with the connection's credentials and endpoint; the example adds the rest.
    let builder = connection.builder();
    run(builder, connection.emulator.as_ref(), &mut out).await
}

/// The example itself: `builder` has credentials and endpoint set; the rest is configured
/// here. `emulator` is set when the client talks to one.
pub(crate) async fn run(
    builder: ecm_sdk::ClientBuilder,
    emulator: Option<&ecm_emulator::EmulatorHandle>,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    let client = builder
        // Up to 5 attempts, full-jitter back-off from 100 ms, at most 2 s between attempts.
        // Throttling and unsent requests are always retried; internal errors and HTTP 5xx
        // only for read-only actions (`Describe*`), which are safe to send twice.
        .retry_policy(
            RetryPolicy::standard()
                .with_max_attempts(5)
                .with_initial_backoff(Duration::from_millis(100))
                .with_max_backoff(Duration::from_secs(2)),
        )
        .connect_timeout(Duration::from_secs(3)) // TCP + TLS
        .attempt_timeout(Duration::from_secs(10)) // one request and its whole answer
        .total_timeout(Duration::from_secs(30)) // all attempts and back-off
        .language(Language::EnUs)
        .app_name("configure-example") // added to the User-Agent
        .build()?; // an invalid setting is an `Error::Config` here, never a panic

    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    writeln!(out, "{} nodes", nodes.total_count.unwrap_or_default())?;

    let Some(emulator) = emulator else {
        return Ok(());
    };

    // Retries at work: throttled twice, then answered.
    emulator.inject(Injection::new(Fault::RequestLimitExceeded).times(2))?;
    let started = Instant::now();
    client.describe_node(DescribeNodeRequest::new()).await?;
    let attempts = emulator.journal().len() - 1;
    writeln!(
        out,
        "throttled twice, answered on attempt {attempts} after {} ms of back-off",
        started.elapsed().as_millis()
    )?;

    // Per-call overrides: a clone of the client with other settings for some calls; it
    // shares the connection pool and credentials cache with `client`.
    emulator.inject(Injection::new(Fault::RequestLimitExceeded).times(1))?;
    let no_retries = client.with_overrides(|o| o.max_attempts(1));
    let error = no_retries
        .describe_node(DescribeNodeRequest::new())
        .await
        .expect_err("throttled, and not retried");
    writeln!(out, "without retries: {error}")?;

    emulator.inject(Injection::new(Fault::Delay(Duration::from_secs(2))).times(1))?;
    let quick = client.with_overrides(|o| {
        o.attempt_timeout(Duration::from_millis(300))
            .total_timeout(Duration::from_secs(5))
    });
    // The slow attempt times out; the retry (a read-only action) gets the answer.
    let nodes = quick.describe_node(DescribeNodeRequest::new()).await?;
    writeln!(
        out,
        "a slow first attempt timed out after 300 ms, the retry found {} nodes",
        nodes.total_count.unwrap_or_default()
    )?;
    Ok(())
}
