#!/usr/bin/env bash
# Builds a Release tree and runs every benchmark, then prints one JSON document with all the
# figures and a Markdown table of them (each with its baseline or target, met or missed).
# Figures are measurements, never assertions: run on an otherwise idle machine. About 17
# minutes in all, most of it waiting for the emulator's slow operations.
#
#   bench/run.sh [--quick]
#
# --quick: fewer runs and shorter windows, to check the harness (figures not for the README).
# Environment: GA_BENCH_BUILD_DIR (default: build-release), GA_BENCH_JOBS (default: nproc).
# Writes  $GA_BENCH_BUILD_DIR/bench-results.json   the combined document
#         $GA_BENCH_BUILD_DIR/bench-results/*.json each benchmark's own document
#         $GA_BENCH_BUILD_DIR/bench-results.md     the table, copied to bench/last-results.md
#                                                  by a full run (README's Performance section)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GA_BENCH_BUILD_DIR:-$root/build-release}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
jobs=${GA_BENCH_JOBS:-$(nproc)}

quick=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
  esac
done

"$root/scripts/install-deps.sh" >&2
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  "${launcher[@]}" >&2
cmake --build "$build" --parallel "$jobs" \
  --target bench_emulator bench_gactl bench_console bench_plans bench_signing ga-emulator gactl >&2

out="$build/bench-results"
rm -rf "$out"
mkdir -p "$out"

if [ "$quick" = 1 ]; then
  emulator_args=(--duration-ms 1000 --warmup-ms 200)
  gactl_args=(--runs 1 --operations 3)
  signing_args=(--benchmark_min_time=0.05)
  console_args=(--runs 3)
  plans_args=(--serial-sample 2)
  command="bench/run.sh --quick"
else
  emulator_args=(--duration-ms 5000)
  gactl_args=(--runs 5 --operations 20)
  signing_args=(--benchmark_repetitions=5 --benchmark_report_aggregates_only=true)
  console_args=(--runs 9)
  plans_args=(--serial-sample 10)
  command="bench/run.sh"
fi

echo "== bench_signing" >&2
"$build/bench/bench_signing" --benchmark_format=json "${signing_args[@]}" >"$out/signing.json"
echo "== bench_emulator" >&2
"$build/bench/bench_emulator" --clients 1,8 "${emulator_args[@]}" >"$out/emulator.json"
echo "== bench_console" >&2
QT_QPA_PLATFORM=offscreen "$build/bench/bench_console" "${console_args[@]}" >"$out/console.json"
echo "== bench_gactl" >&2
"$build/bench/bench_gactl" --mode all "${gactl_args[@]}" >"$out/gactl.json"
echo "== bench_plans" >&2
"$build/bench/bench_plans" "${plans_args[@]}" >"$out/plans.json"

python3 "$root/bench/report.py" --dir "$out" --command "$command" \
  --json "$build/bench-results.json" --markdown "$build/bench-results.md"
# A full run's table is the one README shows; a quick one stays in the build tree.
if [ "$quick" = 0 ]; then cp "$build/bench-results.md" "$root/bench/last-results.md"; fi
