#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for a bounded time, one after the other, at the
# lowest CPU priority with one libFuzzer worker: the 2-core machine is shared.
#
#   fuzz/run.sh                     # 60 s per target
#   FUZZ_SECONDS=600 fuzz/run.sh    # 10 min per target (the acceptance runs)
#   fuzz/run.sh extractor           # one target
#
# Targets: response_decoder, extractor, signer_verify, emulator_request (see README.md).
# Working corpora grow in fuzz/corpus/<target> (not committed), crashes land in
# fuzz/artifacts/<target>, logs in fuzz/logs/<target>.log. A crash makes the script exit 1;
# reproduce it with `fuzz/run.sh --repro <target> <file>` and turn it into a regression test in
# the affected crate's normal test suite (see README.md).
#
# Toolchain: cargo-fuzz passes nightly-only flags to rustc (`-Z` options when a sanitizer is
# used, and it builds with `--cfg fuzzing` and the sanitizer-coverage passes). The machine has
# only stable Rust; RUSTC_BOOTSTRAP=1 makes stable rustc accept them (verified with rustc 1.95;
# without it `cargo fuzz build` fails with "the option `Z` is only accepted on the nightly
# compiler"). We build without a sanitizer (`-s none`): every crate under test forbids unsafe
# code, so AddressSanitizer would only halve the speed; what we look for — panics (with
# debug assertions on, `-a`, so integer overflow panics too), stack overflows, hangs
# (-timeout) and memory growth (-rss_limit_mb) — libFuzzer detects without it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$here/target}"
seconds="${FUZZ_SECONDS:-60}"
all_targets=(response_decoder extractor signer_verify emulator_request)
build_flags=(-s none -a --fuzz-dir "$here")

if ! command -v cargo-fuzz >/dev/null 2>&1; then
    echo "installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

# Regenerates the committed seed corpora from the spec, the docs and the signer.
if [[ "${1:-}" == "--seeds" ]]; then
    cargo run --quiet --manifest-path "$here/Cargo.toml" -p ecm-fuzz-seeds
    exit 0
fi

if [[ "${1:-}" == "--repro" ]]; then
    target="$2"
    shift 2
    nice -n 19 cargo fuzz run "${build_flags[@]}" "$target" "$@"
    exit $?
fi

targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")

status=0
mkdir -p "$here/logs"
for target in "${targets[@]}"; do
    corpus="$here/corpus/$target"
    artifacts="$here/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    log="$here/logs/$target.log"
    echo "== $target: ${seconds}s (log: $log)"
    nice -n 19 cargo fuzz build "${build_flags[@]}" "$target"
    started=$(date +%s)
    # -jobs=1 -workers=1: one worker process; libFuzzer writes its output to fuzz-0.log in
    # the working directory, so run it from the logs directory.
    set +e
    (
        cd "$here/logs"
        rm -f fuzz-0.log
        nice -n 19 cargo fuzz run "${build_flags[@]}" "$target" "$corpus" "$here/seeds/$target" -- \
            -max_total_time="$seconds" -jobs=1 -workers=1 \
            -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -dict="$here/dicts/$target.dict" \
            -artifact_prefix="$artifacts/" -print_final_stats=1 >/dev/null 2>&1
        code=$?
        mv -f fuzz-0.log "$log" 2>/dev/null
        exit $code
    )
    code=$?
    set -e
    elapsed=$(( $(date +%s) - started ))
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    echo "   exit $code after ${elapsed}s; last status: ${last:-none}"
    grep -E '^stat::' "$log" || true
    if [[ $code -ne 0 ]] || ls "$artifacts" | grep -q .; then
        echo "   FINDINGS in $artifacts:" && ls "$artifacts"
        status=1
    fi
done
exit $status
