// Drives every ECM action with its first documented example input through Tencent's official
// Node.js SDK (`tencentcloud-sdk-nodejs`, the ECM client's generic `request`) in each signing
// mode, against the emulator named by ECM_ENDPOINT. Prints one JSON object: per mode, the
// calls answered and the failures.
//
// Environment: as conformance/python/matrix.py (ECM_ENDPOINT host:port, ECM_SECRET_ID,
// ECM_SECRET_KEY, optional ECM_TOKEN, ECM_SPEC, ECM_LABEL, ECM_VIA_PROXY), and NODE_PATH
// pointing at the node_modules folder the SDK is installed in.
//
// How the SDK reaches the emulator: it derives the credential-scope service from the first
// DNS label of its endpoint (an IP address would sign for service `127`), so the endpoint is
// `ecm.tencentcloudapi.com:<port>` over plain HTTP, and an http.Agent whose `lookup` resolves
// every name to the emulator's address carries the connection there. The SDK signs the host
// without the port while it sends `Host: ecm.tencentcloudapi.com:<port>`, which the emulator
// accepts. With ECM_VIA_PROXY=1 the endpoint stays `ecm.tencentcloudapi.com` and the
// emulator is the SDK's `proxy` instead: the SDK tunnels with `CONNECT`, and the emulator
// serves the API inside the tunnel.
"use strict";

const fs = require("fs");
const http = require("http");
const { Client } = require("tencentcloud-sdk-nodejs/tencentcloud/services/ecm/v20190719/ecm_client");

const MODES = [
  ["TC3 POST JSON", "TC3-HMAC-SHA256", "POST"],
  ["TC3 GET", "TC3-HMAC-SHA256", "GET"],
  ["HmacSHA256 POST form", "HmacSHA256", "POST"],
  ["HmacSHA1 GET", "HmacSHA1", "GET"],
];

const [emulatorHost, port] = process.env.ECM_ENDPOINT.split(":");

// Every name resolves to the emulator's address (options.all: Node 20's autoSelectFamily asks
// for a list).
const agent = new http.Agent({
  keepAlive: true,
  lookup: (hostname, options, callback) =>
    options && options.all
      ? callback(null, [{ address: emulatorHost, family: 4 }])
      : callback(null, emulatorHost, 4),
});

function client(signMethod, reqMethod) {
  const credential = {
    secretId: process.env.ECM_SECRET_ID,
    secretKey: process.env.ECM_SECRET_KEY,
  };
  if (process.env.ECM_TOKEN) credential.token = process.env.ECM_TOKEN;
  return new Client({
    credential,
    region: "ap-guangzhou",
    profile: {
      signMethod,
      httpProfile: process.env.ECM_VIA_PROXY
        ? {
            endpoint: "ecm.tencentcloudapi.com",
            protocol: "http://",
            reqMethod,
            reqTimeout: 30,
            proxy: `http://${process.env.ECM_ENDPOINT}`,
          }
        : {
            endpoint: `ecm.tencentcloudapi.com:${port}`,
            protocol: "http://",
            reqMethod,
            reqTimeout: 30,
            agent,
          },
    },
  });
}

// v1 calls the SDK sent with `Nonce=0`, retried once: the SDK draws its v1 nonce as
// `Math.round(Math.random() * 65535)`, which is 0 once in about 131,000 calls, and the
// documentation (and so the emulator) wants a positive integer.
let zeroNonceRetries = 0;

// null if answered with a success response carrying the documented output's members, else
// what went wrong.
async function call(sdk, action, params, documented) {
  let response;
  try {
    response = await sdk.request(action, JSON.parse(JSON.stringify(params)));
  } catch (error) {
    if (error.code === "InvalidParameterValue" && /\bNonce\b/.test(error.message)) {
      zeroNonceRetries += 1;
      try {
        response = await sdk.request(action, JSON.parse(JSON.stringify(params)));
      } catch (again) {
        return `${again.code || again.name}: ${again.message}`;
      }
    } else {
      return `${error.code || error.name}: ${error.message}`;
    }
  }
  if (!response || typeof response !== "object") return `no Response object: ${response}`;
  if (response.Error) return `${response.Error.Code}: ${response.Error.Message}`;
  if (!response.RequestId) return `no RequestId in ${JSON.stringify(response)}`;
  const missing = Object.keys(documented).filter((name) => !(name in response));
  if (missing.length) return `documented members missing: ${missing.join(", ")}`;
  return null;
}

async function main() {
  const spec = JSON.parse(fs.readFileSync(process.env.ECM_SPEC, "utf8"));
  const actions = spec.actions
    .filter((action) => action.examples.length)
    .map((action) => [action.name, action.examples[0].input, action.examples[0].output]);
  const modes = {};
  for (const [column, signMethod, reqMethod] of MODES) {
    const sdk = client(signMethod, reqMethod);
    const failures = [];
    for (const [name, input, output] of actions) {
      // call() hands the SDK a copy of the input: it may modify what it is given.
      const problem = await call(sdk, name, input, output);
      if (problem !== null) failures.push({ action: name, problem });
    }
    modes[column] = { passed: actions.length - failures.length, total: actions.length, failures };
  }
  agent.destroy();
  const label = process.env.ECM_LABEL || "Node SDK";
  const notes = zeroNonceRetries ? [`${zeroNonceRetries} call(s) sent Nonce=0 and were retried once`] : [];
  console.log(JSON.stringify({ client: label, modes, notes }));
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
