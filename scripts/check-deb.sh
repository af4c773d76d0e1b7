#!/usr/bin/env bash
# Builds the Debian package and tries it as a Debian 12 user would: installs it with
# `apt install ./ga-console_…deb` into a fresh Debian 12 root (debootstrap), runs there
# `ga-console --version`, `gactl --help`, `man -w gactl` and `ga-console --demo` under Xvfb until
# its window lists the demo's accelerators, then purges it and checks that none of its files
# is left. Needs root (debootstrap, chroot, mounts); re-runs itself with sudo otherwise.
#
#   scripts/check-deb.sh [extra cmake -D options...]
#
# Environment: GA_PACKAGE_BUILD_DIR (default: build-package), GA_CHECK_DEB_CACHE (default:
# /var/tmp/ga-console-check-deb: the Debian root as a tarball, made once, and apt's downloads,
# so a re-run skips debootstrap and most downloads), GA_DEBIAN_MIRROR (default: deb.debian.org).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=GA_PACKAGE_BUILD_DIR,GA_CHECK_DEB_CACHE,GA_DEBIAN_MIRROR "$0" "$@"
fi
build_dir=${GA_PACKAGE_BUILD_DIR:-$root/build-package}
cache=${GA_CHECK_DEB_CACHE:-/var/tmp/ga-console-check-deb}
mirror=${GA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
# What the check itself runs inside the root, beside the package: man, a display and a way to
# see its windows. Part of the cached root, so they are not the package's to bring.
harness=(man-db xvfb xauth x11-utils)

step() { echo; echo "== $*"; }

step "build the package ($build_dir)"
"$root/scripts/install-deps.sh"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
  "${launcher[@]}" "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
(cd "$build_dir" && cpack -G DEB)
deb=$(ls -t "$build_dir"/ga-console_*_amd64.deb | head -1)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "a fresh Debian 12 root"
mkdir -p "$cache/archives/partial"
tarball="$cache/$suite-minbase.tar.gz"
if [ ! -f "$tarball" ]; then
  seed=$(mktemp -d /var/tmp/ga-check-deb-seed.XXXXXX)
  debootstrap --variant=minbase "$suite" "$seed" "$mirror"
  tar -C "$seed" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
  rm -rf "$seed"
  echo "cached $tarball"
else
  echo "from the cache: $tarball ($(du -h "$tarball" | cut -f1))"
fi
chroot_dir=$(mktemp -d /var/tmp/ga-check-deb-root.XXXXXX)
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  # Never delete through a mount that is still there (it would be the host's /dev or the cache).
  if grep -q " $chroot_dir/" /proc/mounts; then
    echo "check-deb: $chroot_dir still has mounts; left in place" >&2
  else
    rm -rf "$chroot_dir"
  fi
}
trap cleanup EXIT
tar -C "$chroot_dir" -xzf "$tarball"
for fs in proc sys dev dev/pts; do
  case $fs in
    proc) mount -t proc proc "$chroot_dir/proc" ;;
    sys) mount -t sysfs sys "$chroot_dir/sys" ;;
    *) mount --bind "/$fs" "$chroot_dir/$fs" ;;
  esac
  mounts+=("$chroot_dir/$fs")
done
mount --bind "$cache/archives" "$chroot_dir/var/cache/apt/archives"
mounts+=("$chroot_dir/var/cache/apt/archives")
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# Keep the downloads for the next run (Debian's image deletes them after each install).
rm -f "$chroot_dir/etc/apt/apt.conf.d/docker-clean"
in_root() { chroot "$chroot_dir" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "${harness[@]}" >/dev/null
echo "harness: ${harness[*]}"
in_root dpkg-query -W -f='${Package}\n' | sort >"$chroot_dir/tmp/before.list"

step "apt install ./$(basename "$deb")"
cp "$deb" "$chroot_dir/tmp/"
in_root apt-get install -y "/tmp/$(basename "$deb")"
in_root dpkg -L ga-console | sort >"$chroot_dir/tmp/ga-console.files"
echo "the package put $(wc -l <"$chroot_dir/tmp/ga-console.files") paths in place"

step "ga-console --version (no display)"
in_root ga-console --version
step "gactl --help"
in_root gactl --help
step "ga-emulator --version"
in_root ga-emulator --version
step "man -w gactl"
in_root man -w gactl
in_root man -w ga-console
in_root man -w ga-emulator
step "bash completion: gactl <TAB>"
in_root bash -c 'source /usr/share/bash-completion/completions/gactl 2>/dev/null \
  && complete -p gactl' || echo "(bash-completion is a Suggests; the file is in place)"
test -f "$chroot_dir/usr/share/bash-completion/completions/gactl"

step "ga-console --demo under Xvfb until its window lists accelerators"
cat >"$chroot_dir/tmp/demo.sh" <<'EOF'
set -u
Xvfb :57 -screen 0 1366x768x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X57 ] && break; sleep 0.1; done
export DISPLAY=:57 XDG_RUNTIME_DIR=/tmp/runtime QT_LOGGING_RULES="ga.ui.debug=true"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
ga-console --demo >/tmp/console.log 2>&1 &
console=$!
status=1
for _ in $(seq 600); do
  if line=$(grep -m1 -E 'accelerator pane lists [1-9][0-9]* accelerator' /tmp/console.log); then
    echo "console: $line"
    # The line says the pane has its rows; the window must also be on the screen.
    if xwininfo -root -tree | grep -E '"GA Console' ; then status=0; fi
    break
  fi
  kill -0 "$console" 2>/dev/null || break
  sleep 0.1
done
[ "$status" -eq 0 ] || { echo "the window did not list accelerators:"; cat /tmp/console.log; }
kill "$console" 2>/dev/null; wait "$console" 2>/dev/null
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
exit "$status"
EOF
in_root bash /tmp/demo.sh

step "apt purge ga-console"
in_root apt-get purge -y --autoremove ga-console
if in_root dpkg-query -W ga-console 2>/dev/null; then
  echo "check-deb: dpkg still knows ga-console" >&2
  exit 1
fi
left=0
while IFS= read -r path; do
  [ -n "$path" ] || continue
  # Directories the package shared with others (/usr/bin, /usr/share/man/man1, ...) stay.
  if [ -e "$chroot_dir$path" ] && [ ! -d "$chroot_dir$path" ]; then
    echo "left behind: $path"
    left=$((left + 1))
  elif [ -d "$chroot_dir$path" ] && [[ $path == *ga-console* ]]; then
    echo "left behind: $path/"
    left=$((left + 1))
  fi
done <"$chroot_dir/tmp/ga-console.files"
in_root dpkg-query -W -f='${Package}\n' | sort >"$chroot_dir/tmp/after.list"
if ! diff -u "$chroot_dir/tmp/before.list" "$chroot_dir/tmp/after.list"; then
  echo "packages differ from before the install (above)"
  left=$((left + 1))
fi
if [ "$left" -ne 0 ]; then
  echo "check-deb: $left thing(s) left after the purge" >&2
  exit 1
fi
echo "nothing of the package is left: its $(wc -l <"$chroot_dir/tmp/ga-console.files") paths are gone or shared directories, and the installed packages are those of before"
echo
echo "check-deb: OK ($(basename "$deb") in a fresh Debian 12 root)"
