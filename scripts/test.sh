#!/usr/bin/env bash
# Installs what is missing, builds tapsniff and its tests, and runs every test through ctest.
# Live tests need root and /dev/net/tun; without them ctest reports them as skipped.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
build_tree "$ROOT/build-test" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAPSNIFF_TESTS=ON
cd "$ROOT/build-test"
ctest --output-on-failure --timeout 300 "$@"
