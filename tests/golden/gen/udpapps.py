#!/usr/bin/python3
"""UDP application protocols as tcpdump prints them: VXLAN and Geneve with inner frames, SNMP v1,
v2c and v3 (every value type, a trap, broken BER), syslog, RIP, TFTP, RADIUS, HSRP, BFD, PTP,
BCM-LI, ISAKMP with its initiator cache, RFC 3948, Kerberos v5 and v4, NFS calls and replies,
Babel, sFlow, SOME/IP, OTV, timed; some cut short by the capture.  usage: udpapps.py OUT.pcap"""
import struct
import sys
from scapy.all import ARP, ICMP, IP, UDP, Ether, IPv6, Raw, raw

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
frames = []  # (bytes, wire length)


def udp(sport, dport, payload, v6=False, src=None, dst=None, cut=None):
    ip = IPv6(src=src or "fd00::1", dst=dst or "fd00::2") if v6 else IP(src=src or "10.0.0.1", dst=dst or "10.0.0.2", id=7)
    b = raw(Ether(src=A, dst=B) / ip / UDP(sport=sport, dport=dport) / Raw(payload))
    frames.append((b[:cut] if cut else b, len(b)))


def tlv(tag, body):
    n = len(body)
    if n < 128:
        return bytes([tag, n]) + body
    return bytes([tag, 0x82, n >> 8, n & 0xff]) + body


def integer(v):
    return tlv(0x02, v.to_bytes(4, "big", signed=True).lstrip(b"\x00") or b"\x00")


def string(s):
    return tlv(0x04, s)


def oid(text):
    parts = [int(x) for x in text.split(".")]
    out = [parts[0] * 40 + parts[1]]
    for p in parts[2:]:
        chunk = [p & 0x7f]
        p >>= 7
        while p:
            chunk.insert(0, 0x80 | (p & 0x7f))
            p >>= 7
        out += chunk
    return tlv(0x06, bytes(out))


def seq(*items):
    return tlv(0x30, b"".join(items))


def varbind(name, value):
    return seq(oid(name), value)


# VXLAN: ICMP and ARP inside, flags without I, a datagram too short, a cut inner frame.
inner_icmp = raw(Ether(src="02:00:00:00:01:01", dst="02:00:00:00:01:02") / IP(src="192.168.1.1", dst="192.168.1.2", id=1)
                 / ICMP(id=5, seq=1) / Raw(b"ping" * 4))
inner_arp = raw(Ether(src="02:00:00:00:01:01", dst="ff:ff:ff:ff:ff:ff") / ARP(hwsrc="02:00:00:00:01:01",
                                                                                psrc="192.168.1.1", pdst="192.168.1.2"))
udp(40000, 4789, bytes([8, 0, 0, 0, 0, 0, 100, 0]) + inner_icmp)
udp(40001, 4789, bytes([8, 0, 0, 0, 0, 1, 0, 0]) + inner_arp, v6=True)
udp(40002, 4789, bytes([0, 0, 0, 0, 0, 0, 7, 0]) + inner_arp)
udp(40003, 4789, bytes([8, 0, 0, 0]))
udp(40004, 4789, bytes([8, 0, 0, 0, 0, 0, 100, 0]) + inner_icmp, cut=42 + 8 + 20)
# Geneve: Ethernet with options, IPv4 directly, an unknown protocol, version 1, options too long.
udp(50000, 6081, bytes([0x02, 0x40, 0x65, 0x58, 0, 0, 10, 0]) + bytes([1, 2, 3, 1, 0, 0, 0, 0]) + inner_icmp)
udp(50001, 6081, bytes([0x00, 0x80, 0x08, 0x00, 0, 0, 11, 5]) + inner_icmp[14:])
udp(50002, 6081, bytes([0x00, 0x00, 0x12, 0x34, 0, 0, 12, 0]) + b"\x00" * 8)
udp(50003, 6081, bytes([0x40, 0x00, 0x65, 0x58, 0, 0, 13, 0]) + inner_arp)
udp(50004, 6081, bytes([0x3f, 0x00, 0x65, 0x58, 0, 0, 14, 0]) + inner_arp)
# SNMP
values = [integer(-5), string(b"router one"), string(b"\x01\x02\xff"), tlv(0x41, b"\x01\x00\x00"),
          tlv(0x43, b"\x00\x10\x00\x00"), tlv(0x40, b"\x0a\x00\x00\x01"), oid("1.3.6.1.4.1.9"), tlv(0x05, b""),
          tlv(0x80, b""), tlv(0x46, b"\x01\x00\x00\x00\x00\x00\x00\x00"), tlv(0x44, b"\x01\x02")]
vbs = seq(*[varbind("1.3.6.1.2.1.1.%d.0" % (i + 1), v) for i, v in enumerate(values)])
udp(1024, 161, seq(integer(0), string(b"public"), tlv(0xa0, integer(1) + integer(0) + integer(0)
                                                     + seq(varbind("1.3.6.1.2.1.1.1.0", tlv(0x05, b""))))))
udp(161, 1024, seq(integer(1), string(b"secret"), tlv(0xa2, integer(1) + integer(0) + integer(0) + vbs)))
udp(1025, 161, seq(integer(1), string(b"public"), tlv(0xa5, integer(2) + integer(0) + integer(10) + seq())))
udp(161, 1025, seq(integer(1), string(b"public"), tlv(0xa2, integer(2) + integer(2) + integer(1) + seq())))
udp(1026, 162, seq(integer(0), string(b"public"), tlv(0xa4, oid("1.3.6.1.4.1.8072") + tlv(0x40, b"\xc0\x00\x02\x01")
                                                     + integer(6) + integer(17) + tlv(0x43, b"\x01\x00") + seq())))
udp(1027, 162, seq(integer(1), string(b"public"), tlv(0xa7, integer(3) + integer(0) + integer(0) + vbs)), v6=True)
udp(1028, 161, seq(integer(3), seq(integer(99), integer(1500), string(b"\x04"), integer(3)),
                   string(seq(string(b"\x80\x00\x1f\x88"), integer(1), integer(2), string(b"user"), string(b""), string(b""))),
                   seq(string(b""), string(b""), tlv(0xa0, integer(3) + integer(0) + integer(0) + seq()))))
udp(1029, 161, seq(integer(2), string(b"public")))
udp(1030, 161, bytes([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x00]))
udp(1031, 161, seq(integer(0), string(b"public"), tlv(0xa0, integer(1))), cut=42 + 10)
# syslog
for i, msg in enumerate([b"<13>Jan  1 00:00:00 host app: hello", b"<0>x", b"<191>y", b"<999>z", b"no priority"]):
    udp(40100 + i, 514, msg)
# RIP
udp(520, 520, bytes([1, 1, 0, 0]) + bytes(20))
udp(520, 520, bytes([2, 2, 0, 0]) + bytes([0, 2, 0, 0, 10, 0, 0, 0]) + bytes(8) + bytes([0, 0, 0, 1]))
udp(520, 520, bytes([9, 0, 0, 0, 1, 2]))
# TFTP
udp(40200, 69, b"\x00\x01boot.img\x00octet\x00blksize\x001428\x00")
udp(40201, 69, b"\x00\x02up\x00netascii\x00")
udp(69, 40202, b"\x00\x03\x00\x07" + b"d" * 20)
udp(40203, 69, b"\x00\x04\x00\x07")
udp(69, 40204, b"\x00\x05\x00\x01File not found\x00")
udp(69, 40205, b"\x00\x06tsize\x00100\x00")
udp(69, 40206, b"\x00\x09")
# RADIUS
udp(40300, 1812, bytes([1, 9, 0, 26]) + bytes(16) + bytes([1, 6]) + b"user")
udp(1813, 40301, bytes([5, 9, 0, 20]) + bytes(16))
udp(40302, 3799, bytes([40, 1, 0, 19]) + bytes(16))
# HSRP
udp(1985, 1985, bytes([0, 0, 16, 3, 10, 100, 1, 0]) + b"cisco\x00\x00\x00" + bytes([192, 168, 0, 1]), dst="224.0.0.2")
udp(1985, 1985, bytes([0, 1, 8, 3, 10, 100, 2, 9]) + b"cisco\x00\x00\x00" + bytes([192, 168, 0, 2]), dst="224.0.0.2")
udp(1985, 1985, bytes([2, 0, 16]))
# BFD
bfd = bytes([0x20, 0xc8, 3, 24]) + struct.pack(">IIIII", 1, 2, 1000000, 1000000, 0)
udp(49152 + 1, 3784, bfd)
udp(49152 + 2, 4784, bytes([0x20, 0x44, 3, 24]) + bfd[4:])
udp(49152 + 3, 6784, bytes([0x00, 0xa0, 3, 24]) + bfd[4:])
udp(49152 + 4, 3785, b"echo")
# PTP: sync, delay response, announce, management
hdr = lambda t, n: bytes([t, 2]) + struct.pack(">HBBH", n, 0, 0, 0x0200) + bytes(8) + bytes(4) + bytes.fromhex("0011223344556677") + struct.pack(">HHBb", 1, 9, 0, 0)
udp(319, 319, hdr(0, 44) + bytes(10), dst="224.0.1.129")
udp(320, 320, hdr(9, 54) + struct.pack(">HIIQH", 0, 1700000000, 5, 0x0011223344556677, 2), dst="224.0.1.129")
udp(320, 320, hdr(0xb, 64) + bytes(10) + struct.pack(">HBBBBHBQHB", 37, 0, 128, 248, 254, 65535, 128, 7, 0, 0xa0), dst="224.0.1.129")
udp(320, 320, hdr(0xd, 48) + bytes.fromhex("0102030405060708") + struct.pack(">H", 3) + bytes(4), dst="224.0.1.129")
udp(319, 319, hdr(0, 44)[:20])
# BCM-LI
udp(49152, 49153, struct.pack(">I", (3 << 29) | (4 << 25) | (2 << 22) | 66666) + b"\x45" + bytes(19))
# ISAKMP: initiator, then responder (the cache knows who started), IKEv2, NAT-T.
ck = bytes.fromhex("1122334455667788")
udp(500, 500, ck + bytes(8) + bytes([1, 0x10, 2, 0]) + bytes(4) + struct.pack(">I", 28), src="10.0.0.1", dst="10.0.0.2")
udp(500, 500, ck + bytes.fromhex("99aabbccddeeff00") + bytes([1, 0x10, 2, 0]) + bytes(4) + struct.pack(">I", 28),
    src="10.0.0.2", dst="10.0.0.1")
udp(500, 500, ck + bytes.fromhex("99aabbccddeeff00") + bytes([8, 0x10, 32, 1]) + bytes([0, 0, 0, 5]) + struct.pack(">I", 28),
    src="10.0.0.1", dst="10.0.0.2")
udp(500, 500, bytes.fromhex("0102030405060708") + bytes(8) + bytes([33, 0x20, 34, 8]) + bytes(4) + struct.pack(">I", 28),
    v6=True)
udp(4500, 4500, b"\xff")
udp(4500, 4500, bytes(4) + ck + bytes.fromhex("99aabbccddeeff00") + bytes([8, 0x10, 5, 1]) + bytes([0, 0, 0, 9])
    + struct.pack(">I", 28))
# Kerberos
udp(40400, 88, bytes([0x6a, 0x81, 0x10]) + bytes(16))
udp(88, 40400, bytes([0x6b, 0x10]) + bytes(16))
udp(40401, 88, bytes([0x6c, 0x10]) + bytes(16))
udp(40402, 750, bytes([4, 2]) + b"user\x00inst\x00REALM\x00" + bytes(4) + bytes([12]) + b"krbtgt\x00REALM\x00")
udp(40403, 750, bytes([4, 10]) + b"user\x00\x00REALM\x00" + bytes(4) + struct.pack(">H", 8) + bytes(2) + b"no\x00")
# NFS: v3 getattr call and its reply, lookup with an error, v2 read call and reply.
fh3 = struct.pack(">I", 32) + bytes.fromhex("01000601") + bytes(28)
def call(xid, vers, proc, args):
    return struct.pack(">IIIIII", xid, 0, 2, 100003, vers, proc) + struct.pack(">II", 1, 8) + bytes(8) + struct.pack(">II", 0, 0) + args
def reply(xid, results):
    return struct.pack(">IIIIII", xid, 1, 0, 0, 0, 0) + results
attr3 = struct.pack(">IIIII", 2, 0o40755, 2, 0, 0) + struct.pack(">Q", 4096) + bytes(84 - 28)
udp(800, 2049, call(0x1001, 3, 1, fh3))
udp(2049, 800, reply(0x1001, struct.pack(">I", 0) + attr3), src="10.0.0.2", dst="10.0.0.1")
udp(800, 2049, call(0x1002, 3, 3, fh3 + struct.pack(">I", 4) + b"file"))
udp(2049, 800, reply(0x1002, struct.pack(">II", 2, 0)), src="10.0.0.2", dst="10.0.0.1")
udp(801, 2049, call(0x1003, 2, 6, bytes.fromhex("0001000200030004") + bytes(24) + struct.pack(">III", 0, 8192, 0)))
udp(2049, 801, reply(0x1003, struct.pack(">I", 0) + struct.pack(">IIIII", 1, 0o100644, 1, 0, 0) + struct.pack(">I", 77)
                     + bytes(68 - 24)), src="10.0.0.2", dst="10.0.0.1")
udp(802, 2049, call(0x1004, 3, 1, fh3), cut=42 + 60)
# Babel
udp(6696, 6696, bytes([42, 2, 0, 10]) + bytes([4, 6, 0, 0, 0, 1, 1, 0x90]) + bytes([0, 0]), v6=True, dst="ff02::1:6")
udp(6696, 6696, bytes([42, 2, 0, 14]) + bytes([8, 12, 2, 0xc0, 64, 0, 1, 0x90, 0, 1, 0, 1, 0x20, 1]), v6=True, dst="ff02::1:6")
udp(6696, 6696, bytes([42, 2, 0, 4]) + bytes([1, 9, 0, 0]) + bytes([0]), v6=True, dst="ff02::1:6")
# sFlow, SOME/IP, OTV, timed
udp(40500, 6343, struct.pack(">IIIIIII", 5, 1, 0x0a000001, 3, 1, 100, 0))
udp(40501, 6343, struct.pack(">II", 5, 2) + bytes.fromhex("fd000000000000000000000000000009") + struct.pack(">IIII", 4, 1, 1, 0), v6=True)
udp(30490, 30490, struct.pack(">HHIHHBBBB", 0x1234, 0x8001, 8, 1, 2, 1, 1, 0x02, 0))
udp(40600, 8472, bytes([8, 0, 0, 3, 0, 0, 0x2a, 0]) + inner_arp)
udp(525, 525, struct.pack(">BBHii", 22, 1, 3, -5, 250000) + b"clock\x00")

with open(sys.argv[1], "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
    for i, (b, wire) in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(b), wire))
        f.write(b)
