//! Paginators: lazy, bounded by `TotalCount`, empty pages and `MAX_LIMIT`.

use std::sync::{Arc, Mutex};

use ecm_sdk::transport::{CapturedRequest, ReplayTransport, http};
use ecm_sdk::{Client, Error};
use futures_util::StreamExt;

use crate::support::*;

/// The (Offset, Limit) of each request seen.
type Seen = Arc<Mutex<Vec<(u64, u64)>>>;

/// Serves `total` things (ids `t-0`…), reporting `reported_total` as `TotalCount`, and
/// records the (Offset, Limit) of each request.
fn listing(total: usize, reported_total: usize) -> (ReplayTransport, Seen) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let transport = ReplayTransport::from_fn(move |request: &CapturedRequest| {
        let body: serde_json::Value = serde_json::from_slice(request.body()).unwrap();
        let offset = body["Offset"].as_u64().unwrap();
        let limit = body["Limit"].as_u64().unwrap();
        log.lock().unwrap().push((offset, limit));
        let ids: Vec<String> = (offset..(offset + limit).min(total as u64))
            .map(|i| format!("t-{i}"))
            .collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        Ok(http::Response::new(
            ok_things(&format!("r-{offset}"), &ids, reported_total).into(),
        ))
    });
    (transport, seen)
}

fn client_for(transport: &ReplayTransport) -> Client {
    replay_builder(transport).build().unwrap()
}

#[tokio::test]
async fn items_span_several_pages_and_stop_at_the_total() {
    let (transport, seen) = listing(25, 25);
    let client = client_for(&transport);
    let items: Vec<Thing> = client
        .paginate(DescribeThings::default())
        .items()
        .map(Result::unwrap)
        .collect()
        .await;
    let ids: Vec<String> = items.into_iter().map(|t| t.thing_id.unwrap()).collect();
    assert_eq!(ids, (0..25).map(|i| format!("t-{i}")).collect::<Vec<_>>());
    // The documented maximum (10) is the default page size.
    assert_eq!(*seen.lock().unwrap(), [(0, 10), (10, 10), (20, 10)]);
}

#[tokio::test]
async fn pages_are_fetched_lazily_and_respect_max_limit() {
    let (transport, seen) = listing(25, 25);
    let client = client_for(&transport);
    let request = DescribeThings {
        offset: Some(5),
        limit: Some(500),
        ..DescribeThings::default()
    };
    let mut pages = client.paginate(request).pages();
    assert_eq!(
        transport.request_count(),
        0,
        "nothing is fetched before polling"
    );
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.request_id.as_deref(), Some("r-5"));
    assert_eq!(transport.request_count(), 1);
    let rest: Vec<_> = pages.collect().await;
    assert_eq!(rest.len(), 1);
    // Starts at the request's offset; the limit is capped at the documented maximum.
    assert_eq!(*seen.lock().unwrap(), [(5, 10), (15, 10)]);
}

#[tokio::test]
async fn page_size_is_configurable_and_capped() {
    let (transport, seen) = listing(7, 7);
    let client = client_for(&transport);
    let count = client
        .paginate(DescribeThings::default())
        .page_size(3)
        .items()
        .count()
        .await;
    assert_eq!(count, 7);
    assert_eq!(*seen.lock().unwrap(), [(0, 3), (3, 3), (6, 3)]);

    let (transport, seen) = listing(7, 7);
    let client = client_for(&transport);
    let count = client
        .paginate(DescribeThings::default())
        .page_size(1000)
        .items()
        .count()
        .await;
    assert_eq!(count, 7);
    assert_eq!(*seen.lock().unwrap(), [(0, 10)]);
}

#[tokio::test]
async fn an_empty_page_ends_paging_even_if_the_total_says_otherwise() {
    // The server claims 1000 items but has 12: paging must not go on forever.
    let (transport, seen) = listing(12, 1000);
    let client = client_for(&transport);
    let count = client
        .paginate(DescribeThings::default())
        .items()
        .count()
        .await;
    assert_eq!(count, 12);
    // Offsets advance by the items actually returned; the empty third page ends it.
    assert_eq!(*seen.lock().unwrap(), [(0, 10), (10, 10), (12, 10)]);

    let (transport, seen) = listing(12, 1000);
    let client = client_for(&transport);
    let pages = client
        .paginate(DescribeThings::default())
        .pages()
        .count()
        .await;
    assert_eq!(pages, 3);
    assert_eq!(seen.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn without_item_count_pages_advance_by_the_limit_up_to_the_total() {
    let (transport, seen) = listing(25, 25);
    let client = client_for(&transport);
    let pages = client
        .paginate(DescribeThingsPlain::default())
        .pages()
        .count()
        .await;
    assert_eq!(pages, 3);
    assert_eq!(*seen.lock().unwrap(), [(0, 10), (10, 10), (20, 10)]);
}

#[tokio::test]
async fn an_error_is_yielded_once_and_ends_the_stream() {
    let transport = ReplayTransport::new();
    transport.push_json(200, ok_things("r-0", &["a", "b"], 5));
    transport.push_json(200, error_body("InvalidParameter", "bad", "r-1"));
    let client = client_for(&transport);
    let results: Vec<Result<Thing, Error>> = client
        .paginate(DescribeThings::default())
        .page_size(2)
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok() && results[1].is_ok());
    assert_eq!(results[2].as_ref().unwrap_err().request_id(), Some("r-1"));
    assert_eq!(transport.request_count(), 2);
}
