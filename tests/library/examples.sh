#!/bin/sh
# The library from outside, as a partner uses it: qaconv installed into a
# fresh prefix with `cmake --install`, then examples/convert.c built
# against that copy with pkg-config and with find_package(qaconv), or
# examples/convert.py run through ctypes; each converts the sample pages
# and gives, byte for byte, the golden outputs of the command line.
# usage: examples.sh c|python PROJECT_DIR BUILD_DIR CC [CFLAGS]
#   CFLAGS: what the example needs besides (the sanitizers of the build)
set -u
mode=$1
project=$2
build=$3
cc=$4
cflags=${5:-}
export SOURCE_DATE_EPOCH=0
. "$project/tests/lib.sh"

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >install.log 2>&1 ||
    { fail "cmake --install: $(tail -5 install.log)"; finish "library.$mode"; }
for f in include/qaconv.h lib/pkgconfig/libqaconv.pc lib/cmake/qaconv/qaconvConfig.cmake; do
    [ -f "$prefix/$f" ] || fail "$f not installed"
done
[ -f "$prefix/lib/libqaconv.a" ] || fail "libqaconv.a not installed"
soname=$(objdump -p "$prefix/lib/libqaconv.so" | awk '$1 == "SONAME" {print $2}')
[ "$soname" = "libqaconv.so.0.1" ] || fail "SONAME is '$soname', want libqaconv.so.0.1"

# check PAGES PROGRAM...: PROGRAM PAGE FORMAT converts each of PAGES
# (every sample, or a few) as the golden file of the command line says,
# run in the page's folder as the golden tests run qaconv.
check() {
    if [ "$1" = every ]; then
        pages="$project/input/*.txt $project/tests/html/samples/0[1-6]*.html
               $project/tests/html/samples/08-saved-as-text.txt"
        langs="ar-maktab-alsakan es-biblioteca-tarjeta ja-shiyakusho-gomi"
    else
        pages="$project/input/01-library-card-oregon.txt
               $project/tests/html/samples/08-saved-as-text.txt"
        langs="ar-maktab-alsakan"
    fi
    shift
    for page in $pages; do
        name=$(basename "$page")
        golden=$project/tests/golden/${name%.*}.json
        [ -f "$golden" ] || golden=$project/tests/html/golden/${name%.*}.json
        (cd "$(dirname "$page")" && "$@" "$name" json) >out.json 2>err.txt ||
            fail "$* $name: $(head -c 300 err.txt)"
        cmp -s out.json "$golden" || fail "$* $name: differs from $golden"
    done
    for name in $langs; do
        for format in json md docbook jsonld; do
            ext=$format
            [ "$format" = docbook ] && ext=xml
            (cd "$project/tests/lang/pages" && "$@" "$name.txt" $format) >out 2>err.txt ||
                fail "$* $name.txt $format: $(head -c 300 err.txt)"
            cmp -s out "$project/tests/lang/golden/$name.$ext" ||
                fail "$* $name.txt $format: differs from the golden $ext"
        done
    done
}

case $mode in
c)
    # pkg-config, as a Makefile would; the header is warning-free
    pc="env PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config"
    libdir=$($pc --variable=libdir libqaconv) || fail "pkg-config finds no libqaconv"
    # shellcheck disable=SC2046
    "$cc" -std=c11 -Wall -Wextra -pedantic -Werror $cflags \
        "$project/examples/convert.c" -o convert-pc \
        $($pc --cflags --libs libqaconv) -Wl,-rpath,"$libdir" 2>cc.err ||
        fail "cc with pkg-config: $(head -c 600 cc.err)"
    [ "$(wc -l <"$project/examples/convert.c")" -le 35 ] ||
        fail "examples/convert.c is longer than a 30-line example"
    # the README shows the example as it is
    sed -n '/^## Using the library/,/^## /p' "$project/README.md" |
        sed -n '/^```c$/,/^```$/p' | sed '1d;$d' >readme-example.c
    cmp -s readme-example.c "$project/examples/convert.c" ||
        fail "README's example differs from examples/convert.c"
    if command -v g++ >/dev/null 2>&1; then # extern "C": a C++ caller links
        printf '#include <qaconv.h>\nint main() { return qaconv_version() != QACONV_VERSION_NUMBER; }\n' >cxx.cc
        # shellcheck disable=SC2046
        g++ -Wall -Wextra -pedantic -Werror $cflags cxx.cc -o cxx \
            $($pc --cflags --libs libqaconv) -Wl,-rpath,"$libdir" 2>cxx.err &&
            ./cxx || fail "a C++ caller: $(head -c 600 cxx.err)"
    fi
    [ -x convert-pc ] && check every "$work/convert-pc"
    ./convert-pc 2>/dev/null && fail "convert without a page succeeded"
    # find_package, as a CMake project would
    cmake -S "$project/examples" -B example-build -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$cflags" >cmake.log 2>&1 &&
        cmake --build example-build >>cmake.log 2>&1 ||
        fail "find_package(qaconv): $(tail -c 800 cmake.log)"
    [ -x example-build/convert ] && check few "$work/example-build/convert"
    ;;
python)
    # ctypes, standard library only, on the installed shared library.  An
    # instrumented library needs the sanitizers' run-time loaded first;
    # the interpreter's own allocations at exit are no leak of qaconv's
    # (library.api looks for those).
    case $cflags in
    *-fsanitize=*)
        LD_PRELOAD="$("$cc" -print-file-name=libasan.so) $("$cc" -print-file-name=libubsan.so)"
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
        export LD_PRELOAD ASAN_OPTIONS
        ;;
    esac
    check few /usr/bin/python3 "$project/examples/convert.py" --lib "$prefix/lib/libqaconv.so.0.1"
    (cd "$project/input" && /usr/bin/python3 "$project/examples/convert.py" \
        --lib "$prefix/lib/libqaconv.so.0.1" 01-library-card-oregon.txt) \
        >out.json 2>questions.txt
    grep -q "Who can get a free library card in Oregon?" questions.txt ||
        fail "convert.py lists no questions: $(head -c 300 questions.txt)"
    (cd "$project/input" && /usr/bin/python3 "$project/examples/convert.py" \
        --lib "$prefix/lib/libqaconv.so.0.1" 01-library-card-oregon.txt pdf) \
        >out.txt 2>err.txt && fail "convert.py to pdf succeeded"
    grep -q "unknown output format 'pdf'" err.txt ||
        fail "convert.py to pdf: no message from the library: $(head -c 300 err.txt)"
    ;;
esac
finish "library.$mode"
