#!/usr/bin/env bash
# Opt-in, and it CHANGES THIS MACHINE: builds the .deb, installs it with dpkg -i (apt-get
# installs missing dependencies), checks the installed programs, man page, completion, desktop
# entry and MIME types, then removes the package with dpkg -r. Meant for a clean Debian 12 machine
# or container; never part of ctest. Usage: scripts/deb-install-test.sh --yes
# (SIPLAB_DEB=FILE.deb tests that package instead of building one.)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ ${1:-} == --yes ]] || { echo "usage: $0 --yes   (installs and removes the siplab package on this machine)" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "deb-install-test.sh: needs root (dpkg -i)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' siplab 2>/dev/null | grep -q "install ok installed"; then
    echo "deb-install-test.sh: siplab is already installed; remove it first (dpkg -r siplab)" >&2
    exit 1
fi
build=${BUILD_DIR:-build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ -n ${SIPLAB_DEB:-} ]]; then
    deb=$SIPLAB_DEB         # a package built already (cpack -G DEB)
else
    scripts/build.sh
    (cd "$build" && cpack -G DEB -B "$out" >/dev/null)
    deb=$(ls "$out"/siplab_*.deb)
fi
fail() { echo "FAIL: $*" >&2; dpkg -r siplab >/dev/null 2>&1 || true; exit 1; }

echo "== dpkg -i $(basename "$deb")"
if ! dpkg -i "$deb"; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -f || fail "dependencies could not be installed"
fi
dpkg-query -W -f='${Status}\n' siplab | grep -q "install ok installed" || fail "siplab is not installed"
/usr/bin/siplab-cli explain 180 | grep -q "180" || fail "siplab-cli explain 180"
/usr/bin/siplab-cli run | grep -q "F1 UAC -> P1: INVITE" || fail "siplab-cli run"
QT_QPA_PLATFORM=offscreen /usr/bin/siplab --version | grep -q "[0-9]" || fail "siplab --version"
man -w siplab-cli | grep -q "/usr/share/man/man1/siplab-cli.1.gz" || fail "man -w siplab-cli"
man -P cat siplab-cli >/dev/null 2>&1 || fail "man siplab-cli"
bash -c 'source /usr/share/bash-completion/completions/siplab-cli && complete -p siplab-cli' || fail "completion"
id=$(ls /usr/share/applications | grep -i siplab | head -1)
[[ -n $id ]] || fail "no desktop entry"
if command -v xdg-mime >/dev/null; then
    xdg-mime query default application/vnd.tcpdump.pcap || true
fi
grep -q "x-siplab-scenario+json" /usr/share/mime/globs2 || fail "the MIME database lacks the scenario type (trigger not run)"
grep -q "siplab" /usr/share/applications/mimeinfo.cache 2>/dev/null && echo "mimeinfo.cache: SIP Lab opens $(grep -c "$id" /usr/share/applications/mimeinfo.cache) types"

echo "== dpkg -r siplab"
dpkg -r siplab
[[ ! -e /usr/bin/siplab-cli ]] || fail "/usr/bin/siplab-cli is still there after dpkg -r"
! grep -q "x-siplab-scenario+json" /usr/share/mime/globs2 || fail "the MIME type stayed after dpkg -r"
echo "PASS: installed, checked and removed $(basename "$deb")"
