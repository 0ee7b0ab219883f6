//! Handle and match errors: refused before sending, refused by the service (typed codes),
//! the network, timeouts.
//!
//! ```sh
//! cargo run -p ecm-sdk --example errors
//! ```
//!
//! Runs against a local emulator (it provokes the service errors with real requests and
//! injects the failures to show), unless the credentials chain finds credentials; then only
//! the first two cases are shown, on read-only calls.
//!
//! Every call returns `Result<Output, ecm_sdk::Error>`. `Error` is an enum to `match`; its
//! `Display` is a complete sentence for logs and users (never print it with `{:?}`), and
//! `is_transient()`, `is_throttling()` and `request_id()` work on every variant. The client
//! has already retried what was safe to retry before you see an error.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Duration;

use ecm_emulator::{EmulatorHandle, Fault, Injection};
use ecm_sdk::actions::{
    CreateModuleRequest, DeleteModuleRequest, DescribeImageRequest, DescribeInstanceVncUrlRequest,
    DescribeInstancesFilter, DescribeInstancesRequest, DescribeNodeRequest, RebootInstancesRequest,
    RunInstancesRequest, TerminateInstancesRequest,
};
use ecm_sdk::error::TimeoutKind;
use ecm_sdk::error_code::FailedOperation;
use ecm_sdk::types::ZoneInstanceCountIsp;
use ecm_sdk::{Client, Error, ErrorCode, WaitOptions};

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = support::connect(&mut out).await?;
    run(&connection.client, connection.emulator.as_ref(), &mut out).await
}

/// What an application might do with each kind of error.
fn handle(out: &mut impl Write, error: &Error) -> io::Result<()> {
    writeln!(out, "  error: {error}")?;
    match error {
        // Refused by the service: the wire code, a typed code, the message, the request
        // id (quote it to Tencent Cloud support).
        Error::Service(service) => {
            let advice = match service.error_code() {
                ErrorCode::ResourceNotFound(_) => "check the ID",
                ErrorCode::FailedOperation(FailedOperation::InstanceInModule) => {
                    "terminate its instances first"
                }
                ErrorCode::AuthFailure(_) => "check the credentials",
                ErrorCode::RequestLimitExceeded(_) => "slow down",
                ErrorCode::InvalidParameterValue(_) | ErrorCode::InvalidParameter(_) => {
                    "fix the request"
                }
                _ => "see the message",
            };
            writeln!(
                out,
                "  service code {} (request {}): {advice}",
                service.code(),
                service.request_id().unwrap_or("-")
            )
        }
        // Refused before sending: nothing reached the network.
        Error::Validation(invalid) => match invalid.missing_parameter() {
            Some(missing) => writeln!(out, "  add the parameter {}", missing.path()),
            None => writeln!(out, "  fix the request"),
        },
        Error::Timeout(timeout) => writeln!(
            out,
            "  {:?} timeout after {} ms; transient: {}",
            timeout.kind(),
            timeout.limit().as_millis(),
            error.is_transient()
        ),
        Error::Transport(transport) => writeln!(
            out,
            "  network failure ({}); transient: {}",
            if transport.is_not_sent() {
                "the request was not sent"
            } else {
                "the request may have been sent"
            },
            error.is_transient()
        ),
        // Undecodable answers, configuration and credentials problems; `Error` is
        // non-exhaustive, so a catch-all arm is needed anyway.
        _ => writeln!(out, "  transient: {}", error.is_transient()),
    }
}

/// The example itself, writing to `out`; `emulator` is set when the client talks to one.
pub(crate) async fn run(
    client: &Client,
    emulator: Option<&EmulatorHandle>,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    writeln!(out, "A required parameter left out:")?;
    let missing = DescribeInstanceVncUrlRequest::new();
    if let Err(error) = client.describe_instance_vnc_url(missing).await {
        handle(out, &error)?;
    }

    writeln!(out, "A filter name the action does not document:")?;
    let unknown_filter = DescribeInstancesFilter::raw("instance-colour", ["blue"]);
    let request = DescribeInstancesRequest::new().filters([unknown_filter]);
    if let Err(error) = client.describe_instances(request).await {
        handle(out, &error)?;
    }

    let Some(emulator) = emulator else {
        // The rest changes resources or needs injected failures: emulator only.
        return Ok(());
    };

    writeln!(out, "An instance that does not exist:")?;
    let unknown = RebootInstancesRequest::new().instance_id_set(["ein-00000000"]);
    match client.reboot_instances(unknown).await {
        Ok(_) => return Err("rebooted an instance that does not exist".into()),
        // Matching one case directly: `as_service_error` and the typed code (the category
        // `ResourceNotFound(_)` matches `ResourceNotFound.InstanceNotExist` too).
        Err(error)
            if error
                .as_service_error()
                .is_some_and(|e| matches!(e.error_code(), ErrorCode::ResourceNotFound(_))) =>
        {
            handle(out, &error)?;
        }
        Err(other) => return Err(other.into()),
    }

    writeln!(out, "A module that still has instances, deleted:")?;
    in_use(client, out).await?;

    writeln!(out, "Throttled on every attempt:")?;
    emulator.inject(Injection::new(Fault::RequestLimitExceeded).for_action("DescribeNode"))?;
    let once = client.with_overrides(|o| o.max_attempts(2));
    if let Err(error) = once.describe_node(DescribeNodeRequest::new()).await {
        assert!(error.is_throttling());
        handle(out, &error)?;
    }
    emulator.clear_faults();

    writeln!(out, "A server slower than the attempt timeout:")?;
    emulator.inject(Injection::new(Fault::Delay(Duration::from_secs(2))).times(1))?;
    let impatient = client.with_overrides(|o| {
        o.attempt_timeout(Duration::from_millis(200))
            .max_attempts(1)
    });
    if let Err(error) = impatient.describe_node(DescribeNodeRequest::new()).await {
        if let Error::Timeout(timeout) = &error {
            assert_eq!(timeout.kind(), TimeoutKind::Attempt);
        }
        handle(out, &error)?;
    }

    writeln!(out, "No server at all:")?;
    let nowhere = Client::builder()
        .credentials(ecm_sdk::Credentials::new("AKIDexample", "key"))
        .endpoint("http://127.0.0.1:9") // the discard port: nothing listens
        .retry_policy(ecm_sdk::RetryPolicy::standard().with_max_attempts(1))
        .build()?;
    if let Err(error) = nowhere.describe_node(DescribeNodeRequest::new()).await {
        handle(out, &error)?;
    }
    Ok(())
}

/// Creates a module and an instance of it, tries to delete the module (the service refuses:
/// `FailedOperation.InstanceInModule`), then cleans up in the right order.
async fn in_use(client: &Client, out: &mut impl Write) -> Result<(), BoxError> {
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    let zone = nodes
        .node_set()
        .first()
        .and_then(|n| n.zone_info.as_ref()?.zone.clone())
        .ok_or("no zone")?;
    let images = client
        .describe_image(DescribeImageRequest::new().limit(1))
        .await?;
    let image_id = images
        .image_set()
        .first()
        .and_then(|i| i.image_id.clone())
        .ok_or("no image")?;
    let module_id = client
        .create_module(
            CreateModuleRequest::new()
                .module_name("errors-example")
                .default_image_id(image_id)
                .instance_type("SN3ne.SMALL2")
                .default_band_width(10)
                .default_system_disk_size(50)
                .default_data_disk_size(0),
        )
        .await?
        .module_id
        .unwrap_or_default();
    let placement = ZoneInstanceCountIsp::new()
        .zone(zone)
        .isp("CMCC")
        .instance_count(1);
    let run = RunInstancesRequest::new()
        .module_id(&module_id)
        .zone_instance_count_isp_set([placement]);
    let ids = client.run_instances(run).await?.instance_id_set().to_vec();

    let delete = || DeleteModuleRequest::new().module_id(&module_id);
    match client.delete_module(delete()).await {
        Ok(_) => return Err("deleted a module that has an instance".into()),
        Err(error) => handle(out, &error)?,
    }

    // The right order: wait until the instance runs (a PENDING one cannot be terminated),
    // terminate it, wait until it is gone, then delete the module.
    let this = || {
        DescribeInstancesRequest::new().filters([DescribeInstancesFilter::instance_id(ids.iter())])
    };
    let patience = WaitOptions::new(Duration::from_secs(300)).min_delay(Duration::from_millis(250));
    client
        .wait_until_instances_running(this(), patience)
        .await?;
    client
        .terminate_instances(TerminateInstancesRequest::new().instance_id_set(ids.iter()))
        .await?;
    client
        .wait_until_instances_terminated(this(), patience)
        .await?;
    client.delete_module(delete()).await?;
    writeln!(
        out,
        "  (then terminated {} and deleted {module_id})",
        ids.join(", ")
    )?;
    Ok(())
}
