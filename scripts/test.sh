#!/usr/bin/env bash
# Installs what is missing, builds tapsniff and its tests, and runs every test through ctest:
# one ASan+UBSan build runs them all (live tests need root and /dev/net/tun; without them ctest
# reports them as skipped).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"

# One build, with AddressSanitizer and UndefinedBehaviorSanitizer, runs every test, the live ones
# included: a second, unsanitized build of the same code doubled the build time (it must all stay
# under 15 minutes on CI's 2 cores). Speed is measured by scripts/bench.sh on a Release build.
build_tree "$ROOT/build-test" -DCMAKE_BUILD_TYPE=Debug -DTAPSNIFF_TESTS=ON -DTAPSNIFF_SANITIZE=ON

# -j: offline tests two at a time; the live ones are RUN_SERIAL (tests/integration/CMakeLists.txt).
echo "== tests (AddressSanitizer + UndefinedBehaviorSanitizer build)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$ROOT/build-test" && ctest -j"$(nproc)" --output-on-failure --timeout 300 "$@")
