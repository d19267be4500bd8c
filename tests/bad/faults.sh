#!/bin/sh
# Faults on the way out: a missing output folder, one that cannot be
# written, a file or folder in the way, a full disk, a failing standard
# output.  Every fault is a clear one-line error and exit status 1, the
# other inputs are still converted, and no half-written file is left under
# a final name.  usage: faults.sh QACONV
set -u
qaconv=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
chmod 755 "$work"
mnt=""
cleanup() {
    [ -n "$mnt" ] && umount "$mnt" 2>/dev/null
    chmod -R u+w "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }
# expect STATUS COMMAND...: stderr to err.txt
expect() {
    want=$1; shift
    "$@" >out.txt 2>err.txt
    got=$?
    [ "$got" -eq "$want" ] || fail "$* exited $got, want $want: $(head -c 300 err.txt)"
}
contains() { grep -q -- "$2" "$1" || fail "$1 lacks '$2': $(head -c 300 "$1")"; }
no_temporaries() {
    left=$(find "$1" -name '.qaconv-tmp-*' 2>/dev/null | head -n 1)
    [ -z "$left" ] || fail "temporary file left: $left"
}

printf 'Bus Passes\n\n1. Where do I buy one?\n\nAt the depot.\n' >bus.txt
printf 'Park Hours\n\n1. When does it open?\n\nAt dawn.\n' >park.txt
chmod 644 bus.txt park.txt

# 1. a missing output folder is created, however deep
expect 0 "$qaconv" -d new/deep/folder bus.txt
[ -f new/deep/folder/bus.json ] && ok "missing output folder created" ||
    fail "missing output folder not created"

# 2. a folder that cannot be written: as another user when running as root
mkdir locked && chmod 555 locked
as_other=""
if [ "$(id -u)" -eq 0 ]; then
    command -v setpriv >/dev/null &&
        as_other="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as_other" ]; then
    expect 1 $as_other "$qaconv" -d locked bus.txt
    contains err.txt "qaconv: bus.txt: cannot write locked/bus.json: Permission denied"
    [ -z "$(ls -A locked)" ] || fail "files left in a read-only folder: $(ls -A locked)"
    expect 1 $as_other "$qaconv" -d locked/sub bus.txt park.txt
    contains err.txt "cannot create output folder locked/sub"
    contains err.txt "park.txt"
    # an input that cannot be read
    cp bus.txt secret.txt && chmod 600 secret.txt
    expect 1 $as_other "$qaconv" -d open secret.txt park.txt 2>/dev/null
    contains err.txt "qaconv: secret.txt: Permission denied"
    ok "read-only output folder and unreadable input"
else
    echo "skip: running as root without setpriv: cannot test a read-only folder"
fi

# 3. a file where the output folder should be: every input fails, named
: >notadir
expect 1 "$qaconv" -d notadir bus.txt park.txt
contains err.txt "qaconv: bus.txt: cannot create output folder notadir: File exists\|qaconv: bus.txt: cannot create output folder notadir: Not a directory"
contains err.txt "qaconv: park.txt: cannot create output folder notadir"
ok "a file where the output folder should be"

# 4. a folder where an output file should be: that input fails, the
#    other is still written
mkdir -p blocked/bus.json
expect 1 "$qaconv" -d blocked bus.txt park.txt
contains err.txt "qaconv: bus.txt: cannot write blocked/bus.json"
[ -f blocked/park.json ] && ok "a folder in the way of one output; the other written" ||
    fail "the other input was not converted"
no_temporaries blocked

# 5. a full disk: a small tmpfs, one large output that cannot fit
mkdir small
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64k tmpfs small 2>/dev/null; then
    mnt=$work/small
    python3 -c "
import sys
sys.stdout.write('Big Page\n\n1. What is it?\n\n' + 'A long answer. ' * 20000 + '\n')" >big.txt
    expect 1 "$qaconv" -d small big.txt park.txt
    contains err.txt "qaconv: big.txt: cannot write small/big.json: No space left on device"
    [ ! -e small/big.json ] || fail "a truncated file left under the final name"
    [ -f small/park.json ] || fail "the small input was not converted on a full disk"
    no_temporaries small
    # a whole disk full: nothing fits at all
    dd if=/dev/zero of=small/filler bs=1k count=100 2>/dev/null
    expect 1 "$qaconv" -t json,md -d small bus.txt
    contains err.txt "No space left on device"
    [ ! -e small/bus.json ] && [ ! -e small/bus.md ] ||
        fail "an output written to a full disk"
    no_temporaries small
    umount small && mnt=""
    ok "full disk"
else
    echo "skip: cannot mount a small tmpfs here (not root, or mount not permitted)"
fi

# 6. standard output that fails
if [ -w /dev/full ]; then
    "$qaconv" -o - bus.txt >/dev/full 2>err.txt
    [ $? -eq 1 ] || fail "-o - to /dev/full did not exit 1"
    contains err.txt "qaconv: bus.txt: cannot write -: No space left on device"
    "$qaconv" --report /dev/full -d rep bus.txt 2>err.txt
    [ $? -eq 1 ] || fail "--report /dev/full did not exit 1"
    contains err.txt "cannot write report /dev/full"
    ok "standard output and report on a full device"
else
    echo "skip: no /dev/full"
fi

# 7. a closed standard output
"$qaconv" -o - bus.txt >&- 2>err.txt
[ $? -eq 1 ] || fail "-o - with standard output closed did not exit 1"
contains err.txt "qaconv: bus.txt: cannot write -"
# the next file opened must not take standard output's place
"$qaconv" -o - --report rep.json bus.txt >&- 2>err.txt
grep -q '"entries"' rep.json && fail "the document went into the report file"
ok "closed standard output"

no_temporaries .
[ "$failures" -eq 0 ] && echo "faults: all checks passed"
exit "$failures"
