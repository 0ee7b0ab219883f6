//! Behaviour of the generated API surface, against the facts of the documentation
//! (`spec/ecm.json`): wire encoding, required-parameter validation, tolerant and lenient
//! decoding, action metadata, pagination glue and error codes.

use ecm_sdk::ErrorCode;
use ecm_sdk::action::{Action, Paginated, RegionRequirement, Validate};
use ecm_sdk::actions::{
    DescribeAddressesRequest, DescribeHaVipsRequest, DescribeImageRequest,
    DescribeInstancesRequest, DescribeInstancesResponse, DescribeLoadBalancersRequest,
    DescribeModuleRequest, DescribeNetworkInterfacesRequest, DescribeNodeFilter,
    DescribeNodeRequest, DescribeNodeResponse, DescribeRouteTablesRequest,
    DescribeSecurityGroupsRequest, DescribeSnapshotsRequest, DescribeSubnetsRequest,
    DescribeSubnetsResponse, DescribeVpcsRequest, RunInstancesRequest,
};
use ecm_sdk::error_code::{FailedOperation, UnauthorizedOperation};
use ecm_sdk::types::{Filter, Instance, ZoneInstanceCountIsp};
use ecm_spec::Spec;
use serde_json::json;

fn spec() -> Spec {
    Spec::embedded().expect("spec/ecm.json parses")
}

#[test]
fn requests_serialise_with_wire_names_and_omit_unset_fields() {
    let request = DescribeNodeRequest::new().filters([DescribeNodeFilter::raw(
        "zone",
        ["ap-x-ecm-1", "ap-y-ecm-2"],
    )]);
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({ "Filters": [{ "Name": "zone", "Values": ["ap-x-ecm-1", "ap-y-ecm-2"] }] })
    );
    assert_eq!(
        serde_json::to_value(DescribeNodeRequest::new()).unwrap(),
        json!({})
    );

    let run = RunInstancesRequest::new()
        .zone_instance_count_isp_set([ZoneInstanceCountIsp::new()
            .zone("ap-hangzhou-ecm-1")
            .instance_count(2)
            .isp("CMCC")])
        .password("secret")
        .data_disk_size(50);
    assert_eq!(
        serde_json::to_value(&run).unwrap(),
        json!({
            "ZoneInstanceCountISPSet": [
                { "Zone": "ap-hangzhou-ecm-1", "InstanceCount": 2, "ISP": "CMCC" }
            ],
            "Password": "secret",
            "DataDiskSize": 50
        })
    );
}

#[test]
fn a_missing_required_parameter_is_named_by_its_wire_path() {
    // RunInstances: `ZoneInstanceCountISPSet.N` is required, and in it `Zone`,
    // `InstanceCount` and `ISP` (documented `Required: Yes`).
    let missing = RunInstancesRequest::new().validate().unwrap_err();
    assert_eq!(missing.path(), "ZoneInstanceCountISPSet");

    let complete = || {
        ZoneInstanceCountIsp::new()
            .zone("ap-hangzhou-ecm-1")
            .instance_count(1)
            .isp("CTCC")
    };
    let mut incomplete = complete();
    incomplete.isp = None;
    let request = RunInstancesRequest::new().zone_instance_count_isp_set([complete(), incomplete]);
    assert_eq!(
        request.validate().unwrap_err().to_string(),
        "missing required parameter `ZoneInstanceCountISPSet.1.ISP`"
    );

    let request = RunInstancesRequest::new().zone_instance_count_isp_set([complete()]);
    assert_eq!(request.validate(), Ok(()));

    // Filter: `Name` and `Values` are required members.
    let mut request = DescribeNodeRequest::new();
    request.filters = Some(vec![Filter::new().name("zone")]);
    assert_eq!(request.validate().unwrap_err().path(), "Filters.0.Values");
}

#[test]
fn responses_decode_tolerantly() {
    let response: DescribeNodeResponse = serde_json::from_value(json!({
        "NodeSet": null,
        "SomethingNew": { "Nested": [1, 2] },
        "RequestId": "187c16d5-1f53-4e88-b684-077f0c7123b2"
    }))
    .unwrap();
    assert_eq!(response.node_set, None);
    assert_eq!(response.total_count, None);
    assert_eq!(
        response.request_id.as_deref(),
        Some("187c16d5-1f53-4e88-b684-077f0c7123b2")
    );

    let instance: Instance = serde_json::from_value(json!({
        "InstanceId": "ein-1",
        "InstanceName": null,
        "TagSet": [],
        "NotDocumented": true
    }))
    .unwrap();
    assert_eq!(instance.instance_id.as_deref(), Some("ein-1"));
    assert_eq!(instance.instance_name, None);
    assert_eq!(instance.tag_set, Some(vec![]));
}

#[test]
fn scalars_decode_leniently_and_encode_in_their_documented_types() {
    // A string holding an integer for an Integer, an integer for a String and in a list of
    // Strings, as some documented examples print them.
    let page: DescribeInstancesResponse = serde_json::from_str(
        r#"{
            "TotalCount": "2",
            "InstanceSet": [
                { "InstanceId": 42, "SystemDiskSize": "50", "TagSet": [] },
                { "InstanceId": "ein-2", "SecurityGroupIds": ["esg-1", 7] }
            ],
            "RequestId": "r-1"
        }"#,
    )
    .unwrap();
    assert_eq!(page.total_count, Some(2));
    let instances = page.instance_set.as_ref().unwrap();
    assert_eq!(instances[0].instance_id.as_deref(), Some("42"));
    assert_eq!(instances[0].system_disk_size, Some(50));
    assert_eq!(
        instances[1].security_group_ids,
        Some(vec!["esg-1".to_owned(), "7".to_owned()])
    );
    assert_eq!(
        serde_json::to_value(&page).unwrap(),
        json!({
            "TotalCount": 2,
            "InstanceSet": [
                { "InstanceId": "42", "SystemDiskSize": 50, "TagSet": [] },
                { "InstanceId": "ein-2", "SecurityGroupIds": ["esg-1", "7"] }
            ],
            "RequestId": "r-1"
        })
    );

    // Lossy or ambiguous forms stay errors, naming what was found and what was expected.
    for (body, found) in [
        (r#"{"TotalCount": "2.5"}"#, r#"invalid value: string "2.5""#),
        (
            r#"{"TotalCount": 2.0}"#,
            "invalid type: floating point `2.0`",
        ),
        (
            r#"{"InstanceSet": [{"SystemDiskSize": true}]}"#,
            "invalid type: boolean `true`",
        ),
        (
            r#"{"InstanceSet": [{"InstanceId": 1.5}]}"#,
            "invalid type: floating point `1.5`",
        ),
    ] {
        let error = serde_json::from_str::<DescribeInstancesResponse>(body)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with(found), "{body}: {error}");
        assert!(error.contains(", expected a"), "{body}: {error}");
    }
}

#[test]
fn action_metadata_comes_from_the_documentation() {
    let spec = spec();
    let documented = spec.action("DescribeNode").unwrap();
    let meta = DescribeNodeRequest::META;
    assert_eq!(meta.name, "DescribeNode");
    assert_eq!(meta.rate_limit_per_second, documented.rate_limit_per_second);
    assert!(meta.read_only);
    assert_eq!(meta.region, RegionRequirement::NotRequired);
    let codes: Vec<&str> = documented.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(meta.error_codes, codes.as_slice());

    assert!(!RunInstancesRequest::META.read_only);
    assert_eq!(
        RunInstancesRequest::META.error_codes.len(),
        spec.action("RunInstances").unwrap().errors.len()
    );

    let service = meta.service;
    assert_eq!(service.name, spec.service.name);
    assert_eq!(service.version, "2019-07-19");
    assert_eq!(service.default_domain, "ecm.tencentcloudapi.com");
    let regional: Vec<(&str, &str)> = spec
        .service
        .regions
        .iter()
        .filter_map(|r| Some((r.region.as_deref()?, r.domain.as_str())))
        .collect();
    assert_eq!(service.regional_domains, regional.as_slice());
    assert!(regional.contains(&("eu-frankfurt", "ecm.eu-frankfurt.tencentcloudapi.com")));
    assert_eq!(service.max_get_bytes, 32 * 1024);
    assert_eq!(service.max_post_tc3_bytes, 10 * 1024 * 1024);
}

#[test]
fn pagination_glue_converts_the_documented_field_types() {
    // DescribeInstances: Offset/Limit are Integers, at most 100 per page.
    let mut request = DescribeInstancesRequest::new();
    assert_eq!(request.page_offset(), None);
    request.set_page_offset(40);
    request.set_page_limit(20);
    assert_eq!((request.offset, request.limit), (Some(40), Some(20)));
    assert_eq!(request.page_limit(), Some(20));
    request.set_page_offset(u64::MAX);
    assert_eq!(request.offset, Some(i64::MAX));
    assert_eq!(DescribeInstancesRequest::MAX_LIMIT, Some(100));

    let page: DescribeInstancesResponse = serde_json::from_value(json!({
        "TotalCount": 3,
        "InstanceSet": [{ "InstanceId": "ein-1" }, { "InstanceId": "ein-2" }]
    }))
    .unwrap();
    assert_eq!(DescribeInstancesRequest::total_count(&page), Some(3));
    let ids: Vec<Option<String>> = DescribeInstancesRequest::into_items(page)
        .into_iter()
        .map(|i| i.instance_id)
        .collect();
    assert_eq!(ids, [Some("ein-1".to_owned()), Some("ein-2".to_owned())]);

    // DescribeSubnets documents Offset and Limit as String.
    let mut request = DescribeSubnetsRequest::new();
    request.set_page_limit(50);
    request.set_page_offset(100);
    assert_eq!(request.limit.as_deref(), Some("50"));
    assert_eq!(request.offset.as_deref(), Some("100"));
    assert_eq!(
        (request.page_limit(), request.page_offset()),
        (Some(50), Some(100))
    );
    assert_eq!(DescribeSubnetsRequest::MAX_LIMIT, None);
    let empty: DescribeSubnetsResponse = serde_json::from_value(json!({})).unwrap();
    assert!(DescribeSubnetsRequest::into_items(empty).is_empty());
}

#[test]
fn item_count_is_the_length_of_the_page_without_consuming_it() {
    let page: DescribeInstancesResponse = serde_json::from_value(json!({
        "TotalCount": 30,
        "InstanceSet": [{ "InstanceId": "ein-1" }, { "InstanceId": "ein-2" }]
    }))
    .unwrap();
    assert_eq!(DescribeInstancesRequest::item_count(&page), Some(2));
    assert_eq!(DescribeInstancesRequest::into_items(page).len(), 2);

    // An empty page is known to be empty; a page without the list (or with `null`) is unknown.
    let empty: DescribeSubnetsResponse =
        serde_json::from_value(json!({ "TotalCount": "5", "SubnetSet": [] })).unwrap();
    assert_eq!(DescribeSubnetsRequest::item_count(&empty), Some(0));
    let absent: DescribeSubnetsResponse = serde_json::from_value(json!({})).unwrap();
    assert_eq!(DescribeSubnetsRequest::item_count(&absent), None);
    let null: DescribeSubnetsResponse =
        serde_json::from_value(json!({ "SubnetSet": null })).unwrap();
    assert_eq!(DescribeSubnetsRequest::item_count(&null), None);
}

/// For every paginated action, `item_count` of each documented output example is the length
/// of the example's documented item list, and agrees with `into_items`.
#[test]
fn item_count_counts_the_documented_items_of_every_paginated_action() {
    fn check<A: Paginated>(spec: &Spec, checked: &mut Vec<&'static str>) {
        let action = spec.action(A::META.name).expect("documented");
        let items = &action.pagination.as_ref().expect("paginated").items;
        for example in &action.examples {
            let documented = example.output[items.as_str()]
                .as_array()
                .map(Vec::len)
                .expect("the example prints its items");
            let output: A::Output = serde_json::from_value(example.output.clone()).unwrap();
            assert_eq!(A::item_count(&output), Some(documented), "{}", A::META.name);
            assert_eq!(A::into_items(output).len(), documented, "{}", A::META.name);
        }
        checked.push(A::META.name);
    }
    let spec = spec();
    let mut checked = Vec::new();
    check::<DescribeModuleRequest>(&spec, &mut checked);
    check::<DescribeInstancesRequest>(&spec, &mut checked);
    check::<DescribeImageRequest>(&spec, &mut checked);
    check::<DescribeVpcsRequest>(&spec, &mut checked);
    check::<DescribeSubnetsRequest>(&spec, &mut checked);
    check::<DescribeRouteTablesRequest>(&spec, &mut checked);
    check::<DescribeLoadBalancersRequest>(&spec, &mut checked);
    check::<DescribeNetworkInterfacesRequest>(&spec, &mut checked);
    check::<DescribeAddressesRequest>(&spec, &mut checked);
    check::<DescribeHaVipsRequest>(&spec, &mut checked);
    check::<DescribeSnapshotsRequest>(&spec, &mut checked);
    check::<DescribeSecurityGroupsRequest>(&spec, &mut checked);
    let paginated: Vec<&str> = spec
        .actions
        .iter()
        .filter(|a| a.pagination.is_some())
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(
        checked, paginated,
        "the list above names every paginated action"
    );
}

#[test]
fn every_documented_error_code_parses_and_displays_as_its_wire_string() {
    let spec = spec();
    let codes = spec.all_error_codes().map(|c| c.code.as_str()).chain(
        spec.actions
            .iter()
            .flat_map(|a| a.errors.iter().map(|e| e.code.as_str())),
    );
    for wire in codes {
        let code = ErrorCode::from_wire(wire);
        assert_eq!(code.as_str(), wire);
        assert_eq!(code.to_string(), wire);
        assert_eq!(wire.parse::<ErrorCode>(), Ok(code.clone()));
        // Documented codes have their own variant, at either level.
        let debug = format!("{code:?}");
        assert!(
            !debug.contains("Unknown("),
            "{wire} parsed as unknown: {debug}"
        );
        assert!(
            !debug.contains(wire) || !wire.contains('.'),
            "{wire}: {debug}"
        );
    }
}

#[test]
fn error_codes_are_structured_by_category() {
    assert_eq!(
        ErrorCode::from_wire("FailedOperation.InvalidStatus"),
        ErrorCode::FailedOperation(FailedOperation::InvalidStatus)
    );
    assert_eq!(
        ErrorCode::from_wire("FailedOperation"),
        ErrorCode::FailedOperation(FailedOperation::General)
    );
    assert_eq!(
        ErrorCode::from_wire("UnauthorizedOperation.MFAExpired"),
        ErrorCode::UnauthorizedOperation(UnauthorizedOperation::MfaExpired)
    );
    assert_eq!(
        ErrorCode::from_wire("InternalError"),
        ErrorCode::InternalError
    );
    assert_eq!(
        ErrorCode::from_wire("InvalidParameterValue.InvalidISPInNode").description(),
        Some("The ISP is invalid.")
    );
}

#[test]
fn unknown_codes_keep_their_string_at_both_levels() {
    let code = ErrorCode::from_wire("FailedOperation.NewThing");
    assert_eq!(
        code,
        ErrorCode::FailedOperation(FailedOperation::Unknown("FailedOperation.NewThing".into()))
    );
    assert!(matches!(code, ErrorCode::FailedOperation(_)));
    assert_eq!(code.to_string(), "FailedOperation.NewThing");
    assert_eq!(code.description(), None);

    let code = ErrorCode::from_wire("BrandNew.Category");
    assert_eq!(code, ErrorCode::Unknown("BrandNew.Category".into()));
    assert_eq!(code.as_str(), "BrandNew.Category");

    // A sub-code of a code documented only without one is not invented into a category.
    assert_eq!(
        ErrorCode::from_wire("InternalError.Database"),
        ErrorCode::Unknown("InternalError.Database".into())
    );
}
