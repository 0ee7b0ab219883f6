//! Property tests: whatever is signed verifies, and any change to what was
//! signed fails verification with the right reason.

use std::collections::BTreeMap;

use proptest::prelude::*;
use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, ReceivedV1Request, SignatureMethod, Tc3Params, Tc3Request,
    V1Params, V1Request, Verified, Verifier, VerifyError, encode_query, sign_tc3, sign_v1,
};

const ID: &str = "AKIDpropproppropproppropproppropprop1";
const KEY: &str = "propSecretKeypropSecretKey012345";
/// Up to 2100-01-01.
const MAX_TS: u64 = 4_102_444_800;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 48,
        ..ProptestConfig::default()
    }
}

#[derive(Debug, Clone)]
struct Tc3Case {
    method: String,
    host: String,
    path: String,
    query: String,
    content_type: &'static str,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    service: String,
    timestamp: u64,
    token: Option<String>,
    region: Option<String>,
}

fn tc3_case() -> impl Strategy<Value = Tc3Case> {
    (
        prop::sample::select(vec!["GET", "POST", "PUT", "DELETE", "PATCH"]),
        "[a-z0-9-]{1,10}(\\.[a-z0-9-]{1,10}){0,3}(:[0-9]{1,5})?",
        "(/[A-Za-z0-9._~-]{0,8}){1,4}",
        prop::collection::vec(("[A-Za-z][A-Za-z0-9.]{0,10}", ".{0,12}"), 0..5),
        prop::sample::select(vec![
            "application/json",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=XyZ-123",
            "Application/JSON; Charset=UTF-8",
        ]),
        prop::collection::btree_map("x-[a-z0-9-]{1,10}", "[ -~]{0,20}", 0..4),
        prop::collection::vec(any::<u8>(), 0..2048),
        "[a-z]{2,8}",
        0..=MAX_TS,
        prop::option::of("[A-Za-z0-9]{8,24}"),
        prop::option::of("[a-z]{2}-[a-z]{3,10}"),
    )
        .prop_map(
            |(
                method,
                host,
                path,
                query,
                content_type,
                headers,
                body,
                service,
                timestamp,
                token,
                region,
            )| {
                Tc3Case {
                    method: method.to_owned(),
                    host,
                    path,
                    query: encode_query(&query),
                    content_type,
                    // Random case in the names: they are case-insensitive.
                    headers: headers
                        .into_iter()
                        .enumerate()
                        .map(|(i, (k, v))| {
                            let k = if i % 2 == 0 {
                                k.to_ascii_uppercase()
                            } else {
                                k
                            };
                            (k, v)
                        })
                        .collect::<BTreeMap<_, _>>()
                        .into_iter()
                        .collect(),
                    body,
                    service,
                    timestamp,
                    token,
                    region,
                }
            },
        )
}

impl Tc3Case {
    fn credentials(&self, key: &str) -> Credentials {
        let credentials = Credentials::new(ID, key);
        match &self.token {
            Some(token) => credentials.with_token(token),
            None => credentials,
        }
    }

    /// Signs with `key` and returns the headers a server would receive.
    fn sign(&self, key: &str) -> Vec<(String, String)> {
        let credentials = self.credentials(key);
        let extra: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let request = Tc3Request::new(&self.method, &self.host, self.content_type, &self.body)
            .with_path(&self.path)
            .with_query(&self.query)
            .with_signed_headers(&extra);
        let mut params = Tc3Params::new(&self.service, "Action", "2019-07-19", self.timestamp);
        if let Some(region) = &self.region {
            params = params.with_region(region);
        }
        let signed = sign_tc3(&request, &params, &credentials).unwrap();
        let mut headers = vec![
            ("Host".to_owned(), self.host.clone()),
            ("Content-Type".to_owned(), self.content_type.to_owned()),
        ];
        headers.extend(self.headers.iter().cloned());
        headers.extend(signed.headers().map(|(k, v)| (k.to_owned(), v.to_owned())));
        headers
    }

    fn verify(
        &self,
        headers: &[(String, String)],
        body: &[u8],
        now: u64,
    ) -> Result<Verified, VerifyError> {
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let received = ReceivedTc3Request::new(&self.method, &headers, body)
            .with_path(&self.path)
            .with_query(&self.query);
        Verifier::new(self.credentials(KEY), self.service.clone()).verify_tc3(&received, now)
    }
}

fn now_near(timestamp: u64, skew: i64) -> u64 {
    timestamp.saturating_add_signed(skew)
}

fn set_header(headers: &mut [(String, String)], name: &str, value: String) {
    for (k, v) in headers.iter_mut() {
        if k.eq_ignore_ascii_case(name) {
            *v = value.clone();
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn tc3_signed_requests_verify(case in tc3_case(), skew in -300i64..=300) {
        let headers = case.sign(KEY);
        let now = now_near(case.timestamp, skew);
        let verified = case.verify(&headers, &case.body, now).unwrap();
        prop_assert_eq!(verified.timestamp, case.timestamp);
        prop_assert_eq!(verified.region, case.region.clone());
    }

    #[test]
    fn tc3_changed_body_byte_fails(case in tc3_case(), at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let headers = case.sign(KEY);
        let mut body = case.body.clone();
        if body.is_empty() {
            body.push(bit);
        } else {
            let i = at.index(body.len());
            body[i] ^= 1 << bit;
        }
        prop_assert_eq!(
            case.verify(&headers, &body, case.timestamp).unwrap_err(),
            VerifyError::SignatureMismatch
        );
    }

    #[test]
    fn tc3_changed_signed_header_fails(case in tc3_case(), pick in any::<prop::sample::Index>()) {
        let mut headers = case.sign(KEY);
        // Host, Content-Type or one of the extra signed headers.
        let mut signed: Vec<String> = vec!["Host".into(), "Content-Type".into()];
        signed.extend(case.headers.iter().map(|(k, _)| k.clone()));
        let name = signed[pick.index(signed.len())].clone();
        let value = headers.iter().find(|(k, _)| *k == name).unwrap().1.clone();
        // Appended after trimming, so the canonical value really changes.
        set_header(&mut headers, &name, format!("{}x", value.trim_ascii()));
        prop_assert_eq!(
            case.verify(&headers, &case.body, case.timestamp).unwrap_err(),
            VerifyError::SignatureMismatch
        );
    }

    #[test]
    fn tc3_changed_timestamp_fails(case in tc3_case(), delta in 1i64..=900, later in any::<bool>()) {
        let mut headers = case.sign(KEY);
        let delta = if later { delta } else { -delta };
        let Some(tampered) = case.timestamp.checked_add_signed(delta) else {
            return Ok(());
        };
        set_header(&mut headers, "X-TC-Timestamp", tampered.to_string());
        let error = case.verify(&headers, &case.body, case.timestamp).unwrap_err();
        if delta.unsigned_abs() > 300 {
            let expired = matches!(error, VerifyError::SignatureExpired { .. });
            prop_assert!(expired, "{:?}", error);
        } else {
            // Either the scope date no longer matches (the change crossed
            // midnight UTC) or the signature does not.
            prop_assert_eq!(error.code(), "AuthFailure.SignatureFailure");
            let expected = matches!(
                error,
                VerifyError::SignatureMismatch | VerifyError::CredentialScopeMismatch { .. }
            );
            prop_assert!(expected, "{:?}", error);
        }
    }

    #[test]
    fn tc3_other_key_fails(case in tc3_case(), key in "[A-Za-z0-9]{1,40}") {
        prop_assume!(key != KEY);
        let headers = case.sign(&key);
        prop_assert_eq!(
            case.verify(&headers, &case.body, case.timestamp).unwrap_err(),
            VerifyError::SignatureMismatch
        );
    }
}

#[derive(Debug, Clone)]
struct V1Case {
    method: &'static str,
    host: String,
    path: String,
    params: Vec<(String, String)>,
    timestamp: u64,
    nonce: u64,
    region: Option<String>,
    token: Option<String>,
    signature_method: SignatureMethod,
}

const COMMON: [&str; 9] = [
    "Action",
    "Nonce",
    "Region",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Timestamp",
    "Token",
    "Version",
];

fn v1_case() -> impl Strategy<Value = V1Case> {
    (
        prop::sample::select(vec!["GET", "POST"]),
        "[a-z0-9-]{1,10}(\\.[a-z0-9-]{1,10}){0,3}(:[0-9]{1,5})?",
        "(/[A-Za-z0-9._~-]{0,8}){1,3}",
        prop::collection::btree_map("[A-Za-z][A-Za-z0-9._]{0,12}", ".{0,16}", 0..12),
        0..=MAX_TS,
        1..=u64::MAX,
        prop::option::of("[a-z]{2}-[a-z]{3,10}"),
        prop::option::of("[A-Za-z0-9+/=]{8,24}"),
        prop::sample::select(vec![SignatureMethod::HmacSha1, SignatureMethod::HmacSha256]),
    )
        .prop_map(
            |(method, host, path, params, timestamp, nonce, region, token, signature_method)| {
                V1Case {
                    method,
                    host,
                    path,
                    params: params
                        .into_iter()
                        .filter(|(k, _)| !COMMON.contains(&k.as_str()))
                        .collect(),
                    timestamp,
                    nonce,
                    region,
                    token,
                    signature_method,
                }
            },
        )
}

impl V1Case {
    fn credentials(&self, key: &str) -> Credentials {
        let credentials = Credentials::new(ID, key);
        match &self.token {
            Some(token) => credentials.with_token(token),
            None => credentials,
        }
    }

    /// Signs with `key` and decodes the encoded parameters as a server would.
    fn sign(&self, key: &str) -> Vec<(String, String)> {
        let request = V1Request::new(self.method, &self.host, &self.params).with_path(&self.path);
        let mut common = V1Params::new("DescribeThings", "2019-07-19", self.timestamp, self.nonce)
            .with_signature_method(self.signature_method);
        if let Some(region) = &self.region {
            common = common.with_region(region);
        }
        let signed = sign_v1(&request, &common, &self.credentials(key)).unwrap();
        form_urlencoded::parse(signed.encoded_params().as_bytes())
            .into_owned()
            .collect()
    }

    fn verify(&self, params: &[(String, String)], now: u64) -> Result<Verified, VerifyError> {
        let received =
            ReceivedV1Request::new(self.method, &self.host, params).with_path(&self.path);
        Verifier::new(self.credentials(KEY), "any").verify_v1(&received, now)
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn v1_signed_requests_verify_and_encode_losslessly(case in v1_case(), skew in -300i64..=300) {
        let received = case.sign(KEY);
        // Every parameter survives RFC 3986 encoding and form decoding.
        for (name, value) in &case.params {
            prop_assert!(received.iter().any(|(k, v)| k == name && v == value));
        }
        let verified = case.verify(&received, now_near(case.timestamp, skew)).unwrap();
        prop_assert_eq!(verified.signature_method, case.signature_method);
        prop_assert_eq!(verified.timestamp, case.timestamp);
    }

    #[test]
    fn v1_changed_value_fails(case in v1_case(), pick in any::<prop::sample::Index>()) {
        let mut received = case.sign(KEY);
        let i = pick.index(received.len());
        prop_assume!(!["SecretId", "Timestamp", "Nonce", "Token", "SignatureMethod"].contains(&received[i].0.as_str()));
        received[i].1.push('x');
        prop_assert_eq!(case.verify(&received, case.timestamp).unwrap_err(), VerifyError::SignatureMismatch);
    }

    #[test]
    fn v1_changed_timestamp_fails(case in v1_case(), delta in 1i64..=900, later in any::<bool>()) {
        let mut received = case.sign(KEY);
        let delta = if later { delta } else { -delta };
        let Some(tampered) = case.timestamp.checked_add_signed(delta) else {
            return Ok(());
        };
        for (k, v) in &mut received {
            if k == "Timestamp" {
                *v = tampered.to_string();
            }
        }
        let error = case.verify(&received, case.timestamp).unwrap_err();
        if delta.unsigned_abs() > 300 {
            let expired = matches!(error, VerifyError::SignatureExpired { .. });
            prop_assert!(expired, "{:?}", error);
        } else {
            prop_assert_eq!(error, VerifyError::SignatureMismatch);
        }
    }

    #[test]
    fn v1_other_key_fails(case in v1_case(), key in "[A-Za-z0-9]{1,40}") {
        prop_assume!(key != KEY);
        let received = case.sign(&key);
        prop_assert_eq!(case.verify(&received, case.timestamp).unwrap_err(), VerifyError::SignatureMismatch);
    }
}
