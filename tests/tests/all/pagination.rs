//! Paginators end to end. The emulator answers an action with one registered reply at a time;
//! the SDK's page streams are lazy (a page is requested only when the stream is polled past the
//! previous one), so each test registers the next page's reply before polling for it, and
//! reads the `Offset`/`Limit` the SDK sent from the journal.

use std::time::Duration;

use ecm_emulator::{EmulatorHandle, Reply};
use ecm_sdk::actions::{DescribeInstancesFilter, DescribeInstancesRequest, DescribeSubnetsRequest};
use ecm_tests::docs::spec;
use ecm_tests::wire;
use futures_util::{Stream, StreamExt};
use serde_json::{Value, json};

/// The documented instance (DescribeInstances example 1), once per id.
fn instances(ids: &[&str]) -> Vec<Value> {
    let documented =
        &spec().action("DescribeInstances").unwrap().examples[0].output["InstanceSet"][0];
    ids.iter()
        .map(|id| {
            let mut instance = documented.clone();
            instance["InstanceId"] = json!(id);
            instance
        })
        .collect()
}

fn instance_page(ids: &[&str], total: u64) -> Reply {
    Reply::output(json!({"TotalCount": total, "InstanceSet": instances(ids)}))
}

/// The next item of a stream, within a bound (a paginator must never hang).
async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("the stream answers within 10 s")
}

/// `(Offset, Limit)` of each request, as the emulator received them.
fn offsets_and_limits(emulator: &EmulatorHandle) -> Vec<(Value, Value)> {
    emulator
        .journal()
        .iter()
        .map(|entry| {
            (
                entry.params["Offset"].clone(),
                entry.params["Limit"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn pages_follow_offset_and_limit_up_to_the_total_count() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    let filter = DescribeInstancesFilter::zone(["ap-bhmini-ecm-1"]);
    let request = DescribeInstancesRequest::new().filters([filter]);
    let mut pages = client.paginate(request).page_size(2).pages();

    let mut seen = Vec::new();
    for ids in [&["ein-1", "ein-2"][..], &["ein-3", "ein-4"], &["ein-5"]] {
        emulator
            .respond("DescribeInstances", instance_page(ids, 5))
            .unwrap();
        let page = next(&mut pages).await.expect("a page").unwrap();
        assert_eq!(page.total_count, Some(5));
        seen.extend(
            page.instance_set
                .unwrap()
                .into_iter()
                .map(|i| i.instance_id.unwrap()),
        );
    }
    assert!(
        next(&mut pages).await.is_none(),
        "5 of 5 seen: paging is over"
    );
    assert_eq!(seen, ["ein-1", "ein-2", "ein-3", "ein-4", "ein-5"]);

    assert_eq!(
        offsets_and_limits(&emulator),
        [
            (json!(0), json!(2)),
            (json!(2), json!(2)),
            (json!(4), json!(2))
        ]
    );
    // Every page carries the request's other parameters.
    for entry in emulator.journal() {
        assert_eq!(
            entry.params["Filters"],
            json!([{"Name": "zone", "Values": ["ap-bhmini-ecm-1"]}])
        );
    }
}

#[tokio::test]
async fn items_stream_across_pages_and_stop_on_an_empty_page() {
    let emulator = wire::start_emulator().await;
    // Over GET: Offset and Limit travel as flattened query parameters.
    let client = wire::client(&emulator, wire::TC3_GET);
    let mut items = client
        .paginate(DescribeInstancesRequest::new().offset(10))
        .page_size(2)
        .items();

    // The service claims 100 instances but runs out after 4.
    let mut seen = Vec::new();
    for ids in [&["ein-a", "ein-b"][..], &["ein-c", "ein-d"]] {
        emulator
            .respond("DescribeInstances", instance_page(ids, 100))
            .unwrap();
        for _ in ids {
            let instance = next(&mut items).await.expect("an item").unwrap();
            seen.push(instance.instance_id.unwrap());
        }
    }
    emulator
        .respond("DescribeInstances", instance_page(&[], 100))
        .unwrap();
    assert!(
        next(&mut items).await.is_none(),
        "an empty page ends the listing"
    );
    assert_eq!(seen, ["ein-a", "ein-b", "ein-c", "ein-d"]);
    // The first page starts at the request's own Offset.
    assert_eq!(
        offsets_and_limits(&emulator),
        [
            (json!(10), json!(2)),
            (json!(12), json!(2)),
            (json!(14), json!(2))
        ]
    );
}

#[tokio::test]
async fn the_page_size_is_capped_at_the_documented_maximum() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    emulator
        .respond(
            "DescribeInstances",
            instance_page(&["ein-1", "ein-2", "ein-3"], 3),
        )
        .unwrap();
    let mut items = client
        .paginate(DescribeInstancesRequest::new())
        .page_size(1000)
        .items();
    let mut count = 0;
    while let Some(item) = next(&mut items).await {
        item.unwrap();
        count += 1;
    }
    assert_eq!(count, 3);
    // "Maximum value: 100" (DescribeInstances' Limit).
    assert_eq!(offsets_and_limits(&emulator), [(json!(0), json!(100))]);
}

#[tokio::test]
async fn an_error_ends_the_stream_after_it_is_yielded() {
    let (emulator, client) = wire::emulator_and_client(wire::TC3_POST_JSON).await;
    let mut pages = client
        .paginate(DescribeInstancesRequest::new())
        .page_size(2)
        .pages();

    emulator
        .respond("DescribeInstances", instance_page(&["ein-1", "ein-2"], 6))
        .unwrap();
    next(&mut pages).await.unwrap().unwrap();
    let code = "InvalidParameterValue.InvaildPageParam";
    emulator
        .respond("DescribeInstances", Reply::error(code, "bad page"))
        .unwrap();
    let error = next(&mut pages).await.unwrap().unwrap_err();
    assert_eq!(error.code(), Some(code));
    assert!(next(&mut pages).await.is_none());
    assert_eq!(emulator.journal().len(), 2);
}

/// DescribeSubnets documents `Offset` and `Limit` as Strings; over a v1 form they arrive as the
/// strings the spec asks for.
#[tokio::test]
async fn string_typed_offset_and_limit() {
    let (emulator, client) = wire::emulator_and_client(wire::V1_SHA256_POST_FORM).await;
    let documented =
        spec().action("DescribeSubnets").unwrap().examples[0].output["SubnetSet"][0].clone();
    let subnet = |id: &str| {
        let mut subnet = documented.clone();
        subnet["SubnetId"] = json!(id);
        subnet
    };
    let request = DescribeSubnetsRequest::new().ecm_region("ap-hangzhou-ecm");
    let mut items = client.paginate(request).page_size(1).items();
    let mut seen = Vec::new();
    for id in ["subnet-1", "subnet-2"] {
        emulator
            .respond(
                "DescribeSubnets",
                Reply::output(json!({"TotalCount": 2, "SubnetSet": [subnet(id)]})),
            )
            .unwrap();
        seen.push(next(&mut items).await.unwrap().unwrap().subnet_id.unwrap());
    }
    assert!(next(&mut items).await.is_none());
    assert_eq!(seen, ["subnet-1", "subnet-2"]);
    assert_eq!(
        offsets_and_limits(&emulator),
        [(json!("0"), json!("1")), (json!("1"), json!("1"))]
    );
}
