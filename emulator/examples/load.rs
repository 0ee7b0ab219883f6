//! A small closed-loop load generator for the emulator.
//!
//! Each of `--connections` keep-alive connections sends one pre-signed TC3 `DescribeNode`
//! request, waits for the answer, and repeats, for `--seconds`. It then prints throughput,
//! latency percentiles and, with `--pid`, the server's resident memory from `/proc`.
//!
//! ```text
//! # In-process emulator (embedded spec), 64 connections, 10 s:
//! cargo run --release -p ecm-emulator --example load
//! # Against the binary, 1,000 connections:
//! ecm-emulator --listen 127.0.0.1:8700 --max-seconds 60 &
//! cargo run --release -p ecm-emulator --example load -- \
//!     --address 127.0.0.1:8700 --pid $! --connections 1000
//! ```
//!
//! `--stalled N` also opens N connections that send half a request head and then nothing, as a
//! slowloris client would, for the whole run. It only ever connects to loopback addresses.

use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ecm_emulator::{DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, Emulator, EmulatorConfig};
use tencentcloud_signer::{Credentials, Tc3Params, Tc3Request, sign_tc3};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const MAX_SECONDS: u64 = 120;

struct Options {
    address: Option<SocketAddr>,
    pid: Option<u32>,
    connections: usize,
    seconds: u64,
    workers: usize,
    server_workers: usize,
    stalled: usize,
    journal: usize,
}

fn parse() -> Result<Options, String> {
    let mut options = Options {
        address: None,
        pid: None,
        connections: 64,
        seconds: 10,
        workers: 1,
        server_workers: 1,
        stalled: 0,
        journal: 0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--address" => {
                let address: SocketAddr =
                    value()?.parse().map_err(|e| format!("--address: {e}"))?;
                if !address.ip().is_loopback() {
                    return Err("--address must be a loopback address".to_owned());
                }
                options.address = Some(address);
            }
            "--pid" => options.pid = Some(value()?.parse().map_err(|e| format!("--pid: {e}"))?),
            "--connections" => {
                options.connections = value()?
                    .parse()
                    .map_err(|e| format!("--connections: {e}"))?;
            }
            "--seconds" => {
                options.seconds = value()?.parse().map_err(|e| format!("--seconds: {e}"))?;
                options.seconds = options.seconds.clamp(1, MAX_SECONDS);
            }
            "--client-workers" => {
                options.workers = value()?
                    .parse()
                    .map_err(|e| format!("--client-workers: {e}"))?;
            }
            "--journal" => {
                options.journal = value()?.parse().map_err(|e| format!("--journal: {e}"))?;
            }
            "--stalled" => {
                options.stalled = value()?.parse().map_err(|e| format!("--stalled: {e}"))?;
            }
            "--server-workers" => {
                options.server_workers = value()?
                    .parse()
                    .map_err(|e| format!("--server-workers: {e}"))?;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(options)
}

fn main() {
    let options = match parse() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("load: {message}");
            std::process::exit(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(options.workers.max(1))
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(options));
}

/// The request every connection sends, signed once (valid for five minutes).
fn signed_request(address: SocketAddr) -> Vec<u8> {
    let host = address.to_string();
    let body = br#"{"Filters":[{"Name":"InstanceFamily","Values":["SN3ne"]}]}"#;
    let credentials = Credentials::new(DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", now);
    let signature =
        sign_tc3(&Tc3Request::post_json(&host, body), &params, &credentials).expect("signs");
    let mut text = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in signature.headers() {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

async fn run(options: Options) {
    let (address, _emulator) = match options.address {
        Some(address) => (address, None),
        None => {
            let emulator = Emulator::start(
                EmulatorConfig::new()
                    .worker_threads(options.server_workers)
                    .journal_capacity(options.journal),
            )
            .await
            .expect("emulator starts");
            (emulator.address(), Some(emulator))
        }
    };
    let request = signed_request(address);
    // Slowloris-style clients: half a request head, then silence, held for the whole run.
    let mut stalled = Vec::with_capacity(options.stalled);
    for _ in 0..options.stalled {
        if let Ok(mut stream) = TcpStream::connect(address).await {
            let _ = stream
                .write_all(b"POST / HTTP/1.1\r\nHost: stalled\r\n")
                .await;
            stalled.push(stream);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(options.seconds);
    let mut tasks = Vec::with_capacity(options.connections);
    for _ in 0..options.connections {
        let request = request.clone();
        tasks.push(tokio::spawn(connection(address, request, deadline)));
    }
    let rss_during = match options.pid {
        Some(pid) => {
            tokio::time::sleep(Duration::from_secs(options.seconds) / 2).await;
            memory(pid)
        }
        None => None,
    };
    let mut latencies = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let (mut samples, failed) = task.await.expect("connection task");
        latencies.append(&mut samples);
        errors += failed;
    }
    latencies.sort_unstable();
    let count = latencies.len();
    let percentile = |p: f64| {
        latencies
            .get(((count as f64 * p) as usize).min(count.saturating_sub(1)))
            .map_or(0.0, |micros| f64::from(*micros) / 1000.0)
    };
    println!(
        "{} connections, {} s: {count} requests, {:.0} requests/s, {errors} errors; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        options.connections,
        options.seconds,
        count as f64 / options.seconds as f64,
        percentile(0.50),
        percentile(0.99),
        percentile(1.0),
    );
    if let Some((rss, peak)) = rss_during {
        println!("server memory under load: VmRSS {rss} kB, VmHWM {peak} kB");
    }
    if !stalled.is_empty() {
        println!("{} stalled connections held open", stalled.len());
    }
}

/// One keep-alive connection: send, read the whole answer, repeat until `deadline`.
/// Returns the latencies (µs) and the number of failed exchanges.
async fn connection(address: SocketAddr, request: Vec<u8>, deadline: Instant) -> (Vec<u32>, u64) {
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut buffer = vec![0u8; 16 * 1024];
    'reconnect: while Instant::now() < deadline {
        let Ok(mut stream) = TcpStream::connect(address).await else {
            errors += 1;
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        while Instant::now() < deadline {
            let started = Instant::now();
            if stream.write_all(&request).await.is_err() {
                errors += 1;
                continue 'reconnect;
            }
            match read_response(&mut stream, &mut buffer).await {
                Some(true) => {
                    latencies.push(started.elapsed().as_micros().min(u128::from(u32::MAX)) as u32);
                }
                Some(false) => errors += 1,
                None => {
                    errors += 1;
                    continue 'reconnect;
                }
            }
        }
    }
    (latencies, errors)
}

/// Reads one response; `Some(true)` for a 200 success answer, `Some(false)` for another
/// answer, `None` if the connection broke.
async fn read_response(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<bool> {
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            buffer.resize(buffer.len() * 2, 0);
        }
        let n = stream.read(&mut buffer[filled..]).await.ok()?;
        if n == 0 {
            return None;
        }
        filled += n;
        let Some(head_end) = find(&buffer[..filled], b"\r\n\r\n") else {
            continue;
        };
        let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
        let status_ok = head.starts_with("HTTP/1.1 200");
        let length: usize = head.lines().find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })?;
        let total = head_end + 4 + length;
        while filled < total {
            if total > buffer.len() {
                buffer.resize(total, 0);
            }
            let n = stream.read(&mut buffer[filled..]).await.ok()?;
            if n == 0 {
                return None;
            }
            filled += n;
        }
        let ok = status_ok && find(&buffer[head_end..total], b"\"Error\"").is_none();
        return Some(ok);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// VmRSS and VmHWM of a process, in kB.
fn memory(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status.lines().find_map(|line| {
            line.strip_prefix(name)?
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .ok()
        })
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}
