#!/usr/bin/env python3
"""detect_language.py - how often qaconv detects the right language.

usage: detect_language.py [--min ACC] TOOL CORPUS [PAGE...]

TOOL is tests/tools/language_tool.  Every page of CORPUS/raw is scored
against the "language" of its gold file (CORPUS/gold/NAME.json); every
PAGE against the language its file name starts with ("es-clinic.txt": es).
A page whose text reads as no single language keeps "en": right only when
the page is English.  Prints the accuracy per language, over the pages
that are not English (the figure --min applies to), and over all; fails
when a PAGE is wrong or the non-English accuracy is below ACC.
"""
import collections
import json
import os
import subprocess
import sys


def detect(tool, paths):
    out = subprocess.run([tool, *paths], check=True, capture_output=True,
                         text=True).stdout
    found = {}
    for line in out.splitlines():
        path, lang, why = line.split("\t", 2)
        found[path] = (lang, why)
    return found


def main():
    args = sys.argv[1:]
    minimum = 0.95
    if args[:1] == ["--min"]:
        minimum = float(args[1])
        args = args[2:]
    tool, corpus, pages = args[0], args[1], args[2:]
    raw = os.path.join(corpus, "raw")
    want = {}
    for name in sorted(os.listdir(raw)):
        gold = os.path.join(corpus, "gold", name[:-4] + ".json")
        with open(gold, encoding="utf-8") as f:
            want[os.path.join(raw, name)] = json.load(f)["language"]
    for page in pages:
        want[page] = os.path.basename(page).split("-")[0]
    found = detect(tool, list(want))

    per = collections.defaultdict(lambda: [0, 0])
    wrong = []
    for path, lang in want.items():
        got, why = found[path]
        ok = got.split("-")[0] == lang
        per[lang][0] += ok
        per[lang][1] += 1
        if not ok:
            wrong.append((path, lang, got, why))
    for lang in sorted(per):
        right, total = per[lang]
        print(f"{lang}: {right}/{total}")
    foreign = [v for k, v in per.items() if k != "en"]
    right = sum(v[0] for v in foreign)
    total = sum(v[1] for v in foreign)
    every = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
    accuracy = right / total if total else 1.0
    print(f"not English: {right}/{total} = {accuracy:.3f}")
    print(f"all pages: {every[0]}/{every[1]} = {every[0] / every[1]:.3f}")
    for path, lang, got, why in wrong:
        print(f"wrong: {os.path.basename(path)}: {lang}, detected {got}"
              + ("" if why == "-" else f" ({why})"))
    bad_pages = [w for w in wrong if w[0] in pages]
    if bad_pages:
        print(f"FAIL: {len(bad_pages)} sample pages in the wrong language")
        return 1
    if accuracy < minimum:
        print(f"FAIL: accuracy {accuracy:.3f} below {minimum}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
