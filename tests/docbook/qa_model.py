"""Helpers shared by the DocBook and JSON-LD checks.

The reference for what a writer must carry is qaconv's own JSON output of
the same input (the model), so every check compares a writer's output with
the model rather than with a hand-written copy.
"""
import json
import re
import subprocess
import sys

# Sequences that break naive XML and HTML writers.
TRICKY = ["&", "<", ">", "]]>", "--"]


class Checker:
    """Counts failed checks; prints one line per failure."""

    def __init__(self, name):
        self.name = name
        self.failures = 0

    def check(self, ok, what):
        if not ok:
            self.failures += 1
            print(f"FAIL {self.name}: {what}")
        return ok

    def finish(self, summary):
        if self.failures:
            print(f"{self.name}: {self.failures} check(s) failed")
            sys.exit(1)
        print(f"ok {self.name}: {summary}")
        sys.exit(0)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, timeout=300, **kw)


def convert(qaconv, src, fmt, out):
    """qaconv SRC -t FMT -o OUT; exits the test when it fails."""
    r = run([qaconv, "-q", "-t", fmt, "-o", out, src])
    if r.returncode != 0:
        print(f"FAIL qaconv -t {fmt} {src}: exit {r.returncode}: "
              f"{r.stderr.decode(errors='replace').strip()}")
        sys.exit(1)


def load_model(qaconv, src, workdir):
    out = f"{workdir}/model.json"
    convert(qaconv, src, "json", out)
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def norm(s):
    """Collapses white space, as HTML rendering does."""
    return re.sub(r"\s+", " ", s).strip()


def items(lst):
    """Every item of a model list, nested ones included, in order."""
    for it in lst.get("items", []):
        yield it
        if it.get("list"):
            yield from items(it["list"])


def texts(blocks):
    """(label or None, text) of every paragraph and list item."""
    for b in blocks:
        if b["type"] == "paragraph":
            yield None, b["text"]
        else:
            for it in items(b):
                yield it.get("label"), it["text"]


def check_tricky(c, model):
    """The escape test's input must really put every tricky sequence in a
    title, a question, a label and an answer text, or it proves nothing."""
    where = {
        "title": [model["title"]],
        "question": [e["question"] for e in model["entries"]],
        "label": [lab for e in model["entries"]
                  for lab, _ in texts(e["answer"]) if lab],
        "answer text": [t for e in model["entries"]
                        for _, t in texts(e["answer"])],
    }
    for place, strings in where.items():
        c.check(any(all(t in s for t in TRICKY) for s in strings),
                f"no {place} of the input holds all of {TRICKY}")


def list_shape(lst):
    """("ol" | "ul", [(label, text, sublist shape or None), ...])."""
    shaped = []
    for it in lst.get("items", []):
        sub = it.get("list")
        shaped.append((it.get("label"), it["text"],
                       list_shape(sub) if sub and sub.get("items") else None))
    return ("ol" if lst.get("ordered") else "ul", shaped)


def blocks_shape(blocks):
    """A writer-neutral picture of answer blocks: ("p", text) for a
    paragraph, list_shape() for a list; lists without items are dropped,
    since neither DocBook nor HTML can hold them."""
    shaped = []
    for b in blocks:
        if b["type"] == "paragraph":
            shaped.append(("p", b["text"]))
        elif b.get("items"):
            shaped.append(list_shape(b))
    return shaped


def display_title(model):
    """The title a writer that needs one gives the document: its own, else
    its source's file name without folder or extension, "-" and "_" read
    as spaces ("Untitled" for standard input)."""
    if model["title"]:
        return model["title"]
    base = model["source"]["name"].rsplit("/", 1)[-1]
    dot = base.rfind(".")
    stem = (base[:dot] if dot > 0 else base).replace("-", " ").replace("_", " ")
    return stem if stem and base != "-" else "Untitled"
