//! The signer's verification side: `Authorization` headers, TC3 requests and v1 parameter
//! strings from an untrusted client are accepted or refused with a documented error code —
//! never a panic. And whatever the signer agrees to sign, the verifier accepts.
//!
//! Input: byte 0 picks the mode; the rest is split into fields at `0xFF` bytes.
//! - `0` TC3 as received: method, path, query, `Authorization`, `X-TC-Timestamp`,
//!   `Content-Type`, further `name: value` header lines, body.
//! - `1` v1 as received: method, host, path, then a `k=v&…` parameter string (form-decoded).
//! - `2` TC3 round trip: sign method/content type/path/query/body/extra header/region/token
//!   fields with the signer, then verify what it produced: must pass.
//! - `3` v1 round trip: sign the parameters of a `k=v&…` string (GET or POST, HmacSHA1 or
//!   HmacSHA256), form-decode the encoded result as a server would, verify: must pass.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, ReceivedV1Request, SignatureMethod, Tc3Params, Tc3Request,
    V1Params, V1Request, Verifier, sign_tc3, sign_v1,
};

const SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const HOST: &str = "ecm.tencentcloudapi.com";
/// 2023-11-14T22:13:20Z.
const NOW: u64 = 1_700_000_000;

/// The next field, or the empty string once the input is used up.
fn next<'a>(fields: &mut impl Iterator<Item = &'a [u8]>) -> String {
    fields
        .next()
        .map(|field| String::from_utf8_lossy(field).into_owned())
        .unwrap_or_default()
}

fn verifier(token: Option<&str>) -> Verifier<Credentials> {
    let mut credentials = Credentials::new(SECRET_ID, SECRET_KEY);
    if let Some(token) = token {
        credentials = credentials.with_token(token);
    }
    Verifier::new(credentials, "ecm")
}

fn check_code(code: &str) {
    assert!(
        code.starts_with("AuthFailure.")
            || matches!(
                code,
                "MissingParameter" | "InvalidParameter" | "InvalidParameterValue"
            ),
        "undocumented code {code}"
    );
}

fn tc3_received(data: &[u8]) {
    let mut fields = data.split(|&b| b == 0xFF);
    let method = next(&mut fields);
    let path = next(&mut fields);
    let query = next(&mut fields);
    let authorization = next(&mut fields);
    let timestamp = next(&mut fields);
    let content_type = next(&mut fields);
    let extra = next(&mut fields);
    let body = fields.next().unwrap_or_default();
    let mut headers: Vec<(&str, &str)> = vec![
        ("Host", HOST),
        ("Authorization", &authorization),
        ("X-TC-Timestamp", &timestamp),
        ("Content-Type", &content_type),
        ("X-TC-Action", "DescribeNode"),
        ("X-TC-Version", "2019-07-19"),
    ];
    headers.extend(
        extra
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name, value.trim())),
    );
    let request = ReceivedTc3Request::new(&method, &headers, body)
        .with_path(&path)
        .with_query(&query);
    if let Err(error) = verifier(None).verify_tc3(&request, NOW) {
        check_code(error.code());
        assert!(!error.message().contains(SECRET_KEY));
    }
}

fn v1_received(data: &[u8]) {
    let mut fields = data.splitn(4, |&b| b == 0xFF);
    let method = next(&mut fields);
    let host = next(&mut fields);
    let path = next(&mut fields);
    let params: Vec<(String, String)> = form_urlencoded::parse(fields.next().unwrap_or_default())
        .into_owned()
        .collect();
    let request = ReceivedV1Request::new(&method, &host, &params).with_path(&path);
    if let Err(error) = verifier(None).verify_v1(&request, NOW) {
        check_code(error.code());
        assert!(!error.message().contains(SECRET_KEY));
    }
}

fn tc3_round_trip(data: &[u8]) {
    let Some((&flags, data)) = data.split_first() else {
        return;
    };
    let mut fields = data.split(|&b| b == 0xFF);
    let method = if flags & 1 == 0 { "POST" } else { "GET" };
    let content_type = next(&mut fields);
    let path = next(&mut fields);
    let query = next(&mut fields);
    let extra_value = next(&mut fields);
    let region = next(&mut fields);
    let token = next(&mut fields);
    let body = fields.next().unwrap_or_default();
    let body = if method == "GET" { &[][..] } else { body };
    let extra = [("X-TC-Language", extra_value.as_str())];
    let mut request = Tc3Request::new(method, HOST, &content_type, body)
        .with_path(&path)
        .with_query(&query);
    if flags & 2 != 0 {
        request = request.with_signed_headers(&extra);
    }
    let mut params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", NOW);
    if flags & 4 != 0 {
        params = params.with_region(&region);
    }
    let token = (flags & 8 != 0).then_some(token);
    let mut credentials = Credentials::new(SECRET_ID, SECRET_KEY);
    if let Some(token) = &token {
        credentials = credentials.with_token(token.clone());
    }
    let Ok(signature) = sign_tc3(&request, &params, &credentials) else {
        return;
    };
    let mut headers: Vec<(&str, &str)> = vec![("Host", HOST), ("Content-Type", &content_type)];
    headers.extend(signature.headers());
    if flags & 2 != 0 {
        headers.extend_from_slice(&extra);
    }
    let received = ReceivedTc3Request::new(method, &headers, body)
        .with_path(&path)
        .with_query(&query);
    if let Err(error) = verifier(token.as_deref()).verify_tc3(&received, NOW) {
        panic!("signed by the signer, refused by the verifier: {error:?} ({headers:?})");
    }
}

fn v1_round_trip(data: &[u8]) {
    let Some((&flags, data)) = data.split_first() else {
        return;
    };
    let params: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    let method = if flags & 1 == 0 { "GET" } else { "POST" };
    let request = if method == "GET" {
        V1Request::get(HOST, &params)
    } else {
        V1Request::post_form(HOST, &params)
    };
    let signature_method = if flags & 2 == 0 {
        SignatureMethod::HmacSha1
    } else {
        SignatureMethod::HmacSha256
    };
    let common = V1Params::new("DescribeNode", "2019-07-19", NOW, u64::from(flags) + 1)
        .with_signature_method(signature_method);
    let credentials = Credentials::new(SECRET_ID, SECRET_KEY);
    let Ok(signature) = sign_v1(&request, &common, &credentials) else {
        return;
    };
    let received: Vec<(String, String)> =
        form_urlencoded::parse(signature.encoded_params().as_bytes())
            .into_owned()
            .collect();
    let request = ReceivedV1Request::new(method, HOST, &received);
    if let Err(error) = verifier(None).verify_v1(&request, NOW) {
        panic!("signed by the signer, refused by the verifier: {error:?} ({received:?})");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 4 {
        0 => tc3_received(rest),
        1 => v1_received(rest),
        2 => tc3_round_trip(rest),
        _ => v1_round_trip(rest),
    }
});
