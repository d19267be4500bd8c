#!/usr/bin/env python3
"""qaconv external filter: drops entries that carry a flag.

usage: qaconv --filter filters/examples/drop-flagged.py page.txt
The flags come from QACONV_DROP_FLAGS (comma-separated; default
"persona,off-topic"), so answers that speak as an AI or wander off topic
stay out of a handout.  A document whose every entry would go is returned
unchanged, with a note on stderr: a filter never empties a document.

The entries that stay keep their ids and numbers ("q1" and "q3" once "q2"
is gone): ids are the references partners keep, and numbers are the ones
the page printed.  A section heading that a dropped entry opened moves to
the next entry that stays, unless that one opens a section of its own.
qaconv itself drops the diagnostics that pointed into a dropped entry."""
import json
import os
import sys

doc = json.load(sys.stdin)
drop = set(os.environ.get("QACONV_DROP_FLAGS", "persona,off-topic").split(","))
kept, section = [], None
for e in doc["entries"]:
    if drop & set(e.get("flags", [])):
        section = e.get("section", section)
        continue
    if section is not None and "section" not in e:
        e["section"] = section
    section = None
    kept.append(e)
if kept:
    doc["entries"] = kept
else:
    print("drop-flagged: every entry is flagged; keeping them all", file=sys.stderr)
json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
