#!/usr/bin/env python3
"""Checks tests/corpus/gold/*.json against their raw pages.

usage: check_gold.py [CORPUS_DIR] [NAME...]
Exit 0 when every gold file agrees with its page (README.md says how)."""
import glob, json, os, re, sys, unicodedata

LABELS = {"blank", "furniture", "breadcrumb", "title", "title-question", "preamble",
          "section", "question", "label", "answer", "item1", "item2", "item3", "other"}
KEYS = {"file", "url", "site", "language", "kind", "title", "categories", "entries",
        "truncated", "lines", "notes"}

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\W_]+", "", s)

def check(corpus, gpath):
    errs = []
    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except ValueError as e:
        return [f"not JSON: {e}"]
    if not isinstance(g, dict):
        return ["not an object"]
    missing = {"file", "url", "site", "language", "kind", "title", "categories", "entries", "lines"} - set(g)
    if missing:
        return [f"missing keys: {sorted(missing)}"]
    errs += [f"unknown key {k!r}" for k in set(g) - KEYS]
    raw_path = os.path.join(corpus, "raw", g["file"])
    if os.path.splitext(os.path.basename(gpath))[0] != os.path.splitext(g["file"])[0]:
        errs.append("file name does not match the gold file's name")
    if not os.path.exists(raw_path):
        return errs + [f"no raw/{g['file']}"]
    text = open(raw_path, encoding="utf-8", errors="replace").read()
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    labels = g["lines"]
    if len(labels) != len(lines):
        errs.append(f"{len(labels)} labels for {len(lines)} lines")
    for i, (lab, line) in enumerate(zip(labels, lines), 1):
        if lab not in LABELS:
            errs.append(f"line {i}: unknown label {lab!r}")
        elif (lab == "blank") != (line.strip() == ""):
            errs.append(f"line {i}: labelled {lab!r} but is {'blank' if not line.strip() else 'not blank'}")
    if g["kind"] not in ("qa", "not-qa"):
        errs.append(f"kind {g['kind']!r}")
    # a question line may hold several questions (an index run onto one line)
    qs = ("question", "title-question")
    n_q = sum(max(1, len(re.findall(r"[?？؟]", line)))
              for lab, line in zip(labels, lines) if lab in qs)
    n_q += bool(g.get("truncated") and n_q)  # the cut may fall inside the last question
    # a run of question lines, blank lines inside it aside (a question
    # that scraping split with blank lines), is one entry at least
    runs, prev = 0, None
    for lab in labels:
        if lab == "blank":
            continue
        runs += lab in qs and prev not in qs
        prev = lab
    entries = g["entries"]
    if g["kind"] == "not-qa" and (entries or n_q):
        errs.append("a not-qa page has entries or question lines")
    if g["kind"] == "qa" and not entries:
        errs.append("a qa page without entries")
    if not runs <= len(entries) <= n_q and g["kind"] == "qa":
        errs.append(f"{len(entries)} entries for {n_q} question lines in {runs} runs")
    has_title = any(lab in ("title", "title-question") for lab in labels)
    if bool(g["title"]) != has_title:
        errs.append("title and title lines disagree")
    flat = norm(text)
    for e in entries:
        q = e.get("question", "")
        if not q or norm(q)[:40] not in flat:
            errs.append(f"question not found in the page: {q[:60]!r}")
        shape = e.get("answer_blocks")
        if not isinstance(shape, str) or not re.fullmatch(r"((p|L[1-9][0-9]*)( (p|L[1-9][0-9]*))*)?", shape):
            errs.append(f"bad answer_blocks {shape!r} for {q[:40]!r}")
        if "number" not in e or not (e["number"] is None or isinstance(e["number"], int)):
            errs.append(f"bad number for {q[:40]!r}")
    if g["title"] and norm(g["title"])[:40] not in flat:
        errs.append("title not found in the page")
    for c in g["categories"]:
        if norm(c) not in flat:
            errs.append(f"category not found in the page: {c!r}")
    return errs

def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sys.argv[2:]
    golds = sorted(glob.glob(os.path.join(corpus, "gold", "*.json")))
    if names:
        golds = [g for g in golds if os.path.splitext(os.path.basename(g))[0] in names]
    bad = 0
    for gpath in golds:
        errs = check(corpus, gpath)
        for e in errs:
            print(f"{os.path.relpath(gpath, corpus)}: {e}")
        bad += bool(errs)
    raws = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(corpus, "raw", "*.txt"))}
    golded = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(corpus, "gold", "*.json"))}
    if not names:
        for r in sorted(raws - golded):
            print(f"raw/{r}.txt: no gold file")
            bad += 1
    sites = set()
    for gpath in golds:
        try:
            sites.add(json.load(open(gpath, encoding="utf-8"))["site"])
        except Exception:
            pass
    print(f"{len(golds)} pages from {len(sites)} sites, {bad} with problems")
    return 1 if bad else 0

sys.exit(main())
