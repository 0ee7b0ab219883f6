//! List everything with a paginator: every instance, page after page, with no stream crate.
//!
//! ```sh
//! cargo run -p ecm-sdk --example list_all
//! ```
//!
//! Calls the real service (read-only) when the credentials chain finds credentials, else a
//! local emulator.
//!
//! `client.paginate(request)` sends the request again and again with a growing `Offset`,
//! until `TotalCount` items have come (or a page is empty, or a call fails). Nothing is
//! fetched before you ask for the first item. `items()` yields the items of every page,
//! `pages()` the whole responses; both have `next()` and `try_collect()` of their own, and
//! implement `futures_core::Stream` for use with stream combinators.

use std::io::{self, Write};
use std::process::ExitCode;

use ecm_sdk::Client;
use ecm_sdk::actions::{DescribeInstancesRequest, DescribeVpcsFilter, DescribeVpcsRequest};

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = support::connect(&mut out).await?;
    run(&connection.client, &mut out).await
}

/// The example itself, writing to `out`. (`pub(crate)`: the examples' tests run it.)
pub(crate) async fn run(client: &Client, out: &mut impl Write) -> Result<(), BoxError> {
    // Item by item. The page size defaults to the action's documented maximum (100 for
    // DescribeInstances); `page_size` asks for smaller pages.
    let mut instances = client
        .paginate(DescribeInstancesRequest::new())
        .page_size(50)
        .items();
    let mut count = 0;
    while let Some(instance) = instances.next().await {
        let instance = instance?; // the first error ends the listing
        count += 1;
        writeln!(
            out,
            "instance {} ({})",
            instance.instance_id.unwrap_or_default(),
            instance
                .instance_state
                .map(|state| state.to_string())
                .unwrap_or_default()
        )?;
    }
    writeln!(out, "{count} instances in all")?;

    // Page by page, with a filter: the filter is sent with every page.
    let in_region = DescribeVpcsFilter::region(["ap-hangzhou-ecm"]);
    let mut pages = client
        .paginate(DescribeVpcsRequest::new().filters([in_region]))
        .pages();
    let mut number = 0;
    while let Some(page) = pages.next().await {
        let page = page?;
        number += 1;
        let on_page = page.vpc_set.map_or(0, |vpcs| vpcs.len());
        writeln!(
            out,
            "VPC page {number}: {on_page} of {} VPCs",
            page.total_count.unwrap_or_default()
        )?;
    }

    // Everything at once.
    let vpcs = client
        .paginate(DescribeVpcsRequest::new())
        .items()
        .try_collect()
        .await?;
    let ids: Vec<String> = vpcs.into_iter().filter_map(|vpc| vpc.vpc_id).collect();
    writeln!(out, "VPCs: {}", ids.join(", "))?;
    Ok(())
}
