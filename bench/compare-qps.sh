#!/usr/bin/env bash
# Side by side: two gactl builds (say, before and after a scheduler change) run
# `gactl inventory` against a ga-emulator limited to --qps 20, interleaved, each run against
# a fresh emulator (its token bucket starts full), and prints seconds, exit code, requests
# served and throttled answers per run. README's "36.5 s before, 25.1 s after" came from here.
#
#   bench/compare-qps.sh OLD_GACTL NEW_GACTL [RUNS] [GA_EMULATOR]
#
# The world is bench_gactl's: 100 accelerators x 8 listeners x 20 domains, 20 ms latency,
# 502 requests, so the floor at 20 requests/s is 25.1 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: bench/compare-qps.sh OLD_GACTL NEW_GACTL [RUNS] [GA_EMULATOR]}
new=${2:?usage: bench/compare-qps.sh OLD_GACTL NEW_GACTL [RUNS] [GA_EMULATOR]}
runs=${3:-3}
emulator=${4:-$root/build-release/emulator/ga-emulator}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The emulator's demo credentials, a throw-away HOME, English output.
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tDemoAccessKey0001
export ALIBABA_CLOUD_ACCESS_KEY_SECRET=demo-secret-for-the-local-emulator-only
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export LANG=C.UTF-8
unset LANGUAGE LC_ALL ALIBABA_CLOUD_SECURITY_TOKEN https_proxy HTTPS_PROXY
mkdir -p "$HOME"

for run in $(seq 1 "$runs"); do
  for which in old new; do
    gactl=$old
    [ "$which" = new ] && gactl=$new
    rm -f "$work/emulator.out" # so the wait below sees this emulator's URL, not the last one's
    "$emulator" --accelerators 100 --listeners 8 --certificates 20 --latency-ms 20 --qps 20 \
      >"$work/emulator.out" 2>/dev/null &
    pid=$!
    until [ -s "$work/emulator.out" ] && [ "$(wc -l <"$work/emulator.out")" -ge 1 ]; do
      sleep 0.1
    done
    url=$(head -1 "$work/emulator.out")
    start=$(date +%s%N)
    rc=0
    "$gactl" inventory --output json --endpoint "$url" >/dev/null 2>"$work/gactl.err" || rc=$?
    end=$(date +%s%N)
    stats=$(python3 -c 'import json, sys, urllib.request
d = json.load(urllib.request.urlopen(sys.argv[1] + "/__emulator/stats"))
print("requests", d.get("requests"), "throttled", d.get("throttled"))' "$url")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    printf '%s run %d: exit %d, %d.%03d s, %s\n' "$which" "$run" "$rc" \
      $(((end - start) / 1000000000)) $((((end - start) / 1000000) % 1000)) "$stats"
  done
done
