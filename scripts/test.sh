#!/usr/bin/env bash
# Installs what is missing, builds tapsniff and its tests, and runs every test through ctest:
# first the normal build (all tests, live ones included), then an ASan+UBSan build of the
# same code running everything that is not live (live tests need root and /dev/net/tun;
# without them ctest reports them as skipped).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"

build_tree "$ROOT/build-test" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAPSNIFF_TESTS=ON
build_tree "$ROOT/build-asan" -DCMAKE_BUILD_TYPE=Debug -DTAPSNIFF_TESTS=ON -DTAPSNIFF_SANITIZE=ON

echo "== tests (RelWithDebInfo)"
(cd "$ROOT/build-test" && ctest --output-on-failure --timeout 300 "$@")

echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$ROOT/build-asan" && ctest --output-on-failure --timeout 300 -E '^(live|package)\.' "$@")
