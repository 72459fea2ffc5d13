#!/usr/bin/env bash
# Fuzzes the SIP parser and the capture decoder with libFuzzer under ASan/UBSan for a bounded
# time: SECONDS in all, two thirds for the parser, one third for the capture decoder.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60; FUZZ_BUILD_DIR defaults to build-fuzz)
# Needs clang-14 and libclang-rt-14-dev (scripts/deps.sh test installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
cxx=$(command -v clang++ || command -v clang++-14)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S . -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
          -DSIPLAB_FUZZ=ON -DSIPLAB_BUILD_BENCH=OFF
fi
cmake --build "$build" -j2 --target fuzz_sipparser fuzz_capture
parser_seconds=$((seconds * 2 / 3))
capture_seconds=$((seconds - parser_seconds))
# Seed corpus: the RFC 4475 torture messages and a few messages the engine sends.
corpus=$build/fuzz-corpus
mkdir -p "$corpus"
cp tests/data/rfc4475/*.dat tests/fuzz/seeds/*.sip "$corpus"/
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build"/tests/fuzz/fuzz_sipparser -max_total_time="$parser_seconds" -max_len=70000 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$build"/ "$corpus"
# The capture decoder: seeds are link-type byte + length-prefixed frames (tests/fuzz/seeds/*.frames).
capture_corpus=$build/fuzz-corpus-capture
mkdir -p "$capture_corpus"
cp tests/fuzz/seeds/*.frames "$capture_corpus"/
"$build"/tests/fuzz/fuzz_capture -max_total_time="$capture_seconds" -max_len=200000 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$build"/capture- "$capture_corpus"
