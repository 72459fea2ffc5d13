#!/usr/bin/env bash
# cpack -G DEB builds the package; lintian reports no error; its dependencies come from
# dpkg-shlibdeps; unpacked with dpkg -x into a throw-away root it has every installed file and
# siplab-cli runs from there (explain 180, run). Nothing is installed on this machine
# (scripts/deb-install-test.sh does dpkg -i / dpkg -r, on request).
# Usage: check-deb.sh BUILD-DIR VERSION APP-ID
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$1 version=$2 id=$3
need cpack dpkg-deb dpkg-shlibdeps lintian file
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$tmp"/out/siplab_*.deb)
echo "built $(basename "$deb")"
[[ $(basename "$deb") == siplab_${version}-1_$(dpkg --print-architecture).deb ]] || fail "unexpected file name $deb"

dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == siplab ]] || fail "Package is not siplab"
[[ $(field Version) == "$version-1" ]] || fail "Version is $(field Version)"
[[ $(field Section) == education ]] || fail "Section is $(field Section)"
[[ $(field Maintainer) == *"<"*"@"*">" ]] || fail "Maintainer has no address"
depends=$(field Depends)
# libqt6svg6 is named by hand (the icon plugin); the others come from dpkg-shlibdeps.
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done
[[ $depends == *"libqt6core6 (>="* ]] || fail "Depends has no versions from dpkg-shlibdeps: $depends"

# lintian: no error (warnings and notes are printed for the record). --no-tag-display-limit so
# that nothing hides.
lintian --no-tag-display-limit --info "$deb" >"$tmp/lintian.log" 2>&1 || true
cat "$tmp/lintian.log"
! grep -q '^E: ' "$tmp/lintian.log" || fail "lintian reports errors"
grep -q '^internal error\|^Aborted\|^Unknown' "$tmp/lintian.log" && fail "lintian did not finish"

root=$tmp/root
dpkg -x "$deb" "$root"
source "$(dirname "$0")/expected-files.sh"
check_tree "$root" "$id"
for f in bin/siplab-cli lib/siplab/cli/siplab-cli-commands.so lib/siplab/cli/siplab-cli-live.so \
         lib/siplab/cli/siplab-cli-capture.so; do
    file "$root/usr/$f" | grep -q 'stripped' && ! file "$root/usr/$f" | grep -q 'not stripped' ||
        fail "/usr/$f is not stripped"
done
echo "PASS: $(basename "$deb")"
