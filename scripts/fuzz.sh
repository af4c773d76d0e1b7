#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each one for a bounded time on its committed seed
# corpus. Fails on the first crash, timeout, leak or sanitizer report; the input that caused
# it is left in $build_dir/fuzz-artifacts/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Environment: GA_FUZZ_BUILD_DIR (default: build-fuzz). New inputs the fuzzer finds go to
# $build_dir/fuzz-corpus/<target>/, never into the committed seeds.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GA_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-20}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_responseparser fuzz_errorbody fuzz_aliyunconfig fuzz_emulator_request)
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGA_FUZZ=ON -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p "$build_dir/fuzz-artifacts"
for target in "${targets[@]}"; do
  corpus="$build_dir/fuzz-corpus/$target"
  mkdir -p "$corpus"
  echo "== $target for ${seconds} s"
  log="$build_dir/fuzz-artifacts/$target.log"
  status=0
  "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build_dir/fuzz-artifacts/$target-" \
    "$corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" \
    "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz.sh: $target failed (exit $status); the input is in $build_dir/fuzz-artifacts/" >&2
    exit 1
  fi
done
echo "fuzz.sh: ${#targets[@]} targets, ${seconds} s each, no crash and no sanitizer report"
