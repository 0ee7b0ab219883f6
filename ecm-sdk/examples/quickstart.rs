//! Quickstart: list ECM nodes, modules and instances, then see what errors look like.
//!
//! ```sh
//! cargo run -p ecm-sdk --example quickstart
//! ```
//!
//! With `TENCENTCLOUD_SECRET_ID` and `TENCENTCLOUD_SECRET_KEY` in the environment, it calls
//! the real service (read-only `Describe*` calls only). Without them, it starts
//! `ecm-emulator` in-process: a local ECM endpoint that checks signatures and parameters the
//! way the service does and answers with the examples of the API documentation.

use std::error::Error as StdError;
use std::io::{self, Write};

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle, Reply};
use ecm_sdk::actions::{
    DescribeInstanceVncUrlRequest, DescribeInstancesRequest, DescribeModuleRequest,
    DescribeNodeRequest,
};
use ecm_sdk::{Client, Credentials, Error, ErrorCode};

type BoxError = Box<dyn StdError + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();

    // 1. A client. `Client::from_env` takes the credentials from the environment (or the
    //    CLI's profile file, or the CVM instance role) and talks to ecm.tencentcloudapi.com.
    let (client, emulator) = if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        writeln!(out, "Calling the ECM service as TENCENTCLOUD_SECRET_ID.")?;
        (Client::from_env()?, None)
    } else {
        let (emulator, client) = start_emulator().await?;
        writeln!(
            out,
            "No TENCENTCLOUD_SECRET_ID set: calling a local ECM emulator at {}\n\
             (it answers with the API documentation's examples).",
            emulator.url()
        )?;
        (client, Some(emulator))
    };

    tour(&client, emulator.as_ref(), &mut out).await
}

/// Starts an emulator on a free 127.0.0.1 port (dropping the handle stops it) and a client
/// that signs with the emulator's test credentials and sends to its URL.
pub(crate) async fn start_emulator() -> Result<(EmulatorHandle, Client), BoxError> {
    // Replay mode: the tour shows the documented example answers.
    let emulator = Emulator::start(EmulatorConfig::new().replay(true)).await?;
    let client = Client::builder()
        .credentials(Credentials::new(
            emulator.secret_id(),
            emulator.secret_key(),
        ))
        .endpoint(emulator.url())
        .build()?;
    Ok((emulator, client))
}

/// The tour itself, writing to `out`. (`pub(crate)`: the `ecm-tests` suite runs it too.)
pub(crate) async fn tour(
    client: &Client,
    emulator: Option<&EmulatorHandle>,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    // 2. Typed calls: build a request with its chainable setters, `await` the typed response.
    //    Every response field is an `Option`, since the service may leave any of them out.
    let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
    let rows: Vec<Vec<String>> = nodes
        .node_set
        .unwrap_or_default()
        .into_iter()
        .map(|node| {
            let zone = node.zone_info.unwrap_or_default();
            let isps: Vec<String> = node
                .isp_set
                .unwrap_or_default()
                .into_iter()
                .filter_map(|isp| isp.isp_id)
                .collect();
            vec![
                zone.zone.unwrap_or_default(),
                zone.zone_name.unwrap_or_default(),
                node.city
                    .and_then(|city| city.city_name)
                    .unwrap_or_default(),
                isps.join(", "),
            ]
        })
        .collect();
    let title = format!(
        "Nodes ({} of {})",
        rows.len(),
        nodes.total_count.unwrap_or_default()
    );
    print_table(out, &title, &["ZONE", "ZONE NAME", "CITY", "ISPS"], rows)?;

    let modules = client
        .describe_module(DescribeModuleRequest::new().limit(10))
        .await?;
    let rows: Vec<Vec<String>> = modules
        .module_item_set
        .unwrap_or_default()
        .into_iter()
        .map(|item| {
            let module = item.module.unwrap_or_default();
            let instance_type = module
                .instance_type_config
                .and_then(|config| config.instance_type);
            let instances = item.node_instance_num.and_then(|count| count.instance_num);
            vec![
                module.module_id.unwrap_or_default(),
                module.module_name.unwrap_or_default(),
                module.module_state.unwrap_or_default(),
                instance_type.unwrap_or_default(),
                instances.map(|n| n.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let title = format!(
        "Modules ({} of {})",
        rows.len(),
        modules.total_count.unwrap_or_default()
    );
    print_table(
        out,
        &title,
        &["MODULE", "NAME", "STATE", "INSTANCE TYPE", "INSTANCES"],
        rows,
    )?;

    let instances = client
        .describe_instances(DescribeInstancesRequest::new().limit(10))
        .await?;
    let rows: Vec<Vec<String>> = instances
        .instance_set
        .unwrap_or_default()
        .into_iter()
        .map(|instance| {
            let zone = instance
                .position
                .and_then(|p| p.zone_info)
                .and_then(|z| z.zone);
            let public_ips: Vec<String> = instance
                .internet
                .and_then(|i| i.public_ip_address_set)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|a| a.public_ip_address)
                .collect();
            let private_ips = instance
                .virtual_private_cloud
                .and_then(|vpc| vpc.private_ip_addresses);
            vec![
                instance.instance_id.unwrap_or_default(),
                instance.instance_name.unwrap_or_default(),
                instance.instance_state.unwrap_or_default(),
                zone.unwrap_or_default(),
                public_ips.join(", "),
                private_ips.unwrap_or_default().join(", "),
            ]
        })
        .collect();
    let title = format!(
        "Instances ({} of {})",
        rows.len(),
        instances.total_count.unwrap_or_default()
    );
    let headers = [
        "INSTANCE",
        "NAME",
        "STATE",
        "ZONE",
        "PUBLIC IP",
        "PRIVATE IP",
    ];
    print_table(out, &title, &headers, rows)?;

    // 3. Errors. A request missing a required parameter never leaves the process: the SDK
    //    checks requests before sending them, and the error names the parameter.
    writeln!(
        out,
        "\nDescribeInstanceVncUrl without its required InstanceId:"
    )?;
    if let Err(error) = client
        .describe_instance_vnc_url(DescribeInstanceVncUrlRequest::new())
        .await
    {
        explain(out, &error)?;
    }

    // 4. An error from the service: the console URL of an instance that does not exist.
    if let Some(emulator) = emulator {
        // The emulator has no instances of its own: it answers every valid request with the
        // documented example. Have it answer the way the service does for an unknown one.
        let error = Reply::error(
            "ResourceNotFound",
            "The instance ein-00000000 does not exist.",
        );
        emulator.respond("DescribeInstanceVncUrl", error)?;
    }
    writeln!(
        out,
        "\nDescribeInstanceVncUrl for an instance that does not exist:"
    )?;
    let request = DescribeInstanceVncUrlRequest::new().instance_id("ein-00000000");
    if let Err(error) = client.describe_instance_vnc_url(request).await {
        explain(out, &error)?;
    }
    Ok(())
}

/// Reports an error the way an application might handle it.
fn explain(out: &mut impl Write, error: &Error) -> io::Result<()> {
    match error {
        // The service refused: a typed code to match on, its message, and the request id to
        // quote to Tencent Cloud support.
        Error::Service(service) => {
            writeln!(
                out,
                "  service error  {} ({:?})",
                service.code_str(),
                service.code()
            )?;
            writeln!(out, "  message        {}", service.message())?;
            writeln!(
                out,
                "  request id     {}",
                service.request_id().unwrap_or("-")
            )?;
            if let ErrorCode::ResourceNotFound(_) = service.code() {
                writeln!(out, "  → no such resource: check the ID")?;
            }
            Ok(())
        }
        // Refused before sending (here: a missing required parameter).
        Error::InvalidRequest(_) => writeln!(out, "  refused before sending: {error}"),
        // Network failures, timeouts, undecodable answers, configuration, credentials.
        other => writeln!(out, "  {other} (retryable: {})", other.is_retryable()),
    }
}

/// Prints `rows` under `headers` in aligned columns, with `-` for empty cells.
fn print_table(
    out: &mut impl Write,
    title: &str,
    headers: &[&str],
    rows: Vec<Vec<String>>,
) -> io::Result<()> {
    let mut lines = vec![
        headers
            .iter()
            .map(|header| header.to_string())
            .collect::<Vec<_>>(),
    ];
    lines.extend(rows.into_iter().map(|row| {
        row.into_iter()
            .map(|cell| {
                if cell.is_empty() {
                    "-".to_owned()
                } else {
                    cell
                }
            })
            .collect()
    }));
    let mut widths = vec![0; headers.len()];
    for line in &lines {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    writeln!(out, "\n{title}")?;
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| format!("{cell:<width$}"))
            .collect();
        writeln!(out, "  {}", cells.join("  ").trim_end())?;
    }
    Ok(())
}
