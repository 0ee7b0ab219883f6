//! The stateful emulator through `ecm-sdk`: each modelled resource kind created, described
//! (ids, filters, pages), changed, moved through its documented states and deleted, with the
//! codes each action documents for what it refuses; plus the acceptance workflows.

use std::collections::BTreeSet;
use std::time::Duration;

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle, Reply};
use ecm_sdk::Client;
use ecm_tests::wire::{self, SECRET_ID, SECRET_KEY, TC3_POST_JSON};
use serde_json::{Value, json};

/// A zone, an image and an instance type the docs' examples list (DescribeNode,
/// DescribeImage, DescribeInstanceTypeConfig).
const ZONE: &str = "ap-hangzhou-ecm-1";
const IMAGE: &str = "img-060ov1xz";
const INSTANCE_TYPE: &str = "SN3ne.2XLARGE16";

async fn start_with(config: EmulatorConfig) -> (EmulatorHandle, Client) {
    let emulator = Emulator::start(config.credentials(SECRET_ID, SECRET_KEY))
        .await
        .expect("the emulator starts");
    let client = wire::client(&emulator, TC3_POST_JSON);
    (emulator, client)
}

async fn start() -> (EmulatorHandle, Client) {
    start_with(EmulatorConfig::new()).await
}

async fn call(client: &Client, action: &str, params: Value) -> Value {
    client
        .call_raw(action, params)
        .await
        .unwrap_or_else(|error| panic!("{action}: {error}"))
}

/// The code of the error `action` is refused with.
async fn refused(client: &Client, action: &str, params: Value) -> String {
    match client.call_raw(action, params).await {
        Ok(answer) => panic!("{action} succeeded: {answer}"),
        Err(error) => error
            .as_service_error()
            .unwrap_or_else(|| panic!("{action}: not a service error: {error}"))
            .code()
            .to_owned(),
    }
}

fn ids(list: &Value, path: &str) -> BTreeSet<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| {
            item.pointer(path)
                .and_then(Value::as_str)
                .unwrap()
                .to_owned()
        })
        .collect()
}

async fn create_security_group(client: &Client, name: &str) -> String {
    let answer = call(
        client,
        "CreateSecurityGroup",
        json!({"GroupName": name, "GroupDescription": "tests",
               "Tags": [{"Key": "team", "Value": "edge"}]}),
    )
    .await;
    answer["SecurityGroup"]["SecurityGroupId"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn create_module(client: &Client, name: &str, security_groups: &[&str]) -> String {
    let answer = call(
        client,
        "CreateModule",
        json!({"ModuleName": name, "DefaultBandWidth": 10, "DefaultImageId": IMAGE,
               "InstanceType": INSTANCE_TYPE, "DefaultSystemDiskSize": 50,
               "DefaultDataDiskSize": 50, "SecurityGroups": security_groups}),
    )
    .await;
    answer["ModuleId"].as_str().unwrap().to_owned()
}

async fn instances(client: &Client, params: Value) -> Value {
    call(client, "DescribeInstances", params).await
}

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

/// The VPC/subnet workflow: create → subnets (conflicts refused) → describe → refused
/// delete → delete.
#[tokio::test]
async fn vpc_and_subnet_workflow() {
    let (_emulator, client) = start().await;
    let vpc = call(
        &client,
        "CreateVpc",
        json!({"VpcName": "main", "CidrBlock": "10.0.0.0/16", "EcmRegion": "ap-hangzhou-ecm"}),
    )
    .await["Vpc"]
        .clone();
    let vpc_id = vpc["VpcId"].as_str().unwrap().to_owned();
    assert!(vpc_id.starts_with("vpc-"), "{vpc_id}");
    assert_eq!(vpc["CidrBlock"], "10.0.0.0/16");
    assert_eq!(vpc["SubnetCount"], 0);

    let subnet = |name: &str, cidr: &str, vpc: &str| json!({"VpcId": vpc, "SubnetName": name, "CidrBlock": cidr, "Zone": ZONE, "EcmRegion": "ap-hangzhou-ecm"});
    let first =
        call(&client, "CreateSubnet", subnet("a", "10.0.1.0/24", &vpc_id)).await["Subnet"].clone();
    let first_id = first["SubnetId"].as_str().unwrap().to_owned();
    assert!(first_id.starts_with("subnet-"), "{first_id}");
    assert_eq!(first["VpcCidrBlock"], "10.0.0.0/16");
    assert_eq!(
        refused(
            &client,
            "CreateSubnet",
            subnet("b", "10.0.1.128/25", &vpc_id)
        )
        .await,
        "InvalidParameterValue.SubnetConflict"
    );
    assert_eq!(
        refused(&client, "CreateSubnet", subnet("c", "10.1.0.0/24", &vpc_id)).await,
        "InvalidParameterValue.SubnetRange"
    );
    assert_eq!(
        refused(&client, "CreateSubnet", subnet("d", "10.0.2.0/99", &vpc_id)).await,
        "InvalidParameterValue.Malformed"
    );
    assert_eq!(
        refused(
            &client,
            "CreateSubnet",
            subnet("e", "10.0.2.0/24", "vpc-00000000")
        )
        .await,
        "ResourceNotFound"
    );
    let second_id = call(&client, "CreateSubnet", subnet("b", "10.0.2.0/24", &vpc_id)).await["Subnet"]["SubnetId"]
        .as_str()
        .unwrap()
        .to_owned();

    let in_vpc = call(
        &client,
        "DescribeSubnets",
        json!({"Filters": [{"Name": "vpc-id", "Values": [vpc_id]}], "Limit": "1", "Offset": "1"}),
    )
    .await;
    assert_eq!(in_vpc["TotalCount"], 2);
    assert_eq!(
        ids(&in_vpc["SubnetSet"], "/SubnetId"),
        [second_id.clone()].into()
    );
    let by_id = call(&client, "DescribeSubnets", json!({"SubnetIds": [first_id]})).await;
    assert_eq!(by_id["SubnetSet"][0]["CidrBlock"], "10.0.1.0/24");
    assert_eq!(
        refused(
            &client,
            "DescribeSubnets",
            json!({"SubnetIds": [first_id], "Filters": [{"Name": "zone", "Values": [ZONE]}]})
        )
        .await,
        "InvalidParameter.Coexist"
    );
    let vpcs = call(&client, "DescribeVpcs", json!({"VpcIds": [vpc_id]})).await;
    assert_eq!(vpcs["VpcSet"][0]["SubnetCount"], 2);
    let fuzzy = call(
        &client,
        "DescribeVpcs",
        json!({"Filters": [{"Name": "cidr-block", "Values": ["10.0."]}]}),
    )
    .await;
    assert_eq!(fuzzy["TotalCount"], 1);

    assert_eq!(
        refused(
            &client,
            "DeleteVpc",
            json!({"VpcId": vpc_id, "EcmRegion": "ap-hangzhou-ecm"})
        )
        .await,
        "ResourceInUse"
    );
    for id in [&first_id, &second_id] {
        call(
            &client,
            "DeleteSubnet",
            json!({"SubnetId": id, "EcmRegion": "ap-hangzhou-ecm"}),
        )
        .await;
    }
    assert_eq!(
        refused(
            &client,
            "DeleteSubnet",
            json!({"SubnetId": first_id, "EcmRegion": "ap-hangzhou-ecm"})
        )
        .await,
        "ResourceNotFound"
    );
    call(
        &client,
        "DeleteVpc",
        json!({"VpcId": vpc_id, "EcmRegion": "ap-hangzhou-ecm"}),
    )
    .await;
    assert_eq!(
        call(&client, "DescribeVpcs", json!({})).await["TotalCount"],
        0
    );
    assert_eq!(
        refused(
            &client,
            "DeleteVpc",
            json!({"VpcId": vpc_id, "EcmRegion": "ap-hangzhou-ecm"})
        )
        .await,
        "ResourceNotFound"
    );
}

#[tokio::test]
async fn each_credential_pair_is_an_account_of_its_own() {
    let (emulator, client) = start_with(
        EmulatorConfig::new().account("AKIDsecondAccount0000000000000000", "second-key"),
    )
    .await;
    let other = ecm_sdk::Client::builder()
        .credentials(ecm_sdk::Credentials::new(
            "AKIDsecondAccount0000000000000000",
            "second-key",
        ))
        .endpoint(emulator.url())
        .build()
        .unwrap();
    create_security_group(&client, "mine").await;
    assert_eq!(
        call(&other, "DescribeSecurityGroups", json!({})).await["TotalCount"],
        0
    );
    create_security_group(&other, "theirs").await;
    let mine = call(&client, "DescribeSecurityGroups", json!({})).await;
    assert_eq!(mine["TotalCount"], 1);
    assert_eq!(mine["SecurityGroupSet"][0]["SecurityGroupName"], "mine");

    emulator.reset();
    assert_eq!(
        call(&client, "DescribeSecurityGroups", json!({})).await["TotalCount"],
        0
    );
    assert_eq!(
        call(&other, "DescribeSecurityGroups", json!({})).await["TotalCount"],
        0
    );
}

#[tokio::test]
async fn scripted_replies_take_precedence_over_the_model() {
    let (emulator, client) = start().await;
    emulator
        .respond_with("DescribeSecurityGroups", |params| {
            let limit = params["Limit"].as_u64().unwrap_or(0);
            Reply::output(json!({"TotalCount": limit, "SecurityGroupSet": []}))
        })
        .unwrap();
    assert_eq!(
        call(&client, "DescribeSecurityGroups", json!({"Limit": 7})).await["TotalCount"],
        7
    );
    emulator.clear_reply("DescribeSecurityGroups");

    emulator
        .respond_sequence(
            "CreateSecurityGroup",
            [Reply::error(
                "InvalidParameterValue.LimitExceeded",
                "scripted quota",
            )],
        )
        .unwrap();
    assert_eq!(
        refused(
            &client,
            "CreateSecurityGroup",
            json!({"GroupName": "a", "GroupDescription": "b"})
        )
        .await,
        "InvalidParameterValue.LimitExceeded"
    );
    // The sequence is used up: the model answers again.
    create_security_group(&client, "after").await;
    assert_eq!(
        call(&client, "DescribeSecurityGroups", json!({})).await["TotalCount"],
        1
    );
    assert!(
        emulator
            .respond_with("NoSuchAction", |_| Reply::output(json!({})))
            .is_err()
    );
}

#[tokio::test]
async fn replay_mode_answers_the_documented_examples() {
    let (emulator, client) = start_with(EmulatorConfig::new().replay(true)).await;
    assert!(!emulator.is_stateful());
    create_module(&client, "ignored", &[]).await;
    // The example lists 17 modules named `xx`.
    assert_eq!(
        call(&client, "DescribeModule", json!({})).await["TotalCount"],
        17
    );
}

#[tokio::test]
async fn the_state_file_survives_a_restart_and_bad_files_fail_the_start() {
    let directory =
        std::env::temp_dir().join(format!("ecm-state-{}-{}", std::process::id(), line!()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("state.json");
    let _ = std::fs::remove_file(&path);

    let (emulator, client) = start_with(EmulatorConfig::new().state_file(&path)).await;
    let group = create_security_group(&client, "kept").await;
    emulator.shutdown().await;
    // Saved atomically: no temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&directory)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("state.json")]);

    let (emulator, client) = start_with(EmulatorConfig::new().state_file(&path)).await;
    let kept = call(&client, "DescribeSecurityGroups", json!({})).await;
    assert_eq!(
        ids(&kept["SecurityGroupSet"], "/SecurityGroupId"),
        [group].into()
    );
    emulator.shutdown().await;

    std::fs::write(
        &path,
        b"{\"Format\": \"ecm-emulator-state\", \"Version\": 1, \"Accounts\": {\"x\": 3}}",
    )
    .unwrap();
    let error = Emulator::start(EmulatorConfig::new().state_file(&path))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("cannot load the state file"),
        "{error}"
    );
    std::fs::write(&path, b"truncated {").unwrap();
    let error = Emulator::start(EmulatorConfig::new().state_file(&path))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("not valid JSON"), "{error}");
    std::fs::remove_dir_all(&directory).unwrap();
}

#[tokio::test]
async fn caps_are_answered_with_the_documented_limit_code() {
    let (_emulator, client) = start().await;
    for n in 0..20 {
        call(&client, "CreateVpc", json!({"VpcName": format!("v{n}"), "CidrBlock": "10.0.0.0/16", "EcmRegion": "ap-hangzhou-ecm"})).await;
    }
    assert_eq!(
        refused(&client, "CreateVpc", json!({"VpcName": "one-too-many", "CidrBlock": "10.0.0.0/16", "EcmRegion": "ap-hangzhou-ecm"})).await,
        "LimitExceeded"
    );
}

#[tokio::test]
async fn concurrent_clients_get_unique_ids_and_an_exact_count() {
    let (_emulator, client) = start().await;
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut ids = Vec::new();
                for i in 0..10 {
                    ids.push(create_security_group(&client, &format!("g{n}-{i}")).await);
                }
                ids
            })
        })
        .collect();
    let mut all = BTreeSet::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    assert_eq!(all.len(), 80);
    assert_eq!(
        call(&client, "DescribeSecurityGroups", json!({"Limit": 1})).await["TotalCount"],
        80
    );
}

/// Route tables, network interfaces and HaVips live in a VPC's subnets and keep them from
/// being deleted.
#[tokio::test]
async fn network_resources_in_a_vpc_block_its_deletion() {
    let (emulator, client) = start().await;
    const REGION: &str = "ap-hangzhou-ecm";
    let vpc = call(
        &client,
        "CreateVpc",
        json!({"VpcName": "n", "CidrBlock": "172.16.0.0/16", "EcmRegion": REGION}),
    )
    .await["Vpc"]["VpcId"]
        .clone();
    let subnet = call(
        &client,
        "CreateSubnet",
        json!({"VpcId": vpc, "SubnetName": "s", "CidrBlock": "172.16.1.0/24", "Zone": ZONE, "EcmRegion": REGION}),
    )
    .await["Subnet"]["SubnetId"]
        .clone();
    let group = create_security_group(&client, "eni-group").await;

    let table = call(
        &client,
        "CreateRouteTable",
        json!({"VpcId": vpc, "RouteTableName": "rt", "EcmRegion": REGION}),
    )
    .await["RouteTable"]
        .clone();
    let table_id = table["RouteTableId"].as_str().unwrap().to_owned();
    assert!(table_id.starts_with("rtb-"), "{table_id}");
    call(
        &client,
        "ModifyRouteTableAttribute",
        json!({"RouteTableId": table_id, "RouteTableName": "main-rt"}),
    )
    .await;
    let tables = call(
        &client,
        "DescribeRouteTables",
        json!({"Filters": [{"Name": "route-table-name", "Values": ["main-rt"]}]}),
    )
    .await;
    assert_eq!(
        ids(&tables["RouteTableSet"], "/RouteTableId"),
        [table_id.clone()].into()
    );

    let eni = call(
        &client,
        "CreateNetworkInterface",
        json!({"VpcId": vpc, "SubnetId": subnet, "NetworkInterfaceName": "eni", "EcmRegion": REGION,
               "SecurityGroupIds": [group]}),
    )
    .await["NetworkInterface"]
        .clone();
    let eni_id = eni["NetworkInterfaceId"].as_str().unwrap().to_owned();
    assert!(eni_id.starts_with("eni-"), "{eni_id}");
    assert_eq!(eni["State"], "PENDING");
    emulator.advance_clock(Duration::from_secs(1));
    let enis = call(
        &client,
        "DescribeNetworkInterfaces",
        json!({"Filters": [{"Name": "groups.security-group-id", "Values": [group]}]}),
    )
    .await;
    assert_eq!(enis["TotalCount"], 1);
    assert_eq!(enis["NetworkInterfaceSet"][0]["State"], "AVAILABLE");
    assert_eq!(
        refused(
            &client,
            "CreateNetworkInterface",
            json!({"VpcId": vpc, "SubnetId": "subnet-00000000", "NetworkInterfaceName": "x", "EcmRegion": REGION})
        )
        .await,
        "ResourceNotFound"
    );

    let havip = call(
        &client,
        "CreateHaVip",
        json!({"VpcId": vpc, "SubnetId": subnet, "HaVipName": "vip", "Vip": "172.16.1.9"}),
    )
    .await["HaVip"]
        .clone();
    let havip_id = havip["HaVipId"].as_str().unwrap().to_owned();
    assert!(havip_id.starts_with("havip-"), "{havip_id}");
    assert_eq!(havip["State"], "UNBIND");
    let vips = call(&client, "DescribeHaVips", json!({"HaVipIds": [havip_id]})).await;
    assert_eq!(vips["HaVipSet"][0]["Vip"], "172.16.1.9");

    // Everything that refers to the subnet or the VPC keeps them.
    assert_eq!(
        refused(
            &client,
            "DeleteSubnet",
            json!({"SubnetId": subnet, "EcmRegion": REGION})
        )
        .await,
        "ResourceInUse"
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
    call(&client, "DeleteHaVip", json!({"HaVipId": havip_id})).await;
    call(
        &client,
        "DeleteNetworkInterface",
        json!({"NetworkInterfaceId": eni_id, "EcmRegion": REGION}),
    )
    .await;
    call(
        &client,
        "DeleteSubnet",
        json!({"SubnetId": subnet, "EcmRegion": REGION}),
    )
    .await;
    assert_eq!(
        refused(
            &client,
            "DeleteVpc",
            json!({"VpcId": vpc, "EcmRegion": REGION})
        )
        .await,
        "ResourceInUse"
    );
    call(
        &client,
        "DeleteRouteTable",
        json!({"RouteTableId": table_id}),
    )
    .await;
    call(
        &client,
        "DeleteVpc",
        json!({"VpcId": vpc, "EcmRegion": REGION}),
    )
    .await;
    call(
        &client,
        "DeleteSecurityGroup",
        json!({"SecurityGroupId": group}),
    )
    .await;
    for (action, total) in [
        ("DescribeVpcs", 0),
        ("DescribeHaVips", 0),
        ("DescribeNetworkInterfaces", 0),
        ("DescribeRouteTables", 0),
    ] {
        assert_eq!(
            call(&client, action, json!({})).await["TotalCount"],
            total,
            "{action}"
        );
    }
}

/// EIPs: allocated CREATING → UNBIND, bound (BINDING → BIND) to an instance that exists,
/// unbound, released; every step returns a task DescribeTaskResult and DescribeTaskStatus
/// follow.
#[tokio::test]
async fn addresses_move_through_bind_states_and_report_tasks() {
    let (emulator, client) = start().await;
    const REGION: &str = "ap-hangzhou-ecm";
    let allocated = call(
        &client,
        "AllocateAddresses",
        json!({"EcmRegion": REGION, "AddressCount": 2}),
    )
    .await;
    let addresses: Vec<String> = allocated["AddressSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(addresses.len(), 2);
    assert!(
        addresses.iter().all(|id| id.starts_with("eip-")),
        "{addresses:?}"
    );
    let task = allocated["TaskId"].as_str().unwrap().to_owned();
    let result = |task: String| {
        let client = client.clone();
        async move {
            call(
                &client,
                "DescribeTaskResult",
                json!({"EcmRegion": REGION, "TaskId": task}),
            )
            .await["Result"]
                .clone()
        }
    };
    assert_eq!(result(task.clone()).await, "RUNNING");
    let status = call(
        &client,
        "DescribeTaskStatus",
        json!({"TaskSet": [{"TaskId": task, "Operation": "AllocateAddresses"}]}),
    )
    .await;
    assert_eq!(status["TaskSet"][0]["Status"], "RUNNING");
    assert_eq!(status["TaskSet"][0]["Operation"], "AllocateAddresses");
    let address = |id: &str| {
        let client = client.clone();
        let id = id.to_owned();
        async move {
            call(
                &client,
                "DescribeAddresses",
                json!({"EcmRegion": REGION, "AddressIds": [id]}),
            )
            .await["AddressSet"][0]
                .clone()
        }
    };
    let eip = &addresses[0];
    assert_eq!(address(eip).await["AddressStatus"], "CREATING");
    assert_eq!(address(eip).await["InstanceId"], Value::Null);
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(result(task).await, "SUCCESS");
    assert_eq!(address(eip).await["AddressStatus"], "UNBIND");

    let instance = call(
        &client,
        "RunInstances",
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]}),
    )
    .await["InstanceIdSet"][0]
        .clone();
    assert_eq!(
        refused(
            &client,
            "AssociateAddress",
            json!({"EcmRegion": REGION, "AddressId": eip, "InstanceId": "ein-00000000"})
        )
        .await,
        "InvalidParameterValue.InvalidInstanceID"
    );
    let bound = call(
        &client,
        "AssociateAddress",
        json!({"EcmRegion": REGION, "AddressId": eip, "InstanceId": instance}),
    )
    .await;
    assert!(bound["TaskId"].is_string(), "{bound}");
    assert_eq!(address(eip).await["AddressStatus"], "BINDING");
    emulator.advance_clock(Duration::from_secs(1));
    let now = address(eip).await;
    assert_eq!(
        (now["AddressStatus"].clone(), now["InstanceId"].clone()),
        (json!("BIND"), instance.clone())
    );
    let by_instance = call(
        &client,
        "DescribeAddresses",
        json!({"EcmRegion": REGION, "Filters": [{"Name": "instance-id", "Values": [instance]}]}),
    )
    .await;
    assert_eq!(by_instance["TotalCount"], 1);
    assert_eq!(
        refused(
            &client,
            "ReleaseAddresses",
            json!({"EcmRegion": REGION, "AddressIds": [eip]})
        )
        .await,
        "UnsupportedOperation.StatusNotPermit"
    );
    call(
        &client,
        "DisassociateAddress",
        json!({"EcmRegion": REGION, "AddressId": eip}),
    )
    .await;
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(address(eip).await["InstanceId"], Value::Null);
    call(
        &client,
        "ReleaseAddresses",
        json!({"EcmRegion": REGION, "AddressIds": addresses}),
    )
    .await;
    assert_eq!(address(eip).await["AddressStatus"], "OFFLINING");
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(
        call(&client, "DescribeAddresses", json!({"EcmRegion": REGION})).await["TotalCount"],
        0
    );
    assert_eq!(
        refused(
            &client,
            "DescribeTaskStatus",
            json!({"TaskSet": [{"TaskId": "42", "Operation": "CreateImage"}]})
        )
        .await,
        "InvalidParameterValue.TaskNotFound"
    );
    assert_eq!(
        refused(
            &client,
            "AllocateAddresses",
            json!({"EcmRegion": REGION, "AddressCount": 101})
        )
        .await,
        "InvalidParameterValue.InvalidAddressCount"
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

/// Images: every account starts with the documented ones; CreateImage makes a private image
/// from an instance (CREATING → NORMAL, with a task), which RunInstances can then use until
/// it is deleted.
#[tokio::test]
async fn images_are_seeded_created_from_instances_used_and_deleted() {
    let (emulator, client) = start().await;
    let seeded = call(&client, "DescribeImage", json!({})).await;
    assert_eq!(seeded["TotalCount"], 2);
    assert!(ids(&seeded["ImageSet"], "/ImageId").contains(IMAGE));

    let instance = call(
        &client,
        "RunInstances",
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]}),
    )
    .await["InstanceIdSet"][0]
        .clone();
    assert_eq!(
        refused(
            &client,
            "CreateImage",
            json!({"ImageName": "golden", "InstanceId": "ein-00000000"})
        )
        .await,
        "InvalidParameterValue.InvalidInstanceID"
    );
    let created = call(
        &client,
        "CreateImage",
        json!({"ImageName": "golden", "InstanceId": instance}),
    )
    .await;
    let task = created["TaskId"].as_str().unwrap().to_owned();
    let golden = call(
        &client,
        "DescribeImage",
        json!({"Filters": [{"Name": "image-name", "Values": ["gold"]}]}),
    )
    .await;
    assert_eq!(golden["TotalCount"], 1);
    let image = golden["ImageSet"][0]["ImageId"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(image.starts_with("img-") && image != IMAGE, "{image}");
    assert_eq!(golden["ImageSet"][0]["ImageState"], "CREATING");
    assert_eq!(golden["ImageSet"][0]["SrcImage"]["InstanceId"], instance);
    emulator.advance_clock(Duration::from_secs(1));
    let result = call(
        &client,
        "DescribeTaskResult",
        json!({"EcmRegion": "ap-hangzhou-ecm", "TaskId": task}),
    )
    .await;
    assert_eq!(result["Result"], "SUCCESS");
    let normal = call(
        &client,
        "DescribeImage",
        json!({"Filters": [{"Name": "image-id", "Values": [image]}]}),
    )
    .await;
    assert_eq!(normal["ImageSet"][0]["ImageState"], "NORMAL");

    let run = |image: String| json!({"ImageId": image, "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]});
    let second =
        call(&client, "RunInstances", run(image.clone())).await["InstanceIdSet"][0].clone();
    let described = instances(
        &client,
        json!({"Filters": [{"Name": "image-id", "Values": [image]}]}),
    )
    .await;
    assert_eq!(
        ids(&described["InstanceSet"], "/InstanceId"),
        [second.as_str().unwrap().to_owned()].into()
    );

    call(
        &client,
        "ModifyImageAttribute",
        json!({"ImageId": image, "ImageName": "golden-2"}),
    )
    .await;
    let renamed = call(
        &client,
        "DescribeImage",
        json!({"Filters": [{"Name": "image-id", "Values": [image]}]}),
    )
    .await;
    assert_eq!(renamed["ImageSet"][0]["ImageName"], "golden-2");
    call(&client, "DeleteImage", json!({"ImageIDSet": [image]})).await;
    assert_eq!(
        call(&client, "DescribeImage", json!({})).await["TotalCount"],
        2
    );
    assert_eq!(
        refused(&client, "RunInstances", run(image.clone())).await,
        "InvalidParameterValue.InvalidImageID"
    );
    assert_eq!(
        refused(&client, "DeleteImage", json!({"ImageIDSet": [image]})).await,
        "InvalidParameterValue.InvalidImageID"
    );
    // A reset brings back the documented images only.
    emulator.reset();
    assert_eq!(
        call(&client, "DescribeImage", json!({})).await["TotalCount"],
        2
    );
}

/// Load balancers: created in numbers, described by ids, name parameter and tag filter,
/// renamed, deleted; they keep their VPC and security groups.
#[tokio::test]
async fn load_balancers_are_created_filtered_renamed_and_deleted() {
    let (_emulator, client) = start().await;
    const REGION: &str = "ap-hangzhou-ecm";
    let vpc = call(
        &client,
        "CreateVpc",
        json!({"VpcName": "lb", "CidrBlock": "10.9.0.0/16", "EcmRegion": REGION}),
    )
    .await["Vpc"]["VpcId"]
        .clone();
    let group = create_security_group(&client, "lb-group").await;
    let created = call(
        &client,
        "CreateLoadBalancer",
        json!({"EcmRegion": REGION, "LoadBalancerType": "OPEN", "VipIsp": "CMCC", "LoadBalancerName": "front",
               "VpcId": vpc, "Number": 2, "SecurityGroups": [group],
               "Tags": [{"TagKey": "tier", "TagValue": "web"}]}),
    )
    .await;
    let lbs: Vec<String> = created["LoadBalancerIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(lbs.len(), 2);
    assert!(lbs.iter().all(|id| id.starts_with("lb-")), "{lbs:?}");
    call(
        &client,
        "CreateLoadBalancer",
        json!({"EcmRegion": REGION, "LoadBalancerType": "OPEN", "VipIsp": "CTCC", "LoadBalancerName": "back"}),
    )
    .await;

    let describe = |params: Value| {
        let client = client.clone();
        async move { call(&client, "DescribeLoadBalancers", params).await }
    };
    assert_eq!(describe(json!({})).await["TotalCount"], 3);
    assert_eq!(
        describe(json!({"LoadBalancerName": "front"})).await["TotalCount"],
        2
    );
    assert_eq!(describe(json!({"VpcId": vpc})).await["TotalCount"], 2);
    assert_eq!(
        describe(json!({"SecurityGroup": group})).await["TotalCount"],
        2
    );
    assert_eq!(
        describe(json!({"Filters": [{"Name": "tag-key", "Values": ["tier"]}]})).await["TotalCount"],
        2
    );
    let one = describe(json!({"LoadBalancerIds": [lbs[0]]})).await;
    assert_eq!(one["LoadBalancerSet"][0]["VipIsp"], "CMCC");
    assert_eq!(
        refused(
            &client,
            "DescribeLoadBalancers",
            json!({"Filters": [{"Name": "lb-name", "Values": ["x"]}]})
        )
        .await,
        "InvalidParameterValue.InvalidFilter"
    );

    call(
        &client,
        "ModifyLoadBalancerAttributes",
        json!({"LoadBalancerId": lbs[0], "LoadBalancerName": "renamed"}),
    )
    .await;
    assert_eq!(
        describe(json!({"LoadBalancerName": "renamed"})).await["TotalCount"],
        1
    );
    assert_eq!(
        refused(
            &client,
            "DeleteVpc",
            json!({"VpcId": vpc, "EcmRegion": REGION})
        )
        .await,
        "ResourceInUse"
    );
    call(
        &client,
        "DeleteLoadBalancer",
        json!({"LoadBalancerIds": lbs}),
    )
    .await;
    assert_eq!(describe(json!({})).await["TotalCount"], 1);
    assert_eq!(
        refused(
            &client,
            "DeleteLoadBalancer",
            json!({"LoadBalancerIds": [lbs[0]]})
        )
        .await,
        "InvalidParameter.LBIdNotFound"
    );
    call(
        &client,
        "DeleteVpc",
        json!({"VpcId": vpc, "EcmRegion": REGION}),
    )
    .await;
    call(
        &client,
        "DeleteSecurityGroup",
        json!({"SecurityGroupId": group}),
    )
    .await;
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
