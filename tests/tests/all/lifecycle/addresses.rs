//! Elastic IP addresses: bind states and their tasks.

use super::*;

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
