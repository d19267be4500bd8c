#!/bin/sh
# Round trips and filters keep their word:
# 1. text -> json -> json -> json keeps the diagnostics as they were (each
#    once, with the lines of the original text) and the bytes after the
#    first trip; carried diagnostics are not reported as lines of the JSON;
# 2. a filter that drops entries (filters/examples/drop-flagged.py) leaves
#    the other entries their ids and numbers in every writer, and takes
#    the diagnostics of the dropped entries with them;
# 3. --filter strip-disclaimers leaves readable answers: no dangling
#    "However,", no first-person disclaimer, no persona flag or warning
#    once the sentences are gone (pages in tests/roundtrip/).
# usage: roundtrip.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
pages=$project/tests/roundtrip
drop=$project/filters/examples/drop-flagged.py
. "$(dirname "$0")/lib.sh"
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH

# py SCRIPT ARGS...: a Python check; its message on failure
py() {
    script=$1
    shift
    /usr/bin/python3 -c "$script" "$@" >py.txt 2>&1 || fail "$(tail -n 3 py.txt)"
}

# trips NAME OPTIONS...: t0/page.txt -> NAME1/page.json -> NAME2 -> NAME3,
# each trip run inside its folder, so that every input is named page.*.
trips() {
    name=$1
    shift
    mkdir -p "${name}1" "${name}2" "${name}3"
    (cd t0 && "$qaconv" "$@" -o "../${name}1/page.json" page.txt) 2>"${name}1.err" ||
        fail "$name: text -> json failed: $(cat "${name}1.err")"
    for i in 1 2; do
        (cd "$name$i" && "$qaconv" -f json "$@" -o "../$name$((i + 1))/page.json" page.json) \
            2>"$name$((i + 1)).err" || fail "$name: json trip $i failed: $(cat "$name$((i + 1)).err")"
    done
    for i in 2 3; do
        cmp -s "${name}1/page.json" "$name$i/page.json" ||
            fail "$name: trip $i changed the JSON: $(diff "${name}1/page.json" "$name$i/page.json" | head -n 20)"
    done
}

# ---- 1. diagnostics survive round trips as they were ---------------------
mkdir t0
printf 'Parks in Ohio\n\n1. Are parks free?\n\nAs an AI, I cannot have opinions on parks. Most parks charge nothing.\n\nBack to top\n\n3. Are dogs allowed?\n\nDogs are welcome on trails in the state.1 Owners must clean up.\n\n4. Can I rent a shelter?\n\nShelters cost \303\242\342\202\254\305\223ten dollars\303\242\342\202\254\302\235 a day.\n\n5. Where do I park?\n\nAt the lot by the gate, which opens at eig' >t0/page.txt
trips rt
py '
import json, sys
docs = [json.load(open(f"rt{i}/page.json")) for i in (1, 2, 3)]
want = {"site-furniture", "truncated", "mojibake", "renumbered", "footnote-digit", "persona"}
got = {d["code"] for d in docs[0]["diagnostics"]}
assert want <= got, f"first trip lacks {want - got}"
# the mojibake of the closing quote holds a C1 character (U+009D): the reader
# repairs it, the text filter the opening one, each with its note
assert len(docs[0]["diagnostics"]) == 9, docs[0]["diagnostics"]
for i, d in enumerate(docs[1:], 2):
    assert d["diagnostics"] == docs[0]["diagnostics"], "trip %d: %r" % (i, d["diagnostics"])
persona = [d for d in docs[2]["diagnostics"] if d["code"] == "persona"]
assert [d["line"] for d in persona] == [5], persona  # a line of page.txt
assert docs[2]["source"]["name"] == "page.txt", docs[2]["source"]
'
# the first trip reports with lines of the text; the JSON trips do not
# repeat those as lines of the JSON
contains rt1.err "page.txt:5: warning: .*\[persona\]"
lacks rt2.err "page.json:5"
lacks rt2.err "persona"
lacks rt3.err "renumbered"
# -v and --lint show them, citing the text they are about
(cd rt1 && "$qaconv" -f json -v -o ../v.json page.json) 2>v.err || fail "-v trip failed"
contains v.err "^qaconv: page.json: warning: page.txt:5: the answer to q1 speaks as an AI"
lacks v.err "page.json:5"
(cd rt1 && "$qaconv" -f json --lint page.json) 2>lint.err || fail "--lint on JSON failed"
contains lint.err "^page.json: warning: page.txt:9: question numbered 3 renumbered 2 \[renumbered\]"
[ "$(grep -c persona lint.err)" -eq 1 ] || fail "--lint repeats persona: $(cat lint.err)"
(cd rt1 && "$qaconv" -f json --lint --fail-on warning page.json) 2>/dev/null
[ $? -eq 1 ] || fail "--fail-on warning ignores the warnings a JSON carries"
# a conversion that --fail-on fails names the carried warnings that fail it
(cd rt1 && "$qaconv" -f json --fail-on warning -o ../failon.json page.json) 2>failon.err
if [ $? -eq 1 ]; then
    contains failon.err "page.json: warning: page.txt:5: the answer to q1 speaks as an AI"
fi

# with the other filters of this file on, a round trip is a fixed point too
trips rs --filter strip-disclaimers
trips rd --filter "$drop"
trips rb --filter strip-disclaimers --filter "$drop"
# through an external filter that passes the document on, what the input
# carried stays carried (not printed again) and is kept once
printf '#!/bin/sh\ncat\n' >pass.sh
chmod +x pass.sh
(cd rt1 && "$qaconv" -f json --filter ../pass.sh -o ../pass.json page.json) 2>pass.err ||
    fail "pass.sh failed: $(cat pass.err)"
cmp -s rt1/page.json pass.json || fail "pass.sh changed the document: $(diff rt1/page.json pass.json | head)"
lacks pass.err "persona"

# ---- 2. dropping entries keeps ids, numbers and diagnostics consistent ---
cat >dropme.txt <<'TXT'
Parks in Ohio

Fees

1. Are parks free?

Most parks charge nothing.

Camping

2. Can I camp overnight?

As an AI, I cannot have opinions on camping. Camping needs a permit.

3. Can I light a fire?

Fires are allowed in the rings at each site.

Pets

4. Are dogs allowed?

1. Leash rules: Dogs stay on a leash.
2. Waste: Owners clean up.

6. Where do I park?

At the lot by the gate.
TXT
"$qaconv" --filter "$drop" -t json,jsonld,docbook,md,epub -d drop dropme.txt 2>drop.err ||
    fail "drop-flagged.py through every writer failed: $(cat drop.err)"
# outputs are named after the input or the title: one of each extension
for ext in json jsonld xml md epub; do
    set -- drop/*."$ext"
    [ $# -eq 1 ] && [ -f "$1" ] && cp "$1" "dropped.$ext" || fail "drop: no single .$ext output: $*"
done
py '
import json, re, sys, zipfile
d = json.load(open("dropped.json"))
got = [(e["id"], e["number"], e.get("section")) for e in d["entries"]]
want = [("q1", 1, "Fees"), ("q3", 3, "Camping"), ("q4", 4, "Pets"), ("q5", 5, None)]
assert got == want, got
# the dropped entry (lines 11-14) takes its diagnostics with it; the rest stay
lines = [(x["code"], x["line"]) for x in d["diagnostics"]]
assert not [l for c, l in lines if 11 <= l <= 14], lines
assert ("renumbered", 26) in lines, lines
assert not [x for x in d["diagnostics"] if "q2" in x["message"]], d["diagnostics"]
ids = ["q1", "q3", "q4", "q5"]
ld = json.load(open("dropped.jsonld"))
assert [q["@id"] for q in ld["mainEntity"]] == ["#" + i for i in ids], ld["mainEntity"]
xml = open("dropped.xml", encoding="utf-8").read()
assert re.findall(r"<qandaentry xml:id=\"([^\"]+)\"", xml) == ids, xml
md = open("dropped.md", encoding="utf-8").read()
heads = re.findall(r"^###? (\d+)\\?\. ", md, re.M)
assert heads == ["1", "3", "4", "5"], heads
with zipfile.ZipFile("dropped.epub") as z:
    names = z.namelist()
    content = "".join(z.read(n).decode() for n in names if n.endswith(".xhtml") and "nav" not in n)
    nav = "".join(z.read(n).decode() for n in names if n.endswith("nav.xhtml"))
    ncx = "".join(z.read(n).decode() for n in names if n.endswith(".ncx"))
anchors = re.findall(r"<(?:section|div|article|h[1-6])[^>]* id=\"(q\d+)\"", content)
assert anchors == ids, anchors
assert re.findall(r"href=\"[^\"]*#(q\d+)\"", nav) == ids, nav
assert re.findall(r"src=\"[^\"]*#(q\d+)\"", ncx) == ids, ncx
'
lacks drop.err "q2"
# the dropped JSON read back (and its Markdown) keeps ids and numbers;
# a JSON round trip of it is a fixed point
mkdir -p d1 d2 d3
cp dropme.txt d1/
(cd d1 && "$qaconv" --filter "$drop" -o ../d2/dropme.json dropme.txt) 2>/dev/null || fail "drop to JSON failed"
(cd d2 && "$qaconv" -f json -o ../d3/dropme.json dropme.json) 2>back.err || fail "reading the dropped JSON back failed"
cmp -s d2/dropme.json d3/dropme.json || fail "the dropped JSON changed on a round trip: $(diff d2/dropme.json d3/dropme.json | head)"
lacks back.err "renumbered"
"$qaconv" -f md -o md.json dropped.md 2>md.err || fail "reading the dropped Markdown back failed"
py '
import json
d = json.load(open("md.json"))
assert [(e["id"], e["number"]) for e in d["entries"]] == [("q1", 1), ("q3", 3), ("q4", 4), ("q5", 5)], d["entries"]
'
lacks md.err "renumbered"
# a partner's JSON: entries without ids are numbered after the largest,
# an id used twice or not of the form qN is replaced, with a warning
cat >ids.json <<'JSON'
{"qaconv": 1, "title": "Ids", "language": "en", "categories": [], "entries": [
 {"id": "q2", "number": 2, "question": "A?", "answer": [], "flags": []},
 {"number": 3, "question": "B?", "answer": [], "flags": []},
 {"id": "q2", "number": 4, "question": "C?", "answer": [], "flags": []},
 {"id": "x7", "number": 5, "question": "D?", "answer": [], "flags": []}]}
JSON
"$qaconv" -f json --no-filter numbering,lint -o ids.out.json ids.json 2>ids.err || fail "ids.json refused: $(cat ids.err)"
py '
import json
d = json.load(open("ids.out.json"))
assert [e["id"] for e in d["entries"]] == ["q2", "q3", "q4", "q5"], d["entries"]
codes = [x["code"] for x in d["diagnostics"]]
assert codes == ["duplicate-id", "bad-id"], d["diagnostics"]
'
contains ids.err 'entries\[2\]: id "q2" is taken by an earlier entry; this one is now q4 \[duplicate-id\]'

# ---- 3. strip-disclaimers leaves readable answers ------------------------
for page in disclaimers-connectives disclaimers-family; do
    "$qaconv" --filter strip-disclaimers -o "$page.json" "$pages/$page.txt" 2>"$page.err" ||
        fail "$page: strip-disclaimers failed: $(cat "$page.err")"
    "$qaconv" --lint "$pages/$page.txt" 2>"$page.lint" # every answer is flagged first
done
py '
import json
d = json.load(open("disclaimers-connectives.json"))
a = {e["id"]: [(b.get("role"), b.get("text")) for b in e["answer"]] for e in d["entries"]}
assert a["q1"] == [("lead", "Most branches accept a letter from a shelter as proof of address.")], a["q1"]
# a connective after a sentence that stays keeps its place
assert a["q2"] == [("lead", "Cards usually last three years."), ("body", "That said, some branches renew them online.")], a["q2"]
# the paragraph before went whole: the next one leads, without "That said,"
assert a["q3"] == [("lead", "The state library lends e-books to every card holder.")], a["q3"]
assert a["q4"] == [("lead", "\u00c9lan passes for the science museum are free for children under twelve.")], a["q4"]
# an answer that is only a disclaimer is kept whole, flagged and reported
assert a["q5"] == [("lead", "As an AI language model, I cannot provide legal advice.")], a["q5"]
flags = {e["id"]: e["flags"] for e in d["entries"]}
assert flags == {"q1": [], "q2": [], "q3": [], "q4": [], "q5": ["persona"]}, flags
persona = [x["message"] for x in d["diagnostics"] if x["code"] == "persona"]
assert len(persona) == 1 and "q5" in persona[0], persona
assert [x["code"] for x in d["diagnostics"]].count("disclaimer-kept") == 1, d["diagnostics"]
'
py '
import json, re
d = json.load(open("disclaimers-family.json"))
text = " ".join(b.get("text", "") for e in d["entries"] for b in e["answer"])
left = re.findall(r"(?i)\b(as an ai\b|language model|my knowledge|I am not a lawyer|I do not have|I don.t have|I.m sorry|I apologi[sz]e|I can.t|I cannot)", text)
assert not left, left
assert not [e["id"] for e in d["entries"] if e["flags"]], d["entries"]
assert not [x for x in d["diagnostics"] if x["code"] == "persona"], d["diagnostics"]
a = {e["id"]: e["answer"][0]["text"] for e in d["entries"]}
assert a["q1"] == "Passes are sold at the downtown hub, and they cost forty dollars.", a
assert a["q4"] == "Every bus has a rack for two bicycles at the front.", a
assert a["q6"].startswith("Riders often use the pass as an aid"), a
'
for q in 1 2 3 4 5; do contains disclaimers-family.lint "the answer to q$q speaks as an AI"; done
lacks disclaimers-family.lint "the answer to q6 "
lacks disclaimers-connectives.err "q[1-4] speaks"
contains disclaimers-connectives.err "the answer to q5 speaks as an AI"
lacks disclaimers-family.err "persona"

finish "roundtrip"
