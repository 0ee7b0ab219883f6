//! How the model behaves as a whole: accounts per credential pair, scripted replies over the model, replay mode, the state file, caps, concurrent clients, references to deleted resources.

use super::*;

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
