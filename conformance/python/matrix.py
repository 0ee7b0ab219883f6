"""Drives every ECM action with its first documented example input through Tencent's official
Python SDK (`tencentcloud-sdk-python-common`, `CommonClient`) in each signing mode, against
the emulator named by ECM_ENDPOINT. Prints one JSON object: per mode, the calls answered and
the failures.

Environment: ECM_ENDPOINT (host:port), ECM_SECRET_ID, ECM_SECRET_KEY, optional ECM_TOKEN
(temporary credentials), ECM_SPEC (path of spec/ecm.json), ECM_LABEL (the row's name), and
ECM_VIA_PROXY=1 to keep the real endpoint name and use the emulator as the SDK's HTTP proxy
(requests then carry absolute-form targets, `POST http://ecm.tencentcloudapi.com/`), and
ECM_UNSIGNED_PAYLOAD=1 for the profile's `unsignedPayload` option (TC3 signatures then cover
the text `UNSIGNED-PAYLOAD` instead of the body, announced in `X-TC-Content-SHA256`).
"""

import json
import os
import sys

from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

# (column, signature method, HTTP method), the columns of the report.
MODES = [
    ("TC3 POST JSON", "TC3-HMAC-SHA256", "POST"),
    ("TC3 GET", "TC3-HMAC-SHA256", "GET"),
    ("HmacSHA256 POST form", "HmacSHA256", "POST"),
    ("HmacSHA1 GET", "HmacSHA1", "GET"),
]


def client(sign_method, http_method):
    cred = credential.Credential(
        os.environ["ECM_SECRET_ID"], os.environ["ECM_SECRET_KEY"], os.environ.get("ECM_TOKEN")
    )
    if os.environ.get("ECM_VIA_PROXY"):
        http = HttpProfile(
            protocol="http",
            endpoint="ecm.tencentcloudapi.com",
            reqMethod=http_method,
            proxy="http://" + os.environ["ECM_ENDPOINT"],
            keepAlive=True,
        )
    else:
        http = HttpProfile(
            protocol="http",
            endpoint=os.environ["ECM_ENDPOINT"],
            reqMethod=http_method,
            keepAlive=True,
        )
    profile = ClientProfile(signMethod=sign_method, httpProfile=http)
    profile.unsignedPayload = bool(os.environ.get("ECM_UNSIGNED_PAYLOAD"))
    return CommonClient("ecm", "2019-07-19", cred, "ap-guangzhou", profile=profile)


def call(sdk, action, params, documented):
    """None if answered with a success response carrying the documented output's members,
    else what went wrong."""
    try:
        answer = sdk.call_json(action, params)
    except TencentCloudSDKException as error:
        return "%s: %s" % (error.get_code(), error.get_message())
    except Exception as error:  # a transport failure, a response that is not JSON
        return "%s: %s" % (type(error).__name__, error)
    response = answer.get("Response") if isinstance(answer, dict) else None
    if not isinstance(response, dict):
        return "no Response object: %r" % (answer,)
    if "Error" in response:
        return "%s: %s" % (response["Error"].get("Code"), response["Error"].get("Message"))
    if not response.get("RequestId"):
        return "no RequestId in %r" % (response,)
    missing = [name for name in documented if name not in response]
    if missing:
        return "documented members missing: %s" % ", ".join(missing)
    return None


def main():
    with open(os.environ["ECM_SPEC"], encoding="utf-8") as file:
        spec = json.load(file)
    actions = [
        (action["name"], action["examples"][0]["input"], action["examples"][0]["output"])
        for action in spec["actions"]
        if action["examples"]
    ]
    modes = {}
    for column, sign_method, http_method in MODES:
        sdk = client(sign_method, http_method)
        failures = []
        for name, params, output in actions:
            problem = call(sdk, name, params, output)
            if problem is not None:
                failures.append({"action": name, "problem": problem})
        modes[column] = {
            "passed": len(actions) - len(failures),
            "total": len(actions),
            "failures": failures,
        }
    json.dump({"client": os.environ.get("ECM_LABEL", "Python SDK"), "modes": modes}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
