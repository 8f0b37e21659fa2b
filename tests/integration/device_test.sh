#!/usr/bin/env bash
# Device lifecycle and privileges, live, inside a network namespace this script creates and
# deletes: --persist, attaching, wrong mode, busy, --owner/--group, -Z, --tun, a device deleted
# under tapsniff, an interface that goes down. Exit 0 pass, 1 fail, 77 skipped (not root, no tun).
set -uo pipefail
BIN=$(realpath "$1")

skip() { echo "SKIPPED: $*" >&2; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "device tests need root"
[ -c /dev/net/tun ] || skip "no /dev/net/tun"

NS="tsdev$$"
WORK=$(mktemp -d)
cleanup() {
    pkill -KILL -f "$WORK/marker" 2>/dev/null
    ip netns pids "$NS" 2>/dev/null | xargs -r kill -KILL 2>/dev/null
    ip netns del "$NS" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
ip netns add "$NS" 2>/dev/null || skip "cannot create a network namespace"
in_ns() { ip netns exec "$NS" "$@"; }

failures=0
check() {  # check NAME COMMAND...: runs the command, PASS when it exits 0
    local name=$1
    shift
    if "$@"; then echo "PASS $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
has_device() { in_ns ip link show "$1" >/dev/null 2>&1; }
no_device() { ! has_device "$1"; }
# Waits up to 3 s for a device to appear.
wait_device() {
    for _ in $(seq 60); do has_device "$1" && return 0; sleep 0.05; done
    return 1
}
# Starts tapsniff in the namespace in the background; its pid in $PID, stderr in $WORK/$1.err.
start() {
    local tag=$1
    shift
    # Not through in_ns: a shell function in the background is a subshell, and $! would be its
    # pid, not tapsniff's (ip netns exec execs the command in place).
    ip netns exec "$NS" "$BIN" "$@" >"$WORK/$tag.out" 2>"$WORK/$tag.err" &
    PID=$!
}
stop() { kill -INT "$PID" 2>/dev/null; wait "$PID"; }

# 1. Persistence.
in_ns timeout 5 "$BIN" -i ptap0 --persist -q -c 1 >/dev/null 2>&1 &
wait_device ptap0
sleep 0.2
pkill -INT -f "$BIN -i ptap0" 2>/dev/null
wait
check "persist: device stays after exit" sh -c "ip netns exec $NS ip tuntap show | grep -q '^ptap0: tap persist'"
in_ns ip tuntap del ptap0 mode tap

start plain -i etap0 -q
wait_device etap0
stop
check "no --persist: device gone after SIGINT" no_device etap0
start term -i etap1 -q
wait_device etap1
kill -TERM "$PID"
wait "$PID"
check "no --persist: device gone after SIGTERM (exit 0)" test $? -eq 0 -a ! -e "/proc/$PID"
check "no --persist: etap1 gone" no_device etap1
in_ns "$BIN" -i etap2 -q --mtu 65535 >/dev/null 2>"$WORK/mtu.err"
rc=$?
check "error after creation (--mtu 65535 on TAP): exit 1" test "$rc" -eq 1
check "error after creation: device gone" no_device etap2

# 2. Attaching to an existing device, wrong mode, busy.
in_ns ip tuntap add atap0 mode tap
start attach -i atap0
sleep 0.5
check "attach: start line names atap0" grep -q 'listening on atap0 (TAP' "$WORK/attach.err"
in_ns "$BIN" -i atap0 -q >/dev/null 2>"$WORK/busy.err"
rc=$?
check "busy: exit 1" test "$rc" -eq 1
check "busy: one line saying busy" sh -c "[ \$(wc -l < $WORK/busy.err) -eq 1 ] && grep -q 'busy' $WORK/busy.err"
stop
check "attach: the existing device stays, still persistent" sh -c "ip netns exec $NS ip tuntap show | grep -q '^atap0: tap persist'"
in_ns ip tuntap add atun0 mode tun
in_ns "$BIN" -i atun0 -q >/dev/null 2>"$WORK/mode.err"
rc=$?
check "wrong mode: exit 1" test "$rc" -eq 1
check "wrong mode: message" grep -q 'not a TAP device' "$WORK/mode.err"

# 3. --owner/--group: that user attaches without root. /dev/net/tun may be 0600 here, so the
# unprivileged open runs in a private mount namespace with a 0666 node bound over it.
in_ns timeout 5 "$BIN" -i otap0 --persist --owner nobody --group nogroup -q -c 1 >/dev/null 2>&1 &
wait_device otap0
sleep 0.2
pkill -INT -f "$BIN -i otap0" 2>/dev/null
wait
check "owner/group recorded" sh -c "ip netns exec $NS ip -d link show otap0 | grep -q 'user nobody group nogroup'"
mkdir -p "$WORK/dev"
unshare -m sh -c "mount -t tmpfs tmpfs $WORK/dev && mknod -m 666 $WORK/dev/tun c 10 200 && \
    mount --bind $WORK/dev/tun /dev/net/tun && \
    ip netns exec $NS setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
        timeout -s INT 1 $BIN -i otap0" >/dev/null 2>"$WORK/owner.err"
check "owner attaches without root" grep -q 'listening on otap0' "$WORK/owner.err"
unshare -m sh -c "mount -t tmpfs tmpfs $WORK/dev && mknod -m 666 $WORK/dev/tun c 10 200 && \
    mount --bind $WORK/dev/tun /dev/net/tun && \
    ip netns exec $NS setpriv --reuid=daemon --regid=daemon --clear-groups --inh-caps=-all \
        timeout -s INT 1 $BIN -i otap0" >/dev/null 2>"$WORK/other.err"
check "another user is refused with a remedy" grep -q 'permission denied' "$WORK/other.err"
in_ns ip tuntap del otap0 mode tap

# 4. -Z: root dropped after the device and -w file are open.
start dropz -i ztap0 -Z nobody -q -w "$WORK/z.pcap"
sleep 0.7
status="/proc/$PID/status"
check "-Z: uid 65534" sh -c "grep -Eq '^Uid:\s+65534\s+65534\s+65534\s+65534' $status"
check "-Z: no effective capabilities" sh -c "grep -Eq '^CapEff:\s+0+$' $status"
check "-Z: the -w file was opened first" test -s "$WORK/z.pcap"
stop

# 5. --tun: IP packets, link type RAW.
start tun --tun -i ttun0 -a 10.9.0.1/24 -w "$WORK/tun.pcap" -t none
sleep 0.7
check "--tun: device is a TUN" sh -c "ip netns exec $NS ip -d link show ttun0 | grep -q 'tun type tun'"
in_ns ping -c 1 -W 1 10.9.0.2 >/dev/null 2>&1
sleep 0.3
stop
check "--tun: lines as tcpdump prints link type RAW ('ip: ')" grep -q '^ip: ' "$WORK/tun.out"
check "--tun: -w writes link type RAW" sh -c "tcpdump -r $WORK/tun.pcap 2>&1 | grep -q 'link-type RAW'"

# 6. The device deleted under tapsniff: one line, exit 1, within a second, no busy loop.
start gone -i gtap0
sleep 0.5
t0=$(date +%s%N)
in_ns ip link del gtap0
wait "$PID"
rc=$?
elapsed_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "deleted device noticed after ${elapsed_ms} ms"
check "deleted: exit 1" test "$rc" -eq 1
check "deleted: message" grep -q 'tapsniff: gtap0 disappeared' "$WORK/gone.err"
check "deleted: within 1 s" test "$elapsed_ms" -lt 1000

# 7. Down is not an error; the start line says up or down.
start down -i dtap0 -a 10.8.0.1/24
sleep 0.5
check "start line says up" grep -q 'mtu 1500, up)' "$WORK/down.err"
in_ns ip link set dtap0 down
sleep 0.5
check "interface down: still running" kill -0 "$PID"
stop
check "interface down: exit 0 after SIGINT" test $? -eq 0
start down2 -i dtap1 -q
sleep 0.3
stop
ip netns exec "$NS" "$BIN" -i dtap2 -c 1 >/dev/null 2>"$WORK/down2.err" &
sleep 0.5
kill -INT $! 2>/dev/null
wait $!
check "start line says down without --up" grep -q 'mtu 1500, down)' "$WORK/down2.err"

# 8. No privileges, no /dev/net/tun: one line with the remedy, exit 1, nothing created.
ip netns exec "$NS" setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
    "$BIN" -i utap0 >/dev/null 2>"$WORK/noroot.err"
rc=$?
check "not root: exit 1" test "$rc" -eq 1
check "not root: one line with the remedy" sh -c "[ \$(wc -l < $WORK/noroot.err) -eq 1 ] && grep -q 'try sudo' $WORK/noroot.err"
check "not root: nothing created" no_device utap0
unshare -m sh -c "mount -t tmpfs tmpfs /dev/net && ip netns exec $NS $BIN -i ntap0" >/dev/null 2>"$WORK/notun.err"
rc=$?
check "no /dev/net/tun: exit 1" test "$rc" -eq 1
check "no /dev/net/tun: one line with the remedy" sh -c "[ \$(wc -l < $WORK/notun.err) -eq 1 ] && grep -q 'modprobe tun' $WORK/notun.err"

echo "$failures failed"
[ "$failures" -eq 0 ]
