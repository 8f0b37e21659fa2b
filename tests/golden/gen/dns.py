#!/usr/bin/python3
"""DNS over UDP and TCP, mDNS, BOOTP/DHCP, DHCPv6 and NTP as tcpdump prints them at default
verbosity: every record type tcpdump names, EDNS options, rcodes and flags, multi-question
forms, compression, and malformed messages (pointer loops, forward pointers, bad label types,
names over 255 characters, counts beyond the data, short headers, TCP length prefixes).
usage: dns.py OUT.pcap   (dns_cuts.py cuts some of these frames at every byte)"""
import struct
import sys

from scapy.all import Ether, IP, IPv6, TCP, UDP, Raw, wrpcap

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
frames = []


def name(n):
    """A name in wire form: 'a.b.' -> 01 61 01 62 00; bytes are taken as they are."""
    if isinstance(n, str):
        n = n.encode("latin-1")
    out = b""
    for label in n.rstrip(b".").split(b"."):
        if label:
            out += bytes([len(label)]) + label
    return out + b"\x00"


def ptr(offset):
    return struct.pack(">H", 0xC000 | offset)


def header(ident, flags, qd=1, an=0, ns=0, ar=0):
    return struct.pack(">HHHHHH", ident, flags, qd, an, ns, ar)


def q(n, qtype=1, qclass=1):
    return (name(n) if not isinstance(n, bytes) else n) + struct.pack(">HH", qtype, qclass)


def rr(owner, rtype, rdata, rclass=1, ttl=300):
    owner = name(owner) if not isinstance(owner, bytes) else owner
    return owner + struct.pack(">HHIH", rtype, rclass, ttl, len(rdata)) + rdata


def opt(options=b"", size=4096, ext_rcode=0, do=False, udp_class=None):
    ttl = (ext_rcode << 24) | (0x8000 if do else 0)
    return b"\x00" + struct.pack(">HHIH", 41, size if udp_class is None else udp_class, ttl, len(options)) + options


def eopt(code, data):
    return struct.pack(">HH", code, len(data)) + data


def udp(payload, sport=40000, dport=53, v6=False, src=None, dst=None):
    ip = IPv6(src=src or "fd00::1", dst=dst or "fd00::2") if v6 else IP(src=src or "10.0.0.1", dst=dst or "10.0.0.2")
    frames.append(Ether(src=A, dst=B) / ip / UDP(sport=sport, dport=dport) / Raw(payload))


def tcp(payload, sport=40000, dport=53):
    frames.append(Ether(src=A, dst=B) / IP(src="10.0.0.1", dst="10.0.0.2") /
                  TCP(sport=sport, dport=dport, flags="PA", seq=1000, ack=2000, window=502) / Raw(payload))


def response(ident, flags, questions, answers, ns=0, ar=0, extra=b"", qd=None, an=None):
    body = b"".join(questions) + b"".join(answers) + extra
    return header(ident, flags, len(questions) if qd is None else qd, len(answers) if an is None else an, ns, ar) + body


EX = q("example.com.")                    # at offset 12: "example.com." for pointers to 12
R = 0x8180                                 # response, RD, RA

# --- queries
udp(header(4660, 0x0100) + EX)                                           # 4660+ A? example.com.
udp(header(1, 0x0000) + q("example.com.", 28))                           # no RD, AAAA
udp(header(2, 0x0110) + q("example.com.", 15, 3))                        # CD, class CHAOS
udp(header(3, 0x0100, qd=2) + q("a.example.", 1) + q("b.example.", 16))  # [2q]
udp(header(4, 0x0100, qd=0))                                             # [0q]
udp(header(5, 0x0100, ar=1) + EX + opt(do=True))                         # [1au]
udp(header(6, 0x0100, ar=1) + EX + opt(eopt(8, b"\x00\x01\x18\x00\xc0\x00\x02") + eopt(10, b"\x01" * 8)))
udp(header(7, 0x2800, an=1, ns=1) + q("example.com.", 6) + rr(ptr(12), 1, b"\x01\x02\x03\x04") +
    rr(ptr(12), 2, name("ns.example.com.")))                             # update [1a] [1n]
udp(header(8, 0x0840, qd=0, an=1) + rr("example.com.", 1, b"\x01\x02\x03\x04"))  # IQUERY, Z bit
udp(header(9, 0x2400) + q("example.com.", 6))                            # notify
udp(header(10, 0x7900) + q("example.com.", 252, 255))                    # op15 AXFR class ANY
udp(header(11, 0x0100) + q("example.com.", 999, 42))                     # Type999 (Class 42)
udp(header(12, 0x0100) + q(b"\x03a\x00b\x04\xe9t\x7f!\x00"))             # label bytes printed escaped
udp(header(13, 0x0100) + q("_sip._udp.example.org.", 33) + b"junk")      # SRV?, trailing bytes

# --- responses
udp(response(4660, R, [EX], [rr(ptr(12), 1, b"\x01\x02\x03\x04")]), 53, 40000)
udp(response(14, R | 0x0400 | 0x0020, [q("www.example.com.")],           # AA, AD; CNAME chain
             [rr(ptr(12), 5, name("web.example.com.")), rr(b"\x03web" + ptr(16), 1, b"\x0a\x00\x00\x01"),
              rr(b"\x03web" + ptr(16), 28, bytes(range(16)))]), 53, 40000)
udp(response(15, 0x8183, [EX], [], ns=1,
             extra=rr(ptr(12), 6, name("ns.example.com.") + name("admin.example.com.") + bytes(20))), 53, 40000)
udp(response(16, 0x8300, [EX], [rr(ptr(12), 1, b"\x01\x02\x03\x04")]), 53, 40000)   # TC, no RA
udp(response(17, R, [q("example.com.", 15)],
             [rr(ptr(12), 15, b"\x00\x0a" + name("mail.example.com.")),
              rr(ptr(12), 16, b"\x0bhello world\x00\x05a\"b\\c"),
              rr(ptr(12), 12, name("host.example.")), rr(ptr(12), 2, name("ns1.example.")),
              rr(ptr(12), 39, name("other.example.")), rr(ptr(12), 13, b"\x03cpu\x02os")]), 53, 40000)
udp(response(18, R, [q("_sip._udp.example.org.", 33)],
             [rr(ptr(12), 33, b"\x00\x0a\x00\x05\x13\xc4" + name("sip.example.org."))]), 53, 40000)
udp(response(19, R, [EX], [rr(ptr(12), 38, b"\x40" + bytes(8) + name("pfx.example.")),
                           rr(ptr(12), 38, b"\x00" + bytes(range(16))), rr(ptr(12), 38, b"\x80" + name("p.")),
                           rr(ptr(12), 38, b"\x81")]), 53, 40000)                    # A6
udp(response(20, R, [EX], [rr(ptr(12), 256, b"\x00\x01\x00\x02https://example.com/"),
                           rr(ptr(12), 104, b"unspec ascii"), rr(ptr(12), 250, name("key.") + bytes(16)),
                           rr(ptr(12), 99, b"\x05v=spf"), rr(ptr(12), 10, b"\x00\x01")]), 53, 40000)
udp(response(21, R, [EX], [opt(eopt(3, b"ns1") + eopt(5, b"\x08\x0d\x0f\xc8") + eopt(6, b"\x01\x02\x09") +
                               eopt(7, b"\x01") + eopt(8, b"\x00\x02\x30\x00" + bytes(6)) +
                               eopt(9, b"\x00\x00\x0e\x10") + eopt(10, bytes(range(16))) +
                               eopt(11, b"\x00\x96") + eopt(12, bytes(5)) + eopt(13, name("chain.example.")) +
                               eopt(14, b"\x12\x34\x56\x78") + eopt(99, b"\xab\xcd") + eopt(8, b"\x00\x03\x00\x00") +
                               eopt(10, b"\x01\x02") + eopt(11, b"\x01") + eopt(9, b"") +
                               eopt(14, b"\x01\x02\x03"), do=True)]), 53, 40000)  # OPT in the answers
udp(response(22, R, [EX], [rr(ptr(12), 1, b"\x01\x02\x03\x04")], ar=1,
             extra=opt(ext_rcode=1)), 53, 40000)                                     # BadVers (16)
udp(response(23, 0x8185, [EX], [], ar=1, extra=opt(ext_rcode=0xff)), 53, 40000)      # Resp4085
udp(response(24, 0x8000 | 0x9, [EX], []), 53, 40000)                                 # NotAuth
udp(response(25, R, [q("a.example."), q("b.example.")],                             # [2q], commas
             [rr(ptr(12), 1, b"\x01\x01\x01\x01"), rr(ptr(12), 1, b"\x02\x02\x02\x02")]), 53, 40000)
udp(response(26, R, [], [rr("example.com.", 1, b"\x05\x05\x05\x05")]), 53, 40000)  # [0q]
udp(response(27, R, [EX], [rr(ptr(12), 1, b"\x01\x02\x03\x04", rclass=3)]), 53, 40000)  # CHAOS A
udp(response(28, R, [EX], [rr(ptr(12), 16, b"\x03abc\x03def\x00")]), 53, 40000)  # TXT with an empty string
udp(response(29, R, [EX], [rr(ptr(12), 1, b"")] , extra=b"\x09\x08\x07\x06"), 53, 40000)  # A, rdlength 0

# --- malformed
udp(response(30, R, [q(ptr(12))], []), 53, 40000)                                   # pointer to itself
udp(header(31, 0x0100) + q(b"\x01a" + ptr(12)))                                       # pointer loop
udp(header(32, 0x0100) + q(ptr(40)) + bytes(30))                                      # forward pointer
udp(header(33, 0x0100) + q(b"\x01a\x80bc\x00"))                                       # reserved label type
udp(header(34, 0x0100) + q(b"\x42xx\x00"))                                            # <ELT 2>
udp(header(35, 0x0100) + q(b"\x41\x10\xab\xcd\x03com\x00"))                          # bit-string label
udp(header(36, 0x0100) + q(b"\x41\x05\xf8\x00"))                                      # 5-bit label
udp(header(37, 0x0100) + q(b"".join(bytes([63]) + b"x" * 63 for _ in range(5)) + b"\x00"))  # > 255
udp(header(38, 0x0100, qd=3) + EX)                                                     # questions missing
udp(response(39, R, [EX], [rr(ptr(12), 1, b"\x01\x02\x03\x04")], an=3), 53, 40000)  # answers missing
udp(response(40, R, [EX], [], an=1, extra=ptr(12) + b"\x00\x01\x00\x01\x00\x00"), 53, 40000)  # fixed part cut
udp(response(41, R, [EX], [], an=1, extra=rr(ptr(12), 1, b"\x01\x02\x03\x04")[:-2]), 53, 40000)  # rdata cut
udp(response(42, R, [EX], [], an=2, extra=rr(ptr(12), 5, ptr(200))), 53, 40000)    # bad pointer in CNAME
udp(response(43, R, [EX], [rr(ptr(12), 16, b"\x09abc")]), 53, 40000)               # TXT past its data
udp(response(44, R, [q(b"\xc0")], []), 53, 40000)                                   # half a pointer
udp(header(45, 0x0100)[:5])                                                          # domain [length 5 < 12]
udp(b"")                                                                             # empty
udp(header(46, 0x0100, qd=40000, an=40000, ns=40000, ar=40000) + EX * 3)             # huge counts
udp(response(47, R, [EX], [rr(ptr(12), 41, eopt(8, b"\x00\x01"))]), 53, 40000)     # ECS too short
udp(response(50, R, [EX], [rr(ptr(12), 5, b"\x01a\x80")]), 53, 40000)              # <BAD LABEL TYPE>
udp(response(51, R, [EX], [rr(ptr(12), 5, b"\x42xx")]), 53, 40000)                 # <ELT 2>
udp(response(52, R, [EX], [rr(ptr(12), 5, ptr(41))]), 53, 40000)                    # CNAME pointing at itself
udp(response(53, R, [EX], [rr(ptr(12), 12, b"\x01a\x00")], an=2, extra=b"\x01"), 53, 40000)  # comma, nothing

# --- over IPv6, and another port
udp(header(48, 0x0100) + q("example.com.", 28), v6=True)
udp(response(48, R, [q("example.com.", 28)], [rr(ptr(12), 28, bytes(15) + b"\x01")]), 53, 40000, v6=True)

# --- DNS over TCP (RFC 1035 4.2.2)
msg = header(49, 0x0100) + EX
tcp(struct.pack(">H", len(msg)) + msg)
tcp(struct.pack(">H", 300) + msg)                                                    # prefix != length
msg = response(49, R, [EX], [rr(ptr(12), 1, b"\x01\x02\x03\x04")])
tcp(struct.pack(">H", len(msg)) + msg, 53, 40000)
tcp(b"\x00")                                                                          # length 1 < 2
tcp(b"\x00\x03abc")                                                                   # domain [length 3 < 12]

# --- mDNS (5353)
udp(header(0, 0) + q("printer.local.", 12), 5353, 5353, dst="224.0.0.251")          # (QM)
udp(header(0, 0) + q("printer.local.", 1, 0x8001), 5353, 5353, dst="224.0.0.251")   # (QU)
udp(header(0, 0, an=1) + q("_ipp._tcp.local.", 12) +                                 # known answer
    rr(ptr(12), 12, b"\x07printer" + ptr(12), ttl=4500), 5353, 5353, dst="224.0.0.251")
udp(response(0, 0x8400, [], [rr("_ipp._tcp.local.", 12, b"\x07printer" + ptr(12), ttl=4500),
                             rr(b"\x07printer" + ptr(12), 33, b"\x00\x00\x00\x00\x02\x77\x07printer\x05local\x00",
                                rclass=0x8001, ttl=120),
                             rr(b"\x07printer" + ptr(12), 16, b"\x09txtvers=1", rclass=0x8001),
                             rr(b"\x07printer\x05local\x00", 1, b"\xc0\xa8\x00\x05", rclass=0x8001),
                             rr(b"\x07printer\x05local\x00", 47, b"\x00\x00", rclass=0x8001)]),
    5353, 5353, dst="224.0.0.251")
udp(response(0, 0x8400, [], [opt(udp_class=0x8000 | 1440)]), 5353, 5353, dst="224.0.0.251")
udp(header(0, 0) + q("printer.local.", 28), 5353, 5353, v6=True, dst="ff02::fb")

# --- BOOTP/DHCP (67/68)
def bootp(op, mac, options, htype=1, hlen=6, xid=0x3903F326, ciaddr="0.0.0.0", yiaddr="0.0.0.0", cookie=True):
    ip4 = lambda a: bytes(int(x) for x in a.split("."))
    chaddr = bytes(int(x, 16) for x in mac.split(":"))
    p = struct.pack(">BBBBIHH", op, htype, hlen, 0, xid, 0, 0x8000 if op == 1 else 0)
    p += ip4(ciaddr) + ip4(yiaddr) + bytes(8) + chaddr.ljust(16, b"\x00") + bytes(64 + 128)
    if cookie:
        p += b"\x63\x82\x53\x63" + options
    return p


disc = bootp(1, "52:54:00:12:34:56", b"\x35\x01\x01\x3d\x07\x01\x52\x54\x00\x12\x34\x56\x37\x03\x01\x03\x06\x00\xff")
udp(disc + bytes(300 - len(disc)), 68, 67, src="0.0.0.0", dst="255.255.255.255")
offer = bootp(2, "52:54:00:12:34:56", b"\x35\x01\x02\x36\x04\x0a\x00\x00\x01\x33\x04\x00\x00\x0e\x10\x01\x04\xff\xff\xff\x00\xff",
              yiaddr="10.0.0.5")
udp(offer, 67, 68, src="10.0.0.1", dst="10.0.0.5")
udp(bootp(1, "52:54:00:12:34:56", b"\x35\x01\x03\xff", ciaddr="10.0.0.5"), 68, 67)
udp(bootp(1, "00:11:22:33:44:55:66:77", b"\xff", htype=6, hlen=8), 68, 67)           # not Ethernet: no "from"
udp(bootp(3, "52:54:00:12:34:56", b"\xff"), 68, 67)                                  # unknown (0x03)
udp(bootp(1, "52:54:00:12:34:56", b"", cookie=False), 68, 67)                        # plain BOOTP
udp(bootp(1, "52:54:00:12:34:56", b"\x35\x01\x01")[:20], 68, 67)                    # cut in the header
udp(b"\x01", 68, 67)                                                                 # op only

# --- DHCPv6 (546/547)
for mtype in (1, 2, 3, 7, 11, 12, 13, 99):
    udp(bytes([mtype]) + b"\x12\x34\x56" + b"\x00\x01\x00\x04abcd", 546, 547, v6=True, src="fe80::1", dst="ff02::1:2")
udp(b"\x01\x12", 546, 547, v6=True, src="fe80::1", dst="ff02::1:2")                  # dhcp6 [|dhcp6]

# --- NTP (123)
ntp = bytes([0x23, 0, 6, 0xec]) + bytes(44)
udp(ntp, 40000, 123)                                                                 # NTPv4, Client
udp(bytes([0x1c, 2, 6, 0xec]) + bytes(44), 123, 40000)                               # NTPv3, Server
udp(bytes([0x25, 1]) + bytes(46), 123, 123)                                          # Broadcast
udp(bytes([0x16, 0x02, 0x00, 0x01]) + bytes(8), 40000, 123)                          # Control Message
udp(bytes([0x17, 0x00, 0x03, 0x2a]) + bytes(4), 40000, 123)                          # Reserved (mode 7)
udp(b"", 40000, 123)                                                                 # [|ntp]

for i, f in enumerate(frames):
    f.time = 1700000000 + i / 100
if __name__ == "__main__":
    wrpcap(sys.argv[1], frames)
