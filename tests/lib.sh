# tests/lib.sh - what the shell tests share; sourced after `set -u`.
# Makes a scratch folder $work (removed on exit, made the current folder)
# and counts failed checks in $failures; end a test with `finish NAME`.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# contains FILE PATTERN / lacks FILE PATTERN: grep checks with context
contains() { grep -q -- "$2" "$1" || fail "$1 lacks '$2': $(head -c 400 "$1")"; }
lacks() { ! grep -q -- "$2" "$1" || fail "$1 has '$2'"; }
# expect STATUS COMMAND...: runs COMMAND, stdout to out.txt, stderr to err.txt
expect() {
    want=$1
    shift
    "$@" >out.txt 2>err.txt
    got=$?
    [ "$got" -eq "$want" ] || fail "$* exited $got, want $want: $(head -c 300 err.txt)"
}
finish() {
    [ "$failures" -eq 0 ] && echo "$1: all checks passed"
    exit "$failures"
}
