//! The stateful emulator through `ecm-sdk`: each modelled resource kind created, described
//! (ids, filters, pages), changed, moved through its documented states and deleted, with the
//! codes each action documents for what it refuses; plus the acceptance workflows. One file
//! per group of resource kinds; the helpers they share are here.

mod addresses;
mod images;
mod instances;
mod load_balancers;
mod model;
mod networks;
mod security_groups;

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
