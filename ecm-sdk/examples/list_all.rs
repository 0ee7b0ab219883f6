//! List everything with a paginator: page after page, item by item, with no stream crate.
//!
//! ```sh
//! cargo run -p ecm-sdk --example list_all
//! ```
//!
//! Calls the real service (read-only) when the credentials chain finds credentials, else a
//! local emulator, where it first creates five security groups (three tagged `role=web`) so
//! that there is something to page through.
//!
//! `client.paginate(request)` sends the request again and again with a growing `Offset`,
//! until `TotalCount` items have come (or a page is empty, or a call fails). Nothing is
//! fetched before you ask for the first item. `items()` yields the items of every page,
//! `pages()` the whole responses; both have `next()` and `try_collect()` of their own, and
//! implement `futures_core::Stream` for use with stream combinators.

use std::io::{self, Write};
use std::process::ExitCode;

use ecm_sdk::Client;
use ecm_sdk::actions::{
    CreateSecurityGroupRequest, DescribeSecurityGroupsFilter, DescribeSecurityGroupsRequest,
};
use ecm_sdk::types::Tag;

mod support;
use support::BoxError;

#[tokio::main]
async fn main() -> ExitCode {
    support::exit(start().await)
}

async fn start() -> Result<(), BoxError> {
    let mut out = io::stdout().lock();
    let connection = support::connect(&mut out).await?;
    run(&connection.client, connection.emulator.is_some(), &mut out).await
}

/// The example itself, writing to `out`; `create` (against the emulator) first creates
/// the security groups to list. (`pub(crate)`: the examples' tests run it.)
pub(crate) async fn run(
    client: &Client,
    create: bool,
    out: &mut impl Write,
) -> Result<(), BoxError> {
    if create {
        for (name, role) in [
            ("web-1", "web"),
            ("web-2", "web"),
            ("web-3", "web"),
            ("db-1", "db"),
            ("db-2", "db"),
        ] {
            let tag = Tag::new().key("role").value(role);
            let request = CreateSecurityGroupRequest::new()
                .group_name(name)
                .group_description("list_all example")
                .tags([tag]);
            client.create_security_group(request).await?;
        }
        writeln!(out, "created 5 security groups")?;
    }

    // Item by item. The page size defaults to the action's documented maximum (100 for
    // DescribeSecurityGroups); `page_size` asks for smaller pages — 2 here, to show
    // several pages with few groups.
    let mut groups = client
        .paginate(DescribeSecurityGroupsRequest::new())
        .page_size(2)
        .items();
    let mut count = 0;
    while let Some(group) = groups.next().await {
        let group = group?; // the first error ends the listing
        count += 1;
        writeln!(
            out,
            "security group {} ({})",
            group.security_group_id.unwrap_or_default(),
            group.security_group_name.unwrap_or_default()
        )?;
    }
    writeln!(out, "{count} security groups in all")?;

    // Page by page, with a typed filter: the filter is sent with every page.
    let web = DescribeSecurityGroupsFilter::tag("role", ["web"]);
    let mut pages = client
        .paginate(DescribeSecurityGroupsRequest::new().filters([web]))
        .page_size(2)
        .pages();
    let mut number = 0;
    while let Some(page) = pages.next().await {
        let page = page?;
        number += 1;
        writeln!(
            out,
            "role=web, page {number}: {} of {} security groups",
            page.security_group_set().len(),
            page.total_count.unwrap_or_default()
        )?;
    }

    // Everything at once.
    let groups = client
        .paginate(DescribeSecurityGroupsRequest::new())
        .items()
        .try_collect()
        .await?;
    let names: Vec<String> = groups
        .into_iter()
        .filter_map(|group| group.security_group_name)
        .collect();
    writeln!(out, "names: {}", names.join(", "))?;
    Ok(())
}
