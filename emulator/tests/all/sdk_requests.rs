//! Requests shaped the way Tencent's official SDKs send them (Python
//! `tencentcloud-sdk-python-common`, Node.js `tencentcloud-sdk-nodejs`): their extra common
//! parameters and headers, their text forms of booleans, the port-less host the Node.js SDK
//! signs, the documentation's own alternative scalar forms. And the bad input next to each that
//! must still be refused. The full matrix with the real SDKs is `conformance/run.sh`.

use crate::common::*;
use ecm_emulator::{EmulatorConfig, EmulatorHandle};
use serde_json::json;
use tencentcloud_signer::{SignatureMethod, Tc3Params, Tc3Request, sign_tc3};

/// An emulator serving the embedded spec (all 124 actions).
/// The embedded spec in replay mode: these tests are about what the protocol layer accepts,
/// so every action answers its documented example instead of looking resources up.
async fn start_full() -> EmulatorHandle {
    start_with(EmulatorConfig::new().replay(true)).await
}

const V1_METHODS: [SignatureMethod; 2] = [SignatureMethod::HmacSha1, SignatureMethod::HmacSha256];

#[tokio::test]
async fn v1_requests_with_the_sdks_request_client_and_language_are_answered() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeConfig");
    for method in V1_METHODS {
        for (name, value) in [
            ("RequestClient", "SDK_PYTHON_3.1.195"),
            ("RequestClient", "SDK_NODEJS_4.1.313"),
            ("Language", "en-US"),
        ] {
            let params = [(name, value)];
            for request in [call.v1_get(&params, method), call.v1_form(&params, method)] {
                let received = send(&emulator, &request).await;
                received.expect_success();
                let entry = emulator.journal().pop().expect("journaled");
                assert_eq!(entry.params, json!({}), "{name} is not an action parameter");
            }
        }
    }
}

#[tokio::test]
async fn an_unknown_parameter_that_is_not_a_common_one_is_still_refused() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeConfig");
    for method in V1_METHODS {
        for name in ["RequestClients", "requestclient", "TraceId"] {
            let params = [(name, "x")];
            for request in [call.v1_get(&params, method), call.v1_form(&params, method)] {
                let message = send(&emulator, &request)
                    .await
                    .expect_error("UnknownParameter");
                assert!(message.contains(&format!("`{name}`")), "{message}");
            }
        }
    }
}

#[tokio::test]
async fn tc3_requests_with_the_sdks_extra_headers_are_answered() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeConfig");
    let extra = [
        ("X-TC-RequestClient", "SDK_PYTHON_3.1.195"),
        ("X-TC-Language", "zh-CN"),
        ("X-TC-TraceId", "ffe0c072-8a5d-4e17-8887-a8a60252abca"),
        ("User-Agent", "python-requests/2.32.3"),
    ];
    for request in [call.tc3_json("{}"), call.tc3_get(&[])] {
        let mut request = request;
        for (name, value) in extra {
            request = request.header(name, value);
        }
        send(&emulator, &request).await.expect_success();
    }
}

#[tokio::test]
async fn python_style_booleans_are_accepted_in_queries_and_forms() {
    let emulator = start_full().await;
    let call = Call::new(&emulator, "StopInstances");
    for (text, value) in [
        ("False", false),
        ("True", true),
        ("TRUE", true),
        ("false", false),
    ] {
        let params = [("InstanceIdSet.0", "ein-496721al"), ("ForceStop", text)];
        let requests = [
            call.tc3_get(&params),
            call.v1_get(&params, SignatureMethod::HmacSha1),
            call.v1_form(&params, SignatureMethod::HmacSha256),
        ];
        for request in requests {
            send(&emulator, &request).await.expect_success();
            let entry = emulator.journal().pop().expect("journaled");
            assert_eq!(
                entry.params,
                json!({"InstanceIdSet": ["ein-496721al"], "ForceStop": value}),
                "{text}"
            );
        }
    }
}

#[tokio::test]
async fn malformed_booleans_are_still_invalid() {
    let emulator = start_full().await;
    let call = Call::new(&emulator, "StopInstances");
    for text in ["Flase", "1", "yes", ""] {
        let params = [("InstanceIdSet.0", "ein-496721al"), ("ForceStop", text)];
        for request in [
            call.tc3_get(&params),
            call.v1_get(&params, SignatureMethod::HmacSha1),
            call.v1_form(&params, SignatureMethod::HmacSha256),
        ] {
            let message = send(&emulator, &request)
                .await
                .expect_error("InvalidParameter");
            assert!(message.contains("`ForceStop`"), "{text:?}: {message}");
        }
        let body = json!({"InstanceIdSet": ["ein-496721al"], "ForceStop": text}).to_string();
        send(&emulator, &call.tc3_json(&body))
            .await
            .expect_error("InvalidParameter");
    }
}

#[tokio::test]
async fn strict_mode_keeps_query_booleans_lower_case() {
    let emulator = start_with(EmulatorConfig::new().replay(true).strict_scalars(true)).await;
    let call = Call::new(&emulator, "StopInstances");
    let params = [("InstanceIdSet.0", "ein-496721al"), ("ForceStop", "False")];
    send(&emulator, &call.v1_get(&params, SignatureMethod::HmacSha1))
        .await
        .expect_error("InvalidParameter");
    let params = [("InstanceIdSet.0", "ein-496721al"), ("ForceStop", "false")];
    send(&emulator, &call.v1_get(&params, SignatureMethod::HmacSha1))
        .await
        .expect_success();
}

/// A TC3 request signed over `signed_host` but sent with `Host: <emulator address>`, as the
/// Node.js SDK does (it signs the URL's hostname, without the port).
fn tc3_signed_over(
    call: &Call,
    emulator: &EmulatorHandle,
    signed_host: &str,
    get: bool,
) -> RawRequest {
    let mut signing = call.clone();
    signing.host = signed_host.to_owned();
    let request = if get {
        signing.tc3_get(&[
            ("Filters.0.Name", "InstanceFamily"),
            ("Filters.0.Values.0", "SN3ne"),
        ])
    } else {
        signing.tc3_json(r#"{"Filters":[{"Name":"InstanceFamily","Values":["SN3ne"]}]}"#)
    };
    request.header("Host", &emulator.host())
}

#[tokio::test]
async fn a_tc3_signature_over_the_port_less_host_is_accepted() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let hostname = emulator.address().ip().to_string();
    for get in [false, true] {
        let request = tc3_signed_over(&call, &emulator, &hostname, get);
        send(&emulator, &request).await.expect_success();
        // And the host as sent, port included, as the Python SDK signs it.
        let request = tc3_signed_over(&call, &emulator, &emulator.host(), get);
        send(&emulator, &request).await.expect_success();
    }
}

#[tokio::test]
async fn a_tc3_signature_over_another_host_is_refused() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let port = emulator.address().port();
    for other in [
        "ecm.tencentcloudapi.com".to_owned(),
        format!("127.0.0.2:{port}"),
        "127.0.0.2".to_owned(),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        format!(":{port}"),
    ] {
        for get in [false, true] {
            let request = tc3_signed_over(&call, &emulator, &other, get);
            let message = send(&emulator, &request)
                .await
                .expect_error("AuthFailure.SignatureFailure");
            assert!(message.contains("signature"), "{other}: {message}");
        }
    }
}

#[tokio::test]
async fn a_v1_signature_over_another_host_is_refused() {
    let emulator = start().await;
    let mut call = Call::new(&emulator, "DescribeConfig");
    call.host = "127.0.0.2".to_owned();
    let request = call
        .v1_get(&[], SignatureMethod::HmacSha1)
        .header("Host", &emulator.host());
    send(&emulator, &request)
        .await
        .expect_error("AuthFailure.SignatureFailure");
    // The port-less form of the Host sent is accepted for v1 as for TC3.
    call.host = emulator.address().ip().to_string();
    let request = call
        .v1_get(&[], SignatureMethod::HmacSha1)
        .header("Host", &emulator.host());
    send(&emulator, &request).await.expect_success();
}

#[tokio::test]
async fn every_signed_header_is_verified_not_only_content_type_and_host() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let body = b"{}";
    let extra = [("X-TC-Action", "DescribeNode"), ("X-TC-Custom", "a")];
    let tc3 = Tc3Request::post_json(&call.host, body).with_signed_headers(&extra);
    let params = Tc3Params::new("ecm", "DescribeNode", VERSION, call.timestamp);
    let signature = sign_tc3(&tc3, &params, &call.credentials).expect("signs");
    assert!(
        signature
            .authorization()
            .contains("SignedHeaders=content-type;host;x-tc-action;x-tc-custom"),
        "{}",
        signature.authorization()
    );
    let mut request = RawRequest {
        method: "POST".to_owned(),
        target: "/".to_owned(),
        headers: vec![
            ("Host".to_owned(), call.host.clone()),
            ("Content-Type".to_owned(), "application/json".to_owned()),
            ("X-TC-Custom".to_owned(), "a".to_owned()),
        ],
        body: body.to_vec(),
    };
    for (name, value) in signature.headers() {
        request = request.header(name, value);
    }
    send(&emulator, &request).await.expect_success();

    // A listed header changed after signing (the action swapped, or any other): refused.
    let swapped = request.clone().header("X-TC-Action", "RunInstances");
    send(&emulator, &swapped)
        .await
        .expect_error("AuthFailure.SignatureFailure");
    let changed = request.clone().header("X-TC-Custom", "b");
    send(&emulator, &changed)
        .await
        .expect_error("AuthFailure.SignatureFailure");
    // A listed header missing: the Authorization header does not describe the request.
    let missing = request.without_header("X-TC-Custom");
    send(&emulator, &missing)
        .await
        .expect_error("AuthFailure.InvalidAuthorization");
}

#[tokio::test]
async fn an_integer_in_a_string_is_one_rule_in_every_encoding() {
    let emulator = start().await;
    let call = Call::new(&emulator, "ModifyModuleNetwork");
    let body = json!({"ModuleId": "em-1", "DefaultBandwidth": "2000"}).to_string();
    send(&emulator, &call.tc3_json(&body))
        .await
        .expect_success();
    let params = [("ModuleId", "em-1"), ("DefaultBandwidth", "2000")];
    send(&emulator, &call.tc3_get(&params))
        .await
        .expect_success();
    assert_eq!(
        emulator.journal().pop().unwrap().params,
        json!({"ModuleId": "em-1", "DefaultBandwidth": 2000})
    );
    send(&emulator, &call.v1_form(&params, SignatureMethod::HmacSha1))
        .await
        .expect_success();

    // What would lose or invent data is refused, in every encoding.
    for text in ["2000.5", "+2000", "02000", " 2000", "2e3"] {
        let body = json!({"ModuleId": "em-1", "DefaultBandwidth": text}).to_string();
        let params = [("ModuleId", "em-1"), ("DefaultBandwidth", text)];
        for request in [
            call.tc3_json(&body),
            call.tc3_get(&params),
            call.v1_form(&params, SignatureMethod::HmacSha1),
        ] {
            let message = send(&emulator, &request)
                .await
                .expect_error("InvalidParameter");
            assert!(message.contains("DefaultBandwidth"), "{text:?}: {message}");
        }
    }
    let body = json!({"ModuleId": "em-1", "DefaultBandwidth": 2000.5}).to_string();
    send(&emulator, &call.tc3_json(&body))
        .await
        .expect_error("InvalidParameter");
}

#[tokio::test]
async fn a_number_for_a_string_parameter_is_accepted_unless_fractional() {
    let emulator = start().await;
    let call = Call::new(&emulator, "ModifyModuleNetwork");
    let body = json!({"ModuleId": 1528600, "DefaultBandwidth": 10}).to_string();
    send(&emulator, &call.tc3_json(&body))
        .await
        .expect_success();
    let body = json!({"ModuleId": 1.5, "DefaultBandwidth": 10}).to_string();
    send(&emulator, &call.tc3_json(&body))
        .await
        .expect_error("InvalidParameter");
}

#[tokio::test]
async fn strict_mode_refuses_alternative_forms_in_json() {
    let emulator = start_with(config().strict_scalars(true)).await;
    let call = Call::new(&emulator, "ModifyModuleNetwork");
    for body in [
        json!({"ModuleId": "em-1", "DefaultBandwidth": "2000"}),
        json!({"ModuleId": 1528600, "DefaultBandwidth": 10}),
    ] {
        send(&emulator, &call.tc3_json(&body.to_string()))
            .await
            .expect_error("InvalidParameter");
    }
    let body = json!({"ModuleId": "em-1", "DefaultBandwidth": 2000});
    send(&emulator, &call.tc3_json(&body.to_string()))
        .await
        .expect_success();
}

#[tokio::test]
async fn application_json_without_charset_and_with_a_charset_are_both_json() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeConfig");
    for content_type in ["application/json", "application/json; charset=utf-8"] {
        let mut request = call.tc3_json("{}");
        // Re-sign with this content type.
        let tc3 = Tc3Request::new("POST", &call.host, content_type, b"{}");
        let params = Tc3Params::new("ecm", "DescribeConfig", VERSION, call.timestamp);
        let signature = sign_tc3(&tc3, &params, &call.credentials).expect("signs");
        request = request.header("Content-Type", content_type);
        for (name, value) in signature.headers() {
            request = request.header(name, value);
        }
        send(&emulator, &request).await.expect_success();
    }
}

#[tokio::test]
async fn an_empty_secret_id_or_key_is_refused_at_start() {
    for (id, key) in [("AKIDx", ""), ("", "key"), ("  ", "key")] {
        let error = ecm_emulator::Emulator::start(EmulatorConfig::new().credentials(id, key))
            .await
            .expect_err("refused");
        assert!(
            matches!(error, ecm_emulator::StartError::Config(_)),
            "{error:?}"
        );
        assert!(error.to_string().contains("must not be empty"), "{error}");
    }
}

/// The Python SDK's `ClientProfile(unsignedPayload=True)`: `X-TC-Content-SHA256:
/// UNSIGNED-PAYLOAD`, and the signature's payload hash is that of the text `UNSIGNED-PAYLOAD`.
#[tokio::test]
async fn a_tc3_request_with_an_unsigned_payload_is_accepted() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let body = br#"{"Filters":[]}"#;
    let signed_over = b"UNSIGNED-PAYLOAD";
    let tc3 = Tc3Request::post_json(&call.host, signed_over);
    let params = Tc3Params::new("ecm", "DescribeNode", VERSION, call.timestamp);
    let signature = sign_tc3(&tc3, &params, &call.credentials).expect("signs");
    let mut request = call
        .tc3_json(std::str::from_utf8(body).unwrap())
        .header("X-TC-Content-SHA256", "UNSIGNED-PAYLOAD");
    for (name, value) in signature.headers() {
        request = request.header(name, value);
    }
    send(&emulator, &request).await.expect_success();
    assert_eq!(
        emulator.journal().pop().unwrap().params,
        json!({"Filters": []})
    );
    // Without the header the same signature does not cover this body.
    let without = request.without_header("X-TC-Content-SHA256");
    send(&emulator, &without)
        .await
        .expect_error("AuthFailure.SignatureFailure");
}

/// A client configured with an HTTP proxy (the Python SDK's `proxy` setting) sends the
/// absolute URL of the real endpoint as the request target; the emulator serves it like `/`.
#[tokio::test]
async fn an_absolute_form_request_target_is_served_like_the_root_path() {
    let emulator = start().await;
    let mut call = Call::new(&emulator, "DescribeNode");
    call.host = "ecm.tencentcloudapi.com".to_owned();
    let mut post = call.tc3_json("{}");
    post.target = "http://ecm.tencentcloudapi.com/".to_owned();
    let mut get = call.v1_get(&[], SignatureMethod::HmacSha1);
    get.target = format!("http://ecm.tencentcloudapi.com{}", get.target);
    for request in [post, get] {
        // Raw bytes, so that the target goes on the wire exactly as written.
        let bytes = request.header("Connection", "close").to_bytes();
        assert!(bytes.starts_with(b"POST http://") || bytes.starts_with(b"GET http://"));
        let (answer, _) = send_raw(&emulator, &bytes).await;
        let answer = String::from_utf8_lossy(&answer);
        assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
        assert!(answer.contains(r#""NodeSet""#), "{answer}");
        assert!(!answer.contains(r#""Error""#), "{answer}");
    }
}

/// A client configured with a tunnelling HTTP proxy (the Node.js SDK's `proxy` setting) opens
/// `CONNECT ecm.tencentcloudapi.com:80` and sends its requests inside; the emulator answers as
/// the proxy and then as the endpoint.
#[tokio::test]
async fn requests_inside_a_connect_tunnel_are_served() {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let emulator = start().await;
    let mut call = Call::new(&emulator, "DescribeNode");
    call.host = "ecm.tencentcloudapi.com".to_owned();
    let stream = tokio::net::TcpStream::connect(emulator.address())
        .await
        .unwrap();
    let mut stream = BufReader::new(stream);
    stream
        .get_mut()
        .write_all(b"CONNECT ecm.tencentcloudapi.com:80 HTTP/1.1\r\nHost: ecm.tencentcloudapi.com:80\r\n\r\n")
        .await
        .unwrap();
    let mut status = String::new();
    stream.read_line(&mut status).await.unwrap();
    assert_eq!(status, "HTTP/1.1 200 Connection established\r\n");
    let mut blank = String::new();
    stream.read_line(&mut blank).await.unwrap();
    assert_eq!(blank, "\r\n");

    let request = call.tc3_json("{}").header("Connection", "close");
    stream
        .get_mut()
        .write_all(&request.to_bytes())
        .await
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
    assert!(answer.contains(r#""NodeSet""#), "{answer}");
    assert!(!answer.contains(r#""Error""#), "{answer}");
}

#[tokio::test]
async fn a_connect_tunnel_to_port_443_is_refused_with_an_explanation() {
    let emulator = start().await;
    let (answer, _) = send_raw(
        &emulator,
        b"CONNECT ecm.tencentcloudapi.com:443 HTTP/1.1\r\nHost: ecm.tencentcloudapi.com:443\r\n\r\n",
    )
    .await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 502 Bad Gateway"), "{answer}");
    assert!(answer.contains("plain HTTP only"), "{answer}");
}
