#!/usr/bin/env bash
# Device lifecycle and privileges, live, inside a network namespace this script creates and
# deletes: --persist, attaching, wrong mode, busy, --owner/--group, -Z, --tun, a device deleted
# under tapsniff, an interface that goes down. Exit 0 pass, 1 fail, 77 skipped (not root, no tun).
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsdev "device tests"
# start_tapsniff TAG ARGS... (lib.sh): tapsniff in the namespace, in the background; its own
# pid in $PID, stdout/stderr in $WORK/TAG.out/.err. stop_pid (lib.sh): SIGINT, bounded wait,
# exit status in $rc.
# Every tapsniff that runs as another user (setpriv, -Z) runs OTHER_BIN, a copy nobody and daemon
# can reach: BIN sits in the build tree, which they cannot enter when the checkout is in a
# private directory (issue 19; private_dir_test.sh runs this script so).
copy_binary_for_other_users nobody:nogroup daemon:daemon

# error_line_with FILE TEXT: FILE is tapsniff's own one error line ("tapsniff: ...", lib.sh's
# one_error_line) and contains TEXT -- never a shell's, setpriv's or timeout's message about a
# command it could not run.
# shellcheck disable=SC2317  # run through check
error_line_with() { one_error_line "$1" && grep -q -- "$2" "$1"; }

# 1. Persistence.
start_tapsniff persist -i ptap0 --persist -q -c 1
wait_device ptap0
sleep 0.2
stop_pid "$PID"
check "persist: device stays after exit" sh -c "ip netns exec $NS ip tuntap show | grep -q '^ptap0: tap persist'"
in_ns 10 ip tuntap del ptap0 mode tap

start_tapsniff plain -i etap0 -q
wait_device etap0
stop_pid "$PID"
check "no --persist: device gone after SIGINT" dev_gone etap0
start_tapsniff term -i etap1 -q
wait_device etap1
stop_pid "$PID" TERM
check "no --persist: device gone after SIGTERM (exit 0)" test "$rc" -eq 0 -a ! -e "/proc/$PID"
check "no --persist: etap1 gone" dev_gone etap1
in_ns 10 "$BIN" -i etap2 -q --mtu 65535 >/dev/null 2>"$WORK/mtu.err"
rc=$?
check "error after creation (--mtu 65535 on TAP): exit 1" test "$rc" -eq 1
check "error after creation: device gone" dev_gone etap2

# 2. Attaching to an existing device, wrong mode, busy.
in_ns 10 ip tuntap add atap0 mode tap
start_tapsniff attach -i atap0
sleep 0.5
check "attach: start line names atap0" grep -q 'listening on atap0 (TAP' "$WORK/attach.err"
# A busy device is watched through a packet socket (issue 18, live.watch); --up needs it to be ours.
in_ns 10 "$BIN" -i atap0 --up -q >/dev/null 2>"$WORK/busy.err"
rc=$?
check "busy with --up: exit 2" test "$rc" -eq 2
check "busy with --up: one line saying busy" sh -c "[ \$(wc -l < $WORK/busy.err) -eq 1 ] && grep -q 'busy' $WORK/busy.err"
stop_pid "$PID"
check "attach: the existing device stays, still persistent" sh -c "ip netns exec $NS ip tuntap show | grep -q '^atap0: tap persist'"
in_ns 10 ip tuntap add atun0 mode tun
in_ns 10 "$BIN" -i atun0 -q >/dev/null 2>"$WORK/mode.err"
rc=$?
check "wrong mode: exit 1" test "$rc" -eq 1
check "wrong mode: message" grep -q 'not a TAP device' "$WORK/mode.err"

# 3. --owner/--group: that user attaches without root. /dev/net/tun may be 0600 here, so the
# unprivileged open runs in a private mount namespace with a 0666 node bound over it. The
# refusal must be tapsniff's own line ("tapsniff: ...", exit 1), not a failed exec's.
start_tapsniff owner -i otap0 --persist --owner nobody --group nogroup -q -c 1
wait_device otap0
sleep 0.2
stop_pid "$PID"
check "owner/group recorded" sh -c "ip netns exec $NS ip -d link show otap0 | grep -q 'user nobody group nogroup'"
mkdir -p "$WORK/dev"
unshare -m sh -c "mount -t tmpfs tmpfs $WORK/dev && mknod -m 666 $WORK/dev/tun c 10 200 && \
    mount --bind $WORK/dev/tun /dev/net/tun && \
    ip netns exec $NS setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
        timeout -s INT -k 2 1 $OTHER_BIN -i otap0" >/dev/null 2>"$WORK/owner.err"
check "owner attaches without root" grep -q 'listening on otap0' "$WORK/owner.err"
unshare -m sh -c "mount -t tmpfs tmpfs $WORK/dev && mknod -m 666 $WORK/dev/tun c 10 200 && \
    mount --bind $WORK/dev/tun /dev/net/tun && \
    ip netns exec $NS setpriv --reuid=daemon --regid=daemon --clear-groups --inh-caps=-all \
        timeout -s INT -k 2 1 $OTHER_BIN -i otap0" >/dev/null 2>"$WORK/other.err"
rc=$?
check "another user is refused: exit 1" test "$rc" -eq 1
check "another user is refused with a remedy" error_line_with "$WORK/other.err" 'permission denied; try sudo'
in_ns 10 ip tuntap del otap0 mode tap

# 4. -Z: root dropped after the device and -w file are open. Started from OTHER_BIN (BIN=...
# lasts for that call only), so nothing nobody does after the drop depends on the build tree;
# the -w file stays in the root-only WORK on purpose: written there, it was opened before.
BIN="$OTHER_BIN" start_tapsniff dropz -i ztap0 -Z nobody -q -w "$WORK/z.pcap"
sleep 0.7
status="/proc/$PID/status"
check "-Z: uid 65534" sh -c "grep -Eq '^Uid:\s+65534\s+65534\s+65534\s+65534' $status"
check "-Z: no effective capabilities" sh -c "grep -Eq '^CapEff:\s+0+$' $status"
check "-Z: the -w file was opened first" test -s "$WORK/z.pcap"
stop_pid "$PID"

# 5. --tun: IP packets, link type RAW.
start_tapsniff tun --tun -i ttun0 -a 10.9.0.1/24 -w "$WORK/tun.pcap" -t none
sleep 0.7
check "--tun: device is a TUN" sh -c "ip netns exec $NS ip -d link show ttun0 | grep -q 'tun type tun'"
in_ns 5 ping -c 1 -W 1 10.9.0.2 >/dev/null 2>&1
sleep 0.3
stop_pid "$PID"
check "--tun: lines as tcpdump prints link type RAW ('ip: ')" grep -q '^ip: ' "$WORK/tun.out"
check "--tun: -w writes link type RAW" sh -c "tcpdump -r $WORK/tun.pcap 2>&1 | grep -q 'link-type RAW'"

# 6. The device deleted under tapsniff: one line, exit 1, within a second, no busy loop.
start_tapsniff gone -i gtap0
sleep 0.5
t0=$(date +%s%N)
in_ns 10 ip link del gtap0
watchdog "$PID" 5  # bounds the wait below; wait itself keeps the timing exact
wait "$PID"
rc=$?
elapsed_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "deleted device noticed after ${elapsed_ms} ms"
check "deleted: exit 1" test "$rc" -eq 1
check "deleted: message" grep -q 'tapsniff: gtap0 disappeared' "$WORK/gone.err"
check "deleted: within 1 s" test "$elapsed_ms" -lt 1000

# 7. Down is not an error; the start line says up or down.
start_tapsniff down -i dtap0 -a 10.8.0.1/24
sleep 0.5
check "start line says up" grep -q 'mtu 1500, up)' "$WORK/down.err"
in_ns 10 ip link set dtap0 down
sleep 0.5
check "interface down: still running" kill -0 "$PID"
stop_pid "$PID"
check "interface down: exit 0 after SIGINT" test "$rc" -eq 0
start_tapsniff down2 -i dtap1 -q
sleep 0.3
stop_pid "$PID"
start_tapsniff down2 -i dtap2 -c 1
sleep 0.5
stop_pid "$PID"
check "start line says down without --up" grep -q 'mtu 1500, down)' "$WORK/down2.err"

# 8. No privileges, no /dev/net/tun: one line with the remedy, exit 1, nothing created.
in_ns 10 setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
    "$OTHER_BIN" -i utap0 >/dev/null 2>"$WORK/noroot.err"
rc=$?
check "not root: exit 1" test "$rc" -eq 1
check "not root: one line with the remedy" error_line_with "$WORK/noroot.err" 'try sudo'
check "not root: nothing created" dev_gone utap0
timeout -k 2 10 unshare -m sh -c "mount -t tmpfs tmpfs /dev/net && ip netns exec $NS $BIN -i ntap0" >/dev/null 2>"$WORK/notun.err"
rc=$?
check "no /dev/net/tun: exit 1" test "$rc" -eq 1
check "no /dev/net/tun: one line with the remedy" error_line_with "$WORK/notun.err" 'modprobe tun'

finish
