//! Secrets never reach `Debug`/`Display` output or error messages.

use std::collections::HashMap;

use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, SecretKey, Tc3Params, Tc3Request, Verifier, sign_tc3,
};

const KEY: &str = "TopSecretKeyValue0123456789abcdef";
const TOKEN: &str = "TopSecretSessionToken0123456789";

fn assert_clean(text: &str) {
    assert!(!text.contains(KEY), "secret key leaked: {text}");
    assert!(!text.contains(TOKEN), "token leaked: {text}");
}

#[test]
fn secret_key_debug_is_redacted() {
    let key = SecretKey::new(KEY);
    assert_eq!(format!("{key:?}"), "SecretKey(<redacted>)");
    assert_eq!(format!("{key:#?}"), "SecretKey(<redacted>)");
    // Reachable only on purpose.
    assert_eq!(key.expose_secret(), KEY);
}

#[test]
fn credentials_debug_shows_the_id_only() {
    let credentials = Credentials::new("AKIDvisible", KEY).with_token(TOKEN);
    for text in [format!("{credentials:?}"), format!("{credentials:#?}")] {
        assert_clean(&text);
        assert!(text.contains("AKIDvisible"));
        assert!(text.contains("<redacted>"));
    }
    // A clone (and its fresh cache) is just as quiet, including after use.
    let clone = credentials.clone();
    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}");
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000);
    sign_tc3(&request, &params, &clone).unwrap();
    assert_clean(&format!("{clone:?}"));
}

#[test]
fn signature_debug_redacts_the_token() {
    let credentials = Credentials::new("AKIDvisible", KEY).with_token(TOKEN);
    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}");
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000);
    let signed = sign_tc3(&request, &params, &credentials).unwrap();
    assert_clean(&format!("{signed:?}"));
    assert_clean(signed.authorization());
    // The token is in the headers to send, where it belongs.
    assert!(
        signed
            .headers()
            .any(|(name, value)| name == "X-TC-Token" && value == TOKEN)
    );
}

#[test]
fn verifier_and_its_errors_are_quiet() {
    let credentials = Credentials::new("AKIDvisible", KEY).with_token(TOKEN);
    let map: HashMap<String, Credentials> =
        [("AKIDvisible".to_owned(), credentials.clone())].into();
    let verifier = Verifier::new(map, "ecm");
    assert_clean(&format!("{verifier:?}"));

    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", b"{}");
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000);
    let signed = sign_tc3(&request, &params, &credentials).unwrap();
    let mut headers = vec![
        ("Host", "ecm.tencentcloudapi.com"),
        ("Content-Type", "application/json"),
    ];
    headers.extend(signed.headers());
    // Token missing, wrong body, expired: none of the errors mention secrets.
    let without_token: Vec<_> = headers
        .iter()
        .copied()
        .filter(|(name, _)| *name != "X-TC-Token")
        .collect();
    let errors = [
        verifier.verify_tc3(
            &ReceivedTc3Request::new("POST", &without_token, b"{}"),
            1_700_000_000,
        ),
        verifier.verify_tc3(
            &ReceivedTc3Request::new("POST", &headers, b"{ }"),
            1_700_000_000,
        ),
        verifier.verify_tc3(
            &ReceivedTc3Request::new("POST", &headers, b"{}"),
            1_800_000_000,
        ),
    ];
    for error in errors {
        let error = error.unwrap_err();
        assert_clean(&error.to_string());
        assert_clean(&error.message());
        assert_clean(&format!("{error:?}"));
    }
}

#[test]
fn v1_signature_debug_redacts_signature_and_token() {
    use tencentcloud_signer::{V1Params, V1Request, sign_v1};
    let credentials = Credentials::new("AKIDvisible", KEY).with_token(TOKEN);
    let params = [("Limit", "20")];
    let request = V1Request::get("ecm.tencentcloudapi.com", &params);
    let common = V1Params::new("DescribeNode", "2019-07-19", 1_700_000_000, 7);
    let signed = sign_v1(&request, &common, &credentials).unwrap();
    for text in [format!("{signed:?}"), format!("{signed:#?}")] {
        assert_clean(&text);
        assert!(
            !text.contains(signed.signature()),
            "signature leaked: {text}"
        );
        let encoded_signature = signed
            .encoded_params()
            .split('&')
            .find_map(|pair| pair.strip_prefix("Signature="))
            .unwrap();
        assert!(
            !text.contains(encoded_signature),
            "signature leaked: {text}"
        );
        assert!(text.contains("Signature=<redacted>"), "{text}");
        assert!(text.contains("Token=<redacted>"), "{text}");
        assert!(text.contains("Limit=20"), "{text}");
    }
    // The parameters to send are untouched.
    assert!(signed.encoded_params().contains(TOKEN));
}
