#!/usr/bin/python3
"""Writes tests/proto/<home>_frames.hpp: real frames from public captures and what tcpdump 4.99.3
prints after the link layer for every cut of each from the UDP or TCP payload (or a non-IP Ethernet
payload) on (runs of equal text) and
for single-byte changes of the payload (one per kind of text).

usage: CAPTURES=DIR gen_cut_tables.py HOME OUTFILE NAME=PCAP#N[:SPAN] ...
  PCAP#N  frame N (1-based, all frames counted) of DIR/PCAP (an absolute path is taken as is)
  SPAN    change only the first SPAN bytes of the payload (a tunnel's header, not its inner frame)
The captures are the public test captures of tcpdump, Zeek and Suricata (not in this repository);
the frames' bytes end up in the header, so the tests need neither the captures nor tcpdump.
"""
import os, struct, subprocess, sys, tempfile

CAPTURES = os.environ.get("CAPTURES", "/work/captures/all")

TMP = tempfile.mkdtemp(prefix="cut_tables.")
os.makedirs(TMP, exist_ok=True)

def frame_of(path, n):
    tmp = os.path.join(TMP, "one.pcap")
    subprocess.run(["tcpdump", "-r", path, "-w", tmp, "-c", str(n)], stderr=subprocess.DEVNULL)
    data = open(tmp, "rb").read()
    e = "<" if struct.unpack("<I", data[:4])[0] in (0xa1b2c3d4, 0xa1b23c4d) else ">"
    off, i = 24, 0
    while off + 16 <= len(data):
        ts, us, cap, ln = struct.unpack(e + "IIII", data[off:off + 16]); i += 1
        if i == n:
            return data[off + 16:off + 16 + cap], ln
        off += 16 + cap

def payload_offset(b):
    off = 14
    t = struct.unpack(">H", b[12:14])[0]
    while t in (0x8100, 0x88a8):
        t = struct.unpack(">H", b[off + 2:off + 4])[0]; off += 4
    if t == 0x0800:
        proto = b[off + 9]
        off += (b[off] & 0xf) * 4
    elif t == 0x86dd:
        proto = b[off + 6]
        off += 40
    else:
        return off  # not IP: the Ethernet payload (CFM, GeoNet, PTP over Ethernet ...)
    if proto == 6:
        return off + (b[off + 12] >> 4) * 4  # the TCP payload
    return off + 8

def ip_part(text):
    at = text.find(": ")
    return text if at < 0 else text[at + 2:]

def tcpdump_cuts(b, ln, start):
    p = os.path.join(TMP, "cuts.pcap")
    with open(p, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for cut in range(start, len(b) + 1):
            f.write(struct.pack("<IIII", 1, 0, cut, ln)); f.write(b[:cut])
    out = subprocess.run(["tcpdump", "-#", "-nn", "-e", "-t", "-S", "-r", p], capture_output=True,
                         text=True, errors="surrogateescape", env={"LC_ALL": "C", "TZ": "UTC"}).stdout
    groups, cur = {}, None
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line, not a line of its own
    for l in lines:
        if len(l) > 7 and l[:5].strip().isdigit() and l[5:7] == "  ":
            cur = int(l[:5]); groups[cur] = [l[7:]]
        elif cur is not None:
            groups[cur].append(l)
    return [ip_part("\n".join(groups[i + 1])) for i in range(len(b) + 1 - start)]

VALUES = [0x00, 0x01, 0x02, 0x04, 0x06, 0x1f, 0x30, 0x7f, 0x80, 0x81, 0x82, 0x84, 0xa0, 0xff]

def tcpdump_mutations(b, ln, start, limit, span):
    """Single-byte changes of the payload whose text tcpdump prints differently (one per kind)."""
    recs = []
    for pos in range(start, min(len(b), start + span)):
        for v in VALUES:
            if b[pos] == v:
                continue
            m = bytearray(b); m[pos] = v; recs.append((pos, v, bytes(m)))
    p = os.path.join(TMP, "mut.pcap")
    with open(p, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for _, _, m in recs:
            f.write(struct.pack("<IIII", 1, 0, len(m), ln)); f.write(m)
    out = subprocess.run(["tcpdump", "-#", "-nn", "-e", "-t", "-S", "-r", p], capture_output=True,
                         text=True, errors="surrogateescape", env={"LC_ALL": "C", "TZ": "UTC"}).stdout
    groups, cur = {}, None
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for l in lines:
        if len(l) > 7 and l[:5].strip().isdigit() and l[5:7] == "  ":
            cur = int(l[:5]); groups[cur] = [l[7:]]
        elif cur is not None:
            groups[cur].append(l)
    seen, picked = set(), []
    for i, (pos, v, _) in enumerate(recs):
        t = ip_part("\n".join(groups.get(i + 1, [])))
        key = t.split(": ", 1)[-1][:40]
        if key in seen or len(t) > 400 or any(x in t for x in (" at-#", "ESP(", "igmp", "sctp", "NTPv", "IP0 ")):
            continue
        seen.add(key); picked.append((pos, v, t))
        if len(picked) >= limit:
            break
    return picked

def cpp_string(s):
    r = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    r = r.replace("?", "\\?")  # no trigraphs ("???)")
    return '"' + r + '"'

home, outfile = sys.argv[1], sys.argv[2]
lines = [f"// Real frames for the {home} tests, from public captures, and what tcpdump 4.99.3 -nn -e prints",
         "// after the link layer for every cut of each from the UDP payload on (runs of equal text) and",
         "// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.",
         "#pragma once", "", '#include "cut_table.hpp"', "", "namespace tapsniff::test::" + home + "_frames {", ""]
for spec in sys.argv[3:]:
    name, src = spec.split("=", 1)
    span = 1 << 20
    if ":" in src:
        src, span = src.rsplit(":", 1); span = int(span)
    path, n = src.rsplit("#", 1)
    b, ln = frame_of(os.path.join(CAPTURES, path), int(n))
    start = payload_offset(b)
    texts = tcpdump_cuts(b, ln, start)
    lines.append(f"// {path} frame {n}")
    lines.append(f"inline const CutFrame k{name}{{")
    h = b.hex()
    lines.append("    " + "\n    ".join('"' + h[k:k + 64] + '"' for k in range(0, len(h), 64)) + ",")
    lines.append(f"    {ln}, {start},")
    lines.append("    {")
    i = 0
    while i < len(texts):
        j = i
        while j + 1 < len(texts) and texts[j + 1] == texts[i]:
            j += 1
        lines.append(f"        {{{start + i}, {start + j}, {cpp_string(texts[i])}}},")
        i = j + 1
    lines.append("    },")
    lines.append("    {")
    for pos, v, t in tcpdump_mutations(b, ln, start, 40, span):
        lines.append(f"        {{{pos}, 0x{v:02x}, {cpp_string(t)}}},")
    lines.append("    },")
    lines.append("};")
    lines.append("")
lines.append("}  // namespace tapsniff::test::" + home + "_frames")
open(outfile, "w").write("\n".join(lines) + "\n")
