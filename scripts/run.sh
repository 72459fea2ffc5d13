#!/usr/bin/env bash
# Installs what is missing, builds, and starts SIP Lab on its built-in default scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
scripts/build.sh
build=${BUILD_DIR:-build}
if [[ -x $build/bin/siplab ]]; then
    exec "$build/bin/siplab" "$@"
fi
exec "$build/bin/siplab-cli" run "$@"
