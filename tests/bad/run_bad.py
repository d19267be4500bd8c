#!/usr/bin/python3
"""Runs the hostile-input cases of cases.txt against qaconv.

usage: run_bad.py QACONV SCHEMA [NAME...]

Each case makes its input (a file, or bytes made at run time), runs qaconv
on it in a fresh folder under a time limit, and checks the exit status,
standard error and every output: JSON against the JSON Schema, DocBook
with jing, JSON-LD and the HTML of its answers, Markdown with cmark, the
EPUB container.  See cases.txt for the format.  Exits 1 when a case fails.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile
import zlib

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
DOCBOOK_RNG = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"
MB = 1 << 20
PAGE = b"Bus Passes\n\n1. Where do I buy one?\n\nAt the depot.\n"
SAFE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.(json|xml|jsonld|md|epub)$")
EXTENSIONS = {"text": "txt", "json": "json", "md": "md", "html": "html"}


class Path(str):
    """An input given by its path instead of by its bytes."""


def path(p):
    return Path(p)


def png():
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data)))
    pixels = zlib.compress(b"".join(b"\0" + b"\xff\0\0" * 16 for _ in range(16)))
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def big(n):
    return b"Title\n\n1. What is it?\n\n" + b"a" * n + b"\n"


def html(body, head=b""):
    return (b"<!DOCTYPE html>\n<html lang=\"en\"><head>" + head +
            b"</head><body>\n" + body + b"\n</body></html>\n")


def nest(depth):
    item = {"text": "leaf"}
    for _ in range(depth):
        item = {"text": "x", "list": {"ordered": False, "items": [item]}}
    return item


def jdoc(answer=None, entries=None, **fields):
    doc = {"qaconv": 1, "id": "bus-passes", "title": "Bus Passes",
           "categories": [], "language": "en",
           "source": {"name": "good.txt", "size": 56, "sha256": "0" * 64},
           "preamble": [],
           "entries": entries if entries is not None else [
               {"id": "q1", "number": None, "question": "Where do I buy one?",
                "line": 3,
                "answer": answer if answer is not None else [
                    {"type": "paragraph", "text": "At the depot.", "line": 5}],
                "flags": []}],
           "diagnostics": []}
    doc.update(fields)
    return json.dumps(doc).encode()


def read_cases(names):
    cases = []
    with open(os.path.join(HERE, "cases.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, status, stderr, checks, options, expr = [
                part.strip() for part in line.split(" | ", 5)]
            if not names or name in names:
                cases.append(dict(name=name, status=status, stderr=stderr,
                                  checks=checks.split() if checks != "-" else [],
                                  options=options.split(), expr=expr))
    return cases


# ---- validators -----------------------------------------------------------

def parse_xml(data, what):
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise AssertionError(f"{what} is not well-formed XML: {e}")


def local(tag):
    return tag.rsplit("}", 1)[-1]


def no_script(root, what):
    for el in root.iter():
        if local(el.tag) == "script":
            raise AssertionError(f"{what} has a <script> element")


def all_text(root):
    return "".join(root.itertext())


class Validator:
    def __init__(self, schema_path):
        schema = json.load(open(schema_path, encoding="utf-8"))
        self.schema = jsonschema.Draft202012Validator(schema)
        self.docbook = []  # checked with jing at the end, in one run

    def check(self, path, escaped):
        ext = path.rsplit(".", 1)[-1]
        data = open(path, "rb").read()
        getattr(self, "check_" + ext)(path, data, escaped)

    def check_json(self, path, data, escaped):
        doc = json.loads(data.decode("utf-8"))
        errors = list(self.schema.iter_errors(doc))
        if errors:
            e = errors[0]
            raise AssertionError(f"{path}: JSON Schema: "
                                 f"{'/'.join(map(str, e.path))}: {e.message[:200]}")

    def check_xml(self, path, data, escaped):
        root = parse_xml(data, path)
        self.docbook.append(path)
        if escaped:
            no_script(root, path)
            text = all_text(root)
            for s in ("<script>", "]]>", "--", "&"):
                if s not in text:
                    raise AssertionError(f"{path}: {s!r} lost from the text")

    def check_jsonld(self, path, data, escaped):
        doc = json.loads(data.decode("utf-8"))
        if doc.get("@type") != "FAQPage" or not doc.get("mainEntity"):
            raise AssertionError(f"{path}: not a FAQPage with questions")
        for q in doc["mainEntity"]:
            text = q.get("acceptedAnswer", {}).get("text")
            if text is not None:
                root = parse_xml("<div>" + text + "</div>", path + " answer HTML")
                if escaped:
                    no_script(root, path + " answer HTML")

    def check_md(self, path, data, escaped):
        data.decode("utf-8")  # strict: raises on invalid UTF-8
        if b"\0" in data:
            raise AssertionError(f"{path}: a NUL byte in Markdown")
        r = subprocess.run(["cmark", "--validate-utf8", path],
                           capture_output=True, timeout=60)
        if r.returncode != 0:
            raise AssertionError(f"{path}: cmark exits {r.returncode}")

    def check_epub(self, path, data, escaped):
        with zipfile.ZipFile(path) as z:
            first = z.infolist()[0]
            if (first.filename != "mimetype" or
                    first.compress_type != zipfile.ZIP_STORED or
                    z.read(first) != b"application/epub+zip"):
                raise AssertionError(f"{path}: no stored mimetype first")
            for info in z.infolist():
                if info.filename.endswith((".xhtml", ".opf", ".ncx")):
                    root = parse_xml(z.read(info), f"{path}:{info.filename}")
                    if escaped and info.filename.endswith(".xhtml"):
                        no_script(root, f"{path}:{info.filename}")

    def finish(self):
        """jing on every DocBook output; returns the failures."""
        if not self.docbook:
            return []
        if not os.path.exists(DOCBOOK_RNG) or not shutil.which("jing"):
            return ["jing or the DocBook 5 schema is missing"]
        r = subprocess.run(["jing", DOCBOOK_RNG] + self.docbook,
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            return ["jing: " + line for line in r.stdout.splitlines()[:10]]
        return []


# ---- one case -------------------------------------------------------------

def make_inputs(case, work):
    value = eval(case["expr"])  # the expressions are this project's own
    values = value if isinstance(value, list) else [value]
    fmt = "text"
    if "-f" in case["options"]:
        fmt = case["options"][case["options"].index("-f") + 1]
    names = []
    for i, v in enumerate(values, 1):
        if isinstance(v, Path):
            names.append(str(v))
            continue
        name = f"in{i}.{EXTENSIONS[fmt]}"
        with open(os.path.join(work, name), "wb") as f:
            f.write(v)
        names.append(name)
    return names


def outputs_of(out):
    found = []
    for top, _, files in os.walk(out):  # outputs, not their hidden stamps
        found += [os.path.join(top, f) for f in files if not f.startswith(".")]
    return sorted(found)


def run_case(qaconv, case, validator, base):
    work = tempfile.mkdtemp(dir=base)
    out = os.path.join(work, "out")
    inputs = make_inputs(case, work)
    before = set(os.listdir(work))
    limit = 20.0
    for c in case["checks"]:
        if c.startswith("time="):
            limit = float(c[5:])
    # Sanitizer builds run several times slower: scripts/test sets the factor.
    limit *= float(os.environ.get("QACONV_TIME_FACTOR", "1"))
    args = [a.replace("{out}", out) for a in case["options"]]
    start = time.monotonic()
    try:
        r = subprocess.run([qaconv] + args + inputs, cwd=work,
                           capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"still running after {limit:.0f} s (killed)")
    elapsed = time.monotonic() - start
    stderr = r.stderr.decode("utf-8", "replace")

    if r.returncode < 0 or r.returncode >= 128:
        raise AssertionError(f"crashed (status {r.returncode}): {stderr[-300:]}")
    if str(r.returncode) not in case["status"].split("/"):
        raise AssertionError(f"exit {r.returncode}, want {case['status']}: "
                             f"{stderr[:300]}")
    if case["stderr"] != "-" and case["stderr"] not in stderr:
        raise AssertionError(f"stderr lacks {case['stderr']!r}: {stderr[:300]}")
    for line in stderr.splitlines():
        if not line.startswith("qaconv: ") and not line.startswith("Try 'qaconv"):
            raise AssertionError(f"a message not in qaconv's shape: {line[:200]!r}")
        if len(line) > 1000:
            raise AssertionError("a message longer than 1000 characters")
    if r.returncode == 1 and not any(i in stderr for i in inputs):
        raise AssertionError(f"the failed input is not named: {stderr[:300]}")

    files = outputs_of(out)
    # nothing written outside the output folder, no temporary left
    for top, dirs, names in os.walk(work):
        for n in names:
            full = os.path.join(top, n)
            if n.startswith(".qaconv-tmp-"):
                raise AssertionError(f"temporary file left: {full}")
            if not full.startswith(out + os.sep) and n not in before:
                raise AssertionError(f"file written outside the output folder: {full}")
    names = [os.path.relpath(f, out) for f in files]
    for c in case["checks"]:
        if c == "nofiles" and files:
            raise AssertionError(f"outputs written for a refused input: {names}")
        if c.startswith("count=") and len(names) != int(c[6:]):
            raise AssertionError(f"{len(names)} outputs, want {c[6:]}: {names[:10]}")
        if c.startswith("file=") and c[5:] not in names:
            raise AssertionError(f"no output {c[5:]}: {names[:10]}")
        if c == "names-safe":
            for n in names:
                stem = n.rsplit(".", 1)[0]
                if not SAFE_NAME.match(n) or len(stem) > 65 or os.sep in n:
                    raise AssertionError(f"unsafe output name {n!r}")
    escaped = "escaped" in case["checks"]
    for f in files:
        validator.check(f, escaped)
    return elapsed, len(files)


def main():
    qaconv, schema = os.path.abspath(sys.argv[1]), sys.argv[2]
    cases = read_cases(sys.argv[3:])
    validator = Validator(schema)
    base = tempfile.mkdtemp(prefix="qaconv-bad-")
    failed = 0
    try:
        for case in cases:
            try:
                elapsed, n = run_case(qaconv, case, validator, base)
                print(f"ok   {case['name']} ({elapsed:.1f} s, {n} outputs)")
            except AssertionError as e:
                failed += 1
                print(f"FAIL {case['name']}: {e}")
            except Exception as e:  # a validator refusing an output
                failed += 1
                print(f"FAIL {case['name']}: {type(e).__name__}: {str(e)[:300]}")
            sys.stdout.flush()
        for problem in validator.finish():
            failed += 1
            print(f"FAIL docbook: {problem}")
        print(f"{len(cases) - failed} of {len(cases)} hostile cases passed, "
              f"{len(validator.docbook)} DocBook files valid")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if failed or not cases else 0


sys.exit(main())
