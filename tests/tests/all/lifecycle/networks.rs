//! VPCs, subnets, route tables and routes, network interfaces and their addresses, and the VPC acceptance workflow.

use super::*;

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
