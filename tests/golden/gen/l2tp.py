#!/usr/bin/python3
"""L2TPv2 over UDP 1701 as tcpdump prints it: control messages with their AVPs (SCCRQ, SCCRP,
ICRQ, a ZLB ack, hidden and vendor AVPs, a short AVP), data messages carrying PPP with and
without the length and sequence fields, some cut short by the capture.  usage: l2tp.py OUT.pcap"""
import struct
import sys
from scapy.all import IP, UDP, Ether, Raw, raw

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
frames = []  # (bytes, wire length)


def l2tp(payload, cut=None, sport=1701):
    b = raw(Ether(src=A, dst=B) / IP(src="10.0.0.1", dst="10.0.0.2", id=7) / UDP(sport=sport, dport=1701) / Raw(payload))
    frames.append((b[:cut] if cut else b, len(b)))


def avp(attr, value, mandatory=True, hidden=False, vendor=0):
    flags = (0x8000 if mandatory else 0) | (0x4000 if hidden else 0)
    return struct.pack(">HHH", flags | (6 + len(value)), vendor, attr) + value


def control(tunnel, session, ns, nr, avps):
    body = struct.pack(">HHHH", tunnel, session, ns, nr) + avps
    return struct.pack(">HH", 0xc802, 4 + len(body)) + body


def msg(t):
    return avp(0, struct.pack(">H", t))


sccrq = control(0, 0, 0, 0, msg(1) + avp(2, b"\x01\x00") + avp(3, struct.pack(">I", 3)) +
                avp(4, struct.pack(">I", 1), mandatory=False) + avp(6, b"\x06\x90", mandatory=False) +
                avp(7, b"lac.example") + avp(8, b"Vendor X", mandatory=False) + avp(9, b"\x00\x01") +
                avp(10, b"\x00\x04"))
l2tp(sccrq)
l2tp(control(1, 0, 0, 1, msg(2) + avp(2, b"\x01\x00") + avp(3, struct.pack(">I", 1)) + avp(7, b"lns") +
             avp(9, b"\x00\x02") + avp(11, bytes(range(16)))))
l2tp(control(2, 0, 1, 1, msg(3) + avp(13, bytes(range(16)))))        # SCCCN with response
l2tp(control(2, 0, 1, 2, b""))                                      # ZLB
l2tp(control(2, 0, 2, 2, msg(6)))                                   # HELLO
l2tp(control(2, 0, 3, 2, msg(10) + avp(14, b"\x00\x05") + avp(15, struct.pack(">I", 77))))  # ICRQ
l2tp(control(2, 5, 4, 3, msg(12) + avp(24, struct.pack(">I", 100000000)) + avp(19, struct.pack(">I", 1))))  # ICCN
l2tp(control(2, 5, 5, 4, msg(14) + avp(1, b"\x00\x01\x00\x00") + avp(14, b"\x00\x05")))  # CDN
l2tp(control(2, 0, 6, 4, msg(4) + avp(1, b"\x00\x01\x00\x02\x00bye")))  # StopCCN with a message
l2tp(control(2, 0, 7, 4, msg(1) + avp(7, b"hidden", hidden=True) + avp(5, b"\x01\x02", vendor=9)))
l2tp(control(2, 0, 8, 4, msg(16) + avp(35, struct.pack(">HIII", 0, 0xffffffff, 0xffffffff, 0))))  # SLI ACCM
l2tp(control(2, 0, 9, 4, msg(1) + struct.pack(">HHH", 0x8003, 0, 7)))  # an AVP shorter than its header
lcp_echo = b"\xff\x03\xc0\x21\x09\x01\x00\x08\x12\x34\x56\x78"
l2tp(struct.pack(">HHHH", 0x4002, 8 + len(lcp_echo), 2, 5) + lcp_echo)               # data, L
l2tp(struct.pack(">HHH", 0x0002, 2, 5) + lcp_echo)                                   # data
l2tp(struct.pack(">HHHHH", 0x0802, 2, 5, 1, 0) + lcp_echo)                           # data, S
l2tp(struct.pack(">HHHHHH", 0x4a02, 12 + 2 + len(lcp_echo), 2, 5, 1, 0) + b"\x00\x00" + lcp_echo[:0] + b"\x00\x00" + lcp_echo)  # L S O
l2tp(struct.pack(">HHH", 0x0103, 2, 5) + lcp_echo)                                   # priority, version 3
l2tp(sccrq, cut=14 + 20 + 8 + 6)
l2tp(sccrq, cut=14 + 20 + 8 + 13)
l2tp(sccrq, cut=14 + 20 + 8 + 12 + 6 + 6 + 9)
l2tp(sccrq, cut=14 + 20 + 8 + 40)

with open(sys.argv[1], "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
    for i, (b, wire) in enumerate(frames):
        f.write(struct.pack("<IIII", 1000 + i, 0, len(b), wire))
        f.write(b)
