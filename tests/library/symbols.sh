#!/bin/sh
# libqaconv.so exports what include/qaconv.h declares with QACONV_EXPORT,
# and nothing else: every defined dynamic symbol is a declared function,
# and every declared function is there.
# usage: symbols.sh LIBQACONV.SO QACONV.H
set -u
lib=$1
header=$2
. "$(dirname "$0")/../lib.sh"

# the linker's own markers are no API
nm -D --defined-only "$lib" | awk '{print $3}' |
    grep -v -x -e _edata -e _end -e __bss_start -e _init -e _fini | sort >exported.txt
[ -s exported.txt ] || fail "nm lists no symbol in $lib"
# declarations: QACONV_EXPORT TYPE NAME(, possibly over two lines
grep -v '^#' "$header" | tr '\n' ' ' | grep -o 'QACONV_EXPORT [^;(]*(' |
    sed 's/($//; s/.*[ *]//' | sort -u >declared.txt
[ "$(wc -l <declared.txt)" -ge 40 ] || fail "only $(wc -l <declared.txt) declarations found"
comm -23 exported.txt declared.txt >extra.txt
comm -13 exported.txt declared.txt >missing.txt
[ -s extra.txt ] && fail "exported but not in the header: $(tr '\n' ' ' <extra.txt)"
[ -s missing.txt ] && fail "declared but not exported: $(tr '\n' ' ' <missing.txt)"
# every exported symbol is a function of the qaconv_ namespace
grep -v '^qaconv_' exported.txt >foreign.txt
[ -s foreign.txt ] && fail "outside the qaconv_ namespace: $(tr '\n' ' ' <foreign.txt)"
nm -D --defined-only "$lib" | awk '$2 != "T" {print $3}' |
    grep -v -x -e _edata -e _end -e __bss_start >data.txt
[ -s data.txt ] && fail "exported data, not functions: $(tr '\n' ' ' <data.txt)"
finish "library.symbols"
