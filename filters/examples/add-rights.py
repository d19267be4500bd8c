#!/usr/bin/env python3
"""qaconv external filter: adds a rights notice as the last preamble paragraph.

usage: qaconv --filter filters/examples/add-rights.py page.txt
The notice comes from the QACONV_RIGHTS environment variable, or a default.
Reads qaconv JSON on stdin, writes it back on stdout; the first argument is
the target format (unused here)."""
import json
import os
import sys

doc = json.load(sys.stdin)
notice = os.environ.get("QACONV_RIGHTS", "Shared under CC BY 4.0.")
doc["preamble"].append({"type": "paragraph", "text": notice})
json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
