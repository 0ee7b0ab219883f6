//! Load balancers, their listeners and the listeners' targets.

use super::*;

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
