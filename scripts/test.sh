#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh
build=${BUILD_DIR:-build}
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600
