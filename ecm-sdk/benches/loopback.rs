//! Sequential calls over a keep-alive connection to a minimal HTTP/1.1 server on
//! 127.0.0.1 (its own thread and runtime) that answers every request with the same canned
//! bytes: the full client path including the default transport, with as little server work
//! as possible (compare `e2e`, where the emulator verifies and validates every request). The
//! request and answer are the benchmark contract's (five `Filters`; two nodes).
//!
//! With the feature `reqwest`, `describe_node_keep_alive_reqwest` is the same through
//! `ReqwestTransport`.
//!
//! `cargo bench -p ecm-sdk --bench loopback [--features reqwest] -- --warm-up-time 1 --measurement-time 3`;
//! results in BENCHMARKS.md at the repository root.

use std::hint::black_box;
use std::net::SocketAddr;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::{Client, Credentials};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const BODY: &str = include_str!("../../bench-client/fixtures/describe_node_response.json");
const REQUEST: &str = include_str!("../../bench-client/fixtures/describe_node_request.json");

/// Serves every request on a connection with the same response, until the process ends.
fn start_server() -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            sender
                .send(listener.local_addr().expect("addr"))
                .expect("send");
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
                BODY.trim_end().len(),
                BODY.trim_end()
            );
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                let response = response.clone();
                tokio::spawn(async move {
                    let mut buffer = Vec::with_capacity(8192);
                    let mut chunk = [0u8; 8192];
                    loop {
                        // One request: headers, then Content-Length bytes of body.
                        let complete = loop {
                            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                                let head =
                                    String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
                                let length: usize = head
                                    .lines()
                                    .find_map(|line| line.strip_prefix("content-length:"))
                                    .map_or(0, |value| value.trim().parse().unwrap_or(0));
                                if buffer.len() >= end + 4 + length {
                                    break end + 4 + length;
                                }
                            }
                            match stream.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(read) => buffer.extend_from_slice(&chunk[..read]),
                            }
                        };
                        buffer.drain(..complete);
                        if stream.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
    });
    receiver.recv().expect("server address")
}

fn keep_alive_loop(c: &mut Criterion) {
    let address = start_server();
    let client = Client::builder()
        .credentials(Credentials::new(
            "AKIDbenchmark000000000000000000000000",
            "benchmark-secret-key-000000000000",
        ))
        .region("ap-guangzhou")
        .endpoint(format!("http://{address}"))
        .build()
        .expect("valid configuration");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");

    let template: DescribeNodeRequest = serde_json::from_str(REQUEST).expect("fixture");
    let mut group = c.benchmark_group("loopback");
    group.throughput(Throughput::Elements(1));
    group.bench_function("describe_node_keep_alive", |b| {
        b.iter(|| {
            let output = runtime
                .block_on(client.describe_node(black_box(&template).clone()))
                .expect("call succeeds");
            assert_eq!(output.total_count, Some(2));
            black_box(output)
        })
    });
    #[cfg(feature = "reqwest")]
    {
        let reqwest = Client::builder()
            .credentials(Credentials::new(
                "AKIDbenchmark000000000000000000000000",
                "benchmark-secret-key-000000000000",
            ))
            .region("ap-guangzhou")
            .endpoint(format!("http://{address}"))
            .transport(
                ecm_sdk::transport::ReqwestTransport::new(
                    std::time::Duration::from_secs(5),
                    10 << 20,
                )
                .expect("reqwest transport"),
            )
            .build()
            .expect("valid configuration");
        group.bench_function("describe_node_keep_alive_reqwest", |b| {
            b.iter(|| {
                let output = runtime
                    .block_on(reqwest.describe_node(black_box(&template).clone()))
                    .expect("call succeeds");
                assert_eq!(output.total_count, Some(2));
                black_box(output)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, keep_alive_loop);
criterion_main!(benches);
