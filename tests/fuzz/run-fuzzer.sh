#!/bin/sh
# run-fuzzer.sh: one bounded libFuzzer run, the 'fuzz-run' and 'fuzz-ci'
# test suites.
#
# Usage: run-fuzzer.sh FUZZER NAME WORKDIR CRASHDIR [-FLAG=VALUE...] SEED...
#
# Two modes:
#
# - Exploring (the default): fuzzes for $FOCAL_FUZZ_SECONDS seconds
#   (default 60). The corpus grows in WORKDIR/corpus-NAME, which later runs
#   start from; the seeds are only read.
# - Deterministic, when $FOCAL_FUZZ_RUNS is set: runs exactly that many
#   inputs with the random seed $FOCAL_FUZZ_SEED (default 1), starting from
#   the seeds alone in a fresh corpus (WORKDIR/ci-corpus-NAME, emptied
#   first and removed after), in one process with a fixed environment and
#   address-space layout randomisation off when setarch allows it; the
#   same commit in the same place then tries the same inputs every time.
#
# An input that crashes, leaks, times out (-timeout=10) or runs out of
# memory (-rss_limit_mb=2048) is written to CRASHDIR/NAME-* and fails the
# run. The last line of the output sums the run up.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

fuzzer=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
name=$2
work=$3
crashes=$4
shift 4

runs=${FOCAL_FUZZ_RUNS:-}
seconds=${FOCAL_FUZZ_SECONDS:-60}
log=$work/fuzz-$name.log
mkdir -p "$work" "$crashes"

if [ -n "$runs" ]; then
  seed=${FOCAL_FUZZ_SEED:-1}
  corpus=$work/ci-corpus-$name
  rm -rf "$corpus"
  # -reload=0: re-reading the corpus folder every second would make the
  # inputs tried depend on timing.
  set -- -runs="$runs" -seed="$seed" -reload=0 "$@"
  what="$runs runs, seed $seed"
  # Where the stack and the heap lie shows in the values the fuzzer sees
  # compared: the run gets a fixed environment (meson's MALLOC_PERTURB_
  # varies), and no address randomisation when setarch may turn it off.
  norandom=""
  if setarch "$(uname -m)" -R true 2>/dev/null; then
    norandom="setarch $(uname -m) -R"
  fi
  launch () {
    env -i PATH=/usr/lib/llvm-14/bin:/usr/bin:/bin LC_ALL=C.UTF-8 \
      G_DEBUG="${G_DEBUG:-}" G_SLICE="${G_SLICE:-}" \
      UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" ASAN_OPTIONS="${ASAN_OPTIONS:-}" \
      $norandom "$@"
  }
else
  corpus=$work/corpus-$name
  set -- -max_total_time="$seconds" "$@"
  what="up to ${seconds}s"
  launch () {
    "$@"
  }
fi
mkdir -p "$corpus"

before=$(ls "$crashes" | grep -c "^$name-")
start=$(date +%s)

launch "$fuzzer" "$corpus" "$@" -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$crashes/$name-" -print_final_stats=1 >"$log" 2>&1
status=$?

elapsed=$(( $(date +%s) - start ))

# The log is long; keep the start, the coverage lines' last and the end.
grep -E '^INFO: (Seed|seed corpus|Loaded)|^#[0-9]+.*(INITED|DONE)' "$log"
grep -E '^(==|SUMMARY|fuzz invariant|ERROR|artifact_prefix|Test unit written)|runtime error' "$log" | head -40
grep -E '^stat::' "$log"

after=$(ls "$crashes" | grep -c "^$name-")
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
if [ -z "$execs" ]; then
  # -fork=N prints no final stats: take the last status line.
  execs=$(sed -n 's/^#\([0-9][0-9]*\):* .*/\1/p' "$log" | tail -1)
fi
units=$(ls "$corpus" | wc -l)
coverage=$(sed -n 's/^#[0-9]*.* cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1, ft \2/p' "$log" | tail -1)

if [ -n "$runs" ]; then
  rm -rf "$corpus"
fi

echo "fuzz-$name: $what, ${elapsed}s, ${execs:-?} executions, corpus $units inputs," \
     "${coverage:-cov ?}, $((after - before)) new crash files, exit $status"

if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  echo "fuzz-$name: FAILED; the inputs are in $crashes:"
  ls -t "$crashes" | grep "^$name-" | head -5
  echo "replay one with: $fuzzer FILE   (or ${fuzzer}-replay FILE)"
  exit 1
fi
exit 0
