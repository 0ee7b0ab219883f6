//! What one operation of each mode does.

use ecm_sdk::actions::DescribeNodeRequest;
use ecm_sdk::transport::{Bytes, ReplayTransport, json_response};
use ecm_sdk::{Client, Credentials};
use tencentcloud_signer::{
    SignatureMethod, Tc3Params, Tc3Request, V1Params, V1Request, sign_tc3, sign_v1,
};

use crate::fixture::CANNED_RESPONSE;

/// The contract's SecretId.
pub const SECRET_ID: &str = "AKIDbenchbenchbenchbenchbenchbench12";
/// The contract's SecretKey.
pub const SECRET_KEY: &str = "benchbenchbenchbenchbenchbench12";
/// The region every request carries.
pub const REGION: &str = "ap-guangzhou";
/// The host the `sign` modes sign for (the production endpoint, as in the golden check).
pub const HOST: &str = "ecm.tencentcloudapi.com";
/// The service name in the TC3 credential scope.
pub const SERVICE: &str = "ecm";
/// The action.
pub const ACTION: &str = "DescribeNode";
/// The API version.
pub const VERSION: &str = "2019-07-19";
/// The `TotalCount` every decoded answer must carry (the documented example has two nodes).
pub const EXPECTED_TOTAL_COUNT: i64 = 2;

/// Signs the request the way the SDK does, without the client around it.
#[derive(Debug)]
pub struct RequestSigner {
    request: DescribeNodeRequest,
    credentials: tencentcloud_signer::Credentials,
}

impl RequestSigner {
    /// A signer for `request` with the contract's credentials (whose derived-key cache
    /// persists across operations, as the SDK's does).
    pub fn new(request: DescribeNodeRequest) -> Self {
        RequestSigner {
            request,
            credentials: tencentcloud_signer::Credentials::new(SECRET_ID, SECRET_KEY),
        }
    }

    /// The contract's credentials, with their derived-key cache.
    pub fn credentials(&self) -> &tencentcloud_signer::Credentials {
        &self.credentials
    }

    /// The JSON body the SDK sends for the request (`serde_json::to_vec` of the typed
    /// request, as `Client::send` does).
    pub fn json_body(&self) -> Result<Vec<u8>, String> {
        serde_json::to_vec(&self.request).map_err(|error| error.to_string())
    }

    /// One `sign` operation: serialise the request to JSON and return the TC3-HMAC-SHA256
    /// `Authorization` of `POST /` to [`HOST`] with `Content-Type: application/json`.
    pub fn tc3_authorization(&self, timestamp: u64) -> Result<String, String> {
        let body = self.json_body()?;
        tc3_authorization_of(&body, timestamp, &self.credentials)
    }

    /// One `sign-v1` operation: flatten the request with the SDK's encoder and return the
    /// HmacSHA256-signed, encoded POST form (common parameters and `Signature` included).
    pub fn v1_form(&self, timestamp: u64, nonce: u64) -> Result<String, String> {
        let flattened = ecm_sdk::__bench::to_params(&self.request)?;
        let params = flattened.pairs();
        let common = V1Params::new(ACTION, VERSION, timestamp, nonce)
            .with_region(REGION)
            .with_signature_method(SignatureMethod::HmacSha256);
        sign_v1(
            &V1Request::post_form(HOST, &params),
            &common,
            &self.credentials,
        )
        .map(|signed| signed.into_encoded_params())
        .map_err(|error| error.to_string())
    }
}

/// The TC3 `Authorization` of a JSON `body` posted to [`HOST`] at `timestamp`.
pub fn tc3_authorization_of(
    body: &[u8],
    timestamp: u64,
    credentials: &tencentcloud_signer::Credentials,
) -> Result<String, String> {
    let params = Tc3Params::new(SERVICE, ACTION, VERSION, timestamp).with_region(REGION);
    sign_tc3(&Tc3Request::post_json(HOST, body), &params, credentials)
        .map(|signed| signed.authorization().to_owned())
        .map_err(|error| error.to_string())
}

/// The `noio` client: default configuration, the replay transport answering every request
/// with [`CANNED_RESPONSE`] (HTTP 200, JSON), recording off.
pub fn noio_client(endpoint: &str) -> Result<Client, String> {
    let body = Bytes::from_static(CANNED_RESPONSE.as_bytes());
    let transport =
        ReplayTransport::from_fn(move |_| Ok(json_response(200, body.clone()))).without_recording();
    Client::builder()
        .credentials(Credentials::new(SECRET_ID, SECRET_KEY))
        .region(REGION)
        .endpoint(endpoint)
        .transport(transport)
        .build()
        .map_err(|error| error.to_string())
}

/// The `e2e` client: configured as a user would (default transport, retries and
/// timeouts), with `endpoint` (plain HTTP) as its endpoint.
pub fn e2e_client(endpoint: &str) -> Result<Client, String> {
    Client::builder()
        .credentials(Credentials::new(SECRET_ID, SECRET_KEY))
        .region(REGION)
        .endpoint(endpoint)
        .build()
        .map_err(|error| error.to_string())
}

/// One client operation: build the request (a clone of the parsed fixture), call, and
/// check the decoded answer.
pub async fn describe_node(client: &Client, request: &DescribeNodeRequest) -> Result<(), String> {
    let output = client
        .describe_node(request.clone())
        .await
        .map_err(|error| format!("DescribeNode failed: {error}"))?;
    if output.total_count != Some(EXPECTED_TOTAL_COUNT) {
        return Err(format!(
            "DescribeNode answered TotalCount {:?}, expected {EXPECTED_TOTAL_COUNT}",
            output.total_count
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{EMBEDDED_REQUEST, parse_request};

    /// The contract's golden value: TC3 over the fixture serialised compactly in file
    /// order (957 bytes), at 1700000000.
    const GOLDEN: &str = "TC3-HMAC-SHA256 Credential=AKIDbenchbenchbenchbenchbenchbench12/2023-11-14/ecm/tc3_request, SignedHeaders=content-type;host, Signature=3b0a73cef7ab6440bf4aebe469e0008256eb8624c83b3e5d673d4654d506010b";

    /// Whitespace outside strings removed, member order kept.
    fn compact_in_file_order(json: &str) -> String {
        let mut out = String::with_capacity(json.len());
        let (mut in_string, mut escaped) = (false, false);
        for c in json.chars() {
            if in_string {
                out.push(c);
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
            } else if !c.is_whitespace() {
                in_string = c == '"';
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn the_signing_function_reproduces_the_contract_golden() {
        let body = compact_in_file_order(EMBEDDED_REQUEST);
        assert_eq!(body.len(), 957);
        let credentials = tencentcloud_signer::Credentials::new(SECRET_ID, SECRET_KEY);
        assert_eq!(
            tc3_authorization_of(body.as_bytes(), 1_700_000_000, &credentials).unwrap(),
            GOLDEN
        );
    }

    #[test]
    fn the_typed_body_is_the_fixture_with_filter_members_in_documented_order() {
        // The generated `Filter` declares its members in the documentation's order
        // (`Values`, then `Name`); the fixture lists `Name` first. Same members, values and
        // size; only the member order differs, so the signature differs from the golden.
        let signer = RequestSigner::new(parse_request(EMBEDDED_REQUEST).unwrap());
        let typed = String::from_utf8(signer.json_body().unwrap()).unwrap();
        let file = compact_in_file_order(EMBEDDED_REQUEST);
        assert_eq!(typed.len(), 957);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&typed).unwrap(),
            serde_json::from_str::<serde_json::Value>(&file).unwrap()
        );
        assert!(
            typed.starts_with(r#"{"Filters":[{"Values":["S5","SN3ne","#),
            "{typed}"
        );
        // Moving each filter's `"Name":…` member in front of its `"Values"` gives the file.
        let mut reordered = String::new();
        let mut rest = typed.as_str();
        while let Some(start) = rest.find(r#"{"Values":"#) {
            let object_end = start + rest[start..].find('}').unwrap();
            let object = &rest[start + 1..object_end];
            let name_at = object.rfind(r#","Name":"#).unwrap();
            reordered.push_str(&rest[..start]);
            reordered.push('{');
            reordered.push_str(&object[name_at + 1..]);
            reordered.push(',');
            reordered.push_str(&object[..name_at]);
            reordered.push('}');
            rest = &rest[object_end + 1..];
        }
        reordered.push_str(rest);
        assert_eq!(reordered, file);
    }

    #[test]
    fn the_sign_mode_signs_the_typed_body() {
        // Independent expectation: tests/fixtures/golden_typed_order.py (Python hashlib/hmac,
        // from the documentation's algorithm) over the typed body, at 1700000000.
        let signer = RequestSigner::new(parse_request(EMBEDDED_REQUEST).unwrap());
        assert_eq!(
            signer.tc3_authorization(1_700_000_000).unwrap(),
            include_str!("../tests/fixtures/golden_typed_order.txt").trim()
        );
    }

    #[test]
    fn the_v1_form_carries_every_parameter_and_a_signature() {
        let signer = RequestSigner::new(parse_request(EMBEDDED_REQUEST).unwrap());
        let form = signer.v1_form(1_700_000_000, 11_886).unwrap();
        let pairs: Vec<(String, String)> = form
            .split('&')
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap();
                (name.to_owned(), value.to_owned())
            })
            .collect();
        // 5 names + 64 values + Action, Version, Region, Nonce, Timestamp, SecretId,
        // SignatureMethod, Signature.
        assert_eq!(pairs.len(), 69 + 8, "{form}");
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("Filters.0.Name"), Some("InstanceFamily"));
        assert_eq!(get("Filters.4.Values.1"), Some("PREPAID"));
        assert_eq!(get("SignatureMethod"), Some("HmacSHA256"));
        assert_eq!(get("Region"), Some(REGION));
        // The form is RFC 3986-encoded; base64 uses `+`, `/` and `=`.
        let signature = get("Signature")
            .unwrap()
            .replace("%2B", "+")
            .replace("%2F", "/")
            .replace("%3D", "=");
        assert_eq!(
            signature,
            include_str!("../tests/fixtures/golden_v1_signature.txt").trim()
        );
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_noio_client_decodes_the_canned_answer() {
        let client = noio_client("http://127.0.0.1:9/").unwrap();
        let request = parse_request(EMBEDDED_REQUEST).unwrap();
        describe_node(&client, &request).await.unwrap();
    }
}
