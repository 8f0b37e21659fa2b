#!/usr/bin/python3
"""CFM (IEEE 802.1ag, ethertype 0x8902 and the old 0xabcd) as tcpdump prints it: continuity
checks with MD/MA names of each format and the port, interface and sender-id TLVs, loopback
messages and replies, linktrace messages and replies, an unknown opcode, a bad version, some cut
short by the capture.  usage: cfm.py OUT.pcap"""
import struct
import sys

A = bytes.fromhex("020000000001")
B = bytes.fromhex("0180c2000030")
frames = []  # (bytes, wire length)


def cfm(body, level=5, version=0, opcode=1, flags=0, offset=None, etype=0x8902, cut=None):
    first = 70 if opcode == 1 else (4 if opcode in (2, 3) else (17 if opcode == 5 else (6 if opcode == 4 else 0)))
    hdr = bytes([(level << 5) | version, opcode, flags, first if offset is None else offset])
    b = B + A + struct.pack(">H", etype) + hdr + body
    if len(b) < 60:
        b += bytes(60 - len(b))
    frames.append((b[:cut] if cut else b, len(b)))


def maid(md_format, md_name, ma_format, ma_name):
    m = bytes([md_format])
    if md_format != 1:
        m += bytes([len(md_name)]) + md_name
    m += bytes([ma_format, len(ma_name)]) + ma_name
    return m + bytes(48 - len(m))


def tlv(t, v):
    return bytes([t]) + struct.pack(">H", len(v)) + v


def ccm(seq, mep, md, tlvs=b""):
    return struct.pack(">IH", seq, mep) + md + bytes(16) + tlvs + b"\x00"


ports = tlv(2, b"\x02") + tlv(4, b"\x01")
cfm(ccm(1, 7, maid(4, b"operator", 2, b"service-1"), ports), flags=0x04)
cfm(ccm(2, 8, maid(1, b"", 2, b"vlan10"), tlv(2, b"\x01")), flags=0x84)               # RDI, no MD name
cfm(ccm(3, 9, maid(2, b"example.net", 3, b"\x00\x0a")), flags=0x01)                    # DNS name, VID
cfm(ccm(4, 10, maid(3, bytes.fromhex("00112233445500aa"), 4, b"\x00\x00\x00\x05")), flags=0x07)  # MAC+int
cfm(ccm(5, 11, maid(4, b"op", 32, b"ICC-ID-000001")), flags=0x03)                      # Y.1731 ICC
cfm(ccm(6, 12, maid(4, b"op", 2, b"s"), tlv(1, b"\x05\x01\x02\x00") + tlv(2, b"\x02")), flags=0x04)  # sender id
cfm(struct.pack(">I", 0x1234) + b"\x00", opcode=3)                                    # LBM
cfm(struct.pack(">I", 0x1234) + tlv(3, b"\x00\x01data") + b"\x00", opcode=2)          # LBR, data TLV
cfm(struct.pack(">IB", 77, 64) + A + bytes.fromhex("020000000009") + tlv(7, b"\x00" * 7 + b"\x01") + b"\x00",
    opcode=5, flags=0x80)                                                              # LTM, egress id
cfm(struct.pack(">IBB", 77, 63, 1) + tlv(5, b"\x01" + A) + b"\x00", opcode=4, flags=0xe0)  # LTR, reply ingress
cfm(b"\x00" * 8, opcode=40)                                                           # unknown opcode
cfm(b"\x00" * 8, version=1)                                                           # not version 0
cfm(ccm(7, 13, maid(4, b"old", 2, b"type")), etype=0xabcd, flags=0x04)                # CFM (old)
cfm(ccm(8, 14, maid(4, b"operator", 2, b"service-1"), ports), flags=0x04, cut=14 + 2)
cfm(ccm(8, 14, maid(4, b"operator", 2, b"service-1"), ports), flags=0x04, cut=14 + 10)
cfm(ccm(8, 14, maid(4, b"operator", 2, b"service-1"), ports), flags=0x04, cut=14 + 40)
cfm(ccm(8, 14, maid(4, b"operator", 2, b"service-1"), ports), flags=0x04, cut=14 + 76)

with open(sys.argv[1], "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
    for i, (b, wire) in enumerate(frames):
        f.write(struct.pack("<IIII", 1000 + i, 0, len(b), wire))
        f.write(b)
