#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through wait_until
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

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsW "live -w tests"
need ping
need tcpdump "tcpdump (the reader of the -w files)"
[ -x "$PY" ] || skip "$PY is not installed"

# ---------------------------------------------------------------- helpers

ready_or_done() { dev_has "$1" "10.0.0.1/24" || pid_gone "$2"; }

# ping_ns COUNT OUTFILE: ping 10.0.0.2 inside the namespace (foreground, bounded); sets ping_rc.
ping_ns() {
    ping_rc=0
    in_ns 15 ping -n -c "$1" -i 0.2 -W 1 10.0.0.2 >"$2" 2>&1 || ping_rc=$?
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

# ---------------------------------------------------------------- a + b + c
# ping_capture TAG SIGNAL: -w CAP.pcap, ping -c 3, check the file while running (c), stop with SIGNAL.
ping_capture() {
    local tag="$1" sig="$2" pid t0 seen_ms
    echo "== $tag. -w $tag.pcap, ping -c 3, stop with SIG$sig"
    start_tapsniff "$tag" -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -w "$WORK/$tag.pcap" -q
    pid=$PID
    if ! wait_until 5 dev_has tap0 "10.0.0.1/24"; then
        fail "$tag: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/$tag.err")"
        stop_pid "$pid" INT
        return
    fi
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = tapsniff ] || echo "note: pid $pid is $(cat "/proc/$pid/comm" 2>/dev/null), not tapsniff"
    ping_ns 3 "$WORK/$tag.ping"
    if [ "$ping_rc" -eq 0 ] && grep -q '3 received' "$WORK/$tag.ping"; then
        pass "$tag: ping -c 3 10.0.0.2 got 3 replies from the --respond neighbour"
    else
        fail "$tag: ping -> exit $ping_rc: $(tail -n 2 "$WORK/$tag.ping" | tr '\n' ' ')"
    fi
    # c. before stopping: a copy of the file already holds the exchange.
    t0=$(now_ms)
    if wait_until 3 copy_has_exchange "$WORK/$tag.pcap" "$WORK/$tag.copy" && kill -0 "$pid" 2>/dev/null; then
        seen_ms=$(($(now_ms) - t0))
        pass "c($tag): while tapsniff still runs, a copy of $tag.pcap holds the exchange ${seen_ms} ms after ping ended ($(summary "$WORK/$tag.copy.txt")): flushed when idle"
    else
        fail "c($tag): 3 s after the pings a copy of the file still lacks frames ($(summary "$WORK/$tag.copy.txt" 2>/dev/null || echo unreadable)); tapsniff running: $(kill -0 "$pid" 2>/dev/null && echo yes || echo no)"
    fi
    stop_pid "$pid" "$sig"
    if [ "$rc" -eq 0 ] && [ ! -s "$WORK/$tag.err" ]; then
        pass "$tag: SIG$sig -> exit 0, nothing on stderr (-q)"
    else
        fail "$tag: SIG$sig -> exit $rc (want 0), stderr: $(head -c 300 "$WORK/$tag.err")"
    fi
    local info trc=0
    info="$(pcap_info "$WORK/$tag.pcap" || true)"
    tcpdump -nn -r "$WORK/$tag.pcap" >"$WORK/$tag.td" 2>"$WORK/$tag.tderr" || trc=$?
    if [ "$trc" -eq 0 ] && ! grep -qi 'truncated\|error' "$WORK/$tag.tderr" && grep -q 'link-type EN10MB' "$WORK/$tag.tderr" \
        && [ "${info%% *}" != bad: ] && [ "${info#* }" = 1 ] && has_exchange "$WORK/$tag.td" \
        && [ "$(n_echo_req "$WORK/$tag.td")" -eq 3 ] && [ "$(n_echo_rep "$WORK/$tag.td")" -eq 3 ]; then
        pass "$tag: after SIG$sig tcpdump -r $tag.pcap reads it cleanly (EN10MB, ${info%% *} records): $(summary "$WORK/$tag.td")"
    else
        fail "$tag: tcpdump -r $tag.pcap -> exit $trc, $(head -c 200 "$WORK/$tag.tderr" | tr '\n' ' '); pcap: $info; $(summary "$WORK/$tag.td") (want >= 1 ARP request/reply, exactly 3 echo requests and replies)"
        sed 's/^/    /' "$WORK/$tag.td" | head -n 20
    fi
    # -w FILE without --no-print: the text goes on, one record per saved frame.
    local ntext
    ntext=$(records "$WORK/$tag.out")
    if [ "$ntext" -eq "${info%% *}" ] 2>/dev/null && grep -q 'ICMP echo reply' "$WORK/$tag.out" \
        && grep -q 'Request who-has 10.0.0.2 tell 10.0.0.1' "$WORK/$tag.out"; then
        pass "$tag: stdout goes on with -w FILE: $ntext frames printed, as many as saved"
    else
        fail "$tag: stdout has $ntext frame(s), the file ${info%% *} (want equal, with the ARP request and echo replies)"
    fi
    wait_until 3 dev_gone tap0 || fail "$tag: tap0 still exists after tapsniff exited"
}

ping_capture a INT
ping_capture b TERM

# ---------------------------------------------------------------- d. -w - into a pipe
echo "== d. -w - | tcpdump -r - -nn -l: frames visible while capturing"
mkfifo "$WORK/d.fifo"
timeout -k 2 60 tcpdump -nn -l -r "$WORK/d.fifo" >"$WORK/d.td" 2>"$WORK/d.tderr" &
td_pid=$!
bg_pids+=("$td_pid")
ip netns exec "$NS" "$BIN" -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -w - -q >"$WORK/d.fifo" 2>"$WORK/d.err" </dev/null &
d_pid=$!
bg_pids+=("$d_pid")
if wait_until 5 dev_has tap0 "10.0.0.1/24"; then
    ping_ns 3 "$WORK/d.ping"
    t0=$(now_ms)
    # Poll tcpdump's output for at most 3 s (30 polls), while tapsniff keeps running.
    seen=0
    for ((i = 0; i < 30; i++)); do
        seen=$(n_echo_rep "$WORK/d.td")
        [ "$seen" -ge 3 ] && break
        sleep 0.1
    done
    waited=$(($(now_ms) - t0))
    running=no
    kill -0 "$d_pid" 2>/dev/null && running=yes
    if [ "$seen" -ge 3 ] && [ "$running" = yes ]; then
        pass "d: tcpdump -r - printed the 3 echo replies while tapsniff was running (${waited} ms after ping ended; $(summary "$WORK/d.td"))"
    else
        fail "d: after 3 s tcpdump -r - printed $seen echo replies (want 3), tapsniff running: $running; ping: $(tail -n 2 "$WORK/d.ping" | tr '\n' ' ')"
    fi
else
    fail "d: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/d.err")"
fi
stop_pid "$d_pid" INT
d_rc=$rc
wait_exit "$td_pid" 5
if [ "$d_rc" -eq 0 ] && [ ! -s "$WORK/d.err" ] && [ "$rc" -eq 0 ] && ! grep -qi 'truncated' "$WORK/d.tderr"; then
    pass "d: SIGINT -> tapsniff exit 0; tcpdump sees a clean end of the stream (exit 0)"
else
    fail "d: tapsniff exit $d_rc (want 0), stderr '$(head -c 200 "$WORK/d.err")'; tcpdump exit $rc (want 0), stderr: $(head -c 300 "$WORK/d.tderr" | tr '\n' ' ')"
fi
wait_until 3 dev_gone tap0 || fail "d: tap0 still exists after tapsniff exited"

# ---------------------------------------------------------------- e. filter on a live device
echo "== e. -i tap1 ... -w e.pcap icmp: only ICMP, although ARP happens"
start_tapsniff e -i tap1 -a 10.0.0.1/24 --respond 10.0.0.2 -q -t none -w "$WORK/e.pcap" icmp
e_pid=$PID
if wait_until 5 dev_has tap1 "10.0.0.1/24"; then
    ping_ns 3 "$WORK/e.ping"
    wait_until 2 bash -c "[ \$(grep -c 'echo reply' '$WORK/e.out') -ge 3 ]" || true
    stop_pid "$e_pid" INT
    nrec=$(records "$WORK/e.out")
    nicmp=$(grep -Ev $'^(\t|  )' "$WORK/e.out" | grep -c 'ICMP' || true)
    narp=$(grep -c 'ARP' "$WORK/e.out" || true)
    if [ "$ping_rc" -eq 0 ] && [ "$rc" -eq 0 ] && [ "$nrec" -eq 6 ] && [ "$nicmp" -eq 6 ] && [ "$narp" -eq 0 ] \
        && [ "$(grep -c 'echo request' "$WORK/e.out")" -eq 3 ] && [ "$(grep -c 'echo reply' "$WORK/e.out")" -eq 3 ]; then
        pass "e: filter icmp on tap1: 6 ICMP lines (3 requests, 3 replies), no ARP line, although ping needed ARP (3 replies); exit 0"
    else
        fail "e: filter icmp: ping exit $ping_rc, tapsniff exit $rc, $nrec records (want 6), $nicmp ICMP, $narp ARP (want 0); stderr: $(head -c 200 "$WORK/e.err")"
        sed 's/^/    /' "$WORK/e.out" | head -n 12
    fi
    tcpdump -nn -r "$WORK/e.pcap" >"$WORK/e.td" 2>/dev/null || true
    tcpdump -nn -r "$WORK/e.pcap" 'not icmp' >"$WORK/e.notc" 2>/dev/null || true
    if [ "$(wc -l <"$WORK/e.td")" -eq 6 ] && [ ! -s "$WORK/e.notc" ] && [ "$(n_arp_req "$WORK/e.td")" -eq 0 ]; then
        pass "e: e.pcap holds only the 6 ICMP frames (tcpdump -r e.pcap 'not icmp' prints nothing)"
    else
        fail "e: e.pcap: $(wc -l <"$WORK/e.td") frames (want 6), $(wc -l <"$WORK/e.notc") not ICMP (want 0)"
    fi
else
    fail "e: tap1 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/e.err")"
    stop_pid "$e_pid" INT
fi
wait_until 3 dev_gone tap1 || fail "e: tap1 still exists after tapsniff exited"

# ---------------------------------------------------------------- f. -c 2 -w
echo "== f. -c 2 -w f.pcap"
start_tapsniff f -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -q -c 2 -w "$WORK/f.pcap"
f_pid=$PID
if wait_until 5 ready_or_done tap0 "$f_pid"; then
    timeout -k 2 10 ip netns exec "$NS" ping -n -c 6 -i 0.2 -W 1 10.0.0.2 >/dev/null 2>&1 &
    f_ping=$!
    bg_pids+=("$f_ping")
    wait_exit "$f_pid" 10
    info="$(pcap_info "$WORK/f.pcap" || true)"
    trc=0
    tcpdump -nn -r "$WORK/f.pcap" >"$WORK/f.td" 2>"$WORK/f.tderr" || trc=$?
    if [ "$rc" -eq 0 ] && [ "${info%% *}" = 2 ] && [ "$trc" -eq 0 ] && [ "$(wc -l <"$WORK/f.td")" -eq 2 ] \
        && [ "$(records "$WORK/f.out")" -eq 2 ]; then
        pass "f: -c 2 -w f.pcap -> exit 0 by itself; f.pcap has exactly 2 records, 2 frames printed"
        sed 's/^/    /' "$WORK/f.td"
    else
        fail "f: -c 2 -w -> exit $rc (want 0; 124 = still running after 10 s), pcap: $info (want 2 records), tcpdump exit $trc, $(records "$WORK/f.out") printed"
    fi
    wait_exit "$f_ping" 10
else
    fail "f: tap0 did not appear within 5 s; stderr: $(head -c 300 "$WORK/f.err")"
    stop_pid "$f_pid" INT
fi
wait_until 3 dev_gone tap0 || fail "f: tap0 still exists after tapsniff exited"

# The same made deterministic with a filter: the first frame that passes `arp` is the kernel's
# request for 10.0.0.2; it reaches the count, so the reply --respond sends must not be counted,
# printed or saved as a second frame.
echo "== f. -c 1 -w f1.pcap arp (with --respond)"
start_tapsniff f1 -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -q -c 1 -w "$WORK/f1.pcap" arp
f1_pid=$PID
if wait_until 5 ready_or_done tap0 "$f1_pid"; then
    timeout -k 2 10 ip netns exec "$NS" ping -n -c 6 -i 0.2 -W 1 10.0.0.2 >/dev/null 2>&1 &
    f1_ping=$!
    bg_pids+=("$f1_ping")
    wait_exit "$f1_pid" 10
    info="$(pcap_info "$WORK/f1.pcap" || true)"
    if [ "$rc" -eq 0 ] && [ "${info%% *}" = 1 ] && [ "$(records "$WORK/f1.out")" -eq 1 ]; then
        pass "f: -c 1 -w f1.pcap arp -> exit 0, exactly 1 record saved and printed (the request, not the reply)"
    else
        fail "f: -c 1 -w f1.pcap arp with --respond -> exit $rc, pcap: $info (want 1 record), $(records "$WORK/f1.out") printed (want 1): the reply to the counted frame goes past the count"
        sed 's/^/    /' "$WORK/f1.out" | head -n 5
    fi
    wait_exit "$f1_ping" 10
else
    fail "f: tap0 did not appear within 5 s; stderr: $(head -c 300 "$WORK/f1.err")"
    stop_pid "$f1_pid" INT
fi
wait_until 3 dev_gone tap0 || fail "f: tap0 still exists after tapsniff exited"

# ---------------------------------------------------------------- g. --tun -w: RAW
echo "== g. --tun -w g.pcap: link type RAW"
start_tapsniff g -i tun0 --tun -a 10.0.0.1/24 -q -w "$WORK/g.pcap" icmp
g_pid=$PID
if wait_until 5 dev_has tun0 "10.0.0.1/24"; then
    ping_ns 2 "$WORK/g.ping"   # nobody answers on a TUN: the requests go to tapsniff only
    wait_until 2 bash -c "[ \$(grep -c 'echo request' '$WORK/g.out') -ge 2 ]" || true
    stop_pid "$g_pid" INT
    info="$(pcap_info "$WORK/g.pcap" || true)"
    trc=0
    tcpdump -nn -r "$WORK/g.pcap" >"$WORK/g.td" 2>"$WORK/g.tderr" || trc=$?
    if [ "$rc" -eq 0 ] && [ "$trc" -eq 0 ] && grep -q 'link-type RAW' "$WORK/g.tderr" && [ "${info#* }" = 101 ] \
        && [ "$(n_echo_req "$WORK/g.td")" -eq 2 ] && [ "${info%% *}" = 2 ]; then
        pass "g: --tun -w: exit 0, g.pcap is link type RAW (101) with the 2 echo requests (filter icmp compiled for RAW)"
    else
        fail "g: --tun -w: exit $rc, tcpdump exit $trc ($(head -n 1 "$WORK/g.tderr")), pcap: $info (want 2 records, link type 101), $(n_echo_req "$WORK/g.td") echo requests; stderr: $(head -c 200 "$WORK/g.err")"
    fi
else
    fail "g: tun0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/g.err")"
    stop_pid "$g_pid" INT
fi
wait_until 3 dev_gone tun0 || fail "g: tun0 still exists after tapsniff exited"

# ---------------------------------------------------------------- h. bad filter, live
echo "== h. a bad filter on a live device"
rc=0
timeout -k 2 20 ip netns exec "$NS" "$BIN" -i tap2 -a 10.0.0.1/24 -w "$WORK/h.pcap" 'vlan and' \
    >"$WORK/h.out" 2>"$WORK/h.err" </dev/null || rc=$?
if [ "$rc" -eq 2 ] && [ "$(wc -l <"$WORK/h.err")" -eq 1 ] && grep -q "^tapsniff: .*syntax error" "$WORK/h.err" \
    && [ ! -s "$WORK/h.out" ] && dev_gone tap2 && [ ! -e "$WORK/h.pcap" ]; then
    pass "h: -i tap2 'vlan and' -> exit 2, one line, no tap2, no h.pcap: $(head -n 1 "$WORK/h.err")"
else
    fail "h: -i tap2 'vlan and' -> exit $rc (want 2), stderr: $(head -c 300 "$WORK/h.err"); tap2 $(dev_gone tap2 && echo absent || echo EXISTS); h.pcap $([ -e "$WORK/h.pcap" ] && echo exists || echo absent)"
fi

finish
