//! The derived-key cache is shared safely between threads and never returns
//! a key for the wrong (date, service).

use std::sync::Arc;
use std::thread;

use tencentcloud_signer::{Credentials, Tc3Params, Tc3Request, sign_tc3};

const ID: &str = "AKIDcachecachecachecachecachecache1";
const KEY: &str = "cacheSecretKeycacheSecretKey0123";
const BODY: &[u8] = br#"{"Limit":1}"#;

/// Three UTC dates (two of them a second apart across midnight) and two
/// services.
const CASES: [(u64, &str); 6] = [
    (1_700_000_000, "ecm"),
    (1_700_000_000, "cvm"),
    (1_700_006_399, "ecm"), // 2023-11-14T23:59:59Z
    (1_700_006_400, "ecm"), // 2023-11-15T00:00:00Z
    (1_700_006_400, "cvm"),
    (1_700_100_000, "ecm"),
];

/// The signature computed with fresh credentials, i.e. a cold cache.
fn cold(timestamp: u64, service: &str) -> String {
    let credentials = Credentials::new(ID, KEY);
    sign(&credentials, timestamp, service)
}

fn sign(credentials: &Credentials, timestamp: u64, service: &str) -> String {
    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", BODY);
    let params = Tc3Params::new(service, "DescribeNode", "2019-07-19", timestamp);
    sign_tc3(&request, &params, credentials)
        .unwrap()
        .authorization()
        .to_owned()
}

#[test]
fn alternating_dates_and_services_on_one_credential() {
    let expected: Vec<String> = CASES.iter().map(|(t, s)| cold(*t, s)).collect();
    assert_eq!(
        expected.len(),
        expected
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        "every case signs differently"
    );
    let credentials = Credentials::new(ID, KEY);
    for round in 0..3 {
        for (i, (timestamp, service)) in CASES.iter().enumerate() {
            assert_eq!(
                sign(&credentials, *timestamp, service),
                expected[i],
                "round {round}"
            );
        }
    }
}

#[test]
fn concurrent_signers_share_one_credential() {
    let expected: Arc<Vec<String>> = Arc::new(CASES.iter().map(|(t, s)| cold(*t, s)).collect());
    let credentials = Arc::new(Credentials::new(ID, KEY));
    let workers: Vec<_> = (0..4)
        .map(|worker| {
            let credentials = Arc::clone(&credentials);
            let expected = Arc::clone(&expected);
            thread::spawn(move || {
                for i in 0..300 {
                    // Workers mostly stay on one case (warm) and sometimes
                    // switch (evicting each other's slot).
                    let case = if i % 7 == 0 {
                        (i + worker) % CASES.len()
                    } else {
                        worker
                    };
                    let (timestamp, service) = CASES[case];
                    assert_eq!(sign(&credentials, timestamp, service), expected[case]);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("worker panicked");
    }
}

#[test]
fn shareable_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Credentials>();
    assert_send_sync::<tencentcloud_signer::Verifier<Vec<Credentials>>>();
    assert_send_sync::<tencentcloud_signer::Tc3Signature<'static>>();
    assert_send_sync::<tencentcloud_signer::VerifyError>();
    assert_send_sync::<tencentcloud_signer::SigningError>();
}
