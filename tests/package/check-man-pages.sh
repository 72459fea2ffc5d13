#!/usr/bin/env bash
# siplab(1) and siplab-cli(1) exist, render without warnings, and say what the programs' own
# --help and --version say (they are generated from them).
# Usage: check-man-pages.sh MAN-DIR VERSION SIPLAB-CLI SIPLAB
set -euo pipefail
source "$(dirname "$0")/lib.sh"
dir=$1 version=$2 cli=$3 gui=$4
need man help2man
for page in siplab siplab-cli; do
    [[ -f $dir/$page.1 && -f $dir/$page.1.gz ]] || fail "$dir/$page.1(.gz) is missing"
    cmp -s <(gzip -dc "$dir/$page.1.gz") "$dir/$page.1" || fail "$page.1.gz is not $page.1"
    warnings=$(MANWIDTH=100 man --warnings -l "$dir/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$page(1) renders with warnings: $warnings"
    text=$(MANWIDTH=100 man -l "$dir/$page.1.gz" 2>/dev/null)
    grep -q "^NAME" <<<"$text" || fail "$page(1) has no NAME"
    [[ $(head -1 <<<"$text") == "${page^^}(1)"* ]] || fail "$page(1) is titled '$(head -1 <<<"$text")'"
    grep -qE "^ +$page - " <<<"$text" || fail "$page(1) NAME is not '$page - ...'"
    grep -qF "$version" <<<"$text" || fail "$page(1) does not name version $version"
done
cli_text=$(MANWIDTH=200 man -l "$dir/siplab-cli.1.gz" 2>/dev/null)
# Every command of `siplab-cli --help` is in the page, with its own --help under COMMANDS.
commands=$(LC_ALL=C.UTF-8 "$cli" --help | awk 'tolower($0) ~ /^(sub-?)?commands[^:]*:/ {on = 1; next} on && /^[^ ]/ {on = 0} on && /^  [a-z][a-z-]*( |$)/ {print $1}' | sort -u)
[[ -n $commands ]] || fail "no commands in siplab-cli --help"
grep -q "^COMMANDS" <<<"$cli_text" || fail "siplab-cli(1) has no COMMANDS section"
for c in $commands; do
    grep -qE "^ +$c( |$)" <<<"$cli_text" || fail "siplab-cli(1) does not describe '$c'"
done
grep -q -- "--uas" <<<"$cli_text" || fail "siplab-cli(1) lacks the run options (--uas)"
gui_text=$(MANWIDTH=200 man -l "$dir/siplab.1.gz" 2>/dev/null)
for opt in --lang --lesson --classroom --version; do
    grep -q -- "$opt" <<<"$gui_text" || fail "siplab(1) lacks $opt"
done
[[ $(QT_QPA_PLATFORM= "$gui" --version 2>/dev/null) == *"$version"* ]] || fail "siplab --version does not say $version"
echo "PASS: man pages"
