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
