#!/usr/bin/env python3
"""The stateful emulator's acceptance workflow through Tencent Cloud's official Python SDK.

Security group -> module -> 3 instances -> pages of 2 + 1 -> filters -> wait for RUNNING ->
stop one -> refused deletes -> terminate -> deletes; then the VPC/subnet equivalent.

Environment: ECM_ENDPOINT (e.g. http://127.0.0.1:8080), ECM_SECRET_ID, ECM_SECRET_KEY.
Needs tencentcloud-sdk-python-common (CommonClient). Exits non-zero on the first failure.
"""

import os
import sys
import time
from urllib.parse import urlparse

from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

# A zone, an image and an instance type the documentation's examples list.
ZONE = "ap-hangzhou-ecm-1"
IMAGE = "img-060ov1xz"
INSTANCE_TYPE = "SN3ne.2XLARGE16"
REGION = "ap-hangzhou-ecm"


class Failure(Exception):
    pass


def client_from_env():
    endpoint = os.environ.get("ECM_ENDPOINT")
    secret_id = os.environ.get("ECM_SECRET_ID")
    secret_key = os.environ.get("ECM_SECRET_KEY")
    if not (endpoint and secret_id and secret_key):
        raise Failure("set ECM_ENDPOINT, ECM_SECRET_ID and ECM_SECRET_KEY")
    url = urlparse(endpoint if "://" in endpoint else "http://" + endpoint)
    http = HttpProfile(protocol=url.scheme or "http", endpoint=url.netloc)
    http.reqTimeout = 10
    profile = ClientProfile(httpProfile=http)
    cred = credential.Credential(secret_id, secret_key)
    return CommonClient("ecm", "2019-07-19", cred, "ap-guangzhou", profile=profile)


def call(client, action, params):
    answer = client.call_json(action, params)
    return answer["Response"]


def refused(client, action, params, code):
    try:
        answer = call(client, action, params)
    except TencentCloudSDKException as error:
        if error.get_code() != code:
            raise Failure(f"{action}: expected {code}, got {error.get_code()}: {error.get_message()}")
        return
    raise Failure(f"{action}: expected {code}, but it succeeded: {answer}")


def check(condition, message):
    if not condition:
        raise Failure(message)


def instances(client, **params):
    return call(client, "DescribeInstances", params)


def states(client, ids):
    found = {i["InstanceId"]: i["InstanceState"] for i in instances(client, Limit=100)["InstanceSet"] or []}
    return [found.get(i, "(gone)") for i in ids]


def wait_for(client, ids, state, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = states(client, ids)
        if all(s == state for s in now):
            return
        time.sleep(0.25)
    raise Failure(f"instances {ids} did not reach {state}: {states(client, ids)}")


def instance_workflow(client):
    group = call(client, "CreateSecurityGroup", {"GroupName": "py-web", "GroupDescription": "workflow"})
    group_id = group["SecurityGroup"]["SecurityGroupId"]
    check(group_id.startswith("esg-"), f"security group id {group_id}")
    module_id = call(
        client,
        "CreateModule",
        {
            "ModuleName": "py-module",
            "DefaultBandWidth": 10,
            "DefaultImageId": IMAGE,
            "InstanceType": INSTANCE_TYPE,
            "DefaultSystemDiskSize": 50,
            "DefaultDataDiskSize": 50,
            "SecurityGroups": [group_id],
        },
    )["ModuleId"]
    modules = call(client, "DescribeModule", {"Filters": [{"Name": "module-id", "Values": [module_id]}]})
    check(modules["TotalCount"] == 1, f"DescribeModule lists the new module: {modules}")

    run = call(
        client,
        "RunInstances",
        {
            "ModuleId": module_id,
            "InstanceName": "py-",
            "SecurityGroupIds": [group_id],
            "ZoneInstanceCountISPSet": [{"Zone": ZONE, "InstanceCount": 3, "ISP": "CMCC"}],
        },
    )
    ids = run["InstanceIdSet"]
    check(len(set(ids)) == 3 and all(i.startswith("ein-") for i in ids), f"instance ids {ids}")

    first = instances(client, Limit=2)
    second = instances(client, Offset=2, Limit=2)
    check(first["TotalCount"] == 3 and second["TotalCount"] == 3, "TotalCount is 3 on every page")
    paged = [i["InstanceId"] for i in first["InstanceSet"] + second["InstanceSet"]]
    check(len(first["InstanceSet"]) == 2 and len(second["InstanceSet"]) == 1, "pages of 2 + 1")
    check(sorted(paged) == sorted(ids), f"the pages hold the created instances: {paged}")

    named = instances(client, Filters=[{"Name": "instance-name", "Values": ["py-2"]}])
    check(named["TotalCount"] == 1, f"instance-name filter: {named['TotalCount']}")
    in_module = instances(client, Filters=[{"Name": "module-id", "Values": [module_id]}])
    check(in_module["TotalCount"] == 3, "module-id filter")
    refused(client, "DescribeInstances", {"Filters": [{"Name": "colour", "Values": ["x"]}]},
            "InvalidParameterValue.InvalidFilter")

    wait_for(client, ids, "RUNNING")
    victim = ids[0]
    call(client, "StopInstances", {"InstanceIdSet": [victim]})
    wait_for(client, [victim], "STOPPED")
    refused(client, "StopInstances", {"InstanceIdSet": [victim]}, "ResourceUnavailable.InstanceNotRunning")
    refused(client, "DeleteModule", {"ModuleId": module_id}, "FailedOperation.InstanceInModule")
    refused(client, "DeleteSecurityGroup", {"SecurityGroupId": group_id}, "ResourceInUse")

    call(client, "TerminateInstances", {"InstanceIdSet": ids})
    wait_for(client, ids, "(gone)")
    call(client, "DeleteModule", {"ModuleId": module_id})
    call(client, "DeleteSecurityGroup", {"SecurityGroupId": group_id})
    check(call(client, "DescribeModule", {"Filters": [{"Name": "module-id", "Values": [module_id]}]})["TotalCount"] == 0,
          "the module is gone")


def vpc_workflow(client):
    vpc = call(client, "CreateVpc", {"VpcName": "py-vpc", "CidrBlock": "10.8.0.0/16", "EcmRegion": REGION})["Vpc"]
    vpc_id = vpc["VpcId"]
    check(vpc_id.startswith("vpc-"), f"vpc id {vpc_id}")

    def subnet(name, cidr):
        return {"VpcId": vpc_id, "SubnetName": name, "CidrBlock": cidr, "Zone": ZONE, "EcmRegion": REGION}

    subnet_id = call(client, "CreateSubnet", subnet("a", "10.8.1.0/24"))["Subnet"]["SubnetId"]
    refused(client, "CreateSubnet", subnet("b", "10.8.1.0/25"), "InvalidParameterValue.SubnetConflict")
    listed = call(client, "DescribeSubnets", {"Filters": [{"Name": "vpc-id", "Values": [vpc_id]}]})
    check([s["SubnetId"] for s in listed["SubnetSet"]] == [subnet_id], f"DescribeSubnets: {listed}")
    refused(client, "DeleteVpc", {"VpcId": vpc_id, "EcmRegion": REGION}, "ResourceInUse")
    call(client, "DeleteSubnet", {"SubnetId": subnet_id, "EcmRegion": REGION})
    call(client, "DeleteVpc", {"VpcId": vpc_id, "EcmRegion": REGION})
    check(call(client, "DescribeVpcs", {"VpcIds": [vpc_id]})["TotalCount"] == 0, "the VPC is gone")


def main():
    try:
        client = client_from_env()
        instance_workflow(client)
        vpc_workflow(client)
    except (Failure, TencentCloudSDKException) as error:
        text = str(error)
        if len(text) > 400:
            text = text[:400] + "…"
        print(f"workflow.py: FAILED: {text}", file=sys.stderr)
        return 1
    print("workflow.py: the instance and VPC workflows passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
