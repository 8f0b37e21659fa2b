#!/usr/bin/env bash
# usage: write_test.sh BIN
# -w / -r - / stdout handling and hostile input files (issue 9), offline (no privileges, no
# network):
#   a. round trip -r in.pcap -w out.pcap: same records (timestamps, caplen, len, bytes);
#      tcpdump -nn -e -tt -r and tshark -r print the same for both; text goes on with -w FILE,
#      --no-print silences it
#   b. -w - : stdout is a pcap and nothing else (magic, parses to the end, same records, the
#      same bytes as -w FILE), also with -x / --json / without -q; -c N -w - has N records;
#      `-r F -w - | BIN -r - -t none -q arp` equals `BIN -r F -t none -q arp`
#   c. write errors: -w /dev/full, -w - >/dev/full, text >/dev/full, -w into a missing directory,
#      -w a directory, a file size limit hit in mid-capture -> exit 1, one "tapsniff: " line
#   d. stdout closed early (| head -1, | head -c 100, with -w -, -x, --json) -> exit 0, no error
#      text; -w FILE stays a valid pcap holding a prefix of the input
#   e. pcapng (editcap -F pcapng): same text as the pcap, also from stdin; -w of it = the pcap's
#      records; an unknown block type (0x0BADBEEF) inserted, and damaged block lengths -> no
#      crash, exit 0 or 1, at most one error line
#   f. a record with caplen 300000 (> 256 KiB) -> exit 1, one line, the frames before it printed
#   g. the pcap and the pcapng cut at every 100th byte -> never a signal; exit 0 exactly when
#      the cut is at a record (block) boundary, else 1 with one line; the frames printed are all
#      the complete records before the cut, equal to the first frames of the whole file's output
#   h. random bytes of several sizes (fixed seed), a valid header + random bytes, an empty file,
#      empty stdin -> exit 1 (0 allowed for header + random), one line, never a signal
# Exit 0 pass, 1 fail, 77 skip (tcpdump missing).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
need tcpdump "tcpdump (the reference reader)"
export TZ=UTC LC_ALL=C


# No "tapsniff: " line at all (the stop line "N frames captured, ..." is allowed).
no_error_line() { ! grep -q '^tapsniff: ' "$1"; }

# run ARGS... : bounded, stdin empty; rc, $WORK/out, $WORK/err
run() {
    rc=0
    timeout -k 5 60 "$BIN" "$@" <"$WORK/nothing" >"$WORK/out" 2>"$WORK/err" || rc=$?
}
: >"$WORK/nothing"
errline() { tr '\n' '|' <"$WORK/err" | head -c 300; }

# ---------------------------------------------------------------- python helpers
cat >"$WORK/pcaputil.py" <<'PYEOF'
"""Small pcap helpers for write_test.sh."""
import struct
import sys


def pcapng_blocks(path):
    """[(block type, end offset)] of a little-endian pcapng file."""
    data = open(path, "rb").read()
    out, off = [], 0
    while off + 8 <= len(data):
        btype, blen = struct.unpack_from("<II", data, off)
        off += blen
        out.append((btype, off))
    return out


def read_pcap(path_or_bytes):
    """(header fields dict, [(sec, usec, caplen, len, data)]); raises ValueError if malformed."""
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        with open(path_or_bytes, "rb") as f:
            data = f.read()
    if len(data) < 24:
        raise ValueError("%d bytes, shorter than a pcap file header" % len(data))
    magic = data[:4]
    if magic == b"\xd4\xc3\xb2\xa1":
        e = "<"
    elif magic == b"\xa1\xb2\xc3\xd4":
        e = ">"
    else:
        raise ValueError("magic %s is not the microsecond pcap magic" % magic.hex())
    _, major, minor, _, _, snaplen, linktype = struct.unpack_from(e + "IHHiIII", data, 0)
    off, recs = 24, []
    while off < len(data):
        if off + 16 > len(data):
            raise ValueError("partial record header at offset %d" % off)
        sec, usec, caplen, wlen = struct.unpack_from(e + "IIII", data, off)
        if off + 16 + caplen > len(data):
            raise ValueError("partial record data at offset %d" % off)
        recs.append((sec, usec, caplen, wlen, data[off + 16:off + 16 + caplen]))
        off += 16 + caplen
    hdr = {"version": (major, minor), "snaplen": snaplen, "linktype": linktype & 0x0FFFFFFF}
    return hdr, recs


def boundaries(path):
    """Offsets at which a record ends (and 24, the end of the header) of a classic pcap."""
    data = open(path, "rb").read()
    out = [24]
    off = 24
    while off + 16 <= len(data):
        caplen = struct.unpack_from("<I", data, off + 8)[0]
        off += 16 + caplen
        if off > len(data):
            break
        out.append(off)
    return out


def main():
    cmd = sys.argv[1]
    if cmd == "same":            # same A B: identical records (and link type)
        ha, a = read_pcap(sys.argv[2])
        hb, b = read_pcap(sys.argv[3])
        if a != b or ha["linktype"] != hb["linktype"]:
            first = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            print("%d vs %d records, link type %d vs %d, first difference at record %d" %
                  (len(a), len(b), ha["linktype"], hb["linktype"], first + 1))
            return 1
        print("%d records" % len(a))
        return 0
    if cmd == "prefix":          # prefix A B: A parses and its records are the first of B's
        _, a = read_pcap(sys.argv[2])
        _, b = read_pcap(sys.argv[3])
        if b[:len(a)] != a:
            print("the %d records are not the first records of the input" % len(a))
            return 1
        print("%d records" % len(a))
        return 0
    if cmd == "count":
        _, recs = read_pcap(sys.argv[2])
        print(len(recs))
        return 0
    if cmd == "header":
        hdr, recs = read_pcap(sys.argv[2])
        print("version %d.%d snaplen %d linktype %d, %d records, max caplen %d" %
              (hdr["version"] + (hdr["snaplen"], hdr["linktype"], len(recs),
                                 max([r[2] for r in recs] or [0]))))
        return 0
    if cmd == "repeat":          # repeat IN OUT N: the records of IN N times
        data = open(sys.argv[2], "rb").read()
        with open(sys.argv[3], "wb") as f:
            f.write(data[:24])
            for _ in range(int(sys.argv[4])):
                f.write(data[24:])
        return 0
    raise SystemExit("unknown command %s" % cmd)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (OSError, ValueError) as e:
        print("unreadable: %s" % e)
        sys.exit(1)
PYEOF
pu() { "$PY" "$WORK/pcaputil.py" "$@"; }

gen_frames all "$WORK/in.pcap"
pu repeat "$WORK/in.pcap" "$WORK/big.pcap" 10
nin=$(pu count "$WORK/in.pcap")

# ---------------------------------------------------------------- a. round trip
echo "== a. round trip -r in.pcap -w out.pcap"
run -r "$WORK/in.pcap" -q -t none --color never -w "$WORK/out.pcap"
cp "$WORK/out" "$WORK/text_with_w"
run -r "$WORK/in.pcap" -q -t none --color never
cp "$WORK/out" "$WORK/text_plain"
if msg=$(pu same "$WORK/out.pcap" "$WORK/in.pcap"); then
    pass "a: out.pcap holds the same records as in.pcap ($msg: timestamps, caplen, len, bytes); $(pu header "$WORK/out.pcap")"
else
    fail "a: out.pcap differs from in.pcap: $msg"
fi
tcpdump -nn -e -tt -r "$WORK/in.pcap" >"$WORK/td_in" 2>/dev/null || true
if tcpdump -nn -e -tt -r "$WORK/out.pcap" >"$WORK/td_out" 2>"$WORK/td_err" && cmp -s "$WORK/td_in" "$WORK/td_out"; then
    pass "a: tcpdump -nn -e -tt -r gives identical output for both ($(wc -l <"$WORK/td_in") lines)"
else
    fail "a: tcpdump -nn -e -tt -r out.pcap differs or fails: $(head -c 200 "$WORK/td_err")"
    diff "$WORK/td_in" "$WORK/td_out" | head -5 || true
fi
if command -v tshark >/dev/null 2>&1; then
    tshark -n -r "$WORK/in.pcap" -T fields -e frame.number -e frame.time_epoch -e frame.len -e frame.cap_len \
        -e frame.protocols >"$WORK/tsh_in" 2>/dev/null || true
    tshark -n -r "$WORK/out.pcap" -T fields -e frame.number -e frame.time_epoch -e frame.len -e frame.cap_len \
        -e frame.protocols >"$WORK/tsh_out" 2>"$WORK/tsh_err" || true
    tshark -n -r "$WORK/in.pcap" >"$WORK/tsh_in2" 2>/dev/null || true
    tshark -n -r "$WORK/out.pcap" >"$WORK/tsh_out2" 2>/dev/null || true
    snapped=$(awk -F'\t' '$3 != $4' "$WORK/tsh_out" | wc -l)
    if [ -s "$WORK/tsh_in" ] && cmp -s "$WORK/tsh_in" "$WORK/tsh_out" && cmp -s "$WORK/tsh_in2" "$WORK/tsh_out2" \
        && [ "$snapped" -gt 0 ]; then
        pass "a: tshark -r gives identical output for both (summary and time_epoch/len/cap_len; $snapped snapped records with cap_len < len)"
    else
        fail "a: tshark output differs (or no snapped record): $(head -c 200 "$WORK/tsh_err")"
        diff "$WORK/tsh_in" "$WORK/tsh_out" | head -5 || true
    fi
else
    echo "note: tshark not installed, its cross-check is skipped"
fi
if [ -s "$WORK/text_plain" ] && cmp -s "$WORK/text_with_w" "$WORK/text_plain"; then
    pass "a: the text on stdout goes on unchanged with -w FILE"
else
    fail "a: stdout with -w FILE differs from stdout without it ($(wc -c <"$WORK/text_with_w") vs $(wc -c <"$WORK/text_plain") bytes)"
fi
run -r "$WORK/in.pcap" -q --no-print -w "$WORK/np.pcap"
if [ "$rc" -eq 0 ] && [ ! -s "$WORK/out" ] && [ ! -s "$WORK/err" ] && cmp -s "$WORK/np.pcap" "$WORK/out.pcap"; then
    pass "a: --no-print -w FILE: nothing on stdout, the same file"
else
    fail "a: --no-print -w FILE: exit $rc, stdout $(wc -c <"$WORK/out") bytes, stderr $(errline)"
fi
run -r "$WORK/in.pcap" -w "$WORK/stats.pcap" --no-print
if [ "$rc" -eq 0 ] && grep -Eq "^$nin frames captured, [0-9]+ bytes$" "$WORK/err" && no_error_line "$WORK/err"; then
    pass "a: without -q the stop line counts the $nin frames: $(tail -n 1 "$WORK/err")"
else
    fail "a: stop line with -w: exit $rc, stderr $(errline)"
fi

# ---------------------------------------------------------------- b. -w -
echo "== b. -w - puts a pcap on stdout and nothing else"
for extra in "-q" ""; do
    # shellcheck disable=SC2086
    run -r "$WORK/in.pcap" -w - $extra
    magic=$(head -c 4 "$WORK/out" | od -An -tx1 | tr -d ' \n')
    if [ "$rc" -eq 0 ] && { [ "$magic" = d4c3b2a1 ] || [ "$magic" = a1b2c3d4 ]; } \
        && msg=$(pu same "$WORK/out" "$WORK/in.pcap") && cmp -s "$WORK/out" "$WORK/out.pcap" \
        && no_error_line "$WORK/err" && { [ -n "$extra" ] || [ "$(wc -l <"$WORK/err")" -eq 1 ]; } \
        && { [ -z "$extra" ] || [ ! -s "$WORK/err" ]; }; then
        pass "b: -w - ${extra:-(no -q)}: stdout starts with magic $magic, parses to the end ($msg), same bytes as -w FILE"
    else
        fail "b: -w - ${extra:-(no -q)}: exit $rc, magic $magic, records: ${msg:-?}, stderr $(errline)"
    fi
done
# Output formats with nothing printed do nothing: a usage error, nothing written (issue 17).
for extra in "-x" "--json" "-v"; do
    run -r "$WORK/in.pcap" -q -w - "$extra"
    if [ "$rc" -eq 2 ] && one_error_line "$WORK/err" && grep -q -- "$extra: nothing is printed with -w -" "$WORK/err" \
        && [ ! -s "$WORK/out" ]; then
        pass "b: -w - $extra -> exit 2, nothing on stdout: $(head -n 1 "$WORK/err")"
    else
        fail "b: -w - $extra -> exit $rc (want 2), stdout $(wc -c <"$WORK/out") bytes, stderr $(errline)"
    fi
done
run -r "$WORK/in.pcap" -q -c 5 -w -
if [ "$rc" -eq 0 ] && [ "$(pu count "$WORK/out")" = 5 ]; then
    pass "b: -c 5 -w - writes exactly 5 records"
else
    fail "b: -c 5 -w -: exit $rc, $(pu count "$WORK/out") records (want 5)"
fi
set +e
set -o pipefail
"$BIN" -r "$WORK/in.pcap" -w - 2>"$WORK/p1.err" | timeout 60 "$BIN" -r - -t none -q arp >"$WORK/pipe_arp" 2>"$WORK/p2.err"
st=("${PIPESTATUS[@]}")
"$BIN" -r "$WORK/in.pcap" -t none -q arp >"$WORK/direct_arp" 2>/dev/null
"$BIN" -r "$WORK/in.pcap" -q -w - arp 2>/dev/null | "$BIN" -r - -t none -q >"$WORK/pipe_arp2" 2>/dev/null
st2=("${PIPESTATUS[@]}")
set -e
if [ "${st[0]}" -eq 0 ] && [ "${st[1]}" -eq 0 ] && [ -s "$WORK/direct_arp" ] && cmp -s "$WORK/pipe_arp" "$WORK/direct_arp" \
    && [ ! -s "$WORK/p2.err" ]; then
    pass "b: -r in.pcap -w - | BIN -r - -t none -q arp equals -r in.pcap arp ($(wc -l <"$WORK/direct_arp") lines), exit 0|0"
else
    fail "b: -w - | -r - arp: exit ${st[*]}, $(wc -l <"$WORK/pipe_arp") vs $(wc -l <"$WORK/direct_arp") lines; stderr $(head -c 200 "$WORK/p2.err")"
fi
if [ "${st2[0]}" -eq 0 ] && [ "${st2[1]}" -eq 0 ] && cmp -s "$WORK/pipe_arp2" "$WORK/direct_arp"; then
    pass "b: -w - arp | BIN -r - (filter on the writer's side) gives the same lines"
else
    fail "b: -w - arp | -r -: exit ${st2[*]}, $(wc -l <"$WORK/pipe_arp2") vs $(wc -l <"$WORK/direct_arp") lines"
fi

# ---------------------------------------------------------------- c. write errors
echo "== c. write errors: exit 1, one line"
expect_write_error() {
    local what="$1" pattern="$2"
    if [ "$rc" -eq 1 ] && one_error_line "$WORK/err" && grep -q -- "$pattern" "$WORK/err"; then
        pass "c: $what -> exit 1, one line: $(head -n 1 "$WORK/err")"
    else
        fail "c: $what -> exit $rc (want 1), stderr $(errline) (want one 'tapsniff: ' line mentioning '$pattern')"
    fi
}
run -r "$WORK/in.pcap" -w /dev/full
expect_write_error "-w /dev/full" "No space"
run -r "$WORK/in.pcap" -w /dev/full -q --no-print
expect_write_error "-w /dev/full -q --no-print" "No space"
rc=0; timeout 60 "$BIN" -r "$WORK/in.pcap" -w - -q >/dev/full 2>"$WORK/err" || rc=$?
expect_write_error "-w - >/dev/full" "No space"
rc=0; timeout 60 "$BIN" -r "$WORK/in.pcap" -q >/dev/full 2>"$WORK/err" || rc=$?
expect_write_error "text >/dev/full" "No space"
run -r "$WORK/in.pcap" -q -w "$WORK/no/such/dir/x.pcap"
expect_write_error "-w into a missing directory" "No such file"
run -r "$WORK/in.pcap" -q -w "$WORK"
expect_write_error "-w a directory" "directory"
# A file size limit reached in mid-capture (SIGXFSZ ignored, so write(2) fails with EFBIG):
# the error comes from a later flush, not from opening the file.
rc=0
(trap '' XFSZ; ulimit -f 64; exec timeout -k 5 60 "$BIN" -r "$WORK/big.pcap" -q --no-print -w "$WORK/limited.pcap") \
    >"$WORK/out" 2>"$WORK/err" </dev/null || rc=$?
expect_write_error "-w FILE hitting a 64 KiB file size limit in mid-capture" "File too large"

# ---------------------------------------------------------------- d. stdout closed early
echo "== d. stdout closed early -> exit 0, no error text"
"$BIN" -r "$WORK/big.pcap" -t none -q 2>/dev/null | head -n 1 >"$WORK/first_full" || true
for variant in "-q" "-q -x" "-q --json" "-q -v" "" "-q -w $WORK/epipe.pcap"; do
    set +e
    set -o pipefail
    # shellcheck disable=SC2086
    timeout -k 5 60 "$BIN" -r "$WORK/big.pcap" -t none $variant 2>"$WORK/err" | head -n 1 >"$WORK/head1"
    st=("${PIPESTATUS[@]}")
    set -e
    ok=1
    [ "${st[0]}" -eq 0 ] || ok=0
    [ "$(wc -l <"$WORK/head1")" -eq 1 ] || ok=0
    if [ -n "$variant" ]; then [ ! -s "$WORK/err" ] || ok=0; else no_error_line "$WORK/err" || ok=0; fi
    case "$variant" in *--json*) ;; *) cmp -s "$WORK/head1" "$WORK/first_full" || ok=0 ;; esac
    if [ "$ok" -eq 1 ]; then
        pass "d: BIN -r big.pcap ${variant:-(no -q)} | head -1 -> exit 0, stderr: $(if [ -s "$WORK/err" ]; then errline; else echo empty; fi)"
    else
        fail "d: BIN -r big.pcap ${variant:-(no -q)} | head -1 -> exit ${st[0]} (want 0; 124 = hung), stderr $(errline)"
    fi
done
if msg=$(pu prefix "$WORK/epipe.pcap" "$WORK/big.pcap"); then
    pass "d: the -w FILE of the run stopped by EPIPE is a complete pcap ($msg, the first of the input)"
else
    fail "d: the -w FILE of the run stopped by EPIPE: $msg"
fi
set +e
set -o pipefail
timeout -k 5 60 "$BIN" -r "$WORK/big.pcap" -q -w - 2>"$WORK/err" | head -c 100 >"$WORK/head100"
st=("${PIPESTATUS[@]}")
set -e
if [ "${st[0]}" -eq 0 ] && [ ! -s "$WORK/err" ] && [ "$(wc -c <"$WORK/head100")" -eq 100 ]; then
    pass "d: BIN -r big.pcap -q -w - | head -c 100 -> exit 0, empty stderr"
else
    fail "d: -w - | head -c 100 -> exit ${st[0]} (want 0), stderr $(errline)"
fi

# ---------------------------------------------------------------- d2. a pipe that pauses
echo "== d2. -r - from a pipe that pauses: what came before the pause is printed during it"
# The contract: output is flushed whenever tapsniff would wait for the next frame. The writer
# sends the first 5000 bytes, waits 3 s, then the rest; after 1.5 s the lines of the frames
# before the pause must be out. Bounded: timeout 20, one wait on a process that ends by itself.
( head -c 5000 "$WORK/in.pcap"; sleep 3; tail -c +5001 "$WORK/in.pcap" ) \
    | timeout -k 5 20 "$BIN" -r - -q -t none >"$WORK/pause.out" 2>"$WORK/pause.err" &
pause_pid=$!
sleep 1.5
during=$(wc -l <"$WORK/pause.out")
wait "$pause_pid" || true
after=$(wc -l <"$WORK/pause.out")
if [ "$during" -gt 0 ] && [ "$after" -gt "$during" ] && [ ! -s "$WORK/pause.err" ]; then
    pass "d2: $during lines out during the pause, $after at the end"
else
    fail "d2: $during lines during the pause (want > 0), $after at the end, stderr $(head -c 200 "$WORK/pause.err")"
fi

# ---------------------------------------------------------------- e. pcapng
echo "== e. pcapng input"
if command -v editcap >/dev/null 2>&1; then
    editcap -F pcapng "$WORK/in.pcap" "$WORK/in.pcapng"
    run -r "$WORK/in.pcap" -q -t epoch --color never
    cp "$WORK/out" "$WORK/text_pcap"
    run -r "$WORK/in.pcapng" -q -t epoch --color never
    if [ "$rc" -eq 0 ] && [ ! -s "$WORK/err" ] && cmp -s "$WORK/out" "$WORK/text_pcap"; then
        pass "e: -r in.pcapng (editcap -F pcapng) prints the same text as the pcap, epoch timestamps included"
    else
        fail "e: -r in.pcapng: exit $rc, stderr $(errline), text $(cmp -s "$WORK/out" "$WORK/text_pcap" && echo same || echo differs)"
    fi
    rc=0
    timeout 60 "$BIN" -r - -q -t epoch --color never <"$WORK/in.pcapng" >"$WORK/out" 2>"$WORK/err" || rc=$?
    if [ "$rc" -eq 0 ] && cmp -s "$WORK/out" "$WORK/text_pcap"; then
        pass "e: -r - with a pcapng on stdin prints the same text"
    else
        fail "e: -r - < in.pcapng: exit $rc, stderr $(errline)"
    fi
    run -r "$WORK/in.pcapng" -q --no-print -w "$WORK/from_ng.pcap"
    if [ "$rc" -eq 0 ] && msg=$(pu same "$WORK/from_ng.pcap" "$WORK/in.pcap"); then
        pass "e: -r in.pcapng -w out.pcap holds the pcap's records ($msg)"
    else
        fail "e: -r in.pcapng -w out.pcap: exit $rc, ${msg:-}"
    fi
    # Unknown block types and damaged block lengths.
    "$PY" - "$WORK/in.pcapng" "$WORK" <<'PYEOF'
import struct, sys
src, tmp = sys.argv[1], sys.argv[2]
d = open(src, "rb").read()
blocks, off = [], 0
while off < len(d):
    bt, bl = struct.unpack_from("<II", d, off)
    blocks.append(d[off:off + bl])
    off += bl
def custom(btype, body, length=None, trailer=None):
    body += b"\0" * ((-len(body)) % 4)
    n = 12 + len(body)
    return struct.pack("<II", btype, n if length is None else length) + body + \
        struct.pack("<I", n if trailer is None else trailer)
ok = custom(0x0BADBEEF, b"an unknown block type, valid lengths")
empty = custom(0x0BADBEEF, b"")
# blocks[0] = SHB, blocks[1] = IDB, then packets
variants = {
    "unknown": blocks[0] + blocks[1] + ok + b"".join(blocks[2:10]) + ok + empty + b"".join(blocks[10:]) + ok,
    "unknown_first": blocks[0] + ok + blocks[1] + b"".join(blocks[2:]),
    "bad_trailer": blocks[0] + blocks[1] + b"".join(blocks[2:10]) +
        custom(0x0BADBEEF, b"x" * 16, trailer=999) + b"".join(blocks[10:]),
    "len_not_4": blocks[0] + blocks[1] + b"".join(blocks[2:10]) +
        custom(0x0BADBEEF, b"x" * 16, length=30) + b"".join(blocks[10:]),
    "len_huge": blocks[0] + blocks[1] + b"".join(blocks[2:10]) +
        custom(0x0BADBEEF, b"x" * 16, length=0x7FFFFFF0) + b"".join(blocks[10:]),
    "len_short": blocks[0] + blocks[1] + b"".join(blocks[2:10]) +
        custom(0x0BADBEEF, b"x" * 16, length=8) + b"".join(blocks[10:]),
}
for name, data in variants.items():
    open("%s/ng_%s.pcapng" % (tmp, name), "wb").write(data)
PYEOF
    # shellcheck disable=SC2043
    for name in unknown unknown_first bad_trailer len_not_4 len_huge len_short; do
        run -r "$WORK/ng_$name.pcapng" -q -t epoch --color never
        recs=$(records "$WORK/out")
        prefix_ok=0
        if [ -s "$WORK/out" ]; then
            head -c "$(wc -c <"$WORK/out")" "$WORK/text_pcap" | cmp -s - "$WORK/out" && prefix_ok=1
        else
            prefix_ok=1
        fi
        if { [ "$rc" -eq 0 ] && [ ! -s "$WORK/err" ] && [ "$prefix_ok" -eq 1 ]; } \
            || { [ "$rc" -eq 1 ] && one_error_line "$WORK/err" && [ "$prefix_ok" -eq 1 ]; }; then
            pass "e: pcapng $name -> exit $rc, $recs frames printed (the first of the file's), stderr: $(if [ -s "$WORK/err" ]; then errline; else echo empty; fi)"
        else
            fail "e: pcapng $name -> exit $rc (want 0 or 1; >128 = signal, 124 = hung), $recs frames, prefix $prefix_ok, stderr $(errline)"
        fi
        if [ "$name" = unknown ] && { [ "$rc" -ne 0 ] || ! cmp -s "$WORK/out" "$WORK/text_pcap"; }; then
            fail "e: pcapng with unknown 0x0BADBEEF blocks (valid lengths) should be skipped like tcpdump does: exit $rc, $recs of $nin frames"
        fi
    done
else
    echo "note: editcap (wireshark-common) not installed: pcapng checks skipped"
fi

# ---------------------------------------------------------------- f. caplen 300000
echo "== f. a record with caplen 300000"
"$PY" - "$WORK" <<'PYEOF'
import struct, sys
tmp = sys.argv[1]
frame = b"\xff" * 6 + b"\x02\x00\x00\x00\x00\x01" + b"\x08\x06" + \
    struct.pack("!HHBBH", 1, 0x0800, 6, 4, 1) + b"\x02\x00\x00\x00\x00\x01" + bytes([10, 0, 0, 1]) + \
    b"\0" * 6 + bytes([10, 0, 0, 2])
def rec(data, caplen=None, wlen=None):
    return struct.pack("<IIII", 1700000000, 1, len(data) if caplen is None else caplen,
                       len(data) if wlen is None else wlen) + data
for name, snaplen in (("huge_snap262144", 262144), ("huge_snap400000", 400000), ("huge_snap65535", 65535)):
    with open("%s/%s.pcap" % (tmp, name), "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, 1))
        f.write(rec(frame) + rec(frame))
        f.write(struct.pack("<IIII", 1700000001, 0, 300000, 300000) + b"\0" * 300000)
        f.write(rec(frame))
PYEOF
for name in huge_snap262144 huge_snap400000 huge_snap65535; do
    run -r "$WORK/$name.pcap" -q -t none
    recs=$(records "$WORK/out")
    if [ "$rc" -eq 1 ] && one_error_line "$WORK/err" && [ "$recs" -eq 2 ]; then
        pass "f: $name: caplen 300000 -> exit 1, the 2 frames before it printed, one line: $(head -n 1 "$WORK/err")"
    else
        fail "f: $name: caplen 300000 -> exit $rc (want 1), $recs frames (want 2), stderr $(errline)"
    fi
done

# ---------------------------------------------------------------- g. truncated files
echo "== g. the pcap cut at ~550 places (every byte of the first 200)"
cat >"$WORK/cuts.py" <<'PYEOF'
import os, subprocess, sys
sys.path.insert(0, sys.argv[5])
from pcaputil import boundaries, pcapng_blocks
binary, src, tmp, kind = sys.argv[1:5]
data = open(src, "rb").read()
if kind == "pcapng":
    blocks = pcapng_blocks(src)
    first_idb_end = next(end for (t, end) in blocks if t == 1)
    ends = set(end for (_, end) in blocks if end >= first_idb_end)
    packet_ends = [end for (t, end) in blocks if t in (3, 6)]   # SPB, EPB
full = subprocess.run([binary, "-r", src, "-q", "-t", "none", "--color", "never"],
                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60).stdout
bnd = set(boundaries(src)) if kind == "pcap" else set()
cut_path = os.path.join(tmp, "cut." + kind)
bad, runs, exit0, exit1 = [], 0, 0, 0
# Every byte of the headers and first records, every 100th byte of the first 20 KB, then every
# 997th (a prime, so cuts fall at every offset within records): ~550 runs, bounded, which an
# ASan build also does in well under a minute.
cuts = list(range(0, 200)) + list(range(200, 20000, 100)) + list(range(20000, min(len(data), 400000), 997))
for cut in cuts:
    with open(cut_path, "wb") as f:
        f.write(data[:cut])
    runs += 1
    try:
        p = subprocess.run([binary, "-r", cut_path, "-q", "-t", "none", "--color", "never"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20)
    except subprocess.TimeoutExpired:
        bad.append("cut %d: hung (> 20 s)" % cut)
        continue
    rc, out, err = p.returncode, p.stdout, p.stderr
    lines = err.decode("utf-8", "replace").splitlines()
    problems = []
    if rc < 0 or rc not in (0, 1):
        problems.append("exit %d%s" % (rc, " (signal)" if rc < 0 else ""))
    if rc == 0 and err:
        problems.append("exit 0 but stderr %r" % err[:200])
    if rc == 1 and not (len(lines) == 1 and lines[0].startswith("tapsniff: ")):
        problems.append("exit 1 with %d stderr lines %r (want one 'tapsniff: ' line)" % (len(lines), err[:200]))
    if kind == "pcap" and cut >= 24:
        want = 0 if cut in bnd else 1
        if rc in (0, 1) and rc != want:
            problems.append("exit %d, want %d (%s)" % (rc, want, "cut at a record boundary" if want == 0 else "cut inside a record"))
    if kind == "pcapng":
        want = 0 if cut in ends else 1
        if rc in (0, 1) and rc != want:
            problems.append("exit %d, want %d (%s)" % (rc, want, "cut at a block boundary after the IDB" if want == 0 else "cut inside a block or before the IDB"))
        complete = sum(1 for e in packet_ends if e <= cut) if cut >= first_idb_end else 0
        got = sum(1 for l in out.split(b"\n") if l and not l.startswith((b"\t", b"  ")))
        if got != complete:
            problems.append("%d frames printed, %d packet blocks are complete before the cut" % (got, complete))
    if not full.startswith(out):
        problems.append("output is not a prefix of the whole file's output")
    elif out and not out.endswith(b"\n"):
        problems.append("output ends in the middle of a line")
    if kind == "pcap" and cut >= 24:
        complete = sum(1 for b in bnd if b <= cut) - 1   # records wholly before the cut
        got = sum(1 for l in out.split(b"\n") if l and not l.startswith((b"\t", b"  ")))
        if got != complete:
            problems.append("%d frames printed, %d records are complete before the cut" % (got, complete))
    if rc == 0:
        exit0 += 1
    elif rc == 1:
        exit1 += 1
    if problems:
        bad.append("cut %d: %s" % (cut, "; ".join(problems)))
print("%s: %d bytes, %d cuts (every byte to 200, every 100th to 20 KB, then every 997th): exit 0 %d times, exit 1 %d times, %d problem(s)" %
      (kind, len(data), runs, exit0, exit1, len(bad)))
for b in bad[:10]:
    print("    " + b)
sys.exit(1 if bad else 0)
PYEOF
if out=$("$PY" "$WORK/cuts.py" "$BIN" "$WORK/in.pcap" "$WORK" pcap "$WORK"); then
    pass "g: $out"
else
    fail "g: $out"
fi
if [ -f "$WORK/in.pcapng" ]; then
    if out=$("$PY" "$WORK/cuts.py" "$BIN" "$WORK/in.pcapng" "$WORK" pcapng "$WORK"); then
        pass "g: $out"
    else
        fail "g: $out"
    fi
fi

# ---------------------------------------------------------------- h. garbage
echo "== h. random bytes, empty file, empty stdin"
"$PY" - "$WORK" <<'PYEOF'
import random, struct, sys
tmp = sys.argv[1]
rng = random.Random(0x5EED)
magics = {b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4", b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d",
          b"\x0a\x0d\x0d\x0a"}
for size in (1, 2, 3, 4, 16, 23, 24, 25, 100, 1000, 4096, 65536, 1000000):
    b = bytearray(rng.getrandbits(8) for _ in range(size))
    if bytes(b[:4]) in magics:
        b[0] ^= 0xFF
    open("%s/random_%d.bin" % (tmp, size), "wb").write(bytes(b))
# A valid pcap header (EN10MB) followed by random bytes, and a pcapng SHB followed by random bytes.
hdr = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)
shb_body = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)
shb = struct.pack("<II", 0x0A0D0D0A, 12 + len(shb_body)) + shb_body + struct.pack("<I", 12 + len(shb_body))
for k in range(8):
    body = bytes(rng.getrandbits(8) for _ in range(rng.choice([10, 100, 5000])))
    open("%s/hdr_random_%d.pcap" % (tmp, k), "wb").write(hdr + body)
    open("%s/shb_random_%d.pcapng" % (tmp, k), "wb").write(shb + body)
# Small records with random contents: valid lengths, garbage frames.
with open("%s/random_frames.pcap" % tmp, "wb") as f:
    f.write(hdr)
    for i in range(2000):
        n = rng.randrange(0, 200)
        f.write(struct.pack("<IIII", 1700000000 + i, rng.randrange(1000000), n, n + rng.choice([0, 0, 5]))
                + bytes(rng.getrandbits(8) for _ in range(n)))
PYEOF
for f in "$WORK"/random_*.bin; do
    run -r "$f" -q
    if [ "$rc" -eq 1 ] && one_error_line "$WORK/err" && [ ! -s "$WORK/out" ]; then
        pass "h: $(basename "$f") -> exit 1, one line: $(head -n 1 "$WORK/err")"
    else
        fail "h: $(basename "$f") -> exit $rc (want 1; >128 = signal), stdout $(wc -c <"$WORK/out") bytes, stderr $(errline)"
    fi
done
hbad=0
for f in "$WORK"/hdr_random_*.pcap "$WORK"/shb_random_*.pcapng; do
    run -r "$f" -q
    if ! { [ "$rc" -eq 0 ] && [ ! -s "$WORK/err" ]; } && ! { [ "$rc" -eq 1 ] && one_error_line "$WORK/err"; }; then
        fail "h: $(basename "$f") -> exit $rc (want 0 or 1, never a signal), stderr $(errline)"
        hbad=$((hbad + 1))
    fi
done
[ "$hbad" -ne 0 ] || pass "h: a valid pcap/pcapng header followed by random bytes (16 files) -> exit 0 or 1, at most one line, no signal"
run -r "$WORK/random_frames.pcap" -q -x
if [ "$rc" -eq 0 ] && [ ! -s "$WORK/err" ] && [ "$(records "$WORK/out")" -eq 2000 ]; then
    pass "h: 2000 frames of random bytes (valid record lengths) -> exit 0, every frame printed"
else
    fail "h: 2000 random frames -> exit $rc, $(records "$WORK/out") records, stderr $(errline)"
fi
: >"$WORK/empty.pcap"
run -r "$WORK/empty.pcap"
if [ "$rc" -eq 1 ] && one_error_line "$WORK/err" && [ ! -s "$WORK/out" ]; then
    pass "h: an empty file -> exit 1, one line: $(head -n 1 "$WORK/err")"
else
    fail "h: an empty file -> exit $rc (want 1), stderr $(errline)"
fi
run -r -
if [ "$rc" -eq 1 ] && one_error_line "$WORK/err" && [ ! -s "$WORK/out" ]; then
    pass "h: -r - with empty stdin -> exit 1, one line: $(head -n 1 "$WORK/err")"
else
    fail "h: -r - with empty stdin -> exit $rc (want 1), stderr $(errline)"
fi

finish
