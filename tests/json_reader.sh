#!/bin/sh
# The JSON reader: qaconv JSON reads back to the same document, and broken
# JSON is refused with a message naming the file, the line or the field.
# usage: json_reader.sh QACONV GOLDEN_DIR
set -u
qaconv=$1
golden=$2
. "$(dirname "$0")/lib.sh"

for f in "$golden"/*.json; do
    "$qaconv" -q -f json -t json -o "$work/back.json" "$f" || fail "$f: exit $?"
    cmp -s "$f" "$work/back.json" || fail "$f: JSON -> JSON changed the document"
done

cd "$work" || exit 1
# refuse FILE WANT CONTENT: the reader refuses CONTENT with WANT in stderr
refuse() {
    printf '%s' "$3" >"$1"
    "$qaconv" -f json -o out.json "$1" 2>err.txt
    status=$?
    [ "$status" -eq 1 ] || fail "$1: exit $status, want 1"
    grep -q -- "$2" err.txt || fail "$1: stderr lacks '$2': $(cat err.txt)"
    [ ! -e out.json ] || fail "$1: output written for a refused input"
}
refuse syntax.json "qaconv: syntax.json:3: not valid JSON" '{"qaconv": 1,
 "title": "x",
 "entries": [,]}'
refuse version.json "\"qaconv\" must be 1" '{"qaconv": 2, "title": "x", "categories": [], "entries": []}'
refuse notitle.json "\"title\" must be a string" '{"qaconv": 1, "categories": [], "entries": []}'
refuse block.json "entries\[0\].answer\[0\]: a block needs" '{"qaconv": 1, "title": "x", "categories": [],
 "entries": [{"number": 1, "question": "Q?", "answer": [{"type": "table"}], "flags": []}]}'
refuse empty.json "no entries" '{"qaconv": 1, "title": "x", "categories": [], "entries": []}'
refuse array.json "is a JSON object" '[1, 2]'

# control characters in edited JSON never reach the outputs
printf '%s' '{"qaconv": 1, "title": "A\u0001B", "categories": [], "entries": [{"number": 1, "question": "Q?", "answer": [], "flags": []}]}' >ctl.json
"$qaconv" -q -f json -o - ctl.json >out.txt || fail "ctl.json refused"
grep -q '"title": "AB"' out.txt || fail "control character kept: $(head -c 200 out.txt)"

finish "json reader"
