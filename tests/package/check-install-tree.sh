#!/usr/bin/env bash
# `cmake --install BUILD --prefix DIR` gives a working tree: both programs, the desktop files,
# icons, man pages, completion, example scenarios and docs in the GNUInstallDirs places, and
# siplab-cli runs from there.
# Usage: check-install-tree.sh BUILD-DIR APP-ID
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$1 id=$2
need cmake file
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/usr" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install failed"; }
source "$(dirname "$0")/expected-files.sh"
check_tree "$tmp" "$id"
echo "PASS: cmake --install tree"
