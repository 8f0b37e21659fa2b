#!/usr/bin/env bash
# usage: live_write_test.sh BIN
# -w and filters on a live TAP device (issues 5 and 9). Everything (the TAP/TUN devices, their
# addresses, the ping and ARP traffic) happens inside a network namespace this script creates
# (tsW<pid>) and deletes on exit; only 10.0.0.0/24 inside it is used. Nothing touches the
# host's namespace. tapsniff answers for 10.0.0.2 itself (--respond), so ping gets replies.
#   a. -w CAP.pcap, ping -c 3, SIGINT -> exit 0; tcpdump -r reads the file without error: the
#      ARP request/reply and 3 ICMP echo request/reply pairs; the text on stdout goes on (-w FILE
#      without --no-print) with as many frames as the file
#   b. the same, stopped with SIGTERM
#   c. while still capturing (after the pings, before the signal) a copy of the file already
#      holds those frames: the writer flushes when the device is idle
#   d. -w - into a pipe read by `tcpdump -r - -nn -l`: the echo replies show up in tcpdump's
#      output while tapsniff is still running
#   e. filter on a live device: -i tap1 ... -w e.pcap icmp prints (and saves) only the ICMP
#      frames, although ARP happens (the ping gets its replies)
#   f. -c 2 -w f.pcap -> exits by itself, f.pcap has exactly 2 records; -c 1 ... arp with
#      --respond: exactly 1 record (the reply to the counted request is not a 2nd frame)
#   g. --tun -w: the file has link type RAW and holds the echo requests
#   h. a bad filter on a live device -> exit 2, one line, no device created
# Exit 0 pass, 1 fail, 77 skip (not root, no /dev/net/tun, ip netns add fails, tools missing).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BIN" >&2
    exit 2
fi
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
py=/usr/bin/python3

skip() {
    echo "SKIPPED: $*" >&2
    echo "SKIPPED: $*"
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip "live -w tests need root (creating a TAP device and a network namespace)"
[ -c /dev/net/tun ] || skip "no /dev/net/tun character device"
command -v ip >/dev/null 2>&1 || skip "iproute2 'ip' is not installed"
command -v ping >/dev/null 2>&1 || skip "ping is not installed"
command -v tcpdump >/dev/null 2>&1 || skip "tcpdump (the reader of the -w files) is not installed"
[ -x "$py" ] || skip "$py is not installed"

ns="tsW$$"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/tapsniff-livew.XXXXXX")"
bg_pids=()   # background jobs this script started (tapsniff, ping, tcpdump)

cleanup() {
    local pid p i
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
    for pid in "${bg_pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    for pid in "${bg_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -n "${KEEP_TMP:-}" ] && echo "kept $tmp" >&2 || rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

ip netns add "$ns" 2>"$tmp/netns.err" || skip "ip netns add failed: $(head -c 200 "$tmp/netns.err")"
ip -n "$ns" link set lo up

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# ---------------------------------------------------------------- helpers

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
dev_has() { ip -n "$ns" addr show dev "$1" 2>/dev/null | grep -q -- "$2"; }
dev_gone() { ! ip -n "$ns" link show dev "$1" >/dev/null 2>&1; }
not_running() { ! kill -0 "$1" 2>/dev/null; }
ready_or_done() { dev_has "$1" "10.0.0.1/24" || not_running "$2"; }

# stop PID SIGNAL: signal tapsniff, wait (bounded: 5 s, then SIGKILL) for it; sets rc.
stop() {
    local pid="$1" sig="$2"
    kill "-$sig" "$pid" 2>/dev/null || true
    wait_until 50 not_running "$pid" || kill -KILL "$pid" 2>/dev/null || true
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
}
# wait_exit PID TENTHS: wait (bounded) for a process that should end by itself; rc (124 = did not).
wait_exit() {
    local pid="$1" tenths="$2"
    if ! wait_until "$tenths" not_running "$pid"; then
        rc=124
        kill -INT "$pid" 2>/dev/null || true
        wait_until 30 not_running "$pid" || kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return
    fi
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
}

# ping_ns COUNT OUTFILE: ping 10.0.0.2 inside the namespace (foreground, bounded); sets ping_rc.
ping_ns() {
    ping_rc=0
    timeout -k 2 15 ip netns exec "$ns" ping -n -c "$1" -i 0.2 -W 1 10.0.0.2 >"$2" 2>&1 || ping_rc=$?
}

# pcap_info FILE -> "RECORDS LINKTYPE" or "bad: reason" (complete records only, no partial tail).
pcap_info() {
    "$py" - "$1" <<'PYEOF'
import struct, sys
try:
    data = open(sys.argv[1], "rb").read()
except OSError as e:
    print("bad: %s" % e); sys.exit(1)
if len(data) < 24:
    print("bad: %d bytes, no pcap header" % len(data)); sys.exit(1)
e = {b"\xd4\xc3\xb2\xa1": "<", b"\xa1\xb2\xc3\xd4": ">"}.get(data[:4])
if e is None:
    print("bad: magic %s" % data[:4].hex()); sys.exit(1)
off, n = 24, 0
while off < len(data):
    if off + 16 > len(data):
        print("bad: partial record header at %d" % off); sys.exit(1)
    caplen = struct.unpack_from(e + "I", data, off + 8)[0]
    if off + 16 + caplen > len(data):
        print("bad: partial record at %d" % off); sys.exit(1)
    off += 16 + caplen
    n += 1
print(n, struct.unpack_from(e + "I", data, 20)[0] & 0x0FFFFFFF)
PYEOF
}

# Counts in `tcpdump -nn -r` output (tcpdump prints "IP"/"ARP" without -e).
n_arp_req() { grep -c 'ARP, Request who-has 10\.0\.0\.2 tell 10\.0\.0\.1' "$1" || true; }
n_arp_rep() { grep -c 'ARP, Reply 10\.0\.0\.2 is-at' "$1" || true; }
n_echo_req() { grep -c '10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request' "$1" || true; }
n_echo_rep() { grep -c '10\.0\.0\.2 > 10\.0\.0\.1: ICMP echo reply' "$1" || true; }
# The frames of a ping -c 3 exchange are all there.
has_exchange() {
    [ "$(n_arp_req "$1")" -ge 1 ] && [ "$(n_arp_rep "$1")" -ge 1 ] \
        && [ "$(n_echo_req "$1")" -ge 3 ] && [ "$(n_echo_rep "$1")" -ge 3 ]
}
summary() {
    echo "ARP requests $(n_arp_req "$1"), ARP replies $(n_arp_rep "$1"), echo requests $(n_echo_req "$1"), echo replies $(n_echo_rep "$1")"
}
# copy_has_exchange FILE COPY: tcpdump of a snapshot copy of a file still being written.
copy_has_exchange() {
    cp "$1" "$2.pcap" 2>/dev/null || return 1
    tcpdump -nn -r "$2.pcap" >"$2.txt" 2>/dev/null || true
    has_exchange "$2.txt"
}
# records FILE: frames in text output (lines starting neither with a TAB nor with two spaces)
records() { grep -Evc $'^(\t|  )' "$1" || true; }

ms_now() { date +%s%3N; }

# ---------------------------------------------------------------- a + b + c
# ping_capture TAG SIGNAL: -w CAP.pcap, ping -c 3, check the file while running (c), stop with SIGNAL.
ping_capture() {
    local tag="$1" sig="$2" pid t0 seen_ms
    echo "== $tag. -w $tag.pcap, ping -c 3, stop with SIG$sig"
    # ip netns exec execs tapsniff in place: $! is tapsniff's pid.
    ip netns exec "$ns" "$bin" -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -w "$tmp/$tag.pcap" -q \
        >"$tmp/$tag.out" 2>"$tmp/$tag.err" </dev/null &
    pid=$!
    bg_pids+=("$pid")
    if ! wait_until 50 dev_has tap0 "10.0.0.1/24"; then
        fail "$tag: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/$tag.err")"
        stop "$pid" INT
        return
    fi
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = tapsniff ] || echo "note: pid $pid is $(cat "/proc/$pid/comm" 2>/dev/null), not tapsniff"
    ping_ns 3 "$tmp/$tag.ping"
    if [ "$ping_rc" -eq 0 ] && grep -q '3 received' "$tmp/$tag.ping"; then
        pass "$tag: ping -c 3 10.0.0.2 got 3 replies from the --respond neighbour"
    else
        fail "$tag: ping -> exit $ping_rc: $(tail -n 2 "$tmp/$tag.ping" | tr '\n' ' ')"
    fi
    # c. before stopping: a copy of the file already holds the exchange.
    t0=$(ms_now)
    if wait_until 30 copy_has_exchange "$tmp/$tag.pcap" "$tmp/$tag.copy" && kill -0 "$pid" 2>/dev/null; then
        seen_ms=$(($(ms_now) - t0))
        pass "c($tag): while tapsniff still runs, a copy of $tag.pcap holds the exchange ${seen_ms} ms after ping ended ($(summary "$tmp/$tag.copy.txt")): flushed when idle"
    else
        fail "c($tag): 3 s after the pings a copy of the file still lacks frames ($(summary "$tmp/$tag.copy.txt" 2>/dev/null || echo unreadable)); tapsniff running: $(kill -0 "$pid" 2>/dev/null && echo yes || echo no)"
    fi
    stop "$pid" "$sig"
    if [ "$rc" -eq 0 ] && [ ! -s "$tmp/$tag.err" ]; then
        pass "$tag: SIG$sig -> exit 0, nothing on stderr (-q)"
    else
        fail "$tag: SIG$sig -> exit $rc (want 0), stderr: $(head -c 300 "$tmp/$tag.err")"
    fi
    local info trc=0
    info="$(pcap_info "$tmp/$tag.pcap" || true)"
    tcpdump -nn -r "$tmp/$tag.pcap" >"$tmp/$tag.td" 2>"$tmp/$tag.tderr" || trc=$?
    if [ "$trc" -eq 0 ] && ! grep -qi 'truncated\|error' "$tmp/$tag.tderr" && grep -q 'link-type EN10MB' "$tmp/$tag.tderr" \
        && [ "${info%% *}" != bad: ] && [ "${info#* }" = 1 ] && has_exchange "$tmp/$tag.td" \
        && [ "$(n_echo_req "$tmp/$tag.td")" -eq 3 ] && [ "$(n_echo_rep "$tmp/$tag.td")" -eq 3 ]; then
        pass "$tag: after SIG$sig tcpdump -r $tag.pcap reads it cleanly (EN10MB, ${info%% *} records): $(summary "$tmp/$tag.td")"
    else
        fail "$tag: tcpdump -r $tag.pcap -> exit $trc, $(head -c 200 "$tmp/$tag.tderr" | tr '\n' ' '); pcap: $info; $(summary "$tmp/$tag.td") (want >= 1 ARP request/reply, exactly 3 echo requests and replies)"
        sed 's/^/    /' "$tmp/$tag.td" | head -n 20
    fi
    # -w FILE without --no-print: the text goes on, one record per saved frame.
    local ntext
    ntext=$(records "$tmp/$tag.out")
    if [ "$ntext" -eq "${info%% *}" ] 2>/dev/null && grep -q 'ICMP echo reply' "$tmp/$tag.out" \
        && grep -q 'Request who-has 10.0.0.2 tell 10.0.0.1' "$tmp/$tag.out"; then
        pass "$tag: stdout goes on with -w FILE: $ntext frames printed, as many as saved"
    else
        fail "$tag: stdout has $ntext frame(s), the file ${info%% *} (want equal, with the ARP request and echo replies)"
    fi
    wait_until 30 dev_gone tap0 || fail "$tag: tap0 still exists after tapsniff exited"
}

ping_capture a INT
ping_capture b TERM

# ---------------------------------------------------------------- d. -w - into a pipe
echo "== d. -w - | tcpdump -r - -nn -l: frames visible while capturing"
mkfifo "$tmp/d.fifo"
timeout -k 2 60 tcpdump -nn -l -r "$tmp/d.fifo" >"$tmp/d.td" 2>"$tmp/d.tderr" &
td_pid=$!
bg_pids+=("$td_pid")
ip netns exec "$ns" "$bin" -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -w - -q >"$tmp/d.fifo" 2>"$tmp/d.err" </dev/null &
d_pid=$!
bg_pids+=("$d_pid")
if wait_until 50 dev_has tap0 "10.0.0.1/24"; then
    ping_ns 3 "$tmp/d.ping"
    t0=$(ms_now)
    # Poll tcpdump's output for at most 3 s (30 polls), while tapsniff keeps running.
    seen=0
    for ((i = 0; i < 30; i++)); do
        seen=$(n_echo_rep "$tmp/d.td")
        [ "$seen" -ge 3 ] && break
        sleep 0.1
    done
    waited=$(($(ms_now) - t0))
    running=no
    kill -0 "$d_pid" 2>/dev/null && running=yes
    if [ "$seen" -ge 3 ] && [ "$running" = yes ]; then
        pass "d: tcpdump -r - printed the 3 echo replies while tapsniff was running (${waited} ms after ping ended; $(summary "$tmp/d.td"))"
    else
        fail "d: after 3 s tcpdump -r - printed $seen echo replies (want 3), tapsniff running: $running; ping: $(tail -n 2 "$tmp/d.ping" | tr '\n' ' ')"
    fi
else
    fail "d: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/d.err")"
fi
stop "$d_pid" INT
d_rc=$rc
wait_exit "$td_pid" 50
if [ "$d_rc" -eq 0 ] && [ ! -s "$tmp/d.err" ] && [ "$rc" -eq 0 ] && ! grep -qi 'truncated' "$tmp/d.tderr"; then
    pass "d: SIGINT -> tapsniff exit 0; tcpdump sees a clean end of the stream (exit 0)"
else
    fail "d: tapsniff exit $d_rc (want 0), stderr '$(head -c 200 "$tmp/d.err")'; tcpdump exit $rc (want 0), stderr: $(head -c 300 "$tmp/d.tderr" | tr '\n' ' ')"
fi
wait_until 30 dev_gone tap0 || fail "d: tap0 still exists after tapsniff exited"

# ---------------------------------------------------------------- e. filter on a live device
echo "== e. -i tap1 ... -w e.pcap icmp: only ICMP, although ARP happens"
ip netns exec "$ns" "$bin" -i tap1 -a 10.0.0.1/24 --respond 10.0.0.2 -q -t none -w "$tmp/e.pcap" icmp \
    >"$tmp/e.out" 2>"$tmp/e.err" </dev/null &
e_pid=$!
bg_pids+=("$e_pid")
if wait_until 50 dev_has tap1 "10.0.0.1/24"; then
    ping_ns 3 "$tmp/e.ping"
    wait_until 20 bash -c "[ \$(grep -c 'echo reply' '$tmp/e.out') -ge 3 ]" || true
    stop "$e_pid" INT
    nrec=$(records "$tmp/e.out")
    nicmp=$(grep -Ev $'^(\t|  )' "$tmp/e.out" | grep -c 'ICMP' || true)
    narp=$(grep -c 'ARP' "$tmp/e.out" || true)
    if [ "$ping_rc" -eq 0 ] && [ "$rc" -eq 0 ] && [ "$nrec" -eq 6 ] && [ "$nicmp" -eq 6 ] && [ "$narp" -eq 0 ] \
        && [ "$(grep -c 'echo request' "$tmp/e.out")" -eq 3 ] && [ "$(grep -c 'echo reply' "$tmp/e.out")" -eq 3 ]; then
        pass "e: filter icmp on tap1: 6 ICMP lines (3 requests, 3 replies), no ARP line, although ping needed ARP (3 replies); exit 0"
    else
        fail "e: filter icmp: ping exit $ping_rc, tapsniff exit $rc, $nrec records (want 6), $nicmp ICMP, $narp ARP (want 0); stderr: $(head -c 200 "$tmp/e.err")"
        sed 's/^/    /' "$tmp/e.out" | head -n 12
    fi
    tcpdump -nn -r "$tmp/e.pcap" >"$tmp/e.td" 2>/dev/null || true
    tcpdump -nn -r "$tmp/e.pcap" 'not icmp' >"$tmp/e.notc" 2>/dev/null || true
    if [ "$(wc -l <"$tmp/e.td")" -eq 6 ] && [ ! -s "$tmp/e.notc" ] && [ "$(n_arp_req "$tmp/e.td")" -eq 0 ]; then
        pass "e: e.pcap holds only the 6 ICMP frames (tcpdump -r e.pcap 'not icmp' prints nothing)"
    else
        fail "e: e.pcap: $(wc -l <"$tmp/e.td") frames (want 6), $(wc -l <"$tmp/e.notc") not ICMP (want 0)"
    fi
else
    fail "e: tap1 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/e.err")"
    stop "$e_pid" INT
fi
wait_until 30 dev_gone tap1 || fail "e: tap1 still exists after tapsniff exited"

# ---------------------------------------------------------------- f. -c 2 -w
echo "== f. -c 2 -w f.pcap"
ip netns exec "$ns" "$bin" -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -q -c 2 -w "$tmp/f.pcap" \
    >"$tmp/f.out" 2>"$tmp/f.err" </dev/null &
f_pid=$!
bg_pids+=("$f_pid")
if wait_until 50 ready_or_done tap0 "$f_pid"; then
    timeout -k 2 10 ip netns exec "$ns" ping -n -c 6 -i 0.2 -W 1 10.0.0.2 >/dev/null 2>&1 &
    f_ping=$!
    bg_pids+=("$f_ping")
    wait_exit "$f_pid" 100
    info="$(pcap_info "$tmp/f.pcap" || true)"
    trc=0
    tcpdump -nn -r "$tmp/f.pcap" >"$tmp/f.td" 2>"$tmp/f.tderr" || trc=$?
    if [ "$rc" -eq 0 ] && [ "${info%% *}" = 2 ] && [ "$trc" -eq 0 ] && [ "$(wc -l <"$tmp/f.td")" -eq 2 ] \
        && [ "$(records "$tmp/f.out")" -eq 2 ]; then
        pass "f: -c 2 -w f.pcap -> exit 0 by itself; f.pcap has exactly 2 records, 2 frames printed"
        sed 's/^/    /' "$tmp/f.td"
    else
        fail "f: -c 2 -w -> exit $rc (want 0; 124 = still running after 10 s), pcap: $info (want 2 records), tcpdump exit $trc, $(records "$tmp/f.out") printed"
    fi
    wait_exit "$f_ping" 100
else
    fail "f: tap0 did not appear within 5 s; stderr: $(head -c 300 "$tmp/f.err")"
    stop "$f_pid" INT
fi
wait_until 30 dev_gone tap0 || fail "f: tap0 still exists after tapsniff exited"

# The same made deterministic with a filter: the first frame that passes `arp` is the kernel's
# request for 10.0.0.2; it reaches the count, so the reply --respond sends must not be counted,
# printed or saved as a second frame.
echo "== f. -c 1 -w f1.pcap arp (with --respond)"
ip netns exec "$ns" "$bin" -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -q -c 1 -w "$tmp/f1.pcap" arp \
    >"$tmp/f1.out" 2>"$tmp/f1.err" </dev/null &
f1_pid=$!
bg_pids+=("$f1_pid")
if wait_until 50 ready_or_done tap0 "$f1_pid"; then
    timeout -k 2 10 ip netns exec "$ns" ping -n -c 6 -i 0.2 -W 1 10.0.0.2 >/dev/null 2>&1 &
    f1_ping=$!
    bg_pids+=("$f1_ping")
    wait_exit "$f1_pid" 100
    info="$(pcap_info "$tmp/f1.pcap" || true)"
    if [ "$rc" -eq 0 ] && [ "${info%% *}" = 1 ] && [ "$(records "$tmp/f1.out")" -eq 1 ]; then
        pass "f: -c 1 -w f1.pcap arp -> exit 0, exactly 1 record saved and printed (the request, not the reply)"
    else
        fail "f: -c 1 -w f1.pcap arp with --respond -> exit $rc, pcap: $info (want 1 record), $(records "$tmp/f1.out") printed (want 1): the reply to the counted frame goes past the count"
        sed 's/^/    /' "$tmp/f1.out" | head -n 5
    fi
    wait_exit "$f1_ping" 100
else
    fail "f: tap0 did not appear within 5 s; stderr: $(head -c 300 "$tmp/f1.err")"
    stop "$f1_pid" INT
fi
wait_until 30 dev_gone tap0 || fail "f: tap0 still exists after tapsniff exited"

# ---------------------------------------------------------------- g. --tun -w: RAW
echo "== g. --tun -w g.pcap: link type RAW"
ip netns exec "$ns" "$bin" -i tun0 --tun -a 10.0.0.1/24 -q -w "$tmp/g.pcap" icmp \
    >"$tmp/g.out" 2>"$tmp/g.err" </dev/null &
g_pid=$!
bg_pids+=("$g_pid")
if wait_until 50 dev_has tun0 "10.0.0.1/24"; then
    ping_ns 2 "$tmp/g.ping"   # nobody answers on a TUN: the requests go to tapsniff only
    wait_until 20 bash -c "[ \$(grep -c 'echo request' '$tmp/g.out') -ge 2 ]" || true
    stop "$g_pid" INT
    info="$(pcap_info "$tmp/g.pcap" || true)"
    trc=0
    tcpdump -nn -r "$tmp/g.pcap" >"$tmp/g.td" 2>"$tmp/g.tderr" || trc=$?
    if [ "$rc" -eq 0 ] && [ "$trc" -eq 0 ] && grep -q 'link-type RAW' "$tmp/g.tderr" && [ "${info#* }" = 101 ] \
        && [ "$(n_echo_req "$tmp/g.td")" -eq 2 ] && [ "${info%% *}" = 2 ]; then
        pass "g: --tun -w: exit 0, g.pcap is link type RAW (101) with the 2 echo requests (filter icmp compiled for RAW)"
    else
        fail "g: --tun -w: exit $rc, tcpdump exit $trc ($(head -n 1 "$tmp/g.tderr")), pcap: $info (want 2 records, link type 101), $(n_echo_req "$tmp/g.td") echo requests; stderr: $(head -c 200 "$tmp/g.err")"
    fi
else
    fail "g: tun0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$tmp/g.err")"
    stop "$g_pid" INT
fi
wait_until 30 dev_gone tun0 || fail "g: tun0 still exists after tapsniff exited"

# ---------------------------------------------------------------- h. bad filter, live
echo "== h. a bad filter on a live device"
rc=0
timeout -k 2 20 ip netns exec "$ns" "$bin" -i tap2 -a 10.0.0.1/24 -w "$tmp/h.pcap" 'vlan and' \
    >"$tmp/h.out" 2>"$tmp/h.err" </dev/null || rc=$?
if [ "$rc" -eq 2 ] && [ "$(wc -l <"$tmp/h.err")" -eq 1 ] && grep -q "^tapsniff: .*syntax error" "$tmp/h.err" \
    && [ ! -s "$tmp/h.out" ] && dev_gone tap2 && [ ! -e "$tmp/h.pcap" ]; then
    pass "h: -i tap2 'vlan and' -> exit 2, one line, no tap2, no h.pcap: $(head -n 1 "$tmp/h.err")"
else
    fail "h: -i tap2 'vlan and' -> exit $rc (want 2), stderr: $(head -c 300 "$tmp/h.err"); tap2 $(dev_gone tap2 && echo absent || echo EXISTS); h.pcap $([ -e "$tmp/h.pcap" ] && echo exists || echo absent)"
fi

echo
if [ "$failures" -ne 0 ]; then
    echo "live_write_test: $failures check(s) FAILED"
    exit 1
fi
echo "live_write_test: all checks passed"
exit 0
