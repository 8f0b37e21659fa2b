#!/usr/bin/python3
"""Compare tapsniff's text output with tcpdump's, frame by frame.

usage: oracle_compare.py --tapsniff BIN --pcap FILE [--hex] [--report N]

Runs
    TZ=UTC tcpdump -nn -e -t -r FILE            (+ -XX with --hex)
    TZ=UTC BIN -r FILE -t none -q --color never (+ -x  with --hex)
splits both outputs into per-frame records and compares them.

Record splitting: a record starts at every line that does not start with
whitespace.  Continuation lines (hex dump lines "\\t0x0000:  ...", "\\n\\t"
or "\\n    " continuations of verbose decoders) start with a TAB or with
at least two spaces.  One exception: tcpdump prints frames shorter than an
Ethernet header as " [|ether]" (a single leading space), so a line that
starts with exactly one space followed by a non-space character also
starts a new record.

Exit status 0 only if both produced the same number of records and every
record is byte-identical; 1 otherwise (also if tapsniff is missing,
crashes or tcpdump fails); 2 on usage errors.
"""

import argparse
import os
import struct
import subprocess
import sys


def is_continuation(line):
    if line.startswith("\t"):
        return True
    if line.startswith("  "):
        return True
    return False


def split_records(text):
    records = []
    for line in text.split("\n"):
        if line == "" and not records:
            continue
        if records and is_continuation(line):
            records[-1].append(line)
        else:
            records.append([line])
    # drop the artificial empty record produced by the final newline
    if records and records[-1] == [""]:
        records.pop()
    return ["\n".join(r) for r in records]


def count_pcap_frames(path):
    """Number of packet records in a classic pcap file, or None."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    if len(data) < 24:
        return None
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        endian = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        endian = ">"
    else:
        return None  # pcapng or unknown: not counted
    off, n = 24, 0
    while off + 16 <= len(data):
        caplen = struct.unpack_from(endian + "I", data, off + 8)[0]
        off += 16 + caplen
        if off > len(data):
            break
        n += 1
    return n


def run(cmd, env):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=300)
    except FileNotFoundError as e:
        return None, "", "cannot execute %s: %s" % (cmd[0], e)
    except PermissionError as e:
        return None, "", "cannot execute %s: %s" % (cmd[0], e)
    except OSError as e:
        return None, "", "cannot execute %s: %s" % (cmd[0], e)
    except subprocess.TimeoutExpired:
        return None, "", "%s timed out" % cmd[0]
    out = p.stdout.decode("utf-8", errors="surrogateescape")
    err = p.stderr.decode("utf-8", errors="replace")
    return p.returncode, out, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tapsniff", required=True, help="tapsniff binary")
    ap.add_argument("--pcap", required=True, help="pcap file to read")
    ap.add_argument("--hex", action="store_true",
                    help="compare hex dumps (tcpdump -XX / tapsniff -x)")
    ap.add_argument("--report", type=int, default=10, metavar="N",
                    help="show the first N differing frames (default 10)")
    ap.add_argument("--tcpdump", default="tcpdump",
                    help="tcpdump binary (default: tcpdump on PATH)")
    args = ap.parse_args()

    if not os.path.isfile(args.pcap):
        print("oracle: pcap file %r not found" % args.pcap)
        return 1

    env = dict(os.environ)
    env["TZ"] = "UTC"
    env["LC_ALL"] = "C"

    td_cmd = [args.tcpdump, "-nn", "-e", "-t", "-r", args.pcap]
    ts_cmd = [args.tapsniff, "-r", args.pcap, "-t", "none", "-q",
              "--color", "never"]
    if args.hex:
        td_cmd.insert(-2, "-XX")
        ts_cmd.append("-x")

    rc, td_out, td_err = run(td_cmd, env)
    if rc != 0:
        print("oracle: tcpdump failed (%s): %s" %
              ("status %s" % rc if rc is not None else "not run",
               " ".join(td_cmd)))
        sys.stdout.flush()
        sys.stderr.write(td_err)
        return 1

    failed = False
    rc2, ts_out, ts_err = run(ts_cmd, env)
    if rc2 is None:
        print("oracle: %s" % ts_err)
        failed = True
        ts_out = ""
    elif rc2 != 0:
        how = ("killed by signal %d" % -rc2) if rc2 < 0 else \
            ("exit status %d" % rc2)
        print("oracle: tapsniff %s: %s" % (how, " ".join(ts_cmd)))
        if ts_err.strip():
            print("oracle: tapsniff stderr:")
            for line in ts_err.rstrip("\n").split("\n")[-20:]:
                print("    " + line)
        failed = True

    exp = split_records(td_out)
    got = split_records(ts_out)
    nframes = count_pcap_frames(args.pcap)

    n = max(len(exp), len(got))
    same = 0
    diffs = []
    for i in range(n):
        e = exp[i] if i < len(exp) else None
        g = got[i] if i < len(got) else None
        if e == g:
            same += 1
        else:
            diffs.append((i, e, g))

    print("oracle: %d frames, %d identical, %d differ" %
          (len(exp), same, len(diffs)))
    if nframes is not None and nframes != len(exp):
        print("oracle: note: pcap holds %d frames but tcpdump printed %d "
              "records" % (nframes, len(exp)))
    if len(exp) != len(got):
        print("oracle: record count differs: tcpdump %d, tapsniff %d" %
              (len(exp), len(got)))
        failed = True

    for (i, e, g) in diffs[:max(args.report, 0)]:
        print("--- frame %d" % (i + 1))
        print("  tcpdump:  %s" % (repr(e) if e is not None else "<missing>"))
        print("  tapsniff: %s" % (repr(g) if g is not None else "<missing>"))
    if len(diffs) > args.report > 0:
        print("... %d more differing frames not shown" %
              (len(diffs) - args.report))

    if diffs:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
