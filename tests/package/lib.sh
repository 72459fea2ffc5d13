# Helpers of the packaging tests (sourced).
fail() { echo "FAIL: $*" >&2; exit 1; }
need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed (scripts/deps.sh test)"; exit 77; }
    done
}
# Runs a validator; fails when it exits non-zero or prints an error line.
validate() {
    local out rc=0
    out=$("$@" 2>&1) || rc=$?
    printf '%s\n' "$out"
    ((rc == 0)) || fail "$1 exited $rc"
    ! grep -qiE '(^|[: ])(error|E):' <<<"$out" || fail "$1 reported an error"
}
