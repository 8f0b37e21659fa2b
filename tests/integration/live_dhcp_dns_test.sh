#!/usr/bin/env bash
# usage: live_dhcp_dns_test.sh BIN
# A DHCP exchange and DNS queries across a TAP, printed by tapsniff exactly as tcpdump prints
# them on the same interface (issue 15). Live, as root, inside network namespaces this script
# creates and deletes:
#   $NS      a bridge br0 that floods every frame (ageing 0), tapsniff's TAP, and two veth ends
#   $NS-srv  dnsmasq (DHCP range 10.77.0.50-60, DNS: example.test = 10.77.0.9) on 10.77.0.1
#   $NS-cli  busybox udhcpc (DISCOVER/OFFER/REQUEST/ACK) and busybox nslookup (A and AAAA)
# tcpdump -nn -e -t runs on the TAP in $NS at the same time; the BOOTP/DHCP and DNS lines of both
# must be identical, in the same order. Exit 0 pass, 1 fail, 77 skip.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsdd "live DHCP/DNS tests"
need dnsmasq "dnsmasq (dnsmasq-base)"
need busybox "busybox (udhcpc, nslookup)"
need tcpdump

SRV="$NS-srv"
CLI="$NS-cli"
more_cleanup() {
    ip netns del "$SRV" 2>/dev/null || true
    ip netns del "$CLI" 2>/dev/null || true
    lib_cleanup
}
trap more_cleanup EXIT
ip netns add "$SRV" && ip netns add "$CLI" || skip "ip netns add failed"
for ns in "$NS" "$SRV" "$CLI"; do
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n "$ns" link set lo up
done

# The link: a bridge that floods everything, so the TAP sees the unicast replies too.
ip -n "$NS" link add br0 type bridge ageing_time 0 stp_state 0
ip -n "$NS" link add vs0 type veth peer name vs1 netns "$SRV"
ip -n "$NS" link add vc0 type veth peer name vc1 netns "$CLI"
for dev in vs0 vc0; do ip -n "$NS" link set "$dev" master br0 up; done
ip -n "$NS" link set br0 up
ip -n "$SRV" addr add 10.77.0.1/24 dev vs1
ip -n "$SRV" link set vs1 up
ip -n "$CLI" link set vc1 up

start_tapsniff tap -i tsdd0 --up -t none -q
wait_device tsdd0 || { fail "tapsniff did not create tsdd0"; finish; }
ip -n "$NS" link set tsdd0 master br0
in_ns 60 tcpdump -nn -e -t -l -i tsdd0 >"$WORK/tcpdump.out" 2>"$WORK/tcpdump.err" &
bg_pids+=("$!")
wait_line "$WORK/tcpdump.err" "listening on" 5 || fail "tcpdump did not start: $(cat "$WORK/tcpdump.err")"

timeout -k 2 40 ip netns exec "$SRV" dnsmasq --no-daemon --conf-file=/dev/null --interface=vs1 \
    --bind-interfaces --except-interface=lo --dhcp-range=10.77.0.50,10.77.0.60,1h --no-resolv --no-hosts \
    --address=/example.test/10.77.0.9 --dhcp-leasefile="$WORK/leases" --pid-file="$WORK/dnsmasq.pid" \
    --user=root >"$WORK/dnsmasq.out" 2>&1 &
bg_pids+=("$!")
sleep 0.5

# DHCP: the client's script does nothing (the lease is only asked for); then DNS from a fixed address.
timeout -k 2 20 ip netns exec "$CLI" busybox udhcpc -i vc1 -n -q -f -t 5 -T 1 -s /bin/true \
    >"$WORK/udhcpc.out" 2>&1 || fail "udhcpc got no lease: $(tail -3 "$WORK/udhcpc.out")"
ip -n "$CLI" addr add 10.77.0.99/24 dev vc1
for name in example.test nonexistent.test; do
    timeout -k 2 10 ip netns exec "$CLI" busybox nslookup "$name" 10.77.0.1 >>"$WORK/nslookup.out" 2>&1 || true
done
sleep 1
stop_pid "$PID" INT
sleep 0.3

dhcp_dns() { grep -E 'BOOTP/DHCP|\.53: |\.53 > ' "$1" || true; }
dhcp_dns "$WORK/tcpdump.out" >"$WORK/td.lines"
dhcp_dns "$WORK/tap.out" >"$WORK/ts.lines"
check "tcpdump saw the DHCP exchange (4 messages)" test "$(grep -c 'BOOTP/DHCP' "$WORK/td.lines")" -ge 4
check "tcpdump saw DNS queries and answers" test "$(grep -c '\.53' "$WORK/td.lines")" -ge 4
if cmp -s "$WORK/td.lines" "$WORK/ts.lines"; then
    pass "DHCP and DNS lines identical to tcpdump's ($(wc -l <"$WORK/td.lines") lines)"
else
    fail "DHCP/DNS lines differ from tcpdump's:"
    diff "$WORK/td.lines" "$WORK/ts.lines" | head -20
fi
finish
