#!/usr/bin/python3
"""Tunnels and encapsulations with their inner packets: GRE v0 (IPv4, IPv6, TEB, MPLS, unknown
types, key/sequence/checksum/routing, cut headers) and v1 (PPTP with PPP), IP in IP (4in4, 6in4,
4in6, 6in6, with a TCP conversation inside for relative numbers), MPLS stacks, PPPoE discovery and
session (LCP, IPCP, IPV6CP, CCP, CHAP, PAP, MLPPP, IP), PPP on Ethernet, ESP, AH (then TCP, ICMPv6,
ESP), SCTP chunks, MACsec, nested tunnels, and frames cut short.  usage: tunnels.py OUT.pcap"""
import struct
import sys

from scapy.all import Ether, IP, IPv6, TCP, UDP, ICMP, ICMPv6EchoRequest, ARP, Raw, wrpcap
from scapy.layers.l2 import GRE
from scapy.layers.ppp import PPPoED, PPPoE, PPP, PPPoED_Tags, PPPoETag
from scapy.layers.ipsec import ESP, AH
from scapy.layers.sctp import (SCTP, SCTPChunkInit, SCTPChunkInitAck, SCTPChunkData, SCTPChunkSACK,
                               SCTPChunkCookieEcho, SCTPChunkHeartbeatReq, SCTPChunkAbort)
from scapy.contrib.mpls import MPLS

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
frames = []


def add(p, caplen=None):
    """A frame; `caplen` keeps only its first bytes (the wire length stays)."""
    if caplen is not None:
        raw = bytes(p)
        q = Ether(raw[:caplen])
        q.wirelen = len(raw)
        p = q
    p.time = 1700000000 + len(frames) / 1000
    frames.append(p)


def eth(t=None):
    return Ether(src=A, dst=B) if t is None else Ether(src=A, dst=B, type=t)


def raw_gre(flags_ver, proto, extra=b""):
    return Raw(struct.pack("!HH", flags_ver, proto) + extra)


ping = ICMP(type=8, id=7, seq=1) / Raw(b"x" * 32)
outer4 = IP(src="192.0.2.1", dst="192.0.2.2")
outer6 = IPv6(src="2001:db8::1", dst="2001:db8::2")
gre4 = IP(src="192.0.2.1", dst="192.0.2.2", proto=47)    # for GRE headers written by hand

# --- GRE version 0
add(eth() / outer4 / GRE() / IP(src="10.0.0.1", dst="10.0.0.2") / ping)
add(eth() / outer4 / GRE(key_present=1, key=0x1234, seqnum_present=1, sequence_number=99) /
    IPv6(src="fd00::1", dst="fd00::2") / UDP(sport=4000, dport=5000) / Raw(b"hello"))
add(eth() / outer4 / GRE(chksum_present=1) / IP(src="10.0.0.1", dst="10.0.0.2") / ping)
add(eth() / outer4 / GRE(proto=0x6558) / Ether(src="02:00:00:00:00:0a", dst="ff:ff:ff:ff:ff:ff") /
    ARP(psrc="10.1.0.1", pdst="10.1.0.2", hwsrc="02:00:00:00:00:0a"))
add(eth() / outer4 / GRE(proto=0x8847) / MPLS(label=100, s=1, ttl=64) / IP(src="10.0.0.1", dst="10.0.0.2") / ping)
add(eth() / outer4 / GRE(seqnum_present=1, sequence_number=5, proto=0x88be) / Raw(b"\x10\x01\x00\x00" + b"e" * 20))
add(eth() / outer4 / GRE(proto=0x0806) / Raw(b"a" * 28))
add(eth() / outer6 / GRE() / IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=40001, dport=40002) / Raw(b"q" * 12))
add(eth() / gre4 / raw_gre(0x0002, 0x0800) / Raw(b"v" * 8))                    # version 2
# Routing present: an IPv4 source route (the entry at the offset starred), an ASN route, the end.
add(eth() / gre4 / raw_gre(0x4000, 0x0800, struct.pack("!HH", 0, 4) +
                             struct.pack("!HBB", 0x0800, 4, 8) + bytes([10, 9, 9, 1, 10, 9, 9, 2]) +
                             struct.pack("!HBB", 0xfffe, 0, 4) + struct.pack("!HH", 65001, 65002) +
                             struct.pack("!HBB", 0, 0, 0)) / IP(src="10.0.0.1", dst="10.0.0.2") / ping)
add(eth() / gre4 / raw_gre(0x4000, 0x0800, struct.pack("!HH", 0, 0) +
                             struct.pack("!HBB", 0x0800, 3, 8) + bytes(8) + struct.pack("!HBB", 0, 0, 0)))
# Cut: the flags only, then the key.
add(eth() / gre4 / raw_gre(0x2000, 0x0800, struct.pack("!I", 7)), caplen=14 + 20 + 1)
add(eth() / gre4 / raw_gre(0x3000, 0x0800, struct.pack("!II", 7, 8)), caplen=14 + 20 + 6)
add(eth() / IP(src="192.0.2.1", dst="192.0.2.2", proto=47) / Raw(b"\x00"))           # 1 byte on the wire
# Inner packet cut by the capture.
add(eth() / outer4 / GRE() / IP(src="10.0.0.1", dst="10.0.0.2") / ping, caplen=14 + 20 + 4 + 10)

# --- GRE version 1 (PPTP) with PPP
def pptp(flags, call, seq=None, ack=None, payload=b""):
    extra = struct.pack("!HH", len(payload), call)
    if seq is not None:
        extra += struct.pack("!I", seq)
    if ack is not None:
        extra += struct.pack("!I", ack)
    return raw_gre(flags, 0x880b, extra + payload)


ppp_ip = b"\xff\x03\x00\x21" + bytes(IP(src="172.16.0.1", dst="172.16.0.2") / ping)
add(eth() / gre4 / pptp(0x3081, 6016, seq=1, ack=2, payload=ppp_ip))
add(eth() / gre4 / pptp(0x3001, 6016, seq=3, payload=b"\x21" + bytes(IP(src="172.16.0.1", dst="172.16.0.2") / ping)))
add(eth() / gre4 / pptp(0x2081, 6016, ack=4))                                       # ack only
add(eth() / gre4 / pptp(0x3001, 6016, seq=5, payload=b"\xff\x03\xc0\x21\x01\x01\x00\x0e\x01\x04\x05\xd4\x05\x06\x11\x22\x33\x44"))

# --- IP in IP, with a TCP conversation inside (relative numbers keyed on the inner header)
inner = IP(src="10.2.0.1", dst="10.2.0.2")
inner_r = IP(src="10.2.0.2", dst="10.2.0.1")
add(eth() / outer4 / inner / TCP(sport=40000, dport=5001, flags="S", seq=1000))
add(eth() / IP(src="192.0.2.2", dst="192.0.2.1") / inner_r / TCP(sport=5001, dport=40000, flags="SA", seq=5000, ack=1001))
add(eth() / outer4 / inner / TCP(sport=40000, dport=5001, flags="A", seq=1001, ack=5001))
add(eth() / outer4 / inner / TCP(sport=40000, dport=5001, flags="PA", seq=1001, ack=5001) / Raw(b"GET"))
add(eth() / outer4 / IPv6(src="fd00::1", dst="fd00::2") / ICMPv6EchoRequest(id=1, seq=2))   # 6in4
add(eth() / outer6 / IP(src="10.0.0.1", dst="10.0.0.2") / ping)                              # 4in6
add(eth() / outer6 / IPv6(src="fd00::1", dst="fd00::2") / UDP(sport=1, dport=2) / Raw(b"z"))  # 6in6
add(eth() / IPv6(src="2001:db8::1", dst="2001:db8::2", nh=143) / Ether(src="02:00:00:00:00:0b", dst=B) /
    IP(src="10.0.0.1", dst="10.0.0.2") / ping)                                             # Ethernet in IPv6
add(eth() / IP(src="192.0.2.1", dst="192.0.2.2", proto=143) / Ether(src="02:00:00:00:00:0b", dst=B) /
    IP(src="10.0.0.1", dst="10.0.0.2") / ping)                                             # ... not in IPv4
add(eth() / outer4 / IP(src="10.0.0.1", dst="10.0.0.2") / ping, caplen=14 + 20 + 10)      # inner cut
add(eth() / outer4 / IP(src="10.0.0.1", dst="10.0.0.2", ihl=4) / ping)                       # inner bad-hlen

# --- MPLS
add(eth(0x8847) / MPLS(label=16, s=1, ttl=63) / IP(src="10.0.0.1", dst="10.0.0.2") / ping)
add(eth(0x8847) / MPLS(label=17, s=0, ttl=62, cos=5) / MPLS(label=2, s=1, ttl=61) /
    IPv6(src="fd00::1", dst="fd00::2") / UDP(sport=1, dport=2) / Raw(b"x"))
add(eth(0x8848) / MPLS(label=18, s=1, ttl=60) / Raw(b"\x00\x01\x02\x03" * 5))          # unknown payload
add(eth(0x8847) / MPLS(label=0, s=1, ttl=1) / IP(src="10.0.0.1", dst="10.0.0.2") / ping)
add(eth(0x8847) / MPLS(label=19, s=0, ttl=60) / Raw(b"\x00\x01"))                     # no bottom: invalid
add(eth(0x8847) / MPLS(label=19, s=0, ttl=60) / MPLS(label=20, s=1, ttl=59) / Raw(b"\x45"), caplen=14 + 6)

# --- PPPoE discovery
def tags(*pairs):
    return PPPoED_Tags(tag_list=[PPPoETag(tag_type=t, tag_value=v) for t, v in pairs])


add(Ether(src=A, dst="ff:ff:ff:ff:ff:ff") / PPPoED(code=0x09) / tags((0x0101, b""), (0x0103, b"\x00\x00\x17\x61")))
add(eth() / PPPoED(code=0x07, sessionid=0) / tags((0x0102, b"access-1"), (0x0101, b"isp"), (0x0104, bytes(range(16)))))
add(eth() / PPPoED(code=0x19) / tags((0x0101, b"isp"), (0x0103, b"\x00\x00\x17\x61")))
add(eth() / PPPoED(code=0x65, sessionid=0x1234) / tags((0x0101, b"isp")))
add(eth() / PPPoED(code=0xa7, sessionid=0x1234) / tags((0x0203, b"session closed\x01"), (0x0000, b"")))
add(eth() / PPPoED(code=0x55) / tags((0x0abc, b"\x01\x02")))                            # unknown code and tag
add(eth() / PPPoED(code=0x07) / tags((0x0102, b"x" * 40)), caplen=14 + 6 + 10)           # tag cut

# --- PPPoE session with PPP
def session(ppp, sid=0x2d):
    return eth() / PPPoE(sessionid=sid) / Raw(ppp)


add(session(b"\xc0\x21\x01\x01\x00\x0e\x01\x04\x05\xd4\x05\x06\x11\x22\x33\x44"))      # LCP Conf-Request
add(session(b"\xc0\x21\x09\x02\x00\x08\x11\x22\x33\x44"))                               # LCP Echo-Request
add(session(b"\xc0\x21\x05\x03\x00\x04"))                                               # LCP Term-Request
add(session(b"\x80\x21\x01\x01\x00\x0a\x03\x06\x0a\x00\x00\x01"))                       # IPCP
add(session(b"\x80\x57\x01\x01\x00\x0e\x01\x0a\x11\x22\x33\x44\x55\x66\x77\x88"))       # IPV6CP
add(session(b"\x80\xfd\x01\x01\x00\x04"))                                               # CCP
add(session(b"\xc2\x23\x01\x01\x00\x18\x10" + bytes(range(16)) + b"srv"))              # CHAP challenge
add(session(b"\xc2\x23\x02\x01\x00\x19\x10" + bytes(range(16, 32)) + b"user"))         # CHAP response
add(session(b"\xc2\x23\x03\x01\x00\x0c" + b"Welcome\x01"))                             # CHAP success
add(session(b"\xc0\x23\x01\x01\x00\x0e\x04user\x04pass"))                              # PAP request
add(session(b"\xc0\x23\x02\x01\x00\x07\x02ok"))                                         # PAP ack
add(session(b"\xc0\x23\x01\x01\x00\x40\x04user\x04pass"))                              # PAP length > packet
add(session(b"\x00\x3d\xc0\x01\x02\x03"))                                               # MLPPP
add(session(b"\x00\xfd\x01\x02"))                                                       # compressed
add(session(b"\x00\x31\x01\x02\x03\x04\x05"))                                           # BRPDU: hex
add(session(b"\x12\x34\x01\x02"))                                                       # unknown protocol
add(session(b"\x00\x21" + bytes(IP(src="100.64.0.1", dst="8.8.8.8") / UDP(sport=5000, dport=9) / Raw(b"d" * 10))))
add(session(b"\x00\x57" + bytes(IPv6(src="fd00::1", dst="fd00::2") / ICMPv6EchoRequest(id=3, seq=4))))
add(session(b"\xc0\x21"))                                                               # LCP, nothing more
add(session(b"\xc2\x23\x01"))                                                           # CHAP, 1 byte
add(session(b"\x00"))                                                                   # PPP cut
add(eth() / PPPoE(sessionid=1, len=200) / Raw(b"\x00\x21" + bytes(IP(src="10.0.0.1", dst="10.0.0.2") / ping)))
add(session(b"\x00\x21" + bytes(IP(src="100.64.0.1", dst="8.8.8.8") / ping)), caplen=14 + 6 + 2 + 12)
# PPP directly on Ethernet (type 0x880b)
add(eth(0x880b) / Raw(b"\xff\x03\x00\x21" + bytes(IP(src="10.0.0.1", dst="10.0.0.2") / ping)))

# --- ESP and AH
add(eth() / outer4 / ESP(spi=0x1001, seq=1) / Raw(b"\xaa" * 40))
add(eth() / outer6 / ESP(spi=0x1002, seq=2) / Raw(b"\xbb" * 40))
add(eth() / outer4 / ESP(spi=0x1003, seq=3), caplen=14 + 20 + 8)                        # nothing after the header
add(eth() / outer4 / AH(payloadlen=4, spi=0x2001, seq=1, icv=b"\x01" * 12, nh=6) / TCP(sport=1234, dport=5001, flags="S", seq=7))
add(eth() / outer6 / AH(payloadlen=4, spi=0x2002, seq=2, icv=b"\x02" * 12, nh=58) / ICMPv6EchoRequest(id=5, seq=6))
add(eth() / outer4 / AH(payloadlen=4, spi=0x2003, seq=3, icv=b"\x03" * 12, nh=50) / ESP(spi=0x1004, seq=4) / Raw(b"c" * 20))
add(eth() / outer4 / AH(payloadlen=4, spi=0x2004, seq=4, icv=b"\x04" * 12, nh=17) / UDP(sport=7, dport=9) / Raw(b"u" * 4))
add(eth() / outer4 / AH(payloadlen=4, spi=0x2005, seq=5, icv=b"\x05" * 12, nh=6) / TCP(sport=1, dport=2), caplen=14 + 20 + 16)

# --- SCTP
sctp = IP(src="10.0.0.1", dst="10.0.0.2") / SCTP(sport=2905, dport=2905, tag=0)
add(eth() / sctp / SCTPChunkInit(init_tag=0x11, a_rwnd=65536, n_out_streams=10, n_in_streams=65535, init_tsn=100))
add(eth() / IP(src="10.0.0.2", dst="10.0.0.1") / SCTP(sport=2905, dport=2905, tag=0x11) /
    SCTPChunkInitAck(init_tag=0x22, a_rwnd=65536, n_out_streams=5, n_in_streams=5, init_tsn=200))
add(eth() / sctp / SCTPChunkCookieEcho(cookie=b"c" * 12) / SCTPChunkData(tsn=100, stream_id=0, stream_seq=0, proto_id=3, beginning=1, ending=1, data=b"m3ua"))
add(eth() / sctp / SCTPChunkData(tsn=101, stream_id=1, stream_seq=7, proto_id=46, unordered=1, beginning=1, ending=0, data=b"abcde"))
add(eth() / sctp / SCTPChunkSACK(cumul_tsn_ack=100, a_rwnd=1000, n_gap_ack=2, n_dup_tsn=1,
                                  gap_ack_list=["2:3", "5:6"], dup_tsn_list=[99]))
add(eth() / IPv6(src="fd00::1", dst="fd00::2") / SCTP(sport=36412, dport=36412) / SCTPChunkHeartbeatReq() / SCTPChunkAbort())
add(eth() / sctp / Raw(b"\x00\x03\x00\x02"))                                            # chunk length < 4
add(eth() / sctp / Raw(b"\x00\x03\x00\x08\x00\x00\x00\x01"))                            # DATA too short: bogus
add(eth() / sctp / Raw(b"\x00\x03"))                                                    # descriptor cut off
add(eth() / sctp / SCTPChunkInit(init_tag=0x11), caplen=14 + 20 + 12 + 6)
add(eth() / IP(src="10.0.0.1", dst="10.0.0.2", proto=132) / Raw(b"\x0b\x59\x0b"))       # shorter than 12

# --- MACsec (integrity only, with and without SCI and short length; encrypted; cut)
def macsec(tci_an, pn, sci=None, sl=0):
    tag = struct.pack("!BBI", tci_an, sl, pn)
    if sci is not None:
        tag += struct.pack("!Q", sci)
    return tag


inner_ip = bytes(IP(src="192.168.1.1", dst="192.168.1.2") / ping)
add(eth(0x88e5) / Raw(macsec(0x20, 68, 0x2eb73f3995c30001) + b"\x08\x00" + inner_ip + b"\x11" * 16))
add(eth(0x88e5) / Raw(macsec(0x2c, 72, 0x2eb73f3995c30001) + b"\x5a" * 60))
add(eth(0x88e5) / Raw(macsec(0x00, 5) + b"\x08\x00" + inner_ip + b"\x22" * 16))
udp_small = bytes(IP(src="192.168.1.1", dst="192.168.1.2") / UDP(sport=1, dport=2) / Raw(b"abcd"))
add(eth(0x88e5) / Raw(macsec(0x20, 66, 0xcaf9df4f509a0064, sl=34) + b"\x08\x00" + udp_small + b"\x33" * 16))
add(eth(0x88e5) / Raw(macsec(0x20, 69, 0xcaf9df4f509a0064, sl=50) + b"\x08\x00" + udp_small + b"\x33" * 16))
add(eth(0x88e5) / Raw(macsec(0x20, 70, 0x1) + b"\x81\x00\x00\x64\x08\x06" + bytes(ARP()) + b"\x44" * 16))
add(eth(0x88e5) / Raw(macsec(0xa0, 71, 0x1) + b"\x08\x00"))                              # version bit: invalid
add(eth(0x88e5) / Raw(macsec(0x20, 72, 0x1) + b"\x08\x00" + inner_ip), caplen=14 + 10)

# --- Nested tunnels
add(eth() / outer4 / GRE() / IP(src="10.1.0.1", dst="10.1.0.2") / GRE(key_present=1, key=2) /
    IP(src="10.2.0.1", dst="10.2.0.2") / ping)
add(eth() / outer4 / GRE() / IP(src="10.1.0.1", dst="10.1.0.2") / IP(src="10.2.0.1", dst="10.2.0.2") / ping)
add(eth() / outer4 / GRE(proto=0x6558) / Ether(src=A, dst=B) / PPPoE(sessionid=3) /
    PPP(proto=0x21) / IP(src="10.3.0.1", dst="10.3.0.2") / ping)

wrpcap(sys.argv[1], frames)
