#!/usr/bin/python3
"""Routing and multicast control protocols, each kind as tcpdump 4.99.3 prints it at default
verbosity: IGMP v1/v2/v3, mtrace, DVMRP, PIMv1 (in IGMP) and PIMv2, VRRP v2/v3, OSPFv2/v3,
EIGRP, RSVP, PGM, DCCP, the IPv6 mobility header, and IS-IS/CLNP/ES-IS behind LLC SAP 0xfe or ethertype 0xfefe; malformed headers
and frames cut short (caplen < len) among them.  Deterministic.  usage: routing.py OUT.pcap"""
import struct
import sys

from scapy.all import Ether, IP, IPv6, IPOption_Router_Alert, Raw

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
frames = []  # (bytes, wire length)


def add(pkt, cut=None):
    data = bytes(pkt)
    frames.append((data if cut is None else data[:cut], len(data)))


def v4(proto, payload, src="10.0.0.1", dst="224.0.0.1", ttl=1, ra=False, cut=None):
    ip = IP(src=src, dst=dst, proto=proto, ttl=ttl, id=7, options=[IPOption_Router_Alert()] if ra else [])
    add(Ether(src=A, dst="01:00:5e:00:00:01") / ip / Raw(payload), cut)


def v6(nh, payload, src="fe80::1", dst="ff02::1", hlim=1, cut=None):
    add(Ether(src=A, dst="33:33:00:00:00:01") / IPv6(src=src, dst=dst, nh=nh, hlim=hlim) / Raw(payload), cut)


def h(s):
    return bytes.fromhex(s.replace(" ", ""))


def addr(s):
    return bytes(int(x) for x in s.split("."))


# --- IGMP (protocol 2) -----------------------------------------------------------------------
IGMP = 2
v4(IGMP, h("1100 ee ff 00000000"))                                 # v1 query
v4(IGMP, h("1164 ee9b 00000000"), ra=True)                         # v2 general query
v4(IGMP, h("1132 0000") + addr("239.1.2.3"))                       # v2 group query, max resp 50
v4(IGMP, h("1164 0000") + addr("239.1.2.3") + h("0000"))           # 10 bytes: [len 10]
v4(IGMP, h("1200 0000") + addr("224.0.0.252"))                     # v1 report
v4(IGMP, h("1200 0000") + addr("224.0.0.252") + h("00000000"))     # v1 report, 12 bytes
v4(IGMP, h("1600 fa04") + addr("239.255.255.250"), ra=True)        # v2 report
v4(IGMP, h("1700 0000") + addr("239.255.255.250"), dst="224.0.0.2")  # leave
v4(IGMP, h("1164 0000 00000000 027d 0000"), ra=True)               # v3 general query
v4(IGMP, h("11fe 0000 00000000 027d 0000"))                        # v3, max resp 51m12s
v4(IGMP, h("1105 0000") + addr("232.1.1.1") + h("027d 0002") + addr("10.1.1.1") + addr("10.1.1.2"))
v4(IGMP, h("1164 0000") + addr("232.1.1.1") + h("027d 0009") + addr("10.1.1.1"))  # sources beyond
v4(IGMP, h("1164 0000 00000000 027d 0000 0000"))                   # v3 query, 14 bytes
v4(IGMP, h("2200 0000 0000 0002") + h("03000000") + addr("224.0.0.251")
     + h("01000001") + addr("239.9.9.9") + addr("10.0.0.9"), dst="224.0.0.22", ra=True)
v4(IGMP, h("2200 0000 0000 0001 0400"), dst="224.0.0.22")          # v3 report, 10 bytes
v4(IGMP, h("1f20 0000 00000000") + addr("172.16.40.1") + addr("172.16.20.1") + addr("172.16.40.1")
     + h("40 000007"), dst="172.16.20.1", ttl=64)                   # mtrace
v4(IGMP, h("1e20 0000 00000000") + addr("172.16.40.1") + addr("172.16.20.1") + addr("224.0.1.32")
     + h("08 00002a"), dst="224.0.1.32", ttl=64)                    # mresp, reply-to a group
v4(IGMP, h("1f20 0000 00000000") + addr("172.16.40.1"))            # mtrace, too short
v4(IGMP, h("2700 0000 00000000"))                                  # another type
# DVMRP in IGMP type 0x13
v4(IGMP, h("1301 0000 0000 0b03 0000002a"))                        # probe
v4(IGMP, h("1302 0000 0000 0b03 ffff00 0a0000 81"))                # report
v4(IGMP, h("1305 0000 000a 040c"), dst="10.0.0.2")                 # ask neighbors 2
v4(IGMP, h("1306 0000 004a 040c") + addr("10.0.0.2") + h("01004402") + addr("10.0.0.1")
     + addr("10.0.0.3") + addr("10.0.0.9") + h("01000401") + addr("10.0.0.10"), src="10.0.0.2", dst="10.0.0.1")
v4(IGMP, h("1306 0000 004a 040c") + addr("10.0.0.2") + h("01004405") + addr("10.0.0.1"))  # bad ncount
v4(IGMP, h("1304 0000 0000 0000") + addr("10.0.0.2") + h("010002") + addr("10.0.0.1") + addr("10.0.0.3"))
v4(IGMP, h("1307 0000 0000 0000") + addr("10.1.1.1") + addr("239.1.1.1") + h("00001c20"))  # prune
v4(IGMP, h("1308 0000 0000 0000") + addr("10.1.1.1") + addr("239.1.1.1"))                  # graft
v4(IGMP, h("1309 0000 0000 0000") + addr("10.1.1.1") + addr("239.1.1.1"))                  # graft ack
v4(IGMP, h("1306 0000 004a 040c") + addr("10.0.0.2") + h("01004402") + addr("10.0.0.1"), cut=52)
# PIMv1 in IGMP type 0x14
v4(IGMP, h("1400 0000 10000000 10000069"), dst="224.0.0.2")        # query, sparse mode
v4(IGMP, h("1401 0000 10000000 45000014 00010000 40110000") + addr("10.9.9.9") + addr("239.2.2.2"))
v4(IGMP, h("1402 0000 10000000") + addr("239.2.2.2") + addr("10.9.9.9"))  # register stop
v4(IGMP, h("1405 0000 10000000") + addr("239.2.2.2") + addr("255.255.255.0") + addr("10.9.9.9")
     + h("00000064 0000000a"))                                     # assert with a mask
v4(IGMP, h("1403 0000 20000000") + addr("10.0.0.5") + h("000000b4"))  # join/prune, v2
v4(IGMP, h("1405 0000 10000000") + addr("239.2.2.2"), cut=48)      # assert cut
# IGMP over IPv6: tcpdump's error
v6(2, h("1164 ee9b 00000000"))

# --- PIM (103) -------------------------------------------------------------------------------
PIM = 103
v4(PIM, h("2000aa6e 000100020069 001400043f0ef4cd 0013000400000001"), dst="224.0.0.13")  # hello
v4(PIM, h("21000000 40000000") + bytes(IP(src="10.5.5.5", dst="239.3.3.3") / Raw(b"x" * 8)), dst="10.0.0.9")
v4(PIM, h("23000000 0100 0a000001 0001 00d2 0100 0020 ef030303 0001 0000"), dst="224.0.0.13")
v4(PIM, h("24000000 12345678"), dst="224.0.0.13")                  # bootstrap
v4(PIM, h("2c000000"), dst="224.0.0.13")                           # unknown type
v4(PIM, h("10000000"), dst="224.0.0.13")                           # version 1 over IP
v6(PIM, h("2000aa6e 000100020069"), dst="ff02::d")
v4(PIM, h("20"), dst="224.0.0.13", cut=34)                         # nothing of it captured

# --- VRRP (112) ------------------------------------------------------------------------------
VRRP = 112
v4(VRRP, h("212abf03010af11f") + addr("10.4.42.1") + addr("10.4.42.2") + addr("10.4.42.3") + b"abcdefgh",
   dst="224.0.0.18", ttl=255)
v4(VRRP, h("212b6401000a0000") + addr("10.4.43.150"), dst="224.0.0.18", ttl=255)
v4(VRRP, h("212c6401020a0000") + addr("10.4.44.1"), dst="224.0.0.18", ttl=254)  # ah, ttl 254
v4(VRRP, h("212d6401090a0000") + addr("10.4.45.1"), dst="224.0.0.18", ttl=255)  # auth #9
v4(VRRP, h("312cbf0203e80000") + addr("10.4.44.100") + addr("10.4.44.200"), dst="224.0.0.18", ttl=255)
v6(VRRP, h("312dbf0103e80000") + bytes(16), dst="ff02::12", hlim=255)
v4(VRRP, h("f2ffff0101000000"), dst="224.0.0.18", ttl=35)          # version 15, type 2
v4(VRRP, h("212abf03010af11f"), dst="224.0.0.18", ttl=255, cut=37)

# --- OSPF (89) -------------------------------------------------------------------------------
OSPF = 89
def ospf2(t, body, auth=0, authdata=b"\0" * 8, trailer=b""):
    return struct.pack(">BBH", 2, t, 24 + len(body)) + addr("1.1.1.1") + addr("0.0.0.0") + h("0000") \
        + struct.pack(">H", auth) + authdata + body + trailer
hello = addr("255.255.255.0") + h("000a 02 01 00000028") + addr("10.0.0.1") + addr("0.0.0.0") + addr("2.2.2.2")
v4(OSPF, ospf2(1, hello), dst="224.0.0.5")
v4(OSPF, ospf2(2, h("05dc 42 07 000012a4")), dst="10.0.0.2")
v4(OSPF, ospf2(3, h("00000001") + addr("2.2.2.2") + addr("2.2.2.2")), dst="10.0.0.2")
v4(OSPF, ospf2(4, h("00000000")), dst="224.0.0.5")
v4(OSPF, ospf2(5, b""), dst="224.0.0.5")
v4(OSPF, ospf2(1, hello, auth=2, authdata=h("0000 0110 00000001"), trailer=bytes(16)), dst="224.0.0.5")
v4(OSPF, ospf2(9, b""), dst="224.0.0.5")
v4(OSPF, ospf2(1, hello), dst="224.0.0.5", cut=40)
v6(OSPF, h("03010024 01010101 00000001 fb86 0000 00000005 01000013 000a 0028 00000000 00000000"), dst="ff02::5")
v6(OSPF, h("03080010 01010101 00000000 0000 0000"), dst="ff02::5")  # unknown type

# --- EIGRP (88), RSVP (46), PGM (113) --------------------------------------------------------
def eigrp(op, version=2, tlvs=b""):
    return struct.pack(">BBHIIIHH", version, op, 0, 0, 0, 0, 0, 100) + tlvs
v4(88, eigrp(5, tlvs=h("0001000c010001000000000f 000400080c040102")), dst="224.0.0.10", ttl=2)
v4(88, eigrp(1), dst="10.0.0.2")
v4(88, eigrp(3), dst="10.0.0.2")
v4(88, eigrp(4), dst="10.0.0.2")
v4(88, eigrp(12), dst="10.0.0.2")
v4(88, eigrp(5, version=1), dst="224.0.0.10")
v4(88, eigrp(5), dst="224.0.0.10", cut=50)
v4(46, h("1001 0000 3f00 0008"), dst="10.0.0.2")                   # path
v4(46, h("1002 0000 3f00 0008"), dst="10.0.0.2")                   # resv
v4(46, h("1063 0000 3f00 0008"), dst="10.0.0.2")                   # unknown message
v4(46, h("2001 0000 3f00 0008"), dst="10.0.0.2")                   # version 2
v4(113, h("04d2 162e 00 00 0000 83f2d6491cb3 0000 00000001 00000000 0001 0000") + addr("10.0.0.1"),
   dst="239.255.194.10")
v4(113, h("04d2 162e 04 00 0000 83f2d6491cb3 0005 00000001 00000002") + b"hello", dst="239.255.194.10")
v4(113, h("04d2 162e 04 00 0000 83f2d6491cb3 0005"), dst="239.255.194.10", cut=36)
v4(113, h("04d2 162e 04 00 0000 83f2d6491cb3 0005"), dst="239.255.194.10", cut=40)

# DCCP (33): 48-bit and 24-bit numbers, each type, lengths too short for the header or the type
def dccp(t, x=1, body=b"", sport=5001, dport=52667):
    xtr = (t << 1) | x
    seq = h("00 0000000000 2a") if x else h("00002a")
    head = struct.pack(">HHBBH", sport, dport, (12 + len(body)) // 4 if x else (12 + len(body)) // 4, 0, 0x1234)
    return head + bytes([xtr]) + seq + body
for t, body in ((0, h("00000007")), (1, h("0000 00000000 0007 00000009")), (2, b""), (3, h("0000 00000000 0007")),
                (4, h("0000 00000000 0007")), (5, h("0000 00000000 0007")), (6, h("0000 00000000 0007")),
                (7, h("0000 00000000 0007 03 000000")), (7, h("0000 00000000 0007 63 000000")),
                (8, h("0000 00000000 0007")), (9, h("0000 00000000 0007")), (12, h("0000 00000000 0007"))):
    v4(33, dccp(t, body=body), dst="10.0.0.2")
v4(33, dccp(3, x=0, body=h("00000007")), dst="10.0.0.2")            # 24-bit numbers
v6(33, dccp(4, body=h("0000 00000000 0008")), dst="fe80::2")
v4(33, dccp(1, body=h("0000 0000")), dst="10.0.0.2")                # response, 8 bytes missing
v4(33, dccp(3)[:14], dst="10.0.0.2")                                # shorter than the generic header
v4(33, dccp(1, body=h("0000 00000000 0007 00000009")), dst="10.0.0.2", cut=40)
v4(33, dccp(3, body=h("0000 00000000 0007")), dst="10.0.0.2", cut=52)

# IPv6 mobility header (135, and 62 of the drafts): each message type, a short one, a cut one
for mh in (h("3b00 0000 0000 0000"), h("3b01 0100 0000 0000 1122334455667788"),
           h("3b01 0200 0000 0000 1122334455667788"), h("3b02 0300 0000 000d") + bytes(16),
           h("3b02 0400 0000 000e") + bytes(16), h("3b01 0500 0364 0025 d000 0003 01020000"),
           h("3b01 0600 d1da 0080 002a 0008 01020000"), h("3b02 0700 b0d8 0100") + bytes(15) + h("01"),
           h("3b00 0500 0000 0001"), h("3b00 2a00 0000 0000")):
    v6(135, mh, dst="fe80::2")
v6(62, h("3b01 0500 0364 0025 d000 0003 01020000"), dst="fe80::2")
v6(135, h("3b01 0500 0364 0025 d000 0003 01020000"), dst="fe80::2", cut=64)
v4(135, h("3b01 0500 0364 0025 d000 0003 01020000"), dst="10.0.0.2")

# --- OSI: IS-IS, CLNP, ES-IS behind LLC SAP 0xfe -------------------------------------------
def osi(pdu, dst="01:80:c2:00:00:14", cut=None, pad=True):
    llc = h("fefe03") + pdu
    frame = Ether(src=A, dst=dst, type=len(llc)) / Raw(llc)
    data = bytes(frame)
    if pad and len(data) < 60:
        data += bytes(60 - len(data))
    frames.append((data if cut is None else data[:cut], len(data)))

sysid = h("222222222222")
lan_iih = h("831b01000f010000") + h("01") + sysid + h("001e 05d9 40") + sysid + h("01") + h("8101cc")
osi(lan_iih)
osi(h("831b010010010000") + h("02") + sysid + h("001e 05d9 40") + sysid + h("02"))  # L2
osi(h("8314010011010000") + h("03") + sysid + h("001e 05d9 01"))                   # p2p
lsp = h("831b010012010000") + h("0056 04af") + sysid + h("0000") + h("00000009 630b 01")
osi(lsp)
osi(h("831b010014010000") + h("0056 0005") + sysid + h("0100") + h("0000002a 0000 03"))  # L2 LSP
osi(h("8321010018010000") + h("0053") + sysid + h("00") + bytes(8) + h("ffffffffffffffff"))  # L1 CSNP
osi(h("8321010019010000") + h("0053") + sysid + h("00") + bytes(8) + h("ffffffffffffffff"))  # L2 CSNP
osi(h("831101001a010000") + h("0029") + sysid + h("00"))                           # L1 PSNP
osi(h("831101001b010000") + h("0029") + sysid + h("00"))                           # L2 PSNP
osi(h("8308010015010000") + bytes(8))                                              # unknown PDU type
osi(h("831a010012010000") + h("0056 04af") + sysid + h("0000 00000009 630b 01"))    # bogus fixed length
osi(h("831101001a010000") + h("0029") + sysid)                                     # PSNP, bogus length
osi(h("831b020012010000") + bytes(19))                                             # version 2
osi(h("831b010412010000") + bytes(19))                                             # system id length 4
osi(h("831b0100120100ff") + bytes(19))                                             # 255 areas
osi(h("83ff0100120100000000"))                                                     # fixed > packet
osi(lan_iih, cut=30)                                                               # hello cut
osi(lsp, cut=20)
clnp = h("811f01201c0020abcd") + h("0a49000102000000000001") + h("0a49000102000000000002") + b"data"
osi(clnp, dst="09:00:2b:00:00:05")
osi(h("811f01201e0020abcd") + clnp[9:], dst="09:00:2b:00:00:05")                  # echo request
osi(h("8105 0120 1c00 20ab cd"), dst="09:00:2b:00:00:05")                           # li 5
osi(h("811f02201c0020abcd") + clnp[9:], dst="09:00:2b:00:00:05")                  # version 2
osi(h("810b01201c0020abcd 05"), dst="09:00:2b:00:00:05")                           # addresses beyond li
osi(clnp, dst="09:00:2b:00:00:05", cut=40)
osi(h("820f010004001e0000 054900010203"), dst="09:00:2b:00:00:04")                 # ISH
osi(h("820f010002001e0000 054900010203"), dst="09:00:2b:00:00:05")                 # ESH
osi(h("820f010006001e0000 054900010203"), dst="09:00:2b:00:00:05")                 # redirect
osi(h("820f020004001e0000 054900010203"), dst="09:00:2b:00:00:04")                 # version 2
osi(h("8205010004001e0000 054900010203"), dst="09:00:2b:00:00:04")                 # li 5
osi(h("8202"), dst="09:00:2b:00:00:04", pad=False)                                 # no header
osi(h("00 0102"), dst="09:00:2b:00:00:04")                                         # NULL NLPID
osi(h("85 0102030405"), dst="09:00:2b:00:00:04")                                   # IDRP: hex
add(Ether(src=A, dst="09:00:2b:00:00:04", type=0xfefe) / Raw(h("fe 820f010004001e0000 054900010203")))
add(Ether(src=A, dst="09:00:2b:00:00:04", type=0xfefe) / Raw(h("fe 820f010004001e0000 054900010203")), cut=15)

with open(sys.argv[1], "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for i, (data, wire) in enumerate(frames):
        out.write(struct.pack("<IIII", 1700000000 + i, 0, len(data), wire))
        out.write(data)
