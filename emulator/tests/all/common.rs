//! Shared test helpers: a fixture spec, requests signed with `tencentcloud-signer`, and a
//! small HTTP/1.1 client over raw TCP or hyper.

use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use ecm_spec::Spec;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tencentcloud_signer::{
    Credentials, SignatureMethod, Tc3Params, Tc3Request, V1Params, V1Request, encode_query,
    sign_tc3, sign_v1,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub(crate) const VERSION: &str = "2019-07-19";

/// The fixture spec: five actions copied from the documentation.
pub(crate) fn fixture_spec() -> Spec {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini-spec.json");
    let text = std::fs::read_to_string(path).expect("fixture spec is readable");
    Spec::from_json(&text).expect("fixture spec follows the data model")
}

pub(crate) fn config() -> EmulatorConfig {
    EmulatorConfig::new()
        .spec(fixture_spec())
        .credentials("AKIDtestSecretId0000000000000000", "test-secret-key")
}

pub(crate) async fn start() -> EmulatorHandle {
    start_with(config()).await
}

pub(crate) async fn start_with(config: EmulatorConfig) -> EmulatorHandle {
    Emulator::start(config).await.expect("emulator starts")
}

pub(crate) fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs()
}

/// A request as bytes on the wire: method, target, headers, body.
#[derive(Debug, Clone)]
pub(crate) struct RawRequest {
    pub(crate) method: String,
    pub(crate) target: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl RawRequest {
    /// Sets a header, replacing any of the same name.
    pub(crate) fn header(self, name: &str, value: &str) -> RawRequest {
        let mut request = self.without_header(name);
        request.headers.push((name.to_owned(), value.to_owned()));
        request
    }

    pub(crate) fn without_header(mut self, name: &str) -> RawRequest {
        self.headers
            .retain(|(existing, _)| !existing.eq_ignore_ascii_case(name));
        self
    }

    /// The request line and the headers, each ending in CRLF, without Content-Length and
    /// without the blank line that ends the head: tests that send a head of their own making
    /// (a false length, a chunked body, a hang-up) append the rest.
    pub(crate) fn head_lines(&self) -> String {
        let mut head = format!("{} {} HTTP/1.1\r\n", self.method, self.target);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head
    }

    /// The HTTP/1.1 message, with Content-Length.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut head = self.head_lines();
        if self.method == "POST" {
            head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&self.body);
        bytes
    }
}

/// Builds signed requests for one action.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) host: String,
    pub(crate) action: String,
    pub(crate) version: String,
    pub(crate) timestamp: u64,
    pub(crate) credentials: Credentials,
    pub(crate) region: Option<String>,
}

impl Call {
    pub(crate) fn new(emulator: &EmulatorHandle, action: &str) -> Call {
        let mut credentials = Credentials::new(emulator.secret_id(), emulator.secret_key());
        if let Some(token) = emulator.session_token() {
            credentials = credentials.with_token(token);
        }
        Call::to(&emulator.host(), credentials, action)
    }

    /// A call to an emulator known only by its `host` (e.g. a spawned binary).
    pub(crate) fn to(host: &str, credentials: Credentials, action: &str) -> Call {
        Call {
            host: host.to_owned(),
            action: action.to_owned(),
            version: VERSION.to_owned(),
            timestamp: now(),
            credentials,
            region: None,
        }
    }

    pub(crate) fn version(mut self, version: &str) -> Call {
        self.version = version.to_owned();
        self
    }

    pub(crate) fn timestamp(mut self, timestamp: u64) -> Call {
        self.timestamp = timestamp;
        self
    }

    pub(crate) fn credentials(mut self, credentials: Credentials) -> Call {
        self.credentials = credentials;
        self
    }

    pub(crate) fn region(mut self, region: &str) -> Call {
        self.region = Some(region.to_owned());
        self
    }

    fn tc3_params(&self) -> Tc3Params<'_> {
        let params = Tc3Params::new("ecm", &self.action, &self.version, self.timestamp);
        match &self.region {
            Some(region) => params.with_region(region),
            None => params,
        }
    }

    fn tc3_headers(&self, request: &Tc3Request<'_>, content_type: &str) -> Vec<(String, String)> {
        let signature = sign_tc3(request, &self.tc3_params(), &self.credentials).expect("signs");
        let mut headers = vec![
            ("Host".to_owned(), self.host.clone()),
            ("Content-Type".to_owned(), content_type.to_owned()),
        ];
        headers.extend(
            signature
                .headers()
                .map(|(name, value)| (name.to_owned(), value.to_owned())),
        );
        headers
    }

    /// POST / with a JSON body, signed with TC3-HMAC-SHA256.
    pub(crate) fn tc3_json(&self, body: &str) -> RawRequest {
        let request = Tc3Request::post_json(&self.host, body.as_bytes());
        RawRequest {
            method: "POST".to_owned(),
            target: "/".to_owned(),
            headers: self.tc3_headers(&request, "application/json"),
            body: body.as_bytes().to_vec(),
        }
    }

    /// GET /?query, signed with TC3-HMAC-SHA256.
    pub(crate) fn tc3_get(&self, params: &[(&str, &str)]) -> RawRequest {
        let query = encode_query(params);
        let request = Tc3Request::get(&self.host, &query);
        RawRequest {
            method: "GET".to_owned(),
            target: format!("/?{query}"),
            headers: self.tc3_headers(&request, "application/x-www-form-urlencoded"),
            body: Vec::new(),
        }
    }

    fn v1_encoded(
        &self,
        method: &str,
        params: &[(&str, &str)],
        signature: SignatureMethod,
    ) -> String {
        let request = V1Request::new(method, &self.host, params);
        let mut common = V1Params::new(&self.action, &self.version, self.timestamp, 4242)
            .with_signature_method(signature);
        if let Some(region) = &self.region {
            common = common.with_region(region);
        }
        sign_v1(&request, &common, &self.credentials)
            .expect("signs")
            .into_encoded_params()
    }

    /// GET /?params, signed with a v1 method.
    pub(crate) fn v1_get(&self, params: &[(&str, &str)], signature: SignatureMethod) -> RawRequest {
        RawRequest {
            method: "GET".to_owned(),
            target: format!("/?{}", self.v1_encoded("GET", params, signature)),
            headers: vec![("Host".to_owned(), self.host.clone())],
            body: Vec::new(),
        }
    }

    /// POST / with a form body, signed with a v1 method.
    pub(crate) fn v1_form(
        &self,
        params: &[(&str, &str)],
        signature: SignatureMethod,
    ) -> RawRequest {
        RawRequest {
            method: "POST".to_owned(),
            target: "/".to_owned(),
            headers: vec![
                ("Host".to_owned(), self.host.clone()),
                (
                    "Content-Type".to_owned(),
                    "application/x-www-form-urlencoded".to_owned(),
                ),
            ],
            body: self.v1_encoded("POST", params, signature).into_bytes(),
        }
    }
}

/// A received response.
#[derive(Debug)]
pub(crate) struct Received {
    pub(crate) status: u16,
    pub(crate) headers: http::HeaderMap,
    pub(crate) body: Bytes,
}

impl Received {
    /// The body as JSON; panics with the body text if it is not JSON.
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "body is not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// `Response.Error.Code`, if any.
    pub(crate) fn error_code(&self) -> Option<String> {
        self.json()["Response"]["Error"]["Code"]
            .as_str()
            .map(str::to_owned)
    }

    pub(crate) fn error_message(&self) -> String {
        self.json()["Response"]["Error"]["Message"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub(crate) fn request_id(&self) -> String {
        self.json()["Response"]["RequestId"]
            .as_str()
            .expect("RequestId is a string")
            .to_owned()
    }

    /// Asserts an error answer with `code` (HTTP 200, documented shape) and returns the message.
    #[track_caller]
    pub(crate) fn expect_error(&self, code: &str) -> String {
        assert_eq!(self.status, 200, "errors are HTTP 200");
        assert_eq!(
            self.error_code().as_deref(),
            Some(code),
            "body: {}",
            String::from_utf8_lossy(&self.body)
        );
        let response = &self.json()["Response"];
        let members: Vec<&String> = response.as_object().unwrap().keys().collect();
        assert_eq!(members, ["Error", "RequestId"]);
        assert_uuid(&self.request_id());
        self.error_message()
    }

    /// Asserts a success answer and returns the `Response` object.
    #[track_caller]
    pub(crate) fn expect_success(&self) -> Value {
        assert_eq!(self.status, 200);
        assert_eq!(
            self.error_code(),
            None,
            "body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_uuid(&self.request_id());
        self.json()["Response"].clone()
    }
}

#[track_caller]
pub(crate) fn assert_uuid(id: &str) {
    let groups: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12], "{id} is not uuid-shaped");
    assert!(
        id.chars().all(|c| c == '-' || c.is_ascii_hexdigit()),
        "{id}"
    );
}

/// Sends one request on a fresh connection with hyper's client.
pub(crate) async fn send(emulator: &EmulatorHandle, request: &RawRequest) -> Received {
    send_to(emulator.address(), request).await
}

/// Sends one request to `address` on a fresh connection with hyper's client.
pub(crate) async fn send_to(address: std::net::SocketAddr, request: &RawRequest) -> Received {
    let stream = TcpStream::connect(address).await.expect("connects");
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(connection);
    let mut builder = http::Request::builder()
        .method(request.method.as_str())
        .uri(request.target.as_str());
    for (name, value) in &request.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let http_request = builder
        .body(Full::new(Bytes::from(request.body.clone())))
        .expect("valid request");
    let response = sender.send_request(http_request).await.expect("response");
    let (parts, body) = response.into_parts();
    let body = body.collect().await.expect("body").to_bytes();
    Received {
        status: parts.status.as_u16(),
        headers: parts.headers,
        body,
    }
}

/// Writes raw bytes on a fresh connection (from a separate task, so that a server that answers
/// early and closes does not stall the test) and reads until the server closes it. Returns
/// what was read and how reading ended.
pub(crate) async fn send_raw(
    emulator: &EmulatorHandle,
    bytes: &[u8],
) -> (Vec<u8>, std::io::Result<()>) {
    let stream = TcpStream::connect(emulator.address())
        .await
        .expect("connects");
    let (mut reader, mut writer) = stream.into_split();
    let bytes = bytes.to_vec();
    let writing = tokio::spawn(async move {
        // The server may close before everything is written; that is what some tests provoke.
        let _ = writer.write_all(&bytes).await;
        writer
    });
    let mut received = Vec::new();
    let mut buffer = [0u8; 8192];
    let result = loop {
        match reader.read(&mut buffer).await {
            Ok(0) => break Ok(()),
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(error) => break Err(error),
        }
    };
    writing.abort();
    (received, result)
}

/// The examples' GET query pairs of an action in the fixture spec.
pub(crate) fn example_params(spec: &Spec, action: &str) -> Vec<(String, String)> {
    spec.action(action).expect("action in spec").examples[0]
        .input_params
        .clone()
}

pub(crate) fn as_refs(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// The documented output of an action's first example, without its RequestId.
pub(crate) fn documented_output(spec: &Spec, action: &str) -> Value {
    let mut output = spec.action(action).expect("action in spec").examples[0]
        .output
        .clone();
    output
        .as_object_mut()
        .expect("output is an object")
        .remove("RequestId");
    output
}

/// A `Response` object without its RequestId.
pub(crate) fn without_request_id(response: &Value) -> Value {
    let mut response = response.clone();
    response
        .as_object_mut()
        .expect("Response is an object")
        .remove("RequestId");
    response
}
