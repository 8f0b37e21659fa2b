#!/usr/bin/env bash
# Installs what is missing, builds tapsniff (Release) and runs it with the given arguments.
#   sudo scripts/run.sh -a 10.0.0.1/24
#   scripts/run.sh -r capture.pcapng -x
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

install_missing "${BUILD_PACKAGES[@]}"
build_tree "$ROOT/build" -DCMAKE_BUILD_TYPE=Release -DTAPSNIFF_TESTS=OFF >/dev/null
exec "$ROOT/build/tapsniff" "$@"
