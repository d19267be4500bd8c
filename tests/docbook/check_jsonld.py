#!/usr/bin/env python3
"""JSON-LD (schema.org FAQPage) output of one input, held against the model.

usage: check_jsonld.py QACONV INPUT WORKDIR [--tricky]

1. the output parses as JSON, its keys come in the documented order, and
   two runs give the same bytes;
2. it is a FAQPage with the model's title, language and categories and one
   Question per entry, each with the model's question text;
3. every acceptedAnswer text is an HTML fragment that parses as XML, uses
   only p, ol, ul, li and strong (no attributes), and carries exactly the
   model's paragraphs, labels, items and nested lists.
--tricky also requires the input to put & < > ]]> and -- in a title,
question, label and answer.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qa_model import (Checker, blocks_shape, check_tricky, convert,  # noqa: E402
                      display_title,
                      load_model)

ALLOWED = {"p", "ol", "ul", "li", "strong"}
PAGE_KEYS = ["@context", "@type", "name", "inLanguage", "about", "keywords",
             "mainEntity"]


def ordered_pairs(pairs):
    """json.load hook keeping key order, which a dict would also keep, but
    this way the order check does not rely on it."""
    return {"__keys__": [k for k, _ in pairs], **dict(pairs)}


def item_shape(li):
    """(label, text, sublist) from <li><strong>Label:</strong> text[list]</li>."""
    label, text = None, li.text or ""
    strong = li.find("strong")
    if strong is not None:
        label = "".join(strong.itertext())
        label = label[:-1] if label.endswith(":") else label + "<no colon>"
        tail = strong.tail or ""
        text += tail[1:] if tail.startswith(" ") else tail
    subs = [block_shape(el) for el in li if el.tag in ("ol", "ul")]
    return (label, text, subs[0] if len(subs) == 1 else (subs or None))


def block_shape(el):
    if el.tag == "p":
        return ("p", "".join(el.itertext()))
    if el.tag in ("ol", "ul"):
        return (el.tag, [item_shape(li) for li in el.findall("li")])
    return (el.tag, None)


def check_answer(c, qid, answer, model_answer):
    if not model_answer or not blocks_shape(model_answer):
        c.check(answer is None, f"{qid}: acceptedAnswer for an empty answer")
        return
    if not c.check(isinstance(answer, dict), f"{qid}: no acceptedAnswer"):
        return
    c.check(answer.get("__keys__") == ["@type", "text"],
            f"{qid}: Answer keys {answer.get('__keys__')}")
    c.check(answer.get("@type") == "Answer", f"{qid}: @type")
    try:
        root = ET.fromstring("<div>" + answer.get("text", "") + "</div>")
    except ET.ParseError as e:
        c.check(False, f"{qid}: answer HTML does not parse: {e}")
        return
    for el in root.iter():
        if el is not root:
            c.check(el.tag in ALLOWED and not el.attrib,
                    f"{qid}: <{el.tag} {el.attrib}> in the answer HTML")
    c.check(not (root.text or "").strip() and
            all(not (el.tail or "").strip() for el in root),
            f"{qid}: text outside any element in the answer HTML")
    got = [block_shape(el) for el in root]
    want = blocks_shape(model_answer)
    c.check(got == want, f"{qid}: answer {got!r} != {want!r}")


def check_page(c, page, model):
    keys = [k for k in PAGE_KEYS if k in page]
    c.check(page["__keys__"] == keys, f"page keys {page['__keys__']}")
    c.check(page.get("@context") == "https://schema.org", "@context")
    c.check(page.get("@type") == "FAQPage", "@type")
    c.check(page.get("name") == display_title(model), f"name {page.get('name')!r}")
    c.check(page.get("inLanguage") == model["language"], "inLanguage")
    cats = model["categories"]
    about = page.get("about", [])
    c.check([a.get("name") for a in about] == cats and
            all(a.get("@type") == "Thing" for a in about), f"about {about}")
    c.check(page.get("keywords") == (", ".join(cats) if cats else None),
            f"keywords {page.get('keywords')!r}")
    questions = page.get("mainEntity", [])
    c.check(len(questions) == len(model["entries"]),
            f"{len(questions)} Question for {len(model['entries'])} entries")
    for q, e in zip(questions, model["entries"]):
        c.check(q.get("@type") == "Question", f"{e['id']}: @type")
        c.check(q.get("@id") == "#" + e["id"], f"{e['id']}: @id {q.get('@id')!r}")
        c.check(q.get("name") == e["question"], f"{e['id']}: name {q.get('name')!r}")
        check_answer(c, e["id"], q.get("acceptedAnswer"), e["answer"])
    return len(questions)


def main():
    qaconv, src, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    c = Checker(f"jsonld {os.path.basename(src)}")
    model = load_model(qaconv, src, work)
    if "--tricky" in sys.argv[4:]:
        check_tricky(c, model)
    outs = [os.path.join(work, f"page{i}.jsonld") for i in (1, 2)]
    for out in outs:
        convert(qaconv, src, "jsonld", out)
    raw = [open(out, "rb").read() for out in outs]
    c.check(raw[0] == raw[1], "two runs gave different bytes")
    try:
        page = json.loads(raw[0].decode("utf-8"), object_pairs_hook=ordered_pairs)
    except ValueError as e:
        c.check(False, f"output does not parse as JSON: {e}")
        c.finish("")
    n = check_page(c, page, model)
    c.finish(f"FAQPage with {n} Question matching the model, answer HTML "
             "parses and uses only p/ol/ul/li/strong")


if __name__ == "__main__":
    main()
