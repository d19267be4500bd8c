#!/usr/bin/python3
"""Holds qaconv's JSON for each sample page against the structure its
author wrote down by hand (tests/expected/NAME.json): title, categories,
and per question its number, text and answer shape ("p L3 p"), and the
heading of the section it opens where the expectation names one (null:
none).
usage: check_expected.py QACONV INPUT_DIR EXPECTED_DIR"""
import glob
import json
import os
import subprocess
import sys


def shape(blocks):
    return " ".join("p" if b["type"] == "paragraph" else f"L{len(b['items'])}"
                    for b in blocks)


def check(qaconv, path, want):
    r = subprocess.run([qaconv, path, "-t", "json", "-o", "-"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return [f"exit {r.returncode}: {r.stderr.strip()}"]
    got = json.loads(r.stdout)
    errors = []
    if want["title"] is not None and got["title"] != want["title"]:
        errors.append(f"title {got['title']!r}, want {want['title']!r}")
    if got["categories"] != want["categories"]:
        errors.append(f"categories {got['categories']!r}, want {want['categories']!r}")
    if len(got["entries"]) != len(want["entries"]):
        errors.append(f"{len(got['entries'])} entries, want {len(want['entries'])}")
    for w, g in zip(want["entries"], got["entries"]):
        if (g["number"], g["question"]) != (w["number"], w["question"]):
            errors.append(f"entry {g['number']} {g['question']!r}, want "
                          f"{w['number']} {w['question']!r}")
        elif shape(g["answer"]) != w["answer_shape"]:
            errors.append(f"entry {w['number']}: answer {shape(g['answer'])!r}, "
                          f"want {w['answer_shape']!r}")
        elif "section" in w and g.get("section") != w["section"]:
            errors.append(f"entry {w['number']}: section {g.get('section')!r}, "
                          f"want {w['section']!r}")
    return errors


def main():
    qaconv, inputs, expected = sys.argv[1:4]
    files = sorted(glob.glob(os.path.join(expected, "*.json")))
    failed = 0
    for f in files:
        want = json.load(open(f, encoding="utf-8"))
        errors = check(qaconv, os.path.join(inputs, want["file"]), want)
        for e in errors:
            print(f"{want['file']}: {e}")
        failed += bool(errors)
    print(f"{len(files) - failed} of {len(files)} pages as expected")
    return 1 if failed or not files else 0


sys.exit(main())
