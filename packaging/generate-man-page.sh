#!/usr/bin/env bash
# Writes PROGRAM's man page OUT (and OUT.gz) with help2man from PROGRAM --help and --version:
# the programs' own help text is the one source. For siplab-cli, each command listed under
# "Commands:" in --help adds its own `siplab-cli COMMAND --help` to a COMMANDS section.
# Usage: generate-man-page.sh PROGRAM INCLUDE.h2m OUT
set -euo pipefail
program=$1 include=$2 out=$3
mkdir -p "$(dirname "$out")"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
# In a sanitizer build (SIPLAB_SANITIZE) a leak report at exit must not fail the help text.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
: "${SOURCE_DATE_EPOCH:=$(date -u +%s)}"
export SOURCE_DATE_EPOCH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$include" "$tmp/include.h2m"

# roff-escape a help text: backslashes, and lines starting with . or ' (requests in roff).
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

if "$program" --help >"$tmp/help" 2>/dev/null; then
    commands=$(awk 'tolower($0) ~ /^(sub-?)?commands[^:]*:/ {on = 1; next} on && /^[^ ]/ {on = 0} on && /^  [a-z][a-z-]*( |$)/ {print $1}' \
               "$tmp/help" | awk '!seen[$0]++')
    if [[ -n $commands ]]; then
        {
            echo "[COMMANDS]"
            for c in $commands; do
                "$program" "$c" --help >"$tmp/cmd" 2>/dev/null || continue
                echo ".SS $c"
                echo ".nf"
                roff <"$tmp/cmd"
                echo ".fi"
            done
        } >>"$tmp/include.h2m"
    fi
fi
name=$(sed -n 's/^#name: //p' "$include")
# The version is the last word of `PROGRAM --version` ("SIP Lab 0.1.0", "siplab-cli 0.1.0"); given
# this way, help2man names the page after the executable (siplab), not the first word (SIP).
version=$("$program" --version 2>/dev/null | head -1 | awk '{print $NF}')
[[ -n $version ]] || { echo "generate-man-page.sh: $program --version printed nothing" >&2; exit 1; }
# Run by its bare name (from PATH) so that the usage lines say "siplab-cli", not the build path.
PATH=$(dirname "$program"):$PATH help2man --no-info --section=1 --name="$name" --version-string="$version" --include="$tmp/include.h2m" \
    --output="$out" "$(basename "$program")"
gzip -9nc "$out" >"$out.gz"
