//! Encoding the benchmark contract's request — `DescribeNode` with five `Filters` (69
//! strings, 957 bytes of compact JSON) — the two ways the client does: to the JSON body
//! (TC3 POST) and to flattened `Filters.0.Values.1=…` parameters (GET, v1 signatures).
//!
//! `cargo bench -p ecm-sdk --bench encode -- --warm-up-time 1 --measurement-time 3`;
//! results in BENCHMARKS.md at the repository root.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ecm_sdk::actions::DescribeNodeRequest;

/// The contract's request (a copy of bench-client/fixtures/describe_node_request.json).
const REQUEST: &str = include_str!("../../bench-client/fixtures/describe_node_request.json");

fn encode(c: &mut Criterion) {
    let request: DescribeNodeRequest = serde_json::from_str(REQUEST).expect("the fixture parses");
    assert_eq!(serde_json::to_vec(&request).unwrap().len(), 957);

    let mut group = c.benchmark_group("encode/describe_node_5_filters");
    group.bench_function("json", |b| {
        b.iter(|| serde_json::to_vec(black_box(&request)).unwrap())
    });
    group.bench_function("flattened_params", |b| {
        b.iter(|| ecm_sdk::__bench::to_params(black_box(&request)).unwrap())
    });
    // What a caller pays to build the request before it is encoded: a deep clone of the
    // 69 strings (the client modes of ecm-bench-client do this per call).
    group.bench_function("build_request_clone", |b| {
        b.iter(|| black_box(&request).clone())
    });
    group.finish();
}

criterion_group!(benches, encode);
criterion_main!(benches);
