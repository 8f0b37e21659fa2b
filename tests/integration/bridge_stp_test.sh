#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through wait_until
# usage: bridge_stp_test.sh BIN
# Live spanning tree (issue 16): inside a network namespace this script creates and deletes,
# a Linux bridge with STP on (br0, hello time 1 s) gets tapsniff's TAP device (tap0) as a port,
# and tcpdump listens on the same tap0. The bridge sends a configuration BPDU out of tap0 every
# second; the BPDU lines tapsniff prints must be identical to tcpdump's (-nn -e -t), and the
# JSON of the same frames must carry the "stp" object. Nothing touches the host's namespace;
# every wait is bounded.
# Exit 0 pass, 1 fail, 77 skip (not root, no /dev/net/tun, no tcpdump, ip netns add fails).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
need tcpdump
require_live tsB "live bridge STP tests"

# bpdus FILE: the STP lines of a text output (each BPDU is one line).
bpdus() { grep -E 'ctrl 0x03: STP 802\.1' "$1" || true; }
# enough FILE N: FILE holds at least N BPDU lines.
enough() { [ "$(bpdus "$1" | wc -l)" -ge "$2" ]; }
tcpdump_listening() { grep -q "listening on tap0" "$WORK/tcpdump.err"; }

echo "== the bridge, tapsniff's TAP in it, tcpdump on the same TAP"
ip -n "$NS" link add br0 type bridge stp_state 1 hello_time 100 forward_delay 400 ||
    skip "cannot create a bridge with STP in the namespace (no bridge module?)"
start_tapsniff stp -i tap0 --up -q -t none stp
tapsniff_pid=$PID
if ! wait_device tap0; then
    fail "tap0 did not appear within 5 s; stderr: $(head -c 300 "$WORK/stp.err")"
    finish
fi
ip netns exec "$NS" timeout -k 2 60 tcpdump -nn -e -t -l -i tap0 stp >"$WORK/tcpdump.out" 2>"$WORK/tcpdump.err" </dev/null &
tcpdump_job=$!
bg_pids+=("$tcpdump_job")
if ! wait_until 10 tcpdump_listening; then
    fail "tcpdump did not start listening on tap0 within 10 s: $(head -c 300 "$WORK/tcpdump.err")"
    finish
fi
ip -n "$NS" link set tap0 master br0
ip -n "$NS" link set br0 up

echo "== waiting for 4 BPDUs from both (at most 20 s)"
if ! wait_until 20 enough "$WORK/tcpdump.out" 4 || ! wait_until 5 enough "$WORK/stp.out" 4; then
    fail "BPDUs seen: tcpdump $(bpdus "$WORK/tcpdump.out" | wc -l), tapsniff $(bpdus "$WORK/stp.out" | wc -l)"
fi
stop_pid "$tapsniff_pid"
[ "$rc" -eq 0 ] || fail "tapsniff exited with $rc after SIGINT"
kill -INT "$tcpdump_job" 2>/dev/null || true
wait_until 5 pid_gone "$tcpdump_job" || kill -KILL "$tcpdump_job" 2>/dev/null || true

echo "    tcpdump:"
bpdus "$WORK/tcpdump.out" | sed -n '1,4s/^/      /p'
echo "    tapsniff:"
bpdus "$WORK/stp.out" | sed -n '1,4s/^/      /p'

# Both started before the bridge sent anything, so both saw the same BPDUs: the same lines in
# the same order (the first N of each; a last one may reach one of them just before the stop).
n_td=$(bpdus "$WORK/tcpdump.out" | wc -l)
n_ts=$(bpdus "$WORK/stp.out" | wc -l)
n=$((n_td < n_ts ? n_td : n_ts))
if [ "$n" -ge 3 ] && diff <(bpdus "$WORK/tcpdump.out" | head -n "$n") <(bpdus "$WORK/stp.out" | head -n "$n") >"$WORK/diff"; then
    pass "the first $n BPDU lines are identical to tcpdump's"
else
    fail "BPDU lines differ from tcpdump's ($n compared):"
    sed 's/^/    /' "$WORK/diff"
fi
if grep -qE 'STP 802\.1d, Config, Flags \[[^]]*\], bridge-id [0-9a-f]{4}\.([0-9a-f]{2}:){5}[0-9a-f]{2}\.[0-9a-f]{4}, length 35' "$WORK/stp.out"; then
    pass "a configuration BPDU: STP 802.1d, Config, Flags [...], bridge-id ..., length 35"
else
    fail "no configuration BPDU line in tapsniff's output"
fi
# Everything tapsniff printed was a BPDU (the filter said stp): no hex lines, no other frames.
if [ "$(grep -cv 'ctrl 0x03: STP 802\.1' "$WORK/stp.out" || true)" -eq 0 ]; then
    pass "every line tapsniff printed is a decoded BPDU"
else
    fail "tapsniff printed other lines: $(grep -v 'ctrl 0x03: STP 802\.1' "$WORK/stp.out" | head -3)"
fi

echo "== --json on the bridge port"
start_tapsniff json -i tap0 --up -q --json -c 2 stp
json_pid=$PID
wait_device tap0 || true
ip -n "$NS" link set tap0 master br0 2>/dev/null || true
wait_exit "$json_pid" 15
[ "$rc" -eq 0 ] || fail "tapsniff --json -c 2 exited with $rc"
if [ "$(grep -c '"stp":{"protocol":"0x0000","version":0,"type":"0x00","flags":"0x[0-9a-f]\{2\}","root_prio"' "$WORK/json.out" || true)" -eq 2 ]; then
    pass "two JSON lines with the stp object"
else
    fail "JSON lines without the expected stp object: $(head -c 400 "$WORK/json.out")"
fi

finish
