#!/bin/sh
# The man page and --help list the same long options, and the man page
# renders; `cmake --install` puts binary, man page and schema in place.
# usage: manpage.sh QACONV PROJECT_DIR BUILD_DIR
set -u
qaconv=$1
project=$2
build=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$qaconv" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/help"
sed 's/\\-/-/g' "$project/man/qaconv.1" | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/man"
comm -23 "$work/help" "$work/man" | while read -r o; do echo "FAIL: $o in --help, not in the man page"; done
comm -13 "$work/help" "$work/man" | while read -r o; do echo "FAIL: $o in the man page, not in --help"; done
[ -z "$(comm -3 "$work/help" "$work/man")" ] || failures=$((failures + 1))

if command -v groff >/dev/null; then
    groff -man -Tutf8 -ww -z "$project/man/qaconv.1" 2>"$work/groff" || fail "groff failed"
    [ ! -s "$work/groff" ] || fail "groff warnings: $(cat "$work/groff")"
fi

cmake --install "$build" --prefix "$work/prefix" >/dev/null || fail "cmake --install failed"
for f in bin/qaconv share/man/man1/qaconv.1 share/qaconv/qaconv.schema.json; do
    [ -f "$work/prefix/$f" ] || fail "$f not installed"
done
"$work/prefix/bin/qaconv" --version >/dev/null || fail "installed qaconv does not run"

[ "$failures" -eq 0 ] && echo "man page: all checks passed"
exit "$failures"
