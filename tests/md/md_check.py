#!/usr/bin/python3
"""Checks qaconv's Markdown writer and reader on one input page.

usage: md_check.py QACONV INPUT.txt [--front-matter] [--specials]
       md_check.py --stress QACONV
       md_check.py --check-seed CHECK_SEED QACONV

INPUT.txt mode:
  1. qaconv INPUT -t json and qaconv INPUT -t md [--md-front-matter];
  2. cmark (the reference implementation, run as `cmark -t xml`) must find
     one level-1 heading for the title (none for a page without one), exactly one level-2 heading per
     entry with the entry's number and question as its text (on a page
     with sections: a level-2 heading per section, with its text, and a
     level-3 heading per entry), and the lists
     of the JSON model in the same order with the same type and size;
  3. with --front-matter, the YAML front matter (read with PyYAML) must hold
     the title, categories and language, and without it there must be none;
  4. qaconv -f md on the Markdown must give back the same model: title,
     categories, preamble, and per entry number, question, section and answer
     (block types, list type, items' label, text and sublists).  Lines,
     source, flags and diagnostics are not compared; sections are;
  5. with --specials, the model of INPUT must hold each of * _ # ` < & [ ]
     and - in its questions, answers and labels, and questions and answers
     that start with "1. " and "- ", so that step 4 tests the escaping.

--stress: deeply nested Markdown must not crash the reader, and a large
page must convert in both directions within a few seconds.

--check-seed: runs the shared acceptance script and requires every one of
its Markdown checks to pass.

A missing validator (cmark, PyYAML) is a failure, never a skip.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

CM = "{http://commonmark.org/xml/1.0}"


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def run(args, stdin=None):
    return subprocess.run(args, input=stdin, capture_output=True, timeout=300)


def qaconv(binary, *args):
    r = run([binary, *args])
    if r.returncode != 0:
        fail(f"qaconv {' '.join(args)} exited {r.returncode}: "
             f"{r.stderr.decode(errors='replace').strip()[-400:]}")
    return r


# ---- the model, without what Markdown does not carry ---------------------

def norm_list(lst):
    return {"ordered": lst["ordered"],
            "items": [{"label": it.get("label"), "text": it["text"],
                       "list": norm_list(it["list"]) if "list" in it else None}
                      for it in lst["items"]]}


def norm_blocks(blocks):
    out = []
    for b in blocks:
        if b["type"] == "paragraph":
            out.append({"type": "paragraph", "text": b["text"]})
        else:
            out.append({"type": "list", **norm_list(b)})
    return out


def norm_doc(d):
    return {"title": d["title"], "categories": d["categories"],
            "preamble": norm_blocks(d["preamble"]),
            "entries": [{"number": e["number"], "question": e["question"],
                         "section": e.get("section"),
                         "answer": norm_blocks(e["answer"])}
                        for e in d["entries"]]}


def model_lists(doc):
    """(ordered, size) of every list and sublist, in document order."""
    out = []

    def visit(lst):
        out.append((lst["ordered"], len(lst["items"])))
        for it in lst["items"]:
            if "list" in it:
                visit(it["list"])
    for blocks in [doc["preamble"]] + [e["answer"] for e in doc["entries"]]:
        for b in blocks:
            if b["type"] == "list":
                visit(b)
    return out


def first_difference(a, b, path="model"):
    if type(a) is not type(b):
        return f"{path}: {a!r:.80} != {b!r:.80}"
    if isinstance(a, dict):
        for k in a:
            d = first_difference(a[k], b.get(k), f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} elements != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r:.80} != {b!r:.80}"


# ---- the Markdown as cmark sees it ----------------------------------------

def split_front_matter(md):
    m = re.match(r"---\n(.*?\n)---\n", md, re.S)
    return (m.group(1), md[m.end():]) if m else (None, md)


def plain(el):
    """Inline text of a cmark XML element (its pretty-printing aside)."""
    out = []
    for n in el.iter():
        if n.tag in (CM + "text", CM + "code"):
            out.append(n.text or "")
        elif n.tag in (CM + "softbreak", CM + "linebreak"):
            out.append(" ")
    return "".join(out)


def check_structure(body, doc):
    if not shutil.which("cmark"):
        fail("cmark not found (Debian package cmark)")
    r = run(["cmark", "-t", "xml"], stdin=body.encode())
    if r.returncode != 0:
        fail(f"cmark -t xml exited {r.returncode}")
    root = ET.fromstring(r.stdout)
    heads = root.iter(CM + "heading")
    sections = [e["section"] for e in doc["entries"] if "section" in e]
    q_level = "3" if sections else "2"
    levels = {}
    h2, hq = [], []
    for h in heads:
        levels[h.get("level")] = levels.get(h.get("level"), 0) + 1
        if h.get("level") == "2":
            h2.append(plain(h))
        if h.get("level") == q_level:
            hq.append(plain(h))
    n = len(doc["entries"])
    titles = 1 if doc["title"] else 0  # an untitled page has no title heading
    if levels.get("1", 0) != titles or set(levels) - {"1", "2", q_level}:
        fail(f"cmark headings by level: {levels}, want {titles} level-1 heading")
    if sections and h2 != sections:
        fail(f"cmark finds level-2 headings {h2} for sections {sections}")
    if len(hq) != n:
        fail(f"cmark finds {len(hq)} level-{q_level} headings for {n} entries")
    for text, e in zip(hq, doc["entries"]):
        want = f"{e['number']}. {e['question']}" if e["number"] else e["question"]
        if text != want and text != "0. " + want:
            fail(f"heading {text!r} for question {want!r}")
    lists = [(l.get("type") == "ordered", len(l.findall(CM + "item")))
             for l in root.iter(CM + "list")]
    want = model_lists(doc)
    if lists != want:
        fail(f"cmark lists (ordered, items) {lists} != model {want}")
    return len(hq), len(lists)


def check_front_matter(fm, doc, wanted):
    if not wanted:
        if fm is not None:
            fail("front matter written without --md-front-matter")
        return
    if fm is None:
        fail("no front matter with --md-front-matter")
    try:
        import yaml
    except ImportError:
        fail("PyYAML not found (Debian package python3-yaml)")
    meta = yaml.safe_load(fm)
    for key in ("title", "categories", "language"):
        if meta.get(key) != doc[key]:
            fail(f"front matter {key}: {meta.get(key)!r} != {doc[key]!r}")


SPECIALS = "*_#`<&[]-"


def check_specials(doc):
    """The page really puts Markdown's special characters in the model:
    otherwise the round trip would prove nothing about escaping."""
    questions = [e["question"] for e in doc["entries"]]
    answers, labels = [], []

    def visit(lst):
        for it in lst["items"]:
            answers.append(it["text"])
            if "label" in it:
                labels.append(it["label"])
            if "list" in it:
                visit(it["list"])
    for blocks in [doc["preamble"]] + [e["answer"] for e in doc["entries"]]:
        for b in blocks:
            if b["type"] == "paragraph":
                answers.append(b["text"])
            else:
                visit(b)
    for what, texts in (("questions", questions), ("answers", answers),
                        ("labels", labels)):
        missing = [c for c in SPECIALS if not any(c in t for t in texts)]
        if missing:
            fail(f"the test page has no {' '.join(missing)} in its {what}")
    for what, texts in (("question", questions), ("answer", answers)):
        for lead in ("1. ", "- "):
            if not any(t.startswith(lead) for t in texts):
                fail(f"the test page has no {what} starting with {lead!r}")


def check_input(binary, src, front_matter, specials=False):
    tmp = tempfile.mkdtemp(prefix="md-check-")
    try:
        a_json, a_md, b_json = (os.path.join(tmp, f) for f in
                                ("a.json", "a.md", "b.json"))
        qaconv(binary, src, "-q", "-t", "json", "-o", a_json)
        qaconv(binary, src, "-q", "-t", "md", "-o", a_md,
               *(["--md-front-matter"] if front_matter else []))
        doc = json.load(open(a_json, encoding="utf-8"))
        if specials:
            check_specials(doc)
        md = open(a_md, encoding="utf-8").read()
        fm, body = split_front_matter(md)
        check_front_matter(fm, doc, front_matter)
        heads, lists = check_structure(body, doc)
        qaconv(binary, "-q", "-f", "md", a_md, "-t", "json", "-o", b_json)
        back = json.load(open(b_json, encoding="utf-8"))
        diff = first_difference(norm_doc(doc), norm_doc(back))
        if diff:
            fail(f"text -> md -> json differs from text -> json at {diff}")
        print(f"ok: {heads} question headings, {lists} lists; "
              f"the model reads back unchanged")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---- stress ---------------------------------------------------------------

def stress(binary):
    tmp = tempfile.mkdtemp(prefix="md-stress-")
    try:
        deep = os.path.join(tmp, "deep.md")
        depth = 20000
        with open(deep, "w") as f:
            f.write("# Deep\n\n## 1. Lists?\n\n" + "- " * depth + "x\n\n")
            f.write("## 2. Quotes?\n\n" + "> " * depth + "y\n\n")
            f.write("## 3. Emphasis?\n\n" + "*a " * depth + "z" + " b*" * depth + "\n")
        out = os.path.join(tmp, "deep.json")
        qaconv(binary, "-q", "-f", "md", deep, "-o", out)
        doc = json.load(open(out, encoding="utf-8"))
        if len(doc["entries"]) != 3:
            fail(f"deep input: {len(doc['entries'])} entries, not 3")
        qaconv(binary, "-q", "-f", "md", deep, "-t", "md", "-o",
               os.path.join(tmp, "deep-again.md"))

        big = os.path.join(tmp, "big.txt")
        n, items = 4000, 40
        with open(big, "w") as f:
            f.write("Big Page\n\n")
            for q in range(1, n + 1):
                f.write(f"{q}. Question number {q} *with* [marks]?\n")
                f.write("An answer paragraph with <tags> & stars * in it.\n")
                for i in range(1, items + 1):
                    f.write(f"- Label {i}: Item {i} of question {q}.\n")
                f.write("\n")
        md = os.path.join(tmp, "big.md")
        t0 = time.monotonic()
        qaconv(binary, "-q", big, "-t", "md", "-o", md)
        t1 = time.monotonic()
        qaconv(binary, "-q", "-f", "md", md, "-o", os.path.join(tmp, "big.json"))
        t2 = time.monotonic()
        size = os.path.getsize(md)
        # no limit on the time (the machine may be busy): that the work
        # grows in proportion to the input is tests/complexity/growth's
        # to check, by instruction counts
        doc = json.load(open(os.path.join(tmp, "big.json"), encoding="utf-8"))
        if len(doc["entries"]) != n:
            fail(f"{size} bytes of Markdown read back as "
                 f"{len(doc['entries'])} entries, not {n}")
        print(f"ok: {depth}-deep nesting read; {size} bytes written in "
              f"{t1 - t0:.2f}s and read in {t2 - t1:.2f}s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_seed(script, binary):
    r = subprocess.run([script, binary], capture_output=True, text=True,
                       timeout=600)
    lines = [l for l in r.stdout.splitlines()
             if "Markdown" in l or "-t md" in l or "cmark" in l]
    for l in lines:
        print(l)
    bad = [l for l in lines if not l.startswith("ok")]
    if len(lines) < 3 or bad:
        fail(f"{len(lines)} Markdown checks, {len(bad)} not passing")


def main(argv):
    if len(argv) == 3 and argv[1] == "--stress":
        stress(argv[2])
    elif len(argv) == 4 and argv[1] == "--check-seed":
        check_seed(argv[2], argv[3])
    elif len(argv) >= 3 and set(argv[3:]) <= {"--front-matter", "--specials"}:
        check_input(argv[1], argv[2], "--front-matter" in argv[3:],
                    "--specials" in argv[3:])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
