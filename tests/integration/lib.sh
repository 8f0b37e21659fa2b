# shellcheck shell=bash disable=SC2034  # rc, PID, NS, ... are read by the scripts that source this
# Shared helpers of the integration test scripts. Sourced, not executed:
#     . "$(dirname "$0")/lib.sh"
#     lib_init "$@"              # usage check; BIN, HERE, PY, WORK and the EXIT trap
#     require_live tsX "live foo tests"   # live scripts only: skips or creates the namespace $NS
# Exit codes of every script: 0 pass, 1 fail, 2 usage, 77 skipped.
#
# Variables it sets:
#   BIN   the tapsniff binary (absolute path)      HERE  this directory (gen_frames.py, ...)
#   PY    the python with scapy (Debian's)          WORK  a private temporary directory
#   NS    the network namespace (require_live)      PID   the last tapsniff start_tapsniff started
#   OTHER_DIR, OTHER_BIN  a directory every user can enter and the copy of BIN in it
#         (copy_binary_for_other_users; for the checks that run tapsniff as another user)
#   rc    exit status left by run_bounded, stop_pid, wait_exit
#   bg_pids  background processes the script started (stopped by the EXIT trap)
#   failures, passes  the counters of pass/fail/check (finish reports them)
#
# The network rule of the live scripts: all live traffic happens inside $NS, which
# require_live creates and the EXIT trap deletes (after stopping every process left in it);
# nothing touches the machine's own namespace; every loop and wait is bounded in count and time.

PY=/usr/bin/python3  # Debian's python with scapy; gen_frames.py needs it
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NS=""
WORK=""
OTHER_DIR=""
OTHER_BIN=""
PID=""
rc=0
bg_pids=()
failures=0
passes=0

# skip MESSAGE: report a skipped test loudly (stderr and stdout) and exit 77.
skip() {
    echo "SKIPPED: $*" >&2
    echo "SKIPPED: $*"
    exit 77
}

# need COMMAND [DESCRIPTION]: skip unless COMMAND is installed ("DESCRIPTION is not installed").
need() {
    command -v "$1" >/dev/null 2>&1 || skip "${2:-$1} is not installed"
}

# lib_init "$@": the one argument BIN (else usage, exit 2); sets BIN (absolute), creates WORK
# (tapsniff-<script without _test>.XXXXXX) and the EXIT trap (lib_cleanup); INT/TERM/HUP
# exit 1 through it.
lib_init() {
    if [ $# -ne 1 ]; then
        echo "usage: $0 BIN" >&2
        exit 2
    fi
    BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    WORK="$(basename "$0" .sh)"
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/tapsniff-${WORK%_test}.XXXXXX")"
    trap lib_cleanup EXIT
    trap 'exit 1' INT TERM HUP
}

# lib_cleanup: the EXIT trap. Stops the background processes the script started, then (bounded:
# 10 rounds of SIGTERM 0.1 s apart, then SIGKILL) everything still running in $NS -- found with
# `ip netns pids`, so also what a background shell function started there -- deletes $NS and
# removes WORK and OTHER_DIR (kept, and named on stderr, when KEEP_TMP is set).
lib_cleanup() {
    local pid p i d
    for pid in "${bg_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    if [ -n "$NS" ] && grep -qw -- "$NS" <<<"$(ip netns list 2>/dev/null)"; then
        for i in 1 2 3 4 5 6 7 8 9 10; do
            p="$(ip netns pids "$NS" 2>/dev/null || true)"
            [ -z "$p" ] && break
            # shellcheck disable=SC2086
            kill -TERM $p 2>/dev/null || true
            sleep 0.1
        done
        p="$(ip netns pids "$NS" 2>/dev/null || true)"
        # shellcheck disable=SC2086
        [ -z "$p" ] || kill -KILL $p 2>/dev/null || true
        ip netns del "$NS" 2>/dev/null || true
    fi
    for pid in "${bg_pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    for pid in "${bg_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for d in "$WORK" "$OTHER_DIR"; do
        [ -n "$d" ] || continue
        if [ -n "${KEEP_TMP:-}" ]; then echo "kept $d" >&2; else rm -rf "$d"; fi
    done
}

# require_live PREFIX WHAT: skip (77) unless root, /dev/net/tun and iproute2's ip are there
# ("WHAT need root ..."); then create the namespace NS=PREFIX<pid> with lo up (skip if
# `ip netns add` fails). The EXIT trap of lib_init deletes it. Call after lib_init.
require_live() {
    [ "$(id -u)" -eq 0 ] || skip "$2 need root (creating a TAP device and a network namespace)"
    [ -c /dev/net/tun ] || skip "no /dev/net/tun character device"
    need ip "iproute2 'ip'"
    need timeout "timeout (coreutils)"
    ip netns add "$1$$" 2>"$WORK/netns.err" || skip "ip netns add failed: $(head -c 200 "$WORK/netns.err")"
    NS="$1$$"
    ip -n "$NS" link set lo up
}

# copy_binary_for_other_users USER:GROUP...: copy BIN to OTHER_BIN, in a new directory
# OTHER_DIR (0755, the copy 0755) that each USER can enter; the EXIT trap removes it. Every
# check that runs tapsniff as another user (setpriv, runuser, su, -Z) runs OTHER_BIN, and puts
# whatever else that user must reach (input files, output directories) in OTHER_DIR: BIN sits
# in the build tree, which such a user cannot enter when the checkout is in a private directory
# (root's home, a mktemp -d); exec then fails and the check would blame tapsniff (issue 19).
# The directory goes in the first of TMPDIR, /tmp, /var/tmp, /dev/shm where each USER really
# runs the copy (`OTHER_BIN --version` exits 0): TMPDIR may be private too, /tmp noexec. That
# proof goes through env, not straight from setpriv: setpriv still holds root's capabilities
# when it execs its command, so `setpriv ... BIN` runs even a BIN its user cannot reach. Exits 1,
# saying why for each directory, when none will do: the checks after it would only mislead.
copy_binary_for_other_users() {
    local base dir who why reasons=""
    need setpriv "setpriv (util-linux)"
    for base in ${TMPDIR:+"$TMPDIR"} /tmp /var/tmp /dev/shm; do
        [ -d "$base" ] || continue
        dir="$(mktemp -d "$base/tapsniff-other.XXXXXX" 2>/dev/null)" || continue
        why=""
        if ! chmod 0755 "$dir" || ! cp "$BIN" "$dir/tapsniff" || ! chmod 0755 "$dir/tapsniff"; then
            why="cannot copy $BIN there"
        fi
        for who in "$@"; do
            [ -z "$why" ] || break
            if why="$(setpriv --reuid="${who%%:*}" --regid="${who#*:}" --clear-groups --inh-caps=-all \
                env "$dir/tapsniff" --version 2>&1 >/dev/null)"; then
                why=""
            else
                why="${who%%:*} cannot run it: ${why:-no message}"
            fi
        done
        if [ -z "$why" ]; then
            OTHER_DIR="$dir"
            OTHER_BIN="$dir/tapsniff"
            return 0
        fi
        rm -rf "$dir"
        reasons+="  $dir: $why"$'\n'
    done
    echo "FAIL: no directory where $* can run a copy of $BIN:"
    printf '%s' "$reasons"
    exit 1
}

# pass MESSAGE / fail MESSAGE: a "PASS: MESSAGE" / "FAIL: MESSAGE" line; counted.
pass() {
    echo "PASS: $*"
    passes=$((passes + 1))
}
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# check NAME COMMAND...: run COMMAND; "PASS NAME" when it exits 0, else "FAIL NAME"; counted.
check() {
    local name=$1
    shift
    if "$@"; then
        echo "PASS $name"
        passes=$((passes + 1))
    else
        echo "FAIL $name"
        failures=$((failures + 1))
    fi
}

# finish: print the counts; exit 1 if a check failed, else 0.
finish() {
    local name
    name="$(basename "$0" .sh)"
    echo
    if [ "$failures" -ne 0 ]; then
        echo "$name: $failures check(s) FAILED, $passes passed"
        exit 1
    fi
    echo "$name: all checks passed ($passes)"
    exit 0
}

# now_ms: wall-clock milliseconds.
now_ms() {
    local t="${EPOCHREALTIME//[!0-9]/}"
    echo $((t / 1000))
}

# wait_until TIMEOUT_S COMMAND...: run COMMAND (output discarded) every 0.1 s until it exits 0;
# bounded in count (at most TIMEOUT_S*10+1 runs) and time (none started after TIMEOUT_S s).
# Returns 0 as soon as COMMAND succeeds, 1 when it never did.
wait_until() {
    local secs="$1" i deadline
    shift
    deadline=$(($(now_ms) + secs * 1000))
    for ((i = 0; i <= secs * 10; i++)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        [ "$(now_ms)" -lt "$deadline" ] || return 1
        sleep 0.1
    done
    return 1
}

# in_ns TIMEOUT_S COMMAND...: COMMAND inside $NS, killed after TIMEOUT_S s (SIGKILL 2 s later).
in_ns() {
    local secs="$1"
    shift
    timeout -k 2 "$secs" ip netns exec "$NS" "$@"
}

# Devices and addresses inside $NS.
dev_exists() { ip -n "$NS" link show dev "$1" >/dev/null 2>&1; }
dev_gone() { ! dev_exists "$1"; }
# dev_has DEV TEXT: `ip addr show dev DEV` contains TEXT (e.g. "10.0.0.1/24").
# (The output is read whole first: with pipefail, `ip ... | grep -q` fails when grep exits at the
# first match and ip then dies of SIGPIPE; that made "the address stays" fail now and then.)
dev_has() {
    local out
    out="$(ip -n "$NS" addr show dev "$1" 2>/dev/null)" || return 1
    grep -q -- "$2" <<<"$out"
}
# ipv6_ready DEV [TEXT...]: DEV's IPv6 addresses include each TEXT, none is tentative (DAD done).
ipv6_ready() {
    local dev="$1" out t
    shift
    out="$(ip -n "$NS" -6 addr show dev "$dev" 2>/dev/null)" || return 1
    for t in "$@"; do grep -q -- "$t" <<<"$out" || return 1; done
    ! grep -q tentative <<<"$out"
}
# wait_device DEV: wait (5 s at most) for DEV to exist in $NS.
wait_device() { wait_until 5 dev_exists "$1"; }
# wait_ipv6_ready DEV [TEXT...]: wait (8 s at most) for ipv6_ready DEV TEXT...
wait_ipv6_ready() { wait_until 8 ipv6_ready "$@"; }
# wait_line FILE REGEX [TIMEOUT_S]: wait (5 s by default) for a line of FILE matching the
# extended REGEX.
wait_line() { wait_until "${3:-5}" grep -Eq -- "$2" "$1"; }

# Processes.
pid_running() { kill -0 "$1" 2>/dev/null; }
pid_gone() { ! pid_running "$1"; }

# watchdog PID [SECONDS]: SIGTERM to PID after SECONDS (100), should this script die without
# its trap; ends by itself (within 0.5 s) when PID does.
watchdog() {
    (timeout "${2:-100}" tail -s 0.5 --pid="$1" -f /dev/null || kill -TERM "$1") >/dev/null 2>&1 &
    bg_pids+=("$!")
}

# start_tapsniff TAG ARGS...: tapsniff ARGS in $NS in the background, stdout -> $WORK/TAG.out,
# stderr -> $WORK/TAG.err; PID = tapsniff's own pid (ip netns exec execs it in place; this
# function runs in the foreground, so $! is not a subshell's); watched by a watchdog.
start_tapsniff() {
    local tag="$1"
    shift
    ip netns exec "$NS" "$BIN" "$@" >"$WORK/$tag.out" 2>"$WORK/$tag.err" </dev/null &
    PID=$!
    bg_pids+=("$PID")
    watchdog "$PID"
}

# stop_pid PID [SIGNAL]: send SIGNAL (INT) and wait for PID, bounded (5 s, then SIGKILL);
# sets rc to its exit status.
stop_pid() {
    local pid="$1" sig="${2:-INT}"
    kill "-$sig" "$pid" 2>/dev/null || true
    wait_until 5 pid_gone "$pid" || kill -KILL "$pid" 2>/dev/null || true
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
}

# wait_exit PID TIMEOUT_S: wait (bounded) for a process that should end by itself; sets rc
# (124 when it did not: it then gets SIGINT, SIGKILL 3 s later).
wait_exit() {
    local pid="$1" secs="$2"
    if ! wait_until "$secs" pid_gone "$pid"; then
        rc=124
        kill -INT "$pid" 2>/dev/null || true
        wait_until 3 pid_gone "$pid" || kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 0
    fi
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
}

# Offline helpers.
# gen_frames SET FILE: the gen_frames.py frame set SET as a pcap.
gen_frames() { "$PY" "$HERE/gen_frames.py" "$1" "$2"; }

# records FILE: frames in a text output (oracle_compare.py's rule: a record starts at a line
# that starts neither with a TAB nor with two spaces).
records() { grep -Evc $'^(\t|  )' "$1" || true; }

# one_error_line FILE: exactly one newline-terminated line, starting "tapsniff: ".
one_error_line() {
    [ "$(wc -l <"$1")" -eq 1 ] || return 1
    [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ] || return 1
    head -n 1 "$1" | grep -q '^tapsniff: ' || return 1
}

# pcap_info FILE -> "RECORDS LINKTYPE", or "bad: reason" and status 1 (a classic pcap, either
# byte order; complete records only: a partial record at the end is "bad").
pcap_info() {
    "$PY" - "$1" <<'PYEOF'
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
