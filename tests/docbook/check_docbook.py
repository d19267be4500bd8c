#!/usr/bin/env python3
"""DocBook 5 output of one input, held against validators and the model.

usage: check_docbook.py QACONV INPUT WORKDIR [--tricky]

1. jing validates it against DocBook 5.0's RELAX NG schema;
2. its title, keywords, preamble and every question and answer (labels and
   nested lists included) carry exactly the model's text and structure;
3. DocBook XSL (xsltproc) turns it into HTML that shows every question,
   label and answer text.
A missing validator is a failure, never a skip.  --tricky also requires the
input to put & < > ]]> and -- in a title, question, label and answer.
"""
import html.parser
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qa_model import (Checker, blocks_shape, check_tricky, convert,  # noqa: E402
                      display_title,
                      load_model, norm, run, texts)

RNG = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"
XSL = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl"
DB = "{http://docbook.org/ns/docbook}"
XML = "{http://www.w3.org/XML/1998/namespace}"
BLOCKS = {DB + "para": "p", DB + "orderedlist": "ol", DB + "itemizedlist": "ul"}


def item_shape(listitem):
    """(label, text, sublist) from <listitem><para><emphasis role="strong">
    Label:</emphasis> text</para>[list]</listitem>."""
    para = listitem.find(DB + "para")
    label, text = None, para.text or ""
    strong = para.find(DB + "emphasis")
    if strong is not None and strong.get("role") == "strong":
        label = "".join(strong.itertext())
        label = label[:-1] if label.endswith(":") else label + "<no colon>"
        tail = strong.tail or ""
        text = tail[1:] if tail.startswith(" ") else tail
    subs = [child_shape(el) for el in listitem if el.tag != DB + "para"]
    return (label, text, subs[0] if len(subs) == 1 else (subs or None))


def child_shape(el):
    kind = BLOCKS.get(el.tag, el.tag)
    if kind == "p":
        return ("p", "".join(el.itertext()))
    if kind in ("ol", "ul"):
        return (kind, [item_shape(li) for li in el.findall(DB + "listitem")])
    return (kind, None)


def check_xml(c, path, model):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        c.check(False, f"output does not parse as XML: {e}")
        c.finish("")
    c.check(root.tag == DB + "article", f"root is {root.tag}")
    c.check(root.get("version") == "5.0", "article version is not 5.0")
    c.check(root.get(XML + "lang") == model["language"], "xml:lang")
    c.check(root.findtext(f"{DB}info/{DB}title") == display_title(model), "title")
    kws = [k.text for k in root.findall(f"{DB}info/{DB}keywordset/{DB}keyword")]
    c.check(kws == model["categories"], f"keywords {kws}")
    pre = [child_shape(el) for el in root if el.tag in BLOCKS]
    c.check(pre == blocks_shape(model["preamble"]), f"preamble {pre}")
    entries = root.findall(f"{DB}qandaset/{DB}qandaentry")
    divs = root.findall(f"{DB}qandaset/{DB}qandadiv")
    sections = [e["section"] for e in model["entries"] if "section" in e]
    if sections:  # a qandadiv per section, untitled before the first
        titles = [d.findtext(f"{DB}title") for d in divs]
        c.check(not entries and [t for t in titles if t is not None] == sections,
                f"qandadiv titles {titles} for sections {sections}")
        entries = [el for d in divs for el in d.findall(f"{DB}qandaentry")]
    c.check(len(entries) == len(model["entries"]),
            f"{len(entries)} qandaentry for {len(model['entries'])} questions")
    for el, e in zip(entries, model["entries"]):
        c.check(el.get(XML + "id") == e["id"], f"xml:id {el.get(XML + 'id')}")
        q = "".join(el.find(f"{DB}question/{DB}para").itertext())
        c.check(q == e["question"], f"{e['id']}: question {q!r}")
        answer = el.find(DB + "answer")
        # where the page was cut off: a note role="cut-off" ends the answer
        cut = [] if answer is None else [
            b for b in answer if b.tag == DB + "note" and b.get("role") == "cut-off"]
        truncated = "truncated" in e["flags"]
        c.check(len(cut) == truncated and (not cut or answer[-1] is cut[0]),
                f"{e['id']}: {len(cut)} cut-off notes, truncated={truncated}")
        got = [] if answer is None else [child_shape(b) for b in answer
                                         if b not in cut]
        c.check(got == blocks_shape(e["answer"]),
                f"{e['id']}: answer {got!r} != {blocks_shape(e['answer'])!r}")
    return len(entries)


class BodyText(html.parser.HTMLParser):
    """All character data inside <body>, character references decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_body, self.parts = False, []

    def handle_starttag(self, tag, attrs):
        self.in_body |= tag == "body"

    def handle_data(self, data):
        if self.in_body:
            self.parts.append(data)


def check_html(c, xml_path, html_path, model):
    r = run(["xsltproc", "--nonet", "--output", html_path, XSL, xml_path])
    if not c.check(r.returncode == 0, "xsltproc failed: "
                   + r.stderr.decode(errors="replace").strip()[-500:]):
        return
    raw = open(html_path, "rb").read()
    m = re.search(rb'charset=([-\w]+)', raw)  # DocBook XSL says ISO-8859-1
    body = BodyText()
    body.feed(raw.decode(m.group(1).decode() if m else "utf-8"))
    text = norm("".join(body.parts))
    for e in model["entries"]:
        c.check(norm(e["question"]) in text,
                f"{e['id']}: question missing from HTML: {e['question']!r}")
        for label, t in texts(e["answer"]):
            c.check(norm(t) in text, f"{e['id']}: text missing from HTML: {t!r}")
            if label:
                c.check(norm(label) + ":" in text,
                        f"{e['id']}: label missing from HTML: {label!r}")


def main():
    qaconv, src, work = sys.argv[1:4]
    tricky = "--tricky" in sys.argv[4:]
    os.makedirs(work, exist_ok=True)
    c = Checker(f"docbook {os.path.basename(src)}")
    for tool, path in (("jing", RNG), ("xsltproc", XSL)):
        if not shutil.which(tool) or not os.path.isfile(path):
            c.check(False, f"{tool} or {path} missing (apt-get install jing "
                    "docbook5-xml xsltproc docbook-xsl-ns)")
            c.finish("")
    model = load_model(qaconv, src, work)
    if tricky:
        check_tricky(c, model)
    xml_path = os.path.join(work, "doc.xml")
    convert(qaconv, src, "docbook", xml_path)
    r = run(["jing", RNG, xml_path])
    c.check(r.returncode == 0, "jing: " + r.stdout.decode(errors="replace"))
    n = check_xml(c, xml_path, model)
    check_html(c, xml_path, os.path.join(work, "doc.html"), model)
    c.finish(f"jing valid, {n} qandaentry match the model, "
             "DocBook XSL HTML shows every question")


if __name__ == "__main__":
    main()
