//! Plain calls over HTTP: what is sent, and how answers are decoded.

use ecm_sdk::error::{TransportErrorKind, ValidationErrorKind};
use ecm_sdk::{Client, Error, HttpMethod, Language, RetryPolicy, SignatureMethod};

use crate::support::server::{Reply, TestServer};
use crate::support::*;

#[tokio::test]
async fn success_sends_a_verifiable_tc3_json_request_and_decodes_the_output() {
    let server =
        TestServer::always(Reply::json(200, ok_things("req-ok", &["t-1", "t-2"], 2))).await;
    let client = builder(&server.url)
        .region("ap-guangzhou")
        .language(Language::EnUs)
        .app_name("tests")
        .build()
        .unwrap();
    let request = DescribeThings {
        filters: Some(vec![Filter {
            name: Some("zone".into()),
            values: Some(vec!["ap-guangzhou-ecm-1".into()]),
        }]),
        limit: Some(2),
        ..DescribeThings::default()
    };
    let output = client.send(request).await.unwrap();
    assert_eq!(output.total_count, Some(2));
    assert_eq!(output.request_id.as_deref(), Some("req-ok"));
    assert_eq!(
        output.thing_set.unwrap(),
        vec![
            Thing {
                thing_id: Some("t-1".into())
            },
            Thing {
                thing_id: Some("t-2".into())
            }
        ]
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, "/");
    assert_eq!(sent.query, "");
    assert_eq!(
        sent.header("host"),
        Some(format!("127.0.0.1:{}", server.port).as_str())
    );
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(sent.header("x-tc-action"), Some("DescribeThings"));
    assert_eq!(sent.header("x-tc-version"), Some("2019-07-19"));
    assert_eq!(sent.header("x-tc-region"), Some("ap-guangzhou"));
    assert_eq!(sent.header("x-tc-language"), Some("en-US"));
    assert_eq!(sent.header("x-tc-token"), None);
    let user_agent = sent.header("user-agent").unwrap();
    assert_eq!(
        user_agent,
        format!("ecm-sdk-rust/{} app/tests", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(
        sent.body_text(),
        r#"{"Filters":[{"Name":"zone","Values":["ap-guangzhou-ecm-1"]}],"Limit":2}"#
    );
    let verified = verify_tc3(sent, None, unix_now()).expect("the signature verifies");
    assert_eq!(verified.secret_id, SECRET_ID);
    assert_eq!(verified.action.as_deref(), Some("DescribeThings"));
    assert_eq!(verified.region.as_deref(), Some("ap-guangzhou"));
    let timestamp: u64 = sent.header("x-tc-timestamp").unwrap().parse().unwrap();
    assert!(timestamp.abs_diff(unix_now()) < 60);
}

#[tokio::test]
async fn session_tokens_are_sent_as_x_tc_token() {
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client = builder(&server.url)
        .credentials(temporary_credentials())
        .build()
        .unwrap();
    client.send(DescribeThings::default()).await.unwrap();
    let sent = &server.requests()[0];
    assert_eq!(sent.header("x-tc-token"), Some(TOKEN));
    assert_eq!(sent.header("x-tc-region"), None);
    verify_tc3(sent, Some(TOKEN), unix_now()).expect("verifies with the token");
}

#[tokio::test]
async fn service_errors_carry_code_message_request_id_action_and_status() {
    let server = TestServer::always(Reply::json(
        200,
        error_body("InvalidParameter", "Filters.0.Name is invalid", "req-err"),
    ))
    .await;
    let error = client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    let Error::Service(service) = &error else {
        panic!("expected a service error, got {error:?}");
    };
    assert_eq!(service.code(), "InvalidParameter");
    assert_eq!(service.message(), "Filters.0.Name is invalid");
    assert_eq!(service.request_id(), Some("req-err"));
    assert_eq!(service.action(), "DescribeThings");
    assert_eq!(service.http_status(), 200);
    assert_eq!(error.request_id(), Some("req-err"));
    assert!(!error.is_transient());
    assert!(!error.is_throttling());
    assert_eq!(
        error.to_string(),
        "DescribeThings failed with InvalidParameter: Filters.0.Name is invalid (request id req-err, HTTP 200)"
    );
    assert_eq!(server.count(), 1, "validation errors are not retried");
}

#[tokio::test]
async fn auth_failures_are_not_retried() {
    let server = TestServer::always(Reply::json(
        200,
        error_body("AuthFailure.SignatureFailure", "bad signature", "req-auth"),
    ))
    .await;
    let error = client(&server.url)
        .send(DescribeThings::default())
        .await
        .unwrap_err();
    assert!(error.as_service_error().unwrap().is_auth_failure());
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn missing_required_parameters_fail_before_any_io() {
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client = client(&server.url);
    let error = client.send(CreateThing::default()).await.unwrap_err();
    assert_eq!(error.missing_parameter().unwrap().path(), "Name");
    assert_eq!(
        error.to_string(),
        "invalid CreateThing request: missing required parameter `Name`"
    );

    let nested = DescribeThings {
        filters: Some(vec![
            Filter {
                name: Some("a".into()),
                values: None,
            },
            Filter::default(),
        ]),
        ..DescribeThings::default()
    };
    let error = client.send(nested).await.unwrap_err();
    assert_eq!(error.missing_parameter().unwrap().path(), "Filters.1.Name");
    assert!(!error.is_transient());

    let error = client.send(DescribeRegional {}).await.unwrap_err();
    let Error::Validation(invalid) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(invalid.kind(), &ValidationErrorKind::MissingRegion);
    assert_eq!(server.count(), 0);

    let with_region = client.with_overrides(|o| o.region("ap-guangzhou"));
    with_region.send(DescribeRegional {}).await.unwrap();
    assert_eq!(
        server.requests()[0].header("x-tc-region"),
        Some("ap-guangzhou")
    );
}

#[tokio::test]
async fn get_requests_carry_flattened_parameters_in_a_signed_query() {
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client = builder(&server.url)
        .http_method(HttpMethod::Get)
        .region("ap-guangzhou")
        .build()
        .unwrap();
    let request = DescribeThings {
        filters: Some(vec![Filter {
            name: Some("thing name".into()),
            values: Some(vec!["a/b".into(), "中".into()]),
        }]),
        offset: Some(0),
        limit: Some(5),
    };
    client.send(request).await.unwrap();
    let sent = &server.requests()[0];
    assert_eq!(sent.method, "GET");
    assert!(sent.body.is_empty());
    assert_eq!(
        sent.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        sent.params(),
        [
            ("Filters.0.Name", "thing name"),
            ("Filters.0.Values.0", "a/b"),
            ("Filters.0.Values.1", "中"),
            ("Offset", "0"),
            ("Limit", "5"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
    assert!(sent.query.contains("thing%20name"), "{}", sent.query);
    verify_tc3(sent, None, unix_now()).expect("the GET signature verifies");
}

#[tokio::test]
async fn v1_requests_are_form_or_query_encoded_and_verify() {
    for (method, http_method) in [
        (SignatureMethod::HmacSha256, HttpMethod::Post),
        (SignatureMethod::HmacSha1, HttpMethod::Get),
    ] {
        let server = TestServer::always(Reply::json(
            200,
            r#"{"Response":{"ThingId":"t-9","RequestId":"r"}}"#,
        ))
        .await;
        let client = builder(&server.url)
            .credentials(temporary_credentials())
            .signature_method(method)
            .http_method(http_method)
            .region("ap-guangzhou")
            .language(Language::ZhCn)
            .build()
            .unwrap();
        let request = CreateThing {
            name: Some("n&m=1".into()),
            tags: Some(vec!["x".into(), "y z".into()]),
            dry_run: Some(true),
        };
        let output = client.send(request).await.unwrap();
        assert_eq!(output.thing_id.as_deref(), Some("t-9"));
        let sent = &server.requests()[0];
        let expected_method = if http_method == HttpMethod::Post {
            "POST"
        } else {
            "GET"
        };
        assert_eq!(sent.method, expected_method);
        assert_eq!(
            sent.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(sent.header("authorization"), None);
        for (name, value) in [
            ("Action", "CreateThing"),
            ("Version", "2019-07-19"),
            ("Region", "ap-guangzhou"),
            ("Name", "n&m=1"),
            ("Tags.0", "x"),
            ("Tags.1", "y z"),
            ("DryRun", "true"),
            ("Language", "zh-CN"),
            ("Token", TOKEN),
            ("SecretId", SECRET_ID),
        ] {
            assert_eq!(
                sent.param(name).as_deref(),
                Some(value),
                "{name} in {method:?}"
            );
        }
        let nonce: u64 = sent.param("Nonce").unwrap().parse().unwrap();
        assert!(nonce > 0);
        let verified = verify_v1(sent, Some(TOKEN), unix_now()).expect("the v1 signature verifies");
        assert_eq!(verified.action.as_deref(), Some("CreateThing"));
        match method {
            SignatureMethod::HmacSha256 => {
                assert_eq!(sent.param("SignatureMethod").as_deref(), Some("HmacSHA256"))
            }
            _ => assert_eq!(sent.param("SignatureMethod"), None),
        }
    }
}

#[tokio::test]
async fn raw_calls_use_the_same_pipeline() {
    let server = TestServer::sequence(vec![
        Reply::json(200, error_body("RequestLimitExceeded", "slow down", "r-1")),
        Reply::json(200, r#"{"Response":{"Anything":[1,2],"RequestId":"r-2"}}"#),
    ])
    .await;
    let client = client(&server.url);
    let response = client
        .call_raw(
            "DescribeNode",
            serde_json::json!({ "Limit": 1, "Ids": ["a"] }),
        )
        .await
        .unwrap();
    assert_eq!(
        response,
        serde_json::json!({ "Anything": [1, 2], "RequestId": "r-2" })
    );
    assert_eq!(server.count(), 2);
    let sent = &server.requests()[1];
    assert_eq!(sent.header("x-tc-action"), Some("DescribeNode"));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&sent.body).unwrap(),
        serde_json::json!({ "Limit": 1, "Ids": ["a"] })
    );
    verify_tc3(sent, None, unix_now()).unwrap();

    let error = client
        .call_raw("DescribeNode", serde_json::json!([1]))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("must be a JSON object"),
        "{error}"
    );
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn raw_calls_of_unknown_actions_are_refused_with_a_suggestion_before_any_io() {
    let server = TestServer::always(Reply::json(200, r#"{"Response":{"RequestId":"r"}}"#)).await;
    let client = client(&server.url);
    for (name, suggestion) in [
        ("describeNode", Some("DescribeNode")),
        ("DescribeInstance", Some("DescribeInstances")),
        ("Bad Name", None),
        ("", None),
        ("DescribeAnything", None),
    ] {
        let error = client
            .call_raw(name, serde_json::Value::Null)
            .await
            .unwrap_err();
        let Error::Validation(invalid) = &error else {
            panic!("{name}: {error:?}");
        };
        assert_eq!(invalid.action(), name);
        assert_eq!(
            invalid.kind(),
            &ValidationErrorKind::UnknownAction {
                did_you_mean: suggestion
            },
            "{name}"
        );
        if let Some(known) = suggestion {
            assert!(
                error
                    .to_string()
                    .contains(&format!("did you mean `{known}`?")),
                "{error}"
            );
        }
    }
    assert_eq!(server.count(), 0);
}

#[tokio::test]
async fn raw_calls_of_known_mutating_actions_are_not_retried_after_sending() {
    let server = TestServer::sequence(vec![
        Reply::json(200, error_body("InternalError", "oops", "r-1")),
        Reply::json(200, r#"{"Response":{"RequestId":"r-2"}}"#),
    ])
    .await;
    let error = client(&server.url)
        .call_raw("RunInstances", serde_json::Value::Null)
        .await
        .unwrap_err();
    assert_eq!(error.request_id(), Some("r-1"));
    assert_eq!(server.count(), 1, "RunInstances is not read-only");
    let server = TestServer::sequence(vec![
        Reply::json(200, error_body("InternalError", "oops", "r-1")),
        Reply::json(200, r#"{"Response":{"RequestId":"r-2"}}"#),
    ])
    .await;
    client(&server.url)
        .call_raw("DescribeInstances", serde_json::Value::Null)
        .await
        .unwrap();
    assert_eq!(server.count(), 2, "DescribeInstances is read-only");
}

#[tokio::test]
async fn connection_refused_is_a_connect_error() {
    let port = crate::support::server::closed_port().await;
    let client = client(&format!("http://127.0.0.1:{port}"));
    let error = client.send(DescribeThings::default()).await.unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::Connect);
    assert!(transport.is_not_sent());
    assert!(
        RetryPolicy::standard().should_retry(&error, false),
        "nothing was sent, so retrying is safe"
    );
    // The mutating action is retried too: the request certainly was not sent.
    let error = client.send(create_thing()).await.unwrap_err();
    assert!(RetryPolicy::standard().should_retry(&error, false));
}

#[tokio::test]
async fn a_connection_closed_without_answer_is_an_io_error() {
    let server = TestServer::always(Reply::Close).await;
    let client = client(&server.url);
    let error = client.send(create_thing()).await.unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(transport.kind(), TransportErrorKind::Io);
    assert!(
        !RetryPolicy::standard().should_retry(&error, false),
        "a mutating request may have been executed"
    );
    assert_eq!(server.count(), 1);

    let error = client.send(DescribeThings::default()).await.unwrap_err();
    assert!(RetryPolicy::standard().should_retry(&error, true));
    assert_eq!(
        server.count(),
        1 + 3,
        "read-only actions are retried on any failure"
    );
}

#[tokio::test]
async fn clients_are_shared_across_tasks() {
    let server = TestServer::always(Reply::json(200, ok_things("r", &[], 0))).await;
    let client: Client = client(&server.url);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            client.send(DescribeThings::default()).await.map(|_| ())
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(server.count(), 8);
}
