//! Benchmark of the stateful model (figures in the crate README; not a test).
//!
//! 1. DescribeInstances with a filter and `Limit=100` over 10,000 instances: latency of
//!    sequential requests on one keep-alive connection.
//! 2. Requests per second with 1,000 instances in state, the server on one worker thread
//!    (one core): `--connections` closed-loop clients send DescribeInstances (a filter, the
//!    default Limit 20) for `--seconds`.
//!
//! ```text
//! cargo run --release -p ecm-emulator --example state_bench
//! cargo run --release -p ecm-emulator --example state_bench -- --seconds 5 --connections 16
//! ```

use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ecm_emulator::{
    DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, Emulator, EmulatorConfig, EmulatorHandle,
};
use serde_json::{Value, json};
use tencentcloud_signer::{Credentials, Tc3Params, Tc3Request, sign_tc3};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A signed TC3 POST of `action` with `params`, as bytes on the wire.
fn signed(address: SocketAddr, action: &str, params: &Value) -> Vec<u8> {
    let host = address.to_string();
    let body = params.to_string();
    let credentials = Credentials::new(DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let tc3 = Tc3Params::new("ecm", action, "2019-07-19", now);
    let signature = sign_tc3(
        &Tc3Request::post_json(&host, body.as_bytes()),
        &tc3,
        &credentials,
    )
    .expect("signs");
    let mut text = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in signature.headers() {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    bytes
}

/// Sends a request on a keep-alive connection and reads the answer's body.
async fn exchange(stream: &mut TcpStream, request: &[u8], buffer: &mut Vec<u8>) -> Vec<u8> {
    stream.write_all(request).await.expect("writes");
    buffer.clear();
    let mut chunk = [0u8; 64 * 1024];
    loop {
        if let Some(end) = find(buffer, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .map(|v| v.trim().parse().expect("a length"))
                .expect("answers have a Content-Length");
            while buffer.len() < end + 4 + length {
                let n = stream.read(&mut chunk).await.expect("reads");
                assert!(n > 0, "connection closed");
                buffer.extend_from_slice(&chunk[..n]);
            }
            return buffer[end + 4..end + 4 + length].to_vec();
        }
        let n = stream.read(&mut chunk).await.expect("reads");
        assert!(n > 0, "connection closed");
        buffer.extend_from_slice(&chunk[..n]);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

async fn start() -> EmulatorHandle {
    Emulator::start(
        EmulatorConfig::new()
            .worker_threads(1)
            .journal_capacity(0)
            .transition_delay(Duration::ZERO),
    )
    .await
    .expect("emulator starts")
}

/// Creates `count` instances, half named `web-…`, half `db-…`, 100 per request.
async fn seed(address: SocketAddr, count: usize) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let mut buffer = Vec::new();
    for batch in 0..count / 100 {
        let name = if batch % 2 == 0 { "web-" } else { "db-" };
        let request = signed(
            address,
            "RunInstances",
            &json!({"InstanceName": name,
                    "ZoneInstanceCountISPSet": [{"Zone": "ap-hangzhou-ecm-1", "InstanceCount": 100, "ISP": "CMCC"}]}),
        );
        let body = exchange(&mut stream, &request, &mut buffer).await;
        assert!(
            !body.windows(7).any(|w| w == b"\"Error\""),
            "{}",
            String::from_utf8_lossy(&body)
        );
    }
}

fn describe(address: SocketAddr, limit: Option<u64>) -> Vec<u8> {
    let mut params = json!({"Filters": [{"Name": "instance-name", "Values": ["db-"]}]});
    if let Some(limit) = limit {
        params["Limit"] = json!(limit);
    }
    signed(address, "DescribeInstances", &params)
}

async fn filtered_latency(iterations: usize) {
    let emulator = start().await;
    let address = emulator.address();
    let started = Instant::now();
    seed(address, 10_000).await;
    println!("seeded 10,000 instances in {:.2?}", started.elapsed());
    let request = describe(address, Some(100));
    let mut stream = TcpStream::connect(address).await.unwrap();
    let mut buffer = Vec::new();
    let first = exchange(&mut stream, &request, &mut buffer).await;
    let answer: Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(answer["Response"]["TotalCount"], 5000);
    assert_eq!(
        answer["Response"]["InstanceSet"].as_array().unwrap().len(),
        100
    );
    let mut times = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let at = Instant::now();
        exchange(&mut stream, &request, &mut buffer).await;
        times.push(at.elapsed());
    }
    times.sort();
    let mean = times.iter().sum::<Duration>() / iterations as u32;
    println!(
        "DescribeInstances, filter instance-name=db- (5,000 of 10,000 match), Limit=100, {} B answer: \
         mean {mean:.2?}, p50 {:.2?}, p99 {:.2?} over {iterations} requests",
        first.len(),
        times[iterations / 2],
        times[iterations * 99 / 100]
    );
}

async fn throughput(connections: usize, seconds: u64) {
    let emulator = start().await;
    let address = emulator.address();
    seed(address, 1_000).await;
    let request = describe(address, None);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let tasks: Vec<_> = (0..connections)
        .map(|_| {
            let request = request.clone();
            tokio::spawn(async move {
                let mut stream = TcpStream::connect(address).await.unwrap();
                let mut buffer = Vec::new();
                let mut done = 0u64;
                while Instant::now() < deadline {
                    exchange(&mut stream, &request, &mut buffer).await;
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for task in tasks {
        total += task.await.unwrap();
    }
    println!(
        "1,000 instances, server on 1 worker thread, {connections} connections, DescribeInstances \
         (filter, Limit 20): {total} requests in {seconds} s = {:.0} requests/s",
        total as f64 / seconds as f64
    );
}

fn main() {
    let mut seconds = 5;
    let mut connections = 16;
    let mut iterations = 200;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value: u64 = args
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{flag} needs a number"));
        match flag.as_str() {
            "--seconds" => seconds = value.clamp(1, 60),
            "--connections" => connections = value.clamp(1, 256) as usize,
            "--iterations" => iterations = value.clamp(10, 10_000) as usize,
            other => panic!("unknown option {other}"),
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        filtered_latency(iterations).await;
        throughput(connections, seconds).await;
    });
}
