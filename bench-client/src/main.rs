//! `ecm-bench-client MODE URL COUNT [REPS]` — see the library documentation for the
//! contract.
#![forbid(unsafe_code)]

use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ecm_bench_client::args::{self, Invocation, Mode};
use ecm_bench_client::fixture;
use ecm_bench_client::measure::{CpuClock, peak_rss_kb};
use ecm_bench_client::modes::{self, RequestSigner};
use ecm_bench_client::raw::RawLoop;
use ecm_bench_client::report::{self, Rep};
use ecm_sdk::actions::DescribeNodeRequest;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let invocation = match args::parse(&arguments) {
        Ok(invocation) => invocation,
        Err(error) => {
            eprintln!("ecm-bench-client: {error}");
            return ExitCode::from(error.exit_code());
        }
    };
    match run(&invocation) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("ecm-bench-client: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(invocation: &Invocation) -> Result<String, String> {
    let fixtures_dir = std::env::var_os("ECM_BENCH_FIXTURES").map(PathBuf::from);
    let (json, _) = fixture::read_request_json(fixtures_dir.as_deref())?;
    let request = fixture::parse_request(&json)?;
    let fixed_timestamp = match std::env::var("ECM_BENCH_SIGN_TIMESTAMP") {
        Ok(text) => Some(text.parse::<u64>().map_err(|_| {
            format!("ECM_BENCH_SIGN_TIMESTAMP `{text}` is not a Unix time in seconds")
        })?),
        Err(_) => None,
    };

    let reps = match invocation.mode {
        Mode::Sign => {
            let signer = RequestSigner::new(request);
            let mut last = String::new();
            let reps = repeat(invocation, |count| {
                for _ in 0..count {
                    let timestamp = fixed_timestamp.unwrap_or_else(unix_now);
                    last = black_box(signer.tc3_authorization(black_box(timestamp))?);
                }
                Ok(())
            })?;
            if fixed_timestamp.is_some() {
                eprintln!("authorization: {last}");
            }
            reps
        }
        Mode::SignV1 => {
            let signer = RequestSigner::new(request);
            let mut last = String::new();
            let mut nonce: u64 = 0;
            let reps = repeat(invocation, |count| {
                for _ in 0..count {
                    let timestamp = fixed_timestamp.unwrap_or_else(unix_now);
                    // A fixed nonce with a fixed timestamp (reproducible), else a new one.
                    nonce = if fixed_timestamp.is_some() {
                        11_886
                    } else {
                        nonce % u64::from(u32::MAX) + 1
                    };
                    last = black_box(signer.v1_form(black_box(timestamp), nonce)?);
                }
                Ok(())
            })?;
            if fixed_timestamp.is_some() {
                eprintln!("v1-params: {last}");
            }
            reps
        }
        Mode::NoIo => {
            let client = modes::noio_client(&invocation.endpoint())?;
            run_calls(invocation, &client, &request, false)?
        }
        Mode::E2e => {
            let client = modes::e2e_client(&invocation.endpoint())?;
            run_calls(invocation, &client, &request, true)?
        }
        Mode::E2eRaw => {
            let signer = RequestSigner::new(request);
            let mut raw = RawLoop::connect(invocation.address, &signer, unix_now())?;
            repeat(invocation, |count| {
                for _ in 0..count {
                    raw.call()?;
                }
                Ok(())
            })?
        }
    };
    let maxrss_kb = peak_rss_kb().unwrap_or(0);
    Ok(report::json_line(
        invocation.mode,
        invocation.count,
        &reps,
        maxrss_kb,
    ))
}

/// Client calls on a current-thread runtime (the I/O driver only for `e2e`), each
/// repetition one `block_on` of a strictly sequential loop.
fn run_calls(
    invocation: &Invocation,
    client: &ecm_sdk::Client,
    request: &DescribeNodeRequest,
    io: bool,
) -> Result<Vec<Rep>, String> {
    let mut builder = tokio::runtime::Builder::new_current_thread();
    builder.enable_time();
    if io {
        builder.enable_io();
    }
    let runtime = builder
        .build()
        .map_err(|error| format!("cannot start the runtime: {error}"))?;
    repeat(invocation, |count| {
        runtime.block_on(async {
            for _ in 0..count {
                modes::describe_node(client, request).await?;
            }
            Ok(())
        })
    })
}

/// Warm-up (`COUNT` unrecorded operations when `COUNT` > 1), then `REPS` measured
/// repetitions of `COUNT` operations.
fn repeat(
    invocation: &Invocation,
    mut operations: impl FnMut(u64) -> Result<(), String>,
) -> Result<Vec<Rep>, String> {
    let clock = CpuClock::new();
    if invocation.count > 1 {
        operations(invocation.count)?;
    }
    let mut reps = Vec::with_capacity(invocation.reps as usize);
    for _ in 0..invocation.reps {
        let cpu_before = clock.now();
        let started = Instant::now();
        operations(invocation.count)?;
        let wall = started.elapsed();
        let cpu = match (cpu_before, clock.now()) {
            (Some(before), Some(after)) => after.saturating_sub(before),
            _ => Duration::ZERO,
        };
        reps.push(Rep { wall, cpu });
    }
    Ok(reps)
}

/// Now, in Unix seconds (0 for a clock set before 1970).
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}
