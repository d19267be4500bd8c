#!/usr/bin/env python3
"""qaconv external filter: drops entries that carry a flag.

usage: qaconv --filter filters/examples/drop-flagged.py page.txt
The flags come from QACONV_DROP_FLAGS (comma-separated; default
"persona,off-topic"), so answers that speak as an AI or wander off topic
stay out of a handout.  A document whose every entry would go is returned
unchanged, with a note on stderr: a filter never empties a document."""
import json
import os
import sys

doc = json.load(sys.stdin)
drop = set(os.environ.get("QACONV_DROP_FLAGS", "persona,off-topic").split(","))
kept = [e for e in doc["entries"] if not drop & set(e.get("flags", []))]
if kept:
    for i, e in enumerate(kept, 1):
        e["id"] = f"q{i}"
    doc["entries"] = kept
else:
    print("drop-flagged: every entry is flagged; keeping them all", file=sys.stderr)
json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
