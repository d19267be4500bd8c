#!/bin/sh
# Regression guard on work, not time: the instructions qaconv executes to
# convert one fixed page (bench/callgrind-count) may not grow more than 20%
# over the committed baseline.  Counts come from callgrind and do not depend
# on how busy the machine is.  After a deliberate change, record the new
# count: bench/callgrind-count --format all > tests/perf/callgrind-baseline
# usage: callgrind.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed: nothing to count"
    exit 77
fi
baseline=$(cat "$project/tests/perf/callgrind-baseline")
count=$("$project/bench/callgrind-count" --format all --qaconv "$qaconv") || exit 1
limit=$((baseline + baseline / 5))
echo "instructions: $count (baseline $baseline, limit $limit)"
if [ "$count" -gt "$limit" ]; then
    echo "FAIL: converting the fixed page takes $((100 * count / baseline - 100))% more instructions than the baseline"
    exit 1
fi
