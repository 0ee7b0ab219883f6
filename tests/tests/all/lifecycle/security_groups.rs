//! Security groups and their policies, and what they are bound to.

use super::*;

#[tokio::test]
async fn security_groups_are_created_described_changed_and_deleted() {
    let (_emulator, client) = start().await;
    let first = create_security_group(&client, "web").await;
    let second = create_security_group(&client, "db").await;
    assert!(first.starts_with("esg-") && first.len() == 12, "{first}");
    assert_ne!(first, second);

    let all = call(&client, "DescribeSecurityGroups", json!({})).await;
    assert_eq!(all["TotalCount"], 2);
    assert_eq!(
        ids(&all["SecurityGroupSet"], "/SecurityGroupId"),
        [first.clone(), second.clone()].into()
    );
    let by_id = call(
        &client,
        "DescribeSecurityGroups",
        json!({"SecurityGroupIds": [second]}),
    )
    .await;
    assert_eq!(by_id["TotalCount"], 1);
    assert_eq!(by_id["SecurityGroupSet"][0]["SecurityGroupName"], "db");
    let by_name = call(
        &client,
        "DescribeSecurityGroups",
        json!({"Filters": [{"Name": "security-group-name", "Values": ["web"]}]}),
    )
    .await;
    assert_eq!(
        ids(&by_name["SecurityGroupSet"], "/SecurityGroupId"),
        [first.clone()].into()
    );
    let by_tag = call(
        &client,
        "DescribeSecurityGroups",
        json!({"Filters": [{"Name": "tag:team", "Values": ["edge"]}]}),
    )
    .await;
    assert_eq!(by_tag["TotalCount"], 2);
    let by_other_tag = call(
        &client,
        "DescribeSecurityGroups",
        json!({"Filters": [{"Name": "tag:team", "Values": ["core"]}]}),
    )
    .await;
    assert_eq!(by_other_tag["TotalCount"], 0);
    assert_eq!(
        refused(
            &client,
            "DescribeSecurityGroups",
            json!({"SecurityGroupIds": [first], "Filters": [{"Name": "security-group-id", "Values": [first]}]})
        )
        .await,
        "InvalidParameter"
    );

    call(
        &client,
        "ModifySecurityGroupAttribute",
        json!({"SecurityGroupId": first, "GroupName": "frontend"}),
    )
    .await;
    let changed = call(
        &client,
        "DescribeSecurityGroups",
        json!({"SecurityGroupIds": [first]}),
    )
    .await;
    assert_eq!(
        changed["SecurityGroupSet"][0]["SecurityGroupName"],
        "frontend"
    );
    assert_eq!(changed["SecurityGroupSet"][0]["SecurityGroupDesc"], "tests");

    call(
        &client,
        "DeleteSecurityGroup",
        json!({"SecurityGroupId": first}),
    )
    .await;
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": first})
        )
        .await,
        "ResourceNotFound"
    );
    let left = call(&client, "DescribeSecurityGroups", json!({})).await;
    assert_eq!(
        ids(&left["SecurityGroupSet"], "/SecurityGroupId"),
        [second].into()
    );
}

/// A security group's policies: added (at an index or appended), described in order with
/// their indexes, replaced, deleted by index or by content, replaced wholesale; versions
/// are checked and duplicates refused.
#[tokio::test]
async fn security_group_policies_are_kept_in_order_and_versioned() {
    let (_emulator, client) = start().await;
    let group = create_security_group(&client, "policies").await;
    let policies = || {
        let client = client.clone();
        let group = group.clone();
        async move {
            call(
                &client,
                "DescribeSecurityGroupPolicies",
                json!({"SecurityGroupId": group}),
            )
            .await["SecurityGroupPolicySet"]
                .clone()
        }
    };
    let empty = policies().await;
    assert_eq!(empty["Version"], "0");
    assert_eq!(empty["Ingress"], json!([]));

    let rule = |port: &str| json!({"Protocol": "TCP", "Port": port, "Action": "ACCEPT", "CidrBlock": "10.0.0.0/16"});
    call(
        &client,
        "CreateSecurityGroupPolicies",
        json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Ingress": [rule("80"), rule("443")]}}),
    )
    .await;
    let mut first = rule("22");
    first["PolicyIndex"] = json!(0);
    call(
        &client,
        "CreateSecurityGroupPolicies",
        json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Version": "1", "Ingress": [first]}}),
    )
    .await;
    let now = policies().await;
    assert_eq!(now["Version"], "2");
    let ports: Vec<&str> = now["Ingress"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["Port"].as_str().unwrap())
        .collect();
    assert_eq!(ports, ["22", "80", "443"]);
    assert_eq!(now["Ingress"][2]["PolicyIndex"], 2);

    assert_eq!(
        refused(
            &client,
            "CreateSecurityGroupPolicies",
            json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Ingress": [{"Protocol": "tcp", "Port": "80", "Action": "accept", "CidrBlock": "10.0.0.0/16"}]}})
        )
        .await,
        "UnsupportedOperation.DuplicatePolicy"
    );
    assert_eq!(
        refused(
            &client,
            "CreateSecurityGroupPolicies",
            json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Version": "1", "Ingress": [rule("8080")]}})
        )
        .await,
        "UnsupportedOperation.VersionMismatch"
    );

    let mut replacement = rule("8443");
    replacement["PolicyIndex"] = json!(2);
    call(
        &client,
        "ReplaceSecurityGroupPolicy",
        json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Ingress": [replacement]}}),
    )
    .await;
    call(
        &client,
        "DeleteSecurityGroupPolicies",
        json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Ingress": [{"PolicyIndex": 0}]}}),
    )
    .await;
    call(
        &client,
        "DeleteSecurityGroupPolicies",
        json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Ingress": [rule("80")]}}),
    )
    .await;
    let left = policies().await;
    assert_eq!(left["Ingress"].as_array().unwrap().len(), 1);
    assert_eq!(left["Ingress"][0]["Port"], "8443");
    assert_eq!(left["Ingress"][0]["PolicyIndex"], 0);
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroupPolicies",
            json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Ingress": [rule("9")]}})
        )
        .await,
        "ResourceNotFound"
    );

    call(
        &client,
        "ModifySecurityGroupPolicies",
        json!({"SecurityGroupId": group, "SecurityGroupPolicySet": {"Egress": [rule("53")]}}),
    )
    .await;
    let replaced = policies().await;
    assert_eq!(
        (
            replaced["Ingress"].as_array().unwrap().len(),
            replaced["Egress"][0]["Port"].clone()
        ),
        (0, json!("53"))
    );
    assert_eq!(
        refused(
            &client,
            "DescribeSecurityGroupPolicies",
            json!({"SecurityGroupId": "esg-00000000"})
        )
        .await,
        "ResourceNotFound"
    );
}

/// Security groups bound to instances (AssociateSecurityGroups, DisassociateSecurityGroups)
/// and set on load balancers (SetLoadBalancerSecurityGroups): they must exist, and while bound
/// they keep their group from deletion.
#[tokio::test]
async fn security_groups_are_bound_to_instances_and_load_balancers() {
    let (_emulator, client) = start().await;
    let group = create_security_group(&client, "bound").await;
    let second = create_security_group(&client, "second").await;
    let instance_ids = call(
        &client,
        "RunInstances",
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 2, "ISP": "CMCC"}]}),
    )
    .await["InstanceIdSet"]
        .clone();
    let groups_of = |id: Value| {
        let client = client.clone();
        async move {
            instances(
                &client,
                json!({"Filters": [{"Name": "instance-id", "Values": [id]}]}),
            )
            .await["InstanceSet"][0]["SecurityGroupIds"]
                .clone()
        }
    };
    call(
        &client,
        "AssociateSecurityGroups",
        json!({"SecurityGroupIds": [group], "InstanceIds": instance_ids}),
    )
    .await;
    assert_eq!(groups_of(instance_ids[0].clone()).await, json!([group]));
    assert_eq!(groups_of(instance_ids[1].clone()).await, json!([group]));
    let statistics = call(
        &client,
        "DescribeSecurityGroupAssociationStatistics",
        json!({"SecurityGroupIds": [group, second]}),
    )
    .await["SecurityGroupAssociationStatisticsSet"]
        .clone();
    assert_eq!(
        statistics,
        json!([
            {"SecurityGroupId": group, "ECM": 2, "Module": 0, "ENI": 0, "CLB": 0, "SG": 0,
             "TotalCount": 2},
            {"SecurityGroupId": second, "ECM": 0, "Module": 0, "ENI": 0, "CLB": 0, "SG": 0,
             "TotalCount": 0}
        ])
    );
    assert_eq!(
        refused(
            &client,
            "DescribeSecurityGroupAssociationStatistics",
            json!({"SecurityGroupIds": ["esg-00000000"]})
        )
        .await,
        "ResourceNotFound"
    );
    for (params, code) in [
        (
            json!({"SecurityGroupIds": [group], "InstanceIds": [instance_ids[0]]}),
            "InvalidParameterValue",
        ),
        (
            json!({"SecurityGroupIds": ["esg-00000000"], "InstanceIds": [instance_ids[0]]}),
            "InvalidParameterValue",
        ),
        (
            json!({"SecurityGroupIds": [second], "InstanceIds": ["ein-00000000"]}),
            "InvalidParameterValue.InvalidInstanceID",
        ),
    ] {
        assert_eq!(
            refused(&client, "AssociateSecurityGroups", params.clone()).await,
            code,
            "{params}"
        );
    }
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": group})
        )
        .await,
        "ResourceInUse"
    );
    call(
        &client,
        "DisassociateSecurityGroups",
        json!({"SecurityGroupIds": [group], "InstanceIds": instance_ids}),
    )
    .await;
    assert_eq!(groups_of(instance_ids[0].clone()).await, json!([]));
    assert_eq!(
        refused(
            &client,
            "DisassociateSecurityGroups",
            json!({"SecurityGroupIds": [group], "InstanceIds": [instance_ids[0]]})
        )
        .await,
        "InvalidParameter.InvalidDataFormat",
        "not bound"
    );

    let lb = create_load_balancer(&client, None).await;
    call(
        &client,
        "SetLoadBalancerSecurityGroups",
        json!({"LoadBalancerId": lb, "SecurityGroups": [group, second]}),
    )
    .await;
    let by_group = |group: String| {
        let client = client.clone();
        async move {
            call(
                &client,
                "DescribeLoadBalancers",
                json!({"SecurityGroup": group}),
            )
            .await["TotalCount"]
                .clone()
        }
    };
    assert_eq!(by_group(second.clone()).await, 1);
    assert_eq!(
        refused(
            &client,
            "SetLoadBalancerSecurityGroups",
            json!({"LoadBalancerId": lb, "SecurityGroups": ["esg-00000000"]})
        )
        .await,
        "InvalidParameterValue"
    );
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": second})
        )
        .await,
        "ResourceInUse"
    );
    call(
        &client,
        "SetLoadBalancerSecurityGroups",
        json!({"LoadBalancerId": lb}),
    )
    .await;
    assert_eq!(by_group(second.clone()).await, 0, "all unbound");
    let other_lb = create_load_balancer(&client, None).await;
    let for_balancers = |operation: &str| {
        json!({"LoadBalancerIds": [lb, other_lb], "SecurityGroup": second,
               "OperationType": operation})
    };
    call(
        &client,
        "SetSecurityGroupForLoadbalancers",
        for_balancers("ADD"),
    )
    .await;
    assert_eq!(by_group(second.clone()).await, 2);
    assert_eq!(
        refused(
            &client,
            "SetSecurityGroupForLoadbalancers",
            for_balancers("ADD")
        )
        .await,
        "InvalidParameterValue",
        "bound already"
    );
    assert_eq!(
        refused(
            &client,
            "SetSecurityGroupForLoadbalancers",
            for_balancers("MOVE")
        )
        .await,
        "InvalidParameter.FormatError"
    );
    call(
        &client,
        "SetSecurityGroupForLoadbalancers",
        for_balancers("DEL"),
    )
    .await;
    assert_eq!(by_group(second.clone()).await, 0);

    // A module's security groups, replaced as a whole.
    let module = create_module(&client, "m", &[]).await;
    call(
        &client,
        "ModifyModuleSecurityGroups",
        json!({"ModuleId": module, "SecurityGroupIdSet": [group, second]}),
    )
    .await;
    let modules = call(
        &client,
        "DescribeModule",
        json!({"Filters": [{"Name": "security-group-id", "Values": [second]}]}),
    )
    .await;
    assert_eq!(
        modules["ModuleItemSet"][0]["Module"]["SecurityGroupIds"],
        json!([group, second])
    );
    for (set, code) in [
        (json!([group, group]), "InvalidParameterValue.Duplicate"),
        (json!(["esg-00000000"]), "ResourceNotFound"),
    ] {
        assert_eq!(
            refused(
                &client,
                "ModifyModuleSecurityGroups",
                json!({"ModuleId": module, "SecurityGroupIdSet": set})
            )
            .await,
            code,
            "{set}"
        );
    }
    assert_eq!(
        refused(
            &client,
            "ModifyModuleSecurityGroups",
            json!({"ModuleId": "em-00000000", "SecurityGroupIdSet": [group]})
        )
        .await,
        "InvalidParameterValue.InvalidModuleID"
    );
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": second})
        )
        .await,
        "ResourceInUse"
    );
    call(
        &client,
        "ModifyModuleSecurityGroups",
        json!({"ModuleId": module, "SecurityGroupIdSet": [group]}),
    )
    .await;
    call(
        &client,
        "DeleteSecurityGroup",
        json!({"SecurityGroupId": second}),
    )
    .await;
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": group})
        )
        .await,
        "ResourceInUse"
    );
}
