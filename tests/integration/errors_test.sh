#!/usr/bin/env bash
# usage: errors_test.sh BIN
# Command-line and file errors of the real binary, against the contract in
# /work/shared/spec/interface.md ("Exit status", "Every error is one line on stderr,
# starting `tapsniff: `"):
#   - usage errors: exit 2, exactly one stderr line starting "tapsniff: ", empty stdout;
#   - runtime errors on -r (not a pcap, empty, text, a directory): exit 1, one line;
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

# --- usage errors: exit 2 ------------------------------------------------------
echo "== usage errors (exit 2, one line, nothing on stdout)"
expect_error 2 "unknown option --bogus"        --bogus
expect_error 2 "-c -1"                         -r "$WORK/good.pcap" -c -1
expect_error 2 "-c 0"                          -r "$WORK/good.pcap" -c 0
expect_error 2 "-c abc"                        -r "$WORK/good.pcap" -c abc
expect_error 2 "--mtu 0"                       --mtu 0
expect_error 2 "--mtu 70000"                   --mtu 70000
expect_error 2 "-t bogus"                      -r "$WORK/good.pcap" -t bogus
expect_error 2 "--color maybe"                 -r "$WORK/good.pcap" --color maybe
expect_error 2 "interface name of 16 bytes"    -i 0123456789abcdef
expect_error 2 "interface name with /"         -i 'ta/p0'
expect_error 2 "interface name .."             -i ..
expect_error 2 "-r of a missing file"          -r "$WORK/does-not-exist.pcap"
expect_error 2 "--json -x"                     -r "$WORK/good.pcap" --json -x
expect_error 2 "-r f.pcap --up"                -r "$WORK/good.pcap" --up

# --- runtime errors: exit 1 ----------------------------------------------------
echo "== runtime errors on -r (exit 1, one line)"
expect_error 1 "-r random bytes"               -r "$WORK/random.bin"
expect_error 1 "-r empty file"                 -r "$WORK/empty.pcap"
expect_error 1 "-r text file"                  -r "$WORK/text.txt"
expect_error 1 "-r a directory"                -r "$WORK/adir"

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
if [ "$rc" -eq 1 ] && [ "$errors" -eq 1 ] && [ "$others" -eq 0 ]; then
    pass "cut pcap (no -q) -> exit 1, one 'tapsniff: ' error line plus the stop line"
else
    fail "cut pcap (no -q) -> exit $rc, $errors 'tapsniff: ' line(s) (want 1), $others unexpected stderr line(s)"
    show
fi

finish
