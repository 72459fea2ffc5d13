#!/usr/bin/env bash
# The AppStream metainfo validates (no network) and its newest release is project(VERSION);
# the Debian changelog's newest entry is the same version.
# Usage: check-appstream.sh METAINFO VERSION SOURCE-DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
metainfo=$1 version=$2 src=$3
need appstreamcli
[[ -f $metainfo ]] || fail "$metainfo is missing"
validate appstreamcli validate --no-net "$metainfo"
newest=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "newest <release> is '$newest', project(VERSION) is '$version'"
grep -q '<release version="[^"]*" date="[0-9-]*">' "$metainfo" || fail "release without a date"
grep -A3 "<release version=\"$version\"" "$metainfo" | grep -q '<description>' || fail "release $version has no notes"
[[ $(grep -c '<screenshot' "$metainfo") -ge 2 ]] || fail "fewer than two screenshots"
# Every screenshot is one of the images in docs/images.
for img in $(grep -oE '<image>[^<]+</image>' "$metainfo" | sed -E 's#</image>##; s#.*/##'); do
    [[ -f $src/docs/images/$img ]] || fail "screenshot $img is not in docs/images"
done
changelog_version=$(head -1 "$src/packaging/changelog" | sed -E 's/^siplab \(([^)]+)\).*/\1/')
[[ $changelog_version == "$version-1" ]] || fail "packaging/changelog is at '$changelog_version', want '$version-1'"
echo "PASS: AppStream metainfo $version"
