//! End to end against the emulator on 127.0.0.1: `client.describe_node(request)` with the
//! benchmark contract's request, signed, sent through the default transport
//! (`HyperTransport`), verified and answered by `ecm-emulator` (signature check on, one server
//! thread, in this process), and decoded.
//!
//! * `sequential`: one call at a time over one keep-alive connection;
//! * `concurrent_16`: 16 calls in flight at all times (16 tasks on the client's
//!   current-thread runtime, 16 pooled connections); time per call;
//! * `sequential_reqwest` (with the feature `reqwest`): as `sequential`, through
//!   `ReqwestTransport`;
//! * `sequential_bare_hyper`: as `sequential`, but the client's `Transport` is a bare
//!   `hyper::client::conn::http1` connection (no pool, no proxy or URL handling): the
//!   difference to `sequential` is what the default transport's pool, connector and body cap
//!   cost per call.
//!
//! Client and server share the machine's cores here; for the pinned single-core figure of
//! the budget, see `ecm-bench-client e2e` in BENCHMARKS.md.
//!
//! `cargo bench -p ecm-sdk --bench e2e [--features reqwest] -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ecm_emulator::{Emulator, EmulatorConfig};
use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::transport::{HttpRequest, Transport, TransportError, TransportFuture, http};
use ecm_sdk::{Client, Credentials};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;

const REQUEST: &str = include_str!("../../bench-client/fixtures/describe_node_request.json");
const SECRET_ID: &str = "AKIDbenchbenchbenchbenchbenchbench12";
const SECRET_KEY: &str = "benchbenchbenchbenchbenchbench12";
const CONCURRENCY: u64 = 16;

/// One HTTP/1.1 keep-alive connection driven by hyper directly: the leanest transport
/// the `Transport` seam allows, for comparison with the default one.
#[derive(Debug)]
struct BareHyper {
    sender: tokio::sync::Mutex<SendRequest<Full<ecm_sdk::transport::Bytes>>>,
}

impl BareHyper {
    async fn connect(address: std::net::SocketAddr) -> BareHyper {
        let stream = tokio::net::TcpStream::connect(address)
            .await
            .expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .expect("handshake");
        tokio::spawn(connection);
        BareHyper {
            sender: tokio::sync::Mutex::new(sender),
        }
    }
}

impl Transport for BareHyper {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            let failed = |error: hyper::Error| TransportError::io("bare hyper").with_source(error);
            let (mut parts, body) = request.into_parts();
            parts.uri = http::Uri::from_static("/");
            let mut sender = self.sender.lock().await;
            let response = sender
                .send_request(http::Request::from_parts(parts, Full::new(body)))
                .await
                .map_err(failed)?;
            let (parts, body) = response.into_parts();
            let body = body.collect().await.map_err(failed)?.to_bytes();
            Ok(http::Response::from_parts(parts, body))
        })
    }
}

fn e2e(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    // The emulator runs on its own thread; journal off, as in the binary.
    let emulator = runtime
        .block_on(Emulator::start(
            EmulatorConfig::new()
                .credentials(SECRET_ID, SECRET_KEY)
                .worker_threads(1)
                .journal_capacity(0),
        ))
        .expect("emulator");
    let client = Client::builder()
        .credentials(Credentials::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(emulator.url())
        .build()
        .expect("valid configuration");
    let template: Arc<DescribeNodeRequest> =
        Arc::new(serde_json::from_str(REQUEST).expect("fixture"));

    let mut group = c.benchmark_group("e2e_emulator");
    group.throughput(Throughput::Elements(1));
    group.bench_function("sequential", |b| {
        b.iter(|| {
            let output = runtime
                .block_on(client.describe_node(template.as_ref().clone()))
                .expect("call succeeds");
            assert_eq!(output.total_count, Some(2));
            black_box(output)
        })
    });
    #[cfg(feature = "reqwest")]
    {
        let reqwest = Client::builder()
            .credentials(Credentials::new(SECRET_ID, SECRET_KEY))
            .region("ap-guangzhou")
            .endpoint(emulator.url())
            .transport(
                ecm_sdk::transport::ReqwestTransport::new(
                    std::time::Duration::from_secs(5),
                    10 << 20,
                )
                .expect("reqwest transport"),
            )
            .build()
            .expect("valid configuration");
        group.bench_function("sequential_reqwest", |b| {
            b.iter(|| {
                let output = runtime
                    .block_on(reqwest.describe_node(template.as_ref().clone()))
                    .expect("call succeeds");
                assert_eq!(output.total_count, Some(2));
                black_box(output)
            })
        });
    }
    let bare = Client::builder()
        .credentials(Credentials::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(emulator.url())
        .transport(runtime.block_on(BareHyper::connect(emulator.address())))
        .build()
        .expect("valid configuration");
    group.bench_function("sequential_bare_hyper", |b| {
        b.iter(|| {
            let output = runtime
                .block_on(bare.describe_node(template.as_ref().clone()))
                .expect("call succeeds");
            assert_eq!(output.total_count, Some(2));
            black_box(output)
        })
    });
    group.bench_function("concurrent_16", |b| {
        b.iter_custom(|iterations| {
            let remaining = Arc::new(AtomicU64::new(iterations));
            let started = Instant::now();
            runtime.block_on(async {
                let workers: Vec<_> = (0..CONCURRENCY)
                    .map(|_| {
                        let (client, template, remaining) =
                            (client.clone(), template.clone(), remaining.clone());
                        tokio::spawn(async move {
                            while remaining
                                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                                    n.checked_sub(1)
                                })
                                .is_ok()
                            {
                                let output = client
                                    .describe_node(template.as_ref().clone())
                                    .await
                                    .expect("call succeeds");
                                assert_eq!(output.total_count, Some(2));
                            }
                        })
                    })
                    .collect();
                for worker in workers {
                    worker.await.expect("worker");
                }
            });
            started.elapsed()
        })
    });
    group.finish();
    runtime.block_on(emulator.shutdown());
}

criterion_group!(benches, e2e);
criterion_main!(benches);
