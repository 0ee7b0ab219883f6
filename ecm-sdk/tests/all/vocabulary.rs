//! Value-set enums, typed filters and borrowing accessors as users see them: unknown values
//! survive decoding and re-encoding unchanged, numeric codes stay numbers on the wire, the
//! lenient scalar forms still decode, and typed filters put the documented names on the wire.

use std::str::FromStr;

use ecm_sdk::actions::{
    DescribeInstancesFilter, DescribeInstancesRequest, DescribeInstancesResponse,
};
use ecm_sdk::transport::ReplayTransport;
use ecm_sdk::types::{Instance, InstanceChargeType, InstanceState, OrderDirection};
use ecm_sdk::{Client, Credentials, HttpMethod, RetryPolicy};
use serde_json::json;

#[test]
fn a_string_set_keeps_unknown_values_exactly() {
    let instance: Instance = serde_json::from_value(json!({
        "InstanceState": "HIBERNATING",
        "RestrictState": "NORMAL"
    }))
    .unwrap();
    assert_eq!(
        instance.instance_state,
        Some(InstanceState::Unknown("HIBERNATING".to_owned()))
    );
    assert_eq!(
        instance.instance_state.as_ref().unwrap().as_str(),
        "HIBERNATING"
    );
    let encoded = serde_json::to_value(&instance).unwrap();
    assert_eq!(encoded["InstanceState"], "HIBERNATING");
    assert_eq!(encoded["RestrictState"], "NORMAL");
}

#[test]
fn conversions_follow_the_wire_strings() {
    assert_eq!(
        InstanceState::from("LAUNCH_FAILED"),
        InstanceState::LaunchFailed
    );
    assert_eq!(
        InstanceState::from_str("RUNNING"),
        Ok(InstanceState::Running)
    );
    assert_eq!(InstanceState::Stopped.to_string(), "STOPPED");
    // Matching is exact: another letter case is a value of its own.
    assert_eq!(
        InstanceState::from("running"),
        InstanceState::Unknown("running".to_owned())
    );
    assert!(InstanceState::VALUES.contains(&"TERMINATING"));
}

#[test]
fn numeric_codes_are_numbers_on_the_wire_and_decode_leniently() {
    assert_eq!(
        serde_json::to_value(InstanceChargeType::Code2).unwrap(),
        json!(2)
    );
    assert_eq!(
        serde_json::to_value(InstanceChargeType::Unknown(7)).unwrap(),
        json!(7)
    );
    assert_eq!(InstanceChargeType::from(1), InstanceChargeType::Code1);
    assert_eq!(
        InstanceChargeType::from_str("0"),
        Ok(InstanceChargeType::Code0)
    );
    assert!(InstanceChargeType::from_str("zero").is_err());
    assert_eq!(OrderDirection::Ascending.code(), 1);

    let instance: Instance = serde_json::from_value(json!({ "PayMode": "1" })).unwrap();
    assert_eq!(
        instance.pay_mode.map(|m| m.code()),
        Some(1),
        "a code sent as a string"
    );
    let instance: Instance = serde_json::from_value(json!({ "InstanceState": 5 })).unwrap();
    assert_eq!(
        instance.instance_state,
        Some(InstanceState::Unknown("5".to_owned())),
        "a String decodes from an integer, as before"
    );
    // What is not lossless stays an error, as for the plain scalar.
    assert!(serde_json::from_value::<Instance>(json!({ "PayMode": 1.5 })).is_err());
    assert!(serde_json::from_value::<Instance>(json!({ "InstanceState": { "a": 1 } })).is_err());
    assert!(serde_json::from_value::<Instance>(json!({ "InstanceState": ["RUNNING"] })).is_err());
    let instance: Instance = serde_json::from_value(json!({ "InstanceState": null })).unwrap();
    assert_eq!(instance.instance_state, None);
}

fn capturing_client() -> (Client, ReplayTransport) {
    let transport = ReplayTransport::new();
    let client = Client::builder()
        .credentials(Credentials::new("AKIDvocabulary", "vocabulary-key"))
        .retry_policy(RetryPolicy::disabled())
        .transport(transport.clone())
        .build()
        .unwrap();
    (client, transport)
}

#[tokio::test]
async fn typed_filters_and_enums_encode_the_documented_wire_form() {
    let (client, transport) = capturing_client();
    transport.push_json(
        200,
        r#"{"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"r"}}"#,
    );
    let request = DescribeInstancesRequest::new()
        .filters([
            DescribeInstancesFilter::zone(["ap-xian-ecm-1"]),
            DescribeInstancesFilter::tag("env", ["prod"]),
            DescribeInstancesFilter::raw("not-yet-documented", ["x"]),
        ])
        .order_direction(OrderDirection::Ascending);
    let response = client.describe_instances(request).await.unwrap();
    assert!(response.instance_set().is_empty());
    let body: serde_json::Value = serde_json::from_slice(transport.requests()[0].body()).unwrap();
    assert_eq!(
        body,
        json!({
            "Filters": [
                { "Name": "zone", "Values": ["ap-xian-ecm-1"] },
                { "Name": "tag:env", "Values": ["prod"] },
                { "Name": "not-yet-documented", "Values": ["x"] }
            ],
            "OrderDirection": 1
        })
    );
}

#[tokio::test]
async fn enums_encode_as_flat_parameters_too() {
    let transport = ReplayTransport::new();
    let client = Client::builder()
        .credentials(Credentials::new("AKIDvocabulary", "vocabulary-key"))
        .http_method(HttpMethod::Get)
        .transport(transport.clone())
        .build()
        .unwrap();
    transport.push_json(200, r#"{"Response":{"RequestId":"r"}}"#);
    let request = DescribeInstancesRequest::new()
        .filters([DescribeInstancesFilter::instance_state([
            InstanceState::Running.as_str(),
        ])])
        .order_direction(OrderDirection::Descending);
    client.describe_instances(request).await.unwrap();
    let params = transport.requests()[0].params();
    for expected in [
        ("Filters.0.Name", "instance-state"),
        ("Filters.0.Values.0", "RUNNING"),
        ("OrderDirection", "0"),
    ] {
        assert!(
            params
                .iter()
                .any(|(k, v)| (k.as_str(), v.as_str()) == expected),
            "{expected:?} in {params:?}"
        );
    }
}

#[test]
fn list_accessors_borrow_and_default_to_empty() {
    let response: DescribeInstancesResponse = serde_json::from_value(json!({
        "InstanceSet": [{ "InstanceId": "ein-1" }]
    }))
    .unwrap();
    assert_eq!(
        response.instance_set()[0].instance_id.as_deref(),
        Some("ein-1")
    );
    let empty = DescribeInstancesResponse::default();
    assert!(empty.instance_set().is_empty());
    assert!(
        empty.instance_set.is_none(),
        "the field still tells omitted from empty"
    );
}
