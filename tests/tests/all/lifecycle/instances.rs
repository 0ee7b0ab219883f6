//! Modules and instances: references, states, RunInstances checks, DescribeInstances pages and filters, and the instance acceptance workflow.

use super::*;

#[tokio::test]
async fn modules_check_their_references_and_refuse_deletion_while_they_have_instances() {
    let (_emulator, client) =
        start_with(EmulatorConfig::new().transition_delay(Duration::ZERO)).await;
    let module = create_module(&client, "video", &[]).await;
    assert!(module.starts_with("em-"), "{module}");

    let listed = call(&client, "DescribeModule", json!({})).await;
    assert_eq!(listed["TotalCount"], 1);
    let item = &listed["ModuleItemSet"][0];
    assert_eq!(item["Module"]["ModuleId"], module.as_str());
    assert_eq!(item["Module"]["ModuleName"], "video");
    assert_eq!(item["Module"]["ModuleState"], "NORMAL");
    // The image and instance type come from the catalogue.
    assert_eq!(
        item["Module"]["DefaultImage"]["ImageName"],
        "CentOS 6.9 32-bit"
    );
    assert_eq!(
        item["Module"]["InstanceTypeConfig"]["InstanceFamilyConfig"]["InstanceFamily"],
        "SN3ne"
    );
    assert_eq!(item["NodeInstanceNum"]["InstanceNum"], 0);

    call(
        &client,
        "ModifyModuleName",
        json!({"ModuleId": module, "ModuleName": "live"}),
    )
    .await;
    let renamed = call(
        &client,
        "DescribeModule",
        json!({"Filters": [{"Name": "module-name", "Values": ["live"]}]}),
    )
    .await;
    assert_eq!(renamed["TotalCount"], 1);
    assert_eq!(
        refused(
            &client,
            "ModifyModuleName",
            json!({"ModuleId": "em-00000000", "ModuleName": "x"})
        )
        .await,
        "InvalidParameterValue.InvalidModuleID"
    );

    let base = json!({"ModuleName": "m", "DefaultBandWidth": 10, "DefaultImageId": IMAGE,
                      "InstanceType": INSTANCE_TYPE, "DefaultSystemDiskSize": 50,
                      "DefaultDataDiskSize": 50});
    let mut bad_image = base.clone();
    bad_image["DefaultImageId"] = json!("img-notthere");
    assert_eq!(
        refused(&client, "CreateModule", bad_image).await,
        "InvalidParameterValue.InvalidImageID"
    );
    let mut bad_type = base.clone();
    bad_type["InstanceType"] = json!("XX.NOPE");
    assert_eq!(
        refused(&client, "CreateModule", bad_type).await,
        "InvalidParameterValue.InvalidInstanceTypeConfigID"
    );
    let mut bad_group = base;
    bad_group["SecurityGroups"] = json!(["esg-00000000"]);
    assert_eq!(
        refused(&client, "CreateModule", bad_group).await,
        "ResourceNotFound"
    );

    let run = call(
        &client,
        "RunInstances",
        json!({"ModuleId": module, "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]}),
    )
    .await;
    let instance = run["InstanceIdSet"][0].as_str().unwrap().to_owned();
    let counted = call(&client, "DescribeModule", json!({})).await;
    assert_eq!(
        counted["ModuleItemSet"][0]["NodeInstanceNum"]["InstanceNum"],
        1
    );
    assert_eq!(
        refused(&client, "DeleteModule", json!({"ModuleId": module})).await,
        "FailedOperation.InstanceInModule"
    );
    call(
        &client,
        "TerminateInstances",
        json!({"InstanceIdSet": [instance]}),
    )
    .await;
    call(&client, "DeleteModule", json!({"ModuleId": module})).await;
    assert_eq!(
        call(&client, "DescribeModule", json!({})).await["TotalCount"],
        0
    );
    assert_eq!(
        refused(&client, "DeleteModule", json!({"ModuleId": module})).await,
        "InvalidParameterValue.InvalidModuleID"
    );
}

/// The acceptance workflow: security group → module → 3 instances → page 2 + 1 → filter →
/// RUNNING → stop one → refused deletes → terminate → delete.
#[tokio::test]
async fn instance_workflow_from_security_group_to_cleanup() {
    let (emulator, client) = start().await;
    let group = create_security_group(&client, "web").await;
    let module = create_module(&client, "web-module", &[&group]).await;

    let request = ecm_sdk::actions::RunInstancesRequest::new()
        .module_id(module.clone())
        .instance_name("web-")
        .security_group_ids([group.clone()])
        .zone_instance_count_isp_set([ecm_sdk::types::ZoneInstanceCountIsp::new()
            .zone(ZONE)
            .instance_count(3)
            .isp("CTCC")]);
    let run = client.send(request).await.expect("RunInstances");
    let created: BTreeSet<String> = run.instance_id_set.unwrap().into_iter().collect();
    assert_eq!(created.len(), 3);
    assert!(
        created
            .iter()
            .all(|id| id.starts_with("ein-") && id.len() == 12),
        "{created:?}"
    );

    // Page 2 + 1, through the typed client.
    let first = client
        .send(ecm_sdk::actions::DescribeInstancesRequest::new().limit(2))
        .await
        .unwrap();
    let second = client
        .send(
            ecm_sdk::actions::DescribeInstancesRequest::new()
                .offset(2)
                .limit(2),
        )
        .await
        .unwrap();
    assert_eq!(first.total_count, Some(3));
    assert_eq!(second.total_count, Some(3));
    let page = |r: &ecm_sdk::actions::DescribeInstancesResponse| -> Vec<String> {
        r.instance_set
            .iter()
            .flatten()
            .map(|i| i.instance_id.clone().unwrap())
            .collect()
    };
    let (a, b) = (page(&first), page(&second));
    assert_eq!((a.len(), b.len()), (2, 1));
    let seen: BTreeSet<String> = a.into_iter().chain(b).collect();
    assert_eq!(seen, created);

    // Filters: fuzzy name, module, zone, documented names only.
    let named = instances(
        &client,
        json!({"Filters": [{"Name": "instance-name", "Values": ["web-2"]}]}),
    )
    .await;
    assert_eq!(named["TotalCount"], 1);
    assert_eq!(named["InstanceSet"][0]["InstanceName"], "web-2");
    let fuzzy = instances(
        &client,
        json!({"Filters": [{"Name": "instance-name", "Values": ["web"]}]}),
    )
    .await;
    assert_eq!(fuzzy["TotalCount"], 3);
    let in_module = instances(
        &client,
        json!({"Filters": [{"Name": "module-id", "Values": [module]},
                           {"Name": "zone", "Values": [ZONE]}]}),
    )
    .await;
    assert_eq!(in_module["TotalCount"], 3);
    assert_eq!(
        in_module["InstanceSet"][0]["SimpleModule"]["ModuleName"],
        "web-module"
    );
    assert_eq!(
        in_module["InstanceSet"][0]["Position"]["ZoneInfo"]["ZoneName"],
        "Hangzhou Zone 1"
    );
    let elsewhere = instances(
        &client,
        json!({"Filters": [{"Name": "zone", "Values": ["ap-nowhere-1"]}]}),
    )
    .await;
    assert_eq!(elsewhere["TotalCount"], 0);

    // PENDING until the clock passes the transition delay (1 s by default).
    let pending = instances(
        &client,
        json!({"Filters": [{"Name": "instance-state", "Values": ["PENDING"]}]}),
    )
    .await;
    assert_eq!(pending["TotalCount"], 3);
    let victim = created.iter().next().unwrap().clone();
    assert_eq!(
        refused(&client, "StopInstances", json!({"InstanceIdSet": [victim]})).await,
        "ResourceUnavailable.InstanceNotRunning"
    );
    emulator.advance_clock(Duration::from_secs(1));
    let running = instances(
        &client,
        json!({"Filters": [{"Name": "instance-state", "Values": ["RUNNING"]}]}),
    )
    .await;
    assert_eq!(running["TotalCount"], 3);

    // Stop one: STOPPING, then STOPPED; stopping it again is refused.
    call(&client, "StopInstances", json!({"InstanceIdSet": [victim]})).await;
    let state_of = |answer: &Value, id: &str| -> String {
        answer["InstanceSet"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["InstanceId"] == id)
            .map(|i| i["InstanceState"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| "(gone)".to_owned())
    };
    let all = instances(&client, json!({})).await;
    assert_eq!(state_of(&all, &victim), "STOPPING");
    emulator.advance_clock(Duration::from_secs(1));
    let all = instances(&client, json!({})).await;
    assert_eq!(state_of(&all, &victim), "STOPPED");
    assert_eq!(
        refused(&client, "StopInstances", json!({"InstanceIdSet": [victim]})).await,
        "ResourceUnavailable.InstanceNotRunning"
    );
    assert_eq!(
        refused(
            &client,
            "StopInstances",
            json!({"InstanceIdSet": ["ein-00000000"]})
        )
        .await,
        "InvalidParameterValue.InvalidInstanceID"
    );

    // Refused deletes while instances exist.
    assert_eq!(
        refused(&client, "DeleteModule", json!({"ModuleId": module})).await,
        "FailedOperation.InstanceInModule"
    );
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": group})
        )
        .await,
        "ResourceInUse"
    );

    // Terminate: TERMINATING, then gone.
    let all_ids: Vec<&String> = created.iter().collect();
    call(
        &client,
        "TerminateInstances",
        json!({"InstanceIdSet": all_ids}),
    )
    .await;
    let terminating = instances(&client, json!({})).await;
    assert_eq!(state_of(&terminating, &victim), "TERMINATING");
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(instances(&client, json!({})).await["TotalCount"], 0);

    // Now the deletes go through (the module first: it refers to the group).
    assert_eq!(
        refused(
            &client,
            "DeleteSecurityGroup",
            json!({"SecurityGroupId": group})
        )
        .await,
        "ResourceInUse"
    );
    call(&client, "DeleteModule", json!({"ModuleId": module})).await;
    call(
        &client,
        "DeleteSecurityGroup",
        json!({"SecurityGroupId": group}),
    )
    .await;
    assert_eq!(
        call(&client, "DescribeModule", json!({})).await["TotalCount"],
        0
    );
    assert_eq!(
        call(&client, "DescribeSecurityGroups", json!({})).await["TotalCount"],
        0
    );
}

#[tokio::test]
async fn instance_states_follow_start_and_reboot() {
    let (_emulator, client) =
        start_with(EmulatorConfig::new().transition_delay(Duration::ZERO)).await;
    let run = call(
        &client,
        "RunInstances",
        json!({"ImageId": IMAGE, "InstanceType": INSTANCE_TYPE,
               "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]}),
    )
    .await;
    let id = run["InstanceIdSet"][0].clone();
    let state = || async {
        instances(
            &client,
            json!({"Filters": [{"Name": "instance-id", "Values": [id]}]}),
        )
        .await["InstanceSet"][0]["InstanceState"]
            .clone()
    };
    assert_eq!(state().await, "RUNNING");
    assert_eq!(
        refused(&client, "StartInstances", json!({"InstanceIdSet": [id]})).await,
        "FailedOperation.InstanceNotAllStopped"
    );
    call(&client, "RebootInstances", json!({"InstanceIdSet": [id]})).await;
    assert_eq!(state().await, "RUNNING");
    call(&client, "StopInstances", json!({"InstanceIdSet": [id]})).await;
    assert_eq!(state().await, "STOPPED");
    assert_eq!(
        refused(&client, "RebootInstances", json!({"InstanceIdSet": [id]})).await,
        "ResourceUnavailable.InstanceNotRunning"
    );
    call(&client, "StartInstances", json!({"InstanceIdSet": [id]})).await;
    assert_eq!(state().await, "RUNNING");
    call(
        &client,
        "ModifyInstancesAttribute",
        json!({"InstanceIdSet": [id], "InstanceName": "renamed"}),
    )
    .await;
    let renamed = instances(
        &client,
        json!({"Filters": [{"Name": "instance-name", "Values": ["renam"]}]}),
    )
    .await;
    assert_eq!(renamed["TotalCount"], 1);
    // The catalogue image and type were copied onto the instance.
    assert_eq!(renamed["InstanceSet"][0]["Image"]["ImageId"], IMAGE);
    assert_eq!(
        renamed["InstanceSet"][0]["InstanceTypeConfig"]["Memory"],
        16
    );
}

#[tokio::test]
async fn run_instances_checks_zone_image_module_and_count() {
    let (_emulator, client) = start().await;
    let zone =
        |zone: &str, count: u64| json!([{"Zone": zone, "InstanceCount": count, "ISP": "CMCC"}]);
    assert_eq!(
        refused(
            &client,
            "RunInstances",
            json!({"ZoneInstanceCountISPSet": zone("ap-nowhere-1", 1)})
        )
        .await,
        "InvalidParameterValue.InvalidZone"
    );
    assert_eq!(
        refused(
            &client,
            "RunInstances",
            json!({"ImageId": "img-nope", "ZoneInstanceCountISPSet": zone(ZONE, 1)})
        )
        .await,
        "InvalidParameterValue.InvalidImageID"
    );
    assert_eq!(
        refused(
            &client,
            "RunInstances",
            json!({"ModuleId": "em-nope", "ZoneInstanceCountISPSet": zone(ZONE, 1)})
        )
        .await,
        "InvalidParameterValue.InvalidModuleID"
    );
    assert_eq!(
        refused(
            &client,
            "RunInstances",
            json!({"ZoneInstanceCountISPSet": zone(ZONE, 101)})
        )
        .await,
        "InvalidParameterValue.InvalidZoneInstanceCount"
    );
    assert_eq!(instances(&client, json!({})).await["TotalCount"], 0);
}

#[tokio::test]
async fn describe_instances_pages_and_filters_as_documented() {
    let (_emulator, client) =
        start_with(EmulatorConfig::new().transition_delay(Duration::ZERO)).await;
    for (name, count, tag) in [("alpha", 30, "blue"), ("beta", 15, "green")] {
        call(
            &client,
            "RunInstances",
            json!({"InstanceName": name, "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": count, "ISP": "CMCC"}],
                   "TagSpecification": [{"ResourceType": "instance", "Tags": [{"Key": "color", "Value": tag}]}]}),
        )
        .await;
    }
    // Default Limit 20, TotalCount exact; pages tile the list without overlap.
    let first = instances(&client, json!({})).await;
    assert_eq!(first["TotalCount"], 45);
    assert_eq!(first["InstanceSet"].as_array().unwrap().len(), 20);
    let mut seen = BTreeSet::new();
    for offset in (0..45).step_by(7) {
        let page = instances(&client, json!({"Offset": offset, "Limit": 7})).await;
        assert_eq!(page["TotalCount"], 45);
        for id in ids(&page["InstanceSet"], "/InstanceId") {
            assert!(seen.insert(id), "pages overlap at offset {offset}");
        }
    }
    assert_eq!(seen.len(), 45);
    let beyond = instances(&client, json!({"Offset": 45})).await;
    assert_eq!(
        (
            beyond["TotalCount"].as_u64(),
            beyond["InstanceSet"].as_array().unwrap().len()
        ),
        (Some(45), 0)
    );
    // Newest first by default; OrderDirection 1 is oldest first.
    let newest = instances(&client, json!({"Limit": 1})).await;
    assert!(
        newest["InstanceSet"][0]["InstanceName"]
            .as_str()
            .unwrap()
            .starts_with("beta")
    );
    let oldest = instances(&client, json!({"Limit": 1, "OrderDirection": 1})).await;
    assert_eq!(oldest["InstanceSet"][0]["InstanceName"], "alpha1");

    let tagged = instances(
        &client,
        json!({"Filters": [{"Name": "tag:color", "Values": ["green"]}]}),
    )
    .await;
    assert_eq!(tagged["TotalCount"], 15);
    let keyed = instances(
        &client,
        json!({"Filters": [{"Name": "tag-key", "Values": ["color"]}]}),
    )
    .await;
    assert_eq!(keyed["TotalCount"], 45);
    let both = instances(
        &client,
        json!({"Filters": [{"Name": "tag:color", "Values": ["green", "blue"]},
                           {"Name": "instance-name", "Values": ["alpha"]}]}),
    )
    .await;
    assert_eq!(both["TotalCount"], 30);

    assert_eq!(
        refused(
            &client,
            "DescribeInstances",
            json!({"Filters": [{"Name": "colour", "Values": ["x"]}]})
        )
        .await,
        "InvalidParameterValue.InvalidFilter"
    );
    assert_eq!(
        refused(
            &client,
            "DescribeInstances",
            json!({"Filters": [{"Name": "zone", "Values": ["a", "b", "c", "d", "e", "f"]}]})
        )
        .await,
        "InvalidParameterValue.ParameterValueTooLarge"
    );
    assert_eq!(
        instances(
            &client,
            json!({"Filters": [{"Name": "zone", "Values": ["a", "b", "c", "d", ZONE]}]})
        )
        .await["TotalCount"],
        45
    );
    assert_eq!(
        refused(&client, "DescribeInstances", json!({"Limit": 101})).await,
        "InvalidParameterValue.InvaildPageParam"
    );
    assert_eq!(
        instances(&client, json!({"Limit": 100})).await["InstanceSet"]
            .as_array()
            .unwrap()
            .len(),
        45
    );
}

/// Instances placed in a VPC's subnet: the subnet must exist, the instances filter by it,
/// and keep it (and the VPC) until they are gone.
#[tokio::test]
async fn instances_in_a_subnet_keep_it_until_terminated() {
    let (_emulator, client) =
        start_with(EmulatorConfig::new().transition_delay(Duration::ZERO)).await;
    const REGION: &str = "ap-hangzhou-ecm";
    let vpc = call(
        &client,
        "CreateVpc",
        json!({"VpcName": "i", "CidrBlock": "10.4.0.0/16", "EcmRegion": REGION}),
    )
    .await["Vpc"]["VpcId"]
        .clone();
    let subnet = call(
        &client,
        "CreateSubnet",
        json!({"VpcId": vpc, "SubnetName": "s", "CidrBlock": "10.4.1.0/24", "Zone": ZONE, "EcmRegion": REGION}),
    )
    .await["Subnet"]["SubnetId"]
        .clone();
    let placed = |subnet: &Value| {
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 2, "ISP": "CMCC",
                                            "VpcId": vpc, "SubnetId": subnet}]})
    };
    assert_eq!(
        refused(&client, "RunInstances", placed(&json!("subnet-00000000"))).await,
        "InvalidParameterValue.SubnetNotExist"
    );
    let ids = call(&client, "RunInstances", placed(&subnet)).await["InstanceIdSet"].clone();
    call(
        &client,
        "RunInstances",
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]}),
    )
    .await;
    let in_subnet = instances(
        &client,
        json!({"Filters": [{"Name": "subnet-id", "Values": [subnet]}]}),
    )
    .await;
    assert_eq!(in_subnet["TotalCount"], 2);
    assert_eq!(
        in_subnet["InstanceSet"][0]["VirtualPrivateCloud"]["VpcId"],
        vpc
    );
    let outside = instances(
        &client,
        json!({"Filters": [{"Name": "vpc-id", "Values": ["vpc-95ytv1vr"]}]}),
    )
    .await;
    assert_eq!(
        outside["TotalCount"], 0,
        "no instance carries the documented example's VPC"
    );
    assert_eq!(
        refused(
            &client,
            "DeleteSubnet",
            json!({"SubnetId": subnet, "EcmRegion": REGION})
        )
        .await,
        "ResourceInUse"
    );
    call(&client, "TerminateInstances", json!({"InstanceIdSet": ids})).await;
    call(
        &client,
        "DeleteSubnet",
        json!({"SubnetId": subnet, "EcmRegion": REGION}),
    )
    .await;
    call(
        &client,
        "DeleteVpc",
        json!({"VpcId": vpc, "EcmRegion": REGION}),
    )
    .await;
}

/// The module's network, image and configuration changes show in `DescribeModule`; the image
/// and the instance type must be ones the account has or the catalogue lists.
#[tokio::test]
async fn module_network_image_and_configuration_changes_are_kept() {
    let (_emulator, client) = start().await;
    let module = create_module(&client, "web", &[]).await;
    let describe = |client: Client, module: String| async move {
        let answer = call(
            &client,
            "DescribeModule",
            json!({"Filters": [{"Name": "module-id", "Values": [module]}]}),
        )
        .await;
        assert_eq!(answer["TotalCount"], 1, "{answer}");
        answer["ModuleItemSet"][0]["Module"].clone()
    };

    call(
        &client,
        "ModifyModuleNetwork",
        json!({"ModuleId": module, "DefaultBandwidth": 20, "DefaultBandwidthIn": 30}),
    )
    .await;
    let item = describe(client.clone(), module.clone()).await;
    assert_eq!(item["DefaultBandwidth"], 20);
    assert_eq!(item["DefaultBandwidthIn"], 30);

    // The other documented image: the whole entry is copied, not only its id.
    call(
        &client,
        "ModifyModuleImage",
        json!({"ModuleId": module, "DefaultImageId": "img-1tyt4apn"}),
    )
    .await;
    let item = describe(client.clone(), module.clone()).await;
    assert_eq!(item["DefaultImage"]["ImageId"], "img-1tyt4apn");
    assert_eq!(
        item["DefaultImage"]["ImageName"],
        "CentOS 7.4 Bare Metal 64-bit"
    );
    assert_eq!(
        refused(
            &client,
            "ModifyModuleImage",
            json!({"ModuleId": module, "DefaultImageId": "img-00000000"}),
        )
        .await,
        "InvalidParameterValue.InvalidImageID"
    );

    call(
        &client,
        "ModifyModuleConfig",
        json!({"ModuleId": module, "InstanceType": "SN3ne.SMALL2",
               "DefaultDataDiskSize": 100, "DefaultSystemDiskSize": 60}),
    )
    .await;
    let item = describe(client.clone(), module.clone()).await;
    assert_eq!(item["InstanceTypeConfig"]["InstanceType"], "SN3ne.SMALL2");
    assert_eq!(item["DefaultDataDiskSize"], 100);
    assert_eq!(item["DefaultSystemDiskSize"], 60);
    assert_eq!(
        refused(
            &client,
            "ModifyModuleConfig",
            json!({"ModuleId": module, "InstanceType": "SN3ne.HUGE999", "DefaultDataDiskSize": 50}),
        )
        .await,
        "InvalidParameterValue.InvalidInstanceTypeConfigID"
    );
    // A refused change changed nothing.
    let item = describe(client.clone(), module.clone()).await;
    assert_eq!(item["InstanceTypeConfig"]["InstanceType"], "SN3ne.SMALL2");
    assert_eq!(item["DefaultImage"]["ImageId"], "img-1tyt4apn");

    for (action, params) in [
        ("ModifyModuleNetwork", json!({"DefaultBandwidth": 5})),
        ("ModifyModuleImage", json!({"DefaultImageId": IMAGE})),
        (
            "ModifyModuleConfig",
            json!({"InstanceType": INSTANCE_TYPE, "DefaultDataDiskSize": 50}),
        ),
    ] {
        let mut params = params;
        params["ModuleId"] = json!("em-00000000");
        assert_eq!(
            refused(&client, action, params).await,
            "InvalidParameterValue.InvalidModuleID",
            "{action}"
        );
    }
}
