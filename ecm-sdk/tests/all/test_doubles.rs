//! The replay transport as a typed test double: rules per action with typed outputs,
//! sequences, predicates and closures; typed service errors; captured requests read back
//! as the typed request whatever the encoding.

use ecm_sdk::actions::{
    DescribeInstancesFilter, DescribeInstancesRequest, DescribeInstancesResponse,
    DescribeModuleRequest, DescribeModuleResponse, DescribeNodeRequest, DescribeNodeResponse,
};
use ecm_sdk::error::TransportErrorKind;
use ecm_sdk::transport::{ReplayTransport, Reply, TransportError};
use ecm_sdk::types::{Instance, Node, ZoneInfo};
use ecm_sdk::{Client, Error, ErrorCode, HttpMethod, RetryPolicy, SignatureMethod};

fn client(transport: &ReplayTransport) -> Client {
    transport
        .client_builder()
        .retry_policy(RetryPolicy::standard().with_max_attempts(1))
        .build()
        .unwrap()
}

fn instance(id: &str) -> Instance {
    Instance::new().instance_id(id).instance_state("RUNNING")
}

#[tokio::test]
async fn rules_route_typed_outputs_by_action_whatever_the_call_order() {
    let transport = ReplayTransport::new();
    transport.on::<DescribeModuleRequest>().output(
        DescribeModuleResponse::new()
            .set_total_count(17)
            .set_request_id("r-module"),
    );
    transport.on::<DescribeNodeRequest>().output(
        DescribeNodeResponse::new()
            .set_total_count(1)
            .set_node_set([Node::new().zone_info(ZoneInfo::new().zone("ap-x-ecm-1"))]),
    );
    let client = client(&transport);

    // Called in the other order than the rules were added.
    let nodes = client
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap();
    assert_eq!(nodes.total_count, Some(1));
    let zone = nodes.node_set.unwrap()[0].zone_info.clone().unwrap().zone;
    assert_eq!(zone.as_deref(), Some("ap-x-ecm-1"));
    assert_eq!(nodes.request_id.as_deref(), Some("replay-1"), "filled in");
    let modules = client
        .describe_module(DescribeModuleRequest::new())
        .await
        .unwrap();
    assert_eq!(modules.total_count, Some(17));
    assert_eq!(modules.request_id.as_deref(), Some("r-module"), "kept");
}

#[tokio::test]
async fn a_sequence_is_given_in_order_then_the_rule_steps_aside_for_the_queue() {
    let transport = ReplayTransport::new();
    let rule = transport
        .on::<DescribeModuleRequest>()
        .output(DescribeModuleResponse::new().set_total_count(1))
        .service_error("InternalError", "oops")
        .output(DescribeModuleResponse::new().set_total_count(2))
        .times(2);
    transport.push_output(DescribeModuleResponse::new().set_total_count(99));
    let client = client(&transport);
    let count = |result: Result<DescribeModuleResponse, Error>| match result {
        Ok(output) => Ok(output.total_count.unwrap()),
        Err(error) => Err(error.as_service_error().unwrap().code().to_owned()),
    };
    let mut seen = Vec::new();
    for _ in 0..5 {
        seen.push(count(
            client.describe_module(DescribeModuleRequest::new()).await,
        ));
    }
    assert_eq!(
        seen,
        [Ok(1), Err("InternalError".to_owned()), Ok(2), Ok(2), Ok(99)]
    );
    assert_eq!(rule.calls(), 4);
    let error = client
        .describe_module(DescribeModuleRequest::new())
        .await
        .unwrap_err();
    let Error::Transport(error) = &error else {
        panic!("{error:?}")
    };
    assert!(
        error.to_string().contains("no reply for DescribeModule"),
        "{error}"
    );
}

/// The values of the `instance-id` filter.
fn requested_ids(request: &DescribeInstancesRequest) -> Vec<String> {
    request
        .filters
        .iter()
        .flatten()
        .filter(|filter| filter.name.as_deref() == Some("instance-id"))
        .flat_map(|filter| filter.values.clone().unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn predicates_pick_the_rule_and_closures_compute_from_the_typed_request() {
    let transport = ReplayTransport::new();
    transport
        .on::<DescribeInstancesRequest>()
        .when(|request| requested_ids(request) == ["ein-gone"])
        .service_error("ResourceNotFound", "no such instance")
        .repeatedly();
    let echo = transport
        .on::<DescribeInstancesRequest>()
        .respond_with(|request| {
            let ids = requested_ids(request);
            if ids.is_empty() {
                return Reply::service_error("MissingParameter", "no ids");
            }
            let instances: Vec<Instance> = ids.iter().map(|id| instance(id)).collect();
            DescribeInstancesResponse::new()
                .set_total_count(instances.len() as i64)
                .set_instance_set(instances)
                .into()
        })
        .repeatedly();
    let client = client(&transport);
    let ids = |ids: &[&str]| {
        let filter = DescribeInstancesFilter::instance_id(ids.iter().copied());
        DescribeInstancesRequest::new().filters([filter])
    };

    for _ in 0..2 {
        let error = client
            .describe_instances(ids(&["ein-gone"]))
            .await
            .unwrap_err();
        let service = error.as_service_error().expect("a service error");
        assert!(matches!(
            service.error_code(),
            ErrorCode::ResourceNotFound(_)
        ));
        assert_eq!(service.message(), "no such instance");
    }
    let found = client
        .describe_instances(ids(&["ein-1", "ein-2"]))
        .await
        .unwrap();
    let found: Vec<String> = found
        .instance_set
        .unwrap()
        .into_iter()
        .filter_map(|i| i.instance_id)
        .collect();
    assert_eq!(found, ["ein-1", "ein-2"]);
    let error = client
        .describe_instances(DescribeInstancesRequest::new())
        .await
        .unwrap_err();
    assert_eq!(error.as_service_error().unwrap().code(), "MissingParameter");
    assert_eq!(echo.calls(), 2);
}

#[tokio::test]
async fn queued_service_errors_are_typed_like_the_services() {
    let transport = ReplayTransport::new();
    transport.push_service_error("AuthFailure.SecretIdNotFound", "unknown key");
    let error = client(&transport)
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(service.is_auth_failure());
    assert!(matches!(service.error_code(), ErrorCode::AuthFailure(_)));
    assert_eq!(service.action(), "DescribeNode");
    assert_eq!(service.request_id(), Some("replay-1"));
    assert_eq!(error.request_id(), Some("replay-1"));
}

#[tokio::test]
async fn a_transport_failure_in_a_sequence_is_retried_like_a_real_one() {
    let transport = ReplayTransport::new();
    let rule = transport
        .on::<DescribeNodeRequest>()
        .transport_error(TransportError::connect("refused"))
        .output(DescribeNodeResponse::new().set_total_count(3));
    let client = transport
        .client_builder()
        .retry_policy(
            RetryPolicy::standard().with_initial_backoff(std::time::Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let nodes = client
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap();
    assert_eq!(nodes.total_count, Some(3));
    assert_eq!(rule.calls(), 2);

    // Without retries the failure is the caller's.
    transport
        .on::<DescribeNodeRequest>()
        .transport_error(TransportError::connect("refused"));
    let error = transport
        .client_builder()
        .retry_policy(RetryPolicy::standard().with_max_attempts(1))
        .build()
        .unwrap()
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    let Error::Transport(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.kind(), TransportErrorKind::Connect);
}

/// The request the tests below send in every encoding.
fn filtered_request() -> DescribeInstancesRequest {
    DescribeInstancesRequest::new()
        .filters([DescribeInstancesFilter::zone(["ap-a-ecm-1", "ap-b ecm/2"])])
        .offset(20)
        .limit(10)
}

#[tokio::test]
async fn captured_requests_read_back_as_the_typed_request_in_every_encoding() {
    for (method, signature) in [
        (HttpMethod::Post, SignatureMethod::Tc3HmacSha256),
        (HttpMethod::Get, SignatureMethod::Tc3HmacSha256),
        (HttpMethod::Post, SignatureMethod::HmacSha256),
        (HttpMethod::Get, SignatureMethod::HmacSha1),
    ] {
        let transport = ReplayTransport::new();
        transport.push_output(DescribeInstancesResponse::new().set_total_count(0));
        let client = transport
            .client_builder()
            .http_method(method)
            .signature_method(signature)
            .region("ap-guangzhou")
            .build()
            .unwrap();
        client.describe_instances(filtered_request()).await.unwrap();

        let case = format!("{method:?} {signature:?}");
        let sent = &transport.requests()[0];
        assert_eq!(
            sent.action().as_deref(),
            Some("DescribeInstances"),
            "{case}"
        );
        let parameters = sent.parameters().unwrap();
        assert_eq!(
            parameters["Filters"][0]["Values"][1], "ap-b ecm/2",
            "{case}"
        );
        assert!(parameters.get("Region").is_none(), "{case}: {parameters}");
        assert!(
            parameters.get("Signature").is_none(),
            "{case}: {parameters}"
        );
        assert_eq!(
            sent.input::<DescribeInstancesRequest>().unwrap(),
            filtered_request(),
            "{case}"
        );
        assert_eq!(
            transport.inputs::<DescribeInstancesRequest>(),
            [filtered_request()],
            "{case}"
        );
        assert_eq!(
            sent.json().is_some(),
            method == HttpMethod::Post && signature == SignatureMethod::Tc3HmacSha256,
            "{case}"
        );
        let wrong = sent.input::<DescribeNodeRequest>().unwrap_err();
        assert!(
            wrong
                .to_string()
                .contains("for DescribeInstances, not DescribeNode"),
            "{wrong}"
        );
    }
}

#[tokio::test]
async fn items_stop_at_the_total_count_when_the_server_ignores_offset() {
    let transport = ReplayTransport::new();
    // Always the first `Limit` of five instances, whatever the `Offset`.
    let listing = transport
        .on::<DescribeInstancesRequest>()
        .respond_with(|request| {
            let limit = request.limit.unwrap_or(20).clamp(0, 5) as usize;
            let first: Vec<Instance> = ["ein-1", "ein-2", "ein-3", "ein-4", "ein-5"][..limit]
                .iter()
                .map(|id| instance(id))
                .collect();
            DescribeInstancesResponse::new()
                .set_total_count(5)
                .set_instance_set(first)
                .into()
        })
        .repeatedly();
    let client = client(&transport);

    let items = client
        .paginate(DescribeInstancesRequest::new())
        .page_size(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<String> = items.into_iter().filter_map(|i| i.instance_id).collect();
    // Pages at offsets 0, 2 and 4, each the same first two: five items, never six.
    assert_eq!(ids, ["ein-1", "ein-2", "ein-1", "ein-2", "ein-1"]);
    assert_eq!(listing.calls(), 3);
    let offsets: Vec<Option<i64>> = transport
        .inputs::<DescribeInstancesRequest>()
        .into_iter()
        .map(|request| request.offset)
        .collect();
    assert_eq!(offsets, [Some(0), Some(2), Some(4)]);

    // `next` without any stream trait in scope; pages end after the third.
    let mut pages = client
        .paginate(DescribeInstancesRequest::new())
        .page_size(2)
        .pages();
    let mut count = 0;
    while let Some(page) = pages.next().await {
        assert_eq!(page.unwrap().total_count, Some(5));
        count += 1;
    }
    assert_eq!(count, 3);
}

#[tokio::test]
async fn an_output_that_is_not_a_structure_fails_the_request_saying_why() {
    let transport = ReplayTransport::new();
    transport.push_output(42);
    let error = client(&transport)
        .describe_node(DescribeNodeRequest::new())
        .await
        .unwrap_err();
    let Error::Transport(error) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(error.kind(), TransportErrorKind::Request);
    assert!(
        error
            .to_string()
            .contains("must serialise to a JSON object, not 42"),
        "{error}"
    );
}
