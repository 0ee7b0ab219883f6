//! The whole client call without a socket: `client.describe_node(request)` with the
//! transport replaced by a canned HTTP 200 answer — build the request, validate,
//! serialise, sign (TC3-HMAC-SHA256), retry loop, replay transport, decode.
//!
//! `contract`: the benchmark contract's request (five `Filters`, 957 bytes of JSON,
//! cloned from a parsed template per call) and `DescribeNode`'s documented example answer
//! (two nodes, 1.2 KB) — what `ecm-bench-client noio` runs. `one_filter`: a one-filter
//! request built with the setters and a one-node answer.
//!
//! `cargo bench -p ecm-sdk --bench noio -- --warm-up-time 1 --measurement-time 3`;
//! results in BENCHMARKS.md at the repository root (budget: ≤ 12 µs per call).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ecm_sdk::actions::{DescribeNodeFilter, DescribeNodeRequest};
use ecm_sdk::transport::{Bytes, ReplayTransport, json_response};
use ecm_sdk::{Client, Credentials};

const REQUEST: &str = include_str!("../../bench-client/fixtures/describe_node_request.json");
const TWO_NODES: &str = include_str!("../../bench-client/fixtures/describe_node_response.json");
const ONE_NODE: &str = r#"{"Response":{"RequestId":"187c16d5-1f53-4e88-b684-077f0c7123b2","NodeSet":[{"ZoneInfo":{"ZoneId":10110001,"ZoneName":"Hangzhou Zone 1","Zone":"ap-hangzhou-ecm-1"},"Country":{"CountryId":"china","CountryName":"China"},"Area":{"AreaId":"china-east","AreaName":"East China"},"Province":{"ProvinceId":"china-east-zhejiang","ProvinceName":"Zhejiang"},"City":{"CityId":"china-east-zhejiang-hangzhou","CityName":"Hangzhou"},"RegionInfo":{"RegionId":1011,"Region":"ap-hangzhou-ecm","RegionName":"Hangzhou"},"ISPSet":[{"ISPId":"CMCC","ISPName":"China Mobile"},{"ISPId":"CUCC","ISPName":"China Unicom"},{"ISPId":"CTCC","ISPName":"China Telecom"}],"ISPNum":3}],"TotalCount":1}}"#;

fn client_answering(answer: &'static str) -> Client {
    let body = Bytes::from_static(answer.trim_ascii_end().as_bytes());
    let transport =
        ReplayTransport::from_fn(move |_| Ok(json_response(200, body.clone()))).without_recording();
    Client::builder()
        .credentials(Credentials::new(
            "AKIDbenchbenchbenchbenchbenchbench12",
            "benchbenchbenchbenchbenchbench12",
        ))
        .region("ap-guangzhou")
        .transport(transport)
        .build()
        .expect("valid configuration")
}

fn no_io_call(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");
    let mut group = c.benchmark_group("describe_node_no_io");

    let client = client_answering(TWO_NODES);
    let template: DescribeNodeRequest = serde_json::from_str(REQUEST).expect("fixture");
    group.bench_function("contract", |b| {
        b.iter(|| {
            let output = runtime
                .block_on(client.describe_node(black_box(&template).clone()))
                .expect("decodes");
            assert_eq!(output.total_count, Some(2));
            black_box(output)
        })
    });

    let client = client_answering(ONE_NODE);
    group.bench_function("one_filter", |b| {
        b.iter(|| {
            let request = DescribeNodeRequest::new()
                .filters([DescribeNodeFilter::instance_family(["SN3ne"])]);
            let output = runtime
                .block_on(client.describe_node(black_box(request)))
                .expect("decodes");
            black_box(output)
        })
    });
    group.finish();
}

criterion_group!(benches, no_io_call);
criterion_main!(benches);
