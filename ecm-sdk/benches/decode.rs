//! Decoding responses into their typed outputs, through the client's single-pass
//! `{"Response": …}` envelope decoder: the largest documented output examples
//! (`DescribeModule`, 10.4 KB; `DescribeInstances`, 8.5 KB) and the `DescribeNode` answer
//! of the benchmark contract (two nodes, 1.2 KB). For scale, each is also parsed into an
//! untyped `serde_json::Value`.
//!
//! `cargo bench -p ecm-sdk --bench decode -- --warm-up-time 1 --measurement-time 3`;
//! results in BENCHMARKS.md at the repository root.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ecm_sdk::actions::{DescribeInstancesResponse, DescribeModuleResponse, DescribeNodeResponse};
use serde::de::DeserializeOwned;

/// The first documented output example of `action`, in its envelope, compact.
fn documented_answer(spec: &ecm_spec::Spec, action: &str) -> Vec<u8> {
    let action = spec
        .actions
        .iter()
        .find(|candidate| candidate.name == action)
        .expect("a documented action");
    // The longest example, when there are several.
    let output = action
        .examples
        .iter()
        .map(|example| &example.output)
        .max_by_key(|output| output.to_string().len())
        .expect("an example");
    serde_json::to_vec(&serde_json::json!({ "Response": output })).unwrap()
}

fn bench_one<T: DeserializeOwned>(c: &mut Criterion, name: &str, body: &[u8]) {
    // The example must decode, or the benchmark would time an error path.
    ecm_sdk::__bench::decode_response::<T>(body).unwrap_or_else(|error| panic!("{name}: {error}"));
    let mut group = c.benchmark_group(format!("decode/{name}_{}B", body.len()));
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("typed", |b| {
        b.iter(|| ecm_sdk::__bench::decode_response::<T>(black_box(body)).unwrap())
    });
    group.bench_function("untyped_value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(body)).unwrap())
    });
    group.finish();
}

fn decode(c: &mut Criterion) {
    let spec = ecm_spec::Spec::embedded().expect("the embedded spec loads");
    let module = documented_answer(&spec, "DescribeModule");
    let instances = documented_answer(&spec, "DescribeInstances");
    let node = include_bytes!("../../bench-client/fixtures/describe_node_response.json");
    bench_one::<DescribeModuleResponse>(c, "describe_module", &module);
    bench_one::<DescribeInstancesResponse>(c, "describe_instances", &instances);
    bench_one::<DescribeNodeResponse>(c, "describe_node", node.trim_ascii_end());
}

criterion_group!(benches, decode);
criterion_main!(benches);
