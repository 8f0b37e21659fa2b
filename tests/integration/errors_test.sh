#!/usr/bin/env bash
# usage: errors_test.sh BIN
# Command-line and file errors of the real binary, against the contract (README "Exit status":
# every error is one line on stderr, starting `tapsniff: `):
#   - usage errors: exit 2, exactly one stderr line starting "tapsniff: ", empty stdout, in
#     tapsniff's own words (the option as typed, the value, what it takes; issue 17);
#   - runtime errors on -r (missing, not a pcap, empty, text, a directory): exit 1, one line;
#   - a pcap cut mid-record: exit 1, one error line, and the complete frames before the
#     cut were printed;
#   - --help / --version / a valid pcap: exit 0.
# Needs no privileges and no network. Exit 0 pass, 1 fail, 77 skip (root without unshare -n).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"

# Some cases (--mtu 0, bad interface names) would create a TAP device if tapsniff failed to
# reject them. As root, run every case in a private, empty network namespace (unshare -n; it
# disappears with the process), so a regression can never create a device on the host.
guard=()
if [ "$(id -u)" -eq 0 ]; then
    if unshare -n true 2>/dev/null; then
        guard=(unshare -n)
    else
        skip "running as root without 'unshare -n'; refusing to run cases that could create a device on the host"
    fi
fi

# run ARGS... -> sets rc, and leaves stdout/stderr in $WORK/out, $WORK/err.
# Never hangs: a bounded timeout, stdin from an empty file.
run() {
    rc=0
    timeout 20 "${guard[@]}" "$BIN" "$@" <"$WORK/nothing" >"$WORK/out" 2>"$WORK/err" || rc=$?
}
: >"$WORK/nothing"

# Exactly one line on stderr (newline-terminated), starting "tapsniff: ", with a message.
stderr_is_one_error_line() { one_error_line "$WORK/err" && [ "$(wc -c <"$WORK/err")" -gt 11 ]; }

show() {
    echo "    stderr: $(head -c 400 "$WORK/err" | tr '\n' '|')"
    echo "    stdout bytes: $(wc -c <"$WORK/out")"
}

# expect_error CODE DESCRIPTION ARGS...
expect_error() {
    local want="$1" what="$2"
    shift 2
    run "$@"
    if [ "$rc" -eq "$want" ] && stderr_is_one_error_line && [ ! -s "$WORK/out" ]; then
        pass "$what -> exit $want, one line: $(head -n 1 "$WORK/err")"
    else
        fail "$what (args: $*) -> exit $rc (want $want), stderr $(wc -l <"$WORK/err") line(s) (want 1 starting 'tapsniff: '), stdout $(wc -c <"$WORK/out") bytes (want 0)"
        show
    fi
}

# --- test inputs ---------------------------------------------------------------
gen_frames link "$WORK/good.pcap"
head -c 4096 /dev/urandom >"$WORK/random.bin"
# make sure the random bytes do not start with a pcap/pcapng magic by accident
printf 'XXXX' | dd of="$WORK/random.bin" conv=notrunc status=none
: >"$WORK/empty.pcap"
printf 'this is a text file,\nnot a capture\n' >"$WORK/text.txt"
mkdir "$WORK/adir"

# expect_message CODE 'TEXT' ARGS...: as expect_error, and the line is exactly "tapsniff: TEXT"
# (the CLI's own words: the option as typed, the value, what it takes). WORK in TEXT is $WORK.
expect_message() {
    local want="$1" text="${2//WORK/$WORK}"
    shift 2
    run "$@"
    if [ "$rc" -eq "$want" ] && stderr_is_one_error_line && [ ! -s "$WORK/out" ] \
        && [ "$(cat "$WORK/err")" = "tapsniff: $text" ]; then
        pass "$* -> exit $want: $(head -n 1 "$WORK/err")"
    else
        fail "$* -> exit $rc (want $want), stderr: $(head -c 400 "$WORK/err" | tr '\n' '|') (want 'tapsniff: $text')"
    fi
}

# --- usage errors: exit 2, in tapsniff's own words ---------------------------------
echo "== usage errors (exit 2, one line naming the option and what it takes, nothing on stdout)"
G="$WORK/good.pcap"
expect_message 2 "--bogus: unknown option (tapsniff --help lists the options)"          --bogus
expect_message 2 "-z: unknown option (tapsniff --help lists the options)"               -r "$G" -z
expect_message 2 "-c: '-1' is not a count (a whole number ≥ 1)"                        -r "$G" -c -1
expect_message 2 "-c: '0' is not a count (a whole number ≥ 1)"                         -r "$G" -c 0
expect_message 2 "-c: 'abc' is not a count (a whole number ≥ 1)"                       -r "$G" -c abc
expect_message 2 "--count: '1.5' is not a count (a whole number ≥ 1)"                  -r "$G" --count=1.5
expect_message 2 "-c: missing value; give a count (a whole number ≥ 1)"                -r "$G" -c
expect_message 2 "-c: given twice ('1' and '2'); give it once"                         -r "$G" -c 1 --count 2
expect_message 2 "--json: takes no value (got 'x')"                                    -r "$G" --json=x
expect_message 2 "--up: takes no value (got '1')"                                      --up=1
expect_message 2 "--mtu: '0' is not an MTU (a whole number from 68 to 65535)"          --mtu 0
expect_message 2 "--mtu: '70000' is not an MTU (a whole number from 68 to 65535)"      --mtu 70000
expect_message 2 "--mtu: 'abc' is not an MTU (a whole number from 68 to 65535)"        --mtu abc
expect_message 2 "-t: 'bogus' is not a time mode (abs, epoch, rel, delta or none)"     -r "$G" -t bogus
expect_message 2 "--color: 'maybe' is not a colour mode (auto, always or never)"       -r "$G" --color maybe
expect_message 2 "--color: missing value; give a colour mode (auto, always or never)"  -r "$G" --color
expect_message 2 "-i: '0123456789abcdef' is not an interface name (1-15 bytes without '/', ':' or white space, not '.' or '..')" -i 0123456789abcdef
expect_message 2 "-i: 'ta/p0' is not an interface name (1-15 bytes without '/', ':' or white space, not '.' or '..')" -i 'ta/p0'
expect_message 2 "--interface: '..' is not an interface name (1-15 bytes without '/', ':' or white space, not '.' or '..')" --interface ..
expect_message 2 "-i: given twice ('tap0' and 'tap1'); give it once"                   -i tap0 -i tap1
expect_message 2 "-a: '10.0.0.300/24' is not an IPv4/IPv6 address with a prefix length, such as 10.0.0.1/24 or fd00::1/64" -a 10.0.0.300/24
expect_message 2 "--address: '10.0.0.1/33': the prefix length is 0-32 for IPv4"        --address 10.0.0.1/33
expect_message 2 "-Z: unknown user 'no-such-user-x': give a user name or a numeric uid" -r "$G" -Z no-such-user-x
expect_message 2 "--json: JSON Lines cannot carry the -v tree; use one or the other"   -r "$G" --json -v
expect_message 2 "--json: JSON Lines cannot carry the -x hex dump; use one or the other" -r "$G" --json -x
expect_message 2 "--up: works on a device, so it cannot be combined with -r (reading a file)" -r "$G" --up
expect_message 2 "-a: works on a device, so it cannot be combined with -r (reading a file)" -r "$G" -a 10.0.0.1/24
# Options that would do nothing (issue 17, item 4).
expect_message 2 "--no-print: saves frames without printing them, so it needs -w FILE (or leave it out)" -r "$G" --no-print
expect_message 2 "-x: nothing is printed with -w - (the pcap stream owns stdout), so it has no effect; leave one of them out" -r "$G" -w - -x
expect_message 2 "--json: nothing is printed with -w - (the pcap stream owns stdout), so it has no effect; leave one of them out" -r "$G" -w - --json
expect_message 2 "-v: nothing is printed with --no-print, so it has no effect; leave one of them out" -r "$G" -w "$WORK/x.pcap" --no-print -v
expect_message 2 "--owner: only a persistent device keeps an owner or group; add --persist" --owner root
expect_message 2 "--group: only a persistent device keeps an owner or group; add --persist" --group root
expect_message 2 "--respond 10.0.0.1: that is the device's own address (-a 10.0.0.1/24); the neighbour needs another address on the subnet" -a 10.0.0.1/24 --respond 10.0.0.1
expect_message 2 "--respond: 10.0.0.2 is given twice, with the MACs 02:00:0a:00:00:02 and 02:00:00:00:00:01; one address is one neighbour" -a 10.0.0.1/24 --respond 10.0.0.2 --respond 10.0.0.2=02:00:00:00:00:01
expect_message 2 "--respond: answers ARP and neighbour solicitations, so it needs a TAP device, not --tun" --tun --respond 10.0.0.2
# Words after the options are the filter: an extra argument is an invalid filter, said so.
expect_error 2 "an extra argument (an invalid filter)"      -r "$G" extra
grep -q "invalid filter expression 'extra'.*pcap-filter(7)" "$WORK/err" \
    && pass "an extra argument names the filter and pcap-filter(7)" \
    || fail "an extra argument: $(head -c 300 "$WORK/err")"

# --- runtime errors: exit 1 ----------------------------------------------------
echo "== runtime errors on -r (exit 1, one line)"
# A missing input file is a runtime failure, as in tcpdump (issue 17, item 1).
expect_message 1 "cannot read 'WORK/does-not-exist.pcap': No such file or directory" -r "$WORK/does-not-exist.pcap"
expect_error 1 "-r random bytes"               -r "$WORK/random.bin"
expect_error 1 "-r empty file"                 -r "$WORK/empty.pcap"
expect_error 1 "-r text file"                  -r "$WORK/text.txt"
expect_error 1 "-r a directory"                -r "$WORK/adir"
# -w into a directory names the path once (issue 17, item 3).
expect_message 1 "cannot write 'WORK/adir': Is a directory" -r "$G" -w "$WORK/adir"

# --- successes -----------------------------------------------------------------
echo "== --help, --version, a valid pcap (exit 0)"
run --help
if [ "$rc" -eq 0 ] && [ -s "$WORK/out" ] && [ ! -s "$WORK/err" ] && grep -q -- '--interface' "$WORK/out"; then
    pass "--help -> exit 0, $(wc -l <"$WORK/out") lines of help on stdout, nothing on stderr"
else
    fail "--help -> exit $rc, stdout $(wc -c <"$WORK/out") bytes (want help text mentioning --interface), stderr $(wc -c <"$WORK/err") bytes"
    show
fi

run --version
libpcap_line="$(grep -m1 '^libpcap version ' "$WORK/out" || true)"
if [ "$rc" -eq 0 ] && head -n 1 "$WORK/out" | grep -Eq '^tapsniff [0-9]+\.[0-9]+' && [ -n "$libpcap_line" ] \
    && [ ! -s "$WORK/err" ]; then
    pass "--version -> exit 0: $(head -n 1 "$WORK/out") / $libpcap_line"
else
    fail "--version -> exit $rc, stdout: $(tr '\n' '|' <"$WORK/out") (want 'tapsniff X.Y...' and a 'libpcap version ...' line)"
    show
fi
# Cross-check the libpcap version against tcpdump's view of the same library.
if command -v tcpdump >/dev/null 2>&1 && [ -n "$libpcap_line" ]; then
    tcpdump_libpcap="$(tcpdump --version 2>&1 | grep -m1 '^libpcap version ' || true)"
    if [ -n "$tcpdump_libpcap" ] && [ "$tcpdump_libpcap" != "$libpcap_line" ]; then
        echo "note: tcpdump reports '$tcpdump_libpcap', tapsniff '$libpcap_line' (different builds?)"
    fi
fi

run -r "$WORK/good.pcap" -q
if [ "$rc" -eq 0 ] && [ -s "$WORK/out" ] && [ ! -s "$WORK/err" ]; then
    pass "-r valid.pcap -q -> exit 0, $(grep -vc '^[[:space:]]' "$WORK/out") records, nothing on stderr"
else
    fail "-r valid.pcap -q -> exit $rc, stdout $(wc -c <"$WORK/out") bytes, stderr $(wc -c <"$WORK/err") bytes"
    show
fi

# --- a pcap cut in the middle of a record --------------------------------------
echo "== pcap truncated mid-record"
# Cut the good file in the middle of record K's data; the K-1 records before it are complete.
read -r cut complete < <("$PY" - "$WORK/good.pcap" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
off, n = 24, 0
while off + 16 <= len(data):
    caplen = struct.unpack_from("<I", data, off + 8)[0]
    if n == 20 and caplen >= 4:      # cut inside the data of the 21st usable record
        print(off + 16 + caplen // 2, n)
        break
    off += 16 + caplen
    n += 1
EOF
)
head -c "$cut" "$WORK/good.pcap" >"$WORK/cut.pcap"

run -r "$WORK/cut.pcap" -q -t none
records=$(grep -vc '^[[:space:]]' "$WORK/out" || true)
if [ "$rc" -eq 1 ] && stderr_is_one_error_line && [ "$records" -eq "$complete" ]; then
    pass "cut pcap -q -> exit 1, one line ($(head -n 1 "$WORK/err")), $records complete frames printed first"
else
    fail "cut pcap -q -> exit $rc (want 1), stderr $(wc -l <"$WORK/err") line(s) (want 1), $records records printed (want $complete)"
    show
fi
# The frames that were printed are the same as from the whole file.
"$BIN" -r "$WORK/good.pcap" -q -t none 2>/dev/null | awk -v n="$complete" '
    /^[^[:space:]]/ { r++ } r > n { exit } { print }' >"$WORK/expected_prefix"
if cmp -s "$WORK/out" "$WORK/expected_prefix"; then
    pass "cut pcap: output before the cut equals the first $complete frames of the whole file"
else
    fail "cut pcap: output before the cut differs from the first $complete frames of the whole file"
    diff "$WORK/expected_prefix" "$WORK/out" | head -10 || true
fi
# Without -q there is also the stop line, but still exactly one "tapsniff: " error line.
run -r "$WORK/cut.pcap" -t none
errors=$(grep -c '^tapsniff: ' "$WORK/err" || true)
others=$(grep -v '^tapsniff: ' "$WORK/err" | grep -vEc '^[0-9]+ frames captured, [0-9]+ bytes$' || true)
# The error comes first: a statistics line last would read as a normal end (issue 17, item 3).
if [ "$rc" -eq 1 ] && [ "$errors" -eq 1 ] && [ "$others" -eq 0 ] && head -n 1 "$WORK/err" | grep -q '^tapsniff: ' \
    && tail -n 1 "$WORK/err" | grep -Eq '^[0-9]+ frames captured'; then
    pass "cut pcap (no -q) -> exit 1, the 'tapsniff: ' error line, then the stop line"
else
    fail "cut pcap (no -q) -> exit $rc, $errors 'tapsniff: ' line(s) (want 1, first), $others unexpected stderr line(s)"
    show
fi

finish
