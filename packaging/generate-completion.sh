#!/usr/bin/env bash
# Writes the bash completion of siplab-cli from its own help: the commands listed under
# "Commands:" in `siplab-cli --help`, and for each command the options that `siplab-cli COMMAND
# --help` shows. An option followed by a value in the help (--lang zh|en|both, --to URI, -o FILE)
# takes a value; the alternatives written a|b|c become its completions.
# Usage: generate-completion.sh SIPLAB-CLI TEMPLATE OUT
set -euo pipefail
program=$1 template=$2 out=$3
export LC_ALL=C.UTF-8 LANG=C.UTF-8
# In a sanitizer build (SIPLAB_SANITIZE) a leak report at exit must not fail the help text.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$program" --help >"$tmp/help"
commands=$(awk 'tolower($0) ~ /^(sub-?)?commands[^:]*:/ {on = 1; next} on && /^[^ ]/ {on = 0} on && /^  [a-z][a-z-]*( |$)/ {print $1}' \
           "$tmp/help" | awk '!seen[$0]++' | tr '\n' ' ')
# Without them the completion still loads (and completes --help/--version); the test says why.
[[ -n $commands ]] || echo "generate-completion.sh: warning: no \"Commands:\" list in '$program --help'" >&2

cases="" values=""
declare -A seen_value=()
for c in $commands; do
    "$program" "$c" --help >"$tmp/cmd" 2>/dev/null || true
    # Options as they appear (--name, --name=VALUE, -o), then the value written after them.
    opts=$(grep -oE '(^|[][ ,|(])--?[a-zA-Z][a-zA-Z0-9-]*' "$tmp/cmd" | sed -E 's/^[][ ,|(]//' \
           | awk '!seen[$0]++' | tr '\n' ' ' || true)
    cases+="        $c) opts=\"--help ${opts% }\" ;;"$'\n'
    # "--lang zh|en|both", "--to sip:USER@HOST:PORT", "--page A4|A3|Letter|Legal", "-o FILE", "--lang <lang>"
    while read -r opt val; do
        [[ -n $opt && -z ${seen_value[$c:$opt]:-} ]] || continue
        seen_value[$c:$opt]=1
        words=""
        if [[ $val == *"|"* ]]; then
            IFS='|' read -ra alts <<<"$val"
            for a in "${alts[@]}"; do
                a=${a%%[],.)[]*}
                # Upper-case words without digits are placeholders (CODE, N, FILE), the rest values.
                [[ $a =~ ^[A-Z][A-Z_:.@]*$ || -z $a ]] || words+="$a "
            done
        fi
        values+="        $c:${opt}) _siplab_cli_value=\"${words% }\" ; return 0 ;;"$'\n'
    # Only option lines ("  --lang ...", "  -o, --output ...") and usage lines, not prose.
    done < <(grep -E '^ *(-|Usage:|siplab-cli)' "$tmp/cmd" \
             | grep -oE '(^|[ ,[])--?[a-zA-Z][a-zA-Z0-9-]*[ =](<[^>]+>|[A-Za-z0-9][^ ]*)' \
             | sed -E 's/^[ ,[]//; s/[ =]/ /' | grep -vE ' (-|or$|and$|the$|to$|a$)' || true)
done

awk -v commands="${commands% }" -v cases="$cases" -v values="$values" '
    /@COMMANDS@/ { gsub(/@COMMANDS@/, commands) }
    /@OPTION_CASES@/ { printf "%s", cases; next }
    /@VALUE_CASES@/ { printf "%s", values; next }
    { print }' "$template" >"$out.tmp"
bash -n "$out.tmp"
mv "$out.tmp" "$out"
