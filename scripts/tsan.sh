#!/usr/bin/env bash
# ThreadSanitizer check of the one place tapsniff runs two threads: -r of a regular file, where
# ReadAheadSource reads, filters and decodes on a thread of its own while the loop prints.
#   scripts/tsan.sh
# Builds build-tsan (-fsanitize=thread; not part of scripts/test.sh, whose ASan/UBSan build must
# keep the whole run under 15 minutes), runs the read-ahead unit tests 50 times, then tapsniff over
# a generated 300,000-frame capture in every output mode, stopped early by -c, by a reader that
# closes the pipe and by SIGINT. Any ThreadSanitizer report fails the run (exit 1).
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"
install_missing "${BUILD_PACKAGES[@]}" gcc libgtest-dev
BT=$ROOT/build-tsan
build_tree "$BT" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAPSNIFF_TESTS=ON \
    -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
failures=0
check() { # NAME STATUS REPORT-FILE
    if [ "$2" = 66 ] || grep -q 'ThreadSanitizer' "$3"; then
        echo "tsan: $1: FAILED"
        cat "$3"
        failures=$((failures + 1))
    else
        echo "tsan: $1: ok"
    fi
}

set +e
"$BT/tests/tapsniff_unit_tests" --gtest_filter='ReadAheadSource.*:BatchArena.*' --gtest_repeat=50 \
    --gtest_brief=1 >"$WORK/unit.out" 2>&1
check "read-ahead unit tests, 50 times" $? "$WORK/unit.out"

cc -O2 -Wall -o "$WORK/gen_bench_pcap" "$ROOT/bench/gen_bench_pcap.c"
F=$WORK/mix.pcap
"$WORK/gen_bench_pcap" "$F" 300000
for args in "-q" "-q -S" "-q --json" "-q -v" "-q -x" "-q -c 1000" "-q tcp or udp" "-q -w $WORK/out.pcap" \
    "-q --no-print -w $WORK/out2.pcap arp"; do
    # shellcheck disable=SC2086 # the options are words
    timeout 300 "$BT/tapsniff" -r "$F" $args >/dev/null 2>"$WORK/run.err"
    check "tapsniff -r F $args" $? "$WORK/run.err"
done
timeout 300 "$BT/tapsniff" -r "$F" 2>"$WORK/pipe.err" | head -5 >/dev/null
check "tapsniff -r F | head -5" "${PIPESTATUS[0]}" "$WORK/pipe.err"
for delay in 0.3 0.6 1.0; do
    "$BT/tapsniff" -r "$F" >/dev/null 2>"$WORK/int.err" &
    pid=$!
    sleep "$delay"
    kill -INT "$pid" 2>/dev/null
    wait "$pid"
    check "tapsniff -r F, SIGINT after $delay s" $? "$WORK/int.err"
done
set -e

[ "$failures" = 0 ] || { echo "tsan: $failures failed"; exit 1; }
echo "tsan: no data race reported"
