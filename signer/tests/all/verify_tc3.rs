//! TC3 verification: every documented way a request can fail, and which
//! error (and wire code) it fails with.

use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, Tc3Params, Tc3Request, Verified, Verifier, VerifyError,
    sign_tc3,
};

const ID: &str = "AKIDverifyverifyverifyverifyverify1";
const KEY: &str = "verifySecretKeyverifySecretKey01";
const HOST: &str = "ecm.tencentcloudapi.com";
const BODY: &[u8] = br#"{"Limit":20,"Offset":0}"#;
const T: u64 = 1_700_000_000;

/// A signed request as (header name, value) pairs the tests can tamper with.
struct Signed {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    query: String,
}

impl Signed {
    fn new(credentials: &Credentials, service: &str, timestamp: u64) -> Self {
        let query = "Limit=20";
        let request = Tc3Request::post_json(HOST, BODY).with_query(query);
        let params = Tc3Params::new(service, "DescribeNode", "2019-07-19", timestamp)
            .with_region("ap-guangzhou");
        let signed = sign_tc3(&request, &params, credentials).unwrap();
        let mut headers = vec![
            ("Host".to_owned(), HOST.to_owned()),
            ("Content-Type".to_owned(), "application/json".to_owned()),
        ];
        headers.extend(signed.headers().map(|(k, v)| (k.to_owned(), v.to_owned())));
        Self {
            headers,
            body: BODY.to_vec(),
            query: query.to_owned(),
        }
    }

    fn set(&mut self, name: &str, value: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
        self.headers.push((name.to_owned(), value.to_owned()));
    }

    fn remove(&mut self, name: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    }

    fn authorization(&self) -> String {
        self.headers
            .iter()
            .find(|(k, _)| k == "Authorization")
            .map(|(_, v)| v.clone())
            .unwrap()
    }

    fn verify_with(
        &self,
        verifier: &Verifier<Credentials>,
        now: u64,
    ) -> Result<Verified, VerifyError> {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let received =
            ReceivedTc3Request::new("POST", &headers, &self.body).with_query(&self.query);
        let result = verifier.verify_tc3(&received, now);
        if let Err(error) = &result {
            assert!(!error.message().contains(KEY));
            assert!(!format!("{error:?}").contains(KEY));
        }
        result
    }

    fn verify(&self, now: u64) -> Result<Verified, VerifyError> {
        self.verify_with(&verifier(), now)
    }
}

fn credentials() -> Credentials {
    Credentials::new(ID, KEY)
}

fn verifier() -> Verifier<Credentials> {
    Verifier::new(credentials(), "ecm")
}

#[track_caller]
fn assert_code(result: Result<Verified, VerifyError>, code: &str) -> VerifyError {
    let error = result.expect_err("verification should fail");
    assert_eq!(error.code(), code, "{error}");
    error
}

#[test]
fn a_correct_request_verifies_and_reports_what_it_verified() {
    let verified = Signed::new(&credentials(), "ecm", T).verify(T).unwrap();
    assert_eq!(verified.secret_id, ID);
    assert_eq!(verified.signature_method.as_str(), "TC3-HMAC-SHA256");
    assert_eq!(verified.timestamp, T);
    assert_eq!(verified.action.as_deref(), Some("DescribeNode"));
    assert_eq!(verified.version.as_deref(), Some("2019-07-19"));
    assert_eq!(verified.region.as_deref(), Some("ap-guangzhou"));
}

#[test]
fn header_names_are_case_insensitive() {
    let mut signed = Signed::new(&credentials(), "ecm", T);
    for (name, _) in &mut signed.headers {
        *name = name.to_ascii_lowercase();
    }
    signed.verify(T).unwrap();
}

#[test]
fn missing_authorization() {
    let mut signed = Signed::new(&credentials(), "ecm", T);
    signed.remove("Authorization");
    assert_code(signed.verify(T), "AuthFailure.InvalidAuthorization");
}

#[test]
fn malformed_authorization_variants() {
    let good = Signed::new(&credentials(), "ecm", T).authorization();
    let signature = &good[good.len() - 64..];
    let scope = format!("{ID}/2023-11-14/ecm/tc3_request");
    let variants = [
        String::new(),
        "TC3-HMAC-SHA256".to_owned(),
        good.replacen("TC3-HMAC-SHA256", "HMAC-SHA256", 1),
        good.replacen("TC3-HMAC-SHA256", "tc3-hmac-sha256", 1),
        format!("TC3-HMAC-SHA256 SignedHeaders=content-type;host, Signature={signature}"),
        format!("TC3-HMAC-SHA256 Credential={scope}, Signature={signature}"),
        format!("TC3-HMAC-SHA256 Credential={scope}, SignedHeaders=content-type;host"),
        format!("{good}, Signature={signature}"),
        format!("{good}, Foo=bar"),
        format!("{good}, garbage"),
        good.replace("/tc3_request", "/tc4_request"),
        good.replace(&format!("{ID}/"), ""),
        good.replace(&format!("{ID}/"), "/"),
        good.replace("/ecm/", "//"),
        good.replace("content-type;host", "host;content-type"),
        good.replace("content-type;host", "content-type"),
        good.replace("content-type;host", "host"),
        good.replace("content-type;host", "Content-Type;host"),
        good.replace("content-type;host", "content-type;;host"),
        good.replace("content-type;host", "content-type;content-type;host"),
        good.replace("content-type;host", "content-type;host;x-not-sent"),
        good.replace(signature, &signature[..63]),
        good.replace(signature, &format!("{signature}0")),
        good.replace(signature, &signature.to_ascii_uppercase()),
        good.replace(signature, &"g".repeat(64)),
    ];
    for variant in variants {
        let mut signed = Signed::new(&credentials(), "ecm", T);
        signed.set("Authorization", &variant);
        let error = assert_code(signed.verify(T), "AuthFailure.InvalidAuthorization");
        assert!(
            matches!(error, VerifyError::InvalidAuthorization { .. }),
            "{variant}: {error:?}"
        );
    }
}

#[test]
fn unknown_secret_id() {
    let signed = Signed::new(&Credentials::new("AKIDunknown", KEY), "ecm", T);
    let error = assert_code(signed.verify(T), "AuthFailure.SecretIdNotFound");
    assert_eq!(
        error,
        VerifyError::SecretIdNotFound {
            secret_id: "AKIDunknown".to_owned()
        }
    );
}

#[test]
fn scope_date_not_matching_the_timestamp() {
    let mut signed = Signed::new(&credentials(), "ecm", T);
    let tampered = signed
        .authorization()
        .replace("/2023-11-14/", "/2023-11-15/");
    signed.set("Authorization", &tampered);
    let error = assert_code(signed.verify(T), "AuthFailure.SignatureFailure");
    assert!(matches!(error, VerifyError::CredentialScopeMismatch { .. }));

    // The UTC+8 trap: a client that used the Beijing date at 16:00:01 UTC.
    let at = 1_551_110_401; // 2019-02-25T16:00:01Z
    let mut signed = Signed::new(&credentials(), "ecm", at);
    assert!(signed.authorization().contains("/2019-02-25/"));
    signed.verify(at).unwrap();
    let tampered = signed
        .authorization()
        .replace("/2019-02-25/", "/2019-02-26/");
    signed.set("Authorization", &tampered);
    let error = assert_code(signed.verify(at), "AuthFailure.SignatureFailure");
    assert!(matches!(error, VerifyError::CredentialScopeMismatch { .. }));
}

#[test]
fn wrong_service_in_scope() {
    let signed = Signed::new(&credentials(), "cvm", T);
    let error = assert_code(signed.verify(T), "AuthFailure.SignatureFailure");
    assert!(matches!(error, VerifyError::CredentialScopeMismatch { .. }));
    signed
        .verify_with(&Verifier::new(credentials(), "cvm"), T)
        .unwrap();
}

#[test]
fn skew_over_five_minutes_in_either_direction() {
    let signed = Signed::new(&credentials(), "ecm", T);
    signed.verify(T + 300).unwrap();
    signed.verify(T - 300).unwrap();
    for now in [T + 301, T - 301, T + 86_400, 0] {
        let error = assert_code(signed.verify(now), "AuthFailure.SignatureExpire");
        assert_eq!(
            error,
            VerifyError::SignatureExpired {
                timestamp: T,
                now,
                max_skew: 300
            }
        );
    }
    signed
        .verify_with(&verifier().with_max_skew(1000), T + 1000)
        .unwrap();
}

#[test]
fn timestamp_header_missing_invalid_or_repeated() {
    let mut signed = Signed::new(&credentials(), "ecm", T);
    signed.remove("X-TC-Timestamp");
    assert_eq!(
        signed.verify(T).unwrap_err(),
        VerifyError::MissingParameter {
            name: "X-TC-Timestamp"
        }
    );
    for bad in [
        "",
        "abc",
        "-1700000000",
        "1700000000.5",
        "+1700000000",
        "99999999999999999999",
    ] {
        signed.set("X-TC-Timestamp", bad);
        assert_code(signed.verify(T), "InvalidParameterValue");
    }
    let mut signed = Signed::new(&credentials(), "ecm", T);
    signed
        .headers
        .push(("x-tc-timestamp".to_owned(), T.to_string()));
    assert_code(signed.verify(T), "InvalidParameter");
}

#[test]
fn timestamp_changed_within_the_skew_breaks_the_signature() {
    let mut signed = Signed::new(&credentials(), "ecm", T);
    signed.set("X-TC-Timestamp", &(T + 1).to_string());
    let error = assert_code(signed.verify(T), "AuthFailure.SignatureFailure");
    assert_eq!(error, VerifyError::SignatureMismatch);
}

#[test]
fn tampered_request_parts_break_the_signature() {
    let tamper: [fn(&mut Signed); 5] = [
        |s| s.body.push(b' '),
        |s| s.query.push_str("&Offset=1"),
        |s| s.set("Host", "ecm.ap-guangzhou.tencentcloudapi.com"),
        |s| s.set("Content-Type", "application/json; charset=utf-8"),
        |s| {
            let auth = s.authorization();
            let last = if auth.ends_with('0') { "1" } else { "0" };
            s.set(
                "Authorization",
                &format!("{}{last}", &auth[..auth.len() - 1]),
            );
        },
    ];
    for tamper in tamper {
        let mut signed = Signed::new(&credentials(), "ecm", T);
        tamper(&mut signed);
        assert_eq!(
            signed.verify(T).unwrap_err(),
            VerifyError::SignatureMismatch
        );
    }
}

#[test]
fn wrong_key_breaks_the_signature() {
    let signed = Signed::new(&Credentials::new(ID, "another key"), "ecm", T);
    assert_eq!(
        signed.verify(T).unwrap_err(),
        VerifyError::SignatureMismatch
    );
}

#[test]
fn session_token_must_match_the_credentials() {
    let temporary = Verifier::new(credentials().with_token("token-1"), "ecm");
    let signed = Signed::new(&credentials().with_token("token-1"), "ecm", T);
    signed.verify_with(&temporary, T).unwrap();

    let mut missing = Signed::new(&credentials().with_token("token-1"), "ecm", T);
    missing.remove("X-TC-Token");
    assert_code(
        missing.verify_with(&temporary, T),
        "AuthFailure.TokenFailure",
    );

    let wrong = Signed::new(&credentials().with_token("token-2"), "ecm", T);
    assert_code(wrong.verify_with(&temporary, T), "AuthFailure.TokenFailure");

    // A token sent with a long-term key.
    assert_code(signed.verify(T), "AuthFailure.TokenFailure");
}

#[test]
fn verifier_uses_any_credential_store() {
    use std::collections::HashMap;
    use std::sync::Arc;
    let signed = Signed::new(&credentials(), "ecm", T);
    let headers: Vec<(&str, &str)> = signed
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let received = ReceivedTc3Request::new("POST", &headers, BODY).with_query("Limit=20");

    let map: HashMap<String, Credentials> = [
        (
            "AKIDother".to_owned(),
            Credentials::new("AKIDother", "other"),
        ),
        (ID.to_owned(), credentials()),
    ]
    .into();
    Verifier::new(&map, "ecm").verify_tc3(&received, T).unwrap();
    let list = vec![Credentials::new("AKIDother", "other"), credentials()];
    Verifier::new(Arc::new(list), "ecm")
        .verify_tc3(&received, T)
        .unwrap();
    let empty: Vec<Credentials> = Vec::new();
    assert_code(
        Verifier::new(empty, "ecm").verify_tc3(&received, T),
        "AuthFailure.SecretIdNotFound",
    );
}

#[test]
fn an_empty_secret_key_verifies_nothing() {
    // An HMAC with an empty key is computable by anyone: a store holding one must not
    // accept requests signed with it.
    let empty = Credentials::new(ID, "");
    let signed = Signed::new(&empty, "ecm", T);
    let verifier = Verifier::new(empty, "ecm");
    let error = assert_code(
        signed.verify_with(&verifier, T),
        "AuthFailure.SecretIdNotFound",
    );
    assert!(error.to_string().contains(ID), "{error}");
}

#[test]
fn signed_action_and_region_headers_are_verified() {
    let headers = [
        ("x-tc-action", "DescribeNode"),
        ("x-tc-region", "ap-guangzhou"),
    ];
    let request = Tc3Request::post_json(HOST, BODY).with_signed_headers(&headers);
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", T).with_region("ap-guangzhou");
    let credentials = credentials();
    let signature = sign_tc3(&request, &params, &credentials).unwrap();
    assert!(
        signature
            .authorization()
            .contains("SignedHeaders=content-type;host;x-tc-action;x-tc-region,"),
        "{}",
        signature.authorization()
    );
    let mut signed = Signed {
        headers: vec![
            ("Host".to_owned(), HOST.to_owned()),
            ("Content-Type".to_owned(), "application/json".to_owned()),
        ],
        body: BODY.to_vec(),
        query: String::new(),
    };
    signed.headers.extend(
        signature
            .headers()
            .map(|(k, v)| (k.to_owned(), v.to_owned())),
    );
    let verified = signed.verify(T).unwrap();
    assert_eq!(verified.action.as_deref(), Some("DescribeNode"));

    // The captured request replayed as another action, or in another region, fails.
    let mut swapped = Signed {
        headers: signed.headers.clone(),
        body: signed.body.clone(),
        query: String::new(),
    };
    swapped.set("X-TC-Action", "TerminateInstances");
    assert_code(swapped.verify(T), "AuthFailure.SignatureFailure");
    let mut moved = Signed {
        headers: signed.headers.clone(),
        body: signed.body.clone(),
        query: String::new(),
    };
    moved.set("X-TC-Region", "ap-shanghai");
    assert_code(moved.verify(T), "AuthFailure.SignatureFailure");
    // A signed header that is missing from the request is refused, not skipped.
    signed.remove("X-TC-Region");
    assert_code(signed.verify(T), "AuthFailure.InvalidAuthorization");
}
