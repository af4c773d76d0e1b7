#!/usr/bin/env python3
"""Folds the benchmarks' JSON documents into one, and writes a Markdown table of the figures.

    bench/report.py --dir DIR [--json OUT.json] [--markdown OUT.md] [--command TEXT]

DIR holds emulator.json, gactl.json, signing.json (Google Benchmark's --benchmark_format=json),
console.json and plans.json, as bench/run.sh writes them; a missing one is reported as not measured.
Each figure carries its baseline or target and whether it is met. Nothing here fails on a
figure: these are measurements, and the exit code only says whether the report was written.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys


def load(directory, name):
    path = os.path.join(directory, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        print(f"report: {name}: {error}", file=sys.stderr)
        return None


def git_commit(root):
    try:
        out = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return out + ("+uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


class Figures:
    def __init__(self):
        self.rows = []

    def add(self, key, what, value, unit, shown, reference="", met=None):
        self.rows.append({"key": key, "what": what, "value": value, "unit": unit,
                          "figure": shown, "reference": reference, "met": met})

    def missing(self, key, what):
        self.add(key, what, None, "", "not measured", "", None)


def ms(value):
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def seconds(value_ms):
    return f"{value_ms / 1000:.2f} s"


def inventory_figures(figures, gactl):
    inv = (gactl or {}).get("inventory")
    if not inv:
        figures.missing("inventory", "gactl inventory")
        return
    settings = {row["key"]: row for row in inv["settings"]}
    serial, default = settings["serial"], settings["default"]
    speedup = default["speedupOverSerial"]
    figures.add("inventory.speedup",
                f"`gactl inventory`, 100 accelerators × 8 listeners, 20 ms latency, "
                f"{inv['requests']:.0f} requests: the default (window from 4, grows while GA "
                f"answers, cap {default['cap']}) against `--concurrency 1`",
                speedup, "x",
                f"{seconds(default['medianMs'])} against {seconds(serial['medianMs'])} "
                f"(median of {inv['runs']}): **{speedup:.2f}× faster**",
                "target ≥ 8×", speedup >= 8.0 and default["failedRuns"] == 0)
    parts = []
    for row in inv["settings"]:
        if row["key"] == "serial":
            continue
        parts.append(f"{row['label']}: {seconds(row['medianMs'])}, "
                     f"**{row['speedupOverSerial']:.2f}×**, {row['ratioToWindowFloor']:.2f}× its "
                     f"floor, at most {row['peakInFlight']:.0f} in flight")
    figures.add("inventory.settings",
                "the same side by side, each against one at a time and its floor (the round "
                "trips of its window at 20 ms: requests ÷ what can be in flight, growing from 4 "
                "by one per round trip where it grows); in flight as the emulator saw it",
                None, "", "; ".join(parts), "—", None)
    figures.add("inventory.bound",
                "the default against its floors",
                default["ratioToWindowFloor"], "x",
                f"**{default['ratioToWindowFloor']:.2f}×** the floor of a window growing from 4 "
                f"by one per round trip to {default['cap']} ({seconds(default['windowFloorMs'])}); "
                f"{default['ratioToParallelismFloor']:.2f}× requests × latency ÷ {default['cap']} "
                f"({seconds(default['parallelismFloorMs'])}); {default['meanInFlight']:.1f} in "
                f"flight on average, {default['peakInFlight']:.0f} at most",
                "—", None)
    quota = inv.get("qps20") or []
    if quota:
        ok = all(q["exitCode"] == 0 and q["failedCalls"] == 0 for q in quota)
        parts = []
        for q in quota:
            parts.append(f"{q['label']}: "
                         f"{'%d failed calls' % q['failedCalls'] if q['exitCode'] == 0 else 'FAILED (exit %d, %d failed calls)' % (q['exitCode'], q['failedCalls'])}, "
                         f"{seconds(q['elapsedMs'])} against a floor of {seconds(q['floorMs'])} "
                         f"(**{q['ratioToFloor']:.2f}×**), {q['throttled']:.0f} throttled answers "
                         f"retried")
        first = next((q for q in quota if q["key"] == "default"), quota[0])
        figures.add("inventory.qps20", "the same against an emulator limited to `--qps 20` "
                    "(floor: requests ÷ 20), one run each",
                    first["ratioToFloor"], "x", "; ".join(parts),
                    "no call fails; approach requests ÷ 20", ok)
    details = inv.get("details")
    if details:
        rows = {row["key"]: row for row in details["settings"]}
        by_action = details.get("requestsByAction", {})
        cas = sum(v for k, v in by_action.items()
                  if k in ("ListCertificates", "GetCertificateDetail", "GetUserCertificateDetail"))
        parts = [f"{row['label']}: {seconds(row['medianMs'])}"
                 + (f", **{row['speedupOverSerial']:.2f}×**" if row["key"] != "serial" else "")
                 for row in details["settings"]]
        figures.add("inventory.details",
                    f"`gactl inventory --details`, the same world with the CAS lookups "
                    f"({details['requests']:.0f} requests, {cas:.0f} of them CAS), median of "
                    f"{details['runs']}",
                    rows["default"]["speedupOverSerial"], "x", "; ".join(parts), "—", None)


def watch_figures(figures, gactl):
    watch = (gactl or {}).get("watch")
    if not watch:
        figures.missing("watch", "dissociate --wait")
        return
    for schedule, w in watch.items():
        label = ("gactl's default schedule" if schedule == "default"
                 else "terraform's schedule, 1 s, +3 s, +6 s, then every 10 s, as the comparison"
                 if schedule == "terraform" else f"schedule {schedule}")
        lag_ok = w["lagMedianMs"] <= 500 and w["failures"] == 0
        rate_ok = w["stateReadsPerSecondMax"] <= 2.0
        figures.add(f"watch.{schedule}.lag",
                    f"`dissociate --wait --poll-schedule {schedule}`, {w['operations']} operations, "
                    f"`--update-ms` drawn from 1–8 s: lag behind the emulator's switch to `active` "
                    f"({label})",
                    w["lagMedianMs"], "ms",
                    f"median **{ms(w['lagMedianMs'])}**, 90th percentile {ms(w['lagP90Ms'])}, "
                    f"max {ms(w['lagMaxMs'])}"
                    + (f", {w['failures']} failed" if w["failures"] else ""),
                    "target median ≤ 500 ms", lag_ok)
        figures.add(f"watch.{schedule}.rate",
                    f"the same: listener state reads (its accelerator's ListListeners) per second ({schedule})",
                    w["stateReadsPerSecondMax"], "1/s",
                    f"{w['stateReadsPerOperationMedian']:.0f} per operation (median), "
                    f"**{w['stateReadsPerSecondMax']:.2f}/s** at most, "
                    f"{w['stateReadsPerSecondMedian']:.2f}/s median; with the "
                    f"ListListenerCertificates that confirms the domains are gone "
                    f"{w['callsPerSecondIncludingCertificateListsMax']:.2f}/s at most; "
                    f"shortest gap between polls {w['shortestStateReadGapMs']:.0f} ms",
                    "target ≤ 2 per second", rate_ok)


def plans_figures(figures, plans):
    if not plans:
        figures.missing("plans", "a retire plan across 100 listeners")
        return
    plan, serial, emu = plans["plan"], plans["oneAtATime"], plans["emulator"]
    shape = (f"one domain retired from {plan['listeners']} HTTPS listeners on "
             f"{plan['accelerators']} accelerators, {plan['requests']} requests, "
             f"`--qps {emu['qps']:g} --update-ms {emu['updateMs']} --latency-ms {emu['latencyMs']}`")
    ratio = plan["ratioToFloor"]
    figures.add("plans.floor",
                f"retire plan: {shape}; total (launch to the last request seen done) against "
                f"its floor: the longest accelerator's chain of operations (its "
                f"{plan['floorLongestChain']} requests × update-ms) plus its requests at the "
                f"quota ({plan['floorLongestChain']} ÷ {emu['qps']:g}/s)",
                ratio, "x",
                f"{seconds(plan['totalMs'])} against {seconds(plan['floorMs'])}: "
                f"**{ratio:.2f}×**; accelerators finished from {seconds(plan['acceleratorDoneMinMs'])}"
                f" to {seconds(plan['acceleratorDoneMaxMs'])}; a request seen done "
                f"{ms(plan['lagAfterAppliedMedianMs'])} after the emulator applied it (median; "
                f"90th percentile {ms(plan['lagAfterAppliedP90Ms'])}, max "
                f"{ms(plan['lagAfterAppliedMaxMs'])})"
                + (f"; GA accepted a request {ms(plan['sendToAcceptedMedianMs'])} after its turn "
                   f"came (median; 90th percentile {ms(plan['sendToAcceptedP90Ms'])}, max "
                   f"{ms(plan['sendToAcceptedMaxMs'])})" if "sendToAcceptedMedianMs" in plan else ""),
                "target ≤ 1.3×", ratio <= 1.3 and plan["finished"])
    speedup = serial["ratioToPlan"]
    how = (f"measured on {serial['sample']} of the {serial['requestsInPlan']} requests and "
           f"extrapolated linearly" if serial["extrapolated"] else "every request measured")
    figures.add("plans.oneAtATime",
                "the same plan against one request at a time (terraform's way: send, wait for "
                "`active`, send the next), through the same pipeline",
                speedup, "x",
                f"one at a time {seconds(serial['totalMs'])} ({how}; "
                f"{ms(serial['perRequestMedianMs'])} per request, median) against the plan's "
                f"{seconds(plan['totalMs'])}: **{speedup:.1f}× faster**",
                "target ≥ 10×", speedup >= 10.0)
    calls = ", ".join(f"{k} {v:.0f}" for k, v in sorted(plan["callsByAction"].items(),
                                                         key=lambda kv: -kv[1]))
    throttled_by = ", ".join(f"{a} {c['Throttling.User']}"
                             for a, c in sorted(plan.get("answersByAction", {}).items())
                             if c.get("Throttling.User"))
    figures.add("plans.calls",
                "the same: API calls during the plan, per action, as the emulator counted them "
                "(throttled ones included), and per second during the watch",
                plan["watchCallsPerSecondMean"], "1/s",
                f"{calls}; reads **{plan['watchCallsPerSecondMean']:.1f}/s** on average, "
                f"{plan['watchCallsPerSecondMax']:.0f}/s at most (all calls "
                f"{plan['callsPerSecondMax']:.0f}/s at most); {plan['throttled']:.0f} throttled "
                f"answers" + (f" ({throttled_by})" if throttled_by else ""),
                f"quota {emu['qps']:g}/s", None)
    applied = plan["emulator"]
    failed = plan["failedRequests"] + serial["failedRequests"]
    twice = applied["appliedTwice"] + serial["emulator"]["appliedTwice"]
    figures.add("plans.failures",
                "the same: failed requests, requests applied twice (mutations applied − "
                "distinct ClientTokens applied)",
                failed, "",
                f"**{plan['failedRequests']} failed**, **{applied['appliedTwice']:.0f} applied "
                f"twice** ({applied['mutationsApplied']:.0f} applied = "
                f"{applied['distinctClientTokensApplied']:.0f} distinct ClientTokens, "
                f"{applied['idempotentReplays']:.0f} replays); one at a time "
                f"{serial['failedRequests']} failed, {serial['emulator']['appliedTwice']:.0f} "
                f"applied twice",
                "target 0 and 0", failed == 0 and twice == 0)


def signing_figures(figures, signing):
    if not signing:
        figures.missing("signing", "request signing")
        return
    medians = {}
    for b in signing.get("benchmarks", []):
        name = b.get("run_name", b["name"])
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        medians[name] = b
    # Debian builds libbenchmark itself without NDEBUG, and Google Benchmark warns about it;
    # only its harness is affected, the signing code measured is the Release build's.
    library = signing.get("context", {}).get("library_build_type", "")
    note = f"; Google Benchmark library built as {library}" if library == "debug" else ""
    for name, label in (("BM_SignV1", "V1 (HMAC-SHA1)"), ("BM_SignV3", "V3 (ACS3-HMAC-SHA256)")):
        b = medians.get(name)
        fixed = medians.get(name + "Fixed")
        if not b:
            figures.missing(f"signing.{name}", f"{label} signatures")
            continue
        rate = b["items_per_second"]
        extra = (f"; {fixed['items_per_second']:,.0f}/s without the nonce and clock"
                 if fixed else "")
        figures.add(f"signing.{name}",
                    f"{label} signatures of a ListListenerCertificates request, fresh nonce and "
                    f"time each (Google Benchmark, one thread)",
                    rate, "1/s", f"**{rate:,.0f}/s** ({1e6 / rate:.1f} µs each){extra}{note}")


def emulator_figures(figures, emulator):
    if not emulator:
        figures.missing("emulator", "ga-emulator ListAccelerators")
        return
    runs = emulator.get("runs", [])
    parts = [f"**{r['requestsPerSecond']:,}/s** from {r['clients']} client"
             f"{'s' if r['clients'] > 1 else ''} (p50 {r['latencyMs']['p50']:.2f} ms"
             f"{', %d errors' % r['errors'] if r['errors'] else ''})" for r in runs]
    best = max((r["requestsPerSecond"] for r in runs), default=0)
    figures.add("emulator.listAccelerators",
                f"ga-emulator, signed {emulator.get('signature', 'v3').upper()} ListAccelerators "
                f"on loopback, keep-alive, {emulator.get('durationMs', 0) / 1000:.0f} s per run",
                best, "1/s", "; ".join(parts))


def console_figures(figures, console):
    if not console:
        figures.missing("console", "ga-console")
        return
    s = console.get("startup")
    if s:
        figures.add("console.startup",
                    "`ga-console` (offscreen), process start to the first populated accelerator "
                    "table, demo world",
                    s["msFromProcessStartToFirstPopulatedTable"], "ms",
                    f"**{ms(s['msFromProcessStartToFirstPopulatedTable'])}** ({s['rows']} rows; "
                    f"10 ms clock-tick resolution)")
    m = console.get("memory")
    if m:
        figures.add("console.memory",
                    f"`ga-console` resident memory with {m['accelerators']:,} accelerators × "
                    f"{m['listenersEach']} listeners loaded",
                    m["residentMiBLoaded"], "MiB",
                    f"**{m['residentMiBLoaded']:.0f} MiB** ({m['residentMiBBeforeWindow']:.0f} MiB "
                    f"before the window)")
    r = console.get("refresh")
    if r:
        ratio = r["medianRebuildMs"] / r["medianDiffMs"] if r["medianDiffMs"] else 0
        figures.add("console.refresh",
                    f"a refresh of {r['rows']:,} rows with {r['changedRows']} changed, through "
                    f"the proxy and a shown table",
                    r["medianDiffMs"], "ms",
                    f"**{r['medianDiffMs']:.1f} ms** median of {r['runs']}, against "
                    f"{r['medianRebuildMs']:.1f} ms to rebuild ({ratio:.1f}× faster)",
                    "baseline: rebuild from scratch", r["medianDiffMs"] < r["medianRebuildMs"])
    certificates_view_figures(figures, console.get("certificatesView"))


def certificates_view_figures(figures, view):
    if not view:
        figures.missing("console.certificates", "the Certificates view at 8,000 rows")
        return
    what = f"Certificates view, {view['rows']:,} rows ({view['shape']})"
    m = view.get("memory")
    if m:
        figures.add("console.certificates.memory",
                    f"{what}: `ga-console` resident memory with the tab read over loopback from a "
                    f"ga-emulator process, CAS details included",
                    m["residentMiBLoaded"], "MiB",
                    f"**{m['residentMiBLoaded']:.0f} MiB** ({m['residentMiBBeforeWindow']:.0f} MiB "
                    f"before the window; rows after {seconds(m['msToRowsOverLoopback'])}, details "
                    f"after {seconds(m['msToDetailsOverLoopback'])})",
                    "target ≤ 150 MiB", m["residentMiBLoaded"] <= 150)
    p = view["firstPaint"]
    figures.add("console.certificates.firstPaint",
                f"{what}: first paint from a reading in memory (rows, details, sorted proxy, "
                f"saved column widths, paint)",
                p["medianMs"], "ms",
                f"**{ms(p['medianMs'])}** median of {view['runs']}, max {ms(p['maxMs'])}")
    r = view["refresh"]
    figures.add("console.certificates.refresh",
                f"{what}: a refresh with {r['changedRows']} rows (1%) changed, in the model "
                f"(its diff and the signals through the proxy)",
                r["medianModelMs"], "ms",
                f"**{r['medianModelMs']:.2f} ms** median, 90th percentile "
                f"{r['p90ModelMs']:.2f} ms; {ms(r['medianWithPaintMs'])} with the repaint",
                "target ≤ 3 ms", r["medianModelMs"] <= 3.0)
    k = view["keystroke"]
    figures.add("console.certificates.keystroke",
                f"{what}: a filter keystroke (typing and deleting `{k['typed']}`, "
                f"{k['keystrokes']} keystrokes) through to the repainted table",
                k["p90Ms"], "ms",
                f"median **{ms(k['medianMs'])}**, 90th percentile **{ms(k['p90Ms'])}**, max "
                f"{ms(k['maxMs'])}; the \"expiring within\" toggle {ms(k['medianToggleMs'])}",
                "target ≤ 16 ms (one frame), 90th percentile", k["p90Ms"] <= 16.0)


def markdown(document):
    lines = [f"Measured {document['measuredAt'][:10]} on {document['machine']['cpus']} cores "
             f"({document['machine']['cpu']}), {document['machine']['system']}, Release build, "
             f"commit {document['commit']}, with `{document['command']}`.",
             "",
             "| what | figure | baseline / target | met |",
             "|---|---|---|---|"]
    for row in document["figures"]:
        met = {True: "met", False: "**missed**", None: "—"}[row["met"]]
        lines.append(f"| {row['what']} | {row['figure']} | {row['reference'] or '—'} | {met} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--json")
    parser.add_argument("--markdown")
    parser.add_argument("--command", default="bench/run.sh")
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    results = {name: load(args.dir, f"{name}.json")
               for name in ("emulator", "gactl", "signing", "console", "plans")}
    figures = Figures()
    inventory_figures(figures, results["gactl"])
    watch_figures(figures, results["gactl"])
    signing_figures(figures, results["signing"])
    emulator_figures(figures, results["emulator"])
    console_figures(figures, results["console"])
    plans_figures(figures, results["plans"])

    document = {
        "measuredAt": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": args.command,
        "commit": git_commit(root),
        "machine": {"cpus": os.cpu_count(), "cpu": cpu_model(),
                    "system": f"{platform.system()} {platform.release()}"},
        "figures": figures.rows,
        "results": results,
    }
    text = json.dumps(document, indent=2, ensure_ascii=False)
    table = markdown(document)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(table)
    print(text)
    print()
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
