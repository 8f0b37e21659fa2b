#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through wait_until
# usage: watch_test.sh BIN
# Watching an interface tapsniff cannot hold (issue 18). Everything (the TAPs, a dummy interface,
# addresses, pings, a UDP flood) happens inside a network namespace this script creates (tsV<pid>)
# and deletes on exit; only 10.0.0.0/24 inside it is used. The holder of the TAP is a small helper,
# tap_holder.py: it opens tapv0 (not persistent) and answers ARP and pings for 10.0.0.2 on it.
#   1. tapsniff -i tapv0 (busy) watches it: the start line says so; with the filter 'icmp or arp'
#      every frame of a ping -c 5 exchange shows, each line identical to `tcpdump -nn -e -i tapv0
#      -t` apart from the direction word ("Out " for what the host sent, "In  " for the
#      holder's replies); the stop line has "N dropped"
#   2. --json on the watched TAP: "dir":"out" for the echo requests, "dir":"in" for the replies
#   3. drops counted: the watcher stopped (SIGSTOP) under a UDP flood of 60000 frames, then
#      resumed: the stop line reports K dropped, K > 0, and captured + dropped <= sent (no frame
#      counted twice: each socket's ring holds one direction)
#   4. the holder exits, its TAP disappears: the watcher exits 1 with one error line saying so
#   5. options that need the TAP to be ours on a busy TAP: --respond, -a, --up, --mtu,
#      --persist -> exit 2, one line naming the option and the holder
#   6. a veth (not TUN/TAP; a dummy where veth is missing): watched, start line says so;
#      deleted -> exit 1
#   7. -w FILE.pcapng written live with --respond: tshark reads the directions (echo requests
#      outbound, replies inbound) and the interface name; tcpdump reads it; and a pcapng written
#      while watching tapv0 has the same directions
# Exit 0 pass, 1 fail, 77 skip (not root, no /dev/net/tun, ip netns add fails, tools missing).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsV "live watch tests"
need ping
need tcpdump "tcpdump (the oracle for watched lines)"
need tshark "tshark (the reader of the pcapng directions)"
need jq
[ -x "$PY" ] || skip "$PY is not installed"


# start_holder TAG DEV: tap_holder.py (a small stand-in for a VM) holds DEV and answers pings for
# 10.0.0.2 on it; the host's side gets 10.0.0.1/24. HOLDER = its pid; closing the TAP deletes DEV.
start_holder() {
    ip netns exec "$NS" "$PY" "$HERE/tap_holder.py" "$2" 10.0.0.2 02:00:0a:00:00:02 100 \
        >"$WORK/$1.out" 2>"$WORK/$1.err" </dev/null &
    HOLDER=$!
    bg_pids+=("$HOLDER")
    wait_until 5 grep -q "^ready $2" "$WORK/$1.out" \
        || fail "$1: tap_holder.py did not open $2; stderr: $(head -c 300 "$WORK/$1.err")"
    ip -n "$NS" addr add 10.0.0.1/24 dev "$2" && ip -n "$NS" link set "$2" up
    wait_until 5 dev_has "$2" "10.0.0.1/24" || fail "$1: $2 did not come up"
}
# count FILE REGEX: how many lines of FILE match (extended regex).
count() { grep -Ec -- "$2" "$1" || true; }

# ---------------------------------------------------------------- 1. watched lines vs tcpdump
echo "== 1. tapsniff -i tapv0 on a TAP another process holds"
start_holder holder tapv0
in_ns 30 tcpdump -nn -e -t -l -i tapv0 'icmp or arp' >"$WORK/td.out" 2>"$WORK/td.err" </dev/null &
td_pid=$!
bg_pids+=("$td_pid")
start_tapsniff w1 -i tapv0 -t none 'icmp or arp'
w1=$PID
wait_until 5 grep -q 'listening on' "$WORK/td.err" || fail "1: tcpdump did not start: $(head -c 200 "$WORK/td.err")"
wait_until 5 grep -q 'watching' "$WORK/w1.err" || true
if [ "$(head -n 1 "$WORK/w1.err")" = "tapsniff: watching tapv0 through a packet socket; it belongs to another process" ]; then
    pass "1: start line: $(head -n 1 "$WORK/w1.err")"
else
    fail "1: start line: '$(head -n 1 "$WORK/w1.err")'"
fi
in_ns 15 ping -n -c 5 -i 0.2 -W 1 10.0.0.2 >"$WORK/ping1" 2>&1 || true
# 12 frames: the ARP request and reply, 5 echo requests and 5 replies.
wait_until 5 bash -c "[ \$(wc -l <'$WORK/w1.out') -ge 12 ] && [ \$(wc -l <'$WORK/td.out') -ge 12 ]" || true
stop_pid "$w1" INT
w1_rc=$rc
stop_pid "$td_pid" INT
sed -E 's/^(In  |Out )//' "$WORK/w1.out" >"$WORK/w1.stripped"
n=$(wc -l <"$WORK/w1.out")
if [ "$n" -ge 12 ] && diff -u "$WORK/td.out" "$WORK/w1.stripped" >"$WORK/w1.diff"; then
    pass "1: all $n lines identical to tcpdump -nn -e -i tapv0 apart from the direction word"
    sed 's/^/    /' "$WORK/w1.out" | head -n 4
else
    fail "1: $n lines (want >= 12), differ from tcpdump:"
    head -n 20 "$WORK/w1.diff"
fi
n_req_out=$(count "$WORK/w1.out" '^Out .*ICMP echo request')
n_rep_in=$(count "$WORK/w1.out" '^In  .*ICMP echo reply')
n_arpq_out=$(count "$WORK/w1.out" '^Out .*Request who-has 10\.0\.0\.2')
n_arpr_in=$(count "$WORK/w1.out" '^In  .*Reply 10\.0\.0\.2 is-at')
if [ "$n_req_out" -eq 5 ] && [ "$n_rep_in" -eq 5 ] && [ "$n_arpq_out" -ge 1 ] && [ "$n_arpr_in" -ge 1 ] \
    && [ "$(count "$WORK/w1.out" '^(In  |Out )')" -eq "$n" ]; then
    pass "1: directions: 5 echo requests 'Out ', 5 replies 'In  ', ARP request 'Out ', reply 'In  '"
else
    fail "1: directions: requests Out $n_req_out, replies In $n_rep_in, ARP request Out $n_arpq_out, reply In $n_arpr_in"
fi
if [ "$w1_rc" -eq 0 ] && grep -Eq '^[0-9]+ frames captured, [0-9]+ bytes, [0-9]+ dropped$' "$WORK/w1.err"; then
    pass "1: SIGINT -> exit 0; $(tail -n 1 "$WORK/w1.err")"
else
    fail "1: exit $w1_rc, stderr: $(tr '\n' '|' <"$WORK/w1.err")"
fi

# ---------------------------------------------------------------- 2. JSON dir
echo "== 2. --json on the watched TAP"
start_tapsniff w2 -i tapv0 --json icmp
w2=$PID
wait_until 5 grep -q 'watching' "$WORK/w2.err" || true
in_ns 15 ping -n -c 3 -i 0.2 -W 1 10.0.0.2 >/dev/null 2>&1 || true
wait_until 5 bash -c "[ \$(wc -l <'$WORK/w2.out') -ge 6 ]" || true
stop_pid "$w2" INT
j_out=$(jq -c 'select(.icmp.type == 8 and .dir == "out")' "$WORK/w2.out" | wc -l)
j_in=$(jq -c 'select(.icmp.type == 0 and .dir == "in")' "$WORK/w2.out" | wc -l)
if [ "$j_out" -eq 3 ] && [ "$j_in" -eq 3 ] && [ "$(wc -l <"$WORK/w2.out")" -eq 6 ]; then
    pass "2: --json: 3 echo requests \"dir\":\"out\", 3 replies \"dir\":\"in\""
else
    fail "2: --json: $j_out requests out, $j_in replies in, $(wc -l <"$WORK/w2.out") lines (want 3, 3, 6)"
fi

# ---------------------------------------------------------------- 3. drops
echo "== 3. drops under a flood while the watcher is stopped"
start_tapsniff w3 -i tapv0 -t none udp
w3=$PID
wait_until 5 grep -q 'watching' "$WORK/w3.err" || true
kill -STOP "$w3"
in_ns 60 "$PY" -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
data = b"x" * 1400
sent = 0
for i in range(60000):
    try:
        s.sendto(data, ("10.0.0.2", 9))
        sent += 1
    except OSError:
        pass
print(sent)
' >"$WORK/flood.sent" || true
kill -CONT "$w3"
sleep 1
stop_pid "$w3" INT
dropped=$(sed -nE 's/.* ([0-9]+) dropped$/\1/p' "$WORK/w3.err")
captured=$(sed -nE 's/^([0-9]+) frames captured.*/\1/p' "$WORK/w3.err")
sent=$(cat "$WORK/flood.sent" 2>/dev/null || echo 0)
# Each socket's ring holds one direction only, so a dropped frame is counted once:
# captured + dropped cannot exceed what was sent.
if [ "$rc" -eq 0 ] && [ "${dropped:-0}" -gt 0 ] && [ $((${captured:-0} + dropped)) -le "${sent:-0}" ]; then
    pass "3: $(tail -n 1 "$WORK/w3.err") of $sent datagrams sent ($(wc -l <"$WORK/w3.out") lines printed)"
else
    fail "3: exit $rc, stderr: $(tr '\n' '|' <"$WORK/w3.err") (want dropped > 0, captured + dropped <= $sent sent)"
fi

# ---------------------------------------------------------------- 5. options that need our own TAP
echo "== 5. options that need the TAP to be ours, on the busy tapv0"
for opts in "--respond 10.0.0.3" "-a 10.0.0.5/24" "--up" "--mtu 1400" "--persist"; do
    rc=0
    # shellcheck disable=SC2086
    in_ns 10 "$BIN" -i tapv0 $opts >"$WORK/o.out" 2>"$WORK/o.err" </dev/null || rc=$?
    if [ "$rc" -eq 2 ] && one_error_line "$WORK/o.err" && grep -q "belongs to another process" "$WORK/o.err" \
        && grep -q "^tapsniff: ${opts%% *}: " "$WORK/o.err"; then
        pass "5: -i tapv0 $opts -> exit 2: $(cat "$WORK/o.err")"
    else
        fail "5: -i tapv0 $opts -> exit $rc (want 2), stderr: $(cat "$WORK/o.err")"
    fi
done

# ---------------------------------------------------------------- 4. the holder deletes the device
echo "== 4. the holder exits: the watcher exits 1"
start_tapsniff w4 -i tapv0 -t none
w4=$PID
wait_until 5 grep -q 'watching' "$WORK/w4.err" || true
stop_pid "$HOLDER" INT
t0=$(now_ms)
wait_exit "$w4" 5
if [ "$rc" -eq 1 ] && grep -qx 'tapsniff: tapv0 disappeared (the interface was deleted)' "$WORK/w4.err" \
    && [ "$(grep -c '^tapsniff: ' "$WORK/w4.err")" -eq 2 ] && [ "$(grep -c 'disappeared' "$WORK/w4.err")" -eq 1 ]; then
    pass "4: tapv0 deleted -> exit 1 after $(($(now_ms) - t0)) ms: $(grep 'disappeared' "$WORK/w4.err")"
else
    fail "4: tapv0 deleted -> exit $rc (want 1; 124 = still running), stderr: $(tr '\n' '|' <"$WORK/w4.err")"
fi

# ---------------------------------------------------------------- 6. not a TUN/TAP
echo "== 6. an interface that is no TUN/TAP"
kind=""
if ip -n "$NS" link add wveth0 type veth peer name wveth1 2>/dev/null; then
    kind=veth
    ip -n "$NS" link set wveth1 up
elif ip -n "$NS" link add wveth0 type dummy 2>/dev/null; then
    kind=dummy
fi
if [ -n "$kind" ] && ip -n "$NS" link set wveth0 up; then
    start_tapsniff w6 -i wveth0
    w6=$PID
    wait_until 5 grep -q 'watching' "$WORK/w6.err" || true
    sleep 0.3
    ip -n "$NS" link del wveth0
    wait_exit "$w6" 5
    if [ "$(head -n 1 "$WORK/w6.err")" = "tapsniff: watching wveth0 through a packet socket; it is not a TUN/TAP device" ] \
        && [ "$rc" -eq 1 ] && grep -qx 'tapsniff: wveth0 disappeared (the interface was deleted)' "$WORK/w6.err"; then
        pass "6: $kind wveth0: '$(head -n 1 "$WORK/w6.err")'; deleted -> exit 1"
    else
        fail "6: $kind wveth0: exit $rc, stderr: $(tr '\n' '|' <"$WORK/w6.err")"
    fi
else
    echo "note: 6 skipped: neither veth nor dummy interfaces here"
fi

# ---------------------------------------------------------------- 7. pcapng with directions
echo "== 7. -w FILE.pcapng live with --respond, and while watching"
start_tapsniff w7 -i tapv1 -a 10.0.0.1/24 --respond 10.0.0.2 -q -w "$WORK/r.pcapng" icmp
w7=$PID
if wait_until 5 dev_has tapv1 "10.0.0.1/24"; then
    start_tapsniff w7b -i tapv1 -q -w "$WORK/watch.pcapng" icmp
    w7b=$PID
    sleep 0.5
    in_ns 15 ping -n -c 3 -i 0.2 -W 1 10.0.0.2 >/dev/null 2>&1 || true
    sleep 0.5
    stop_pid "$w7b" INT
    stop_pid "$w7" INT
    for f in r watch; do
        tshark -r "$WORK/$f.pcapng" -T fields -e frame.interface_name -e frame.packet_flags_direction -e icmp.type \
            >"$WORK/$f.tshark" 2>"$WORK/$f.tshark.err" || true
        # packet_flags_direction: 0x1 inbound, 0x2 outbound
        req_out=$(count "$WORK/$f.tshark" $'^tapv1\t0x0*2\t8$')
        rep_in=$(count "$WORK/$f.tshark" $'^tapv1\t0x0*1\t0$')
        td_n=$(tcpdump -nn -r "$WORK/$f.pcapng" 2>/dev/null | grep -c 'ICMP echo' || true)
        if [ "$req_out" -eq 3 ] && [ "$rep_in" -eq 3 ] && [ "$(wc -l <"$WORK/$f.tshark")" -eq 6 ] && [ "$td_n" -eq 6 ]; then
            pass "7: $f.pcapng: tshark: interface tapv1, 3 echo requests outbound, 3 replies inbound; tcpdump reads 6"
        else
            fail "7: $f.pcapng: tshark: $req_out requests outbound, $rep_in replies inbound of $(wc -l <"$WORK/$f.tshark") (want 3, 3, 6); tcpdump $td_n; $(head -c 200 "$WORK/$f.tshark.err")"
            sed 's/^/    /' "$WORK/$f.tshark" | head
        fi
    done
else
    fail "7: tapv1 did not come up; stderr: $(head -c 300 "$WORK/w7.err")"
    stop_pid "$w7" INT
fi

finish
