//! Legacy (v1) verification: missing and invalid parameters, lookup, skew,
//! token and signature failures.

use tencentcloud_signer::{
    Credentials, ReceivedV1Request, SignatureMethod, V1Params, V1Request, Verified, Verifier,
    VerifyError, sign_v1,
};

const ID: &str = "AKIDverifyverifyverifyverifyverify1";
const KEY: &str = "verifySecretKeyverifySecretKey01";
const HOST: &str = "ecm.tencentcloudapi.com";
const T: u64 = 1_700_000_000;

fn credentials() -> Credentials {
    Credentials::new(ID, KEY)
}

/// Signs and decodes the encoded parameters as a server would.
fn signed(credentials: &Credentials, method: SignatureMethod) -> Vec<(String, String)> {
    let params = [("InstanceIds.0", "ein-1"), ("Name", "a b&c=d")];
    let common = V1Params::new("DescribeInstances", "2019-07-19", T, 42)
        .with_region("ap-guangzhou")
        .with_signature_method(method);
    let signed = sign_v1(&V1Request::get(HOST, &params), &common, credentials).unwrap();
    form_urlencoded::parse(signed.encoded_params().as_bytes())
        .into_owned()
        .collect()
}

fn verify_with(
    verifier: &Verifier<Credentials>,
    params: &[(String, String)],
    now: u64,
) -> Result<Verified, VerifyError> {
    let result = verifier.verify_v1(&ReceivedV1Request::new("GET", HOST, params), now);
    if let Err(error) = &result {
        assert!(!error.message().contains(KEY));
        assert!(!format!("{error:?}").contains(KEY));
    }
    result
}

fn verify(params: &[(String, String)], now: u64) -> Result<Verified, VerifyError> {
    verify_with(&Verifier::new(credentials(), "ecm"), params, now)
}

type Params = Vec<(String, String)>;

fn set(params: &mut Params, name: &str, value: &str) {
    params.retain(|(k, _)| k != name);
    params.push((name.to_owned(), value.to_owned()));
}

fn remove(params: &mut Params, name: &str) {
    params.retain(|(k, _)| k != name);
}

#[test]
fn both_methods_verify_and_report_what_they_verified() {
    for method in [SignatureMethod::HmacSha1, SignatureMethod::HmacSha256] {
        let verified = verify(&signed(&credentials(), method), T).unwrap();
        assert_eq!(verified.secret_id, ID);
        assert_eq!(verified.signature_method.as_str(), method.as_str());
        assert_eq!(verified.timestamp, T);
        assert_eq!(verified.action.as_deref(), Some("DescribeInstances"));
        assert_eq!(verified.version.as_deref(), Some("2019-07-19"));
        assert_eq!(verified.region.as_deref(), Some("ap-guangzhou"));
    }
}

#[test]
fn missing_signing_parameters() {
    for name in ["Signature", "SecretId", "Timestamp", "Nonce"] {
        let mut params = signed(&credentials(), SignatureMethod::HmacSha256);
        remove(&mut params, name);
        let error = verify(&params, T).unwrap_err();
        assert_eq!(error.code(), "MissingParameter");
        assert!(matches!(error, VerifyError::MissingParameter { name: n } if n == name));
    }
}

#[test]
fn invalid_timestamp_and_nonce() {
    for (name, value) in [
        ("Timestamp", "abc"),
        ("Timestamp", "-1"),
        ("Timestamp", ""),
        ("Nonce", "0"),
        ("Nonce", "-5"),
        ("Nonce", "1.5"),
        ("Nonce", ""),
    ] {
        let mut params = signed(&credentials(), SignatureMethod::HmacSha256);
        set(&mut params, name, value);
        let error = verify(&params, T).unwrap_err();
        assert_eq!(error.code(), "InvalidParameterValue", "{name}={value}");
    }
}

#[test]
fn duplicate_parameter() {
    let mut params = signed(&credentials(), SignatureMethod::HmacSha256);
    params.push(("Name".to_owned(), "again".to_owned()));
    let error = verify(&params, T).unwrap_err();
    assert_eq!(error.code(), "InvalidParameter");
    assert_eq!(
        error,
        VerifyError::DuplicateParameter {
            name: "Name".to_owned()
        }
    );
}

#[test]
fn unknown_secret_id() {
    let params = signed(
        &Credentials::new("AKIDnobody", KEY),
        SignatureMethod::HmacSha1,
    );
    assert_eq!(
        verify(&params, T).unwrap_err().code(),
        "AuthFailure.SecretIdNotFound"
    );
}

#[test]
fn skew_over_five_minutes_in_either_direction() {
    let params = signed(&credentials(), SignatureMethod::HmacSha256);
    verify(&params, T + 300).unwrap();
    verify(&params, T - 300).unwrap();
    for now in [T + 301, T - 301] {
        assert_eq!(
            verify(&params, now).unwrap_err().code(),
            "AuthFailure.SignatureExpire"
        );
    }
}

#[test]
fn tampering_breaks_the_signature() {
    let tamper: [fn(&mut Params); 6] = [
        |p| set(p, "Name", "a b&c=e"),
        |p| set(p, "Timestamp", &(T + 1).to_string()),
        |p| set(p, "Nonce", "43"),
        |p| p.push(("Extra".to_owned(), "1".to_owned())),
        |p| remove(p, "Region"),
        // The server then verifies with HmacSHA1.
        |p| remove(p, "SignatureMethod"),
    ];
    for tamper in tamper {
        let mut params = signed(&credentials(), SignatureMethod::HmacSha256);
        tamper(&mut params);
        assert_eq!(
            verify(&params, T).unwrap_err(),
            VerifyError::SignatureMismatch
        );
    }
}

#[test]
fn unknown_signature_method_means_hmac_sha1() {
    // "The HmacSHA256 algorithm is used to verify the signature only when this
    // parameter is specified as HmacSHA256. In other cases, the signature is
    // verified with HmacSHA1." The parameter itself is signed, so a client
    // that sent SignatureMethod=HmacSHA1 explicitly signed that too.
    let params = [("Name", "x")];
    let common = V1Params::new("DescribeInstances", "2019-07-19", T, 42)
        .with_signature_method(SignatureMethod::HmacSha1);
    let without = sign_v1(&V1Request::get(HOST, &params), &common, &credentials()).unwrap();
    let mut received: Vec<(String, String)> =
        form_urlencoded::parse(without.encoded_params().as_bytes())
            .into_owned()
            .collect();
    verify(&received, T).unwrap();
    set(&mut received, "SignatureMethod", "HmacMD5");
    assert_eq!(
        verify(&received, T).unwrap_err(),
        VerifyError::SignatureMismatch
    );
}

#[test]
fn host_and_method_are_signed() {
    let params = signed(&credentials(), SignatureMethod::HmacSha1);
    let verifier = Verifier::new(credentials(), "ecm");
    let other_host = ReceivedV1Request::new("GET", "ecm.ap-guangzhou.tencentcloudapi.com", &params);
    assert_eq!(
        verifier.verify_v1(&other_host, T).unwrap_err(),
        VerifyError::SignatureMismatch
    );
    let post = ReceivedV1Request::new("POST", HOST, &params);
    assert_eq!(
        verifier.verify_v1(&post, T).unwrap_err(),
        VerifyError::SignatureMismatch
    );
}

#[test]
fn wrong_key_breaks_the_signature() {
    let params = signed(
        &Credentials::new(ID, "other key"),
        SignatureMethod::HmacSha256,
    );
    assert_eq!(
        verify(&params, T).unwrap_err(),
        VerifyError::SignatureMismatch
    );
}

#[test]
fn session_token_must_match_the_credentials() {
    let temporary = Verifier::new(credentials().with_token("tok"), "ecm");
    let params = signed(
        &credentials().with_token("tok"),
        SignatureMethod::HmacSha256,
    );
    verify_with(&temporary, &params, T).unwrap();
    assert_eq!(
        verify(&params, T).unwrap_err().code(),
        "AuthFailure.TokenFailure"
    );
    let params = signed(&credentials(), SignatureMethod::HmacSha256);
    assert_eq!(
        verify_with(&temporary, &params, T).unwrap_err().code(),
        "AuthFailure.TokenFailure"
    );
}
