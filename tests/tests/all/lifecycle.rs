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

const REGION: &str = "ap-hangzhou-ecm";

/// A VPC 172.16.0.0/16 with a subnet 172.16.1.0/24: their ids.
async fn vpc_with_subnet(client: &Client) -> (String, String) {
    let vpc = call(
        client,
        "CreateVpc",
        json!({"VpcName": "n", "CidrBlock": "172.16.0.0/16", "EcmRegion": REGION}),
    )
    .await["Vpc"]["VpcId"]
        .as_str()
        .unwrap()
        .to_owned();
    let subnet = call(
        client,
        "CreateSubnet",
        json!({"VpcId": vpc, "SubnetName": "s", "CidrBlock": "172.16.1.0/24", "Zone": ZONE,
               "EcmRegion": REGION}),
    )
    .await["Subnet"]["SubnetId"]
        .as_str()
        .unwrap()
        .to_owned();
    (vpc, subnet)
}

async fn routes(client: &Client, table: &str) -> Value {
    call(
        client,
        "DescribeRouteTables",
        json!({"RouteTableIds": [table]}),
    )
    .await["RouteTableSet"][0]["RouteSet"]
        .clone()
}

/// Routes: a new table has none; CreateRoutes adds them with ids (`RouteId`, `rti-…`), enabled,
/// and answers the table; duplicates, malformed blocks and blocks within the VPC are refused;
/// routes are disabled, enabled, replaced, checked for conflicts, deleted and reset.
#[tokio::test]
async fn routes_are_added_to_route_tables_checked_changed_and_removed() {
    let (_emulator, client) = start().await;
    let (vpc, subnet) = vpc_with_subnet(&client).await;
    let table = call(
        &client,
        "CreateRouteTable",
        json!({"VpcId": vpc, "RouteTableName": "rt", "EcmRegion": REGION}),
    )
    .await["RouteTable"]["RouteTableId"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(routes(&client, &table).await, json!([]));

    let created = call(
        &client,
        "CreateRoutes",
        json!({"RouteTableId": table, "Routes": [
            {"DestinationCidrBlock": "192.168.0.0/16", "GatewayType": "NORMAL_CVM",
             "GatewayId": "172.16.1.13", "RouteDescription": "TEST-ROUTE"},
            {"DestinationCidrBlock": "10.8.0.0/24", "GatewayType": "NORMAL_CVM",
             "GatewayId": "172.16.1.14"}]}),
    )
    .await;
    assert_eq!(created["TotalCount"], 1);
    assert_eq!(created["RouteTableSet"][0]["RouteTableId"], table.as_str());
    let set = routes(&client, &table).await;
    assert_eq!(set, created["RouteTableSet"][0]["RouteSet"]);
    assert_eq!(set.as_array().unwrap().len(), 2);
    let first = &set[0];
    assert_eq!(first["DestinationCidrBlock"], "192.168.0.0/16");
    assert_eq!(first["GatewayId"], "172.16.1.13");
    assert_eq!(first["RouteDescription"], "TEST-ROUTE");
    assert_eq!(first["Enabled"], true);
    assert_eq!(first["RouteType"], "USER");
    assert!(first["RouteItemId"].as_str().unwrap().starts_with("rti-"));
    let first_id = first["RouteId"].as_u64().unwrap();
    let second_id = set[1]["RouteId"].as_u64().unwrap();
    assert_ne!(first_id, second_id);

    // Refusals: the documented codes.
    for (routes, code) in [
        (
            json!([{"DestinationCidrBlock": "192.168.0.0/16", "GatewayId": "172.16.1.20"}]),
            "InvalidParameterValue.Duplicate",
        ),
        (
            json!([{"DestinationCidrBlock": "192.168.0.1/16", "GatewayId": "172.16.1.20"}]),
            "InvalidParameterValue.Malformed",
        ),
        (
            json!([{"DestinationCidrBlock": "172.16.8.0/24", "GatewayId": "172.16.1.20"}]),
            "InvalidParameterValue.VpcCidrConflict",
        ),
        (
            json!([{"DestinationCidrBlock": "10.9.0.0/24"}, {"DestinationCidrBlock": "10.9.0.0/24"}]),
            "InvalidParameterValue.Duplicate",
        ),
    ] {
        assert_eq!(
            refused(
                &client,
                "CreateRoutes",
                json!({"RouteTableId": table, "Routes": routes})
            )
            .await,
            code,
            "{routes}"
        );
    }
    assert_eq!(
        refused(
            &client,
            "CreateRoutes",
            json!({"RouteTableId": "rtb-00000000", "Routes": [{"DestinationCidrBlock": "10.1.0.0/16"}]})
        )
        .await,
        "ResourceNotFound"
    );
    assert_eq!(routes(&client, &table).await.as_array().unwrap().len(), 2);

    // Disable and enable by RouteId.
    call(
        &client,
        "DisableRoutes",
        json!({"RouteTableId": table, "RouteIds": [first_id]}),
    )
    .await;
    assert_eq!(routes(&client, &table).await[0]["Enabled"], false);
    assert_eq!(routes(&client, &table).await[1]["Enabled"], true);
    call(
        &client,
        "EnableRoutes",
        json!({"RouteTableId": table, "RouteIds": [first_id]}),
    )
    .await;
    assert_eq!(routes(&client, &table).await[0]["Enabled"], true);
    assert_eq!(
        refused(
            &client,
            "EnableRoutes",
            json!({"RouteTableId": table, "RouteIds": [999_999]})
        )
        .await,
        "ResourceNotFound"
    );

    // Replace a route's next hop; its block may not collide with another route's.
    call(
        &client,
        "ReplaceRoutes",
        json!({"RouteTableId": table, "Routes": [
            {"RouteId": first_id, "DestinationCidrBlock": "192.168.0.0/16",
             "GatewayType": "NORMAL_CVM", "GatewayId": "172.16.1.15"}]}),
    )
    .await;
    let set = routes(&client, &table).await;
    assert_eq!(set[0]["GatewayId"], "172.16.1.15");
    assert_eq!(set[0]["RouteId"], first_id);
    assert_eq!(
        refused(
            &client,
            "ReplaceRoutes",
            json!({"RouteTableId": table, "Routes": [
                {"RouteId": first_id, "DestinationCidrBlock": "10.8.0.0/24"}]})
        )
        .await,
        "InvalidParameterValue.Duplicate"
    );

    // Conflicts: the routes whose blocks overlap each asked block.
    let conflicts = call(
        &client,
        "DescribeRouteConflicts",
        json!({"RouteTableId": table, "DestinationCidrBlocks": ["192.168.1.0/24", "10.200.0.0/16"]}),
    )
    .await["RouteConflictSet"]
        .clone();
    assert_eq!(conflicts[0]["RouteTableId"], table.as_str());
    assert_eq!(conflicts[0]["DestinationCidrBlock"], "192.168.1.0/24");
    assert_eq!(conflicts[0]["ConflictSet"][0]["RouteId"], first_id);
    assert_eq!(conflicts[0]["ConflictSet"].as_array().unwrap().len(), 1);
    assert_eq!(conflicts[1]["ConflictSet"], json!([]));

    // Delete by RouteId or RouteItemId; an unknown route is refused.
    let second_item = set[1]["RouteItemId"].clone();
    call(
        &client,
        "DeleteRoutes",
        json!({"RouteTableId": table, "Routes": [{"RouteItemId": second_item}]}),
    )
    .await;
    assert_eq!(
        refused(
            &client,
            "DeleteRoutes",
            json!({"RouteTableId": table, "Routes": [{"RouteId": second_id}]})
        )
        .await,
        "ResourceNotFound"
    );
    assert_eq!(
        ids(&routes(&client, &table).await, "/DestinationCidrBlock"),
        ["192.168.0.0/16".to_owned()].into()
    );

    // Reset: the table's name and all its routes at once.
    call(
        &client,
        "ResetRoutes",
        json!({"RouteTableId": table, "RouteTableName": "reset", "Routes": [
            {"DestinationCidrBlock": "10.30.0.0/16", "GatewayId": "172.16.1.16"}]}),
    )
    .await;
    let after = call(
        &client,
        "DescribeRouteTables",
        json!({"RouteTableIds": [table]}),
    )
    .await;
    assert_eq!(after["RouteTableSet"][0]["RouteTableName"], "reset");
    assert_eq!(
        ids(
            &after["RouteTableSet"][0]["RouteSet"],
            "/DestinationCidrBlock"
        ),
        ["10.30.0.0/16".to_owned()].into()
    );
    call(
        &client,
        "DeleteRoutes",
        json!({"RouteTableId": table, "Routes": [{"RouteId": after["RouteTableSet"][0]["RouteSet"][0]["RouteId"]}]}),
    )
    .await;
    assert_eq!(routes(&client, &table).await, json!([]));

    // Subnet associations: a subnet belongs to one table of its VPC at a time.
    let second = call(
        &client,
        "CreateRouteTable",
        json!({"VpcId": vpc, "RouteTableName": "rt2", "EcmRegion": REGION}),
    )
    .await["RouteTable"]["RouteTableId"]
        .as_str()
        .unwrap()
        .to_owned();
    let associate = |table: &str, subnet: &str| json!({"RouteTableId": table, "SubnetId": subnet, "EcmRegion": REGION});
    call(
        &client,
        "ReplaceRouteTableAssociation",
        associate(&table, &subnet),
    )
    .await;
    let associations = |table: String| {
        let client = client.clone();
        async move {
            call(
                &client,
                "DescribeRouteTables",
                json!({"RouteTableIds": [table]}),
            )
            .await["RouteTableSet"][0]["AssociationSet"]
                .clone()
        }
    };
    assert_eq!(
        associations(table.clone()).await,
        json!([{"SubnetId": subnet, "RouteTableId": table}])
    );
    call(
        &client,
        "ReplaceRouteTableAssociation",
        associate(&second, &subnet),
    )
    .await;
    assert_eq!(associations(table.clone()).await, json!([]));
    assert_eq!(
        associations(second.clone()).await,
        json!([{"SubnetId": subnet, "RouteTableId": second}])
    );
    assert_eq!(
        refused(
            &client,
            "ReplaceRouteTableAssociation",
            associate(&table, "subnet-00000000")
        )
        .await,
        "ResourceNotFound"
    );
    let elsewhere = call(
        &client,
        "CreateVpc",
        json!({"VpcName": "far", "CidrBlock": "10.50.0.0/16", "EcmRegion": REGION}),
    )
    .await["Vpc"]["VpcId"]
        .as_str()
        .unwrap()
        .to_owned();
    let far_subnet = call(
        &client,
        "CreateSubnet",
        json!({"VpcId": elsewhere, "SubnetName": "far", "CidrBlock": "10.50.1.0/24", "Zone": ZONE,
               "EcmRegion": REGION}),
    )
    .await["Subnet"]["SubnetId"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        refused(
            &client,
            "ReplaceRouteTableAssociation",
            associate(&table, &far_subnet)
        )
        .await,
        "UnsupportedOperation.VpcMismatch"
    );
    assert_eq!(
        refused(&client, "DeleteRouteTable", json!({"RouteTableId": second})).await,
        "UnsupportedOperation.DelRouteWithSubnet"
    );
    call(&client, "DeleteRouteTable", json!({"RouteTableId": table})).await;
}

async fn create_eni(client: &Client, vpc: &str, subnet: &str, extra: Value) -> Value {
    let mut params = json!({"VpcId": vpc, "SubnetId": subnet, "NetworkInterfaceName": "eni",
                            "EcmRegion": REGION});
    params
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    call(client, "CreateNetworkInterface", params).await["NetworkInterface"].clone()
}

async fn eni(client: &Client, id: &str) -> Value {
    call(
        client,
        "DescribeNetworkInterfaces",
        json!({"NetworkInterfaceIds": [id]}),
    )
    .await["NetworkInterfaceSet"][0]
        .clone()
}

fn addresses(eni: &Value, list: &str, member: &str) -> Vec<String> {
    eni[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|element| element[member].as_str().unwrap().to_owned())
        .collect()
}

/// ENIs: a new ENI has a primary private IP from its subnet (the next free one, or the one
/// asked for); secondary IPs are assigned, described, renamed, migrated to another ENI of the
/// subnet and removed; IPv6 addresses likewise; an ENI is attached to an instance of its VPC
/// (ATTACHING → AVAILABLE), migrated to another and detached, and cannot be deleted while
/// attached.
#[tokio::test]
async fn network_interfaces_carry_addresses_and_attach_to_instances() {
    let (emulator, client) = start().await;
    let (vpc, subnet) = vpc_with_subnet(&client).await;
    let first = create_eni(&client, &vpc, &subnet, json!({})).await;
    let first_id = first["NetworkInterfaceId"].as_str().unwrap().to_owned();
    assert_eq!(
        first["PrivateIpAddressSet"],
        json!([{"PrivateIpAddress": "172.16.1.2", "Primary": true, "PublicIpAddress": "",
                "AddressId": "", "Description": "", "IsWanIpBlocked": false,
                "State": "AVAILABLE"}])
    );
    assert_eq!(first["Ipv6AddressSet"], json!([]));
    let second = create_eni(
        &client,
        &vpc,
        &subnet,
        json!({"PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.50"}],
               "SecondaryPrivateIpAddressCount": 1}),
    )
    .await;
    let second_id = second["NetworkInterfaceId"].as_str().unwrap().to_owned();
    assert_eq!(
        addresses(&second, "PrivateIpAddressSet", "PrivateIpAddress"),
        ["172.16.1.50", "172.16.1.3"]
    );
    assert_eq!(second["PrivateIpAddressSet"][0]["Primary"], true);
    assert_eq!(second["PrivateIpAddressSet"][1]["Primary"], false);
    for (ip, code) in [
        ("172.16.1.2", "ResourceInUse"),
        ("172.16.9.2", "InvalidParameterValue.Range"),
    ] {
        assert_eq!(
            refused(
                &client,
                "CreateNetworkInterface",
                json!({"VpcId": vpc, "SubnetId": subnet, "NetworkInterfaceName": "x",
                       "EcmRegion": REGION, "PrivateIpAddresses": [{"PrivateIpAddress": ip}]})
            )
            .await,
            code,
            "{ip}"
        );
    }
    emulator.advance_clock(Duration::from_secs(1));

    // Secondary private IPs.
    let assigned = call(
        &client,
        "AssignPrivateIpAddresses",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
               "PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.100"}],
               "SecondaryPrivateIpAddressCount": 2}),
    )
    .await;
    assert_eq!(
        addresses(&assigned, "PrivateIpAddressSet", "PrivateIpAddress"),
        ["172.16.1.100", "172.16.1.4", "172.16.1.5"]
    );
    let described = eni(&client, &first_id).await;
    assert_eq!(
        addresses(&described, "PrivateIpAddressSet", "PrivateIpAddress"),
        ["172.16.1.2", "172.16.1.100", "172.16.1.4", "172.16.1.5"]
    );
    let by_address = call(
        &client,
        "DescribeNetworkInterfaces",
        json!({"Filters": [{"Name": "address-ip", "Values": ["172.16.1.100"]}]}),
    )
    .await;
    assert_eq!(
        ids(&by_address["NetworkInterfaceSet"], "/NetworkInterfaceId"),
        [first_id.clone()].into()
    );
    for (params, code) in [
        (
            json!({"PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.50"}]}),
            "ResourceInUse",
        ),
        (
            json!({"PrivateIpAddresses": [{"PrivateIpAddress": "10.0.0.9"}]}),
            "InvalidParameterValue.Range",
        ),
        (
            json!({"PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1"}]}),
            "InvalidParameterValue.Malformed",
        ),
        (
            json!({"SecondaryPrivateIpAddressCount": 100}),
            "LimitExceeded.PrivateIPQuotaLimitExceeded",
        ),
    ] {
        let mut params = params;
        params["NetworkInterfaceId"] = json!(first_id);
        params["EcmRegion"] = json!(REGION);
        assert_eq!(
            refused(&client, "AssignPrivateIpAddresses", params.clone()).await,
            code,
            "{params}"
        );
    }
    assert_eq!(
        refused(
            &client,
            "AssignPrivateIpAddresses",
            json!({"NetworkInterfaceId": "eni-00000000", "EcmRegion": REGION,
                   "SecondaryPrivateIpAddressCount": 1})
        )
        .await,
        "ResourceNotFound"
    );
    call(
        &client,
        "ModifyPrivateIpAddressesAttribute",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
               "PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.100", "Description": "web"}]}),
    )
    .await;
    assert_eq!(
        eni(&client, &first_id).await["PrivateIpAddressSet"][1]["Description"],
        "web"
    );
    call(
        &client,
        "MigratePrivateIpAddress",
        json!({"SourceNetworkInterfaceId": first_id, "DestinationNetworkInterfaceId": second_id,
               "PrivateIpAddress": "172.16.1.100", "EcmRegion": REGION}),
    )
    .await;
    assert_eq!(
        addresses(
            &eni(&client, &second_id).await,
            "PrivateIpAddressSet",
            "PrivateIpAddress"
        ),
        ["172.16.1.50", "172.16.1.3", "172.16.1.100"]
    );
    assert_eq!(
        refused(
            &client,
            "MigratePrivateIpAddress",
            json!({"SourceNetworkInterfaceId": first_id, "DestinationNetworkInterfaceId": second_id,
                   "PrivateIpAddress": "172.16.1.2", "EcmRegion": REGION})
        )
        .await,
        "UnsupportedOperation",
        "the primary IP stays"
    );
    assert_eq!(
        refused(
            &client,
            "RemovePrivateIpAddresses",
            json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
                   "PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.2"}]})
        )
        .await,
        "UnsupportedOperation"
    );
    assert_eq!(
        refused(
            &client,
            "RemovePrivateIpAddresses",
            json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
                   "PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.100"}]})
        )
        .await,
        "ResourceNotFound",
        "it moved"
    );
    call(
        &client,
        "RemovePrivateIpAddresses",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
               "PrivateIpAddresses": [{"PrivateIpAddress": "172.16.1.4"},
                                      {"PrivateIpAddress": "172.16.1.5"}]}),
    )
    .await;
    assert_eq!(
        addresses(
            &eni(&client, &first_id).await,
            "PrivateIpAddressSet",
            "PrivateIpAddress"
        ),
        ["172.16.1.2"]
    );

    // IPv6 addresses.
    let assigned = call(
        &client,
        "AssignIpv6Addresses",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION, "Ipv6AddressCount": 2,
               "Ipv6Addresses": [{"Address": "2001:db8::7"}]}),
    )
    .await;
    let six = addresses(&assigned, "Ipv6AddressSet", "Address");
    assert_eq!(six.len(), 3);
    assert_eq!(six[0], "2001:db8::7");
    assert!(
        six.iter()
            .all(|ip| ip.parse::<std::net::Ipv6Addr>().is_ok()),
        "{six:?}"
    );
    assert_eq!(
        addresses(&eni(&client, &first_id).await, "Ipv6AddressSet", "Address"),
        six
    );
    for (address, code) in [
        ("2001:db8::7", "InvalidParameterValue"),
        ("2001:db8::zz", "InvalidParameterValue.Malformed"),
    ] {
        assert_eq!(
            refused(
                &client,
                "AssignIpv6Addresses",
                json!({"NetworkInterfaceId": second_id, "EcmRegion": REGION,
                       "Ipv6Addresses": [{"Address": address}]})
            )
            .await,
            code,
            "{address}"
        );
    }
    call(
        &client,
        "ModifyIpv6AddressesAttribute",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
               "Ipv6Addresses": [{"Address": "2001:db8::7", "Description": "v6"}]}),
    )
    .await;
    assert_eq!(
        eni(&client, &first_id).await["Ipv6AddressSet"][0]["Description"],
        "v6"
    );
    let released = call(
        &client,
        "ReleaseIpv6Addresses",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
               "Ipv6Addresses": [{"Address": "2001:db8::7"}]}),
    )
    .await;
    assert!(released["TaskId"].is_number(), "{released}");
    assert_eq!(
        refused(
            &client,
            "ReleaseIpv6Addresses",
            json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION,
                   "Ipv6Addresses": [{"Address": "2001:db8::7"}]})
        )
        .await,
        "ResourceNotFound"
    );
    assert_eq!(
        addresses(&eni(&client, &first_id).await, "Ipv6AddressSet", "Address"),
        six[1..]
    );

    // Attachment to instances of the ENI's VPC.
    let placed = json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 2,
        "ISP": "CMCC", "VpcId": vpc, "SubnetId": subnet}]});
    let instances_in_vpc = call(&client, "RunInstances", placed).await["InstanceIdSet"].clone();
    let (one, two) = (instances_in_vpc[0].clone(), instances_in_vpc[1].clone());
    let elsewhere = call(
        &client,
        "RunInstances",
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]}),
    )
    .await["InstanceIdSet"][0]
        .clone();
    emulator.advance_clock(Duration::from_secs(1));
    let attach = |instance: &Value| json!({"NetworkInterfaceId": first_id, "InstanceId": instance, "EcmRegion": REGION});
    assert_eq!(
        refused(&client, "AttachNetworkInterface", attach(&elsewhere)).await,
        "UnsupportedOperation.VpcMismatch"
    );
    assert_eq!(
        refused(
            &client,
            "AttachNetworkInterface",
            attach(&json!("ein-00000000"))
        )
        .await,
        "ResourceNotFound"
    );
    call(&client, "AttachNetworkInterface", attach(&one)).await;
    let attaching = eni(&client, &first_id).await;
    assert_eq!(attaching["State"], "ATTACHING");
    assert_eq!(attaching["Attachment"]["InstanceId"], one);
    assert_eq!(
        refused(&client, "AttachNetworkInterface", attach(&two)).await,
        "UnsupportedOperation.InvalidState"
    );
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(eni(&client, &first_id).await["State"], "AVAILABLE");
    assert_eq!(
        refused(&client, "AttachNetworkInterface", attach(&two)).await,
        "UnsupportedOperation.AttachmentAlreadyExists"
    );
    let by_instance = call(
        &client,
        "DescribeNetworkInterfaces",
        json!({"Filters": [{"Name": "attachment.instance-id", "Values": [one]}]}),
    )
    .await;
    assert_eq!(
        ids(&by_instance["NetworkInterfaceSet"], "/NetworkInterfaceId"),
        [first_id.clone()].into()
    );
    assert_eq!(
        refused(
            &client,
            "DeleteNetworkInterface",
            json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION})
        )
        .await,
        "ResourceInUse"
    );
    let migrate = |from: &Value, to: &Value| {
        json!({"NetworkInterfaceId": first_id, "SourceInstanceId": from,
               "DestinationInstanceId": to, "EcmRegion": REGION})
    };
    assert_eq!(
        refused(&client, "MigrateNetworkInterface", migrate(&two, &one)).await,
        "UnsupportedOperation.AttachmentNotFound"
    );
    call(&client, "MigrateNetworkInterface", migrate(&one, &two)).await;
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(
        eni(&client, &first_id).await["Attachment"]["InstanceId"],
        two
    );
    assert_eq!(
        refused(&client, "DetachNetworkInterface", attach(&one)).await,
        "UnsupportedOperation"
    );
    call(&client, "DetachNetworkInterface", attach(&two)).await;
    assert_eq!(eni(&client, &first_id).await["State"], "DETACHING");
    emulator.advance_clock(Duration::from_secs(1));
    let detached = eni(&client, &first_id).await;
    assert_eq!(detached["State"], "AVAILABLE");
    assert_eq!(detached["Attachment"], Value::Null);
    call(
        &client,
        "DeleteNetworkInterface",
        json!({"NetworkInterfaceId": first_id, "EcmRegion": REGION}),
    )
    .await;
    // Its addresses are free again.
    let third = create_eni(&client, &vpc, &subnet, json!({})).await;
    assert_eq!(
        third["PrivateIpAddressSet"][0]["PrivateIpAddress"],
        "172.16.1.2"
    );
}

async fn create_load_balancer(client: &Client, vpc: Option<&str>) -> String {
    let mut params = json!({"EcmRegion": REGION, "LoadBalancerType": "OPEN", "VipIsp": "CMCC",
                            "LoadBalancerName": "front"});
    if let Some(vpc) = vpc {
        params["VpcId"] = json!(vpc);
    }
    call(client, "CreateLoadBalancer", params).await["LoadBalancerIds"][0]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn listeners(client: &Client, params: Value) -> Value {
    call(client, "DescribeListeners", params).await
}

/// Listeners: one per port, named in order, unique per protocol and port on their load
/// balancer, filtered by protocol and port, renamed, deleted one by one or all at once, and
/// deleted with their load balancer.
#[tokio::test]
async fn listeners_belong_to_load_balancers() {
    let (_emulator, client) = start().await;
    let lb = create_load_balancer(&client, None).await;
    let other = create_load_balancer(&client, None).await;
    let created = call(
        &client,
        "CreateListener",
        json!({"LoadBalancerId": lb, "Ports": [13001, 13002, 13003], "Protocol": "TCP",
               "ListenerNames": ["a", "b"], "Scheduler": "LEAST_CONN"}),
    )
    .await["ListenerIds"]
        .clone();
    let ids_created: Vec<String> = created
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids_created.len(), 3);
    assert!(
        ids_created.iter().all(|id| id.starts_with("lbl-")),
        "{ids_created:?}"
    );
    call(
        &client,
        "CreateListener",
        json!({"LoadBalancerId": lb, "Ports": [13001], "Protocol": "UDP"}),
    )
    .await;
    call(
        &client,
        "CreateListener",
        json!({"LoadBalancerId": other, "Ports": [13001], "Protocol": "TCP"}),
    )
    .await;

    let all = listeners(&client, json!({"LoadBalancerId": lb})).await;
    assert_eq!(all["TotalCount"], 4);
    let first = &all["Listeners"][0];
    assert_eq!(first["ListenerId"], ids_created[0].as_str());
    assert_eq!(first["Port"], 13001);
    assert_eq!(first["Protocol"], "TCP");
    assert_eq!(first["ListenerName"], "a");
    assert_eq!(first["Scheduler"], "LEAST_CONN");
    assert_eq!(all["Listeners"][1]["ListenerName"], "b");
    assert!(first.get("LoadBalancerId").is_none(), "{first}");
    assert!(first["CreateTime"].is_string());
    let tcp = listeners(&client, json!({"LoadBalancerId": lb, "Protocol": "TCP"})).await;
    assert_eq!(tcp["TotalCount"], 3);
    let port = listeners(&client, json!({"LoadBalancerId": lb, "Port": 13001})).await;
    assert_eq!(port["TotalCount"], 2);
    let by_id = listeners(
        &client,
        json!({"LoadBalancerId": lb, "ListenerIds": [ids_created[2]]}),
    )
    .await;
    assert_eq!(by_id["Listeners"][0]["Port"], 13003);

    for (params, code) in [
        (
            json!({"LoadBalancerId": lb, "Ports": [13002], "Protocol": "TCP"}),
            "FailedOperation",
        ),
        (
            json!({"LoadBalancerId": lb, "Ports": [14000, 14000], "Protocol": "TCP"}),
            "FailedOperation",
        ),
        (
            json!({"LoadBalancerId": "lb-00000000", "Ports": [80], "Protocol": "TCP"}),
            "ResourceNotFound",
        ),
    ] {
        assert_eq!(
            refused(&client, "CreateListener", params.clone()).await,
            code,
            "{params}"
        );
    }
    assert_eq!(
        listeners(&client, json!({"LoadBalancerId": lb})).await["TotalCount"],
        4,
        "a refused request creates nothing"
    );

    call(
        &client,
        "ModifyListener",
        json!({"LoadBalancerId": lb, "ListenerId": ids_created[2], "ListenerName": "c"}),
    )
    .await;
    assert_eq!(
        listeners(
            &client,
            json!({"LoadBalancerId": lb, "ListenerIds": [ids_created[2]]})
        )
        .await["Listeners"][0]["ListenerName"],
        "c"
    );
    assert_eq!(
        refused(
            &client,
            "DeleteListener",
            json!({"LoadBalancerId": other, "ListenerId": ids_created[0]})
        )
        .await,
        "ResourceNotFound",
        "the listener is not the other load balancer's"
    );
    call(
        &client,
        "DeleteListener",
        json!({"LoadBalancerId": lb, "ListenerId": ids_created[0]}),
    )
    .await;
    call(
        &client,
        "DeleteLoadBalancerListeners",
        json!({"LoadBalancerId": lb, "ListenerIds": [ids_created[1]]}),
    )
    .await;
    assert_eq!(
        listeners(&client, json!({"LoadBalancerId": lb})).await["TotalCount"],
        2
    );
    call(
        &client,
        "DeleteLoadBalancerListeners",
        json!({"LoadBalancerId": lb}),
    )
    .await;
    assert_eq!(
        listeners(&client, json!({"LoadBalancerId": lb})).await["TotalCount"],
        0
    );
    call(
        &client,
        "DeleteLoadBalancer",
        json!({"LoadBalancerIds": [other]}),
    )
    .await;
    assert_eq!(
        listeners(&client, json!({"LoadBalancerId": other})).await["TotalCount"],
        0
    );
}

/// Targets: instances registered on listeners (per listener, in one batch), described per
/// listener with the instance's name and private IPs, weighted, moved to another port and
/// deregistered; unknown listeners, instances and targets and duplicates are refused.
#[tokio::test]
async fn targets_are_registered_on_listeners() {
    let (_emulator, client) = start().await;
    let (vpc, subnet) = vpc_with_subnet(&client).await;
    let lb = create_load_balancer(&client, Some(&vpc)).await;
    let other_lb = create_load_balancer(&client, Some(&vpc)).await;
    let listener_ids = call(
        &client,
        "CreateListener",
        json!({"LoadBalancerId": lb, "Ports": [80, 443], "Protocol": "TCP"}),
    )
    .await["ListenerIds"]
        .clone();
    let (web, tls) = (listener_ids[0].clone(), listener_ids[1].clone());
    let instance_ids = call(
        &client,
        "RunInstances",
        json!({"InstanceName": "backend",
               "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 2, "ISP": "CMCC",
                                            "VpcId": vpc, "SubnetId": subnet,
                                            "PrivateIpAddresses": ["172.16.1.30"]}]}),
    )
    .await["InstanceIdSet"]
        .clone();
    let (one, two) = (instance_ids[0].clone(), instance_ids[1].clone());

    let registered = call(
        &client,
        "BatchRegisterTargets",
        json!({"LoadBalancerId": lb, "Targets": [
            {"ListenerId": web, "InstanceId": one, "Port": 8080, "Weight": 20},
            {"ListenerId": web, "InstanceId": two, "Port": 8080},
            {"ListenerId": tls, "InstanceId": one, "Port": 8443}]}),
    )
    .await;
    assert_eq!(registered["FailListenerIdSet"], json!([]));
    let targets = |params: Value| {
        let client = client.clone();
        async move { call(&client, "DescribeTargets", params).await["Listeners"].clone() }
    };
    let all = targets(json!({"LoadBalancerId": lb})).await;
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["ListenerId"], web);
    assert_eq!(all[0]["Port"], 80);
    assert_eq!(all[0]["Protocol"], "TCP");
    let on_web = &all[0]["Targets"];
    assert_eq!(on_web.as_array().unwrap().len(), 2);
    assert_eq!(on_web[0]["InstanceId"], one);
    assert_eq!(on_web[0]["Port"], 8080);
    assert_eq!(on_web[0]["Weight"], 20);
    assert_eq!(on_web[1]["Weight"], 10, "the documented default weight");
    assert_eq!(on_web[0]["InstanceName"], "backend1");
    assert_eq!(on_web[0]["PrivateIpAddresses"], json!(["172.16.1.30"]));
    assert!(on_web[0]["RegisteredTime"].is_string());
    assert!(on_web[0].get("ListenerId").is_none(), "{on_web}");
    let only_tls = targets(json!({"LoadBalancerId": lb, "ListenerIds": [tls]})).await;
    assert_eq!(only_tls.as_array().unwrap().len(), 1);
    assert_eq!(only_tls[0]["Targets"][0]["Port"], 8443);
    assert_eq!(
        targets(json!({"LoadBalancerId": lb, "Port": 443})).await[0]["ListenerId"],
        tls
    );
    assert!(
        listeners(&client, json!({"LoadBalancerId": lb})).await["Listeners"][0]
            .get("Targets")
            .is_none()
    );

    // Load balancers by their backends.
    let balancers = |params: Value| {
        let client = client.clone();
        async move {
            ids(
                &call(&client, "DescribeLoadBalancers", params).await["LoadBalancerSet"],
                "/LoadBalancerId",
            )
        }
    };
    assert_eq!(
        balancers(json!({"BackendPrivateIps": ["172.16.1.30"]})).await,
        [lb.clone()].into()
    );
    assert_eq!(
        balancers(json!({"BackendPrivateIps": ["172.16.1.99"]})).await,
        BTreeSet::new()
    );
    assert_eq!(
        balancers(json!({"WithBackend": 1})).await,
        [lb.clone()].into()
    );
    assert_eq!(
        balancers(json!({"WithBackend": 0})).await,
        [other_lb.clone()].into()
    );
    assert_eq!(balancers(json!({"WithBackend": -1})).await.len(), 2);

    for (target, code) in [
        (
            json!({"ListenerId": web, "InstanceId": one, "Port": 8080}),
            "FailedOperation",
        ),
        (
            json!({"ListenerId": "lbl-00000000", "InstanceId": one, "Port": 1}),
            "InvalidParameter.ListenerIdNotFound",
        ),
        (
            json!({"ListenerId": web, "InstanceId": "ein-00000000", "Port": 1}),
            "InvalidParameter",
        ),
    ] {
        assert_eq!(
            refused(
                &client,
                "BatchRegisterTargets",
                json!({"LoadBalancerId": lb, "Targets": [target]})
            )
            .await,
            code,
            "{target}"
        );
    }
    assert_eq!(
        refused(
            &client,
            "BatchRegisterTargets",
            json!({"LoadBalancerId": other_lb, "Targets": [
                {"ListenerId": web, "InstanceId": one, "Port": 9000}]})
        )
        .await,
        "InvalidParameter.ListenerIdNotFound",
        "the listener is another load balancer's"
    );
    assert_eq!(
        refused(
            &client,
            "BatchRegisterTargets",
            json!({"LoadBalancerId": lb, "Targets": [
                {"ListenerId": tls, "InstanceId": two, "Port": 8443},
                {"ListenerId": web, "InstanceId": two, "Port": 8080}]})
        )
        .await,
        "FailedOperation"
    );
    assert_eq!(
        targets(json!({"LoadBalancerId": lb, "ListenerIds": [tls]})).await[0]["Targets"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "a refused batch registers nothing"
    );

    // Weights and ports.
    call(
        &client,
        "ModifyTargetWeight",
        json!({"LoadBalancerId": lb, "ListenerId": web,
               "Targets": [{"InstanceId": two, "Port": 8080}], "Weight": 55}),
    )
    .await;
    call(
        &client,
        "BatchModifyTargetWeight",
        json!({"LoadBalancerId": lb, "ModifyList": [
            {"ListenerId": tls, "Targets": [{"InstanceId": one, "Port": 8443, "Weight": 5}]}]}),
    )
    .await;
    call(
        &client,
        "ModifyTargetPort",
        json!({"LoadBalancerId": lb, "ListenerId": web,
               "Targets": [{"InstanceId": one, "Port": 8080}], "NewPort": 9090}),
    )
    .await;
    let all = targets(json!({"LoadBalancerId": lb})).await;
    assert_eq!(all[0]["Targets"][1]["Weight"], 55);
    assert_eq!(all[0]["Targets"][0]["Port"], 9090);
    assert_eq!(all[1]["Targets"][0]["Weight"], 5);
    assert_eq!(
        refused(
            &client,
            "ModifyTargetWeight",
            json!({"LoadBalancerId": lb, "ListenerId": web,
                   "Targets": [{"InstanceId": one, "Port": 8080}], "Weight": 1})
        )
        .await,
        "ResourceNotFound",
        "the target moved to 9090"
    );

    // Deregistration.
    call(
        &client,
        "BatchDeregisterTargets",
        json!({"LoadBalancerId": lb, "Targets": [
            {"ListenerId": web, "InstanceId": one, "Port": 9090},
            {"ListenerId": tls, "InstanceId": one, "Port": 8443}]}),
    )
    .await;
    assert_eq!(
        refused(
            &client,
            "BatchDeregisterTargets",
            json!({"LoadBalancerId": lb, "Targets": [
                {"ListenerId": tls, "InstanceId": one, "Port": 8443}]})
        )
        .await,
        "ResourceNotFound"
    );
    let all = targets(json!({"LoadBalancerId": lb})).await;
    assert_eq!(
        ids(&all[0]["Targets"], "/InstanceId"),
        [two.as_str().unwrap().to_owned()].into()
    );
    assert_eq!(all[1]["Targets"], json!([]));
}

/// Snapshots: no documented action creates one, so every account starts with the ones
/// DescribeSnapshots' example lists; they are filtered as documented and deleted.
#[tokio::test]
async fn documented_snapshots_are_described_and_deleted() {
    let (_emulator, client) = start().await;
    let all = call(&client, "DescribeSnapshots", json!({})).await;
    assert_eq!(all["TotalCount"], 2);
    let first = all["SnapshotSet"][0]["SnapshotId"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        first, "snap-lfo7xxxx",
        "the documented example's first snapshot"
    );
    let filtered = call(
        &client,
        "DescribeSnapshots",
        json!({"Filters": [{"Name": "snapshot-state", "Values": ["NORMAL"]},
                           {"Name": "zone", "Values": ["ap-guangzhou-2"]},
                           {"Name": "disk-id", "Values": ["disk-aq3k1jn0"]}]}),
    )
    .await;
    assert_eq!(
        ids(&filtered["SnapshotSet"], "/SnapshotId"),
        [first.clone()].into()
    );
    assert_eq!(
        call(
            &client,
            "DescribeSnapshots",
            json!({"Filters": [{"Name": "encrypt", "Values": ["TRUE"]}]})
        )
        .await["TotalCount"],
        0
    );
    assert_eq!(
        refused(
            &client,
            "DescribeSnapshots",
            json!({"Filters": [{"Name": "disk-size", "Values": ["10"]}]})
        )
        .await,
        "InvalidParameterValue.InvalidFilter"
    );
    assert_eq!(
        refused(
            &client,
            "DescribeSnapshots",
            json!({"SnapshotIds": [first], "Filters": [{"Name": "zone", "Values": ["x"]}]})
        )
        .await,
        "InvalidParameterValue"
    );
    assert_eq!(
        refused(
            &client,
            "DeleteSnapshots",
            json!({"SnapshotIds": ["snap-00000000"]})
        )
        .await,
        "InvalidParameterValue.InvalidSnapshotId"
    );
    call(&client, "DeleteSnapshots", json!({"SnapshotIds": [first]})).await;
    let left = call(&client, "DescribeSnapshots", json!({})).await;
    assert_eq!(left["TotalCount"], 1);
    assert_ne!(left["SnapshotSet"][0]["SnapshotId"], first.as_str());
}

/// Key pairs: CreateKeyPair answers a new pair (no documented action describes them);
/// RunInstances accepts only created ones in `KeyIds`, which DescribeInstances does not print.
#[tokio::test]
async fn key_pairs_are_created_and_named_by_run_instances() {
    let (_emulator, client) = start().await;
    let pair =
        call(&client, "CreateKeyPair", json!({"KeyName": "deploy_key"})).await["KeyPair"].clone();
    let key = pair["KeyId"].as_str().unwrap().to_owned();
    assert!(key.starts_with("skey-") && key.len() == 13, "{key}");
    assert_eq!(pair["KeyName"], "deploy_key");
    assert_eq!(pair["AssociatedInstanceIds"], json!([]));
    assert!(pair["PublicKey"].as_str().unwrap().starts_with("ssh-rsa "));
    let other =
        call(&client, "CreateKeyPair", json!({"KeyName": "other"})).await["KeyPair"]["KeyId"]
            .clone();
    assert_ne!(other, key.as_str());
    for name in ["bad-name", "", "a_name_of_twenty_six_chars"] {
        assert_eq!(
            refused(&client, "CreateKeyPair", json!({"KeyName": name})).await,
            "InvalidParameterValue.InvalidKeyPairName",
            "{name:?}"
        );
    }

    let placed = |keys: Value| {
        json!({"KeyIds": keys,
               "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC"}]})
    };
    assert_eq!(
        refused(&client, "RunInstances", placed(json!(["skey-00000000"]))).await,
        "InvalidParameterValue"
    );
    let id = call(&client, "RunInstances", placed(json!([key]))).await["InstanceIdSet"][0].clone();
    let described = instances(&client, json!({})).await["InstanceSet"][0].clone();
    assert_eq!(described["InstanceId"], id);
    assert!(described.get("KeyIds").is_none(), "{described}");

    // Unbinding: only keys the instance has; unknown instances are refused.
    let unbind = |instances: Value, keys: Value| json!({"InstanceIds": instances, "KeyIds": keys});
    assert_eq!(
        refused(
            &client,
            "DisassociateInstancesKeyPairs",
            unbind(json!([id]), json!([other]))
        )
        .await,
        "InvalidParameterValue.InvalidKeyPairId"
    );
    assert_eq!(
        refused(
            &client,
            "DisassociateInstancesKeyPairs",
            unbind(json!(["ein-00000000"]), json!([key]))
        )
        .await,
        "InvalidParameterValue"
    );
    call(
        &client,
        "DisassociateInstancesKeyPairs",
        unbind(json!([id]), json!([key])),
    )
    .await;
    assert_eq!(
        refused(
            &client,
            "DisassociateInstancesKeyPairs",
            unbind(json!([id]), json!([key]))
        )
        .await,
        "InvalidParameterValue.InvalidKeyPairId",
        "it is unbound already"
    );
}

/// ImportImage starts an import task, which DescribeCustomImageTask finds by the image's id
/// (or the task's): PROCESSING, then SUCCESS; the same image twice is refused.
#[tokio::test]
async fn image_imports_are_tasks_that_finish() {
    let (emulator, client) = start().await;
    let imported = call(
        &client,
        "ImportImage",
        json!({"ImageId": "img-pmqg1cw9", "ImageDescription": "sampleImage",
               "SourceRegion": "ap-chengdu"}),
    )
    .await;
    assert_eq!(
        imported.as_object().unwrap().len(),
        1,
        "only a RequestId: {imported}"
    );
    call(
        &client,
        "ImportImage",
        json!({"ImageId": "img-other000", "ImageDescription": "second",
               "SourceRegion": "ap-chengdu"}),
    )
    .await;
    let by_image = |image: &str| {
        let client = client.clone();
        let filter = json!({"Filters": [{"Name": "image-id", "Values": [image]}]});
        async move { call(&client, "DescribeCustomImageTask", filter).await }
    };
    let task = by_image("img-pmqg1cw9").await;
    assert_eq!(task["TotalCount"], 1);
    let item = &task["ImageTaskSet"][0];
    assert_eq!(item["State"], "PROCESSING");
    assert_eq!(item["ImageName"], "img-pmqg1cw9");
    assert_eq!(item["Message"], Value::Null);
    assert!(item["CreateTime"].is_string());
    assert!(
        item.get("TaskId").is_none() && item.get("ImageId").is_none(),
        "{item}"
    );
    assert_eq!(
        refused(
            &client,
            "ImportImage",
            json!({"ImageId": "img-pmqg1cw9", "ImageDescription": "again", "SourceRegion": "ap-chengdu"})
        )
        .await,
        "InvalidParameterValue.ImageDuplicate"
    );
    assert_eq!(
        refused(
            &client,
            "DescribeCustomImageTask",
            json!({"Filters": [{"Name": "image-os", "Values": ["x"]}]})
        )
        .await,
        "InvalidParameterValue"
    );
    emulator.advance_clock(Duration::from_secs(1));
    assert_eq!(
        by_image("img-pmqg1cw9").await["ImageTaskSet"][0]["State"],
        "SUCCESS"
    );
    let all = call(
        &client,
        "DescribeCustomImageTask",
        json!({"Filters": [{"Name": "image-name", "Values": ["img-pmqg1cw9", "img-other000"]}]}),
    )
    .await;
    assert_eq!(all["TotalCount"], 2);
    assert_eq!(by_image("img-unknown0").await["TotalCount"], 0);
}

/// What refers to a resource that goes, goes with it: a terminated instance's ENI attachment
/// and its targets, a deleted subnet's route table association.
#[tokio::test]
async fn references_to_gone_resources_are_dropped() {
    let (_emulator, client) =
        start_with(EmulatorConfig::new().transition_delay(Duration::ZERO)).await;
    let (vpc, subnet) = vpc_with_subnet(&client).await;
    let instance = call(
        &client,
        "RunInstances",
        json!({"ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 1, "ISP": "CMCC",
                                            "VpcId": vpc, "SubnetId": subnet}]}),
    )
    .await["InstanceIdSet"][0]
        .clone();
    let eni_id = create_eni(&client, &vpc, &subnet, json!({})).await["NetworkInterfaceId"]
        .as_str()
        .unwrap()
        .to_owned();
    call(
        &client,
        "AttachNetworkInterface",
        json!({"NetworkInterfaceId": eni_id, "InstanceId": instance, "EcmRegion": REGION}),
    )
    .await;
    let lb = create_load_balancer(&client, Some(&vpc)).await;
    let listener = call(
        &client,
        "CreateListener",
        json!({"LoadBalancerId": lb, "Ports": [80], "Protocol": "TCP"}),
    )
    .await["ListenerIds"][0]
        .clone();
    call(
        &client,
        "BatchRegisterTargets",
        json!({"LoadBalancerId": lb, "Targets": [
            {"ListenerId": listener, "InstanceId": instance, "Port": 8080}]}),
    )
    .await;
    let other_subnet = call(
        &client,
        "CreateSubnet",
        json!({"VpcId": vpc, "SubnetName": "t", "CidrBlock": "172.16.2.0/24", "Zone": ZONE,
               "EcmRegion": REGION}),
    )
    .await["Subnet"]["SubnetId"]
        .clone();
    let table = call(
        &client,
        "CreateRouteTable",
        json!({"VpcId": vpc, "RouteTableName": "rt", "EcmRegion": REGION}),
    )
    .await["RouteTable"]["RouteTableId"]
        .clone();
    call(
        &client,
        "ReplaceRouteTableAssociation",
        json!({"RouteTableId": table, "SubnetId": other_subnet, "EcmRegion": REGION}),
    )
    .await;

    call(
        &client,
        "TerminateInstances",
        json!({"InstanceIdSet": [instance]}),
    )
    .await;
    assert_eq!(eni(&client, &eni_id).await["Attachment"], Value::Null);
    assert_eq!(
        call(&client, "DescribeTargets", json!({"LoadBalancerId": lb})).await["Listeners"][0]["Targets"],
        json!([])
    );
    call(
        &client,
        "DeleteNetworkInterface",
        json!({"NetworkInterfaceId": eni_id, "EcmRegion": REGION}),
    )
    .await;
    call(
        &client,
        "DeleteSubnet",
        json!({"SubnetId": other_subnet, "EcmRegion": REGION}),
    )
    .await;
    let tables = call(
        &client,
        "DescribeRouteTables",
        json!({"RouteTableIds": [table]}),
    )
    .await;
    assert_eq!(tables["RouteTableSet"][0]["AssociationSet"], json!([]));
    call(&client, "DeleteRouteTable", json!({"RouteTableId": table})).await;
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
