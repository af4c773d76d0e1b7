#!/usr/bin/env bash
# Builds a Release tree and runs every benchmark, printing their JSON documents.
# Figures are measurements, never assertions; run on an otherwise idle machine.
#
#   bench/run.sh [bench_gactl options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GA_BENCH_BUILD_DIR:-$root/build-release}

"$root/scripts/install-deps.sh" >&2
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "${launcher[@]}" >&2
cmake --build "$build" --target bench_emulator bench_gactl bench_console ga-emulator gactl >&2

"$build/bench/bench_emulator" --clients 1,8 --duration-ms 5000
"$build/bench/bench_gactl" --mode all "$@"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_console"
