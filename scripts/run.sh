#!/usr/bin/env bash
# Installs what is missing, builds tapsniff (Release) and runs it with the given arguments.
#   sudo scripts/run.sh -a 10.0.0.1/24
#   scripts/run.sh -r capture.pcapng -x
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

install_missing "${BUILD_PACKAGES[@]}"
# Build quietly: the user is here for frames, not compiler output (shown only if it fails).
log=$(mktemp)
if ! build_tree "$ROOT/build" -DCMAKE_BUILD_TYPE=Release -DTAPSNIFF_TESTS=OFF >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "tapsniff: the build failed (output above)" >&2
    exit 1
fi
rm -f "$log"
exec "$ROOT/build/tapsniff" "$@"
