#!/bin/sh
# Metadata reaches every format: each -M key in the JSON (with provenance),
# JSON-LD, DocBook (valid DocBook 5.0, jing), Markdown front matter and the
# EPUB (epubcheck); -M title= titles a single document; bad keys and values
# and missing --css/--cover files are usage errors before any output;
# SOURCE_DATE_EPOCH keeps the JSON byte-identical; a truncated page shows
# where it was cut off in EPUB, DocBook and Markdown, and a whole one not.
# usage: meta.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
. "$(dirname "$0")/lib.sh"

py=/usr/bin/python3
rng=/usr/share/xml/docbook/schema/rng/5.0/docbook.rng
epubcheck_jar=/usr/share/java/epubcheck.jar
cut_page=$project/input/06-food-permit-colorado.txt # ends mid-word
whole_page=$project/input/01-library-card-oregon.txt
notice_en="The source page was cut off here; the rest of this answer is missing."
notice_es="La página de origen se cortó aquí; falta el resto de esta respuesta."
unset SOURCE_DATE_EPOCH

set -- -M "creator=Legal Aid of Oregon" -M "publisher=Town Library" \
    -M "rights=Shared under CC BY 4.0" -M date=2024-05-01 \
    -M identifier=urn:isbn:9780000000002 \
    -M source-url=https://example.org/faq/library-card \
    -M "title=Library Cards: A Handout"
cp "$whole_page" page.txt

# py FILE CODE: runs CODE with d the JSON document in FILE; fails on error
pycheck() {
    "$py" - "$1" "$2" <<'EOF' || fail "$2: $(cat py.err)"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
try:
    exec(sys.argv[2])
except AssertionError as e:
    open("py.err", "w").write(str(e) or "assertion failed")
    sys.exit(1)
EOF
}

# ---- JSON: meta, title, source.url, generator, conversion time ----------
"$qaconv" -q "$@" -t json -o meta.json page.txt || fail "-M ... -t json failed"
pycheck meta.json '
m = d["meta"]
assert m == {"creator": "Legal Aid of Oregon", "publisher": "Town Library",
             "rights": "Shared under CC BY 4.0", "date": "2024-05-01",
             "identifier": "urn:isbn:9780000000002"}, m
assert d["title"] == "Library Cards: A Handout", d["title"]
assert d["source"]["url"] == "https://example.org/faq/library-card", d["source"]
assert d["source"]["name"] == "page.txt", d["source"]
assert d["generator"].startswith("qaconv 0."), d["generator"]
import re
assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["converted"]), d.get("converted")
keys = list(d)
assert keys[:9] == ["qaconv", "id", "title", "categories", "language",
                    "source", "preamble", "entries", "diagnostics"], keys
assert keys[9:] == ["meta", "generator", "converted"], keys
assert list(d["source"]) == ["name", "size", "sha256", "url"], list(d["source"])
'
# the schema takes it (an identifier that is also a valid document id)
"$qaconv" -q -M creator=A -M publisher=B -M rights=C -M date=2024-05-01T09:30:00+02:00 \
    -M identifier=handout-7 -M source-url=https://example.org/x -o schema.json page.txt ||
    fail "JSON for the schema failed"
"$py" "$project/tests/validate_schema.py" "$project/schema/qaconv.schema.json" \
    schema.json >schema.txt 2>&1 || fail "schema: $(cat schema.txt)"
# a document of version 1 without the new keys stays valid
pycheck schema.json '
import json
for k in ("meta", "generator", "converted"):
    d.pop(k)
d["source"].pop("url")
json.dump(d, open("old.json", "w"))
'
"$py" "$project/tests/validate_schema.py" "$project/schema/qaconv.schema.json" \
    old.json >old.txt 2>&1 || fail "a version 1 document without meta: $(cat old.txt)"

# an absolute source path gives its base name, never the local folders
"$qaconv" -q -o abs.json "$work/page.txt" || fail "absolute path refused"
pycheck abs.json 'assert d["source"]["name"] == "page.txt", d["source"]["name"]'

# SOURCE_DATE_EPOCH: no conversion time, byte-identical outputs
SOURCE_DATE_EPOCH=1700000000 "$qaconv" -q "$@" -o a.json page.txt
sleep 1
SOURCE_DATE_EPOCH=1700000000 "$qaconv" -q "$@" -o b.json page.txt
cmp -s a.json b.json || fail "SOURCE_DATE_EPOCH: two runs differ: $(diff a.json b.json | head -5)"
lacks a.json '"converted"'
contains a.json '"generator": "qaconv '

# -f json keeps the metadata: JSON -> JSON is a fixed point
SOURCE_DATE_EPOCH=0 "$qaconv" -q -f json -t json -o back.json a.json ||
    fail "-f json of a document with meta failed"
pycheck back.json '
import json
a = json.load(open("a.json"))
for k in ("meta", "title"):
    assert d[k] == a[k], (k, d[k], a[k])
assert d["source"].get("url") == a["source"]["url"], d["source"]
'
# ... and carries it into the other formats
SOURCE_DATE_EPOCH=0 "$qaconv" -q -f json -t md --md-front-matter -o back.md a.json ||
    fail "-f json -t md failed"
contains back.md '^creator: "Legal Aid of Oregon"'
contains back.md '^source-url: "https://example.org/faq/library-card"'
# and Markdown front matter reads back as well
SOURCE_DATE_EPOCH=0 "$qaconv" -q -f md -t json -o md.json back.md || fail "-f md failed"
pycheck md.json '
assert d["meta"]["creator"] == "Legal Aid of Oregon", d["meta"]
assert d["meta"]["date"] == "2024-05-01", d["meta"]
assert d["source"]["url"] == "https://example.org/faq/library-card", d["source"]
'

# ---- JSON-LD: schema.org properties --------------------------------------
"$qaconv" -q "$@" -t jsonld -o meta.jsonld page.txt || fail "-t jsonld failed"
pycheck meta.jsonld '
assert d["name"] == "Library Cards: A Handout", d["name"]
assert d["author"] == {"@type": "Organization", "name": "Legal Aid of Oregon"}, d.get("author")
assert d["publisher"]["name"] == "Town Library", d.get("publisher")
assert d["copyrightNotice"] == "Shared under CC BY 4.0", d.get("copyrightNotice")
assert d["datePublished"] == "2024-05-01", d.get("datePublished")
assert d["identifier"] == "urn:isbn:9780000000002", d.get("identifier")
assert d["url"] == "https://example.org/faq/library-card", d.get("url")
'
"$qaconv" -q -M rights=https://creativecommons.org/licenses/by/4.0/ -t jsonld \
    -o license.jsonld page.txt || fail "-t jsonld with a licence URL failed"
pycheck license.jsonld '
assert d["license"] == "https://creativecommons.org/licenses/by/4.0/", d
assert "copyrightNotice" not in d, d
'

# ---- DocBook: info, valid DocBook 5.0 ------------------------------------
"$qaconv" -q "$@" -t docbook -o meta.xml page.txt || fail "-t docbook failed"
if command -v jing >/dev/null && [ -f "$rng" ]; then
    jing "$rng" meta.xml >jing.txt 2>&1 || fail "jing: $(cat jing.txt)"
else
    fail "jing or $rng missing (apt-get install jing docbook5-xml)"
fi
"$py" - meta.xml <<'EOF' || fail "DocBook info: $(cat py.err)"
import sys, xml.etree.ElementTree as ET
DB = "{http://docbook.org/ns/docbook}"
info = ET.parse(sys.argv[1]).getroot().find(DB + "info")
want = {"title": "Library Cards: A Handout",
        "author/" + DB + "orgname": "Legal Aid of Oregon",
        "publisher/" + DB + "publishername": "Town Library",
        "pubdate": "2024-05-01", "biblioid": "urn:isbn:9780000000002",
        "bibliosource": "https://example.org/faq/library-card",
        "legalnotice/" + DB + "para": "Shared under CC BY 4.0"}
bad = [f"{k}={info.findtext(DB + k)!r}" for k, v in want.items()
       if info.findtext(DB + k) != v]
if bad:
    open("py.err", "w").write("; ".join(bad))
    sys.exit(1)
EOF

# ---- Markdown front matter ------------------------------------------------
"$qaconv" -q "$@" -t md --md-front-matter -o meta.md page.txt || fail "-t md failed"
contains meta.md '^title: "Library Cards: A Handout"'
contains meta.md '^creator: "Legal Aid of Oregon"'
contains meta.md '^publisher: "Town Library"'
contains meta.md '^rights: "Shared under CC BY 4.0"'
contains meta.md '^date: "2024-05-01"'
contains meta.md '^identifier: "urn:isbn:9780000000002"'
contains meta.md '^source-url: "https://example.org/faq/library-card"'
contains meta.md '^# Library Cards: A Handout'

# ---- EPUB: the package document, epubcheck --------------------------------
"$qaconv" -q "$@" -t epub -o meta.epub page.txt || fail "-t epub failed"
"$py" - meta.epub <<'EOF' || fail "EPUB metadata: $(cat py.err)"
import sys, zipfile, xml.etree.ElementTree as ET
DC = "{http://purl.org/dc/elements/1.1/}"
z = zipfile.ZipFile(sys.argv[1])
opf = ET.fromstring(z.read("EPUB/package.opf"))
want = {"title": "Library Cards: A Handout", "creator": "Legal Aid of Oregon",
        "publisher": "Town Library", "rights": "Shared under CC BY 4.0",
        "date": "2024-05-01", "identifier": "urn:isbn:9780000000002",
        "source": "https://example.org/faq/library-card"}
got = {k: [e.text for e in opf.iter(DC + k)] for k in want}
bad = [f"dc:{k} {got[k]}" for k, v in want.items() if got[k] != [v]]
if b"Library Cards: A Handout</h1>" not in z.read("EPUB/ch1.xhtml"):
    bad.append("the page's heading is not the -M title")
if bad:
    open("py.err", "w").write("; ".join(bad))
    sys.exit(1)
EOF
if [ -f "$epubcheck_jar" ]; then
    java -jar "$epubcheck_jar" meta.epub >epubcheck.txt 2>&1 ||
        fail "epubcheck meta.epub: $(grep -E 'ERROR|FATAL' epubcheck.txt | head -3)"
else
    fail "epubcheck missing (apt-get install epubcheck)"
fi

# ---- usage errors, once, before any output --------------------------------
cp "$whole_page" page2.txt
usage() { # usage WANT ARGS...: exit 2, WANT in stderr once, nothing in out/
    want=$1
    shift
    rm -rf out
    "$qaconv" -d out "$@" page.txt page2.txt >out.txt 2>err.txt
    status=$?
    [ "$status" -eq 2 ] || fail "$*: exit $status, want 2: $(cat err.txt)"
    [ "$(grep -c -- "$want" err.txt)" -eq 1 ] ||
        fail "$*: want '$want' once in stderr: $(cat err.txt)"
    [ ! -e out ] || fail "$*: wrote $(ls out)"
}
usage "date='yesterday'" -M date=yesterday
usage "date='2024-13-01'" -M date=2024-13-01
usage "date='2023-02-29'" -M date=2023-02-29
usage "date='2024-05-01 10:00'" -M "date=2024-05-01 10:00"
usage "source-url='example.org/faq'" -M source-url=example.org/faq
usage "source-url='/home/me/faq.txt'" -M source-url=/home/me/faq.txt
usage "unknown --metadata key 'author'" -M author=Me
usage "unknown --metadata key 'Creator'" -M Creator=Me
usage "creator=''" -M creator=
usage "cannot read stylesheet nosuch.css" -t epub --css nosuch.css
usage "cannot read cover image nosuch.png" -t epub --cover nosuch.png
usage "cannot read stylesheet $work" -t epub --css "$work"
# the forms of ISO 8601 that are accepted
for date in 2024 2024-05 2024-02-29 2024-05-01T10:00Z 2024-05-01T10:00:30Z \
    2024-05-01T10:00:30.25+02:00; do
    "$qaconv" -q -M "date=$date" -t epub -o d.epub page.txt ||
        fail "-M date=$date refused"
done

# ---- the cut-off notice ------------------------------------------------------
cp "$cut_page" cut.txt
"$qaconv" -q -t json -o cut.json cut.txt
pycheck cut.json 'assert d["entries"][-1]["flags"] == ["truncated"], d["entries"][-1]["flags"]'
"$qaconv" -q -t epub,docbook,md -d cut cut.txt || fail "truncated page: conversion failed"
"$qaconv" -q -t epub,docbook,md -d whole page.txt || fail "whole page: conversion failed"
for d in cut whole; do
    unzip -p "$d"/*.epub 'EPUB/ch*.xhtml' >"$d.xhtml" 2>/dev/null
    unzip -p "$d"/*.epub EPUB/style.css >"$d.css" 2>/dev/null
done
contains cut.xhtml "<p class=\"cut-off\">$notice_en</p>"
[ "$(grep -c 'class="cut-off"' cut.xhtml)" -eq 1 ] || fail "EPUB: want one notice"
contains cut.css 'p.cut-off'
lacks whole.xhtml 'cut-off'
contains cut/*.xml '<note role="cut-off">'
contains cut/*.xml "$notice_en"
jing "$rng" cut/*.xml >jing.txt 2>&1 || fail "jing, truncated page: $(cat jing.txt)"
lacks whole/*.xml 'cut-off'
contains cut/*.md "^> \*$notice_en\*"
lacks whole/*.md "$notice_en"
# the notice is the last thing of the last answer
tail -n 1 cut/*.md | grep -q "$notice_en" || fail "md: the notice is not last"
if [ -f "$epubcheck_jar" ]; then
    java -jar "$epubcheck_jar" cut/*.epub >epubcheck.txt 2>&1 ||
        fail "epubcheck, truncated page: $(grep -E 'ERROR|FATAL' epubcheck.txt | head -3)"
fi
# reading the Markdown back drops the notice and keeps the flag
"$qaconv" -q -f md -t json -o md-back.json cut/*.md || fail "-f md of a cut page failed"
pycheck md-back.json '
import json
want = json.load(open("cut.json"))["entries"][-1]["answer"]
e = d["entries"][-1]
assert "truncated" in e["flags"], e["flags"]
assert [b.get("text") for b in e["answer"]] == [b.get("text") for b in want], e["answer"]
assert "cut off" not in json.dumps(d), "the notice became text"
'
# in the document's language, English where the table has none
"$qaconv" -q -M language=es -t md,epub,docbook -d es cut.txt || fail "language=es failed"
contains es/*.md "$notice_es"
unzip -p es/*.epub 'EPUB/ch*.xhtml' >es.xhtml
contains es.xhtml "$notice_es"
contains es/*.xml "$notice_es"
"$qaconv" -q -M language=nl -t epub -d nl cut.txt || fail "language=nl failed"
unzip -p nl/*.epub 'EPUB/ch*.xhtml' >nl.xhtml
contains nl.xhtml "<p class=\"cut-off\" lang=\"en\" xml:lang=\"en\">$notice_en</p>"
"$qaconv" -q -M language=fr -t md -d fr cut.txt || fail "language=fr failed"
"$qaconv" -q -f md -t json -o fr.json fr/*.md || fail "-f md, French"
pycheck fr.json 'assert "interrompt" not in json.dumps(d, ensure_ascii=False), "French notice kept as text"
assert "truncated" in d["entries"][-1]["flags"]'

finish "meta"
