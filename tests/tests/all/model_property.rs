//! Random sequences of create / modify / delete against the stateful emulator and a small
//! reference model kept here: every answer (success or the refusing code) and every Describe
//! agrees with the model.

use std::collections::BTreeMap;
use std::time::Duration;

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use ecm_sdk::Client;
use ecm_tests::wire::{self, SECRET_ID, SECRET_KEY, TC3_POST_JSON};
use proptest::prelude::*;
use serde_json::{Value, json};

#[derive(Debug, Clone)]
enum Op {
    CreateGroup(u8),
    RenameGroup(usize, u8),
    DeleteGroup(usize),
    CreateVpc,
    CreateSubnet(usize, u8),
    DeleteSubnet(usize),
    DeleteVpc(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..4).prop_map(Op::CreateGroup),
        (any::<usize>(), 0u8..4).prop_map(|(i, n)| Op::RenameGroup(i, n)),
        any::<usize>().prop_map(Op::DeleteGroup),
        Just(Op::CreateVpc),
        (any::<usize>(), 0u8..4).prop_map(|(i, b)| Op::CreateSubnet(i, b)),
        any::<usize>().prop_map(Op::DeleteSubnet),
        any::<usize>().prop_map(Op::DeleteVpc),
    ]
}

/// What the emulator should hold.
#[derive(Default)]
struct Reference {
    groups: BTreeMap<String, String>,
    /// VPC id → its subnets (id → block index within 10.0.x.0/24).
    vpcs: BTreeMap<String, BTreeMap<String, u8>>,
}

/// The `i`th (modulo) of `ids`, or an id nobody has.
fn pick<'a>(ids: impl Iterator<Item = &'a String>, i: usize, unknown: &str) -> String {
    let ids: Vec<&String> = ids.collect();
    if ids.is_empty() {
        unknown.to_owned()
    } else {
        ids[i % ids.len()].clone()
    }
}

async fn call(client: &Client, action: &str, params: Value) -> Result<Value, String> {
    client.call_raw(action, params).await.map_err(|error| {
        error.as_service_error().map_or_else(
            || format!("not a service error: {error}"),
            |e| e.code().to_owned(),
        )
    })
}

fn set_of(list: &Value, key: &str, value: &str) -> BTreeMap<String, String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item[key].as_str().unwrap().to_owned(),
                item[value].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

async fn apply(client: &Client, model: &mut Reference, op: &Op) {
    const REGION: &str = "ap-hangzhou-ecm";
    match op {
        Op::CreateGroup(n) => {
            let name = format!("g{n}");
            let answer = call(
                client,
                "CreateSecurityGroup",
                json!({"GroupName": name, "GroupDescription": "p"}),
            )
            .await
            .unwrap();
            let id = answer["SecurityGroup"]["SecurityGroupId"]
                .as_str()
                .unwrap()
                .to_owned();
            assert!(model.groups.insert(id, name).is_none(), "a fresh id");
        }
        Op::RenameGroup(i, n) => {
            let id = pick(model.groups.keys(), *i, "esg-unknown0");
            let name = format!("g{n}");
            let answer = call(
                client,
                "ModifySecurityGroupAttribute",
                json!({"SecurityGroupId": id, "GroupName": name}),
            )
            .await;
            match model.groups.get_mut(&id) {
                Some(known) => {
                    answer.unwrap();
                    *known = name;
                }
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
            }
        }
        Op::DeleteGroup(i) => {
            let id = pick(model.groups.keys(), *i, "esg-unknown0");
            let answer = call(
                client,
                "DeleteSecurityGroup",
                json!({"SecurityGroupId": id}),
            )
            .await;
            match model.groups.remove(&id) {
                Some(_) => {
                    answer.unwrap();
                }
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
            }
        }
        Op::CreateVpc => {
            let answer = call(
                client,
                "CreateVpc",
                json!({"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": REGION}),
            )
            .await;
            if model.vpcs.len() >= 20 {
                assert_eq!(answer.unwrap_err(), "LimitExceeded");
            } else {
                let id = answer.unwrap()["Vpc"]["VpcId"].as_str().unwrap().to_owned();
                model.vpcs.insert(id, BTreeMap::new());
            }
        }
        Op::CreateSubnet(i, block) => {
            let vpc = pick(model.vpcs.keys(), *i, "vpc-unknown0");
            let answer = call(
                client,
                "CreateSubnet",
                json!({"VpcId": vpc, "SubnetName": "s", "CidrBlock": format!("10.0.{block}.0/24"),
                       "Zone": "ap-hangzhou-ecm-1", "EcmRegion": REGION}),
            )
            .await;
            match model.vpcs.get_mut(&vpc) {
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
                Some(subnets) if subnets.values().any(|b| b == block) => {
                    assert_eq!(answer.unwrap_err(), "InvalidParameterValue.SubnetConflict");
                }
                Some(subnets) => {
                    let id = answer.unwrap()["Subnet"]["SubnetId"]
                        .as_str()
                        .unwrap()
                        .to_owned();
                    subnets.insert(id, *block);
                }
            }
        }
        Op::DeleteSubnet(i) => {
            let all: Vec<(String, String)> = model
                .vpcs
                .iter()
                .flat_map(|(vpc, subnets)| subnets.keys().map(move |s| (vpc.clone(), s.clone())))
                .collect();
            let (vpc, subnet) = if all.is_empty() {
                (String::new(), "subnet-unknown0".to_owned())
            } else {
                all[i % all.len()].clone()
            };
            let answer = call(
                client,
                "DeleteSubnet",
                json!({"SubnetId": subnet, "EcmRegion": REGION}),
            )
            .await;
            match model.vpcs.get_mut(&vpc) {
                Some(subnets) => {
                    answer.unwrap();
                    subnets.remove(&subnet);
                }
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
            }
        }
        Op::DeleteVpc(i) => {
            let vpc = pick(model.vpcs.keys(), *i, "vpc-unknown0");
            let answer = call(
                client,
                "DeleteVpc",
                json!({"VpcId": vpc, "EcmRegion": REGION}),
            )
            .await;
            match model.vpcs.get(&vpc) {
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
                Some(subnets) if !subnets.is_empty() => {
                    assert_eq!(answer.unwrap_err(), "ResourceInUse")
                }
                Some(_) => {
                    answer.unwrap();
                    model.vpcs.remove(&vpc);
                }
            }
        }
    }
}

async fn agree(client: &Client, model: &Reference) {
    let groups = call(client, "DescribeSecurityGroups", json!({"Limit": 100}))
        .await
        .unwrap();
    assert_eq!(groups["TotalCount"], model.groups.len());
    assert_eq!(
        set_of(
            &groups["SecurityGroupSet"],
            "SecurityGroupId",
            "SecurityGroupName"
        ),
        model.groups
    );
    let named = call(
        client,
        "DescribeSecurityGroups",
        json!({"Filters": [{"Name": "security-group-name", "Values": ["g1"]}]}),
    )
    .await
    .unwrap();
    assert_eq!(
        named["TotalCount"],
        model.groups.values().filter(|n| *n == "g1").count()
    );

    let vpcs = call(client, "DescribeVpcs", json!({"Limit": 100}))
        .await
        .unwrap();
    assert_eq!(vpcs["TotalCount"], model.vpcs.len());
    for vpc in vpcs["VpcSet"].as_array().unwrap() {
        let subnets = &model.vpcs[vpc["VpcId"].as_str().unwrap()];
        assert_eq!(vpc["SubnetCount"], subnets.len());
    }
    let subnets = call(client, "DescribeSubnets", json!({"Limit": "100"}))
        .await
        .unwrap();
    let expected: BTreeMap<String, String> = model
        .vpcs
        .iter()
        .flat_map(|(vpc, subnets)| subnets.keys().map(move |s| (s.clone(), vpc.clone())))
        .collect();
    assert_eq!(set_of(&subnets["SubnetSet"], "SubnetId", "VpcId"), expected);
}

struct Fixture {
    runtime: tokio::runtime::Runtime,
    emulator: EmulatorHandle,
    client: Client,
}

fn fixture() -> Fixture {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let emulator = runtime
        .block_on(Emulator::start(
            EmulatorConfig::new()
                .credentials(SECRET_ID, SECRET_KEY)
                .transition_delay(Duration::ZERO)
                .journal_capacity(0),
        ))
        .unwrap();
    let client = runtime.block_on(async { wire::client(&emulator, TC3_POST_JSON) });
    Fixture {
        runtime,
        emulator,
        client,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn every_describe_agrees_with_the_reference_model(ops in proptest::collection::vec(op(), 1..40)) {
        thread_local!(static FIXTURE: Fixture = fixture());
        FIXTURE.with(|fixture| {
            fixture.emulator.reset();
            fixture.runtime.block_on(async {
                let mut model = Reference::default();
                for op in &ops {
                    apply(&fixture.client, &mut model, op).await;
                    agree(&fixture.client, &model).await;
                }
            });
        });
    }
}

/// Changes to a route table's routes and an ENI's private IPs.
#[derive(Debug, Clone)]
enum ListOp {
    AddRoute(usize),
    DeleteRoute(usize),
    FlagRoute(usize, bool),
    AssignIps(u64),
    AssignIp(u8),
    RemoveIp(usize),
}

fn list_op() -> impl Strategy<Value = ListOp> {
    prop_oneof![
        (0..ROUTE_BLOCKS.len()).prop_map(ListOp::AddRoute),
        any::<usize>().prop_map(ListOp::DeleteRoute),
        (any::<usize>(), any::<bool>()).prop_map(|(i, on)| ListOp::FlagRoute(i, on)),
        (1u64..4).prop_map(ListOp::AssignIps),
        (0u8..10).prop_map(ListOp::AssignIp),
        any::<usize>().prop_map(ListOp::RemoveIp),
    ]
}

/// Route destinations: the last lies within the VPC's 10.0.0.0/16.
const ROUTE_BLOCKS: [&str; 4] = [
    "192.168.0.0/16",
    "10.8.0.0/24",
    "172.20.0.0/16",
    "10.0.5.0/24",
];

/// What the table and the ENI (in the subnet 10.0.1.0/29, which hands out .2 to .6) hold.
#[derive(Default)]
struct ListReference {
    /// RouteId → (destination, enabled).
    routes: BTreeMap<u64, (String, bool)>,
    /// Host numbers of the ENI's addresses, the primary .2 included.
    ips: std::collections::BTreeSet<u8>,
}

struct ListIds {
    table: String,
    eni: String,
}

async fn list_setup(client: &Client) -> ListIds {
    const REGION: &str = "ap-hangzhou-ecm";
    let vpc = call(
        client,
        "CreateVpc",
        json!({"VpcName": "p", "CidrBlock": "10.0.0.0/16", "EcmRegion": REGION}),
    )
    .await
    .unwrap()["Vpc"]["VpcId"]
        .clone();
    let subnet = call(
        client,
        "CreateSubnet",
        json!({"VpcId": vpc, "SubnetName": "p", "CidrBlock": "10.0.1.0/29",
               "Zone": "ap-hangzhou-ecm-1", "EcmRegion": REGION}),
    )
    .await
    .unwrap()["Subnet"]["SubnetId"]
        .clone();
    let table = call(
        client,
        "CreateRouteTable",
        json!({"VpcId": vpc, "RouteTableName": "p", "EcmRegion": REGION}),
    )
    .await
    .unwrap()["RouteTable"]["RouteTableId"]
        .as_str()
        .unwrap()
        .to_owned();
    let eni = call(
        client,
        "CreateNetworkInterface",
        json!({"VpcId": vpc, "SubnetId": subnet, "NetworkInterfaceName": "p", "EcmRegion": REGION}),
    )
    .await
    .unwrap()["NetworkInterface"]["NetworkInterfaceId"]
        .as_str()
        .unwrap()
        .to_owned();
    ListIds { table, eni }
}

async fn list_apply(client: &Client, ids: &ListIds, model: &mut ListReference, op: &ListOp) {
    const REGION: &str = "ap-hangzhou-ecm";
    let route_id = |i: usize| {
        let known: Vec<u64> = model.routes.keys().copied().collect();
        if known.is_empty() {
            999_999_999
        } else {
            known[i % known.len()]
        }
    };
    match op {
        ListOp::AddRoute(b) => {
            let block = ROUTE_BLOCKS[*b];
            let answer = call(
                client,
                "CreateRoutes",
                json!({"RouteTableId": ids.table, "Routes": [
                    {"DestinationCidrBlock": block, "GatewayId": "10.0.1.2"}]}),
            )
            .await;
            if *b == ROUTE_BLOCKS.len() - 1 {
                assert_eq!(answer.unwrap_err(), "InvalidParameterValue.VpcCidrConflict");
            } else if model.routes.values().any(|(known, _)| known == block) {
                assert_eq!(answer.unwrap_err(), "InvalidParameterValue.Duplicate");
            } else {
                let routes = answer.unwrap()["RouteTableSet"][0]["RouteSet"].clone();
                let new = routes
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|route| route["DestinationCidrBlock"] == block)
                    .unwrap()["RouteId"]
                    .as_u64()
                    .unwrap();
                assert!(!model.routes.contains_key(&new), "a fresh RouteId");
                model.routes.insert(new, (block.to_owned(), true));
            }
        }
        ListOp::DeleteRoute(i) => {
            let id = route_id(*i);
            let answer = call(
                client,
                "DeleteRoutes",
                json!({"RouteTableId": ids.table, "Routes": [{"RouteId": id}]}),
            )
            .await;
            match model.routes.remove(&id) {
                Some(_) => {
                    answer.unwrap();
                }
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
            }
        }
        ListOp::FlagRoute(i, on) => {
            let id = route_id(*i);
            let action = if *on { "EnableRoutes" } else { "DisableRoutes" };
            let answer = call(
                client,
                action,
                json!({"RouteTableId": ids.table, "RouteIds": [id]}),
            )
            .await;
            match model.routes.get_mut(&id) {
                Some((_, enabled)) => {
                    answer.unwrap();
                    *enabled = *on;
                }
                None => assert_eq!(answer.unwrap_err(), "ResourceNotFound"),
            }
        }
        ListOp::AssignIps(n) => {
            let answer = call(
                client,
                "AssignPrivateIpAddresses",
                json!({"NetworkInterfaceId": ids.eni, "EcmRegion": REGION,
                       "SecondaryPrivateIpAddressCount": n}),
            )
            .await;
            let free: Vec<u8> = (2..=6).filter(|h| !model.ips.contains(h)).collect();
            if (free.len() as u64) < *n {
                assert_eq!(
                    answer.unwrap_err(),
                    "LimitExceeded.PrivateIPQuotaLimitExceeded"
                );
            } else {
                let expected: Vec<String> = free[..*n as usize]
                    .iter()
                    .map(|h| format!("10.0.1.{h}"))
                    .collect();
                let got: Vec<String> = answer.unwrap()["PrivateIpAddressSet"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|ip| ip["PrivateIpAddress"].as_str().unwrap().to_owned())
                    .collect();
                assert_eq!(got, expected, "the lowest free addresses");
                model.ips.extend(&free[..*n as usize]);
            }
        }
        ListOp::AssignIp(h) => {
            let answer = call(
                client,
                "AssignPrivateIpAddresses",
                json!({"NetworkInterfaceId": ids.eni, "EcmRegion": REGION,
                       "PrivateIpAddresses": [{"PrivateIpAddress": format!("10.0.1.{h}")}]}),
            )
            .await;
            if !(2..=6).contains(h) {
                assert_eq!(answer.unwrap_err(), "InvalidParameterValue.Range");
            } else if model.ips.contains(h) {
                assert_eq!(answer.unwrap_err(), "ResourceInUse");
            } else {
                answer.unwrap();
                model.ips.insert(*h);
            }
        }
        ListOp::RemoveIp(i) => {
            let known: Vec<u8> = model.ips.iter().copied().collect();
            let h = known[i % known.len()];
            let answer = call(
                client,
                "RemovePrivateIpAddresses",
                json!({"NetworkInterfaceId": ids.eni, "EcmRegion": REGION,
                       "PrivateIpAddresses": [{"PrivateIpAddress": format!("10.0.1.{h}")}]}),
            )
            .await;
            if h == 2 {
                assert_eq!(
                    answer.unwrap_err(),
                    "UnsupportedOperation",
                    "the primary IP"
                );
            } else {
                answer.unwrap();
                model.ips.remove(&h);
            }
        }
    }
}

async fn list_agree(client: &Client, ids: &ListIds, model: &ListReference) {
    let table = call(
        client,
        "DescribeRouteTables",
        json!({"RouteTableIds": [ids.table]}),
    )
    .await
    .unwrap();
    let routes: BTreeMap<u64, (String, bool)> = table["RouteTableSet"][0]["RouteSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|route| {
            (
                route["RouteId"].as_u64().unwrap(),
                (
                    route["DestinationCidrBlock"].as_str().unwrap().to_owned(),
                    route["Enabled"].as_bool().unwrap(),
                ),
            )
        })
        .collect();
    assert_eq!(routes, model.routes);
    let eni = call(
        client,
        "DescribeNetworkInterfaces",
        json!({"NetworkInterfaceIds": [ids.eni]}),
    )
    .await
    .unwrap();
    let ips: std::collections::BTreeSet<u8> = eni["NetworkInterfaceSet"][0]["PrivateIpAddressSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|ip| {
            let text = ip["PrivateIpAddress"].as_str().unwrap();
            text.strip_prefix("10.0.1.").unwrap().parse().unwrap()
        })
        .collect();
    assert_eq!(ips, model.ips);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn routes_and_private_ips_agree_with_the_reference_model(
        ops in proptest::collection::vec(list_op(), 1..40)
    ) {
        thread_local!(static FIXTURE: Fixture = fixture());
        FIXTURE.with(|fixture| {
            fixture.emulator.reset();
            fixture.runtime.block_on(async {
                let ids = list_setup(&fixture.client).await;
                let mut model = ListReference {
                    ips: [2].into(),
                    ..ListReference::default()
                };
                for op in &ops {
                    list_apply(&fixture.client, &ids, &mut model, op).await;
                    list_agree(&fixture.client, &ids, &model).await;
                }
            });
        });
    }
}
