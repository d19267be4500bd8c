#!/bin/sh
# Recall on generated pages: bench/gen-corpus writes pages in every layout
# the reader knows, with the number of questions each holds; qaconv must
# find every question of every page.
# usage: recall.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
. "$(dirname "$0")/lib.sh"

"$project/bench/gen-corpus" --pages 400 --seed 7 --out corpus >/dev/null ||
    { fail "gen-corpus failed"; finish recall; }
"$qaconv" -q -t json -d out --report report.jsonl corpus || fail "conversion failed"
/usr/bin/python3 - corpus/manifest.json report.jsonl <<'PY' || fail "questions missed"
import json, sys
manifest = json.load(open(sys.argv[1]))
found = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    n = 0
    for path in r["outputs"]:
        n += len(json.load(open(path))["entries"])
    found[r["path"].split("/")[-1]] = n
want = sum(f["questions"] for f in manifest["files"])
got = sum(min(found.get(f["file"], 0), f["questions"]) for f in manifest["files"])
off = [(f["file"], f["style"], found.get(f["file"]), f["questions"])
       for f in manifest["files"] if found.get(f["file"]) != f["questions"]]
print(f"recall {got}/{want}; pages off: {len(off)} {off[:5]}")
sys.exit(1 if off else 0)
PY
finish recall
