#!/usr/bin/python3
# run.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Benchmarks libfocal against networkx and igraph on synthetic graphs.

    run.py --builddir BUILDDIR [--sizes 10000,100000] [--repeats 3]

For each size it generates a document with generate.py (into
BUILDDIR/bench-data, once), then runs every tool in a process of its own,
alternating tools, --repeats times, and prints a table of the median wall
time and peak RSS of each step with each tool's ratio to libfocal C.
Run it inside `meson devenv -C BUILDDIR` (or `meson test --benchmark`)
so that Python finds the uninstalled Focal typelib.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
STEPS = ["load", "neighbors", "neighbor-nodes", "network", "paths", "bfs", "bfs-arrays",
         "components", "degree", "view-components", "betweenness", "save"]
# "Load + all the queries", end to end (betweenness apart: it only runs on
# the smaller sizes).
END_TO_END = ["load", "neighbors", "network", "paths", "components", "degree",
              "view-components"]


def tools(builddir):
    found = {"focal-c": [os.path.join(builddir, "tests", "bench", "bench-focal")],
             "focal-py": [PY, os.path.join(HERE, "bench_py.py"), "focal-py"]}
    igraph_c = os.path.join(builddir, "tests", "bench", "bench-igraph")
    if os.path.exists(igraph_c):
        found["igraph-c"] = [igraph_c]
    for module, name in (("networkx", "networkx"), ("igraph", "igraph-py")):
        if subprocess.run([PY, "-c", "import " + module],
                          stderr=subprocess.DEVNULL).returncode == 0:
            found[name] = [PY, os.path.join(HERE, "bench_py.py"), name]
    return found


def run_once(command, path):
    out = subprocess.run(command + [path], check=True, capture_output=True, text=True)
    return {line["step"]: line for line in map(json.loads, out.stdout.splitlines())}


def fmt_time(t):
    if t is None:
        return "–"
    if t < 0.001:
        return "%.0f µs" % (t * 1e6)
    if t < 1:
        return "%.1f ms" % (t * 1e3)
    return "%.2f s" % t


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builddir", required=True)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--tools", default=None, help="comma-separated subset")
    parser.add_argument("--betweenness-max-nodes", type=int, default=12000,
                        help="skip betweenness on larger graphs (0: always skip)")
    parser.add_argument("--json", help="also write the raw results here")
    args = parser.parse_args()

    os.environ["BENCH_BETWEENNESS_MAX_NODES"] = str(args.betweenness_max_nodes)
    all_tools = tools(args.builddir)
    if args.tools:
        all_tools = {k: v for k, v in all_tools.items() if k in args.tools.split(",")}
    names = list(all_tools)
    datadir = os.path.join(args.builddir, "bench-data")
    os.makedirs(datadir, exist_ok=True)
    raw = {}

    for size in [int(s) for s in args.sizes.split(",")]:
        path = os.path.join(datadir, "g%d.json" % size)
        if not os.path.exists(path + ".queries.json"):
            subprocess.run([PY, os.path.join(HERE, "generate.py"), "--actors", str(size),
                            "--output", path], check=True)
        results = {name: [] for name in names}
        for r in range(args.repeats):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                print("# N=%d repeat %d: %s" % (size, r + 1, name), file=sys.stderr, flush=True)
                results[name].append(run_once(all_tools[name], path))
        raw[size] = results

        def median(name, step, key):
            values = [run[step][key] for run in results[name] if step in run]
            return statistics.median(values) if values else None

        load = results["focal-c"][0]["load"]
        print("\n## N = %d actors, %d links, %d entities (%s, %d repeats, medians)\n"
              % (size, load["n_links"], load["n_entities"],
                 os.path.basename(path), args.repeats))
        print("| step | " + " | ".join(names) + " |")
        print("| --- |" + " --- |" * len(names))
        # the common steps, then those only some tools have (snapshots,
        # bulk access), in the order they ran
        steps = list(STEPS)
        for name in names:
            for run in results[name]:
                steps += [step for step in run if step not in steps]
        for run_list in results.values():
            for run in run_list:
                if all(step in run for step in END_TO_END):
                    run["end-to-end"] = {"wall": sum(run[step]["wall"] for step in END_TO_END)}
        steps.append("end-to-end")
        for step in steps:
            base = median("focal-c", step, "wall")
            cells = []
            for name in names:
                t = median(name, step, "wall")
                if t is None:
                    cells.append("–")
                    continue
                est = any(run.get(step, {}).get("estimated_from_sources") for run in results[name])
                if est:
                    n = load["n_entities"]
                    k = results[name][0][step]["estimated_from_sources"]
                    t = t * n / k
                cell = fmt_time(t) + (" (est.)" if est else "")
                if name != "focal-c" and base:
                    cell += " (%.2f×)" % (t / base)
                cells.append(cell)
            print("| %s | %s |" % (step, " | ".join(cells)))
        print("| peak RSS of the load | " + " | ".join(
            "%.0f MB" % (max(run["load"]["peak_rss"] for run in results[name]) / 1e6)
            for name in names) + " |")
        print("| peak RSS | " + " | ".join(
            "%.0f MB" % (max(max(line.get("peak_rss", 0) for line in run.values())
                             for run in results[name]) / 1e6)
            for name in names) + " |")
        print("| RSS after load | " + " | ".join(
            "%.0f MB" % (median(name, "load", "rss") / 1e6) for name in names) + " |")
        print("| bytes/link after load | " + " | ".join(
            "%.0f" % median(name, "load", "bytes_per_link") for name in names) + " |")
        print("\nRatios are each tool's median wall time over libfocal C's; "
              "> 1× means slower than libfocal C. Peak RSS is the largest of any repeat.")
        sys.stdout.flush()

    if args.json:
        with open(args.json, "w") as f:
            json.dump(raw, f)


if __name__ == "__main__":
    main()
