#!/usr/bin/env bash
# The .desktop entry validates, opens scenarios, pcap and pcapng; the MIME package compiles and
# maps *.siplab.json (and .json files that say "siplab-scenario") to the scenario type.
# Usage: check-desktop-entry.sh DESKTOP-FILE MIME-XML
set -euo pipefail
source "$(dirname "$0")/lib.sh"
desktop=$1 mime=$2
need desktop-file-validate update-mime-database
[[ -f $desktop ]] || fail "$desktop is missing"
validate desktop-file-validate "$desktop"
out=$(desktop-file-validate "$desktop" 2>&1)
[[ -z $out ]] || fail "desktop-file-validate is not silent: $out"
mimetypes=$(sed -n 's/^MimeType=//p' "$desktop")
for t in application/x-siplab-scenario+json application/vnd.tcpdump.pcap application/x-pcapng; do
    [[ ";$mimetypes" == *";$t;"* ]] || fail "MimeType= lacks $t"
done
grep -qx 'Exec=siplab %f' "$desktop" || fail "Exec= must open the file given (%f)"
grep -qx 'Icon=siplab' "$desktop" || fail "Icon= is not siplab"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/siplab.xml"
[[ -f /usr/share/mime/packages/freedesktop.org.xml ]] && cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
out=$(XDG_DATA_DIRS=$tmp XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" 2>&1) || fail "update-mime-database: $out"
[[ -z $out ]] || fail "update-mime-database complained: $out"
grep -q '^60:application/x-siplab-scenario+json:\*\.siplab\.json$' "$tmp/mime/globs2" || fail "no *.siplab.json glob"
grep -q 'application/x-pcapng:\*\.pcapng$' "$tmp/mime/globs2" || fail "no *.pcapng glob"
grep -q '^application/x-siplab-scenario+json application/json$' "$tmp/mime/subclasses" ||
    fail "the scenario type is not a subclass of application/json"
grep -aq 'siplab-scenario' "$tmp/mime/magic" || fail "no magic for the scenario type"
echo "PASS: desktop entry and MIME types"
