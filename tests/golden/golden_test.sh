#!/usr/bin/env bash
# usage: golden_test.sh BIN
# Checks tapsniff against tcpdump 4.99.3's committed output for every golden capture (made by
# make_goldens.sh): default (relative TCP numbers), -S and -x, byte for byte, whole files.
set -uo pipefail
BIN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
fail=0 checked=0
for pcap in "$HERE"/*.pcap; do
    name=${pcap%.pcap}
    for variant in "txt|" "S.txt|-S" "x.txt|-x"; do
        golden="$name.${variant%%|*}"
        flag=${variant#*|}
        [ -f "$golden" ] || { echo "FAIL $(basename "$golden") is missing"; fail=$((fail + 1)); continue; }
        # shellcheck disable=SC2086 # $flag is one option or none
        if ! diff -u "$golden" <(TZ=UTC "$BIN" -r "$pcap" -t none -q $flag 2>&1) > /tmp/golden-diff.$$; then
            echo "FAIL $(basename "$golden"): tapsniff differs from tcpdump (first lines of the diff):"
            head -20 /tmp/golden-diff.$$
            fail=$((fail + 1))
        fi
        checked=$((checked + 1))
    done
done
rm -f /tmp/golden-diff.$$
if [ "$checked" -eq 0 ]; then
    echo "FAIL no golden captures found in $HERE"
    exit 1
fi
echo "golden: $checked outputs checked, $fail differ"
[ "$fail" -eq 0 ]
