#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through trap / wait_until
# usage: live_ip_test.sh BIN
# Live IP traffic through a TAP device, decoded by tapsniff. Everything (the TAP device, its
# addresses, every ping and neighbour-discovery packet) happens inside a network namespace this
# script creates (tsI<pid>) and deletes on exit; only 10.0.0.0/24, fd00::/64 and tap0's
# link-local fe80::/64 inside it are used. Nothing touches the host's namespace.
#   A. tapsniff -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2
#      --respond fe80::2 -t none; after IPv6 DAD:
#      1. ping -c 3 10.0.0.2: ARP who-has + [respond] reply; 3 echo requests (seq 1..3, length 64)
#         and their [respond] echo replies, same id
#      2. ping -c 3 fd00::2: neighbor solicitation for fd00::2 + [respond] advertisement; 3 ICMP6
#         echo requests and [respond] replies
#      3. ping -c 2 fe80::2%tap0: neighbor solicitation for fe80::2 + [respond] advertisement;
#         ICMP6 echo requests from tap0's link-local address and [respond] replies
#      4. what Linux sends when the link comes up: DAD neighbor solicitations (from ::),
#         MLDv2 reports and/or a router solicitation, all decoded (no hex-dump lines at all)
#      5. SIGINT -> exit 0 and the stop line
#   B. -v on one IPv4 ping: the echo request and the [respond] reply each have an indented IPv4 and
#      ICMP section with "Checksum: 0x.... [correct]"
# Exit 0 pass, 1 fail, 77 skip (not root, no /dev/net/tun, ip netns add fails, no ping).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsI "live IP tests"
need ping

# nsping ARGS...: ping inside the namespace, bounded by timeout
nsping() { in_ns 15 ping "$@" >>"$WORK/ping.log" 2>&1; }

# summaries FILE: the summary lines (not indented)
summaries() { grep -v '^[[:space:]]' "$1" || true; }

mac='([0-9a-f]{2}:){5}[0-9a-f]{2}'

# expect_lines FILE DESCRIPTION REGEX: PASS if some summary line matches the (extended) regex
expect_line() {
    local file="$1" what="$2" re="$3" line
    line="$(summaries "$file" | grep -E -m 1 -- "$re" || true)"
    if [ -n "$line" ]; then
        pass "$what: $line"
    else
        fail "$what: no line matching /$re/"
    fi
}

# check_echo LABEL FILE FAMILY SRC DST COUNT: COUNT echo requests SRC > DST (seq 1..COUNT, length 64,
# one id) and an [respond] echo reply DST > SRC for each
check_echo() {
    local label="$1"
    shift
    local file="$1" fam="$2" src="$3" dst="$4" count="$5" et kind s id req rep ok=1
    local shown_src="$label: ${3//\\/}" shown_dst="${4//\\/}"
    if [ "$fam" = 4 ]; then et='IPv4 \(0x0800\), length 98'; kind='ICMP'; else et='IPv6 \(0x86dd\), length 118'; kind='ICMP6,'; fi
    id="$(summaries "$file" | grep -E -m 1 -- ": $src > $dst: $kind echo request, id [0-9]+, seq 1, length 64$" \
        | sed -E 's/.*echo request, id ([0-9]+),.*/\1/' || true)"
    if [ -z "$id" ]; then
        fail "$shown_src > $shown_dst: no '$kind echo request, id N, seq 1, length 64' line"
        return
    fi
    for ((s = 1; s <= count; s++)); do
        req="^$mac > $mac, ethertype $et: $src > $dst: $kind echo request, id $id, seq $s, length 64\$"
        rep="^\[respond\] $mac > $mac, ethertype $et: $dst > $src: $kind echo reply, id $id, seq $s, length 64\$"
        if ! summaries "$file" | grep -Eq -- "$req"; then
            fail "$shown_src > $shown_dst: echo request id $id seq $s missing (want /$req/)"
            ok=0
        fi
        if ! summaries "$file" | grep -Eq -- "$rep"; then
            fail "$label: $shown_dst > ${shown_src#"$label: "}: [respond] echo reply id $id seq $s missing (want /$rep/)"
            ok=0
        fi
    done
    [ "$ok" -eq 1 ] && pass "$shown_src > $shown_dst: $count ${kind%,} echo requests (id $id, seq 1..$count, length 64) and $count [respond] echo replies"
    return 0
}

# ================================================================ A. ping v4, v6, link-local
echo "== A. tapsniff -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2 --respond fe80::2 -t none"
start_tapsniff a -i tap0 -a 10.0.0.1/24 -a fd00::1/64 --respond 10.0.0.2 --respond fd00::2 \
    --respond fe80::2 -t none
a_pid=$PID

if ! wait_until 5 dev_has tap0 "10.0.0.1/24"; then
    fail "A: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/a.err")"
else
    if wait_until 5 grep -q '^tapsniff: listening on tap0 (TAP, ' "$WORK/a.err"; then
        pass "A: start line: $(head -n 1 "$WORK/a.err")"
    else
        fail "A: no 'tapsniff: listening on tap0 (TAP, ...' line; stderr: $(head -c 300 "$WORK/a.err")"
    fi
    if wait_ipv6_ready tap0 "inet6 fd00::1/64" "inet6 fe80::"; then
        pass "A: IPv6 DAD finished on tap0 (no tentative address)"
    else
        fail "A: IPv6 addresses still tentative after 8 s: $(ip -n "$NS" -6 addr show dev tap0 2>&1 | tr '\n' ' ')"
    fi
    ll="$(ip -n "$NS" -6 addr show dev tap0 scope link 2>/dev/null | sed -nE 's/.*inet6 (fe80::[0-9a-f:]+)\/64.*/\1/p' | head -n 1)"
    echo "    tap0 link-local address: ${ll:-none}"

    if nsping -c 3 -i 0.2 -W 1 10.0.0.2; then pass "A1: ping -c 3 10.0.0.2: 3 replies"; else fail "A1: ping 10.0.0.2 failed: $(tail -n 3 "$WORK/ping.log" | tr '\n' ' ')"; fi
    if nsping -6 -c 3 -i 0.2 -W 1 fd00::2; then pass "A2: ping -c 3 fd00::2: 3 replies"; else fail "A2: ping fd00::2 failed: $(tail -n 3 "$WORK/ping.log" | tr '\n' ' ')"; fi
    if nsping -6 -c 2 -i 0.2 -W 1 fe80::2%tap0; then pass "A3: ping -c 2 fe80::2%tap0: 2 replies"; else fail "A3: ping fe80::2%tap0 failed: $(tail -n 3 "$WORK/ping.log" | tr '\n' ' ')"; fi
    sleep 0.3   # the last replies reach tapsniff's output
fi
stop_pid "$a_pid"
if [ "$rc" -eq 0 ] && tail -n 1 "$WORK/a.err" | grep -Eq '^[0-9]+ frames captured, [0-9]+ bytes, [0-9]+ dropped$'; then
    pass "A5: SIGINT -> exit 0, stop line: $(tail -n 1 "$WORK/a.err")"
else
    fail "A5: SIGINT -> exit $rc (want 0); stderr: $(tr '\n' '|' <"$WORK/a.err" | head -c 300)"
fi
echo "    tapsniff output ($(summaries "$WORK/a.out" | wc -l) frames):"
sed 's/^/    | /' "$WORK/a.out" | head -n 80

# A1: IPv4
expect_line "$WORK/a.out" "A1: ARP request" \
    "^$mac > ff:ff:ff:ff:ff:ff, ethertype ARP \(0x0806\), length 42: Request who-has 10\.0\.0\.2 tell 10\.0\.0\.1, length 28\$"
expect_line "$WORK/a.out" "A1: [respond] ARP reply" \
    "^\[respond\] $mac > $mac, ethertype ARP \(0x0806\), length [0-9]+: Reply 10\.0\.0\.2 is-at $mac, length [0-9]+\$"
check_echo A1 "$WORK/a.out" 4 '10\.0\.0\.1' '10\.0\.0\.2' 3

# A2: IPv6 global
expect_line "$WORK/a.out" "A2: neighbor solicitation for fd00::2" \
    "^$mac > 33:33:ff:00:00:02, ethertype IPv6 \(0x86dd\), length 86: (fd00::1|fe80::[0-9a-f:]+) > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd00::2, length 32\$"
expect_line "$WORK/a.out" "A2: [respond] neighbor advertisement for fd00::2" \
    "^\[respond\] $mac > $mac, ethertype IPv6 \(0x86dd\), length 86: fd00::2 > (fd00::1|fe80::[0-9a-f:]+): ICMP6, neighbor advertisement, tgt is fd00::2, length 32\$"
check_echo A2 "$WORK/a.out" 6 'fd00::1' 'fd00::2' 3

# A3: link-local
if [ -n "${ll:-}" ]; then
    expect_line "$WORK/a.out" "A3: neighbor solicitation for fe80::2" \
        "^$mac > 33:33:ff:00:00:02, ethertype IPv6 \(0x86dd\), length 86: $ll > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fe80::2, length 32\$"
    expect_line "$WORK/a.out" "A3: [respond] neighbor advertisement for fe80::2" \
        "^\[respond\] $mac > $mac, ethertype IPv6 \(0x86dd\), length 86: fe80::2 > $ll: ICMP6, neighbor advertisement, tgt is fe80::2, length 32\$"
    check_echo A3 "$WORK/a.out" 6 "$ll" 'fe80::2' 2
else
    fail "A3: tap0 has no link-local address"
fi

# A4: what the kernel sends when the link comes up
expect_line "$WORK/a.out" "A4: DAD neighbor solicitation for fd00::1" \
    "^$mac > 33:33:ff:00:00:01, ethertype IPv6 \(0x86dd\), length 86: :: > ff02::1:ff00:1: ICMP6, neighbor solicitation, who has fd00::1, length (24|32)\$"
mld="$(summaries "$WORK/a.out" | grep -Ec -- ' > ff02::16: HBH ICMP6, multicast listener report v2, [0-9]+ group record\(s\), length [0-9]+$' || true)"
rs="$(summaries "$WORK/a.out" | grep -Ec -- '^'"$mac"' > 33:33:00:00:00:02, ethertype IPv6 \(0x86dd\), length [0-9]+: fe80::[0-9a-f:]+ > ff02::2: ICMP6, router solicitation, length [0-9]+$' || true)"
echo "    link-up frames: $mld MLDv2 report(s), $rs router solicitation(s)"
if [ "$((mld + rs))" -ge 1 ]; then
    pass "A4: link-up frames decoded: $mld 'multicast listener report v2' line(s), $rs 'router solicitation' line(s)"
else
    fail "A4: neither an MLDv2 report nor a router solicitation line decoded"
fi
hexlines="$(grep -Ec $'^\t0x[0-9a-f]{4}:' "$WORK/a.out" || true)"
undecoded="$(summaries "$WORK/a.out" | grep -Ec '\[\||unknown|Unknown' || true)"
if [ "$hexlines" -eq 0 ] && [ "$undecoded" -eq 0 ]; then
    pass "A4: no hex-dump lines and no truncated/unknown summaries (every frame decoded)"
else
    fail "A4: $hexlines hex-dump line(s), $undecoded truncated/unknown summary line(s)"
    grep -E -B1 $'^\t0x0000:' "$WORK/a.out" | head -n 10 | sed 's/^/    /'
fi

# ================================================================ B. -v checksums
echo "== B. -v: checksum lines of one IPv4 ping"
start_tapsniff b -i tap0 -a 10.0.0.1/24 --respond 10.0.0.2 -t none -q -v
b_pid=$PID
if ! wait_until 5 dev_has tap0 "10.0.0.1/24"; then
    fail "B: tap0 with 10.0.0.1/24 did not appear within 5 s; stderr: $(head -c 300 "$WORK/b.err")"
else
    if nsping -c 1 -W 1 10.0.0.2; then pass "B: ping -c 1 10.0.0.2: 1 reply"; else fail "B: ping 10.0.0.2 failed"; fi
    sleep 0.3
fi
stop_pid "$b_pid"
[ "$rc" -eq 0 ] || fail "B: SIGINT -> exit $rc (want 0)"

# block FILE REGEX: the indented lines under the first summary line matching REGEX
block() {
    # The regex goes through the environment: awk -v would eat its backslashes ("\[").
    RE="$2" awk '
        /^[^ \t]/ { if (inblk) exit; if ($0 ~ ENVIRON["RE"]) { inblk = 1; next } }
        inblk && /^[ \t]/ { print }
    ' "$1"
}
for which in "echo request" "echo reply"; do
    if [ "$which" = "echo request" ]; then re='10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request'; else re='^\[respond\] .*10\.0\.0\.2 > 10\.0\.0\.1: ICMP echo reply'; fi
    blk="$(block "$WORK/b.out" "$re")"
    if [ -z "$blk" ]; then
        fail "B: no $which line with an indented tree under it"
        continue
    fi
    v4="$(awk '/^    Internet Protocol Version 4$/ { s = 1; next } /^    [^ ]/ { s = 0 } s && /^        Header Checksum: 0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f] \[correct\]$/ { print; exit }' <<<"$blk")"
    ic="$(awk '/^    Internet Control Message Protocol$/ { s = 1; next } /^    [^ ]/ { s = 0 } s && /^        Checksum: 0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f] \[correct\]$/ { print; exit }' <<<"$blk")"
    if [ -n "$v4" ] && [ -n "$ic" ]; then
        pass "B: $which -v tree: IPv4 '${v4#"${v4%%[! ]*}"}', ICMP '${ic#"${ic%%[! ]*}"}'"
    else
        fail "B: $which -v tree lacks an IPv4 and/or ICMP 'checksum 0x.... [correct]' line:"
        printf '%s\n' "$blk" | sed 's/^/    | /' | head -n 40
    fi
done

finish
