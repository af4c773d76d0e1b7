#!/usr/bin/env bash
# Builds GA Console and runs the whole test suite against a real Secret Service.
#
#   scripts/test.sh [extra cmake -D options...]
#
# Environment: GA_BUILD_DIR (default: build), GA_BUILD_TYPE (default: Debug).
# Installs the Debian packages it needs first (scripts/install-deps.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GA_BUILD_DIR:-$root/build}
build_type=${GA_BUILD_TYPE:-Debug}

"$root/scripts/install-deps.sh"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}" "$@"
cmake --build "$build_dir" --parallel "$(nproc)"

# The keychain tests need a D-Bus session with an unlocked gnome-keyring
# (docs/reliability.md §5.4). A throw-away HOME keeps the developer's own keyring,
# settings and journal out of reach; the tests also switch QStandardPaths to test mode.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home"
export XDG_CONFIG_HOME="$test_home/.config" XDG_DATA_HOME="$test_home/.local/share"
export XDG_CACHE_HOME="$test_home/.cache" XDG_RUNTIME_DIR="$test_home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# English unless a test asks for another language (tests/i18n set LANG or --lang themselves),
# so a developer's Chinese desktop does not change what gactl prints under test.
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES
export GA_BUILD_DIR_ABS="$build_dir"

dbus-run-session -- bash -euo pipefail -c '
  printf "%s" "throw-away-test-keyring" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cd "$GA_BUILD_DIR_ABS"
  ctest --output-on-failure --parallel "$(nproc)"
'
