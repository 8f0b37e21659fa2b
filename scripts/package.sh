#!/usr/bin/env bash
# Builds the Debian package: installs what is missing (build packages + dpkg-dev for
# dpkg-shlibdeps), builds Release in build-package/ without tests, runs cpack, and prints
# the path of the .deb on stdout.
#   scripts/package.sh            -> /path/to/build-package/tapsniff_0.1.0_amd64.deb
#   sudo apt-get install ./build-package/tapsniff_*.deb
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

# dpkg-dev: dpkg-shlibdeps computes Depends (CPACK_DEBIAN_PACKAGE_SHLIBDEPS).
install_missing "${BUILD_PACKAGES[@]}" dpkg-dev
BUILD="$ROOT/build-package"
build_tree "$BUILD" -DCMAKE_BUILD_TYPE=Release -DTAPSNIFF_TESTS=OFF

rm -f "$BUILD"/tapsniff_*.deb
(cd "$BUILD" && cpack -G DEB >&2)
shopt -s nullglob
debs=("$BUILD"/tapsniff_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "tapsniff: cpack did not produce exactly one .deb in $BUILD" >&2
    exit 1
fi
echo "${debs[0]}"
