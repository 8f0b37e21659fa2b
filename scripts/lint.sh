#!/usr/bin/env bash
# clang-tidy over every source file with the project's .clang-tidy; exits 1 on any warning.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"
install_missing "${BUILD_PACKAGES[@]}" clang-tidy libgtest-dev
# clang-tidy needs only the compile commands (no build), without gcc's precompiled headers.
cmake -S "$ROOT" -B "$ROOT/build-lint" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTAPSNIFF_TESTS=OFF \
    -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON >/dev/null
cd "$ROOT"
log=$(git ls-files 'src/*.cpp' | xargs -P "$(nproc)" -n 4 clang-tidy -p build-lint --quiet 2>/dev/null || true)
warnings=$(grep -c 'warning:' <<<"$log" || true)
[ "$warnings" -eq 0 ] && { echo "clang-tidy: no warnings"; exit 0; }
echo "$log"
echo "clang-tidy: $warnings warnings"
exit 1
