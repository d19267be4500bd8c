#!/bin/sh
# The filter chain from the command line: listing, switching filters,
# --lint, and external filters (the examples, and ones that misbehave).
# usage: filters.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
. "$(dirname "$0")/lib.sh"

cat >page.txt <<'TXT'
Parks in Ohio

1. Are parks free?

As an AI, I cannot have opinions on parks. Most parks charge nothing.

2. Are dogs allowed?

1. Leash rules: Dogs stay on a leash.
2. Waste: Owners clean up.
TXT

# --list-filters names each built-in with its default
"$qaconv" --list-filters >out.txt || fail "--list-filters failed"
for f in text sections numbering labels lint strip-disclaimers; do contains out.txt "^$f "; done
contains out.txt "strip-disclaimers  off"

# default chain: labels split, persona flagged
"$qaconv" -o default.json page.txt 2>err.txt || fail "default chain failed"
contains default.json '"label": "Leash rules"'
contains default.json '"persona"'
contains err.txt "warning: the answer to q1 speaks as an AI"
# --no-filter switches a filter off
"$qaconv" --no-filter labels,lint -o nolabels.json page.txt 2>/dev/null
lacks nolabels.json '"label"'
lacks nolabels.json '"persona"'
# --filter switches an off-by-default filter on
"$qaconv" --filter strip-disclaimers -o stripped.json page.txt 2>/dev/null
lacks stripped.json '"text": "As an AI'
contains stripped.json "Most parks charge nothing."
"$qaconv" --no-filter nosuch page.txt 2>err.txt; [ $? -eq 2 ] || fail "unknown --no-filter accepted"
"$qaconv" --filter nosuch page.txt 2>err.txt; [ $? -eq 2 ] || fail "unknown --filter accepted"
contains err.txt "neither a built-in filter"

# --lint: compiler-style messages, no outputs, --fail-on sets the status
"$qaconv" --lint -d lintout page.txt 2>err.txt || fail "--lint failed on warnings"
contains err.txt "^page.txt:5: warning: .*\[persona\]"
[ ! -e lintout ] || fail "--lint wrote outputs"
"$qaconv" --lint --fail-on warning page.txt 2>/dev/null; [ $? -eq 1 ] || fail "--fail-on warning did not fail"
"$qaconv" --lint --fail-on nonsense page.txt 2>/dev/null; [ $? -eq 2 ] || fail "bad --fail-on accepted"

# the example external filters
QACONV_RIGHTS="Copyright Ohio Parks." "$qaconv" --filter "$project/filters/examples/add-rights.py" \
    -o rights.json page.txt 2>err.txt || fail "add-rights.py failed: $(cat err.txt)"
contains rights.json "Copyright Ohio Parks."
"$qaconv" --filter "$project/filters/examples/drop-flagged.py" -o dropped.json page.txt 2>err.txt ||
    fail "drop-flagged.py failed: $(cat err.txt)"
lacks dropped.json "Are parks free"
contains dropped.json "Are dogs allowed"
contains dropped.json '"id": "q2"' # ids stay (tests/roundtrip.sh)
lacks dropped.json '"id": "q1"'

# external filters that misbehave: a clear error naming them, nothing written
printf '#!/bin/sh\ncat >/dev/null; exit 3\n' >fails.sh
printf '#!/bin/sh\nsleep 30\n' >hangs.sh
printf '#!/bin/sh\ncat >/dev/null; echo "{not json"\n' >garbage.sh
printf '#!/bin/sh\ncat >/dev/null; echo "{\\"qaconv\\": 1, \\"title\\": 5}"\n' >badshape.sh
printf '#!/bin/sh\necho "$1" >&2; cat\n' >format.sh
chmod +x fails.sh hangs.sh garbage.sh badshape.sh
for f in fails.sh hangs.sh garbage.sh badshape.sh; do
    rm -rf out
    "$qaconv" --filter "./$f" --filter-timeout 1 -d out page.txt 2>err.txt
    [ $? -eq 1 ] || fail "$f: exit status not 1"
    contains err.txt "qaconv: page.txt: filter ./$f"
    [ -z "$(ls out 2>/dev/null)" ] || fail "$f: output written"
done
contains err.txt "contract"
"$qaconv" --filter ./hangs.sh --filter-timeout 1 page.txt 2>err.txt
contains err.txt "no answer within 1 seconds"
# the time limit covers a filter's whole life: one that closes its output
# and goes on is stopped at the limit, with what it started in the
# background, and one that writes without end is stopped at its bound
printf '#!/bin/sh\ncat >/dev/null; exec >&-; sleep 60\n' >lingers.sh
printf '#!/bin/sh\n(sleep 60; echo late >background.txt) &\ncat\n' >leaves.sh
printf '#!/bin/sh\ncat >/dev/null; cat /dev/zero\n' >floods.sh
chmod +x lingers.sh leaves.sh floods.sh
rm -rf out
timeout 20 "$qaconv" --filter ./lingers.sh --filter-timeout 1 -d out page.txt 2>err.txt
[ $? -eq 1 ] || fail "lingers.sh: not stopped at its time limit"
contains err.txt "no answer within 1 seconds"
[ -z "$(ls out 2>/dev/null)" ] || fail "lingers.sh: output written"
timeout 20 "$qaconv" --filter ./leaves.sh -o left.json page.txt 2>err.txt ||
    fail "leaves.sh: $(cat err.txt)"
pgrep -f "sleep 60; echo late" >/dev/null && fail "leaves.sh: its background child outlived it"
timeout 20 "$qaconv" --filter ./floods.sh --max-input-size 4096 -o flood.json page.txt 2>err.txt
[ $? -eq 1 ] || fail "floods.sh: not stopped"
contains err.txt "filter ./floods.sh: wrote more than 65536 bytes"
# SIGINT stops a run that waits on a filter at once, not at the filter's
# time limit: its process group goes, nothing is written (the filter
# would take 31 s; stopping must take under a third of that)
printf '#!/bin/sh\ncat >/dev/null; sleep 31\n' >waits.sh
chmod +x waits.sh
rm -rf out
"$qaconv" --filter ./waits.sh --filter-timeout 60 -d out page.txt 2>err.txt &
pid=$!
i=0
while [ $i -lt 1000 ] && ! pgrep -f "sleep 31" >/dev/null; do
    sleep 0.01
    i=$((i + 1))
done
t0=$(date +%s%N)
kill -INT $pid
wait $pid
status=$?
took=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$status" -eq 1 ] || fail "SIGINT during a filter: exit status $status, want 1"
[ "$took" -lt 10000 ] || fail "SIGINT during a filter took $took ms (the filter takes 31000)"
contains err.txt "page.txt: interrupted"
pgrep -f "sleep 31" >/dev/null && fail "the interrupted filter's process outlived the run"
[ -z "$(ls out 2>/dev/null)" ] || fail "SIGINT during a filter: output written"

# filters on two threads: each sees the end of its own input
mkdir pages2
for i in 1 2 3 4 5 6 7 8; do cp page.txt "pages2/page$i.txt"; done
printf '#!/bin/sh\ncat\n' >passes.sh
chmod +x passes.sh
rm -rf out
timeout 60 "$qaconv" -j2 --filter ./passes.sh --filter-timeout 20 -d out pages2 2>err.txt ||
    fail "-j2 with a filter: $(cat err.txt)"
[ "$(ls out | wc -l)" -eq 8 ] || fail "-j2 with a filter: $(ls out | wc -l) outputs, want 8"
# format.sh is not executable: it runs under sh, with the format as $1
"$qaconv" --filter ./format.sh -t json -o fmt.json page.txt 2>err.txt || fail "format.sh failed"
contains err.txt "^json$"

finish "filters"
