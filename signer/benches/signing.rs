//! Signing benchmarks. Budgets (2-core CI machine, median): warm TC3 over a
//! ~1 KiB JSON body ≤ 1.5 µs; v1 HmacSHA256 over ~10 parameters ≤ 3 µs.
//!
//! cargo bench -p tencentcloud-signer --bench signing -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, SignatureMethod, Tc3Params, Tc3Request, V1Params, V1Request,
    Verifier, sign_tc3, sign_v1,
};

/// The benchmark contract's body: 957 bytes of compact JSON.
const BODY: &[u8] = include_bytes!("../tests/fixtures/describe_node_request.compact.json");
const HOST: &str = "ecm.tencentcloudapi.com";
const T: u64 = 1_700_000_000;

/// SHA-256 with the backend signing uses (`ring` wins when both features are on).
#[cfg(feature = "ring")]
fn sha256(bytes: &[u8]) -> impl AsRef<[u8]> {
    ring::digest::digest(&ring::digest::SHA256, bytes)
}

/// SHA-256 with the backend signing uses.
#[cfg(not(feature = "ring"))]
fn sha256(bytes: &[u8]) -> impl AsRef<[u8]> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
}

fn credentials() -> Credentials {
    Credentials::new(
        "AKIDbenchbenchbenchbenchbenchbench12",
        "benchbenchbenchbenchbenchbench12",
    )
}

fn sign_once(credentials: &Credentials, timestamp: u64) -> usize {
    let request = Tc3Request::post_json(HOST, black_box(BODY));
    let params =
        Tc3Params::new("ecm", "DescribeNode", "2019-07-19", timestamp).with_region("ap-guangzhou");
    let signed = sign_tc3(&request, &params, credentials).unwrap();
    signed.authorization().len()
}

fn tc3(c: &mut Criterion) {
    let credentials = credentials();
    c.bench_function("tc3/sha256_of_body_only", |b| {
        b.iter(|| sha256(black_box(BODY)))
    });
    c.bench_function("tc3/post_json_957B/warm_key", |b| {
        b.iter(|| sign_once(&credentials, black_box(T)))
    });
    // A new UTC date every iteration: the derived key is recomputed each time.
    c.bench_function("tc3/post_json_957B/cold_key", |b| {
        let mut timestamp = T;
        b.iter(|| {
            timestamp += 86_400;
            sign_once(&credentials, black_box(timestamp))
        })
    });
    // Two threads signing with one shared Credentials (one cache slot behind
    // a Mutex): per-signature time as seen by each thread.
    c.bench_function("tc3/post_json_957B/warm_key_2_threads_shared", |b| {
        let shared = Arc::new(credentials.clone());
        b.iter_custom(|iters| {
            let start = Instant::now();
            let workers: Vec<_> = (0..2)
                .map(|_| {
                    let shared = Arc::clone(&shared);
                    thread::spawn(move || {
                        for _ in 0..iters {
                            black_box(sign_once(&shared, black_box(T)));
                        }
                    })
                })
                .collect();
            for worker in workers {
                worker.join().unwrap();
            }
            start.elapsed()
        })
    });

    // The same with one Credentials per thread (no shared slot): the
    // difference to the previous line is the cost of sharing the cache.
    c.bench_function("tc3/post_json_957B/warm_key_2_threads_separate", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            let workers: Vec<_> = (0..2)
                .map(|_| {
                    let own = credentials.clone();
                    thread::spawn(move || {
                        for _ in 0..iters {
                            black_box(sign_once(&own, black_box(T)));
                        }
                    })
                })
                .collect();
            for worker in workers {
                worker.join().unwrap();
            }
            start.elapsed()
        })
    });

    let query = "Limit=20&Offset=0&Filters.0.Name=zone&Filters.0.Values.0=ap-guangzhou-ecm-1";
    c.bench_function("tc3/get_query/warm_key", |b| {
        b.iter(|| {
            let request = Tc3Request::get(HOST, black_box(query));
            let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", T);
            sign_tc3(&request, &params, &credentials)
                .unwrap()
                .authorization()
                .len()
        })
    });

    let request = Tc3Request::post_json(HOST, BODY);
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", T).with_region("ap-guangzhou");
    let signed = sign_tc3(&request, &params, &credentials).unwrap();
    let mut headers = vec![("Host", HOST), ("Content-Type", "application/json")];
    headers.extend(signed.headers());
    let verifier = Verifier::new(credentials.clone(), "ecm");
    c.bench_function("tc3/verify_post_json_957B/warm_key", |b| {
        b.iter(|| {
            let received = ReceivedTc3Request::new("POST", &headers, black_box(BODY));
            verifier
                .verify_tc3(&received, black_box(T))
                .unwrap()
                .timestamp
        })
    });
}

/// 4 action parameters + Action, Version, Region, Nonce, Timestamp, SecretId
/// (+ SignatureMethod for HmacSHA256): 10-11 signed parameters.
const V1_PARAMS: [(&str, &str); 4] = [
    ("InstanceIds.0", "ein-09dx96dg"),
    ("Limit", "20"),
    ("Offset", "0"),
    ("Filters.0.Name", "zone"),
];

fn v1(c: &mut Criterion) {
    let credentials = credentials();
    for (name, method) in [
        ("v1/hmac_sha256/11_params", SignatureMethod::HmacSha256),
        ("v1/hmac_sha1/10_params", SignatureMethod::HmacSha1),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                let request = V1Request::get(HOST, black_box(&V1_PARAMS));
                let common = V1Params::new("DescribeInstances", "2019-07-19", T, 11_886)
                    .with_region("ap-guangzhou")
                    .with_signature_method(method);
                sign_v1(&request, &common, &credentials)
                    .unwrap()
                    .into_encoded_params()
                    .len()
            })
        });
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = tc3, v1
}
criterion_main!(benches);
