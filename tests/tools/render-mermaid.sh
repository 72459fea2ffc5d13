#!/usr/bin/env bash
# Renders every Mermaid export the tests pin (tests/data/export/*.mmd, or the files given) with
# mermaid-cli in the system Chromium, so Mermaid itself checks our Mermaid output; fails when
# Mermaid rejects any of them. mermaid-cli comes from `scripts/deps.sh test` (npm ci here).
# Usage: tests/tools/render-mermaid.sh [FILE.mmd...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mmdc=$here/node_modules/.bin/mmdc
if [[ ! -x $mmdc ]]; then
    echo "render-mermaid: $mmdc is missing: run scripts/deps.sh test (npm ci in tests/tools)" >&2
    exit 1
fi
if [[ ! -x /usr/bin/chromium ]]; then
    echo "render-mermaid: /usr/bin/chromium is missing: run scripts/deps.sh test" >&2
    exit 1
fi
files=("$@")
((${#files[@]})) || files=("$here"/../data/export/*.mmd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One Markdown file with every diagram: one Chromium start for all of them.
{
    echo "# Mermaid exports"
    for f in "${files[@]}"; do
        printf '\n%s\n\n```mermaid\n' "$(basename "$f")"
        cat "$f"
        printf '```\n'
    done
} > "$tmp/all.md"
if ! "$mmdc" --quiet -p "$here/puppeteer.json" -i "$tmp/all.md" -o "$tmp/out.md" > "$tmp/log" 2>&1; then
    grep -v '^    at ' "$tmp/log" >&2
    echo "render-mermaid: mermaid-cli rejected one of: ${files[*]}" >&2
    exit 1
fi
rendered=$(find "$tmp" -name 'out-*.svg' | wc -l)
if ((rendered != ${#files[@]})); then
    echo "render-mermaid: ${#files[@]} diagrams, $rendered rendered" >&2
    exit 1
fi
if grep -l -i 'syntax error' "$tmp"/out-*.svg >&2; then
    echo "render-mermaid: Mermaid drew a syntax error" >&2
    exit 1
fi
echo "render-mermaid: ${#files[@]} diagrams rendered by mermaid-cli $("$mmdc" --version 2>/dev/null)"
