#!/usr/bin/env bash
# Conformance suite: Tencent's official Python and Node.js SDKs against ecm-emulator.
#
# Installs the SDKs at pinned versions into a cache folder (reused when present), builds and
# starts the emulator on loopback ports, drives every action of spec/ecm.json with its first
# documented example input in each signing mode with each SDK, once with long-term and once
# with temporary credentials (a session token), runs any extra scripts in conformance/python/,
# prints a table and exits non-zero if any call was not answered. See conformance/README.md.
#
# Needs: cargo, python3 (3.8+, with venv and pip), node and npm (Node 18+). Network: PyPI and
# npm only, on the first run.
#
# Settings (environment):
#   ECM_CONFORMANCE_CACHE    where the SDKs are installed [default: target/conformance-cache]
#   ECM_CONFORMANCE_PROFILE  cargo profile of the emulator build: debug or release [debug]
#   ECM_CONFORMANCE_EMULATOR an ecm-emulator binary to test instead of building one
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/conformance"
CACHE=${ECM_CONFORMANCE_CACHE:-$ROOT/target/conformance-cache}
PROFILE=${ECM_CONFORMANCE_PROFILE:-debug}

PYTHON_SDK="tencentcloud-sdk-python-common==3.1.195"
NODE_SDK="tencentcloud-sdk-nodejs@4.1.313"

SECRET_ID="AKIDconformance00000000000000000000"
SECRET_KEY="conformance-secret-key-000000000000"
SESSION_TOKEN="conformance-session-token-0000000000000000"

log() { printf 'conformance: %s\n' "$*" >&2; }

for tool in cargo python3 node npm timeout; do
    command -v "$tool" >/dev/null || { log "needs $tool, which is not installed"; exit 1; }
done

# --- Install the SDKs (once per version) ---------------------------------------------------
VENV="$CACHE/python-${PYTHON_SDK//[^A-Za-z0-9.]/-}"
if [[ ! -f "$VENV/.installed" ]]; then
    log "installing $PYTHON_SDK into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$PYTHON_SDK"
    touch "$VENV/.installed"
fi
PYTHON="$VENV/bin/python"

NODE_DIR="$CACHE/node-${NODE_SDK//[^A-Za-z0-9.]/-}"
if [[ ! -f "$NODE_DIR/.installed" ]]; then
    log "installing $NODE_SDK into $NODE_DIR"
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    printf '{"name": "ecm-conformance", "private": true}\n' >"$NODE_DIR/package.json"
    (cd "$NODE_DIR" && npm install --silent --no-audit --no-fund --save-exact "$NODE_SDK")
    touch "$NODE_DIR/.installed"
fi
export NODE_PATH="$NODE_DIR/node_modules"

# --- Build the emulator --------------------------------------------------------------------
if [[ -n "${ECM_CONFORMANCE_EMULATOR:-}" ]]; then
    EMULATOR=$ECM_CONFORMANCE_EMULATOR
else
    log "building ecm-emulator ($PROFILE)"
    if [[ "$PROFILE" == release ]]; then
        cargo build --quiet --release -p ecm-emulator --bin ecm-emulator --manifest-path "$ROOT/Cargo.toml"
    else
        cargo build --quiet -p ecm-emulator --bin ecm-emulator --manifest-path "$ROOT/Cargo.toml"
    fi
    TARGET_DIR=$(cargo metadata --format-version 1 --no-deps --manifest-path "$ROOT/Cargo.toml" |
        "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
    EMULATOR="$TARGET_DIR/$PROFILE/ecm-emulator"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecm-conformance.XXXXXX")
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts an emulator with extra arguments "$@" and sets ENDPOINT to its host:port.
start_emulator() {
    local out="$WORK/emulator.$RANDOM.out"
    "$EMULATOR" --listen 127.0.0.1:0 --secret-id "$SECRET_ID" --secret-key "$SECRET_KEY" \
        --max-seconds 900 "$@" >"$out" 2>&1 &
    PIDS+=("$!")
    for _ in $(seq 100); do
        if grep -qs '^listening on http://' "$out"; then
            ENDPOINT=$(sed -n 's|^listening on http://||p' "$out" | head -n 1)
            return
        fi
        sleep 0.05
    done
    log "the emulator did not start:"; cat "$out" >&2; exit 1
}

# Runs "$@" with the emulator's address and credentials in the environment:
#   ECM_ENDPOINT (host:port), ECM_URL (http://host:port), ECM_SECRET_ID, ECM_SECRET_KEY,
#   ECM_TOKEN (only with a session token), ECM_SPEC (spec/ecm.json), NODE_PATH.
with_emulator_env() {
    ECM_ENDPOINT="$ENDPOINT" ECM_URL="http://$ENDPOINT" ECM_SECRET_ID="$SECRET_ID" \
        ECM_SECRET_KEY="$SECRET_KEY" ECM_SPEC="$ROOT/spec/ecm.json" timeout 300 "$@"
}

# --- The matrix: {Python, Node} x {long-term, session token} -------------------------------
# The matrix sends each action's documented example input, which names the documentation's
# resources (`ein-…`, `vpc-…`) that a fresh stateful model does not hold: these emulators
# replay the documented examples, so that every call exercises the protocol, not the model.
# The scripts below run against the stateful model.
start_emulator --replay
PLAIN="$ENDPOINT"
start_emulator --replay --session-token "$SESSION_TOKEN"
TOKEN="$ENDPOINT"

STATUS=0
RUNS=0
run_matrix() { # label endpoint token command...
    local label=$1 endpoint=$2 token=$3; shift 3
    RUNS=$((RUNS + 1))
    local result
    printf -v result '%s/result.%03d.json' "$WORK" "$RUNS" # the glob below keeps this order
    log "running $label"
    if ! ENDPOINT="$endpoint" ECM_LABEL="$label" ECM_TOKEN="$token" \
        with_emulator_env "$@" >"$result"; then
        log "$label: the driver failed"
        STATUS=1
    fi
}
run_matrix "Python SDK" "$PLAIN" "" "$PYTHON" "$HERE/python/matrix.py"
run_matrix "Python SDK, session token" "$TOKEN" "$SESSION_TOKEN" "$PYTHON" "$HERE/python/matrix.py"
run_matrix "Node SDK" "$PLAIN" "" node "$HERE/node/matrix.js"
run_matrix "Node SDK, session token" "$TOKEN" "$SESSION_TOKEN" node "$HERE/node/matrix.js"
# The emulator as the SDKs' HTTP proxy, the real endpoint name kept: absolute-form targets
# (Python) and CONNECT tunnels (Node).
ECM_VIA_PROXY=1 run_matrix "Python SDK, via proxy" "$PLAIN" "" "$PYTHON" "$HERE/python/matrix.py"
ECM_VIA_PROXY=1 run_matrix "Node SDK, via proxy" "$PLAIN" "" node "$HERE/node/matrix.js"
# The Python SDK's unsignedPayload option (v1 modes are unaffected by it).
ECM_UNSIGNED_PAYLOAD=1 run_matrix "Python SDK, unsigned payload" "$PLAIN" "" "$PYTHON" "$HERE/python/matrix.py"

SCRIPTS="$WORK/scripts.txt"
: >"$SCRIPTS"

# --- curl with a hand-made TC3 signature (the emulator README's snippet) -------------------
if command -v curl >/dev/null && command -v openssl >/dev/null; then
    for run in "$PLAIN " "$TOKEN $SESSION_TOKEN"; do
        read -r endpoint token <<<"$run"
        name="curl_tc3.sh${token:+, session token}"
        answer=$(ENDPOINT="$endpoint" ECM_TOKEN="${token:-}" with_emulator_env \
            bash "$HERE/curl_tc3.sh" DescribeNode '{"Filters":[{"Name":"InstanceFamily","Values":["SN3ne"]}]}' || true)
        if [[ "$answer" == *'"NodeSet"'* && "$answer" != *'"Error"'* ]]; then
            printf '%s\tpassed\n' "$name" >>"$SCRIPTS"
        else
            printf '%s\tFAILED\n' "$name" >>"$SCRIPTS"
            log "$name answered: $answer"
        fi
    done
else
    log "curl or openssl is not installed: the curl snippet is not checked"
    printf 'curl_tc3.sh\tnot run (curl or openssl not installed)\n' >>"$SCRIPTS"
fi

# --- Extra scripts: every conformance/python/*.py but the matrix, each on a fresh emulator ---
for script in "$HERE"/python/*.py; do
    [[ "$(basename "$script")" == matrix.py ]] && continue
    start_emulator
    log "running python/$(basename "$script")"
    if with_emulator_env "$PYTHON" "$script" >"$WORK/script.out" 2>&1; then
        printf 'python/%s\tpassed\n' "$(basename "$script")" >>"$SCRIPTS"
    else
        printf 'python/%s\tFAILED\n' "$(basename "$script")" >>"$SCRIPTS"
        sed 's/^/    /' "$WORK/script.out" >&2
    fi
done

"$PYTHON" "$HERE/report.py" "$WORK"/result.*.json --scripts "$SCRIPTS" || STATUS=1
exit "$STATUS"
