#!/usr/bin/python3
"""Deterministic test-frame generator for the tapsniff oracle tests.

usage: gen_frames.py {link|ip|all} OUT.pcap

Writes a classic pcap file (magic a1b2c3d4, microsecond timestamps,
snaplen 262144, linktype 1 = EN10MB) by hand with struct, so that
snapped frames (caplen < len) can be produced.  Frame bytes are built
from raw bytes; scapy (Debian python3-scapy, hence /usr/bin/python3) is
used only for the IP set.  A fixed random seed makes the output
byte-identical between runs.
"""

import random
import struct
import sys

SNAPLEN = 262144
LINKTYPE_EN10MB = 1
BASE_TS = 1700000000

BCAST = b"\xff" * 6


# ---------------------------------------------------------------- helpers

class Frames:
    """Collects (captured bytes, original wire length) pairs."""

    def __init__(self):
        self.items = []

    def add(self, data, wire_len=None, pad=False):
        data = bytes(data)
        if pad and len(data) < 60:
            data = data + b"\x00" * (60 - len(data))
        if wire_len is None:
            wire_len = len(data)
        assert wire_len >= len(data)
        self.items.append((data, wire_len))

    def add_snapped(self, full, caplen):
        """Frame whose capture was cut to caplen bytes (caplen < len)."""
        full = bytes(full)
        self.items.append((full[:caplen], len(full)))


def write_pcap(path, items):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0,
                            SNAPLEN, LINKTYPE_EN10MB))
        usec = 0
        for i, (data, wire_len) in enumerate(items):
            usec = (usec + 1237 * (i + 1)) % 1000000
            f.write(struct.pack("<IIII", BASE_TS + i, usec, len(data),
                                wire_len))
            f.write(data)


def rmac(rng, unicast=True):
    b = bytearray(rng.getrandbits(8) for _ in range(6))
    if unicast:
        b[0] &= 0xFC
        b[0] |= 0x02  # locally administered unicast
    return bytes(b)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def eth(dst, src, etype, payload=b""):
    return dst + src + struct.pack("!H", etype) + payload


def tag(tpid, pcp, dei, vid):
    return struct.pack("!HH", tpid, (pcp << 13) | (dei << 12) | vid)


def vlan_eth(dst, src, tags, inner_type, payload=b""):
    """tags: list of (tpid, pcp, dei, vid), outermost first."""
    b = dst + src
    for (tpid, pcp, dei, vid) in tags:
        b += tag(tpid, pcp, dei, vid)
    return b + struct.pack("!H", inner_type) + payload


def arp_body(htype=1, ptype=0x0800, hlen=6, plen=4, op=1,
             sha=b"", spa=b"", tha=b"", tpa=b""):
    return struct.pack("!HHBBH", htype, ptype, hlen, plen, op) + \
        sha + spa + tha + tpa


def ip4(a, b, c, d):
    return bytes((a, b, c, d))


# ---------------------------------------------------------------- link set

def gen_link(fr, rng, other):
    """`fr` gets the frames tapsniff must print exactly as tcpdump does; `other` gets
    frames of protocols tcpdump decodes further than tapsniff (Loopback, STP, Frame
    Relay/ATM ARP), which are checked for no crash and sane output only."""
    src = rmac(rng)
    dst = rmac(rng)

    # --- plain Ethernet II with assorted ethertypes ---------------------
    # Unknown (to tcpdump) ethertypes: tcpdump hex-dumps the payload.
    unknown_types = [0x88b5, 0x88b6, 0x1234, 0x0600, 0x0601, 0x05dd, 0x05ff,
                     0x0700, 0x0bad, 0x7fff, 0x8000, 0x8888, 0xabce, 0xfffe,
                     0xffff, 0x88b7, 0x0900, 0x4321, 0x88b5]
    for et in unknown_types:
        for plen in (0, 1, 15, 16, 17, 46, 100):
            p = rbytes(rng, plen)
            fr.add(eth(rmac(rng), rmac(rng), et, p), pad=False)
        # padded minimum-size frames
        fr.add(eth(dst, src, et, rbytes(rng, 4)), pad=True)
        fr.add(eth(BCAST, src, et, b""), pad=True)

    # Known-to-tcpdump ethertypes whose output stays simple.
    # 0x9000 Loopback: skipCount / function / forward address.
    other.add(eth(dst, src, 0x9000, struct.pack("<HH", 0, 1) + rbytes(rng, 40)))
    other.add(eth(dst, src, 0x9000, struct.pack("<HH", 0, 2) + src +
               rbytes(rng, 30)))

    # --- 802.1Q / 802.1ad / 0x9100 tags ----------------------------------
    tpids = [0x8100, 0x88a8, 0x9100]
    for depth in range(1, 6):
        for k in range(14):
            tags = []
            for _ in range(depth):
                tags.append((rng.choice(tpids), rng.randrange(8),
                             rng.randrange(2),
                             rng.choice([0, 1, 2, 100, 1000, 4094, 4095,
                                         rng.randrange(4096)])))
            inner = rng.choice([0x88b5, 0x1234, 0x9999, 0x0806, 0x0806])
            if inner == 0x0806:
                payload = arp_body(op=rng.choice([1, 2]),
                                   sha=rmac(rng), spa=rbytes(rng, 4),
                                   tha=b"\x00" * 6, tpa=rbytes(rng, 4))
            else:
                payload = rbytes(rng, rng.choice([0, 3, 20, 46]))
            fr.add(vlan_eth(rmac(rng), rmac(rng), tags, inner, payload),
                   pad=rng.random() < 0.5)
    # Fixed corner values
    for (pcp, dei, vid) in [(0, 0, 0), (7, 1, 4095), (0, 1, 0), (7, 0, 1),
                            (3, 0, 4095), (5, 1, 2048)]:
        for tpid in tpids:
            fr.add(vlan_eth(dst, src, [(tpid, pcp, dei, vid)], 0x88b5,
                            rbytes(rng, 8)), pad=True)
    # VLAN tag with 802.3 length inner type + LLC
    other.add(vlan_eth(BCAST, src, [(0x8100, 0, 0, 10)], 38,
                    b"\x42\x42\x03" + rbytes(rng, 35)))
    fr.add(vlan_eth(dst, src, [(0x88a8, 1, 0, 20), (0x8100, 2, 0, 30)], 20,
                    b"\x04\x04\x03" + rbytes(rng, 17)))
    fr.add(vlan_eth(dst, src, [(0x8100, 0, 0, 5)], 30,
                    b"\xaa\xaa\x03\x00\x00\x00\x88\xb5" + rbytes(rng, 22)))

    # VLAN header truncated (snapped): every cut point inside tags
    full1 = vlan_eth(dst, src, [(0x8100, 3, 0, 123)], 0x88b5, rbytes(rng, 46))
    for cut in range(13, 19):
        fr.add_snapped(full1, cut)
    full2 = vlan_eth(dst, src, [(0x88a8, 5, 1, 4000), (0x8100, 1, 0, 77)],
                     0x0806, arp_body(op=1, sha=src, spa=ip4(10, 0, 0, 1),
                                      tha=b"\x00" * 6, tpa=ip4(10, 0, 0, 2)))
    for cut in range(14, 24):
        fr.add_snapped(full2, cut)
    # Truncated on the wire (len == caplen) too
    fr.add(full1[:16])
    fr.add(full1[:17])

    # --- Ethernet header truncated ---------------------------------------
    full = eth(dst, src, 0x88b5, rbytes(rng, 46))
    for cut in range(0, 14):
        fr.add_snapped(full, cut)
    fr.add(full[:7])
    fr.add(full[:13])
    fr.add(full[:14])

    # --- ARP --------------------------------------------------------------
    def addarp(body, edst=BCAST, esrc=None, pad=True, etype=0x0806):
        fr.add(eth(edst, esrc or src, etype, body), pad=pad)

    def addarp_other(body, edst=BCAST, esrc=None, pad=True, etype=0x0806):
        other.add(eth(edst, esrc or src, etype, body), pad=pad)

    for _ in range(6):
        sha = rmac(rng)
        spa = ip4(192, 168, rng.randrange(256), rng.randrange(1, 255))
        tpa = ip4(192, 168, rng.randrange(256), rng.randrange(1, 255))
        # request (target mac zero)
        addarp(arp_body(op=1, sha=sha, spa=spa, tha=b"\x00" * 6, tpa=tpa),
               esrc=sha, pad=rng.random() < 0.5)
        # request with non-zero target mac
        tha = rmac(rng)
        addarp(arp_body(op=1, sha=sha, spa=spa, tha=tha, tpa=tpa),
               edst=tha, esrc=sha)
        # request with broadcast target mac
        addarp(arp_body(op=1, sha=sha, spa=spa, tha=BCAST, tpa=tpa),
               esrc=sha)
        # gratuitous request (spa == tpa)
        addarp(arp_body(op=1, sha=sha, spa=spa, tha=b"\x00" * 6, tpa=spa),
               esrc=sha, pad=False)
        # gratuitous reply
        addarp(arp_body(op=2, sha=sha, spa=spa, tha=BCAST, tpa=spa),
               esrc=sha)
        # reply
        addarp(arp_body(op=2, sha=tha, spa=tpa, tha=sha, tpa=spa),
               edst=sha, esrc=tha)
        # probe (spa = 0)
        addarp(arp_body(op=1, sha=sha, spa=b"\x00" * 4, tha=b"\x00" * 6,
                        tpa=tpa), esrc=sha)
    # RARP (0x8035) request/reply, also ARP ops 3/4 in an 0x0806 frame
    for etype in (0x8035, 0x0806):
        for op in (3, 4):
            sha = rmac(rng)
            tha = rmac(rng)
            addarp(arp_body(op=op, sha=sha, spa=ip4(0, 0, 0, 0), tha=tha,
                            tpa=ip4(10, 1, 2, 3)), esrc=sha, etype=etype)
            addarp(arp_body(op=op, sha=sha, spa=ip4(10, 9, 8, 7), tha=tha,
                            tpa=ip4(10, 1, 2, 3)), esrc=sha, etype=etype,
                   pad=False)
    # ARP op 1/2 inside an 0x8035 frame
    for op in (1, 2):
        addarp(arp_body(op=op, sha=src, spa=ip4(1, 2, 3, 4), tha=dst,
                        tpa=ip4(5, 6, 7, 8)), etype=0x8035)
    # InARP ops 8/9 and unknown ops
    for op in (8, 9, 0, 5, 6, 7, 10, 11, 23, 24, 25, 99, 255, 256, 0xffff):
        addarp(arp_body(op=op, sha=src, spa=ip4(172, 16, 0, op & 0xff),
                        tha=dst, tpa=ip4(172, 16, 1, 1)))
    # Odd hardware types
    for ht in (6, 0x20, 0, 7, 15, 0x1234, 0xffff):
        for op in (1, 2, 8):
            (addarp_other if ht == 15 else addarp)(arp_body(htype=ht, op=op, sha=src, spa=ip4(10, 0, 0, 1),
                            tha=dst, tpa=ip4(10, 0, 0, 2)))
    # Frame Relay hw type (15) with hlen 2 (DLCI), InARP
    addarp_other(arp_body(htype=15, hlen=2, op=8, sha=b"\x04\x01",
                    spa=ip4(10, 0, 0, 1), tha=b"\x00\x00",
                    tpa=ip4(0, 0, 0, 0)))
    # Odd protocol types
    for pt in (0x86dd, 0x1234, 0x0000, 0x0806, 0x0200, 0x8100):
        addarp(arp_body(ptype=pt, op=1, sha=src, spa=ip4(10, 0, 0, 1),
                        tha=dst, tpa=ip4(10, 0, 0, 2)))
        addarp(arp_body(ptype=pt, op=2, sha=src, spa=ip4(10, 0, 0, 1),
                        tha=dst, tpa=ip4(10, 0, 0, 2)))
    # IPv6 ptype with plen 16
    addarp(arp_body(ptype=0x86dd, plen=16, op=1, sha=src,
                    spa=rbytes(rng, 16), tha=dst, tpa=rbytes(rng, 16)))
    # Odd hlen / plen
    for hlen in (0, 1, 8, 20):
        for plen in (4, 0, 16):
            for op in (1, 2):
                addarp(arp_body(hlen=hlen, plen=plen, op=op,
                                sha=rbytes(rng, hlen), spa=rbytes(rng, plen),
                                tha=rbytes(rng, hlen), tpa=rbytes(rng, plen)))
    for plen in (0, 1, 16, 3, 5):
        for op in (1, 2, 3, 4, 8, 9):
            addarp(arp_body(plen=plen, op=op, sha=src, spa=rbytes(rng, plen),
                            tha=dst, tpa=rbytes(rng, plen)))
    # ATM ARP hardware type (19): tcpdump uses a separate decoder
    addarp_other(arp_body(htype=19, op=1, sha=src, spa=ip4(10, 0, 0, 1),
                    tha=dst, tpa=ip4(10, 0, 0, 2)))
    # ARP snapped at every byte offset of the header (caplen < len)
    for op in (1, 2):
        body = arp_body(op=op, sha=src, spa=ip4(10, 20, 30, 40),
                        tha=dst if op == 2 else b"\x00" * 6,
                        tpa=ip4(10, 20, 30, 41))
        full = eth(BCAST, src, 0x0806, body)
        for cut in range(14, 14 + 28):
            fr.add_snapped(full, cut)
        fullp = full + b"\x00" * 18
        for cut in (42, 43, 50, 59):
            fr.add_snapped(fullp, cut)
    # RARP/odd op snapped
    full = eth(BCAST, src, 0x8035, arp_body(op=3, sha=src, spa=ip4(0, 0, 0, 0),
                                            tha=src, tpa=ip4(0, 0, 0, 0)))
    for cut in (15, 21, 22, 27, 28, 33, 41):
        fr.add_snapped(full, cut)
    full = eth(BCAST, src, 0x0806, arp_body(op=99, sha=src,
                                            spa=ip4(1, 1, 1, 1), tha=dst,
                                            tpa=ip4(2, 2, 2, 2)))
    for cut in (21, 22, 30, 41):
        fr.add_snapped(full, cut)
    # ARP truncated on the wire (len == caplen)
    for cut in (14, 20, 22, 27, 28, 35, 41):
        fr.add(eth(BCAST, src, 0x0806,
                   arp_body(op=1, sha=src, spa=ip4(10, 0, 0, 9),
                            tha=b"\x00" * 6, tpa=ip4(10, 0, 0, 10)))[:cut])

    # --- 802.3 length-field frames with LLC ------------------------------
    def llc_frame(llc, edst=None, pad=True, lenfield=None):
        d = edst if edst is not None else dst
        ln = len(llc) if lenfield is None else lenfield
        fr.add(d + src + struct.pack("!H", ln) + llc, pad=pad)

    stp_dst = bytes.fromhex("0180c2000000")
    # STP config BPDU
    bpdu = struct.pack("!HBBB", 0, 0, 0, 0) + \
        bytes.fromhex("8000" + "020000000001") + struct.pack("!I", 4) + \
        bytes.fromhex("8000" + "020000000002") + \
        struct.pack("!HHHHH", 0x8001, 0, 20 * 256, 2 * 256, 15 * 256)
    other.add(stp_dst + src + struct.pack("!H", 3 + len(bpdu)) + b"\x42\x42\x03" + bpdu, pad=True)
    # STP TCN BPDU
    other.add(stp_dst + src + struct.pack("!H", 7) + b"\x42\x42\x03" +
              struct.pack("!HBB", 0, 0, 0x80), pad=True)
    # SNAP with OUI 0 and an ethertype (unknown type -> hexdump)
    for et in (0x88b5, 0x1234, 0x9999):
        llc_frame(b"\xaa\xaa\x03\x00\x00\x00" + struct.pack("!H", et) +
                  rbytes(rng, 30))
    # SNAP OUI 0 carrying ARP
    llc_frame(b"\xaa\xaa\x03\x00\x00\x00\x08\x06" +
              arp_body(op=1, sha=src, spa=ip4(10, 0, 0, 1),
                       tha=b"\x00" * 6, tpa=ip4(10, 0, 0, 2)))
    # SNAP with non-zero unknown OUI
    llc_frame(b"\xaa\xaa\x03\x12\x34\x56\x00\x01" + rbytes(rng, 20))
    # NetBIOS 0xf0/0xf0, UI
    llc_frame(b"\xf0\xf0\x03" + rbytes(rng, 20))
    # random DSAP/SSAP (avoid SAPs tcpdump decodes further)
    for _ in range(6):
        dsap = rng.choice([0x04, 0x08, 0x0c, 0x18, 0x20, 0x30, 0x50, 0x64])
        ssap = rng.choice([0x04, 0x08, 0x0c, 0x18, 0x20, 0x30, 0x50, 0x64])
        ssap |= rng.choice([0, 1])
        llc_frame(bytes((dsap, ssap, 0x03)) + rbytes(rng, 30))
    # LLC header truncated (length field announces less than present)
    llc_frame(b"\x42", edst=stp_dst, pad=False)
    llc_frame(b"\x04\x04", pad=False)
    # length field = 0 and 1500
    fr.add(dst + src + struct.pack("!H", 0) + b"\x04\x04\x03" +
           rbytes(rng, 43))
    fr.add(dst + src + struct.pack("!H", 1500) + b"\x04\x04\x03" +
           rbytes(rng, 43))

    # --- large frames ------------------------------------------------------
    fr.add(eth(dst, src, 0x88b5, rbytes(rng, 9000 - 14)))
    fr.add(vlan_eth(dst, src, [(0x8100, 0, 0, 42)], 0x1234,
                    rbytes(rng, 9000 - 18)))
    fr.add(eth(dst, src, 0x88b5, rbytes(rng, 65535 + 18 - 14)))
    # big frame captured short
    fr.add_snapped(eth(dst, src, 0x88b5, rbytes(rng, 1500)), 96)
    fr.add_snapped(eth(dst, src, 0x1234, rbytes(rng, 1500)), 64)

    # --- padding vs no padding of the same frame --------------------------
    for et in (0x88b5, 0x0806):
        body = rbytes(rng, 10) if et != 0x0806 else \
            arp_body(op=2, sha=src, spa=ip4(10, 0, 0, 3), tha=dst,
                     tpa=ip4(10, 0, 0, 4))
        fr.add(eth(dst, src, et, body), pad=False)
        fr.add(eth(dst, src, et, body), pad=True)
        fr.add(eth(dst, src, et, body) + b"\xaa" * 40)


# ---------------------------------------------------------------- ip set

def gen_ip(fr, rng):
    import logging
    logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
    from scapy.all import (Ether, Dot1Q, Dot1AD, IP, IPv6, UDP, TCP, ICMP,
                           IPOption_RR, IPOption_NOP, IPOption_Timestamp,
                           IPOption_Router_Alert,
                           IPv6ExtHdrHopByHop, IPv6ExtHdrRouting,
                           IPv6ExtHdrFragment, IPv6ExtHdrDestOpt,
                           ICMPv6EchoRequest, ICMPv6EchoReply,
                           ICMPv6ND_NS, ICMPv6ND_NA, ICMPv6ND_RS,
                           ICMPv6ND_RA, ICMPv6NDOptSrcLLAddr,
                           ICMPv6NDOptDstLLAddr, ICMPv6NDOptPrefixInfo,
                           ICMPv6NDOptMTU, ICMPv6MLQuery, ICMPv6MLReport,
                           ICMPv6MLDone, ICMPv6MLReport2, ICMPv6MLDMultAddrRec,
                           ICMPv6DestUnreach, ICMPv6TimeExceeded,
                           ICMPv6PacketTooBig, ICMPv6ParamProblem,
                           RouterAlert, PadN, raw)

    src = "02:00:00:00:00:01"
    dst = "02:00:00:00:00:02"
    E = lambda: Ether(src=src, dst=dst)  # noqa: E731

    def add(pkt, pad=True):
        fr.add(raw(pkt), pad=pad)

    def addsnap(pkt, cut):
        fr.add_snapped(raw(pkt), cut)

    def rport():
        return rng.randrange(20000, 30000)

    def rip():
        return "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256),
                                rng.randrange(1, 255))

    def rip6():
        return "2001:db8::%x:%x" % (rng.randrange(65536), rng.randrange(65536))

    # --- IPv4 header variations (payload: UDP on high ports) --------------
    for ttl in (1, 64, 255, 0, 128):
        add(E() / IP(src=rip(), dst=rip(), ttl=ttl) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 12))
    for flags in (0, 2, 1, 3, 4):
        add(E() / IP(src=rip(), dst=rip(), flags=flags, id=rng.randrange(65536)) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 8))
    for tos in (0, 1, 2, 3, 0x10, 0xb8, 0xff):
        add(E() / IP(src=rip(), dst=rip(), tos=tos) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 4))
    # options
    for opts in ([IPOption_NOP(), IPOption_NOP(), IPOption_NOP(),
                  IPOption_NOP()],
                 [IPOption_Router_Alert()],
                 [IPOption_RR(routers=["1.2.3.4", "5.6.7.8"])],
                 [IPOption_Timestamp(flg=0, timestamp=[12345, 67890])],
                 [IPOption_RR(routers=["9.9.9.9"]), IPOption_NOP()]):
        add(E() / IP(src=rip(), dst=rip(), options=opts) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 10))
    # fragments first/middle/last
    # (the first fragment carries a real UDP/TCP header on high ports)
    udp_dgram = raw(UDP(sport=24001, dport=24002, len=8 + 3000) /
                    rbytes(rng, 56))
    tcp_seg = raw(TCP(sport=24003, dport=24004, flags="PA", seq=5000,
                      ack=6000) / rbytes(rng, 44))
    for (flags, frag) in ((1, 0), (1, 185), (0, 370), (0, 100), (1, 1)):
        for (proto, first, ident) in ((17, udp_dgram, 4242),
                                      (6, tcp_seg, 4243)):
            body = first[:64] if frag == 0 else rbytes(rng, 64)
            add(E() / IP(src="10.0.0.1", dst="10.0.0.2", id=ident,
                         flags=flags, frag=frag, proto=proto) / body)
    # DF-flagged complete datagram and a fragment with DF+MF (odd)
    add(E() / IP(src="10.0.0.3", dst="10.0.0.4", flags="DF", id=0) /
        UDP(sport=24005, dport=24006) / rbytes(rng, 30))
    # unknown protocol numbers
    for proto in (0, 99, 200, 253, 254, 255):
        add(E() / IP(src=rip(), dst=rip(), proto=proto) / rbytes(rng, 20))
    # bad IHL
    for ihl in (0, 1, 4):
        add(E() / IP(src=rip(), dst=rip(), ihl=ihl) /
            UDP(sport=rport(), dport=rport()))
    # IHL too big for the frame
    add(E() / IP(src=rip(), dst=rip(), ihl=15) / rbytes(rng, 8), pad=False)
    # total length beyond frame / shorter than header
    for tl in (200, 1500, 65535, 10, 20, 21):
        add(E() / IP(src=rip(), dst=rip(), len=tl) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 8), pad=False)
    # wrong header checksum
    for ck in (0, 0x1234, 0xffff):
        add(E() / IP(src=rip(), dst=rip(), chksum=ck) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 8))
    # version != 4 in an IPv4 ethertype
    fr.add(bytes.fromhex("020000000002020000000001" "0800") +
           b"\x65" + rbytes(rng, 45))

    # --- ICMP --------------------------------------------------------------
    for t in (8, 0):
        for i in range(4):
            add(E() / IP(src=rip(), dst=rip()) /
                ICMP(type=t, id=rng.randrange(65536), seq=i) /
                rbytes(rng, rng.choice([0, 8, 56])))
    for code in range(16):
        inner_udp = IP(src="10.1.1.1", dst="10.2.2.2") / \
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 8)
        inner_tcp = IP(src="10.1.1.1", dst="10.2.2.2") / \
            TCP(sport=rport(), dport=rport(), flags="S", seq=1000)
        kw = {}
        if code == 4:
            kw = {"nexthopmtu": 1400}
        add(E() / IP(src="10.3.3.3", dst="10.1.1.1") /
            ICMP(type=3, code=code, **kw) / raw(inner_udp)[:28])
        add(E() / IP(src="10.3.3.3", dst="10.1.1.1") /
            ICMP(type=3, code=code, **kw) / raw(inner_tcp)[:28])
    for code in (0, 1):
        add(E() / IP(src="10.3.3.3", dst="10.1.1.1") / ICMP(type=11, code=code) /
            raw(IP(src="10.1.1.1", dst="10.9.9.9", ttl=1) /
                UDP(sport=rport(), dport=33434))[:28])
    for code in (0, 1, 2, 3):
        add(E() / IP(src="10.3.3.3", dst="10.1.1.1") /
            ICMP(type=5, code=code, gw="10.3.3.4") /
            raw(IP(src="10.1.1.1", dst="10.9.9.9") /
                UDP(sport=rport(), dport=rport()))[:28])
    add(E() / IP(src=rip(), dst=rip()) / ICMP(type=13, id=1, seq=2,
                                              ts_ori=1000, ts_rx=0, ts_tx=0))
    add(E() / IP(src=rip(), dst=rip()) / ICMP(type=14, id=1, seq=2,
                                              ts_ori=1000, ts_rx=2000,
                                              ts_tx=3000))
    for t in (1, 2, 7, 19, 42, 44, 200, 255):
        add(E() / IP(src=rip(), dst=rip()) / ICMP(type=t, code=rng.randrange(4)) /
            rbytes(rng, 8))
    # bad ICMP checksum
    add(E() / IP(src=rip(), dst=rip()) / ICMP(type=8, chksum=0x1234) /
        rbytes(rng, 8))

    # --- UDP ---------------------------------------------------------------
    for _ in range(30):
        add(E() / IP(src=rip(), dst=rip()) /
            UDP(sport=rport(), dport=rport()) /
            rbytes(rng, rng.choice([0, 1, 10, 100, 600])),
            pad=rng.random() < 0.5)
    # UDP length field wrong
    for ulen in (0, 7, 8, 500):
        add(E() / IP(src=rip(), dst=rip()) /
            UDP(sport=rport(), dport=rport(), len=ulen) / rbytes(rng, 20))
    # bad UDP checksum
    add(E() / IP(src=rip(), dst=rip()) /
        UDP(sport=rport(), dport=rport(), chksum=0x4242) / rbytes(rng, 20))

    # --- TCP ---------------------------------------------------------------
    for fl in range(0, 256, 1):
        if fl % 3 and fl not in (2, 0x12, 0x10, 0x18, 0x11, 0x04, 0x14,
                                 0x01, 0x20, 0x30, 0x40, 0x80, 0xc2, 0xff):
            continue
        add(E() / IP(src=rip(), dst=rip()) /
            TCP(sport=rport(), dport=rport(), flags=fl,
                seq=rng.randrange(1 << 32), ack=rng.randrange(1 << 32),
                window=rng.randrange(65536),
                urgptr=rng.choice([0, 0, 5])) /
            (rbytes(rng, rng.choice([0, 0, 10, 100]))))
    syn_opts = [
        [("MSS", 1460)],
        [("MSS", 1460), ("SAckOK", b""), ("Timestamp", (12345, 0)),
         ("NOP", None), ("WScale", 7)],
        [("MSS", 536), ("NOP", None), ("NOP", None), ("SAckOK", b"")],
        [("NOP", None), ("WScale", 14)],
        [("Timestamp", (1, 2))],
        [("MSS", 9000), ("NOP", None), ("WScale", 0), ("NOP", None),
         ("NOP", None), ("Timestamp", (4294967295, 7)), ("SAckOK", b""),
         ("EOL", None)],
    ]
    for opts in syn_opts:
        add(E() / IP(src=rip(), dst=rip()) /
            TCP(sport=rport(), dport=rport(), flags="S",
                seq=rng.randrange(1 << 32), window=64240, options=opts))
        add(E() / IP(src=rip(), dst=rip()) /
            TCP(sport=rport(), dport=rport(), flags="SA",
                seq=rng.randrange(1 << 32), ack=rng.randrange(1 << 32),
                window=65160, options=opts))
    # SACK blocks on ACKs
    add(E() / IP(src=rip(), dst=rip()) /
        TCP(sport=rport(), dport=rport(), flags="A", seq=1000, ack=2000,
            options=[("NOP", None), ("NOP", None),
                     ("SAck", (3000, 4000, 5000, 6000))]))
    # data segments, RST, FIN, URG
    for _ in range(12):
        add(E() / IP(src=rip(), dst=rip()) /
            TCP(sport=rport(), dport=rport(), flags="PA",
                seq=rng.randrange(1 << 32), ack=rng.randrange(1 << 32),
                window=502, options=[("NOP", None), ("NOP", None),
                                     ("Timestamp", (rng.randrange(1 << 32),
                                                    rng.randrange(1 << 32)))])
            / rbytes(rng, rng.choice([1, 48, 1200])))
    for fl in ("R", "RA", "F", "FA", "FPA", "UA", "UPA"):
        add(E() / IP(src=rip(), dst=rip()) /
            TCP(sport=rport(), dport=rport(), flags=fl, seq=777, ack=888,
                urgptr=3 if "U" in fl else 0) /
            (rbytes(rng, 5) if "P" in fl else b""))
    # TCP bad data offset / bad checksum
    for do in (0, 4, 15):
        add(E() / IP(src=rip(), dst=rip()) /
            TCP(sport=rport(), dport=rport(), flags="A", dataofs=do) /
            rbytes(rng, 4))
    add(E() / IP(src=rip(), dst=rip()) /
        TCP(sport=rport(), dport=rport(), flags="A", chksum=0xdead))

    # --- IPv6 -------------------------------------------------------------
    for hl in (1, 64, 255):
        add(E() / IPv6(src=rip6(), dst=rip6(), hlim=hl) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 12))
    for tc, fl in ((0, 0), (0xb8, 0x12345), (0xff, 0xfffff)):
        add(E() / IPv6(src=rip6(), dst=rip6(), tc=tc, fl=fl) /
            UDP(sport=rport(), dport=rport()) / rbytes(rng, 12))
    add(E() / IPv6(src="fe80::1", dst="ff02::1") /
        UDP(sport=rport(), dport=rport()) / rbytes(rng, 4))
    add(E() / IPv6(src="::", dst="::1") /
        TCP(sport=rport(), dport=rport(), flags="S"))
    add(E() / IPv6(src="::ffff:10.1.2.3", dst="2001:db8:0:0:1:0:0:1") /
        TCP(sport=rport(), dport=rport(), flags="S"))
    ext_chains = [
        [IPv6ExtHdrHopByHop(options=[RouterAlert()])],
        [IPv6ExtHdrHopByHop(options=[PadN(optdata=b"\x00" * 4)])],
        [IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\x00" * 4)])],
        [IPv6ExtHdrRouting(addresses=["2001:db8::1", "2001:db8::2"])],
        [IPv6ExtHdrRouting(type=2, addresses=["2001:db8::3"])],
        [IPv6ExtHdrFragment(id=0x1234, m=1, offset=0)],
        [IPv6ExtHdrFragment(id=0x1234, m=0, offset=100)],
        [IPv6ExtHdrHopByHop(), IPv6ExtHdrDestOpt(),
         IPv6ExtHdrRouting(addresses=["2001:db8::9"]),
         IPv6ExtHdrFragment(id=7, m=1)],
        [IPv6ExtHdrHopByHop(), IPv6ExtHdrFragment(id=8, m=0, offset=0),
         IPv6ExtHdrDestOpt()],
    ]
    for chain in ext_chains:
        p = IPv6(src=rip6(), dst=rip6())
        for h in chain:
            p = p / h
        add(E() / (p / UDP(sport=rport(), dport=rport()) / rbytes(rng, 16)))
        p = IPv6(src=rip6(), dst=rip6())
        for h in chain:
            p = p / h
        add(E() / (p / TCP(sport=rport(), dport=rport(), flags="S")))
    # unknown next header, no next header
    for nh in (59, 99, 253):
        add(E() / IPv6(src=rip6(), dst=rip6(), nh=nh) / rbytes(rng, 16))
    # payload length beyond frame
    add(E() / IPv6(src=rip6(), dst=rip6(), plen=500) /
        UDP(sport=rport(), dport=rport()) / rbytes(rng, 8), pad=False)

    # --- ICMPv6 ------------------------------------------------------------
    for i in range(4):
        add(E() / IPv6(src=rip6(), dst=rip6()) /
            ICMPv6EchoRequest(id=rng.randrange(65536), seq=i) /
            rbytes(rng, rng.choice([0, 8, 56])))
        add(E() / IPv6(src=rip6(), dst=rip6()) /
            ICMPv6EchoReply(id=rng.randrange(65536), seq=i) /
            rbytes(rng, 8))
    # NS with/without source LL option
    add(E() / IPv6(src="fe80::1", dst="ff02::1:ff00:2", hlim=255) /
        ICMPv6ND_NS(tgt="fe80::2") / ICMPv6NDOptSrcLLAddr(lladdr=src))
    add(E() / IPv6(src="::", dst="ff02::1:ff00:3", hlim=255) /
        ICMPv6ND_NS(tgt="fe80::3"))
    add(E() / IPv6(src="fe80::1", dst="fe80::2", hlim=255) /
        ICMPv6ND_NS(tgt="2001:db8::2"))
    # NA flags
    for (R, S, O) in ((0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1),
                      (0, 1, 1)):
        add(E() / IPv6(src="fe80::2", dst="fe80::1", hlim=255) /
            ICMPv6ND_NA(tgt="fe80::2", R=R, S=S, O=O) /
            ICMPv6NDOptDstLLAddr(lladdr=dst))
    add(E() / IPv6(src="fe80::2", dst="ff02::1", hlim=255) /
        ICMPv6ND_NA(tgt="fe80::2", R=0, S=0, O=1))
    # RS
    add(E() / IPv6(src="fe80::1", dst="ff02::2", hlim=255) / ICMPv6ND_RS())
    add(E() / IPv6(src="fe80::1", dst="ff02::2", hlim=255) / ICMPv6ND_RS() /
        ICMPv6NDOptSrcLLAddr(lladdr=src))
    # RA
    add(E() / IPv6(src="fe80::3", dst="ff02::1", hlim=255) /
        ICMPv6ND_RA(chlim=64, M=0, O=0, routerlifetime=1800))
    add(E() / IPv6(src="fe80::3", dst="ff02::1", hlim=255) /
        ICMPv6ND_RA(chlim=64, M=1, O=1, routerlifetime=0, reachabletime=30000,
                    retranstimer=1000) /
        ICMPv6NDOptSrcLLAddr(lladdr=src) / ICMPv6NDOptMTU(mtu=1500) /
        ICMPv6NDOptPrefixInfo(prefix="2001:db8:1::", prefixlen=64))
    add(E() / IPv6(src="fe80::3", dst="ff02::1", hlim=255) /
        ICMPv6ND_RA(chlim=255, M=0, O=1, prf=1, H=1) /
        ICMPv6NDOptPrefixInfo(prefix="2001:db8:2::", prefixlen=48, L=0, A=1,
                              validlifetime=0xffffffff,
                              preferredlifetime=3600))
    # MLD v1
    add(E() / IPv6(src="fe80::4", dst="ff02::1", hlim=1) /
        IPv6ExtHdrHopByHop(options=[RouterAlert()]) /
        ICMPv6MLQuery(mladdr="::", mrd=10000))
    add(E() / IPv6(src="fe80::4", dst="ff02::1:3", hlim=1) /
        IPv6ExtHdrHopByHop(options=[RouterAlert()]) /
        ICMPv6MLQuery(mladdr="ff02::1:3", mrd=1000))
    add(E() / IPv6(src="fe80::5", dst="ff02::1:3", hlim=1) /
        IPv6ExtHdrHopByHop(options=[RouterAlert()]) /
        ICMPv6MLReport(mladdr="ff02::1:3"))
    add(E() / IPv6(src="fe80::5", dst="ff02::2", hlim=1) /
        IPv6ExtHdrHopByHop(options=[RouterAlert()]) /
        ICMPv6MLDone(mladdr="ff02::1:3"))
    # MLD v2 reports
    recs = [ICMPv6MLDMultAddrRec(rtype=4, dst="ff02::fb"),
            ICMPv6MLDMultAddrRec(rtype=3, dst="ff02::1:2"),
            ICMPv6MLDMultAddrRec(rtype=1, dst="ff05::1:3",
                                 sources=["2001:db8::1", "2001:db8::2"]),
            ICMPv6MLDMultAddrRec(rtype=6, dst="ff0e::1234",
                                 sources=["2001:db8::3"])]
    add(E() / IPv6(src="fe80::6", dst="ff02::16", hlim=1) /
        IPv6ExtHdrHopByHop(options=[RouterAlert()]) /
        ICMPv6MLReport2(records=recs))
    add(E() / IPv6(src="fe80::6", dst="ff02::16", hlim=1) /
        IPv6ExtHdrHopByHop(options=[RouterAlert()]) /
        ICMPv6MLReport2(records=recs[:1]))
    # errors with quoted packets
    inner6 = raw(IPv6(src="2001:db8::1", dst="2001:db8::2") /
                 UDP(sport=rport(), dport=rport()) / rbytes(rng, 8))
    for code in range(0, 8):
        add(E() / IPv6(src="2001:db8::ff", dst="2001:db8::1") /
            ICMPv6DestUnreach(code=code) / inner6)
    add(E() / IPv6(src="2001:db8::ff", dst="2001:db8::1") /
        ICMPv6PacketTooBig(mtu=1280) / inner6)
    for code in (0, 1):
        add(E() / IPv6(src="2001:db8::ff", dst="2001:db8::1") /
            ICMPv6TimeExceeded(code=code) / inner6)
    for code in (0, 1, 2):
        add(E() / IPv6(src="2001:db8::ff", dst="2001:db8::1") /
            ICMPv6ParamProblem(code=code, ptr=6) / inner6)

    # --- VLAN-tagged IPv4 and IPv6 ----------------------------------------
    for vid in (1, 100, 4094):
        add(Ether(src=src, dst=dst) / Dot1Q(vlan=vid, prio=rng.randrange(8)) /
            IP(src=rip(), dst=rip()) / UDP(sport=rport(), dport=rport()) /
            rbytes(rng, 8))
        add(Ether(src=src, dst=dst) / Dot1Q(vlan=vid) /
            IPv6(src=rip6(), dst=rip6()) /
            TCP(sport=rport(), dport=rport(), flags="S"))
        add(Ether(src=src, dst=dst) / Dot1Q(vlan=vid) /
            IP(src=rip(), dst=rip()) / ICMP(type=8, id=1, seq=vid))
        add(Ether(src=src, dst=dst) / Dot1AD(vlan=vid) / Dot1Q(vlan=vid + 1) /
            IP(src=rip(), dst=rip()) / UDP(sport=rport(), dport=rport()) /
            rbytes(rng, 8))
        add(Ether(src=src, dst=dst) / Dot1AD(vlan=vid) / Dot1Q(vlan=2) /
            IPv6(src=rip6(), dst=rip6()) / ICMPv6EchoRequest(id=1, seq=2))

    # --- truncated (snapped) IP/TCP/UDP/ICMP headers ----------------------
    p = E() / IP(src="10.0.0.1", dst="10.0.0.2") / \
        TCP(sport=23456, dport=24567, flags="S", seq=1,
            options=[("MSS", 1460), ("SAckOK", b""),
                     ("Timestamp", (1, 0)), ("NOP", None), ("WScale", 7)])
    for cut in range(14, len(raw(p))):
        addsnap(p, cut)
    p = E() / IP(src="10.0.0.1", dst="10.0.0.2") / \
        UDP(sport=23456, dport=24567) / rbytes(rng, 20)
    for cut in range(14, 14 + 20 + 8 + 2):
        addsnap(p, cut)
    p = E() / IP(src="10.0.0.1", dst="10.0.0.2") / ICMP(type=8, id=5, seq=6) / \
        rbytes(rng, 20)
    for cut in range(30, 14 + 20 + 8 + 2):
        addsnap(p, cut)
    p = E() / IP(src="10.0.0.1", dst="10.0.0.2") / ICMP(type=3, code=3) / \
        raw(IP(src="10.0.0.2", dst="10.0.0.1") /
            UDP(sport=23456, dport=24567))
    for cut in (36, 40, 45, 50, 54, 58, 61):
        addsnap(p, cut)
    p = E() / IPv6(src="2001:db8::1", dst="2001:db8::2") / \
        TCP(sport=23456, dport=24567, flags="S")
    for cut in (14, 20, 30, 53, 54, 55, 60, 70, 73):
        addsnap(p, cut)
    p = E() / IPv6(src="fe80::1", dst="ff02::1:ff00:2", hlim=255) / \
        ICMPv6ND_NS(tgt="fe80::2") / ICMPv6NDOptSrcLLAddr(lladdr=src)
    for cut in (54, 56, 58, 62, 70, 78, 80, 84):
        addsnap(p, cut)


# ---------------------------------------------------------------- main

def main(argv):
    if len(argv) != 3 or argv[1] not in ("link", "ip", "all", "other"):
        sys.stderr.write("usage: gen_frames.py {link|ip|all|other} OUT.pcap\n")
        return 2
    which, out = argv[1], argv[2]
    fr = Frames()
    other = Frames()
    if which in ("link", "all", "other"):
        gen_link(fr, random.Random(0x7A95), other)
        if which == "other":
            fr = other
    if which in ("ip", "all"):
        gen_ip(fr, random.Random(0x1F00D))
    write_pcap(out, fr.items)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
