//! Protocol fidelity: encodings, signatures, routing, parameter validation, size limits and the
//! response envelope, over raw HTTP with requests signed by `tencentcloud-signer`.

use crate::common::*;
use ecm_emulator::EmulatorConfig;
use serde_json::json;
use tencentcloud_signer::{Credentials, SignatureMethod};

#[tokio::test]
async fn tc3_post_json_answers_the_documented_example() {
    let spec = fixture_spec();
    let emulator = start().await;
    let body = r#"{"VpcId": "vpc-m0c2kcun", "SubnetId": "subnet-rtmfkg4w", "HaVipName": "irang_testHaVip"}"#;
    let received = send(
        &emulator,
        &Call::new(&emulator, "CreateHaVip").tc3_json(body),
    )
    .await;
    let response = received.expect_success();
    assert_eq!(
        without_request_id(&response),
        documented_output(&spec, "CreateHaVip")
    );
    assert_ne!(
        received.request_id(),
        "d7226510-434e-4896-bdcd-fb1234aaafdfa",
        "the RequestId is fresh, not the documented one"
    );
    assert_eq!(
        received.headers["content-type"], "application/json",
        "JSON answers say so"
    );
    assert!(received.headers.contains_key("date"));
}

#[tokio::test]
async fn every_answer_has_a_fresh_request_id() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let first = send(&emulator, &call.tc3_json("{}")).await.request_id();
    let second = send(&emulator, &call.tc3_json("{}")).await.request_id();
    let error = send(
        &emulator,
        &call.clone().version("2017-03-12").tc3_json("{}"),
    )
    .await
    .request_id();
    for id in [&first, &second, &error] {
        assert_uuid(id);
    }
    assert_ne!(first, second);
    assert_ne!(second, error);
}

#[tokio::test]
async fn tc3_get_with_a_query_is_accepted_and_decoded_with_the_spec_types() {
    let spec = fixture_spec();
    let emulator = start().await;
    let params = example_params(&spec, "RunInstances");
    let request = Call::new(&emulator, "RunInstances").tc3_get(&as_refs(&params));
    let response = send(&emulator, &request).await.expect_success();
    assert_eq!(
        without_request_id(&response),
        documented_output(&spec, "RunInstances")
    );
    let entry = emulator.journal().pop().expect("journaled");
    assert_eq!(
        entry.params,
        spec.action("RunInstances").unwrap().examples[0].input
    );
}

#[tokio::test]
async fn v1_get_with_hmac_sha1_and_hmac_sha256_is_accepted() {
    let spec = fixture_spec();
    let emulator = start().await;
    let params = example_params(&spec, "DescribeNode");
    for method in [SignatureMethod::HmacSha1, SignatureMethod::HmacSha256] {
        let request = Call::new(&emulator, "DescribeNode")
            .region("ap-guangzhou")
            .v1_get(&as_refs(&params), method);
        let response = send(&emulator, &request).await.expect_success();
        assert_eq!(
            without_request_id(&response),
            documented_output(&spec, "DescribeNode"),
            "{method:?}"
        );
    }
    let methods: Vec<_> = emulator
        .journal()
        .iter()
        .map(|entry| entry.signature_method)
        .collect();
    assert_eq!(
        methods,
        [
            Some(ecm_emulator::SignatureMethod::HmacSha1),
            Some(ecm_emulator::SignatureMethod::HmacSha256)
        ]
    );
}

#[tokio::test]
async fn v1_post_form_is_accepted_with_nested_keys_booleans_and_numbers() {
    let spec = fixture_spec();
    let emulator = start().await;
    let params = example_params(&spec, "RunInstances");
    for method in [SignatureMethod::HmacSha1, SignatureMethod::HmacSha256] {
        let request = Call::new(&emulator, "RunInstances").v1_form(&as_refs(&params), method);
        let response = send(&emulator, &request).await.expect_success();
        assert_eq!(
            response["InstanceIdSet"],
            json!(["ein-197252sp", "ein-19725win", "ein-19623ash"])
        );
    }
    let entry = emulator.journal().pop().unwrap();
    assert_eq!(entry.encoding, ecm_emulator::Encoding::Form);
    assert_eq!(
        entry.params["EnhancedService"],
        json!({"SecurityService": {"Enabled": false}, "MonitorService": {"Enabled": false}})
    );
    assert_eq!(
        entry.params["ZoneInstanceCountISPSet"][1]["InstanceCount"],
        json!(1)
    );
}

#[tokio::test]
async fn a_wrong_key_is_a_signature_failure() {
    let emulator = start().await;
    let forged = Credentials::new(emulator.secret_id(), "not-the-key");
    let call = Call::new(&emulator, "DescribeNode").credentials(forged);
    send(&emulator, &call.tc3_json("{}"))
        .await
        .expect_error("AuthFailure.SignatureFailure");
    send(&emulator, &call.v1_get(&[], SignatureMethod::HmacSha1))
        .await
        .expect_error("AuthFailure.SignatureFailure");
}

#[tokio::test]
async fn a_body_changed_after_signing_is_a_signature_failure() {
    let emulator = start().await;
    let mut request = Call::new(&emulator, "ModifyModuleNetwork")
        .tc3_json(r#"{"ModuleId": "em-1", "DefaultBandwidth": 10}"#);
    request.body = br#"{"ModuleId": "em-1", "DefaultBandwidth": 99}"#.to_vec();
    let message = send(&emulator, &request)
        .await
        .expect_error("AuthFailure.SignatureFailure");
    assert!(message.contains("signature"), "{message}");
}

#[tokio::test]
async fn an_old_or_future_timestamp_is_an_expired_signature() {
    let emulator = start().await;
    for timestamp in [now() - 301, now() + 400] {
        let call = Call::new(&emulator, "DescribeNode").timestamp(timestamp);
        let message = send(&emulator, &call.tc3_json("{}"))
            .await
            .expect_error("AuthFailure.SignatureExpire");
        assert!(message.contains("five minutes"), "{message}");
        send(&emulator, &call.v1_get(&[], SignatureMethod::HmacSha256))
            .await
            .expect_error("AuthFailure.SignatureExpire");
    }
    // Within five minutes is fine.
    let call = Call::new(&emulator, "DescribeNode").timestamp(now() - 240);
    send(&emulator, &call.tc3_json("{}")).await.expect_success();
}

#[tokio::test]
async fn an_unknown_secret_id_is_not_found() {
    let emulator = start().await;
    let stranger = Credentials::new("AKIDsomeoneElse", emulator.secret_key());
    let call = Call::new(&emulator, "DescribeNode").credentials(stranger);
    let message = send(&emulator, &call.tc3_json("{}"))
        .await
        .expect_error("AuthFailure.SecretIdNotFound");
    assert!(message.contains("AKIDsomeoneElse"), "{message}");
    send(&emulator, &call.v1_form(&[], SignatureMethod::HmacSha1))
        .await
        .expect_error("AuthFailure.SecretIdNotFound");
}

#[tokio::test]
async fn a_malformed_or_missing_authorization_is_invalid() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode")
        .tc3_json("{}")
        .header("Authorization", "TC3-HMAC-SHA256 Credential=garbage");
    send(&emulator, &request)
        .await
        .expect_error("AuthFailure.InvalidAuthorization");
    let unsigned = Call::new(&emulator, "DescribeNode")
        .tc3_json("{}")
        .without_header("Authorization");
    let message = send(&emulator, &unsigned)
        .await
        .expect_error("AuthFailure.InvalidAuthorization");
    assert!(message.contains("Authorization"), "{message}");
}

#[tokio::test]
async fn a_session_token_is_checked_when_configured() {
    let emulator = start_with(config().session_token("session-token-1")).await;
    let call = Call::new(&emulator, "DescribeNode");
    send(&emulator, &call.tc3_json("{}")).await.expect_success();
    let plain = Credentials::new(emulator.secret_id(), emulator.secret_key());
    send(&emulator, &call.clone().credentials(plain).tc3_json("{}"))
        .await
        .expect_error("AuthFailure.TokenFailure");
}

#[tokio::test]
async fn an_unknown_action_is_invalid() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeUnicorns");
    let message = send(&emulator, &call.tc3_json("{}"))
        .await
        .expect_error("InvalidAction");
    assert!(message.contains("DescribeUnicorns"), "{message}");
    send(&emulator, &call.v1_get(&[], SignatureMethod::HmacSha1))
        .await
        .expect_error("InvalidAction");
}

#[tokio::test]
async fn another_version_does_not_exist() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode").version("2017-03-12");
    let message = send(&emulator, &call.tc3_json("{}"))
        .await
        .expect_error("NoSuchVersion");
    assert!(
        message.contains("2017-03-12") && message.contains("2019-07-19"),
        "{message}"
    );
    send(&emulator, &call.v1_form(&[], SignatureMethod::HmacSha256))
        .await
        .expect_error("NoSuchVersion");
}

#[tokio::test]
async fn missing_action_or_version_headers_are_missing_parameters() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let message = send(
        &emulator,
        &call.tc3_json("{}").without_header("X-TC-Action"),
    )
    .await
    .expect_error("MissingParameter");
    assert!(message.contains("X-TC-Action"), "{message}");
    let message = send(
        &emulator,
        &call.tc3_json("{}").without_header("X-TC-Version"),
    )
    .await
    .expect_error("MissingParameter");
    assert!(message.contains("X-TC-Version"), "{message}");
}

#[tokio::test]
async fn a_missing_required_parameter_is_named_with_its_action() {
    let emulator = start().await;
    let call = Call::new(&emulator, "ModifyModuleNetwork");
    let message = send(&emulator, &call.tc3_json(r#"{"DefaultBandwidth": 10}"#))
        .await
        .expect_error("MissingParameter");
    assert!(
        message.contains("`ModuleId`") && message.contains("ModifyModuleNetwork"),
        "{message}"
    );
    let message = send(
        &emulator,
        &call.v1_get(&[("DefaultBandwidth", "10")], SignatureMethod::HmacSha1),
    )
    .await
    .expect_error("MissingParameter");
    assert!(message.contains("`ModuleId`"), "{message}");
}

#[tokio::test]
async fn a_missing_member_of_a_nested_structure_is_named_by_its_path() {
    let emulator = start().await;
    let call = Call::new(&emulator, "RunInstances");
    let body = r#"{"ZoneInstanceCountISPSet": [
        {"Zone": "ap-zhengzhou-1", "InstanceCount": 2, "ISP": "CMCC"},
        {"Zone": "ap-qingdao-1", "InstanceCount": 1}
    ]}"#;
    let message = send(&emulator, &call.tc3_json(body))
        .await
        .expect_error("MissingParameter");
    assert!(
        message.contains("`ZoneInstanceCountISPSet.1.ISP`"),
        "{message}"
    );

    let params = [
        ("ZoneInstanceCountISPSet.0.Zone", "ap-zhengzhou-1"),
        ("ZoneInstanceCountISPSet.0.ISP", "CMCC"),
    ];
    let message = send(&emulator, &call.v1_form(&params, SignatureMethod::HmacSha1))
        .await
        .expect_error("MissingParameter");
    assert!(
        message.contains("`ZoneInstanceCountISPSet.0.InstanceCount`"),
        "{message}"
    );

    // Deeper: a required member of a structure inside a list inside a list item.
    let body = r#"{"ZoneInstanceCountISPSet": [{"Zone": "z", "InstanceCount": 1, "ISP": "CMCC"}],
        "TagSpecification": [{"ResourceType": "instance", "Tags": [{"Key": "k"}]}]}"#;
    let message = send(&emulator, &call.tc3_json(body))
        .await
        .expect_error("MissingParameter");
    assert!(
        message.contains("`TagSpecification.0.Tags.0.Value`"),
        "{message}"
    );

    // A required list that is absent altogether.
    let message = send(&emulator, &call.tc3_json("{}"))
        .await
        .expect_error("MissingParameter");
    assert!(message.contains("`ZoneInstanceCountISPSet`"), "{message}");
}

#[tokio::test]
async fn an_unknown_parameter_is_named_at_any_depth_and_in_every_encoding() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    let message = send(&emulator, &call.tc3_json(r#"{"Limit": 10}"#))
        .await
        .expect_error("UnknownParameter");
    assert!(
        message.contains("`Limit`") && message.contains("DescribeNode"),
        "{message}"
    );

    let message = send(
        &emulator,
        &call.tc3_json(r#"{"Filters": [{"Name": "n", "Values": ["v"], "Fuzzy": true}]}"#),
    )
    .await
    .expect_error("UnknownParameter");
    assert!(message.contains("`Filters.0.Fuzzy`"), "{message}");

    let message = send(
        &emulator,
        &call.tc3_get(&[("Filters.0.Nmae", "InstanceFamily")]),
    )
    .await
    .expect_error("UnknownParameter");
    assert!(message.contains("`Filters.0.Nmae`"), "{message}");

    let message = send(
        &emulator,
        &call.v1_form(&[("Offset", "0")], SignatureMethod::HmacSha1),
    )
    .await
    .expect_error("UnknownParameter");
    assert!(message.contains("`Offset`"), "{message}");
}

#[tokio::test]
async fn a_value_of_the_wrong_json_type_is_invalid() {
    let emulator = start().await;
    let call = Call::new(&emulator, "ModifyModuleNetwork");
    // Lossless alternative forms (`"10"` for an Integer, `7` for a String) are accepted; see
    // sdk_requests.rs. These lose or invent data.
    for (body, path) in [
        (
            r#"{"ModuleId": "em-1", "DefaultBandwidth": "10.0"}"#,
            "`DefaultBandwidth`",
        ),
        (r#"{"ModuleId": 7.5, "DefaultBandwidth": 10}"#, "`ModuleId`"),
        (r#"{"ModuleId": [], "DefaultBandwidth": 10}"#, "`ModuleId`"),
        (
            r#"{"ModuleId": "em-1", "DefaultBandwidth": 1.5}"#,
            "`DefaultBandwidth`",
        ),
    ] {
        let message = send(&emulator, &call.tc3_json(body))
            .await
            .expect_error("InvalidParameter");
        assert!(message.contains(path), "{body}: {message}");
    }
    let run = Call::new(&emulator, "RunInstances");
    for (body, path) in [
        (
            r#"{"ZoneInstanceCountISPSet": {"Zone": "z"}}"#,
            "`ZoneInstanceCountISPSet`",
        ),
        (
            r#"{"ZoneInstanceCountISPSet": [{"Zone": "z", "InstanceCount": 1, "ISP": "C"}],
               "EnhancedService": {"SecurityService": {"Enabled": "yes"}}}"#,
            "`EnhancedService.SecurityService.Enabled`",
        ),
        (
            r#"{"ZoneInstanceCountISPSet": [{"Zone": "z", "InstanceCount": 1, "ISP": "C"}],
               "SecurityGroupIds": ["sg-1", 2.5]}"#,
            "`SecurityGroupIds.1`",
        ),
    ] {
        let message = send(&emulator, &run.tc3_json(body))
            .await
            .expect_error("InvalidParameter");
        assert!(message.contains(path), "{body}: {message}");
    }
    let message = send(&emulator, &call.tc3_json("[1, 2]"))
        .await
        .expect_error("InvalidParameter");
    assert!(message.contains("JSON object"), "{message}");
    let message = send(&emulator, &call.tc3_json(r#"{"ModuleId": "#))
        .await
        .expect_error("InvalidParameter");
    assert!(message.contains("not valid JSON"), "{message}");
}

#[tokio::test]
async fn a_non_numeric_integer_or_bad_boolean_in_query_form_is_invalid() {
    let emulator = start().await;
    let call = Call::new(&emulator, "ModifyModuleNetwork");
    let message = send(
        &emulator,
        &call.tc3_get(&[("ModuleId", "em-1"), ("DefaultBandwidth", "ten")]),
    )
    .await
    .expect_error("InvalidParameter");
    assert!(
        message.contains("`ten`")
            && message.contains("`DefaultBandwidth`")
            && message.contains("Integer"),
        "{message}"
    );
    let run = Call::new(&emulator, "RunInstances");
    let params = [
        ("ZoneInstanceCountISPSet.0.Zone", "z"),
        ("ZoneInstanceCountISPSet.0.InstanceCount", "1"),
        ("ZoneInstanceCountISPSet.0.ISP", "CMCC"),
        ("EnhancedService.MonitorService.Enabled", "yes"),
    ];
    let message = send(&emulator, &run.v1_get(&params, SignatureMethod::HmacSha1))
        .await
        .expect_error("InvalidParameter");
    assert!(message.contains("Boolean"), "{message}");
}

#[tokio::test]
async fn flattened_lists_must_be_indexed_without_gaps() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode");
    for (params, needle) in [
        (vec![("Filters.Name", "x")], "item index"),
        (vec![("Filters", "x")], "is a list"),
        (
            vec![("Filters.1.Name", "x"), ("Filters.1.Values.0", "v")],
            "`Filters.0`",
        ),
        (vec![("Filters.0.Name.Deep", "x")], "of type String"),
    ] {
        let message = send(&emulator, &call.tc3_get(&params))
            .await
            .expect_error("InvalidParameter");
        assert!(message.contains(needle), "{params:?}: {message}");
    }
}

#[tokio::test]
async fn a_get_above_32_kb_is_too_large() {
    let emulator = start().await;
    let long = "x".repeat(33 * 1024);
    let request = Call::new(&emulator, "ModifyModuleNetwork")
        .tc3_get(&[("ModuleId", &long), ("DefaultBandwidth", "1")]);
    let received = send(&emulator, &request).await;
    let message = received.expect_error("RequestSizeLimitExceeded");
    assert!(message.contains("32768"), "{message}");
    // Just below the limit is served.
    let fits = "x".repeat(30 * 1024);
    let request = Call::new(&emulator, "ModifyModuleNetwork")
        .tc3_get(&[("ModuleId", &fits), ("DefaultBandwidth", "1")]);
    send(&emulator, &request).await.expect_success();
}

#[tokio::test]
async fn a_v1_post_above_1_mb_is_too_large_but_tc3_may_send_more() {
    let emulator = start().await;
    let big = "x".repeat(1024 * 1024 + 1);
    let params = [("ModuleId", big.as_str()), ("DefaultBandwidth", "1")];
    let request =
        Call::new(&emulator, "ModifyModuleNetwork").v1_form(&params, SignatureMethod::HmacSha1);
    let message = send(&emulator, &request)
        .await
        .expect_error("RequestSizeLimitExceeded");
    assert!(message.contains("1048576"), "{message}");

    let body = json!({"ModuleId": big, "DefaultBandwidth": 1}).to_string();
    let request = Call::new(&emulator, "ModifyModuleNetwork").tc3_json(&body);
    send(&emulator, &request).await.expect_success();
}

#[tokio::test]
async fn a_tc3_post_above_10_mb_is_refused_without_reading_it() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    // Announce 10 MB + 1 but send only the head: the answer must come without the body.
    let mut head = request.head_lines();
    head.push_str(&format!("Content-Length: {}\r\n\r\n", 10 * 1024 * 1024 + 1));
    let (bytes, _) = send_raw(&emulator, head.as_bytes()).await;
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("RequestSizeLimitExceeded"), "{text}");
    assert!(text.contains("10485760"), "{text}");

    // A chunked body without a length is cut off at the limit too.
    let mut head = request.head_lines();
    head.push_str("Transfer-Encoding: chunked\r\n\r\n");
    let mut bytes = head.into_bytes();
    let chunk = vec![b' '; 1024 * 1024];
    for _ in 0..11 {
        bytes.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        bytes.extend_from_slice(&chunk);
        bytes.extend_from_slice(b"\r\n");
    }
    bytes.extend_from_slice(b"0\r\n\r\n");
    let (received, _) = send_raw(&emulator, &bytes).await;
    let text = String::from_utf8_lossy(&received);
    assert!(text.contains("RequestSizeLimitExceeded"), "{text}");
}

#[tokio::test]
async fn language_and_region_headers_are_accepted() {
    let emulator = start().await;
    let call = Call::new(&emulator, "DescribeNode").region("ap-guangzhou");
    let request = call.tc3_json("{}").header("X-TC-Language", "en-US");
    send(&emulator, &request).await.expect_success();
    let entry = emulator.journal().pop().unwrap();
    assert_eq!(entry.region.as_deref(), Some("ap-guangzhou"));
    assert_eq!(entry.language.as_deref(), Some("en-US"));

    let request = call.tc3_json("{}").header("X-TC-Language", "fr-FR");
    let message = send(&emulator, &request)
        .await
        .expect_error("InvalidParameterValue");
    assert!(message.contains("fr-FR"), "{message}");
}

#[tokio::test]
async fn other_methods_and_content_types_are_unsupported() {
    let emulator = start().await;
    let mut request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    request.method = "PUT".to_owned();
    send(&emulator, &request)
        .await
        .expect_error("UnsupportedProtocol");
    let request = Call::new(&emulator, "DescribeNode")
        .tc3_json("{}")
        .header("Content-Type", "text/plain");
    let message = send(&emulator, &request)
        .await
        .expect_error("UnsupportedProtocol");
    assert!(message.contains("text/plain"), "{message}");
}

#[tokio::test]
async fn unsigned_requests_pass_when_verification_is_off() {
    let emulator = start_with(config().verify_signatures(false)).await;
    let request = RawRequest {
        method: "GET".to_owned(),
        target: "/?Action=DescribeNode&Version=2019-07-19&Filters.0.Name=InstanceFamily&Filters.0.Values.0=SN3ne".to_owned(),
        headers: vec![("Host".to_owned(), emulator.host())],
        body: Vec::new(),
    };
    send(&emulator, &request).await.expect_success();
}

#[tokio::test]
async fn keep_alive_connections_serve_many_requests() {
    let emulator = start().await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let mut bytes = Vec::new();
    for _ in 0..3 {
        bytes.extend_from_slice(&request.to_bytes());
    }
    // The last request asks to close so that reading ends.
    let last = request.header("Connection", "close");
    bytes.extend_from_slice(&last.to_bytes());
    let (received, result) = send_raw(&emulator, &bytes).await;
    result.expect("clean close");
    let text = String::from_utf8_lossy(&received);
    assert_eq!(text.matches("HTTP/1.1 200 OK").count(), 4, "{text}");
}

#[tokio::test]
async fn a_spec_that_cannot_be_served_is_a_start_error() {
    let mut spec = fixture_spec();
    spec.actions[0].inputs[0].ty = ecm_spec::TypeRef::parse("Array of Nothing").unwrap();
    let error = ecm_emulator::Emulator::start(EmulatorConfig::new().spec(spec))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("`Nothing`"), "{error}");
}

#[tokio::test]
async fn the_default_config_serves_the_embedded_spec_with_the_default_credentials() {
    let emulator = ecm_emulator::Emulator::start(EmulatorConfig::new())
        .await
        .expect("the embedded spec is servable");
    assert_eq!(emulator.secret_id(), ecm_emulator::DEFAULT_SECRET_ID);
    assert_eq!(emulator.secret_key(), ecm_emulator::DEFAULT_SECRET_KEY);
    assert!(emulator.url().starts_with("http://127.0.0.1:"));
    let spec = ecm_spec::Spec::embedded().unwrap();
    let body = r#"{"Filters": [{"Name": "InstanceFamily", "Values": ["SN3ne"]}]}"#;
    let response = send(
        &emulator,
        &Call::new(&emulator, "DescribeNode").tc3_json(body),
    )
    .await
    .expect_success();
    assert_eq!(
        without_request_id(&response),
        documented_output(&spec, "DescribeNode")
    );
}
