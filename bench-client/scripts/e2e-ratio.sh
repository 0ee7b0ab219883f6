#!/usr/bin/env bash
# The end-to-end ratio of issue 15: `ecm-bench-client e2e` (the SDK, default transport)
# against `e2e-raw` (fixed signed bytes over a blocking std keep-alive socket), in one run,
# client and emulator pinned to the same core (as the cross-SDK harness does), alternating
# ROUNDS times. Prints each run's JSON line and the medians. Run by hand, not in CI:
#
#   bash bench-client/scripts/e2e-ratio.sh [COUNT] [ROUNDS]
set -euo pipefail
count=${1:-20000}
rounds=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
cargo build --quiet --release -p ecm-bench-client -p ecm-emulator --bins \
    --manifest-path "$root/Cargo.toml"
client=$target/release/ecm-bench-client
emulator=$target/release/ecm-emulator
port=${ECM_BENCH_PORT:-40123}
url=http://127.0.0.1:$port/
nice_cmd=(nice -n -20)
"${nice_cmd[@]}" true 2>/dev/null || nice_cmd=()

"${nice_cmd[@]}" taskset -c 0 "$emulator" --listen "127.0.0.1:$port" --workers 1 --replay \
    --secret-id AKIDbenchbenchbenchbenchbenchbench12 \
    --secret-key benchbenchbenchbenchbenchbench12 --max-seconds 3600 >/dev/null &
emulator_pid=$!
trap 'kill $emulator_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$(mktemp)
for round in $(seq "$rounds"); do
    for mode in e2e e2e-raw; do
        line=$("${nice_cmd[@]}" taskset -c 0 "$client" "$mode" "$url" "$count" 3 | tail -1)
        echo "round $round: $line"
        echo "$line" >>"$results"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
def med(mode, key):
    values = [v for r in runs if r["mode"] == mode for v in r[key]]
    return statistics.median(values)
sdk, raw = med("e2e", "reps"), med("e2e-raw", "reps")
print(f"e2e      {sdk:10.0f} calls/s  {med('e2e', 'cpu_us_per_op'):6.1f} µs client CPU/call")
print(f"e2e-raw  {raw:10.0f} calls/s  {med('e2e-raw', 'cpu_us_per_op'):6.1f} µs client CPU/call")
print(f"ratio    {sdk / raw:10.2f}")
PY
