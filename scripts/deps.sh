# scripts/deps.sh - installs the Debian packages qaconv needs; sourced by
# scripts/run and scripts/test.  Quiet when everything is already there.

QACONV_BUILD_PACKAGES="cmake gcc make pkg-config libxml2-dev libzip-dev zlib1g-dev \
libcmark-dev libjansson-dev libutf8proc-dev libssl-dev libexttextcat-dev \
libexttextcat-data"
QACONV_TEST_PACKAGES="python3-jsonschema cmark xsltproc jing docbook5-xml \
docbook-xsl-ns epubcheck default-jre-headless valgrind parallel \
python3-yaml python3-sklearn jq binutils"

# install_packages PACKAGE...: apt-get installs the ones that are missing.
install_packages() {
    missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
            missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "qaconv: installing Debian packages:$missing" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >/dev/null &&
        $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# build_release: configures and builds build/ (Release).
build_release() {
    cmake -S "$QACONV_ROOT" -B "$QACONV_ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null &&
        cmake --build "$QACONV_ROOT/build" -j "$(nproc)" >/dev/null
}
