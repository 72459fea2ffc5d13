#!/usr/bin/env bash
# The generated completion loads in bash, registers for siplab-cli, and completes commands,
# options and option values as the help says (COMP_WORDS/COMP_CWORD as bash sets them).
# Usage: check-bash-completion.sh COMPLETION-FILE SIPLAB-CLI
set -euo pipefail
source "$(dirname "$0")/lib.sh"
file=$1 cli=$2
[[ -f $file ]] || fail "$file is missing"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$cli" "$tmp/siplab-cli"

# complete LINE: the completions bash would offer for LINE (the cursor at its end; a trailing
# space starts a new word), one per line, sorted.
cat >"$tmp/run.sh" <<'SCRIPT'
source "$1"
shift
complete -p siplab-cli
complete_line() {
    local line=$1
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line COMP_POINT=${#line}
    COMPREPLY=()
    _siplab_cli siplab-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]:-}"
    printf '%s\n' "${COMPREPLY[@]}" | sort
}
for line in "$@"; do
    echo "== $line"
    complete_line "$line"
done
SCRIPT
out=$(PATH=$tmp:$PATH bash --norc --noprofile "$tmp/run.sh" "$file" \
      "siplab-cli " "siplab-cli ex" "siplab-cli run --pro" "siplab-cli explain 180 --lang " \
      "siplab-cli serve --role " "siplab-cli run --format s" "siplab-cli run --method REG" \
      "siplab-cli lesson class-1" "siplab-cli run --uas " "siplab-cli nosuch --")
printf '%s\n' "$out"
section() { awk -v h="== $1" '$0 == h {on = 1; next} /^== / {on = 0} on' <<<"$out" | tr '\n' ' ' | sed 's/ $//'; }
expect() { [[ $(section "$1") == "$2" ]] || fail "'$1' completes to '$(section "$1")', want '$2'"; }
grep -qx 'complete -F _siplab_cli siplab-cli' <<<"$out" || fail "complete -p siplab-cli does not name _siplab_cli"
for c in run parse explain serve call lesson --help --version; do
    [[ " $(section 'siplab-cli ') " == *" $c "* ]] || fail "'siplab-cli <TAB>' lacks $c"
done
expect "siplab-cli ex" "explain"
expect "siplab-cli run --pro" "--proxies --proxy --proxy2"
expect "siplab-cli explain 180 --lang " "both en zh"
expect "siplab-cli serve --role " "proxy registrar server uas"
expect "siplab-cli run --format s" "svg"
expect "siplab-cli run --method REG" "REGISTER"
expect "siplab-cli lesson class-1" "class-1xx"
expect "siplab-cli run --uas " "none"
expect "siplab-cli nosuch --" ""
echo "PASS: bash completion"
