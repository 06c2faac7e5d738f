#!/bin/sh
# run-fuzzer.sh: one bounded libFuzzer run, the 'fuzz-run' test suite.
#
# Usage: run-fuzzer.sh FUZZER NAME WORKDIR CRASHDIR [-FLAG=VALUE...] SEED...
#
# Fuzzes for $FOCAL_FUZZ_SECONDS seconds (default 60). The corpus grows in
# WORKDIR/corpus-NAME, which later runs start from; the seeds are only read.
# An input that crashes, leaks, times out (-timeout=10) or runs out of
# memory (-rss_limit_mb=2048) is written to CRASHDIR/NAME-* and fails the
# run.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

fuzzer=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
name=$2
work=$3
crashes=$4
shift 4

seconds=${FOCAL_FUZZ_SECONDS:-60}
corpus=$work/corpus-$name
log=$work/fuzz-$name.log
mkdir -p "$corpus" "$crashes"

before=$(ls "$crashes" | grep -c "^$name-")

"$fuzzer" "$corpus" "$@" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$crashes/$name-" -print_final_stats=1 >"$log" 2>&1
status=$?

# The log is long; keep the start, the coverage lines' last and the end.
grep -E '^INFO: (Seed|seed corpus|Loaded)|^#[0-9]+.*(INITED|DONE)' "$log"
grep -E '^(==|SUMMARY|fuzz invariant|ERROR|artifact_prefix|Test unit written)|runtime error' "$log" | head -40
grep -E '^stat::' "$log"

after=$(ls "$crashes" | grep -c "^$name-")
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
units=$(ls "$corpus" | wc -l)

echo "fuzz-$name: up to ${seconds}s, ${execs:-?} executions, corpus $units inputs," \
     "$((after - before)) new crash files, exit $status"

if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  echo "fuzz-$name: FAILED; the inputs are in $crashes:"
  ls -t "$crashes" | grep "^$name-" | head -5
  echo "replay one with: $fuzzer FILE   (or ${fuzzer}-replay FILE)"
  exit 1
fi
exit 0
