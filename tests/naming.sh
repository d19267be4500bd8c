#!/bin/sh
# Nothing lost, nothing destroyed: outputs named after their inputs and
# claimed across runs and processes, -o on special files, formats from
# extensions, and the command line's conventions.
# usage: naming.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
export SOURCE_DATE_EPOCH=1700000000
. "$(dirname "$0")/lib.sh"

# page FILE TITLE N: a small page titled TITLE whose question names N
page() {
    printf '%s\n\n1. When is office %s open?\n\nWeekdays from nine to five.\n' \
        "$2" "$3" >"$1"
}
count() { find "$1" -type f ! -name '.*' | wc -l; }

# ---- -o never replaces a special file ----------------------------------
page good.txt "Bus Passes" 1
"$qaconv" -o /dev/null good.txt || fail "-o /dev/null failed"
[ -c /dev/null ] || fail "-o /dev/null replaced the device with a regular file"
mkfifo fifo
cat fifo >fifo.out &
reader=$!
"$qaconv" -o fifo good.txt || fail "-o FIFO failed"
wait $reader
[ -p fifo ] || fail "-o FIFO replaced the FIFO"
contains fifo.out '"title": "Bus Passes"'
printf 'old\n' >target.json
ln -s target.json link.json
"$qaconv" -o link.json good.txt || fail "-o symlink failed"
[ -L link.json ] || fail "-o replaced the symlink itself"
contains target.json '"title": "Bus Passes"'
ln -s nowhere/x.json dangling.json
expect 1 "$qaconv" -o dangling.json good.txt
contains err.txt "cannot write dangling.json"
mkdir adir
expect 1 "$qaconv" -o adir good.txt
[ -d adir ] || fail "-o DIR replaced a folder"

# ---- names come from inputs; nothing is overwritten ---------------------
mkdir -p a b pages/ny pages/ca
page a/x.txt "FAQ" 1
page b/y.txt "FAQ" 2
"$qaconv" -q -d out a/x.txt && "$qaconv" -q -d out b/y.txt || fail "two runs failed"
[ "$(count out)" -eq 2 ] || fail "two runs of same-titled pages left $(count out) files, want 2"
page pages/ny/faq.txt "FAQ" 3
page pages/ca/faq.txt "FAQ" 4
"$qaconv" -q -d tree pages || fail "folder run failed"
[ -f tree/ny/faq.json ] && [ -f tree/ca/faq.json ] || fail "folder tree not mirrored: $(find tree)"
contains tree/ny/faq.json '"id": "ny-faq"'
! grep -rq "$work" tree || fail "a local path in the outputs or their stamps: $(grep -rl "$work" tree)"
# two inputs of one name in one run: the second takes a digest name
"$qaconv" -d flat pages/ny/faq.txt pages/ca/faq.txt 2>err.txt || fail "flat run failed"
[ "$(count flat)" -eq 2 ] || fail "same-named inputs gave $(count flat) files, want 2"
contains err.txt "duplicate-name"
ls flat >names1.txt
# the same run again replaces its own outputs and takes the same names
"$qaconv" -q -d flat pages/ny/faq.txt pages/ca/faq.txt || fail "re-run failed"
ls flat >names2.txt
cmp -s names1.txt names2.txt || fail "a re-run changed the names: $(cat names2.txt)"
# the ids differ too
cat flat/*.json | grep -c '^  "id"' >ids.txt
[ "$(sort -u flat/*.json | grep -c '^  "id"')" -eq 2 ] || fail "same-named inputs got one id"

# --name title: titles as names, collisions resolved across processes
i=0
mkdir titled
while [ $i -lt 40 ]; do page "titled/p$i.txt" "Common Title $((i % 4))" $i; i=$((i + 1)); done
ls titled/*.txt | xargs -P 4 -n 5 "$qaconv" -q -j 1 --name title -d bytitle ||
    fail "--name title shards failed"
[ "$(count bytitle)" -eq 40 ] || fail "--name title over 4 processes kept $(count bytitle) of 40"
[ -f bytitle/common-title-0.json ] || fail "--name title did not use the title"
# long titles that agree in their first 60 characters
long="Frequently Asked Questions About Applying For Housing Assistance Part"
page l1.txt "$long 435" 1
page l2.txt "$long 44" 2
"$qaconv" -q --name title -d long l1.txt l2.txt || fail "long titles failed"
[ "$(count long)" -eq 2 ] || fail "titles cut at 60 characters collided"

# ids: unique in a run, the same from run to run, whatever the titles
mkdir many
i=0
while [ $i -lt 200 ]; do page "many/p$i.txt" "Shared Title $((i % 10))" $i; i=$((i + 1)); done
"$qaconv" -q -d ids1 many && "$qaconv" -q -d ids2 many || fail "id runs failed"
[ "$(cat ids1/*.json | grep '^  "id"' | sort -u | wc -l)" -eq 200 ] || fail "200 pages got fewer than 200 ids"
diff -r ids1 ids2 >/dev/null 2>&1 || true
for f in ids1/*.json; do cmp -s "$f" "ids2/${f#ids1/}" || fail "ids differ between runs: $f"; done
"$qaconv" -M identifier=urn:x:1 -o given.json good.txt
contains given.json '"id": "urn:x:1"'

# --shard K/N: 4 parts, disjoint and complete, byte-identical to one -j run
"$qaconv" -q -j 2 -t json,md -d whole many titled || fail "whole run failed"
for k in 1 2 3 4; do
    "$qaconv" -q -j 1 --shard $k/4 -t json,md -d sharded many titled &
done
wait
diff -r whole sharded >/dev/null || fail "4 shards differ from one -j run"
n1=$("$qaconv" -q --lint --shard 1/4 many titled --report r1.jsonl; wc -l <r1.jsonl)
n2=$("$qaconv" -q --lint --shard 2/4 many titled --report r2.jsonl; wc -l <r2.jsonl)
[ "$n1" -gt 0 ] && [ "$n2" -gt 0 ] || fail "a shard was empty"
cat r1.jsonl r2.jsonl | sort | uniq -d >dup.txt
[ ! -s dup.txt ] || fail "two shards took the same input"
# the README's xargs -P and GNU parallel recipes, titles colliding
ls titled/*.txt | xargs -P 4 -n 7 "$qaconv" -q -j 1 -t json,md -d byxargs || fail "xargs recipe failed"
"$qaconv" -q -j 2 -t json,md -d byj titled/*.txt || fail "-j run of titled failed"
diff -r byj byxargs >/dev/null || fail "the xargs recipe differs from one -j run"
ls titled/*.txt | parallel -N 7 "$qaconv" -q -j 1 -t json,md -d byparallel || fail "parallel recipe failed"
diff -r byj byparallel >/dev/null || fail "the parallel recipe differs from one -j run"
[ "$(count byj)" -eq 80 ] || fail "the -j run of 40 pages gave $(count byj) files, want 80"
expect 2 "$qaconv" --shard 5/4 good.txt
expect 2 "$qaconv" --shard 0/4 good.txt

# ---- formats from extensions -------------------------------------------
"$qaconv" -o handout.epub good.txt || fail "-o handout.epub failed"
[ "$(head -c 2 handout.epub)" = "PK" ] || fail "-o handout.epub did not write an EPUB"
"$qaconv" -o page.md good.txt && contains page.md "^# Bus Passes"
expect 2 "$qaconv" -t md -o x.epub good.txt
contains err.txt "names another format"
[ ! -e x.epub ] || fail "a conflicting -t wrote x.epub"
"$qaconv" -o rt.json good.txt
"$qaconv" -t md -o rt.md rt.json || fail "a .json input was not read as JSON"
"$qaconv" -o back.json rt.md || fail "a .md input was not read as Markdown"
contains back.json '"title": "Bus Passes"'
cp good.txt UPPER.TXT && cp good.txt noext && cp good.txt page.text
for f in UPPER.TXT noext page.text; do
    "$qaconv" -o "$f.json" "$f" || fail "$f was not read as text"
done
mkdir mixed && cp good.txt mixed/A.TXT && cp good.txt mixed/b.text && cp rt.json mixed/
"$qaconv" -d mixedout mixed 2>err.txt || fail "mixed folder failed"
[ "$(count mixedout)" -eq 2 ] || fail "folder took $(count mixedout) text inputs, want 2"
contains err.txt "1 files of other formats skipped"
printf '<!DOCTYPE html>\n<html><body><h1>FAQ</h1><h2>Why?</h2><p>So.</p></body></html>\n' >saved.txt
"$qaconv" -o saved.json saved.txt || fail "an HTML page named .txt was not read as HTML"
contains saved.json '"question": "Why?"'
expect 1 "$qaconv" -f text -o forced.json saved.txt
contains err.txt "saved.txt:1: this is an HTML document, not a text page: read it with -f html"
[ ! -e forced.json ] || fail "an HTML page read with -f text was written"
for f in saved.html saved.HTM saved.xhtml; do
    cp saved.txt "$f"
    "$qaconv" -o "$f.json" "$f" || fail "$f was not read as HTML"
done
cp rt.json page.epub
expect 1 "$qaconv" -o x.json page.epub
contains err.txt "reads no epub"

# ---- command-line conventions ------------------------------------------
expect 2 "$qaconv" --frmo json good.txt
contains err.txt "^qaconv: unrecognized option '--frmo'; did you mean '--from'?"
lacks err.txt "/qaconv"
expect 2 "$qaconv" -t pdf good.txt
contains err.txt "qaconv writes json, docbook, jsonld, md, epub"
mkdir empty
expect 2 "$qaconv" -d eo empty
contains err.txt "empty: no page in this folder (looked for .txt and .html files)"
"$qaconv" -d sum many 2>err.txt || fail "summary run failed"
contains err.txt "^qaconv: 200 inputs, 200 converted, 0 failed, 200 files written to sum in"
"$qaconv" -q -d sumq many 2>err.txt
[ ! -s err.txt ] || fail "-q printed: $(head -c 200 err.txt)"
# standard input when it is not a terminal and nothing is named
"$qaconv" -o piped.json <good.txt || fail "reading a pipe failed"
contains piped.json '"title": "Bus Passes"'
# with a terminal on standard input and nothing named: a usage error
script -qec "$qaconv" /dev/null >tty.txt 2>&1 </dev/null
contains tty.txt "no input given"
# -o - with EPUB on a terminal is refused
script -qec "$qaconv -t epub -o - good.txt" /dev/null >tty.txt 2>&1 </dev/null
contains tty.txt "binary EPUB to the terminal"
# --fail-on warning applies to conversion too
printf 'Clinic\n\n1. When is it open?\n\nEvery day \001from nine.\n' >cut.txt
expect 0 "$qaconv" -o cut0.json cut.txt
expect 1 "$qaconv" --fail-on warning -o cut1.json cut.txt
[ ! -e cut1.json ] || fail "--fail-on warning still wrote the output"
# a failed input's report line carries its message
printf 'No questions at all.\n' >noq.txt
"$qaconv" -q -d rep noq.txt good.txt --report rep.jsonl
contains rep.jsonl '"status":"failed".*"error":"[^"]*no question found'
# --update rebuilds what other options would make differently
"$qaconv" -q -d upd good.txt
sleep 1
"$qaconv" -v --update -d upd good.txt 2>err.txt
contains err.txt "is up to date"
"$qaconv" -v --update -M creator=Someone -d upd good.txt 2>err.txt
contains err.txt "good.txt -> upd/good.json"

# an output that would replace an input (the output folder holds it under
# the output's name, or a link there leads to it) is an error for that
# input alone: nothing of it is written, the others are
mkdir -p back back2 linked src
"$qaconv" -q -o back/page.json good.txt
cp back/page.json page.keep
expect 1 "$qaconv" -f json -t json -d back back/page.json
contains err.txt "^qaconv: back/page.json: not written: its output back/page.json is one of the inputs and would replace it$"
cmp -s back/page.json page.keep || fail "an input was replaced by its own output"
expect 1 "$qaconv" -f json -t md,json -d back back/page.json
[ ! -e back/page.md ] || fail "a document whose output would replace its input was written in part"
cp page.keep back2/one.json
cp page.keep back2/two.json
expect 1 "$qaconv" -f json -t json -d back2 back2/one.json src/../back2/two.json
[ "$(grep -c 'is one of the inputs' err.txt)" -eq 2 ] || fail "each input that an output would replace is named: $(cat err.txt)"
cp page.keep src/faq.json
ln -s ../src/faq.json linked/faq.json
expect 1 "$qaconv" -t json -d linked src/faq.json
contains err.txt "its output linked/faq.json is one of the inputs"
cmp -s src/faq.json page.keep || fail "an input was replaced through a link"
cp good.txt src/other.txt
expect 1 "$qaconv" -d linked src/faq.json src/other.txt
[ -s linked/other.json ] || fail "the other inputs are not converted"

finish "naming"
