#!/usr/bin/env bash
# usage: filter_test.sh BIN
# BPF filters (issue 5) and -w with a filter (issue 9), checked against tcpdump (same libpcap).
# On the combined frame set (gen_frames.py all = the link set followed by the ip set, 1000+
# frames, including snapped frames with caplen < len), for each expression EXPR:
#   1. text: `tapsniff -r F -t none -q --color never EXPR` and `TZ=UTC tcpdump -nn -e -t -r F EXPR`
#      split into records (oracle_compare.py's rule: a record starts at a line that does not
#      start with a TAB or two spaces) -> same number of records, every record identical;
#   2. frames: `tapsniff -r F -q --no-print -w ts.pcap EXPR` and `tcpdump -r F -w td.pcap EXPR`
#      hold the same records (timestamp, caplen, len, bytes), and `tcpdump -nn -e -tt -r` prints
#      the same for both (tshark's frame.time_epoch/frame.len/frame.cap_len too, if installed);
#   3. `-w FILE` keeps printing: stdout with -w equals stdout without, the file equals ts.pcap.
# Also: the filter given as several words equals the quoted one; bad expressions -> exit 2
# with one line quoting libpcap's message (the one tcpdump prints); a RAW (--tun style)
# capture: filters compiled for RAW, -w writes link type RAW.
# Needs tcpdump (the oracle; skipped with 77 when missing). Exit 0 pass, 1 fail, 77 skip.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
need tcpdump "tcpdump (the oracle)"

export TZ=UTC LC_ALL=C

gen_frames all "$WORK/all.pcap"

# The comparison itself is in Python: records, pcap parsing, bounded subprocesses.
cat >"$WORK/filter_check.py" <<'PYEOF'
import collections
import os
import shutil
import struct
import subprocess
import sys

here, binary, pcap, tmp = sys.argv[1:5]
sys.path.insert(0, here)
from oracle_compare import split_records  # the one record-splitting rule for all tests

failures = 0


def ok(msg):
    print("PASS: " + msg)


def bad(msg):
    global failures
    failures += 1
    print("FAIL: " + msg)


def run(cmd, stdin=None):
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL if stdin is None else stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    except subprocess.TimeoutExpired:
        return 124, b"", b"timed out after 120 s"
    return p.returncode, p.stdout, p.stderr


def text(b):
    return b.decode("utf-8", errors="surrogateescape")


def how(rc):
    return ("killed by signal %d" % -rc) if rc < 0 else ("exit %d" % rc)


def read_pcap(path):
    """(linktype, [(sec, usec, caplen, len, data)]) of a classic pcap, or raises."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24:
        raise ValueError("%s: %d bytes, shorter than a pcap header" % (path, len(data)))
    magic = data[:4]
    if magic == b"\xd4\xc3\xb2\xa1":
        e = "<"
    elif magic == b"\xa1\xb2\xc3\xd4":
        e = ">"
    else:
        raise ValueError("%s: magic %s is not a microsecond pcap magic" % (path, magic.hex()))
    linktype = struct.unpack_from(e + "I", data, 20)[0] & 0x0FFFFFFF
    off, recs = 24, []
    while off < len(data):
        if off + 16 > len(data):
            raise ValueError("%s: partial record header at offset %d" % (path, off))
        sec, usec, caplen, wlen = struct.unpack_from(e + "IIII", data, off)
        if off + 16 + caplen > len(data):
            raise ValueError("%s: partial record data at offset %d" % (path, off))
        recs.append((sec, usec, caplen, wlen, data[off + 16:off + 16 + caplen]))
        off += 16 + caplen
    return linktype, recs


# ------------------------------------------------------------------ the expressions
_, all_recs = read_pcap(pcap)
total = len(all_recs)
snapped_total = sum(1 for r in all_recs if r[2] < r[3])

# A MAC and a UDP port that are present in the file: the most frequent Ethernet source
# address, and the most frequent UDP destination port of untagged IPv4 frames.
macs = collections.Counter()
ports = collections.Counter()
for (_, _, caplen, wlen, d) in all_recs:
    if caplen >= 14:
        macs[d[6:12]] += 1
    if caplen >= 14 + 20 + 8 and d[12:14] == b"\x08\x00" and d[14] >> 4 == 4 and d[23] == 17:
        ihl = (d[14] & 0x0F) * 4
        frag = struct.unpack_from("!H", d, 20)[0] & 0x1FFF
        if frag == 0 and caplen >= 14 + ihl + 4:
            ports[struct.unpack_from("!H", d, 14 + ihl + 2)[0]] += 1
mac = ":".join("%02x" % b for b in macs.most_common(1)[0][0])
port = ports.most_common(1)[0][0]

exprs = [
    "arp", "rarp", "vlan", "vlan 100", "vlan and arp",
    "ether host %s" % mac, "ether src %s and not vlan" % mac,
    "ether broadcast", "ether multicast", "ether proto 0x88b5", "ether[12:2] = 0x1234",
    "icmp", "icmp6", "ip6", "ip", "udp", "udp port %d" % port, "tcp", "ip6 and tcp",
    "tcp[tcpflags] & tcp-syn != 0", "tcp[tcpflags] == tcp-rst",
    "ip[6:2] & 0x1fff != 0", "icmp[icmptype] == icmp-echo", "icmp6 and ip6[40] == 128",
    "host 10.0.0.1", "net 10.0.0.0/8", "arp or icmp", "vlan 100 and ip",
    "not arp and not ip and not ip6", "len > 1000", "greater 60", "less 43",
    "arp[6:2] = 2",
]

print("combined pcap: %d frames (%d snapped, caplen < len); MAC %s, UDP port %d" %
      (total, snapped_total, mac, port))

table = []
have_tshark = shutil.which("tshark") is not None
snapped_written = 0
for i, expr in enumerate(exprs):
    tag = "e%02d" % i
    problems = []
    # 1. text, record by record
    rc, td_out, td_err = run(["tcpdump", "-nn", "-e", "-t", "-r", pcap, expr])
    if rc != 0:
        bad("%-32s tcpdump failed (%s): %s" % (expr, how(rc), text(td_err).strip()[-300:]))
        table.append((expr, "?", "?", "tcpdump error"))
        continue
    rc, ts_out, ts_err = run([binary, "-r", pcap, "-t", "none", "-q", "--color", "never", expr])
    exp = split_records(text(td_out))
    got = split_records(text(ts_out))
    if rc != 0 or ts_err:
        problems.append("tapsniff %s, stderr %r" % (how(rc), text(ts_err)[:300]))
    if len(exp) != len(got):
        problems.append("record count: tcpdump %d, tapsniff %d" % (len(exp), len(got)))
    diffs = [k for k in range(min(len(exp), len(got))) if exp[k] != got[k]]
    if diffs:
        k = diffs[0]
        problems.append("%d record(s) differ; first #%d:\n      tcpdump:  %r\n      tapsniff: %r" %
                        (len(diffs), k + 1, exp[k], got[k]))
    if not exp:
        problems.append("matches no frame in the test file (test data no longer exercises it)")

    # 2. the frames that pass: -w of both
    ts_pcap = os.path.join(tmp, tag + ".ts.pcap")
    td_pcap = os.path.join(tmp, tag + ".td.pcap")
    rc, out, err = run([binary, "-r", pcap, "-q", "--no-print", "-w", ts_pcap, expr])
    if rc != 0 or out or err:
        problems.append("-w --no-print: %s, stdout %d bytes (want 0), stderr %r" %
                        (how(rc), len(out), text(err)[:300]))
    rc2, _, err2 = run(["tcpdump", "-r", pcap, "-w", td_pcap, expr])
    nrec = None
    try:
        lt, ts_recs = read_pcap(ts_pcap)
        _, td_recs = read_pcap(td_pcap)
        nrec = len(ts_recs)
        if lt != 1:
            problems.append("-w file has link type %d, want 1 (EN10MB)" % lt)
        if ts_recs != td_recs:
            first = next((k for k in range(min(len(ts_recs), len(td_recs)))
                          if ts_recs[k] != td_recs[k]), min(len(ts_recs), len(td_recs)))
            problems.append("-w records differ from tcpdump -w: %d vs %d records, first difference at #%d" %
                            (len(ts_recs), len(td_recs), first + 1))
        if len(ts_recs) != len(exp):
            problems.append("-w file holds %d records, tcpdump printed %d" % (len(ts_recs), len(exp)))
        snapped_written += sum(1 for r in ts_recs if r[2] < r[3])
    except (OSError, ValueError) as e:
        problems.append("-w file unreadable: %s" % e)
    # tcpdump -tt of both files: timestamps, lengths and decoding of what was saved
    a = run(["tcpdump", "-nn", "-e", "-tt", "-r", ts_pcap])
    b = run(["tcpdump", "-nn", "-e", "-tt", "-r", td_pcap])
    if a[0] != 0 or a[1] != b[1]:
        problems.append("tcpdump -nn -e -tt -r of the -w file: %s, output %s tcpdump's own -w file" %
                        (how(a[0]), "equals" if a[1] == b[1] else "differs from"))
    if have_tshark:
        fields = ["-T", "fields", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len"]
        a = run(["tshark", "-n", "-r", ts_pcap] + fields)
        b = run(["tshark", "-n", "-r", td_pcap] + fields)
        if a[0] != 0 or a[1] != b[1]:
            problems.append("tshark time/len/cap_len of the -w file %s tcpdump's (tshark %s)" %
                            ("equal" if a[1] == b[1] else "differ from", how(a[0])))

    # 3. -w FILE with printing: the text goes on, the file is the same
    w_pcap = os.path.join(tmp, tag + ".w.pcap")
    rc, out, err = run([binary, "-r", pcap, "-t", "none", "-q", "--color", "never", "-w", w_pcap, expr])
    if rc != 0 or err or out != ts_out:
        problems.append("-w FILE with printing: %s, stderr %r, stdout %s the output without -w" %
                        (how(rc), text(err)[:200], "equals" if out == ts_out else "differs from"))
    try:
        if open(w_pcap, "rb").read() != open(ts_pcap, "rb").read():
            problems.append("-w FILE with printing wrote a different file than with --no-print")
    except OSError as e:
        problems.append("-w FILE with printing: %s" % e)

    table.append((expr, len(exp), len(got), "ok" if not problems else "MISMATCH"))
    if problems:
        bad("%r: %s" % (expr, "\n    ".join(problems)))
    else:
        ok("%-34s %4d frames: text identical to tcpdump, -w records identical to tcpdump -w (%s)" %
           (expr, len(exp), "tcpdump -tt" + (" + tshark" if have_tshark else "")))

if snapped_written > 0:
    ok("snapped records (caplen < len) survive -w: %d written across the expressions" % snapped_written)
else:
    bad("no snapped record (caplen < len) was written by any -w run: the test does not cover them")

print()
print("expressions compared (tcpdump records / tapsniff records):")
for (expr, n_td, n_ts, verdict) in table:
    print("  %-34s %5s %5s  %s" % (expr, n_td, n_ts, verdict))
print("  (all %d frames without a filter)" % total)

# ------------------------------------------------------------------ filter as several words
rc, joined, err = run([binary, "-r", pcap, "-t", "none", "-q", "vlan", "and", "arp"])
rc2, quoted, _ = run([binary, "-r", pcap, "-t", "none", "-q", "vlan and arp"])
if rc == 0 and not err and joined == quoted and joined:
    ok("filter as several words (vlan and arp) equals the quoted expression")
else:
    bad("filter as words: %s, %d vs %d bytes of output, stderr %r" %
        (how(rc), len(joined), len(quoted), text(err)[:200]))

# ------------------------------------------------------------------ bad expressions
for expr in ["vlan and", "tcp port 99999", "bogus", "ether host 01:02", "ip[", "tcp[tcpflags] &"]:
    rc, out, err = run([binary, "-r", pcap, "-q", expr])
    trc, _, terr = run(["tcpdump", "-r", pcap, expr])
    msg = ""
    for line in text(terr).splitlines():
        if line.startswith("tcpdump: "):
            msg = line[len("tcpdump: "):]
    lines = text(err).splitlines()
    one = len(lines) == 1 and text(err).endswith("\n") and lines[0].startswith("tapsniff: ")
    if rc == 2 and one and not out and msg and msg in lines[0]:
        ok("bad filter %r -> exit 2, one line: %s" % (expr, lines[0]))
    else:
        bad("bad filter %r -> %s (want exit 2), stdout %d bytes, stderr %r (want one 'tapsniff: ' line containing libpcap's %r)" %
            (expr, how(rc), len(out), text(err)[:300], msg))

# ------------------------------------------------------------------ a RAW (TUN) capture
# IP packets without an Ethernet header, link type RAW (101): the untagged IPv4/IPv6 frames.
raw_path = os.path.join(tmp, "raw.pcap")
with open(raw_path, "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 101))
    nraw = 0
    for (sec, usec, caplen, wlen, d) in all_recs:
        if caplen > 14 and d[12:14] in (b"\x08\x00", b"\x86\xdd"):
            f.write(struct.pack("<IIII", sec, usec, caplen - 14, wlen - 14) + d[14:])
            nraw += 1
raw_problems = []
raw_counts = []
for i, expr in enumerate(["ip", "ip6", "icmp", "tcp", "udp", "host 10.0.0.1",
                          "tcp[tcpflags] & tcp-syn != 0", "ip[6:2] & 0x1fff != 0", "greater 60"]):
    ts_pcap = os.path.join(tmp, "raw%02d.ts.pcap" % i)
    td_pcap = os.path.join(tmp, "raw%02d.td.pcap" % i)
    rc, out, err = run([binary, "-r", raw_path, "-q", "--no-print", "-w", ts_pcap, expr])
    run(["tcpdump", "-r", raw_path, "-w", td_pcap, expr])
    try:
        lt, a = read_pcap(ts_pcap)
        _, b = read_pcap(td_pcap)
    except (OSError, ValueError) as e:
        raw_problems.append("%r: %s (tapsniff %s, stderr %r)" % (expr, e, how(rc), text(err)[:200]))
        continue
    raw_counts.append("%s=%d" % (expr, len(b)))
    if rc != 0 or err or lt != 101 or a != b or not b:
        raw_problems.append("%r: %s, link type %d (want 101 RAW), %d records vs tcpdump %d%s" %
                            (expr, how(rc), lt, len(a), len(b), "" if a == b else " (records differ)"))
if raw_problems:
    bad("RAW capture (%d packets): %s" % (nraw, "; ".join(raw_problems)))
else:
    ok("RAW capture (%d packets): filters compiled for RAW pass the same packets as tcpdump, -w writes RAW: %s" %
       (nraw, ", ".join(raw_counts)))
rc, out, err = run([binary, "-r", raw_path, "-q", "ether broadcast"])
lines = text(err).splitlines()
if rc == 2 and len(lines) == 1 and lines[0].startswith("tapsniff: ") and not out:
    ok("'ether broadcast' on a RAW capture -> exit 2: %s" % lines[0])
else:
    bad("'ether broadcast' on a RAW capture -> %s (want 2), stderr %r" % (how(rc), text(err)[:300]))

print()
if failures:
    print("filter_test: %d check(s) FAILED" % failures)
    sys.exit(1)
print("filter_test: all checks passed")
sys.exit(0)
PYEOF

status=0
"$PY" "$WORK/filter_check.py" "$HERE" "$BIN" "$WORK/all.pcap" "$WORK" || status=$?
exit "$status"
