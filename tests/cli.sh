#!/bin/sh
# The qaconv command line as a user meets it: options, exit status, error
# messages, output names, and outputs that are whole or absent.
# usage: cli.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
. "$(dirname "$0")/lib.sh"


printf 'Bus Passes\n\n1. Where do I buy one?\n\nAt the depot.\n' >good.txt
printf 'Just some text.\n\nNo questions here.\n' >noq.txt

# --help and --version
expect 0 "$qaconv" --help
contains out.txt "usage: qaconv"
contains out.txt "--to"
contains out.txt "Exit status"
expect 0 "$qaconv" --version
contains out.txt "qaconv [0-9]"

# usage errors exit 2 with a message on stderr
mkdir emptydir
expect 2 "$qaconv" emptydir
contains err.txt "qaconv: emptydir: no page in this folder"
script -qec "$qaconv" /dev/null >tty.txt 2>&1 </dev/null
contains tty.txt "qaconv: no input given"
expect 2 "$qaconv" -t nosuchformat good.txt
contains err.txt "unknown output format 'nosuchformat'"
expect 2 "$qaconv" -f nosuchformat good.txt
expect 2 "$qaconv" -o x.json good.txt good.txt
expect 2 "$qaconv" --no-such-option good.txt
expect 2 "$qaconv" --max-input-size abc good.txt
# an output that is one of the inputs, under any name, would replace it
cp good.txt keep.txt
expect 2 "$qaconv" -o keep.txt keep.txt
contains err.txt "-o keep.txt is one of the inputs"
expect 2 "$qaconv" --report keep.txt -o x.json keep.txt
ln -s keep.txt alias.txt
expect 2 "$qaconv" -o alias.txt keep.txt
cmp -s keep.txt good.txt || fail "an input was replaced by an output"
# outputs are made as other files are: 0666 less the umask
(umask 077 && "$qaconv" -o private.json good.txt) || fail "umask 077 run failed"
[ "$(stat -c %a private.json)" = 600 ] || fail "umask 077 gave mode $(stat -c %a private.json)"
(umask 022 && "$qaconv" -o public.json good.txt) || fail "umask 022 run failed"
[ "$(stat -c %a public.json)" = 644 ] || fail "umask 022 gave mode $(stat -c %a public.json)"
# a stylesheet or cover without end, that waits for a writer, or too big:
# refused before any input is read, not read until memory runs out
expect 2 "$qaconv" -t epub --css /dev/zero -o x.epub good.txt
contains err.txt "cannot read stylesheet /dev/zero: not a regular file"
expect 2 "$qaconv" -t epub --cover /dev/zero -o x.epub good.txt
contains err.txt "cannot read cover image /dev/zero: not a regular file"
mkfifo style.fifo
expect 2 timeout 20 "$qaconv" -t epub --css style.fifo -o x.epub good.txt
head -c 1048577 /dev/zero >big.css
expect 2 "$qaconv" -t epub --css big.css -o x.epub good.txt
contains err.txt "larger than 1 MiB"
[ ! -e x.epub ] || fail "an EPUB was written with a refused stylesheet"
# a stylesheet the EPUB cannot carry (epubcheck: RSC-006, RSC-007,
# CSS-008) is refused before any input, naming its file and line
css_refused() { # CSS WHY
    printf "$1" >bad.css
    expect 2 "$qaconv" -t epub --css bad.css -o x.epub good.txt
    contains err.txt "^qaconv: cannot use stylesheet bad.css:$2"
    [ ! -e x.epub ] || fail "an EPUB was written with stylesheet '$1'"
}
css_refused 'p { margin: 0; }\n@import url("https://example.com/a.css");\n' \
    "2: @import loads another stylesheet"
css_refused '@import "more.css";\n' "1: @import"
css_refused 'p {\n  background: url(http://example.com/a.png);\n}\n' \
    "2: url(http://example.com/a.png) loads a remote resource"
css_refused '@font-face { src: url("//cdn.example.com/f.woff") }\n' \
    "1: url(//cdn.example.com/f.woff) loads a remote"
css_refused 'p { background: url(a.png) }\n' "1: url(a.png) names a file"
css_refused 'p { margin: 0\n' "1: a '{' that is never closed"
css_refused 'p { margin: 0 }\n}\n' "2: a '}' that closes no block"
css_refused '/* note\np { margin: 0 }\n' "1: a comment that is never closed"
css_refused 'p { font-family: "Open;\n}\n' "1: a string that is never closed"
css_refused 'h1 {{ color: red }\n' "1: a '{' inside a declaration block"
css_refused 'p {\n margin 0;\n}\n' "2: a declaration that is not"
css_refused 'p { color: red;; }\n' "1: an empty declaration"
css_refused 'p { color: red }\ngarbage\n' "2: a rule without a block"
css_refused 'p { content: "\377" }\n' "1: it is not UTF-8"
[ "$(wc -l <err.txt)" -eq 2 ] || fail "a refused stylesheet takes more than its line and the hint"
# a stylesheet with strings, comments, data: URLs and nested rules is taken
printf '/* { */ a::after { content: "}"; }\np { background: url(data:,x) }\n@media print { @supports (display: grid) { p { color: red } } }\n' >good.css
expect 0 "$qaconv" -t epub --css good.css -o x.epub good.txt
rm -f x.epub

# a file name with a newline and escape sequences cannot forge a message
# line or reach the terminal: control characters are printed as \xNN
mkdir names
printf 'not a page\n' >"names/bad$(printf '\nqaconv: forged\033[31m').txt"
"$qaconv" -d namesout names 2>err.txt
lacks err.txt "^qaconv: forged"
contains err.txt 'names/bad\\x0Aqaconv: forged\\x1B\[31m.txt:1: no question found'
[ "$(grep -c "$(printf '\033')" err.txt)" -eq 0 ] || fail "an escape character reached standard error"
# a message longer than any buffer keeps its reason and its newline
deep=$(printf 'd%.0s' $(seq 1 200))
deep="$deep/$deep/$deep/$deep/$deep/$deep/$deep/$deep"
mkdir -p "$deep"
printf 'not a page\n' >"$deep/page.txt"
"$qaconv" -o x.json "$deep/page.txt" 2>err.txt
[ "$(wc -l <err.txt)" -eq 1 ] || fail "a long message is not one line: $(wc -l <err.txt)"
contains err.txt "page.txt:1: no question found: expected numbered questions"

# C1 control characters (U+0080-U+009F: CSI, OSC, NEL ...) are removed as
# C0 ones are, from every format and from standard error; the mojibake
# that holds them (UTF-8 read as Latin-1) is repaired first
c1=$(printf '\302[\200-\237]')
printf 'Clinic\n\n1. When is it open\302\23331m?\n\nEvery day \302\205from nine, \303\203\302\201lvaro \303\242\302\200\302\231s caf\303\203\302\251 \302\235\302\2330;x\302\234.\n' >c1.txt
for t in json md docbook jsonld epub; do
    expect 0 "$qaconv" -t $t -o "c1.$t" c1.txt
    [ $t = epub ] && unzip -p c1.epub >c1.epub.txt && mv c1.epub.txt "c1.$t"
    ! LC_ALL=C grep -q "$c1" "c1.$t" || fail "a C1 control character reached the $t output"
    ! LC_ALL=C grep -q "$c1" err.txt || fail "a C1 control character reached standard error"
    contains "c1.$t" "Álvaro ’s café"
done
contains err.txt "c1.txt:3: warning: 5 control characters removed"
contains c1.json '"question": "When is it open31m?"'
"$qaconv" -o c1base.json good.txt
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
d["title"]="T\u009bx"
d["entries"][0]["question"]="Why\u0085?"
d["entries"][0]["answer"][0]["text"]="Caf\u00c3\u00a9\u009f."
json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False)' c1base.json c1src.json
for t in json md docbook jsonld; do
    "$qaconv" -t $t -o "c1back.$t" c1src.json 2>err.txt || fail "JSON with C1 characters to $t failed"
    ! LC_ALL=C grep -q "$c1" "c1back.$t" err.txt || fail "a C1 control character of JSON input reached the $t output"
done
contains c1back.md "Café"
printf '# T\302\233x\n\n## Why\302\205?\n\nYes\302\237.\n' >c1src.md
"$qaconv" -o c1md.json c1src.md 2>err.txt
! LC_ALL=C grep -q "$c1" c1md.json err.txt || fail "a C1 control character of Markdown input reached the output"
expect 2 "$qaconv" -M "creator=A$(printf '\302\233')B" -o x.json good.txt

# the language comes from --metadata language=, must be BCP 47, default en
"$qaconv" -M language=pt-BR -o - good.txt >out.txt 2>err.txt || fail "language=pt-BR refused"
contains out.txt '"language": "pt-BR"'
LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 "$qaconv" -o - good.txt >out.txt 2>err.txt
contains out.txt '"language": "en"'
expect 2 "$qaconv" -M language=en_US -o - good.txt
contains err.txt "not a BCP 47 language tag"
expect 2 "$qaconv" -M nokey good.txt
expect 2 "$qaconv" -M "creator=   " good.txt
contains err.txt "must be non-blank text"
expect 2 "$qaconv" -M "creator=$(printf 'bad\001value')" good.txt
contains err.txt "must be UTF-8 text"
expect 2 "$qaconv" -M "creator=$(printf 'bad\377value')" good.txt

# standard input to standard output
"$qaconv" - -o - <good.txt >out.txt 2>err.txt || fail "stdin to stdout failed"
contains out.txt '"title": "Bus Passes"'
contains out.txt '"name": "-"'

# default output folder and file name from the title
expect 0 "$qaconv" good.txt
[ -f output/good.json ] || fail "output/good.json not written"
expect 0 "$qaconv" -d deep/er/dir good.txt
[ -f deep/er/dir/good.json ] || fail "-d did not create nested folders"

# same input, same bytes (at one conversion time: the JSON records it)
SOURCE_DATE_EPOCH=86400 "$qaconv" good.txt -o a.json &&
    SOURCE_DATE_EPOCH=86400 "$qaconv" good.txt -o b.json
cmp -s a.json b.json || fail "two runs gave different JSON"

# a page without questions: FILE:LINE error, exit 1, nothing written
rm -rf output
expect 1 "$qaconv" noq.txt
contains err.txt "qaconv: noq.txt:1: no question found"
[ ! -e output/noq.json ] && [ -z "$(ls output 2>/dev/null)" ] || fail "output written for a failed input"

# a failed input does not stop the others
expect 1 "$qaconv" -d batch noq.txt good.txt missing.txt
[ -f batch/good.json ] || fail "good input not converted in a failing batch"
contains err.txt "qaconv: missing.txt: No such file or directory"

# two inputs with the same title: both kept, the second renamed and reported
cp good.txt same.txt
expect 0 "$qaconv" --name title -d dup good.txt same.txt
[ "$(ls dup | grep -c '^bus-passes.*\.json$')" -eq 2 ] || fail "duplicate title overwrote an output: $(ls dup)"
contains err.txt "'bus-passes' belongs to another input"

# a file where the output folder should be: clear error, exit 1
: >notadir
expect 1 "$qaconv" -d notadir good.txt
contains err.txt "cannot create output folder notadir"
expect 1 "$qaconv" -o nosuchdir/x.json good.txt
contains err.txt "cannot write nosuchdir/x.json"

# an input over --max-input-size is refused
expect 1 "$qaconv" --max-input-size 10 -o big.json good.txt
contains err.txt "larger than --max-input-size"
[ ! -e big.json ] || fail "output written for a refused input"

# --combine: several inputs, one EPUB book, valid, a chapter per page
printf 'Library Cards\n\n1. Who can join?\n\nEveryone.\n' >lib.txt
expect 0 "$qaconv" -t epub --combine -M title="Town Handouts" -o book.epub good.txt lib.txt
/usr/bin/python3 - book.epub <<'PY' || fail "book structure"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
nav = z.read("EPUB/nav.xhtml").decode()
assert "Bus Passes" in nav and "Library Cards" in nav, nav
assert "Town Handouts" in z.read("EPUB/package.opf").decode()
PY
java -jar /usr/share/java/epubcheck.jar book.epub >out.txt 2>&1 || fail "epubcheck on the book: $(tail -3 out.txt)"
contains out.txt "0 fatals / 0 errors / 0 warnings"
expect 2 "$qaconv" --combine -t json -o book.json good.txt lib.txt
contains err.txt "use it with -t epub -o FILE"

# libxml2 flushes every 4000 bytes and reports how many it wrote: a page
# is written wherever the flush falls (these sizes move it through the end
# of the XHTML, where the page closes)
n=3380
while [ $n -le 3620 ]; do
    { printf 'T\n\n1. Is it long?\n\n'; head -c $n /dev/zero | tr '\0' x; echo; } >flush.txt
    "$qaconv" -q -t epub -o flush.epub flush.txt 2>err.txt || { fail "answer of $n bytes: $(cat err.txt)"; break; }
    n=$((n + 1))
done

# a file name that is not UTF-8 still gives valid JSON (the name is cleaned);
# a page without a title line has none in the JSON, and the writers that
# need one make it from the name
odd=$(printf 'odd\377\001name')
printf '1. What is it?\n\nA page.\n\n2. Why?\n\nBecause.\n' >"$odd.txt"
"$qaconv" -q -o odd.json "$odd.txt" 2>err.txt || fail "file name not UTF-8: $(cat err.txt)"
"$qaconv" -q -o odd.jsonld "$odd.txt" 2>err.txt || fail "file name not UTF-8: $(cat err.txt)"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["title"] == "", d["title"]' odd.json ||
    fail "a page without a title line has the title \"\" in JSON"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["name"] == "odd\ufffdname", d["name"]' odd.jsonld ||
    fail "title from a file name that is not UTF-8"
# a help article whose one question stands where its title would: both
printf 'How do I reset my password?\n\nOpen Settings, then Account.\n' >article.txt
"$qaconv" -q -o article.json article.txt
contains article.json '"title": "How do I reset my password?"'
contains article.json '"question": "How do I reset my password?"'

# no temporary file is ever left behind
leftover=$(find . -name '.qaconv-tmp-*' | head -n 1)
[ -z "$leftover" ] || fail "temporary file left: $leftover"

# the sample pages convert with the defaults from the project folder
( cd "$project" && "$qaconv" -q -d "$work/samples" input/*.txt ) || fail "samples failed"
[ "$(ls samples | wc -l)" -eq "$(ls "$project"/input/*.txt | wc -l)" ] || fail "not one output per sample: $(ls samples)"

finish "cli"
