#!/usr/bin/python3
"""tools.py - the arithmetic and file reading behind bench/run.

    tools.py sample MANIFEST N            N page names spread over the sizes
    tools.py recall MANIFEST JSON_DIR     questions found against the manifest
    tools.py zlib-floor EPUB_DIR SRC_DIR SECONDS REPEAT
                                          raw deflate of the EPUBs' XHTML
    tools.py peer LABEL TSV QACONV_LABEL BATCH_SECONDS
                                          per-page seconds and speed-ups

Python 3 standard library only; each command prints one line per figure.
"""

import glob
import json
import os
import re
import statistics
import sys
import time
import zipfile
import zlib


def sample(manifest, n):
    """Pages at evenly spaced ranks of size, so the sample has the corpus's
    mix of small pages and long ones."""
    files = sorted(json.load(open(manifest))["files"],
                   key=lambda f: (f["bytes"], f["file"]))
    n = min(n, len(files))
    for k in range(n):
        print(files[int((k + 0.5) * len(files) / n)]["file"])


def recall(manifest, json_dir):
    m = json.load(open(manifest))
    found = {}
    for path in glob.glob(os.path.join(json_dir, "**", "*.json"),
                          recursive=True):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        found[doc["source"]["name"]] = len(doc["entries"])
    want = got = exact = 0
    off = []
    for page in m["files"]:
        n = found.get(page["file"])
        want += page["questions"]
        got += min(n or 0, page["questions"])
        if n == page["questions"]:
            exact += 1
        else:
            off.append(f"{page['file']} {page['questions']}->"
                       f"{'none' if n is None else n}")
    print(f"recall: {got}/{want} questions = {100.0 * got / want:.2f}% "
          f"(JSON entries against manifest.json)")
    print(f"pages with every question: {exact}/{len(m['files'])}; "
          f"no output: {sum(1 for p in m['files'] if p['file'] not in found)}")
    if off:
        more = f" (+{len(off) - 5} more)" if len(off) > 5 else ""
        print("pages off (expected->found): " + ", ".join(off[:5]) + more)


LIBZIP_DEFAULT_LEVEL = 9  # libzip turns compression flags 0 into level 9


def call_args(text, name):
    """Argument lists of every call to name(...), split at top-level
    commas."""
    calls = []
    for m in re.finditer(r"\b" + name + r"\s*\(", text):
        depth, args, cur = 1, [], ""
        for ch in text[m.end():]:
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
                if depth == 0:
                    break
            if ch == "," and depth == 1:
                args.append(cur.strip())
                cur = ""
            else:
                cur += ch
        calls.append(args + [cur.strip()])
    return calls


def epub_level(src_dir):
    """The deflate level the EPUB writer uses, and where that comes from:
    the literal or #define in the level argument of deflateInit2() (the
    writer deflates its members itself) or in the flags argument of
    zip_set_file_compression() (libzip deflates them; its default, 9, when
    the flags are 0 or there is no such call); 6 when there is no EPUB
    writer source."""
    sources = sorted(glob.glob(os.path.join(src_dir, "write_epub*.c")))
    if not sources:
        return 6, "assumed: no src/write_epub*.c"
    text = "".join(open(p, encoding="utf-8", errors="replace").read()
                   for p in sources)
    defines = dict(re.findall(r"#define\s+(\w+)\s+\(?(\d+)\)?", text))

    def levels_in(expr):
        expr = re.sub(r"\b(\w+)\b",
                      lambda m: defines.get(m.group(1), m.group(1)), expr)
        return [int(n) for n in re.findall(r"\b\d+\b", expr)
                if 1 <= int(n) <= 9]

    levels = set()
    for args in call_args(text, "deflateInit2"):
        if len(args) == 6:
            levels.update(levels_in(args[1]))
    if levels:
        return max(levels), "from deflateInit2 in src/write_epub*.c"
    for args in call_args(text, "zip_set_file_compression"):
        if len(args) != 4 or "DEFLATE" not in args[2] + args[3]:
            continue
        levels.update(levels_in(args[3]) or [LIBZIP_DEFAULT_LEVEL])
    if not levels:
        return LIBZIP_DEFAULT_LEVEL, "libzip default: src/write_epub*.c sets none"
    return max(levels), "from src/write_epub*.c"


def archive_level(members):
    """The level whose raw deflate size is nearest to the stored sizes: a
    check on what the source says."""
    best = None
    for level in range(1, 10):
        size = 0
        for data, _ in members:
            c = zlib.compressobj(level, zlib.DEFLATED, -15)
            size += len(c.compress(data)) + len(c.flush())
        diff = abs(size - sum(s for _, s in members))
        if best is None or diff < best[0]:
            best = (diff, level)
    return best[1]


def deflate_seconds(blobs, level, repeat):
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        for data in blobs:
            c = zlib.compressobj(level, zlib.DEFLATED, -15)
            c.compress(data)
            c.flush()
        t = time.perf_counter() - t0
        best = t if best is None or t < best else best
    return best


def zlib_floor(epub_dir, src_dir, seconds, repeat):
    level, why = epub_level(src_dir)
    blobs, members = [], []
    for path in sorted(glob.glob(os.path.join(epub_dir, "**", "*.epub"),
                                 recursive=True)):
        with zipfile.ZipFile(path) as z:
            for i in z.infolist():
                if i.filename.endswith(".xhtml"):
                    blobs.append(z.read(i))
                    if i.compress_type == zipfile.ZIP_DEFLATED:
                        members.append((blobs[-1], i.compress_size))
    if not blobs:
        print("zlib floor: n/a (no XHTML in the EPUBs)")
        return
    size = sum(len(b) for b in blobs)
    floor = deflate_seconds(blobs, level, repeat)
    check = (f"; stored sizes nearest level {archive_level(members[:200])}"
             if members else "; members stored, not deflated")
    print(f"zlib floor: {floor:.3f} s to deflate {size / 1e6:.1f} MB of "
          f"XHTML in {len(blobs)} members, {size / 1e6 / floor:.1f} MB/s, "
          f"level {level} ({why}{check})")
    print(f"EPUB time / zlib floor: {float(seconds) / floor:.2f}x "
          f"(qaconv -t epub -j1 {float(seconds):.3f} s)")


def peer(label, tsv, qlabel, batch):
    """TSV lines: page, peer seconds, qaconv seconds (one process per page);
    batch: qaconv's seconds per page with one process for the sample."""
    rows = [line.split("\t") for line in open(tsv).read().splitlines()]
    rows = [(p, float(a), float(b)) for p, a, b in rows]
    if not rows:
        print(f"{label}: no page converted")
        return
    peer_s = statistics.mean(r[1] for r in rows)
    qa_s = statistics.mean(r[2] for r in rows)
    ratios = sorted(r[1] / r[2] for r in rows)
    batch = float(batch)
    print(f"{label}: {peer_s:.4f} s/page; {qlabel}: {qa_s:.4f} s/page "
          f"one process each, {batch:.5f} s/page in one process; speed-up "
          f"{peer_s / qa_s:.0f}x per process (per page median "
          f"{statistics.median(ratios):.0f}x, min {ratios[0]:.0f}x, max "
          f"{ratios[-1]:.0f}x), {peer_s / batch:.0f}x batched")


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "sample" and len(argv) == 4:
        sample(argv[2], int(argv[3]))
    elif cmd == "recall" and len(argv) == 4:
        recall(argv[2], argv[3])
    elif cmd == "zlib-floor" and len(argv) == 6:
        zlib_floor(argv[2], argv[3], argv[4], int(argv[5]))
    elif cmd == "peer" and len(argv) == 6:
        peer(argv[2], argv[3], argv[4], argv[5])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
