# check_tree ROOT APP-ID: what an install (cmake --install or the .deb) puts under ROOT/usr, and
# that the installed siplab-cli and siplab run from there (sourced by the packaging tests).
check_tree() {
    local root=$1 id=$2 f
    for f in bin/siplab bin/siplab-cli lib/siplab/cli/siplab-cli-commands.so lib/siplab/cli/siplab-cli-live.so \
             lib/siplab/cli/siplab-cli-capture.so \
             share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/siplab.xml \
             share/icons/hicolor/scalable/apps/siplab.svg share/icons/hicolor/48x48/apps/siplab.png \
             share/icons/hicolor/128x128/apps/siplab.png share/icons/hicolor/256x256/apps/siplab.png \
             share/man/man1/siplab.1.gz share/man/man1/siplab-cli.1.gz \
             share/bash-completion/completions/siplab-cli \
             share/siplab/scenarios/default.json share/siplab/lessons/rfc3665-3.1-session.json \
             share/doc/siplab/copyright share/doc/siplab/changelog.Debian.gz share/doc/siplab/README.md \
             share/doc/siplab/docs/user-guide.md share/doc/siplab/docs/images/main-window-en.png \
             share/doc/siplab/docs/source-article-sip-response-codes.md; do
        [[ -e $root/usr/$f ]] || fail "not installed: /usr/$f"
    done
    local size
    for size in 48 128 256; do
        file "$root/usr/share/icons/hicolor/${size}x$size/apps/siplab.png" | grep -q "$size x $size" ||
            fail "the ${size}x$size icon is not $size x $size pixels"
    done
    # The programs carry their data (translations, lessons, default scenario) as resources.
    local cli=$root/usr/bin/siplab-cli out
    out=$(cd / && "$cli" explain 180) || fail "installed siplab-cli explain 180 failed"
    grep -q "180 Ringing" <<<"$out" || fail "siplab-cli explain 180 does not say 180 Ringing: $out"
    grep -q "响铃" <<<"$out" || fail "siplab-cli explain 180 has no Chinese text (translations not found)"
    out=$(cd / && "$cli" run) || fail "installed siplab-cli run failed"
    grep -q "F1 UAC -> P1: INVITE" <<<"$out" || fail "siplab-cli run does not print the default ladder: $out"
    out=$(cd / && "$cli" run "$root/usr/share/siplab/lessons/rfc3665-3.9-busy-486.json") ||
        fail "siplab-cli run on an installed lesson file failed"
    grep -q "486 Busy Here" <<<"$out" || fail "the installed busy lesson does not end in 486"
    # Drawings are in the commands module, open in the capture module, serve and call in the
    # live module (lib/siplab/cli), found from bin/.
    out=$(cd / && "$cli" run --format svg -o -) || fail "installed siplab-cli run --format svg failed"
    grep -q "<svg" <<<"$out" || fail "siplab-cli run --format svg wrote no SVG: ${out:0:300}"
    out=$(cd / && "$cli" open --help) || fail "installed siplab-cli open --help failed (the capture module)"
    grep -q "Usage: siplab-cli open" <<<"$out" || fail "siplab-cli open --help printed: ${out:0:300}"
    out=$(cd / && "$cli" serve --help) || fail "installed siplab-cli serve --help failed (the live module)"
    grep -q "Usage: siplab-cli serve" <<<"$out" || fail "siplab-cli serve --help printed: ${out:0:300}"
    out=$(cd / && "$cli" lesson --list) || fail "siplab-cli lesson --list failed"
    grep -q "rfc3665-3.1-session" <<<"$out" || fail "siplab-cli lesson --list lacks the lessons"
    out=$(cd / && QT_QPA_PLATFORM= "$root/usr/bin/siplab" --version 2>/dev/null) || fail "siplab --version failed"
    [[ $out == *[0-9].[0-9]* ]] || fail "siplab --version printed '$out'"
}
