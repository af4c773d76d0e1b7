#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB) in a build folder and checks it: lintian with no
# error, and the AppStream metainfo valid on its own and within the package's tree (the
# .desktop file it launches, the icon). CI runs it on its build (.ci/run); scripts/check-deb.sh
# goes on to install the package into a fresh Debian root.
#
#   scripts/check-package.sh [extra cmake -D options...]
#
# Environment: GA_BUILD_DIR (default: build-package; configured RelWithDebInfo without the
# tests when it does not exist yet). Prints the package's path on the last line.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GA_BUILD_DIR:-$root/build-package}

if [ ! -f "$build_dir/CMakeCache.txt" ] || [ $# -gt 0 ]; then
  launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUILD_TESTING=OFF "${launcher[@]}" "$@" >/dev/null
else
  cmake "$build_dir" >/dev/null # CPackConfig.cmake follows the current CMakeLists
fi
cmake --build "$build_dir" --parallel "$(nproc)"
rm -f "$build_dir"/ga-console_*.deb
(cd "$build_dir" && cpack -G DEB) >"$build_dir/cpack.log" 2>&1 || {
  cat "$build_dir/cpack.log" >&2
  exit 1
}
deb=$(ls "$build_dir"/ga-console_*_amd64.deb)

echo "== lintian $(basename "$deb")"
# Warnings and notes are printed; an error fails. initial-upload-closes-no-bugs is left out:
# the package is not uploaded to Debian, so there is no ITP bug to close.
status=0
lintian --fail-on error --suppress-tags initial-upload-closes-no-bugs "$deb" \
  >"$build_dir/lintian.log" 2>&1 || status=$?
grep -v 'running with root privileges' "$build_dir/lintian.log" || true
if [ "$status" -ne 0 ]; then
  echo "check-package: lintian reports errors (exit $status)" >&2
  exit 1
fi
echo "lintian: no errors"

echo "== appstreamcli validate"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"
appstreamcli validate --no-net "$tree"/usr/share/metainfo/*.metainfo.xml
appstreamcli validate-tree --no-net "$tree"

echo "check-package: OK"
echo "$deb"
