#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through wait_until
# usage: live_test.sh BIN
# Live TAP tests of the real binary. Everything (the TAP device, its addresses, the ping and
# the ARP traffic) happens inside a network namespace this script creates and deletes on exit;
# only 10.0.0.0/24 and fd00::/64 inside it are used. Nothing touches the host's namespace.
#   a. tapsniff -q | grep --line-buffered who-has: each ARP request of a ping to an absent
#      10.0.0.2 reaches grep's output within 1 s (tapsniff flushes when idle); latency printed
#   b. the start line "tapsniff: listening on tap0 (TAP, MAC, mtu 1500, up)", and SIGINT ->
#      exit 0 with the stop line "N frames captured, M bytes, K dropped"
#   c. -c 2 stops by itself after 2 frames (exit 0, 2 records = non-indented lines)
#   d. ip -d link show tap0 says "tun type tap" while running; the device is gone after exit
#   e. --mtu 9000 -a 10.0.0.1/24 -a fd00::1/64 -> both addresses and mtu 9000 on tap0
#   f. --json live: every line parses with jq
# Exit 0 pass, 1 fail, 77 skip (not root, no /dev/net/tun, ip netns add fails).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsL "live TAP tests"
need ping
need jq

# ---------------------------------------------------------------- helpers

tap_gone() { dev_gone tap0; }
# ready_or_done PID: tap0 has 10.0.0.1/24, or tapsniff already ended (with -c N, frames the
# kernel sends as soon as the link is up -- IPv6 MLD/DAD -- may complete the count at once).
ready_or_done() { dev_has tap0 "10.0.0.1/24" || pid_gone "$1"; }

# make sure no tap0 is left over between sub-tests (so the next run creates a fresh one)
expect_no_tap() {
    wait_until 3 tap_gone || fail "tap0 still exists in the namespace after tapsniff exited"
}

# ping_absent COUNT: ping 10.0.0.2 (nobody answers) in the namespace, in the background;
# $ping_job is timeout's pid (not a subshell's), so killing it stops the ping.
ping_absent() {
    timeout -k 2 10 ip netns exec "$NS" ping -c "$1" -i 0.5 -W 1 10.0.0.2 >/dev/null 2>&1 &
    ping_job=$!
    bg_pids+=("$ping_job")
}

# ---------------------------------------------------------------- a. grep latency
echo "== a. tapsniff -q | grep --line-buffered who-has: flush when idle"
# $! is tapsniff's pid (ip netns exec execs it in place); grep reads its stdout, the pipe
# made with a process substitution.
ip netns exec "$NS" "$BIN" -i tap0 -a 10.0.0.1/24 -q 2>"$WORK/a.err" </dev/null \
    > >(grep --line-buffered who-has >"$WORK/a.out") &
a_job=$!
bg_pids+=("$a_job")
watchdog "$a_job"
if ! wait_until 5 dev_has tap0 "10.0.0.1/24"; then
    fail "a: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/a.err")"
else
    t0=$(now_ms)
    ping_absent 3
    seen=0
    first_ms=-1
    : >"$WORK/a.seen"
    # Poll every 50 ms, for at most 3.5 s (70 polls), until 3 who-has lines are there.
    for ((i = 0; i < 70; i++)); do
        n=$(wc -l <"$WORK/a.out")
        if [ "$n" -gt "$seen" ]; then
            at_ms=$(now_ms)
            now_tod=$(date +%H:%M:%S.%N)
            [ "$first_ms" -ge 0 ] || first_ms=$((at_ms - t0))
            # remember when each new line was first seen (time of day, to compare with its stamp)
            sed -n "$((seen + 1)),${n}p" "$WORK/a.out" | while IFS= read -r line; do
                printf '%s %s\n' "$now_tod" "$line"
            done >>"$WORK/a.seen"
            seen=$n
        fi
        [ "$seen" -ge 3 ] && break
        sleep 0.05
    done
    echo "    who-has lines seen: $seen"
    sed 's/^/    /' "$WORK/a.seen"
    if [ "$first_ms" -ge 0 ] && [ "$first_ms" -lt 1000 ]; then
        pass "a: first who-has line in grep's output ${first_ms} ms after ping started (< 1000 ms)"
    else
        fail "a: first who-has line not seen within 1 s of ping start (first_ms=$first_ms, lines=$seen)"
    fi
    # Each line: seen-at minus the frame's own timestamp (when tapsniff read it) < 1 s.
    lat_bad=0
    if [ -s "$WORK/a.seen" ]; then
        while read -r seen_tod frame_tod _; do
            lat=$(awk -v a="$seen_tod" -v b="$frame_tod" 'function s(t, p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
                BEGIN { d = s(a) - s(b); if (d < -43200) d += 86400; printf "%d", d * 1000 }')
            echo "    frame stamped $frame_tod seen $seen_tod: grep latency ${lat} ms"
            if [ "$lat" -ge 1000 ] || [ "$lat" -lt -50 ]; then lat_bad=$((lat_bad + 1)); fi
        done <"$WORK/a.seen"
    fi
    if [ "$seen" -ge 1 ] && [ "$lat_bad" -eq 0 ]; then
        pass "a: every who-has line reached grep's output < 1000 ms after tapsniff stamped it"
    else
        fail "a: $lat_bad line(s) took >= 1 s from capture to grep's output (lines: $seen)"
    fi
    if [ "$seen" -ge 2 ]; then
        pass "a: $seen ARP requests seen within ~3.5 s (Linux retries about once a second)"
    else
        fail "a: only $seen ARP request(s) seen within ~3.5 s (expected >= 2)"
    fi
    wait_exit "$ping_job" 8 || true  # ping fails (no answer): expected
fi
stop_pid "$a_job"
if [ -s "$WORK/a.err" ]; then
    fail "a: stderr not empty with -q: $(head -c 300 "$WORK/a.err")"
fi
expect_no_tap

# ---------------------------------------------------------------- b + d. start/stop lines, device type
echo "== b/d. start line, SIGINT, stop line, tun type tap, device removed"
start_tapsniff b -i tap0 --up
b_job=$PID
mac_re='([0-9a-f]{2}:){5}[0-9a-f]{2}'
if wait_until 5 grep -q 'listening on' "$WORK/b.err"; then
    line="$(head -n 1 "$WORK/b.err")"
    if [[ "$line" =~ ^tapsniff:\ listening\ on\ tap0\ \(TAP,\ ${mac_re},\ mtu\ 1500,\ up\)$ ]]; then
        pass "b: start line: $line"
    else
        fail "b: start line does not match 'tapsniff: listening on tap0 (TAP, xx:xx:xx:xx:xx:xx, mtu 1500, up)': $line"
    fi
else
    fail "b: no start line within 5 s; stderr: $(head -c 300 "$WORK/b.err")"
fi
details="$(ip -n "$NS" -d link show dev tap0 2>&1 || true)"
if grep -q 'tun type tap' <<<"$details"; then
    pass "d: ip -d link show tap0 while running: 'tun type tap'"
else
    fail "d: ip -d link show tap0 does not say 'tun type tap': $(tr '\n' ' ' <<<"$details")"
fi
stop_pid "$b_job"
last="$(tail -n 1 "$WORK/b.err")"
if [ "$rc" -eq 0 ] && [[ "$last" =~ ^[0-9]+\ frames\ captured,\ [0-9]+\ bytes,\ [0-9]+\ dropped$ ]] \
    && [ "$(wc -l <"$WORK/b.err")" -eq 2 ]; then
    pass "b: SIGINT -> exit 0, stop line: $last"
else
    fail "b: SIGINT -> exit $rc (want 0); stderr (want start + stop line): $(tr '\n' '|' <"$WORK/b.err")"
fi
if wait_until 3 tap_gone; then
    pass "d: tap0 is gone after tapsniff exited"
else
    fail "d: tap0 still exists after tapsniff exited: $(ip -n "$NS" -d link show dev tap0 2>&1 | head -n 2 | tr '\n' ' ')"
fi

# ---------------------------------------------------------------- c. -c 2
echo "== c. -c 2 stops after 2 frames"
start_tapsniff c -i tap0 -a 10.0.0.1/24 -q -c 2
c_job=$PID
if wait_until 5 ready_or_done "$c_job"; then
    ping_absent 6
    wait_exit "$c_job" 10
    # records = lines not starting with white space (frames tapsniff does not decode yet,
    # e.g. IPv6 MLD, are followed by indented hex lines, as tcpdump -nn -e prints them)
    lines=$(grep -vc '^[[:space:]]' "$WORK/c.out" || true)
    if [ "$rc" -eq 0 ] && [ "$lines" -eq 2 ]; then
        pass "c: -c 2 -> exit 0 by itself with 2 records"
        sed 's/^/    /' "$WORK/c.out"
    else
        fail "c: -c 2 -> exit $rc (want 0; 124 = still running after 10 s), $lines record(s) (want 2); stderr: $(head -c 300 "$WORK/c.err")"
        sed 's/^/    /' "$WORK/c.out" | head -n 20
    fi
    kill -TERM "$ping_job" 2>/dev/null || true
    wait "$ping_job" 2>/dev/null || true
else
    fail "c: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/c.err")"
    stop_pid "$c_job"
fi
expect_no_tap

# ---------------------------------------------------------------- e. mtu + two addresses
echo "== e. --mtu 9000 -a 10.0.0.1/24 -a fd00::1/64"
start_tapsniff e -i tap0 --mtu 9000 -a 10.0.0.1/24 -a fd00::1/64 -q
e_job=$PID
if wait_until 5 dev_has tap0 "fd00::1/64"; then :; fi
addrs="$(ip -n "$NS" addr show dev tap0 2>&1 || true)"
ok=1
grep -q 'mtu 9000' <<<"$addrs" || ok=0
grep -q 'inet 10\.0\.0\.1/24' <<<"$addrs" || ok=0
grep -q 'inet6 fd00::1/64' <<<"$addrs" || ok=0
if [ "$ok" -eq 1 ]; then
    pass "e: tap0 has mtu 9000, inet 10.0.0.1/24 and inet6 fd00::1/64"
else
    fail "e: ip addr show tap0 lacks mtu 9000 / 10.0.0.1/24 / fd00::1/64: $(tr '\n' ' ' <<<"$addrs"); stderr: $(head -c 300 "$WORK/e.err")"
fi
stop_pid "$e_job"
[ "$rc" -eq 0 ] || fail "e: SIGINT -> exit $rc (want 0)"
expect_no_tap

# ---------------------------------------------------------------- f. --json live
echo "== f. --json live"
start_tapsniff f -i tap0 -a 10.0.0.1/24 -q --json -c 3
f_job=$PID
if wait_until 5 ready_or_done "$f_job"; then
    ping_absent 8
    wait_exit "$f_job" 10
    lines=$(wc -l <"$WORK/f.out")
    bad=0
    while IFS= read -r line; do
        jq -e 'type == "object" and has("n") and has("ts") and has("eth") and has("summary")' \
            <<<"$line" >/dev/null 2>&1 || bad=$((bad + 1))
    done <"$WORK/f.out"
    if [ "$rc" -eq 0 ] && [ "$lines" -eq 3 ] && [ "$bad" -eq 0 ] \
        && jq -e -s '[.[].n] == [1, 2, 3]' <"$WORK/f.out" >/dev/null 2>&1; then
        pass "f: --json -c 3 live -> exit 0, 3 lines, each a JSON object with n/ts/eth/summary, n = 1,2,3"
        sed 's/^/    /' "$WORK/f.out"
    else
        fail "f: --json live -> exit $rc, $lines line(s) (want 3), $bad not parseable/incomplete; stderr: $(head -c 300 "$WORK/f.err")"
        head -n 5 "$WORK/f.out" | sed 's/^/    /'
    fi
    kill -TERM "$ping_job" 2>/dev/null || true
    wait "$ping_job" 2>/dev/null || true
else
    fail "f: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/f.err")"
    stop_pid "$f_job"
fi
expect_no_tap

finish
