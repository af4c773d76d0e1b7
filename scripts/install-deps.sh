#!/usr/bin/env bash
# Installs the Debian 12 packages GA Console needs to build, test and run.
# Idempotent: when every package is already present it only checks and exits.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache clang-format git
  # libFuzzer and the sanitizers' runtimes for clang (scripts/fuzz.sh)
  clang libclang-rt-14-dev
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  # Qt's own zh_CN words (dialog buttons), loaded beside ours
  qt6-translations-l10n
  # SVG icons (the icon engine plugin comes with libqt6svg6); checking the .desktop file
  qt6-svg-dev desktop-file-utils
  libgl-dev libxkbcommon-dev
  # crypto and keychain
  libssl-dev openssl qtkeychain-qt6-dev
  # a real Secret Service for the keychain tests, and a display for screenshots
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
  # benchmarks: bench_signing links Google Benchmark; bench/report.py folds the results
  libbenchmark-dev python3
  # the Debian package (cpack -G DEB, dpkg-shlibdeps from dpkg-dev), its checks (lintian,
  # appstreamcli), gactl's completion under test, and scripts/check-deb.sh's Debian root
  dpkg-dev lintian appstream bash-completion man-db debootstrap
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
