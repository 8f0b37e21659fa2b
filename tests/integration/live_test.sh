#!/usr/bin/env bash
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

if [ $# -ne 1 ]; then
    echo "usage: $0 BIN" >&2
    exit 2
fi
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

skip() {
    echo "SKIPPED: $*" >&2
    echo "SKIPPED: $*"
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip "live TAP tests need root (creating a TAP device and a network namespace)"
[ -c /dev/net/tun ] || skip "no /dev/net/tun character device"
command -v ip >/dev/null 2>&1 || skip "iproute2 'ip' is not installed"
command -v ping >/dev/null 2>&1 || skip "ping is not installed"
command -v jq >/dev/null 2>&1 || skip "jq is not installed"

ns="tsL$$"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/tapsniff-live.XXXXXX")"
bg_pids=()   # background jobs this script started (in the namespace)

cleanup() {
    local pid p i
    # Stop what we started: our background jobs, then anything left in our namespace.
    for pid in "${bg_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    if ip netns list 2>/dev/null | grep -qw "$ns"; then
        for i in 1 2 3 4 5 6 7 8 9 10; do
            p="$(ip netns pids "$ns" 2>/dev/null || true)"
            [ -z "$p" ] && break
            # shellcheck disable=SC2086
            kill -TERM $p 2>/dev/null || true
            sleep 0.1
        done
        p="$(ip netns pids "$ns" 2>/dev/null || true)"
        # shellcheck disable=SC2086
        [ -z "$p" ] || kill -KILL $p 2>/dev/null || true
        ip netns del "$ns" 2>/dev/null || true
    fi
    for pid in "${bg_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

ip netns add "$ns" 2>"$tmp/netns.err" || skip "ip netns add failed: $(head -c 200 "$tmp/netns.err")"
ip -n "$ns" link set lo up

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# ---------------------------------------------------------------- helpers

# start_tapsniff TAG ARGS... : tapsniff in the namespace, stdout -> $tmp/TAG.out,
# stderr -> $tmp/TAG.err; its pid (the process that execs tapsniff) -> $tmp/TAG.pid;
# the job's pid -> $job (for `wait`). A timeout bounds its life.
start_tapsniff() {
    local tag="$1"
    shift
    rm -f "$tmp/$tag.pid"
    timeout -s INT -k 5 60 ip netns exec "$ns" sh -c 'echo $$ >"$0"; exec "$@"' "$tmp/$tag.pid" "$bin" "$@" \
        >"$tmp/$tag.out" 2>"$tmp/$tag.err" </dev/null &
    job=$!
    bg_pids+=("$job")
    wait_until 50 test -s "$tmp/$tag.pid" || true
}

# wait_until TENTHS COMMAND...: poll every 0.1 s, at most TENTHS times.
wait_until() {
    local n="$1" i
    shift
    for ((i = 0; i < n; i++)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    return 1
}

tap_has() { ip -n "$ns" addr show dev tap0 2>/dev/null | grep -q -- "$1"; }
tap_exists() { ip -n "$ns" link show dev tap0 >/dev/null 2>&1; }
tap_gone() { ! tap_exists; }
pid_running() { kill -0 "$1" 2>/dev/null; }
# ready_or_done JOB: tap0 has 10.0.0.1/24, or the job already ended (with -c N, frames the
# kernel sends as soon as the link is up -- IPv6 MLD/DAD -- may complete the count at once).
ready_or_done() { tap_has "10.0.0.1/24" || ! pid_running "$1"; }

# stop_job JOB PIDFILE: SIGINT to tapsniff, wait (bounded) for it; sets rc.
stop_job() {
    local jobpid="$1" pidfile="$2" pid
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    if [ -n "$pid" ]; then kill -INT "$pid" 2>/dev/null || true; fi
    wait_until 50 bash -c "! kill -0 $jobpid 2>/dev/null" || kill -KILL "$jobpid" 2>/dev/null || true
    rc=0
    wait "$jobpid" 2>/dev/null || rc=$?
}

# wait_job JOB TENTHS: wait (bounded) for a job that should end by itself; sets rc (124 = timeout).
wait_job() {
    local jobpid="$1" tenths="$2"
    if ! wait_until "$tenths" bash -c "! kill -0 $jobpid 2>/dev/null"; then
        rc=124
        kill -INT "$jobpid" 2>/dev/null || true
        wait_until 30 bash -c "! kill -0 $jobpid 2>/dev/null" || kill -KILL "$jobpid" 2>/dev/null || true
        wait "$jobpid" 2>/dev/null || true
        return
    fi
    rc=0
    wait "$jobpid" 2>/dev/null || rc=$?
}

# make sure no tap0 is left over between sub-tests (so the next run creates a fresh one)
expect_no_tap() {
    wait_until 30 tap_gone || fail "tap0 still exists in the namespace after tapsniff exited"
}

# ping_absent COUNT: ping 10.0.0.2 (nobody answers) in the namespace, in the background
ping_absent() {
    timeout -k 2 10 ip netns exec "$ns" ping -c "$1" -i 0.5 -W 1 10.0.0.2 >/dev/null 2>&1 &
    ping_job=$!
    bg_pids+=("$ping_job")
}

ms_now() { date +%s%3N; }

# ---------------------------------------------------------------- a. grep latency
echo "== a. tapsniff -q | grep --line-buffered who-has: flush when idle"
rm -f "$tmp/a.pid"
timeout -s INT -k 5 60 ip netns exec "$ns" sh -c 'echo $$ >"$0"; exec "$@"' "$tmp/a.pid" \
    "$bin" -i tap0 -a 10.0.0.1/24 -q 2>"$tmp/a.err" </dev/null \
    | grep --line-buffered who-has >"$tmp/a.out" &
a_job=$!
bg_pids+=("$a_job")
if ! wait_until 50 tap_has "10.0.0.1/24"; then
    fail "a: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/a.err")"
else
    t0=$(ms_now)
    ping_absent 3
    seen=0
    first_ms=-1
    : >"$tmp/a.seen"
    # Poll every 50 ms, for at most 3.5 s (70 polls), until 3 who-has lines are there.
    for ((i = 0; i < 70; i++)); do
        n=$(wc -l <"$tmp/a.out")
        if [ "$n" -gt "$seen" ]; then
            now_ms=$(ms_now)
            now_tod=$(date +%H:%M:%S.%N)
            [ "$first_ms" -ge 0 ] || first_ms=$((now_ms - t0))
            # remember when each new line was first seen (time of day, to compare with its stamp)
            sed -n "$((seen + 1)),${n}p" "$tmp/a.out" | while IFS= read -r line; do
                printf '%s %s\n' "$now_tod" "$line"
            done >>"$tmp/a.seen"
            seen=$n
        fi
        [ "$seen" -ge 3 ] && break
        sleep 0.05
    done
    echo "    who-has lines seen: $seen"
    sed 's/^/    /' "$tmp/a.seen"
    if [ "$first_ms" -ge 0 ] && [ "$first_ms" -lt 1000 ]; then
        pass "a: first who-has line in grep's output ${first_ms} ms after ping started (< 1000 ms)"
    else
        fail "a: first who-has line not seen within 1 s of ping start (first_ms=$first_ms, lines=$seen)"
    fi
    # Each line: seen-at minus the frame's own timestamp (when tapsniff read it) < 1 s.
    lat_bad=0
    if [ -s "$tmp/a.seen" ]; then
        while read -r seen_tod frame_tod _; do
            lat=$(awk -v a="$seen_tod" -v b="$frame_tod" 'function s(t, p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
                BEGIN { d = s(a) - s(b); if (d < -43200) d += 86400; printf "%d", d * 1000 }')
            echo "    frame stamped $frame_tod seen $seen_tod: grep latency ${lat} ms"
            if [ "$lat" -ge 1000 ] || [ "$lat" -lt -50 ]; then lat_bad=$((lat_bad + 1)); fi
        done <"$tmp/a.seen"
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
    wait_job "$ping_job" 80 || true  # ping fails (no answer): expected
fi
stop_job "$a_job" "$tmp/a.pid"
if [ -s "$tmp/a.err" ]; then
    fail "a: stderr not empty with -q: $(head -c 300 "$tmp/a.err")"
fi
expect_no_tap

# ---------------------------------------------------------------- b + d. start/stop lines, device type
echo "== b/d. start line, SIGINT, stop line, tun type tap, device removed"
start_tapsniff b -i tap0 --up
b_job=$job
mac_re='([0-9a-f]{2}:){5}[0-9a-f]{2}'
if wait_until 50 grep -q 'listening on' "$tmp/b.err"; then
    line="$(head -n 1 "$tmp/b.err")"
    if [[ "$line" =~ ^tapsniff:\ listening\ on\ tap0\ \(TAP,\ ${mac_re},\ mtu\ 1500,\ up\)$ ]]; then
        pass "b: start line: $line"
    else
        fail "b: start line does not match 'tapsniff: listening on tap0 (TAP, xx:xx:xx:xx:xx:xx, mtu 1500, up)': $line"
    fi
else
    fail "b: no start line within 5 s; stderr: $(head -c 300 "$tmp/b.err")"
fi
details="$(ip -n "$ns" -d link show dev tap0 2>&1 || true)"
if grep -q 'tun type tap' <<<"$details"; then
    pass "d: ip -d link show tap0 while running: 'tun type tap'"
else
    fail "d: ip -d link show tap0 does not say 'tun type tap': $(tr '\n' ' ' <<<"$details")"
fi
stop_job "$b_job" "$tmp/b.pid"
last="$(tail -n 1 "$tmp/b.err")"
if [ "$rc" -eq 0 ] && [[ "$last" =~ ^[0-9]+\ frames\ captured,\ [0-9]+\ bytes,\ [0-9]+\ dropped$ ]] \
    && [ "$(wc -l <"$tmp/b.err")" -eq 2 ]; then
    pass "b: SIGINT -> exit 0, stop line: $last"
else
    fail "b: SIGINT -> exit $rc (want 0); stderr (want start + stop line): $(tr '\n' '|' <"$tmp/b.err")"
fi
if wait_until 30 tap_gone; then
    pass "d: tap0 is gone after tapsniff exited"
else
    fail "d: tap0 still exists after tapsniff exited: $(ip -n "$ns" -d link show dev tap0 2>&1 | head -n 2 | tr '\n' ' ')"
fi

# ---------------------------------------------------------------- c. -c 2
echo "== c. -c 2 stops after 2 frames"
start_tapsniff c -i tap0 -a 10.0.0.1/24 -q -c 2
c_job=$job
if wait_until 50 ready_or_done "$c_job"; then
    ping_absent 6
    wait_job "$c_job" 100
    # records = lines not starting with white space (frames tapsniff does not decode yet,
    # e.g. IPv6 MLD, are followed by indented hex lines, as tcpdump -nn -e prints them)
    lines=$(grep -vc '^[[:space:]]' "$tmp/c.out" || true)
    if [ "$rc" -eq 0 ] && [ "$lines" -eq 2 ]; then
        pass "c: -c 2 -> exit 0 by itself with 2 records"
        sed 's/^/    /' "$tmp/c.out"
    else
        fail "c: -c 2 -> exit $rc (want 0; 124 = still running after 10 s), $lines record(s) (want 2); stderr: $(head -c 300 "$tmp/c.err")"
        sed 's/^/    /' "$tmp/c.out" | head -n 20
    fi
    kill -TERM "$ping_job" 2>/dev/null || true
    wait "$ping_job" 2>/dev/null || true
else
    fail "c: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/c.err")"
    stop_job "$c_job" "$tmp/c.pid"
fi
expect_no_tap

# ---------------------------------------------------------------- e. mtu + two addresses
echo "== e. --mtu 9000 -a 10.0.0.1/24 -a fd00::1/64"
start_tapsniff e -i tap0 --mtu 9000 -a 10.0.0.1/24 -a fd00::1/64 -q
e_job=$job
if wait_until 50 tap_has "fd00::1/64"; then :; fi
addrs="$(ip -n "$ns" addr show dev tap0 2>&1 || true)"
ok=1
grep -q 'mtu 9000' <<<"$addrs" || ok=0
grep -q 'inet 10\.0\.0\.1/24' <<<"$addrs" || ok=0
grep -q 'inet6 fd00::1/64' <<<"$addrs" || ok=0
if [ "$ok" -eq 1 ]; then
    pass "e: tap0 has mtu 9000, inet 10.0.0.1/24 and inet6 fd00::1/64"
else
    fail "e: ip addr show tap0 lacks mtu 9000 / 10.0.0.1/24 / fd00::1/64: $(tr '\n' ' ' <<<"$addrs"); stderr: $(head -c 300 "$tmp/e.err")"
fi
stop_job "$e_job" "$tmp/e.pid"
[ "$rc" -eq 0 ] || fail "e: SIGINT -> exit $rc (want 0)"
expect_no_tap

# ---------------------------------------------------------------- f. --json live
echo "== f. --json live"
start_tapsniff f -i tap0 -a 10.0.0.1/24 -q --json -c 3
f_job=$job
if wait_until 50 ready_or_done "$f_job"; then
    ping_absent 8
    wait_job "$f_job" 100
    lines=$(wc -l <"$tmp/f.out")
    bad=0
    while IFS= read -r line; do
        jq -e 'type == "object" and has("n") and has("ts") and has("eth") and has("summary")' \
            <<<"$line" >/dev/null 2>&1 || bad=$((bad + 1))
    done <"$tmp/f.out"
    if [ "$rc" -eq 0 ] && [ "$lines" -eq 3 ] && [ "$bad" -eq 0 ] \
        && jq -e -s '[.[].n] == [1, 2, 3]' <"$tmp/f.out" >/dev/null 2>&1; then
        pass "f: --json -c 3 live -> exit 0, 3 lines, each a JSON object with n/ts/eth/summary, n = 1,2,3"
        sed 's/^/    /' "$tmp/f.out"
    else
        fail "f: --json live -> exit $rc, $lines line(s) (want 3), $bad not parseable/incomplete; stderr: $(head -c 300 "$tmp/f.err")"
        head -n 5 "$tmp/f.out" | sed 's/^/    /'
    fi
    kill -TERM "$ping_job" 2>/dev/null || true
    wait "$ping_job" 2>/dev/null || true
else
    fail "f: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/f.err")"
    stop_job "$f_job" "$tmp/f.pid"
fi
expect_no_tap

echo
if [ "$failures" -ne 0 ]; then
    echo "live_test: $failures check(s) FAILED"
    exit 1
fi
echo "live_test: all checks passed"
exit 0
