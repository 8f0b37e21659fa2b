#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through check
# usage: usability_test.sh BIN
# Live checks of what a new user met (issue 17), inside a network namespace this script creates
# and deletes; nothing touches the host's interfaces:
#   3. messages with a remedy: a busy device (what may hold it, 'ip tuntap show', -i), a TUN
#      device opened as TAP (add --tun), an interface that is no TUN/TAP at all, /dev/net/tun
#      mode 0600 for a user (names the file, its mode, sudo and the --persist --owner route);
#   4. -a without a prefix length warns (also with -q) and still runs;
#   5. an attached device keeps the addresses and MTU tapsniff gave it (documented: not undone);
#   6. -Z gives the -w file to that user; /dev/null is never given away;
#   7. -q still names a device the kernel named; a TUN start line has no MAC.
# Exit 0 pass, 1 fail, 77 skipped (not root, no /dev/net/tun, no ip netns).
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
require_live tsU "usability tests"
need setpriv "setpriv (util-linux)"

# A copy of the binary that nobody can run (the build tree may be private), removed at exit.
other_dir="$(mktemp -d /tmp/tapsniff-usability.XXXXXX)"
trap 'rm -rf "$other_dir"; lib_cleanup' EXIT
chmod 0755 "$other_dir"
cp "$BIN" "$other_dir/tapsniff" && chmod 0755 "$other_dir/tapsniff"

# error_line_with FILE TEXT...: FILE is one "tapsniff: ..." line that contains every TEXT.
error_line_with() {
    local f="$1" t
    shift
    one_error_line "$f" || return 1
    for t in "$@"; do grep -qF -- "$t" "$f" || return 1; done
}

# ---- 3. messages that say what to do
echo "== 3. messages with a remedy"
in_ns 10 ip tuntap add btap0 mode tap
start_tapsniff holder -i btap0 -q
wait_until 5 sh -c "ip netns exec $NS cat /sys/class/net/btap0/tun_flags >/dev/null"
sleep 0.3
# A busy device is watched through a packet socket (issue 18, live.watch); --respond needs it to be ours.
in_ns 10 "$BIN" -i btap0 --respond 10.0.0.9 -q >/dev/null 2>"$WORK/busy.err"
rc=$?
check "busy with --respond: exit 2" test "$rc" -eq 2
check "busy with --respond: says what may hold it and what to do" \
    error_line_with "$WORK/busy.err" "device busy" "qemu" "ip -d tuntap show" "-i"
stop_pid "$PID"
in_ns 10 ip tuntap del btap0 mode tap

in_ns 10 ip tuntap add btun0 mode tun
in_ns 10 "$BIN" -i btun0 -q >/dev/null 2>"$WORK/mode.err"
rc=$?
check "TUN opened as TAP: exit 1" test "$rc" -eq 1
check "TUN opened as TAP: says add --tun" error_line_with "$WORK/mode.err" "it is a TUN device, not a TAP device" "--tun"
in_ns 10 ip tuntap del btun0 mode tun
# Another kind of interface is watched through a packet socket (issue 18, live.watch); -a needs a TAP of our own.
in_ns 10 "$BIN" -i lo -a 10.0.0.9/24 -q >/dev/null 2>"$WORK/lo.err"
rc=$?
check "lo (no TUN/TAP) with -a: exit 2, not a TUN/TAP device" \
    sh -c "[ $rc -eq 2 ] && grep -q 'lo is not a TUN/TAP device, so tapsniff can only watch it' $WORK/lo.err"

# /dev/net/tun 0600 and a user without root: the message names the file, its mode and both routes.
mkdir -p "$WORK/dev"
timeout -k 2 10 unshare -m sh -c "mount -t tmpfs tmpfs $WORK/dev && mknod -m 600 $WORK/dev/tun c 10 200 && \
    mount --bind $WORK/dev/tun /dev/net/tun && \
    ip netns exec $NS setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
        $other_dir/tapsniff -i utap0" >/dev/null 2>"$WORK/perm.err"
rc=$?
check "/dev/net/tun 0600, not root: exit 1" test "$rc" -eq 1
check "/dev/net/tun 0600: names the file, its mode, sudo and --persist --owner" \
    error_line_with "$WORK/perm.err" "cannot open /dev/net/tun: permission denied; try sudo" "mode 0600" "--persist --owner USER"
check "/dev/net/tun 0600: nothing created" dev_gone utap0

# ---- 4. -a without a prefix length
echo "== 4. -a without a prefix length"
start_tapsniff noprefix -i wtap0 -a 10.6.0.1 -q
wait_device wtap0
sleep 0.3
stop_pid "$PID"
check "-a 10.6.0.1: exit 0" test "$rc" -eq 0
check "-a 10.6.0.1: one warning line, even with -q" \
    sh -c "[ \$(wc -l < $WORK/noprefix.err) -eq 1 ] && grep -q '^tapsniff: warning: -a 10.6.0.1 has no prefix length, so it is a host address (/32).*write 10.6.0.1/24' $WORK/noprefix.err"

# ---- 5. what stays on a device tapsniff attached to
echo "== 5. an attached device keeps what tapsniff set"
in_ns 10 ip tuntap add ktap0 mode tap
start_tapsniff keep -i ktap0 -a 10.7.0.1/24 --mtu 1400 -q
# The address must be there while tapsniff runs before "stays after exit" means anything.
check "attached: the address is set while tapsniff runs" wait_until 15 dev_has ktap0 10.7.0.1/24
stop_pid "$PID"
check "attached: exit 0" test "$rc" -eq 0
check "attached: the device stays" dev_exists ktap0
check "attached: the address stays after exit" dev_has ktap0 "10.7.0.1/24"
check "attached: the MTU stays after exit" sh -c "ip -n $NS link show ktap0 | grep -q 'mtu 1400'"
in_ns 10 ip tuntap del ktap0 mode tap
start_tapsniff gone -i ctap0 -a 10.7.1.1/24 -q
wait_until 5 dev_has ctap0 10.7.1.1/24
stop_pid "$PID"
check "created (no --persist): the device and its address are gone" dev_gone ctap0

# ---- 6. -Z gives the -w file to that user
echo "== 6. -Z and -w"
start_tapsniff dropz -i ztap0 -Z nobody -q -w "$WORK/z.pcap"
wait_device ztap0
sleep 0.5
stop_pid "$PID"
check "-Z nobody -w FILE: exit 0" test "$rc" -eq 0
check "-Z nobody -w FILE: the file belongs to nobody:nogroup" test "$(stat -c %U:%G "$WORK/z.pcap")" = nobody:nogroup
before="$(stat -c %u:%g /dev/null)"
start_tapsniff dropnull -i ztap1 -Z nobody -q -w /dev/null
wait_device ztap1
sleep 0.3
stop_pid "$PID"
check "-Z nobody -w /dev/null: /dev/null keeps its owner" test "$(stat -c %u:%g /dev/null)" = "$before"

# ---- 7. names on the start line
echo "== 7. the start line"
start_tapsniff kpick --persist -q -c 1
wait_until 5 grep -q 'listening on' "$WORK/kpick.err"
stop_pid "$PID"
picked="$(sed -n 's/^tapsniff: listening on \(tap[0-9]*\) (TAP, .*/\1/p' "$WORK/kpick.err")"
check "--persist -q without -i: the start line names the device the kernel picked" \
    sh -c "[ -n '$picked' ] && ip netns exec $NS ip tuntap show | grep -q '^$picked: tap persist'"
[ -n "$picked" ] && in_ns 10 ip tuntap del "$picked" mode tap
start_tapsniff named -i ntap0 -q
wait_device ntap0
sleep 0.3
stop_pid "$PID"
check "-q with -i: nothing on stderr" test ! -s "$WORK/named.err"
start_tapsniff tun --tun -i ttun0 --up
wait_until 5 grep -q 'listening on' "$WORK/tun.err"
stop_pid "$PID"
check "TUN start line has no MAC" grep -Eq '^tapsniff: listening on ttun0 \(TUN, mtu 1500, up\)$' "$WORK/tun.err"

finish
