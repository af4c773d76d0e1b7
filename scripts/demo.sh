#!/usr/bin/env bash
# Builds ga-console (into build/, the same tree as scripts/test.sh) and launches it in demo
# mode: the GUI against an embedded emulator,
# with demo credentials and no cloud account.
#
#   scripts/demo.sh [more ga-console options...]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GA_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${GA_BUILD_TYPE:-Debug}" "${launcher[@]}"
cmake --build "$build_dir" --parallel "$(nproc)" --target ga-console
exec "$build_dir/app/ga-console" --demo "$@"
