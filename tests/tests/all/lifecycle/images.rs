//! Images (seeded, created from instances, imported), snapshots and key pairs.

use super::*;

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
