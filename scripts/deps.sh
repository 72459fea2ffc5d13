#!/usr/bin/env bash
# Installs what SIP Lab needs on Debian 12 (bookworm), skipping what is already there.
# Usage: scripts/deps.sh [build|test]   ("test" adds the tools the tests check files with)
set -euo pipefail
mode=${1:-build}

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev libpcap-dev
          libfontconfig-dev       # app/ui/startupwarmup.cpp calls FcInit() at start
          fonts-noto-cjk fonts-dejavu-core
          help2man librsvg2-bin   # man pages and PNG icons made at build time (packaging/)
          libxcb-damage0-dev      # tests/bench/bench_startup watches its Xvfb with X DAMAGE
          libjemalloc-dev)        # siplab-cli's allocator (app/cli/CMakeLists.txt)
if [[ $mode == test ]]; then
    packages+=(tshark sip-tester sngrep plantuml librsvg2-bin poppler-utils mscgen xvfb xauth)
    # the classroom server against real clients (tests/net/tst_classroomserver; linphonec runs
    # under stdbuf from coreutils)
    packages+=(sipsak baresip-core linphone-cli)
    # the packaging tests (tests/package): validators, cpack -G DEB with dpkg-shlibdeps, lintian
    packages+=(desktop-file-utils appstream shared-mime-info lintian dpkg-dev man-db file)
    # the SVG is checked by xmllint, the HTML handout in Chromium, Mermaid by mermaid-cli (npm)
    packages+=(libxml2-utils chromium)
    # Node and npm from Debian unless the machine already has them (some images ship a Node
    # build that bundles npm and conflicts with Debian's npm package).
    command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
    # live mode: libFuzzer (scripts/fuzz.sh) and Kamailio as the benchmark baseline
    packages+=(clang-14 libclang-rt-14-dev kamailio)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# mermaid-cli (tests/tools/package-lock.json) for the mermaid_cli test, with the system
# Chromium instead of the one puppeteer would download.
npm_tools() {
    [[ $mode == test ]] || return 0
    local tools
    tools="$(cd "$(dirname "$0")/.." && pwd)/tests/tools"
    [[ -x $tools/node_modules/.bin/mmdc ]] && return 0
    echo "deps.sh: npm ci in $tools"
    (cd "$tools" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
}
if ((${#missing[@]} == 0)); then
    npm_tools
    exit 0
fi

sudo=()
if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || { echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "deps.sh: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
# tshark asks whether non-root users may capture; answer no without a prompt.
echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo[@]}" debconf-set-selections 2>/dev/null || true
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The benchmark starts its own Kamailio on a free port; the packaged service would hold 5060.
if [[ " ${missing[*]} " == *" kamailio "* ]] && command -v systemctl >/dev/null; then
    "${sudo[@]}" systemctl disable --now kamailio >/dev/null 2>&1 || true
fi
npm_tools
