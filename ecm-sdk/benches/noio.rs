//! The whole client call without a socket: build the request, validate, serialise, sign
//! (TC3-HMAC-SHA256), go through the retry loop and the replay transport, and decode a
//! small response — `DescribeNode` with one node, from the documented example.
//!
//! Run with `cargo bench -p ecm-sdk --bench noio`; the result is recorded in the crate
//! README (budget: ≤ 12 µs per call).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::transport::{Bytes, ReplayTransport, http};
use ecm_sdk::types::Filter;
use ecm_sdk::{Client, Credentials};

const RESPONSE: &str = r#"{"Response":{"RequestId":"187c16d5-1f53-4e88-b684-077f0c7123b2","NodeSet":[{"ZoneInfo":{"ZoneId":10110001,"ZoneName":"Hangzhou Zone 1","Zone":"ap-hangzhou-ecm-1"},"Country":{"CountryId":"china","CountryName":"China"},"Area":{"AreaId":"china-east","AreaName":"East China"},"Province":{"ProvinceId":"china-east-zhejiang","ProvinceName":"Zhejiang"},"City":{"CityId":"china-east-zhejiang-hangzhou","CityName":"Hangzhou"},"RegionInfo":{"RegionId":1011,"Region":"ap-hangzhou-ecm","RegionName":"Hangzhou"},"ISPSet":[{"ISPId":"CMCC","ISPName":"China Mobile"},{"ISPId":"CUCC","ISPName":"China Unicom"},{"ISPId":"CTCC","ISPName":"China Telecom"}],"ISPNum":3}],"TotalCount":1}}"#;

fn no_io_call(c: &mut Criterion) {
    let body = Bytes::from_static(RESPONSE.as_bytes());
    let transport = ReplayTransport::from_fn(move |_| {
        let mut response = http::Response::new(body.clone());
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        Ok(response)
    })
    .without_recording();
    let client = Client::builder()
        .credentials(Credentials::new(
            "AKIDbenchmark000000000000000000000000",
            "benchmark-secret-key-000000000000",
        ))
        .region("ap-guangzhou")
        .transport(transport)
        .build()
        .expect("valid configuration");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");

    c.bench_function("describe_node_no_io", |b| {
        b.iter(|| {
            let request = DescribeNodeRequest::new()
                .filters([Filter::new().name("InstanceFamily").values(["SN3ne"])]);
            let output = runtime
                .block_on(client.describe_node(black_box(request)))
                .expect("decodes");
            black_box(output)
        })
    });
}

criterion_group!(benches, no_io_call);
criterion_main!(benches);
