#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through wait_until
# usage: respond_test.sh BIN
# Live test of --respond (issue 7). Everything -- the TAP device, its addresses, the pings, the
# ARP/ND traffic -- happens inside a network namespace this script creates (tsR<pid>) and deletes
# on exit; only 10.0.0.0/24 and fd00::/64 inside it are used. Nothing touches the host namespace.
#   1. tapsniff -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2 -t none
#      a. ping 10.0.0.2 (5) and ping -6 fd00::2 (5): 0% packet loss
#      b. ip neigh: 10.0.0.2 and fd00::2 REACHABLE (or STALE/DELAY/PROBE) at the derived MACs
#      c. arping -I tap0 10.0.0.2: replies received (skipped, loudly, without arping)
#      d. negatives: ping -b 10.0.0.255 gets no reply from tapsniff; ping 10.0.0.3 and
#         ping -6 fd00::3: 100% loss, nothing sent for them
#      e. after SIGINT (exit 0): for each IPv4/IPv6 ping an echo request line and an "[respond] " echo
#         reply line with the same id and seq; the ARP request and "[respond] ... Reply 10.0.0.2 is-at
#         02:00:0a:00:00:02"; the NS for fd00::2 and "[respond] ... neighbor advertisement, tgt is
#         fd00::2"; no other "[respond] " echo replies; only replies are marked "[respond] "
#   2. the same with --json: every line parses with jq; "dir" is seen from the interface (issue
#      18): the replies (from the neighbours' MACs) go into the host, "dir":"in"; the frames the
#      host sent, which tapsniff read, "dir":"out"
#   3. ping -s 3000 and ping -6 -s 3000 (fragments on a 1500-byte link): every reply, 0% loss
#      (the neighbour reassembles and fragments its reply, issue 17 item 12)
# Exit 0 pass, 1 fail, 77 skip (not root, no /dev/net/tun, ip netns add fails).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsR "live --respond tests"
need ping
need jq

# tap0 has both addresses, the IPv6 one no longer tentative (DAD done), or tapsniff died.
tap_ready_or_dead() {
    pid_running "$1" || return 0
    dev_has tap0 "10.0.0.1/24" && ipv6_ready tap0 "fd00::1/64"
}

# has_line FILE EXTENDED-REGEX: a line matching it exists.
has_line() { grep -Eq -- "$2" "$1"; }
count_lines() { grep -Ec -- "$2" "$1" || true; }

mac4="02:00:0a:00:00:02"
mac6="06:00:00:00:00:02"

# ================================================================ 1. text session
echo "== 1. text session: --respond 10.0.0.2 --respond fd00::2"
start_tapsniff t -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2 -t none
tpid=$PID

if ! wait_until 8 tap_ready_or_dead "$tpid" || ! pid_running "$tpid"; then
    fail "tapsniff did not come up with 10.0.0.1/24 and a non-tentative fd00::1/64 within 8 s; stderr: $(head -c 300 "$WORK/t.err")"
    stop_pid "$tpid"
    finish
fi
pass "tap0 up with 10.0.0.1/24 and fd00::1/64 (not tentative)"

# ---- a. pings
in_ns 20 ping -c 5 -W 1 -i 0.2 10.0.0.2 >"$WORK/ping4.out" 2>&1 || true
if grep -q ', 0% packet loss' "$WORK/ping4.out"; then
    pass "a: ping -c 5 10.0.0.2 -> 0% packet loss"
else
    fail "a: ping -c 5 10.0.0.2 -> $(grep 'packet loss' "$WORK/ping4.out" || head -c 300 "$WORK/ping4.out")"
fi
in_ns 20 ping -6 -c 5 -W 1 -i 0.2 fd00::2 >"$WORK/ping6.out" 2>&1 || true
if grep -q ', 0% packet loss' "$WORK/ping6.out"; then
    pass "a: ping -6 -c 5 fd00::2 -> 0% packet loss"
else
    fail "a: ping -6 -c 5 fd00::2 -> $(grep 'packet loss' "$WORK/ping6.out" || head -c 300 "$WORK/ping6.out")"
fi

# ---- b. the kernel's neighbour table, right after the pings
ip -n "$NS" neigh show dev tap0 >"$WORK/neigh.out" 2>&1 || true
for pair in "10.0.0.2 $mac4" "fd00::2 $mac6"; do
    addr="${pair% *}"
    mac="${pair#* }"
    if grep -Eq "^$addr lladdr $mac .*(REACHABLE|STALE|DELAY|PROBE)" "$WORK/neigh.out"; then
        pass "b: ip neigh: $(grep "^$addr " "$WORK/neigh.out")"
    else
        fail "b: ip neigh has no usable entry '$addr lladdr $mac': $(tr '\n' ';' <"$WORK/neigh.out")"
    fi
done

# ---- c. arping (iputils-arping)
if command -v arping >/dev/null 2>&1; then
    in_ns 10 arping -c 2 -w 3 -I tap0 10.0.0.2 >"$WORK/arping.out" 2>&1 || true
    if grep -Eq 'Received [1-9][0-9]* response' "$WORK/arping.out" && grep -qi "from 10.0.0.2 \[$mac4\]" "$WORK/arping.out"; then
        pass "c: arping -c 2 -I tap0 10.0.0.2 -> $(grep -E 'Received' "$WORK/arping.out")"
    else
        fail "c: arping -c 2 -I tap0 10.0.0.2 -> $(tr '\n' ';' <"$WORK/arping.out" | head -c 400)"
    fi
else
    echo "SKIP: c: arping is not installed (Debian package iputils-arping): ARP check via arping not run"
fi

# ---- d. what must not be answered
in_ns 10 ping -c 2 -W 1 -i 0.2 -b 10.0.0.255 >"$WORK/pingb.out" 2>&1 || true
in_ns 15 ping -c 2 -W 1 -i 0.2 10.0.0.3 >"$WORK/ping3.out" 2>&1 || true
if grep -q '100% packet loss' "$WORK/ping3.out"; then
    pass "d: ping -c 2 10.0.0.3 -> 100% packet loss"
else
    fail "d: ping -c 2 10.0.0.3 -> $(grep 'packet loss' "$WORK/ping3.out" || head -c 300 "$WORK/ping3.out")"
fi
in_ns 15 ping -6 -c 2 -W 1 -i 0.2 fd00::3 >"$WORK/ping63.out" 2>&1 || true
if grep -q '100% packet loss' "$WORK/ping63.out"; then
    pass "d: ping -6 -c 2 fd00::3 -> 100% packet loss"
else
    fail "d: ping -6 -c 2 fd00::3 -> $(grep 'packet loss' "$WORK/ping63.out" || head -c 300 "$WORK/ping63.out")"
fi

# ---- e. stop and read the output
if pid_running "$tpid"; then
    stop_pid "$tpid"
    if [ "$rc" -eq 0 ]; then pass "e: SIGINT -> exit 0"; else fail "e: SIGINT -> exit $rc; stderr: $(head -c 300 "$WORK/t.err")"; fi
else
    rc=0
    wait "$tpid" 2>/dev/null || rc=$?
    fail "e: tapsniff ended by itself during the test (exit $rc); stderr: $(head -c 300 "$WORK/t.err")"
fi
out="$WORK/t.out"
echo "   ($(wc -l <"$out") lines of output, $(count_lines "$out" '^\[respond\] ') marked [respond])"

# IPv4 echo: the id of the ping to 10.0.0.2, then every seq in and out.
id4="$(sed -nE 's/.* 10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request, id ([0-9]+), seq .*/\1/p' "$out" | head -n 1)"
if [ -z "$id4" ]; then
    fail "e: no 'ICMP echo request' line for 10.0.0.1 > 10.0.0.2"
else
    for seq in 1 2 3 4 5; do
        if has_line "$out" "^[0-9a-f:]{17} > $mac4, .* 10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request, id $id4, seq $seq, " &&
            has_line "$out" "^\[respond\] $mac4 > [0-9a-f:]{17}, ethertype IPv4 \(0x0800\), .* 10\.0\.0\.2 > 10\.0\.0\.1: ICMP echo reply, id $id4, seq $seq, "; then
            pass "e: ICMP echo request and [respond] echo reply, id $id4, seq $seq"
        else
            fail "e: ICMP echo request/[respond] reply pair missing for id $id4, seq $seq"
        fi
    done
fi

# IPv6 echo likewise.
id6="$(sed -nE 's/.* fd00::1 > fd00::2: ICMP6, echo request, id ([0-9]+), seq .*/\1/p' "$out" | head -n 1)"
if [ -z "$id6" ]; then
    fail "e: no 'ICMP6, echo request' line for fd00::1 > fd00::2"
else
    for seq in 1 2 3 4 5; do
        if has_line "$out" "^[0-9a-f:]{17} > $mac6, .* fd00::1 > fd00::2: ICMP6, echo request, id $id6, seq $seq, " &&
            has_line "$out" "^\[respond\] $mac6 > [0-9a-f:]{17}, ethertype IPv6 \(0x86dd\), .* fd00::2 > fd00::1: ICMP6, echo reply, id $id6, seq $seq, "; then
            pass "e: ICMP6 echo request and [respond] echo reply, id $id6, seq $seq"
        else
            fail "e: ICMP6 echo request/[respond] reply pair missing for id $id6, seq $seq"
        fi
    done
fi

# ARP and neighbour discovery.
if has_line "$out" "^[0-9a-f:]{17} > ff:ff:ff:ff:ff:ff, ethertype ARP \(0x0806\), .*Request who-has 10\.0\.0\.2 (\([0-9a-f:]+\) )?tell 10\.0\.0\.1, "; then
    pass "e: ARP 'Request who-has 10.0.0.2 tell 10.0.0.1'"
else
    fail "e: no ARP 'Request who-has 10.0.0.2 tell 10.0.0.1' line"
fi
if has_line "$out" "^\[respond\] $mac4 > [0-9a-f:]{17}, ethertype ARP \(0x0806\), length 60: Reply 10\.0\.0\.2 is-at $mac4, "; then
    pass "e: '[respond] $mac4 > ... Reply 10.0.0.2 is-at $mac4'"
else
    fail "e: no '[respond] ... Reply 10.0.0.2 is-at $mac4' line: $(grep -E 'Reply' "$out" | head -n 3 | tr '\n' ';')"
fi
if has_line "$out" "^[0-9a-f:]{17} > [0-9a-f:]{17}, ethertype IPv6 \(0x86dd\), .* fd00::1 > [0-9a-f:]+: ICMP6, neighbor solicitation, who has fd00::2, "; then
    pass "e: 'ICMP6, neighbor solicitation, who has fd00::2'"
else
    fail "e: no 'neighbor solicitation, who has fd00::2' line from fd00::1"
fi
if has_line "$out" "^\[respond\] $mac6 > [0-9a-f:]{17}, ethertype IPv6 \(0x86dd\), .* fd00::2 > fd00::1: ICMP6, neighbor advertisement, tgt is fd00::2, "; then
    pass "e: '[respond] $mac6 > ... neighbor advertisement, tgt is fd00::2'"
else
    fail "e: no '[respond] ... neighbor advertisement, tgt is fd00::2' line"
fi

# Negatives, from tapsniff's side: the requests were seen, nothing was sent for them.
if has_line "$out" " 10\.0\.0\.1 > 10\.0\.0\.255: ICMP echo request, "; then
    pass "d: the broadcast echo requests to 10.0.0.255 reached tap0"
else
    fail "d: no broadcast echo request to 10.0.0.255 seen (the negative check means nothing)"
fi
idb="$(sed -nE 's/.* 10\.0\.0\.1 > 10\.0\.0\.255: ICMP echo request, id ([0-9]+), seq .*/\1/p' "$out" | head -n 1)"
if has_line "$out" "^\[respond\] .*10\.0\.0\.255 > " || { [ -n "$idb" ] && has_line "$out" "^\[respond\] .*ICMP echo reply, id $idb, "; }; then
    fail "d: tapsniff answered the broadcast ping: $(grep -E '^\[respond\] .*(10\.0\.0\.255|echo reply, id '"${idb:-x}"',)' "$out" | head -n 2 | tr '\n' ';')"
else
    pass "d: no [respond] echo reply to the broadcast ping"
fi
if has_line "$out" "Request who-has 10\.0\.0\.3 " && ! has_line "$out" "^\[respond\] .*10\.0\.0\.3"; then
    pass "d: ARP requests for 10.0.0.3 seen, none answered"
else
    fail "d: ARP for 10.0.0.3: request seen=$(count_lines "$out" 'who-has 10\.0\.0\.3 '), [respond] lines=$(count_lines "$out" '^\[respond\] .*10\.0\.0\.3')"
fi
if has_line "$out" "who has fd00::3" && ! has_line "$out" "^\[respond\] .*fd00::3"; then
    pass "d: neighbour solicitations for fd00::3 seen, none answered"
else
    fail "d: NS for fd00::3: seen=$(count_lines "$out" 'who has fd00::3'), [respond] lines=$(count_lines "$out" '^\[respond\] .*fd00::3')"
fi
n_out_echo="$(count_lines "$out" '^\[respond\] .*ICMP echo reply')"
n_out_echo6="$(count_lines "$out" '^\[respond\] .*ICMP6, echo reply')"
if [ "$n_out_echo" -eq 5 ] && [ "$n_out_echo6" -eq 5 ]; then
    pass "e: exactly 5 [respond] ICMP echo replies and 5 [respond] ICMP6 echo replies"
else
    fail "e: $n_out_echo [respond] ICMP echo replies and $n_out_echo6 [respond] ICMP6 echo replies (want 5 and 5)"
fi
# Only frames from the neighbours' MACs are marked [respond], and every one of them is.
bad_out="$(grep -E '^\[respond\] ' "$out" | grep -Ev "^\[respond\] ($mac4|$mac6) > " || true)"
bad_in="$(grep -Ev '^\[respond\] ' "$out" | grep -E "^($mac4|$mac6) > " || true)"
if [ -z "$bad_out" ] && [ -z "$bad_in" ]; then
    pass "e: '[respond] ' marks exactly the frames sent from $mac4/$mac6"
else
    fail "e: wrong [respond] marking: $(printf '%s\n%s' "$bad_out" "$bad_in" | head -n 3 | tr '\n' ';')"
fi

# ================================================================ 2. --json session
echo "== 2. --json session"
if wait_until 5 dev_gone tap0; then
    start_tapsniff j -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2 --json -q
    jpid=$PID
    if wait_until 8 tap_ready_or_dead "$jpid" && pid_running "$jpid"; then
        in_ns 10 ping -c 2 -W 1 -i 0.2 10.0.0.2 >"$WORK/jping4.out" 2>&1 || true
        in_ns 10 ping -6 -c 2 -W 1 -i 0.2 fd00::2 >"$WORK/jping6.out" 2>&1 || true
        stop_pid "$jpid"
        jout="$WORK/j.out"
        lines="$(wc -l <"$jout")"
        bad=0
        while IFS= read -r line; do
            jq -e 'type == "object"' <<<"$line" >/dev/null 2>&1 || bad=$((bad + 1))
        done <"$jout"
        if [ "$rc" -eq 0 ] && [ "$lines" -gt 0 ] && [ "$bad" -eq 0 ]; then
            pass "2: --json: exit 0, $lines lines, every one a JSON object"
        else
            fail "2: --json: exit $rc, $lines lines, $bad not parseable; stderr: $(head -c 300 "$WORK/j.err")"
        fi
        # Replies come from the neighbours' MACs; incoming frames from anything else.
        n_out="$(jq -c --arg m4 "$mac4" --arg m6 "$mac6" 'select(.eth.src == $m4 or .eth.src == $m6)' "$jout" 2>/dev/null | wc -l)"
        n_out_ok="$(jq -c --arg m4 "$mac4" --arg m6 "$mac6" 'select((.eth.src == $m4 or .eth.src == $m6) and .dir == "in")' "$jout" 2>/dev/null | wc -l)"
        n_in="$(jq -c --arg m4 "$mac4" --arg m6 "$mac6" 'select(.eth.src != $m4 and .eth.src != $m6)' "$jout" 2>/dev/null | wc -l)"
        n_in_dir="$(jq -c --arg m4 "$mac4" --arg m6 "$mac6" 'select(.eth.src != $m4 and .eth.src != $m6 and .dir == "out")' "$jout" 2>/dev/null | wc -l)"
        n_echo_out="$(jq -c 'select(.dir == "in" and .icmp.type == 0)' "$jout" 2>/dev/null | wc -l)"
        n_echo6_out="$(jq -c 'select(.dir == "in" and .icmp6.type == 129)' "$jout" 2>/dev/null | wc -l)"
        n_arp_out="$(jq -c 'select(.dir == "in" and .arp.op == 2)' "$jout" 2>/dev/null | wc -l)"
        n_na_out="$(jq -c 'select(.dir == "in" and .icmp6.type == 136)' "$jout" 2>/dev/null | wc -l)"
        if [ "$n_out" -gt 0 ] && [ "$n_out" -eq "$n_out_ok" ]; then
            pass "2: all $n_out replies carry \"dir\":\"in\" (into the host)"
        else
            fail "2: $n_out_ok of $n_out replies carry \"dir\":\"in\""
        fi
        if [ "$n_in" -gt 0 ] && [ "$n_in_dir" -eq "$n_in" ]; then
            pass "2: all $n_in frames the host sent carry \"dir\":\"out\""
        else
            fail "2: $n_in_dir of $n_in frames the host sent carry \"dir\":\"out\""
        fi
        if [ "$n_echo_out" -eq 2 ] && [ "$n_echo6_out" -eq 2 ] && [ "$n_arp_out" -ge 1 ] && [ "$n_na_out" -ge 1 ]; then
            pass "2: out: 2 echo replies, 2 ICMP6 echo replies, $n_arp_out ARP reply, $n_na_out NA"
        else
            fail "2: out: $n_echo_out echo replies (want 2), $n_echo6_out ICMP6 echo replies (want 2), $n_arp_out ARP replies, $n_na_out NAs (want >= 1 each)"
        fi
    else
        fail "2: --json tapsniff did not come up; stderr: $(head -c 300 "$WORK/j.err")"
        stop_pid "$jpid"
    fi
else
    fail "2: tap0 of the first session did not go away within 5 s"
fi

# ================================================================ 3. fragmented pings (issue 17.12)
# A 3000-byte ping crosses a 1500-byte link in fragments: the neighbour reassembles the request and
# fragments its reply, as a real host does; ping sees every reply.
echo "== 3. fragmented pings"
if wait_until 5 dev_gone tap0; then
    start_tapsniff f -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2 -q
    fpid=$PID
    if wait_until 8 tap_ready_or_dead "$fpid" && pid_running "$fpid"; then
        in_ns 20 ping -c 3 -W 2 -i 0.3 -s 3000 10.0.0.2 >"$WORK/fping4.out" 2>&1 || true
        in_ns 20 ping -6 -c 3 -W 2 -i 0.3 -s 3000 fd00::2 >"$WORK/fping6.out" 2>&1 || true
        stop_pid "$fpid"
        for v in 4 6; do
            if grep -q ', 0% packet loss' "$WORK/fping$v.out" && grep -q '3008 bytes from' "$WORK/fping$v.out"; then
                pass "3: ping -$v -s 3000 -> every reply (3008 bytes), 0% packet loss"
            else
                fail "3: ping -$v -s 3000 -> $(grep -E 'packet loss|bytes from' "$WORK/fping$v.out" | head -n 2 | tr '\n' ';')"
            fi
        done
    else
        fail "3: tapsniff did not come up; stderr: $(head -c 300 "$WORK/f.err")"
        stop_pid "$fpid"
    fi
else
    fail "3: tap0 of the JSON session did not go away within 5 s"
fi

finish
