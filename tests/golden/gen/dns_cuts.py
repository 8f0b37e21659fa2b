#!/usr/bin/python3
"""Frames of dns.py whose capture ends at every byte of their DNS message (caplen < len): where
tcpdump's domain_print stops, marks " [|domain]", or prints what it read.  usage: dns_cuts.py OUT.pcap"""
import importlib.util
import os
import struct
import sys

spec = importlib.util.spec_from_file_location("dns_frames", os.path.join(os.path.dirname(__file__), "dns.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def find(payload_start):
    """The first frame of dns.py whose UDP/TCP payload starts with these bytes."""
    for f in gen.frames:
        raw = bytes(f)
        if payload_start in raw[42:42 + len(payload_start) + 2]:
            return raw
    raise SystemExit("dns_cuts: no frame starts with %r" % payload_start)


chosen = [
    find(struct.pack(">HH", 14, 0x85a0)),   # CNAME, A, AAAA with compression
    find(struct.pack(">HH", 17, 0x8180)),   # MX, TXT, PTR, NS, DNAME, HINFO
    find(struct.pack(">HH", 21, 0x8180)),   # OPT with every EDNS option
    find(struct.pack(">HHHH", 0, 0x8400, 0, 5)),  # mDNS answers with cache flush
    find(struct.pack(">HH", 6, 0x0100)),    # query with EDNS options
]
with open(sys.argv[1], "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
    n = 0
    for raw in chosen:
        for cut in range(42, len(raw)):
            out.write(struct.pack("<IIII", 1700000000 + n, 0, cut, len(raw)) + raw[:cut])
            n += 1
