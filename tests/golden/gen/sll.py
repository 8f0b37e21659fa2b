#!/usr/bin/python3
"""Linux cooked captures, as `tcpdump -i any -w` writes them: LINKTYPE_LINUX_SLL (113), or with
--v2 LINKTYPE_LINUX_SLL2 (276, gen/sll2.py).  Every packet type (In, B, M, P, Out, unknown),
link-layer addresses of 6, 0 and 4 bytes, IPv4/IPv6/ARP payloads, 802.2 LLC (protocol 0x0004),
an unknown length-type and an unknown ethertype (hex lines), 802.1Q tags (DEI, two deep, an
802.3 length inside, an unknown type inside, a tag cut short), headers cut short, SLL2's
interface index (1 is lo in every namespace; 0 and 999999 have no name: "?").
usage: sll.py [--v2] OUT.pcap"""
import struct
import sys

from scapy.all import ARP, ICMP, IP, IPv6, TCP, UDP, Raw, ICMPv6EchoRequest, ICMPv6ND_NS, raw

SNAPLEN = 262144
MAC_A = bytes.fromhex("020000000001")
MAC_B = bytes.fromhex("020000000002")


def sll1(pkttype, proto, addr=MAC_A, hatype=1):
    return struct.pack(">HHH", pkttype, hatype, len(addr)) + addr.ljust(8, b"\0")[:8] + struct.pack(">H", proto)


def sll2(pkttype, proto, addr=MAC_A, hatype=1, ifindex=1):
    return (struct.pack(">HHIHBB", proto, 0, ifindex, hatype, pkttype, len(addr))
            + addr.ljust(8, b"\0")[:8])


def frames(v2):
    out = []  # (bytes, wire_len)

    def add(pkttype, proto, payload, addr=MAC_A, hatype=1, ifindex=1, caplen=None):
        hdr = sll2(pkttype, proto, addr, hatype, ifindex) if v2 else sll1(pkttype, proto, addr, hatype)
        data = hdr + payload
        out.append((data if caplen is None else data[:caplen], len(data)))

    ping = raw(IP(src="10.0.0.1", dst="10.0.0.2", id=7) / ICMP(id=7, seq=1) / Raw(b"x" * 56))
    reply = raw(IP(src="10.0.0.2", dst="10.0.0.1", id=8) / ICMP(type=0, id=7, seq=1) / Raw(b"x" * 56))
    udp6 = raw(IPv6(src="fd00::1", dst="fd00::2") / UDP(sport=40000, dport=45000) / Raw(b"abcd"))
    ns = raw(IPv6(src="fd00::1", dst="ff02::1:ff00:2", hlim=255) / ICMPv6ND_NS(tgt="fd00::2"))
    echo6 = raw(IPv6(src="fd00::1", dst="fd00::2") / ICMPv6EchoRequest(id=3, seq=4, data=b"hello"))
    syn = raw(IP(src="10.0.0.1", dst="10.0.0.2") / TCP(sport=40000, dport=80, flags="S", seq=1000, window=502))
    arp_req = raw(ARP(op=1, hwsrc="02:00:00:00:00:01", psrc="10.0.0.1", pdst="10.0.0.2"))
    arp_rep = raw(ARP(op=2, hwsrc="02:00:00:00:00:02", psrc="10.0.0.2", hwdst="02:00:00:00:00:01", pdst="10.0.0.1"))
    llc_snap = bytes.fromhex("aaaa03000000" "88b5") + b"\x01\x02\x03\x04\x05\x06\x07\x08"
    llc_ui = bytes.fromhex("040403") + b"0123456789abcdef"

    # Every packet type, with the same ping.
    for pkttype in (0, 1, 2, 3, 4, 7):
        add(pkttype, 0x0800, ping)
    add(0, 0x0800, reply, addr=MAC_B)
    add(4, 0x86DD, udp6)
    add(2, 0x86DD, ns)
    add(0, 0x86DD, echo6)
    add(4, 0x0800, syn)
    add(1, 0x0806, arp_req)
    add(0, 0x0806, arp_rep + b"\0" * 18, addr=MAC_B)  # padded to 60 as it arrives
    # No address (a tunnel or lo in some kernels), and a 4-byte one (IPGRE).
    add(0, 0x86DD, udp6, addr=b"", hatype=778)
    add(4, 0x0800, ping, addr=bytes.fromhex("0a000001"), hatype=778)
    # 802.2 LLC frames, an unknown length-type, an unknown ethertype.
    add(0, 0x0004, llc_snap)
    add(0, 0x0004, llc_ui)
    add(0, 0x0060, b"\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff\x00\x01")
    add(4, 0x88B5, b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12")
    # 802.1Q: a tag, DEI, two tags, a length inside (802.2 follows), an unknown type inside.
    add(0, 0x8100, struct.pack(">HH", (3 << 13) | 100, 0x0800) + ping)
    add(4, 0x8100, struct.pack(">HH", (1 << 12) | 5, 0x0806) + arp_req)
    add(0, 0x8100, struct.pack(">HHHH", 10, 0x8100, 20, 0x86DD) + udp6)
    add(0, 0x8100, struct.pack(">HH", 30, len(llc_ui)) + llc_ui)
    add(4, 0x8100, struct.pack(">HH", 40, 0x1234) + b"\x00" * 10)
    # Cut short: inside the pseudo-header, inside a tag, inside the IP header, inside ARP.
    add(0, 0x0800, ping, caplen=10)
    add(0, 0x8100, struct.pack(">HH", 50, 0x0800) + ping, caplen=(20 if v2 else 16) + 2)
    add(0, 0x0800, ping, caplen=(20 if v2 else 16) + 12)
    add(1, 0x0806, arp_req, caplen=(20 if v2 else 16) + 20)
    if v2:
        # Interfaces without a name here print "?"; lo is 1 everywhere.
        add(0, 0x0800, ping, ifindex=0)
        add(4, 0x0800, ping, ifindex=999999)
    return out


def main(argv):
    v2 = "--v2" in argv
    paths = [a for a in argv[1:] if a != "--v2"]
    if len(paths) != 1:
        sys.exit(__doc__)
    with open(paths[0], "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, SNAPLEN, 276 if v2 else 113))
        for i, (data, wire_len) in enumerate(frames(v2)):
            f.write(struct.pack("<IIII", 1732449600 + i, 1000 * i, len(data), wire_len))
            f.write(data)


if __name__ == "__main__":
    main(sys.argv)
