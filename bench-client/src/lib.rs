//! `ecm-bench-client`: the ecm-sdk side of the cross-SDK benchmark harness.
//!
//! ```text
//! ecm-bench-client MODE URL COUNT [REPS]
//! ```
//!
//! | `MODE` | one operation |
//! |---|---|
//! | `sign` | serialise the typed `DescribeNode` request to JSON and compute its TC3-HMAC-SHA256 `Authorization` (host `ecm.tencentcloudapi.com`) |
//! | `sign-v1` | flatten the typed request into `Filters.0.Name=…` parameters (the SDK's encoder) and sign them with HmacSHA256 (v1, POST form) |
//! | `noio` | the full `client.describe_node(request)` call over a replay transport answering the documented example output: build, validate, serialise, sign, retry loop, decode |
//! | `e2e` | the full `client.describe_node(request)` call against `URL`, strictly sequential, one keep-alive connection, the response read and decoded |
//! | `e2e-raw` | the baseline, no SDK: the same request, TC3-signed once at start-up, written as fixed bytes over one blocking keep-alive `std::net::TcpStream`; the response read by `Content-Length` and checked for `"TotalCount":2` (see [`raw`]) |
//!
//! Any other mode exits with status 3; bad arguments and a `URL` that is not a loopback IP
//! address (`http://127.x.y.z:PORT/`, `http://[::1]:PORT/`) exit with status 2; a failed
//! operation (an error, or a decoded `TotalCount` other than 2) exits with status 1.
//!
//! The request is `DescribeNode` (version 2019-07-19, region `ap-guangzhou`) with the
//! `Filters` of `$ECM_BENCH_FIXTURES/describe_node_request.json` when that variable is set,
//! otherwise of the vendored `bench-client/fixtures/describe_node_request.json` (compiled in,
//! so the working directory does not matter). It is parsed once into the
//! typed [`DescribeNodeRequest`](ecm_sdk::actions::DescribeNodeRequest); every operation
//! then starts from that value (the client modes clone it, as building it costs). The
//! credentials are the contract's fixed benchmark pair. The `e2e` client is configured as a
//! user would configure it (default retries and timeouts), with `URL` as its endpoint.
//!
//! With `COUNT` > 1, `COUNT` unrecorded operations run first as warm-up; with `COUNT` = 1
//! none (a cold start). Then `REPS` (default 3) recorded repetitions of `COUNT` operations.
//! The last line of standard output is one JSON object:
//!
//! ```text
//! {"peer":"rust-sdk","mode":"e2e","count":2000,"reps":[ops_per_s,…],"cpu_us_per_op":[…],"maxrss_kb":N}
//! ```
//!
//! # How CPU time and memory are measured
//!
//! The contract asks for `getrusage(RUSAGE_SELF)` semantics: user + system CPU time of every
//! thread of the process, and the peak resident set. This crate forbids `unsafe` and calls
//! no libc, so it reads the same kernel counters from `/proc` (see [`measure`]):
//!
//! * CPU time: the sum over `/proc/self/task/*/schedstat` of the first field (nanoseconds
//!   on the CPU, user + system), which is what `getrusage` reports at nanosecond precision
//!   for live threads; cross-checked against `utime + stime` of `/proc/self/stat` (all
//!   threads including exited ones, in clock ticks of `AT_CLKTCK` from `/proc/self/auxv`,
//!   usually 100/s), which wins if it is larger, i.e. when threads that have exited used CPU.
//! * Peak RSS: `VmHWM` of `/proc/self/status`, in kB — the value of `ru_maxrss`.
//!
//! Setting `ECM_BENCH_SIGN_TIMESTAMP=SECONDS` makes `sign` and `sign-v1` sign at that fixed
//! Unix time and print the last result on standard error (`authorization: …` or
//! `v1-params: …`), for golden checks.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod args;
pub mod fixture;
pub mod measure;
pub mod modes;
pub mod raw;
pub mod report;
