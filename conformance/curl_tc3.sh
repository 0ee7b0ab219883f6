#!/usr/bin/env bash
# Calls an ECM endpoint with curl and a TC3-HMAC-SHA256 signature made by hand with openssl:
# the snippet of "Using the emulator from other clients" in emulator/README.md, run by
# conformance/run.sh.
#
# Usage: ECM_ENDPOINT=127.0.0.1:8700 ECM_SECRET_ID=… ECM_SECRET_KEY=… curl_tc3.sh ACTION JSON
set -euo pipefail
action=$1 payload=$2
host=$ECM_ENDPOINT service=ecm version=2019-07-19
timestamp=$(date +%s)
date=$(date -u -d "@$timestamp" +%Y-%m-%d)

sha256() { printf '%s' "$1" | openssl dgst -sha256 -hex | sed 's/^.* //'; }
hmac() { printf '%s' "$2" | openssl dgst -sha256 -mac HMAC -macopt "$1" -hex | sed 's/^.* //'; }

canonical_request="POST
/

content-type:application/json
host:$host

content-type;host
$(sha256 "$payload")"
string_to_sign="TC3-HMAC-SHA256
$timestamp
$date/$service/tc3_request
$(sha256 "$canonical_request")"
secret_date=$(hmac "key:TC3$ECM_SECRET_KEY" "$date")
secret_service=$(hmac "hexkey:$secret_date" "$service")
secret_signing=$(hmac "hexkey:$secret_service" tc3_request)
signature=$(hmac "hexkey:$secret_signing" "$string_to_sign")

curl --silent --show-error "http://$host/" \
    -H "Authorization: TC3-HMAC-SHA256 Credential=$ECM_SECRET_ID/$date/$service/tc3_request, SignedHeaders=content-type;host, Signature=$signature" \
    -H "Content-Type: application/json" \
    -H "Host: $host" \
    -H "X-TC-Action: $action" \
    -H "X-TC-Timestamp: $timestamp" \
    -H "X-TC-Version: $version" \
    ${ECM_TOKEN:+-H "X-TC-Token: $ECM_TOKEN"} \
    -d "$payload"
