//! Bad signing input is rejected with a clear error, never a panic.

use tencentcloud_signer::{
    Credentials, SigningError, Tc3Params, Tc3Request, V1Params, V1Request, sign_tc3, sign_v1,
};

const KEY: &str = "signingErrorsSecretKey0123456789";

fn credentials() -> Credentials {
    Credentials::new("AKIDsigning", KEY)
}

fn params() -> Tc3Params<'static> {
    Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000)
}

#[track_caller]
fn tc3_error(
    request: Tc3Request<'_>,
    params: Tc3Params<'_>,
    credentials: &Credentials,
) -> SigningError {
    let error = sign_tc3(&request, &params, credentials).unwrap_err();
    assert!(!error.to_string().contains(KEY));
    // The diagnostic accessors reject the same input.
    assert!(request.string_to_sign(&params).is_err());
    error
}

#[test]
fn invalid_request_components() {
    let host = "ecm.tencentcloudapi.com";
    let cases: [(Tc3Request<'_>, &str); 9] = [
        (
            Tc3Request::new("post", host, "application/json", b""),
            "method",
        ),
        (Tc3Request::new("", host, "application/json", b""), "method"),
        (Tc3Request::new("POST", "", "application/json", b""), "host"),
        (
            Tc3Request::new("POST", "a b", "application/json", b""),
            "host",
        ),
        (Tc3Request::new("POST", host, "", b""), "content_type"),
        (
            Tc3Request::new("POST", host, "application/json\r\nX: y", b""),
            "content_type",
        ),
        (
            Tc3Request::post_json(host, b"").with_path("relative"),
            "path",
        ),
        (Tc3Request::post_json(host, b"").with_path("/a b"), "path"),
        (Tc3Request::get(host, "a=b c"), "query"),
    ];
    for (request, field) in cases {
        match tc3_error(request, params(), &credentials()) {
            SigningError::InvalidField { field: f, .. } => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn invalid_params() {
    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}");
    let cases = [
        (Tc3Params::new("", "A", "V", 1), "service"),
        (Tc3Params::new("ecm/x", "A", "V", 1), "service"),
        (Tc3Params::new("ecm", "", "V", 1), "action"),
        (Tc3Params::new("ecm", "A", "", 1), "version"),
        (
            Tc3Params::new("ecm", "A", "V", 1).with_region("ap\ngz"),
            "region",
        ),
    ];
    for (params, field) in cases {
        match tc3_error(request, params, &credentials()) {
            SigningError::InvalidField { field: f, .. } => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    let late = Tc3Params::new("ecm", "A", "V", 253_402_300_800);
    assert_eq!(
        tc3_error(request, late, &credentials()),
        SigningError::TimestampOutOfRange {
            timestamp: 253_402_300_800
        }
    );
    // The last representable second still signs.
    let last = Tc3Params::new("ecm", "A", "V", 253_402_300_799);
    let credentials = credentials();
    let signed = sign_tc3(&request, &last, &credentials).unwrap();
    assert!(signed.authorization().contains("/9999-12-31/ecm/"));
}

#[test]
fn invalid_credentials() {
    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}");
    for credentials in [
        Credentials::new("", KEY),
        Credentials::new("AKID with space", KEY),
        Credentials::new("AKID/slash", KEY),
        Credentials::new("AKID", KEY).with_token("SessionTokenValue\r\nX-Evil: 1"),
    ] {
        let error = sign_tc3(&request, &params(), &credentials).unwrap_err();
        assert!(
            matches!(error, SigningError::InvalidField { .. }),
            "{error:?}"
        );
        assert!(!error.to_string().contains("SessionTokenValue"));
    }
}

#[test]
fn invalid_extra_headers() {
    let cases: [&[(&str, &str)]; 6] = [
        &[("X Bad", "v")],
        &[("", "v")],
        &[("X-Good", "line\nbreak")],
        &[("Host", "other")],
        &[("content-type", "text/plain")],
        &[("X-Dup", "1"), ("x-dup", "2")],
    ];
    for headers in cases {
        let request =
            Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}").with_signed_headers(headers);
        let error = tc3_error(request, params(), &credentials());
        assert!(
            matches!(error, SigningError::InvalidHeader { .. }),
            "{error:?}"
        );
    }
}

#[test]
fn many_extra_headers_are_fine() {
    let names: Vec<String> = (0..12).map(|i| format!("X-Extra-{i:02}")).collect();
    let headers: Vec<(&str, &str)> = names.iter().rev().map(|n| (n.as_str(), "v")).collect();
    let request =
        Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}").with_signed_headers(&headers);
    let credentials = credentials();
    let signed = sign_tc3(&request, &params(), &credentials).unwrap();
    let expected: Vec<String> = ["content-type", "host"]
        .into_iter()
        .map(str::to_owned)
        .chain(names.iter().map(|n| n.to_ascii_lowercase()))
        .collect();
    assert!(
        signed
            .authorization()
            .contains(&format!("SignedHeaders={},", expected.join(";")))
    );
}

#[test]
fn invalid_v1_input() {
    let host = "cvm.tencentcloudapi.com";
    let common = V1Params::new("DescribeInstances", "2017-03-12", 1_465_185_768, 1);
    let cases: [&[(&str, &str)]; 5] = [
        &[("Signature", "forged")],
        &[("Nonce", "1")],
        &[("Region", "ap-guangzhou")],
        &[("Limit", "1"), ("Limit", "2")],
        &[("", "1")],
    ];
    for params in cases {
        let error = sign_v1(&V1Request::get(host, params), &common, &credentials()).unwrap_err();
        assert!(
            matches!(error, SigningError::InvalidParameter { .. }),
            "{error:?}"
        );
    }
    let zero_nonce = V1Params::new("DescribeInstances", "2017-03-12", 1_465_185_768, 0);
    let no_params: &[(&str, &str)] = &[];
    let error = sign_v1(
        &V1Request::get(host, no_params),
        &zero_nonce,
        &credentials(),
    )
    .unwrap_err();
    assert!(matches!(
        error,
        SigningError::InvalidField { field: "nonce", .. }
    ));
    let error = sign_v1(
        &V1Request::new("get", host, no_params),
        &common,
        &credentials(),
    )
    .unwrap_err();
    assert!(matches!(
        error,
        SigningError::InvalidField {
            field: "method",
            ..
        }
    ));
}

#[test]
fn v1_accepts_owned_parameter_lists() {
    let params: Vec<(String, String)> = vec![("Limit".into(), "20".into())];
    let common = V1Params::new("DescribeInstances", "2017-03-12", 1_465_185_768, 1);
    let signed = sign_v1(
        &V1Request::post_form("cvm.tencentcloudapi.com", &params),
        &common,
        &credentials(),
    )
    .unwrap();
    assert!(signed.encoded_params().contains("&Limit=20&"));
}
