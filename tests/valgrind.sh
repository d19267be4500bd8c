#!/bin/sh
# Every sample page through every writer, and its golden JSON and its
# Markdown back through the JSON and Markdown readers, under valgrind:
# no invalid access, no uninitialised value, no leak.
# usage: valgrind.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible"
failures=0
runs=0
check() { # check COMMAND...: valgrind reports make it fail
    runs=$((runs + 1))
    $vg "$@" >/dev/null 2>"$work/vg.txt"
    if [ $? -eq 99 ] || grep -q '^==[0-9]*==' "$work/vg.txt"; then
        echo "FAIL: valgrind on $*:"
        head -n 30 "$work/vg.txt"
        failures=$((failures + 1))
    fi
}
for page in "$project"/input/*.txt; do
    name=$(basename "$page" .txt)
    check "$qaconv" -q -j 2 -t all -d "$work/out" "$page"
    check "$qaconv" -q -f json -t all -d "$work/json" "$project/tests/golden/$name.json"
    "$qaconv" -q -t md -o "$work/$name.md" "$page"
    check "$qaconv" -q -f md -t json -o "$work/$name.back.json" "$work/$name.md"
done
echo "valgrind: $runs runs, $failures with reports"
exit "$failures"
