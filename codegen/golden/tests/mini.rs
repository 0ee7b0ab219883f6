//! The mini fixture's generated code, compiled with the SDK runtime, sends and decodes what
//! the fixture spec (`codegen/tests/fixtures/mini.json`) documents: keyword and acronym wire
//! names, nested lists of structures, an action without inputs, `String` counters, lenient
//! scalars and error codes the fixture lists. The expected wire names and values are the
//! fixture's, not the generator's output.

use ecm_golden_mini::actions::{
    CreateSecurityGroupPoliciesRequest, DescribeImportImageOsRequest, DescribeInstancesRequest,
    DescribeInstancesResponse, DescribeSubnetsRequest, RunInstancesRequest,
};
use ecm_golden_mini::transport::ReplayTransport;
use ecm_golden_mini::types::{
    SecurityGroupPolicy, SecurityGroupPolicySet, SystemDisk, ZoneInstanceCountIsp,
};
use ecm_golden_mini::{Client, Error, ErrorCode, RetryPolicy};
use serde_json::{Value, json};

fn replay() -> (Client, ReplayTransport) {
    let transport = ReplayTransport::new();
    let client = transport
        .client_builder()
        .retry_policy(RetryPolicy::disabled())
        // `DescribeImportImageOs` requires a region; the others take one.
        .region("ap-guangzhou")
        .build()
        .expect("client builds");
    (client, transport)
}

/// The JSON body of the only request `transport` received, and its `X-TC-Action` header.
fn sent(transport: &ReplayTransport) -> (String, Value) {
    let requests = transport.requests();
    assert_eq!(requests.len(), 1, "one request");
    let action = requests[0].action().expect("an action header");
    let body = serde_json::from_slice(requests[0].body()).expect("a JSON body");
    (action, body)
}

#[tokio::test]
async fn keywords_and_nested_lists_go_out_under_their_wire_names() {
    let (client, transport) = replay();
    transport.push_json(200, r#"{"Response": {"RequestId": "r-1"}}"#);
    let policy = SecurityGroupPolicy::new()
        .policy_index(0)
        .r#type("ACCEPT")
        .r#match("10.0.0.0/8")
        .weight(0.5);
    let request = CreateSecurityGroupPoliciesRequest::new()
        .security_group_id("esg-1")
        .security_group_policy_set(SecurityGroupPolicySet::new().version("1").egress([policy]));
    let response = client
        .create_security_group_policies(request)
        .await
        .unwrap();
    assert_eq!(response.request_id.as_deref(), Some("r-1"));

    let (action, body) = sent(&transport);
    assert_eq!(action, "CreateSecurityGroupPolicies");
    assert_eq!(
        body,
        json!({
            "SecurityGroupId": "esg-1",
            "SecurityGroupPolicySet": {
                "Version": "1",
                "Egress": [{"PolicyIndex": 0, "Type": "ACCEPT", "Match": "10.0.0.0/8", "Weight": 0.5}]
            }
        })
    );
}

#[tokio::test]
async fn acronyms_keep_their_wire_spelling() {
    let (client, transport) = replay();
    transport.push_json(
        200,
        r#"{"Response": {"InstanceIdSet": ["ein-1"], "RequestId": "r-2"}}"#,
    );
    let request = RunInstancesRequest::new()
        .zone_instance_count_isp_set([ZoneInstanceCountIsp::new()
            .zone("ap-x-ecm-1")
            .instance_count(1)
            .isp("CMCC")
            .vpc_id("vpc-1")
            .ipv6_address_count(1)])
        .system_disk(SystemDisk::new().disk_size(50))
        .address_ipv6(true);
    let response = client.run_instances(request).await.unwrap();
    assert_eq!(response.instance_id_set(), ["ein-1"]);

    let (action, body) = sent(&transport);
    assert_eq!(action, "RunInstances");
    assert_eq!(
        body,
        json!({
            "ZoneInstanceCountISPSet": [{
                "Zone": "ap-x-ecm-1", "InstanceCount": 1, "ISP": "CMCC", "VPCId": "vpc-1",
                "Ipv6AddressCount": 1
            }],
            "SystemDisk": {"DiskSize": 50},
            "AddressIPv6": true
        })
    );
}

#[tokio::test]
async fn a_missing_required_member_of_a_nested_list_fails_before_any_io() {
    let (client, transport) = replay();
    let request = RunInstancesRequest::new()
        .zone_instance_count_isp_set([ZoneInstanceCountIsp::new().zone("z").instance_count(1)]);
    let error = client.run_instances(request).await.unwrap_err();
    assert!(matches!(error, Error::Validation(_)), "{error:?}");
    assert!(
        error.to_string().contains("ZoneInstanceCountISPSet.0.ISP"),
        "{error}"
    );
    assert_eq!(transport.request_count(), 0);
}

#[tokio::test]
async fn an_action_without_inputs_sends_an_empty_object() {
    let (client, transport) = replay();
    transport.push_json(
        200,
        r#"{"Response": {"ImportImageOsVersionSet": ["CentOS 7"], "RequestId": "r-3"}}"#,
    );
    let response = client
        .describe_import_image_os(DescribeImportImageOsRequest::new())
        .await
        .unwrap();
    assert_eq!(
        response.import_image_os_version_set.as_deref(),
        Some(&["CentOS 7".to_owned()][..])
    );
    assert_eq!(
        sent(&transport),
        ("DescribeImportImageOs".to_owned(), json!({}))
    );
}

#[tokio::test]
async fn nested_lists_decode_leniently() {
    let (client, transport) = replay();
    // `TotalCount` as a string and `ISPNum` as a string hold integers; `PrivateIPAddresses`
    // is `null`; `Unknown` is not documented.
    transport.push_json(
        200,
        r#"{"Response": {"TotalCount": "1", "InstanceSet": [{
            "InstanceId": "ein-1", "PrivateIPAddresses": null, "Unknown": 1,
            "Node": {"ZoneInfo": {"Zone": "ap-x-ecm-1", "ZoneId": 100001},
                     "ISPSet": [{"ISP": "CMCC", "ISPName": "China Mobile"}], "ISPNum": "1"}
        }], "RequestId": "r-4"}}"#,
    );
    let response: DescribeInstancesResponse = client
        .describe_instances(DescribeInstancesRequest::new().limit(1))
        .await
        .unwrap();
    assert_eq!(response.total_count, Some(1));
    let instance = &response.instance_set()[0];
    assert_eq!(instance.instance_id.as_deref(), Some("ein-1"));
    assert_eq!(instance.private_ip_addresses, None);
    let node = instance.node.as_ref().unwrap();
    assert_eq!(node.isp_num, Some(1));
    assert_eq!(node.zone_info.as_ref().unwrap().zone_id, Some(100001));
    let isp = &node.isp_set.as_ref().unwrap()[0];
    assert_eq!(isp.isp.as_deref(), Some("CMCC"));
    assert_eq!(isp.isp_name.as_deref(), Some("China Mobile"));
}

#[tokio::test]
async fn string_counters_are_sent_as_strings() {
    let (client, transport) = replay();
    transport.push_json(
        200,
        r#"{"Response": {"TotalCount": 0, "RequestId": "r-5"}}"#,
    );
    client
        .describe_subnets(DescribeSubnetsRequest::new().offset("0").limit("20"))
        .await
        .unwrap();
    assert_eq!(
        sent(&transport),
        (
            "DescribeSubnets".to_owned(),
            json!({"Offset": "0", "Limit": "20"})
        )
    );
}

#[tokio::test]
async fn a_documented_error_code_is_typed() {
    let (client, transport) = replay();
    transport.push_service_error("InvalidParameterValue.InvalidFilter", "bad filter");
    let error = client
        .describe_instances(DescribeInstancesRequest::new())
        .await
        .unwrap_err();
    let code = error
        .as_service_error()
        .expect("a service error")
        .error_code();
    assert!(
        matches!(code, ErrorCode::InvalidParameterValue(_)),
        "{code:?}"
    );
    assert_eq!(code.to_string(), "InvalidParameterValue.InvalidFilter");
}

#[tokio::test]
async fn string_counters_paginate() {
    let (client, transport) = replay();
    transport.push_json(
        200,
        r#"{"Response": {"TotalCount": 3, "SubnetSet": [{"SubnetId": "s-1"}, {"SubnetId": "s-2"}], "RequestId": "r-6"}}"#,
    );
    transport.push_json(
        200,
        r#"{"Response": {"TotalCount": 3, "SubnetSet": [{"SubnetId": "s-3"}], "RequestId": "r-7"}}"#,
    );
    let subnets = client
        .paginate(DescribeSubnetsRequest::new())
        .page_size(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = subnets.iter().map(|s| s.subnet_id.as_deref()).collect();
    assert_eq!(ids, [Some("s-1"), Some("s-2"), Some("s-3")]);

    let sent: Vec<Value> = transport
        .requests()
        .iter()
        .map(|request| serde_json::from_slice(request.body()).unwrap())
        .collect();
    assert_eq!(
        sent,
        [
            json!({"Offset": "0", "Limit": "2"}),
            json!({"Offset": "2", "Limit": "2"})
        ]
    );
}

/// `SystemDisk` is both a `RunInstances` input and a member of `DescribeInstances`'
/// `Instance`, so it encodes, validates and decodes (these tests run with `test-util`; that
/// its impls are not behind the feature is checked by `.ci/run`'s build of the library
/// without it, and by the generator's direction test).
#[tokio::test]
async fn a_structure_in_requests_and_responses_also_decodes() {
    use ecm_golden_mini::action::Validate;

    let (client, transport) = replay();
    transport.push_json(
        200,
        r#"{"Response": {"TotalCount": 1, "InstanceSet": [{
            "InstanceId": "ein-1", "SystemDisk": {"DiskType": "CLOUD_SSD", "DiskSize": "50"}
        }], "RequestId": "r-6"}}"#,
    );
    let response = client
        .describe_instances(DescribeInstancesRequest::new())
        .await
        .unwrap();
    let disk = response.instance_set()[0].system_disk.as_ref().unwrap();
    assert_eq!(disk.disk_type.as_deref(), Some("CLOUD_SSD"));
    assert_eq!(disk.disk_size, Some(50));
    assert_eq!(disk.validate(), Ok(()));
    assert_eq!(SystemDisk::new().validate().unwrap_err().path(), "DiskSize");
}
