//! Findings of the `signer_verify` fuzz target (`fuzz/`), kept as regression tests.

use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, SigningError, Tc3Params, Tc3Request, Verifier, sign_tc3,
};

const SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const HOST: &str = "ecm.tencentcloudapi.com";
const NOW: u64 = 1_700_000_000;

/// Signs a POST JSON request with `token` and verifies what was signed, as a server would
/// receive it.
fn round_trip(token: &str) -> Result<(), String> {
    let credentials = Credentials::new(SECRET_ID, SECRET_KEY).with_token(token);
    let body = br#"{"Limit":1}"#;
    let request = Tc3Request::post_json(HOST, body);
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", NOW);
    let signature = sign_tc3(&request, &params, &credentials).map_err(|e| e.to_string())?;
    let mut headers: Vec<(&str, &str)> = vec![("Host", HOST), ("Content-Type", "application/json")];
    headers.extend(signature.headers());
    let received = ReceivedTc3Request::new("POST", &headers, body);
    Verifier::new(credentials.clone(), "ecm")
        .verify_tc3(&received, NOW)
        .map(drop)
        .map_err(|e| format!("verifier refused what the signer signed: {e:?}"))
}

/// The signer accepted a session token with a trailing tab, which HTTP strips from the
/// header value (and the verifier trims), so the verifier answered `TokenFailure` to a
/// request the signer had signed. Such a token is now refused when signing.
#[test]
fn a_token_with_surrounding_whitespace_is_refused_when_signing() {
    for token in ["s3cr3t\t", " s3cr3t", "s3cr3t ", "\ts3cr3t\t"] {
        let credentials = Credentials::new(SECRET_ID, SECRET_KEY).with_token(token);
        let request = Tc3Request::post_json(HOST, b"{}");
        let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", NOW);
        let error = sign_tc3(&request, &params, &credentials).unwrap_err();
        assert!(
            matches!(error, SigningError::InvalidField { field: "token", .. }),
            "{token:?}: {error:?}"
        );
        assert!(!error.to_string().contains("s3cr3t"), "{error}");
        assert!(round_trip(token).is_err());
    }
    // Whitespace inside the token is carried as is.
    round_trip("tok en\twith inner blanks").unwrap();
    round_trip("plain-token").unwrap();
}
