#!/usr/bin/env bash
# Configures (once) and builds SIP Lab. BUILD_DIR (default build) and SIPLAB_CMAKE_ARGS may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f $build/CMakeCache.txt ]]; then
    # shellcheck disable=SC2086
    cmake -S . -B "$build" "${generator[@]}" "${launcher[@]}" ${SIPLAB_CMAKE_ARGS:-}
fi
cmake --build "$build" -j2
