#!/bin/sh
# Batch conversion: folders, name lists, threads, --report, --update,
# interruption, and sharding with GNU parallel and xargs.
# usage: batch.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
# EPUBs carry a modification time: fixed, so that runs compare byte for byte
export SOURCE_DATE_EPOCH=1700000000
. "$(dirname "$0")/lib.sh"

# page FILE N: writes a small page whose title is unique to N
page() {
    printf 'HealthPublic Services\n\nClinic Guide Number %d\n\n' "$2" >"$1"
    printf '1. When is clinic %d open?\n\nWeekdays from nine to five.\n\n' "$2" >>"$1"
    printf '2. What should I bring?\n\n1. Photo ID: A card or passport.\n' >>"$1"
    printf '2. Insurance: Bring your card if you have one.\n\nThat is all.\n' >>"$1"
}

# a corpus in nested folders, with files that are not inputs
mkdir -p in/a/b in/.hidden
n=12
i=0
while [ $i -lt $n ]; do
    if [ $i -lt 6 ]; then page "in/p$i.txt" $i; else page "in/a/b/p$i.txt" $i; fi
    i=$((i + 1))
done
page in/.hidden/p99.txt 99
printf 'not an input\n' >in/a/notes.md
cp "$project/input/01-library-card-oregon.txt" library.txt

# a folder is every .txt under it, hidden entries skipped
"$qaconv" -q -j 1 -d one in --report one.jsonl || fail "-j 1 run failed"
count() { find "$1" -type f ! -name '.*' | wc -l; }
[ "$(count one)" -eq "$n" ] || fail "folder gave $(count one) outputs, want $n"
[ -f one/a/b/p6.json ] || fail "the folder's tree is not mirrored: $(find one)"
# the outputs are the same, byte for byte, for any number of threads
"$qaconv" -q -j 4 -d four in --report four.jsonl || fail "-j 4 run failed"
diff -r one four >/dev/null || fail "-j 1 and -j 4 outputs differ"
# the reports too, timings and folder names aside
sed 's/"ms":[0-9]*//; s/"one\//"D\//g' one.jsonl >one.cmp
sed 's/"ms":[0-9]*//; s/"four\//"D\//g' four.jsonl >four.cmp
cmp -s one.cmp four.cmp || fail "-j 1 and -j 4 reports differ"

# without -f a folder gives its pages in text and in HTML (.html, .htm,
# .xhtml in any case); with -f, the files of that format only
mkdir -p pages/web
cp library.txt pages/a.txt
printf '<!DOCTYPE html><html><body><h1>Pool Hours</h1><h2>When does the pool open?</h2><p>At six.</p></body></html>\n' >pages/web/b.HTML
cp pages/web/b.HTML pages/web/c.htm
printf 'not a page\n' >pages/notes.md
"$qaconv" -q -d pagesout pages || fail "a folder of text and HTML pages failed"
[ "$(count pagesout)" -eq 3 ] || fail "pages gave $(count pagesout) outputs, want 3: $(find pagesout)"
grep -q '"question": "When does the pool open?"' pagesout/web/c.json ||
    fail "the .htm page was not read as HTML"
"$qaconv" -q -f text -d textout pages || fail "-f text on a folder failed"
[ "$(count textout)" -eq 1 ] || fail "-f text gave $(count textout) outputs, want 1"
"$qaconv" -q -f html -d htmlout pages || fail "-f html on a folder failed"
[ "$(count htmlout)" -eq 2 ] || fail "-f html gave $(count htmlout) outputs, want 2"

# a folder walk follows no link to a folder (two links to "." would walk
# for ever), reads a link to a file, and skips what is no regular file (a
# FIFO would wait for a writer) with a note
mkdir -p walk/sub
cp library.txt walk/a.txt
cp library.txt walk/sub/c.txt
ln -s . walk/loop
ln -s .. walk/sub/up
ln -s sub/c.txt walk/d.txt
mkfifo walk/b.txt
timeout 30 "$qaconv" -j 2 -d walked walk 2>err.txt || fail "walk: $(cat err.txt)"
[ "$(count walked)" -eq 3 ] || fail "walk gave $(count walked) outputs, want 3: $(find walked)"
contains err.txt "3 entries in the folders named are no regular files"
# a FIFO named on its own reads as empty, not as a wait
timeout 30 "$qaconv" -o fifo.json walk/b.txt 2>err.txt
[ $? -eq 1 ] || fail "a FIFO without writer: not refused"
contains err.txt "no question found"
# a list of names without end is refused, with or without -0
timeout 60 "$qaconv" -0 --files-from /dev/zero -d zero 2>err.txt
[ $? -eq 2 ] || fail "-0 --files-from /dev/zero: not a usage error"
contains err.txt "cannot read --files-from /dev/zero"
timeout 60 "$qaconv" --files-from /dev/zero -d zero 2>err.txt
[ $? -eq 2 ] || fail "--files-from /dev/zero: not a usage error"

# --report: one JSON line per input, in input order
[ "$(wc -l <one.jsonl)" -eq "$n" ] || fail "report has $(wc -l <one.jsonl) lines, want $n"
/usr/bin/python3 - one.jsonl <<'PY' || fail "report lines malformed"
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    assert set(r) == {"path", "status", "documents", "outputs", "diagnostics", "ms"}, r
    assert r["status"] == "ok" and len(r["outputs"]) == 1, r
PY
printf 'No questions at all.\n' >noq.txt
"$qaconv" -q -d rep noq.txt library.txt --report rep.jsonl
[ $? -eq 1 ] || fail "a failed input did not give exit status 1"
contains rep.jsonl '"path":"noq.txt","status":"failed"'
contains rep.jsonl '"error":1'

# --files-from, by lines and NUL-separated, and from standard input
find in -name '*.txt' ! -path '*/.hidden/*' | sort >list.txt
"$qaconv" -q -d fromlist --files-from list.txt || fail "--files-from failed"
[ "$(ls fromlist | wc -l)" -eq "$n" ] || fail "--files-from gave $(ls fromlist | wc -l) outputs"
tr '\n' '\0' <list.txt | "$qaconv" -q -0 --files-from - -d fromnul || fail "-0 --files-from - failed"
diff -r fromlist fromnul >/dev/null || fail "NUL-separated list differs from lines"

# --update: outputs newer than their input are kept, others rewritten
sleep 1
touch in/p3.txt
"$qaconv" -v --update -d one in 2>upd.txt || fail "--update run failed"
[ "$(grep -c ' -> ' upd.txt)" -eq 1 ] || fail "--update rewrote $(grep -c ' -> ' upd.txt) files, want 1"
[ "$(grep -c 'is up to date' upd.txt)" -eq $((n - 1)) ] || fail "--update kept $(grep -c 'is up to date' upd.txt)"

# a corpus large enough to interrupt: 300 pages of 300 questions each
mkdir big
awk 'BEGIN { for (p = 0; p < 300; p++) {
    f = sprintf("big/p%03d.txt", p)
    printf "Long Guide Number %d\n\n", p > f
    for (q = 1; q <= 300; q++)
        printf "%d. What is rule %d of guide %d?\n\nRule %d says to wait.\n\n", q, q, p, q > f
    close(f) } }'
valid_outputs() { # every file under $1 parses whole
    /usr/bin/python3 -c 'import json, os, sys, xml.dom.minidom
for f in os.listdir(sys.argv[1]):
    path = os.path.join(sys.argv[1], f)
    if f.endswith(".xml"):
        xml.dom.minidom.parse(path)
    elif not f.startswith("."):  # temporary files and stamps
        json.load(open(path))' "$1"
}

# wait_output DIR: returns once DIR holds a file (up to 10 s), so that a
# signal lands while a run is under way however fast the machine is (a
# fixed sleep let an idle machine finish the whole run first).
wait_output() {
    local i=0
    while [ $i -lt 1000 ] && [ -z "$(ls -A "$1" 2>/dev/null)" ]; do
        sleep 0.01
        i=$((i + 1))
    done
}

# SIGINT: stops cleanly; what is there is whole; --update finishes the rest
"$qaconv" -q -j 2 -t json,docbook,jsonld -d int big 2>int.err &
pid=$!
wait_output int
kill -INT $pid
wait $pid
status=$?
[ "$status" -eq 1 ] || fail "interrupted run exited $status, want 1"
contains int.err "interrupted: .* inputs done"
[ "$(ls int | wc -l)" -lt 900 ] || fail "SIGINT did not stop the run"
[ -z "$(find int -name '.qaconv-tmp-*')" ] || fail "temporary file left after SIGINT"
valid_outputs int || fail "a partial file after SIGINT"
"$qaconv" -q --update -t json,docbook,jsonld -d int big || fail "re-run after SIGINT failed"
[ "$(ls int | wc -l)" -eq 900 ] || fail "after re-run: $(ls int | wc -l) outputs, want 900"

# SIGINT and SIGTERM stop the input in flight, not after it: one long
# input (thousands of questions, some seconds to convert) is stopped, at a
# tenth, half and four fifths of an uninterrupted run of it (in the
# reader's passes, its labeller, the writers), within three tenths of that
# run, and leaves no output, no stamp and no temporary file.  Times are
# compared within this test only.
python3 -c 'import sys
with open(sys.argv[1], "w") as f:
    f.write("Bus Passes\n\n")
    for i in range(1, 120001):
        f.write(f"{i}. How do I renew pass {i} at the depot?\n\nAt window {i % 17} or online with a photo ID.\n\n")' long.txt
now() { date +%s%N; }
t0=$(now)
"$qaconv" -q -t json,md,epub -d longfull long.txt || fail "the long input failed"
full=$(( $(now) - t0 ))
for at in INT:10 TERM:10 INT:50 TERM:80; do
    sig=${at%:*} share=${at#*:}
    # On a shared machine a run can go faster than the timed one and end
    # before the signal; then the signal comes earlier, up to four times.
    delay=$(awk "BEGIN { print $full / 1e9 * $share / 100 }")
    for try in 1 2 3 4; do
        rm -rf "long$sig$share"
        "$qaconv" -t json,md,epub -d "long$sig$share" long.txt 2>long.err &
        pid=$!
        sleep "$delay"
        t0=$(now)
        kill -$sig $pid 2>/dev/null
        wait $pid
        status=$?
        took=$(( $(now) - t0 ))
        grep -q "interrupted" long.err && break
        delay=$(awk "BEGIN { print $delay / 2 }")
    done
    [ "$status" -eq 1 ] || fail "SIG$sig at $share%: exited $status, want 1"
    [ "$took" -lt $((full * 3 / 10)) ] ||
        fail "SIG$sig at $share% took $((took / 1000000)) ms to stop a run of $((full / 1000000)) ms"
    if grep -q "^qaconv: long.txt: interrupted$" long.err; then
        contains long.err "^qaconv: interrupted: 0 of 1 inputs done"
        [ -z "$(ls -A "long$sig$share" 2>/dev/null)" ] ||
            fail "SIG$sig at $share% left $(ls -A "long$sig$share")"
    else # the signal came as the last output was renamed into place
        contains long.err "^qaconv: interrupted: 1 of 1 inputs done"
    fi
done

# SIGKILL: files under final names are whole; the next run removes the
# temporary files of the killed process
"$qaconv" -q -j 2 -t json,docbook,jsonld -d kill big &
pid=$!
wait_output kill
kill -KILL $pid
wait $pid 2>/dev/null
valid_outputs kill || fail "a partial file after SIGKILL"
: >"kill/.qaconv-tmp-999999999-abcdef" # a leftover of a process that is gone
: >"kill/.qaconv-tmp-1-abcdef"         # of one whose id lives again (PID 1)
: >"kill/.qaconv-tmp-$$-abcdef"        # of one whose id is this shell's
"$qaconv" -q --update -t json,docbook,jsonld -d kill big || fail "re-run after SIGKILL failed"
[ -z "$(find kill -name '.qaconv-tmp-*')" ] || fail "leftover temporary files not removed"
# a temporary file that a process holds locked is being written: it stays
mkdir held
: >"held/.qaconv-tmp-2-held"
flock "held/.qaconv-tmp-2-held" sleep 30 &
holder=$!
sleep 1
"$qaconv" -q -t json -d held library.txt || fail "run beside a held temporary file failed"
[ -e "held/.qaconv-tmp-2-held" ] || fail "a temporary file being written was removed"
kill $holder 2>/dev/null
wait $holder 2>/dev/null
# -o cleans its own folder of leftovers too
mkdir single
: >"single/.qaconv-tmp-1-abcdef"
"$qaconv" -q -o single/library.json library.txt || fail "-o run failed"
[ -z "$(find single -name '.qaconv-tmp-*')" ] || fail "-o left a leftover in its folder"
[ "$(ls kill | wc -l)" -eq 900 ] || fail "after SIGKILL re-run: $(ls kill | wc -l) outputs"

# sharding over processes gives the same outputs as one run with threads
"$qaconv" -q -j 2 -t all -d threads big || fail "threads run failed"
if command -v parallel >/dev/null; then
    ls big/*.txt | parallel -q -N 37 "$qaconv" -q -j 1 -t all -d sharded || fail "parallel run failed"
    diff -r threads sharded >/dev/null || fail "GNU parallel shards differ from one -j run"
else
    fail "GNU parallel is not installed"
fi
ls big/*.txt | xargs -P 2 -n 50 "$qaconv" -q -j 1 -t all -d xargs || fail "xargs run failed"
diff -r threads xargs >/dev/null || fail "xargs -P shards differ from one -j run"

finish "batch"
