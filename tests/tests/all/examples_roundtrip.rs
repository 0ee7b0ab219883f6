//! Every documented example against the generated types (golden values: the examples of
//! `spec/ecm.json`, i.e. of the API documentation):
//!
//! - every output example decodes into its action's response type and re-encodes without
//!   losing a documented field (only undocumented keys, and `null`s, may drop);
//! - every input example deserialises into its action's request type and serialises back to
//!   the same JSON.
//!
//! Four examples print a value in another JSON form than its documented type (listed in
//! [`INCONSISTENCIES`] and in `spec/README.md`). They decode as printed, thanks to the
//! lossless lenient decoding of scalars, and re-encode with the value in its documented type;
//! [`examples_printed_in_other_json_forms_decode_to_their_documented_types`] checks the typed
//! values.

use std::collections::BTreeSet;

use ecm_sdk::action::Action;
use ecm_sdk::actions::*;
use ecm_spec::{Field, Spec, TypeRef};
use ecm_tests::docs::{INCONSISTENCIES, Side};
use ecm_tests::json::same;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

#[derive(Default)]
struct Report {
    /// Wire names of the actions checked, from `Action::META`.
    actions: BTreeSet<&'static str>,
    inputs: usize,
    outputs: usize,
    /// `(action, example, pointer)` of the values printed in another JSON form.
    other_forms: Vec<(String, usize, String)>,
    /// Keys of output examples the documentation does not describe (dropped on decoding).
    undocumented: Vec<String>,
    /// Output fields printed as `null` although not documented as nullable.
    unexpected_nulls: Vec<String>,
    failures: Vec<String>,
}

/// The example side as it re-encodes: `printed` with each listed value of another JSON form
/// in its documented type (after checking it is still printed as listed).
fn in_documented_types(
    action: &str,
    example: usize,
    side: Side,
    printed: &Value,
    report: &mut Report,
) -> Value {
    let mut value = printed.clone();
    let listed = INCONSISTENCIES
        .iter()
        .filter(|k| k.action == action && k.example == example && k.side == side);
    for known in listed {
        match value.pointer_mut(known.pointer) {
            Some(slot) if *slot == known.printed() => *slot = known.corrected(),
            other => report.failures.push(format!(
                "{action} example {example} {side:?}{}: listed as printing {} but holds {other:?}",
                known.pointer, known.printed
            )),
        }
        report
            .other_forms
            .push((action.to_owned(), example, known.pointer.to_owned()));
    }
    value
}

/// Checks that `back` (the re-encoded output) keeps every documented field of `printed`,
/// described by `fields`.
fn keeps_documented(
    spec: &Spec,
    path: &str,
    printed: &Value,
    back: &Value,
    fields: &[Field],
    report: &mut Report,
) {
    let (Some(printed), Some(back)) = (printed.as_object(), back.as_object()) else {
        report.failures.push(format!(
            "{path}: expected objects, got {printed} and {back}"
        ));
        return;
    };
    for key in back.keys() {
        if !printed.contains_key(key) {
            report
                .failures
                .push(format!("{path}.{key}: appeared on re-encoding"));
        }
    }
    for (key, value) in printed {
        let here = format!("{path}.{key}");
        let Some(field) = fields.iter().find(|f| &f.name == key) else {
            report.undocumented.push(here);
            continue;
        };
        if value.is_null() {
            if !field.nullable {
                report.unexpected_nulls.push(here.clone());
            }
            if back.contains_key(key) {
                report
                    .failures
                    .push(format!("{here}: null re-encoded as {}", back[key]));
            }
            continue;
        }
        let Some(value_back) = back.get(key) else {
            report.failures.push(format!("{here}: lost on re-encoding"));
            continue;
        };
        keeps_value(spec, &here, value, value_back, &field.ty, report);
    }
}

fn keeps_value(
    spec: &Spec,
    path: &str,
    printed: &Value,
    back: &Value,
    ty: &TypeRef,
    report: &mut Report,
) {
    match ty {
        TypeRef::Struct(name) => {
            let members = &spec.data_type(name).expect("spec resolves").members;
            keeps_documented(spec, path, printed, back, members, report);
        }
        TypeRef::Array(element) => match (printed.as_array(), back.as_array()) {
            (Some(printed), Some(back)) if printed.len() == back.len() => {
                for (i, (p, b)) in printed.iter().zip(back).enumerate() {
                    keeps_value(spec, &format!("{path}.{i}"), p, b, element, report);
                }
            }
            _ => report
                .failures
                .push(format!("{path}: list {printed} re-encoded as {back}")),
        },
        TypeRef::Primitive(_) => {
            if !same(printed, back) {
                report
                    .failures
                    .push(format!("{path}: {printed} re-encoded as {back}"));
            }
        }
    }
}

fn check<R>(spec: &Spec, report: &mut Report)
where
    R: Action + DeserializeOwned,
    R::Output: Serialize,
{
    let name = R::META.name;
    report.actions.insert(name);
    let Some(action) = spec.action(name) else {
        report.failures.push(format!("{name}: not in the spec"));
        return;
    };
    let request_id = Field {
        name: "RequestId".to_owned(),
        ty: TypeRef::parse("String").unwrap(),
        list: false,
        required: None,
        nullable: false,
        description: String::new(),
        values: Vec::new(),
    };
    let mut outputs = action.outputs.clone();
    outputs.push(request_id);

    for (index, example) in action.examples.iter().enumerate() {
        let label = format!("{name} example {} ({:?})", index + 1, example.title);

        let input = &example.input;
        let input_back = in_documented_types(name, index, Side::Input, input, report);
        report.inputs += 1;
        match serde_json::from_value::<R>(input.clone()) {
            Ok(request) => {
                let back = serde_json::to_value(&request).unwrap();
                if !same(&input_back, &back) {
                    report
                        .failures
                        .push(format!("{label} input: {input} re-encoded as {back}"));
                }
            }
            Err(error) => report
                .failures
                .push(format!("{label} input does not decode: {error}: {input}")),
        }

        let output = &example.output;
        let output_back = in_documented_types(name, index, Side::Output, output, report);
        report.outputs += 1;
        match serde_json::from_value::<R::Output>(output.clone()) {
            Ok(response) => {
                let back = serde_json::to_value(&response).unwrap();
                keeps_documented(spec, &label, &output_back, &back, &outputs, report);
            }
            Err(error) => report
                .failures
                .push(format!("{label} output does not decode: {error}")),
        }
    }
}

macro_rules! check_all {
    ($spec:expr, $report:expr; $($request:ident),* $(,)?) => {
        $( check::<$request>($spec, $report); )*
    };
}

fn check_every_action(spec: &Spec, report: &mut Report) {
    check_all!(spec, report;
        DescribeNodeRequest, ModifyModuleNetworkRequest, ModifyModuleNameRequest,
        ModifyModuleImageRequest, DescribeModuleDetailRequest, DescribeModuleRequest,
        DeleteModuleRequest, CreateModuleRequest, ModifyModuleConfigRequest,
        ModifyModuleIpDirectRequest, ModifyModuleSecurityGroupsRequest,
        ModifyModuleDisableWanIpRequest, TerminateInstancesRequest,
        ResetInstancesMaxBandwidthRequest, ResetInstancesRequest, RebootInstancesRequest,
        ModifyInstancesAttributeRequest, DescribeInstancesDeniedActionsRequest,
        RunInstancesRequest, StopInstancesRequest, StartInstancesRequest,
        ResetInstancesPasswordRequest, DescribeInstanceVncUrlRequest,
        DisassociateSecurityGroupsRequest, AssociateSecurityGroupsRequest,
        DescribePriceRunInstanceRequest, DescribeInstancesRequest, DescribeImageRequest,
        DeleteImageRequest, ImportImageRequest, DescribeImportImageOsRequest,
        DescribeCustomImageTaskRequest, ModifyImageAttributeRequest, CreateImageRequest,
        ModifyVpcAttributeRequest, DeleteVpcRequest, CreateVpcRequest, DescribeVpcsRequest,
        CreateSubnetRequest, DescribeSubnetsRequest, ModifySubnetAttributeRequest,
        DeleteSubnetRequest, ModifyDefaultSubnetRequest, DescribeDefaultSubnetRequest,
        CreateRouteTableRequest, DescribeRouteTablesRequest, ReplaceRouteTableAssociationRequest,
        ModifyRouteTableAttributeRequest, ResetRoutesRequest, DeleteRouteTableRequest,
        CreateRoutesRequest, ReplaceRoutesRequest, DescribeRouteConflictsRequest,
        EnableRoutesRequest, DisableRoutesRequest, DeleteRoutesRequest,
        ModifyTargetWeightRequest, ModifyTargetPortRequest, ModifyLoadBalancerAttributesRequest,
        ModifyListenerRequest, DescribeTargetsRequest, DescribeTargetHealthRequest,
        DescribeLoadBalancersRequest, DescribeLoadBalanceTaskStatusRequest,
        DescribeListenersRequest, DeleteLoadBalancerListenersRequest, DeleteLoadBalancerRequest,
        DeleteListenerRequest, CreateLoadBalancerRequest, CreateListenerRequest,
        BatchRegisterTargetsRequest, BatchModifyTargetWeightRequest,
        BatchDeregisterTargetsRequest, SetSecurityGroupForLoadbalancersRequest,
        SetLoadBalancerSecurityGroupsRequest, CreateNetworkInterfaceRequest,
        DescribeNetworkInterfacesRequest, AttachNetworkInterfaceRequest,
        DetachNetworkInterfaceRequest, MigrateNetworkInterfaceRequest,
        AssignPrivateIpAddressesRequest, RemovePrivateIpAddressesRequest,
        MigratePrivateIpAddressRequest, DeleteNetworkInterfaceRequest,
        ReleaseIpv6AddressesRequest, ModifyIpv6AddressesAttributeRequest,
        AssignIpv6AddressesRequest, ModifyPrivateIpAddressesAttributeRequest,
        ReleaseAddressesRequest, ModifyAddressesBandwidthRequest, ModifyAddressAttributeRequest,
        DisassociateAddressRequest, DescribeTaskResultRequest, DescribeAddressesRequest,
        DescribeAddressQuotaRequest, AssociateAddressRequest, AllocateAddressesRequest,
        ModifyHaVipAttributeRequest, DescribeHaVipsRequest, DeleteHaVipRequest,
        CreateHaVipRequest, DescribeSnapshotsRequest, DeleteSnapshotsRequest,
        CreateSecurityGroupRequest, ReplaceSecurityGroupPolicyRequest,
        ModifySecurityGroupPoliciesRequest, ModifySecurityGroupAttributeRequest,
        DescribeSecurityGroupsRequest, DescribeSecurityGroupPoliciesRequest,
        DescribeSecurityGroupLimitsRequest, DescribeSecurityGroupAssociationStatisticsRequest,
        DeleteSecurityGroupPoliciesRequest, DeleteSecurityGroupRequest,
        CreateSecurityGroupPoliciesRequest, DisassociateInstancesKeyPairsRequest,
        CreateKeyPairRequest, DescribePeakNetworkOverviewRequest, DescribePeakBaseOverviewRequest,
        DescribeInstanceTypeConfigRequest, DescribeConfigRequest, DescribeBaseOverviewRequest,
        DescribeTaskStatusRequest, DescribeMonthPeakNetworkRequest,
        DescribePackingQuotaGroupRequest,
    );
}

#[test]
fn every_documented_example_round_trips_through_the_generated_types() {
    let spec = Spec::embedded().expect("spec/ecm.json parses");
    let mut report = Report::default();
    check_every_action(&spec, &mut report);

    let documented: BTreeSet<&str> = spec.actions.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        report.actions, documented,
        "the list above must name every action"
    );
    let examples: usize = spec.actions.iter().map(|a| a.examples.len()).sum();
    assert_eq!((report.inputs, report.outputs), (examples, examples));

    let listed: Vec<(String, usize, String)> = INCONSISTENCIES
        .iter()
        .map(|k| (k.action.to_owned(), k.example, k.pointer.to_owned()))
        .collect();
    assert_eq!(
        report.other_forms, listed,
        "every listed value of another JSON form is found"
    );
    assert!(
        report.failures.is_empty(),
        "{} failures:\n{}",
        report.failures.len(),
        report.failures.join("\n")
    );
    assert_eq!(
        report.undocumented,
        Vec::<String>::new(),
        "undocumented output keys"
    );
    assert_eq!(
        report.unexpected_nulls,
        Vec::<String>::new(),
        "nulls in non-nullable fields"
    );
}

#[test]
fn examples_printed_in_other_json_forms_decode_to_their_documented_types() {
    let spec = Spec::embedded().expect("spec/ecm.json parses");
    let example = |action: &str| &spec.action(action).expect("documented").examples[0];

    // DescribeSecurityGroups prints `"IsDefault": "true"`; Boolean.
    let printed = &example("DescribeSecurityGroups").output;
    assert_eq!(printed["SecurityGroupSet"][0]["IsDefault"], json!("true"));
    let groups: DescribeSecurityGroupsResponse = serde_json::from_value(printed.clone()).unwrap();
    let group = &groups.security_group_set.as_ref().unwrap()[0];
    assert_eq!(group.is_default, Some(true));
    let back = serde_json::to_value(&groups).unwrap();
    assert_eq!(back["SecurityGroupSet"][0]["IsDefault"], json!(true));

    // DescribeTaskStatus prints `"TaskId": 1528600`; String.
    let printed = &example("DescribeTaskStatus").output;
    assert_eq!(printed["TaskSet"][0]["TaskId"], json!(1528600));
    let tasks: DescribeTaskStatusResponse = serde_json::from_value(printed.clone()).unwrap();
    let task = &tasks.task_set.as_ref().unwrap()[0];
    assert_eq!(task.task_id.as_deref(), Some("1528600"));
    let back = serde_json::to_value(&tasks).unwrap();
    assert_eq!(back["TaskSet"][0]["TaskId"], json!("1528600"));

    // DescribeMonthPeakNetwork prints `"ZoneId": "490001"`; Integer.
    let printed = &example("DescribeMonthPeakNetwork").output;
    assert_eq!(
        printed["MonthNetWorkData"][0]["ZoneInfo"]["ZoneId"],
        json!("490001")
    );
    let peak: DescribeMonthPeakNetworkResponse = serde_json::from_value(printed.clone()).unwrap();
    let zone = peak.month_net_work_data.as_ref().unwrap()[0]
        .zone_info
        .as_ref()
        .unwrap();
    assert_eq!(zone.zone_id, Some(490001));
    let back = serde_json::to_value(&peak).unwrap();
    assert_eq!(
        back["MonthNetWorkData"][0]["ZoneInfo"]["ZoneId"],
        json!(490001)
    );

    // The CreateLoadBalancer input prints `"InternetMaxBandwidthOut": "2000"`; Integer.
    let printed = &example("CreateLoadBalancer").input;
    assert_eq!(
        printed["InternetAccessible"]["InternetMaxBandwidthOut"],
        json!("2000")
    );
    let request: CreateLoadBalancerRequest = serde_json::from_value(printed.clone()).unwrap();
    let accessible = request.internet_accessible.as_ref().unwrap();
    assert_eq!(accessible.internet_max_bandwidth_out, Some(2000));
    let back = serde_json::to_value(&request).unwrap();
    assert_eq!(
        back["InternetAccessible"]["InternetMaxBandwidthOut"],
        json!(2000)
    );
}
