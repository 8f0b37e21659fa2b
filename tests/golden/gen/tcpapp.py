#!/usr/bin/python3
"""TCP applications as tcpdump prints them: every MPTCP option subtype (and its [bad opt] forms), the
text protocols (HTTP, FTP, SMTP, WHOIS, RTSP, SIP over UDP), RESP, the SSH banner, Telnet options,
port precedence, and ARP over ATM (RFC 2225 layout) and Frame Relay (DLCIs).  Some frames are cut
short (a capture length below the frame's).  usage: tcpapp.py OUT.pcap"""
import struct
import sys
from scapy.all import ARP, Ether, IP, IPv6, TCP, UDP, Raw

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
records = []  # (bytes, captured length or None)


def add(pkt, caplen=None):
    records.append((bytes(pkt), caplen))


def tcp(sport, dport, flags="PA", data=b"", options=(), v6=False, caplen=None, seq=1000, ack=2000):
    ip = IPv6(src="fd00::1", dst="fd00::2") if v6 else IP(src="10.0.0.1", dst="10.0.0.2")
    p = Ether(src=A, dst=B) / ip / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=502,
                                       options=list(options))
    if data:
        p = p / Raw(data)
    add(p, caplen)


def udp(sport, dport, data=b"", caplen=None):
    add(Ether(src=A, dst=B) / IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=sport, dport=dport) / Raw(data),
        caplen)


def mp(data):
    """an MPTCP option (kind 30) with these bytes after kind and length"""
    return (30, data)


KEY_A = bytes.fromhex("8f0c7c64a6a32ac1")
KEY_B = bytes.fromhex("73bb150358a0aecb")
HMAC20 = bytes(range(1, 21))
V4 = bytes([10, 0, 2, 1])
V6 = bytes.fromhex("fd000000000000000000000000000009")

# MPTCP: capable
tcp(40000, 5000, "S", options=[mp(b"\x01\x01")])                              # v1, 4 bytes
tcp(40000, 5000, "S", options=[mp(b"\x00\x81" + KEY_A)])                      # v0 csum, 12
tcp(5000, 40000, "SA", options=[mp(b"\x01\x01" + KEY_B)])                     # v1, 12
tcp(40000, 5000, "A", options=[mp(b"\x01\x01" + KEY_A + KEY_B)])              # 20
tcp(40000, 5000, "PA", b"hello", options=[mp(b"\x01\x01" + KEY_A + KEY_B + b"\x00\x05"), (1, b""), (1, b"")])
tcp(40000, 5000, "A", options=[mp(b"\x01\x01" + KEY_A)])                      # 12 without SYN: bad
tcp(40000, 5000, "S", options=[mp(b"\x02\x01")])                              # unknown version
tcp(40000, 5000, "SA", options=[mp(b"\x01\x01" + KEY_A + KEY_B)])             # 20 with SYN: bad
# join
tcp(40001, 5000, "S", options=[mp(b"\x11\x05" + b"\xe4\x7f\x01\x42" + b"\x1b\x66\x5a\x18")])   # backup
tcp(5000, 40001, "SA", options=[mp(b"\x10\x01" + KEY_A + b"\x33\xab\xe9\xd5")])
tcp(40001, 5000, "A", options=[mp(b"\x10\x00" + HMAC20)])
tcp(40001, 5000, "A", options=[mp(b"\x10\x00" + b"\x00" * 8)])               # 12 without SYN: bad
tcp(5000, 40001, "S", options=[mp(b"\x10\x01" + KEY_A + b"\x33\xab\xe9\xd5")])  # 16 without ACK: bad
# dss
tcp(40000, 5000, "A", options=[mp(b"\x20\x01" + b"\xd1\xb9\x74\xb9")])        # ack, 4 bytes
tcp(40000, 5000, "A", options=[mp(b"\x20\x03" + KEY_A)])                      # ack, 8 bytes
tcp(40000, 5000, "PA", b"x", options=[mp(b"\x20\x05" + b"\xd1\xb9\x74\xb9" + b"\xd5\x2a\xbe\xca"
                                           + b"\x00\x00\x00\x01" + b"\x00\x01" + b"\x9e\x91")])  # map + csum
tcp(40000, 5000, "PA", b"x", options=[mp(b"\x20\x0f" + KEY_A + KEY_B + b"\x00\x00\x00\x11" + b"\x00\x10"),
                                      (1, b""), (1, b"")])                   # 8-byte ack and DSN
tcp(40000, 5000, "FA", options=[mp(b"\x20\x1f" + KEY_A + KEY_B + b"\x00\x00\x00\x00" + b"\x00\x01"),
                                (1, b""), (1, b"")])                         # fin
tcp(40000, 5000, "S", options=[mp(b"\x20\x01" + b"\x00\x00\x00\x01")])       # in a SYN: bad
tcp(40000, 5000, "A", options=[mp(b"\x20")])                                  # 3 bytes: bad
tcp(40000, 5000, "A", options=[mp(b"\x20\x01\x00\x00")])                      # ack cut: " ack [bad opt]"
tcp(40000, 5000, "A", options=[mp(b"\x20\x03\x00\x00\x00\x01")])              # 8-byte ack cut
tcp(40000, 5000, "A", options=[mp(b"\x20\x05" + b"\x00\x00\x00\x01" + b"\x00\x00")])   # seq cut
tcp(40000, 5000, "A", options=[mp(b"\x20\x05" + b"\x00\x00\x00\x01" * 2 + b"\x00\x02")])  # subseq cut
tcp(40000, 5000, "A", options=[mp(b"\x20\x05" + b"\x00\x00\x00\x01" * 3 + b"\x00")])  # len cut
tcp(40000, 5000, "A", options=[mp(b"\x20\x01" + b"\x00\x00\x00\x01" + b"\x00")])  # a byte too many
tcp(40000, 5000, "A", options=[mp(b"\x20\x00")])                              # no flags
# add-addr
tcp(5000, 40000, "A", options=[mp(b"\x34\x01" + V4)])                         # v0-ip4, 8
tcp(5000, 40000, "A", options=[mp(b"\x36\x02" + V6)])                         # v0-ip6, 20
tcp(5000, 40000, "A", options=[mp(b"\x30\x03" + V4 + b"\x1f\x90")])           # v1 with port, 10
tcp(5000, 40000, "A", options=[mp(b"\x30\x01" + V4 + KEY_A)])                 # v1 hmac, 16
tcp(5000, 40000, "A", options=[mp(b"\x30\x04" + V4 + b"\x1f\x90" + KEY_A)])   # 18
tcp(5000, 40000, "A", options=[mp(b"\x31\x05" + V6 + b"\x00\x50")])           # v1-echo, v6 with port, 22
tcp(5000, 40000, "A", options=[mp(b"\x30\x06" + V6 + KEY_B)])                 # 28
tcp(5000, 40000, "A", options=[mp(b"\x30\x07" + V6 + b"\x00\x50" + KEY_B)])   # 30
tcp(5000, 40000, "A", options=[mp(b"\x32\x08" + V4)])                         # [bad version/echo]
tcp(5000, 40000, "A", options=[mp(b"\x30\x09" + V4 + b"\x00")])               # 9 bytes: bad
# remove-addr, prio, fail, fast-close, tcprst and beyond
tcp(5000, 40000, "A", options=[mp(b"\x40\x00")])
tcp(5000, 40000, "A", options=[mp(b"\x40\x01\x02\x03\x04")])
tcp(5000, 40000, "A", options=[mp(b"\x40")])                                  # no id: bad
tcp(5000, 40000, "A", options=[mp(b"\x51")])                                  # backup, 3
tcp(5000, 40000, "A", options=[mp(b"\x50\x07")])                              # non-backup id 7, 4
tcp(5000, 40000, "A", options=[mp(b"\x51\x07\x00")])                          # 5: bad
tcp(5000, 40000, "A", options=[mp(b"\x60\x00" + KEY_A)])                      # fail
tcp(5000, 40000, "A", options=[mp(b"\x60\x00" + KEY_A[:4])])                  # fail, 8: bad
tcp(5000, 40000, "A", options=[mp(b"\x70\x00" + KEY_B)])                      # fast-close
tcp(5000, 40000, "A", options=[mp(b"\x70\x00" + KEY_B[:6])])                  # fast-close, 10: bad
tcp(5000, 40000, "RA", options=[mp(b"\x80\x05")])                             # TCPRST: "unknown"
tcp(5000, 40000, "A", options=[mp(b"\xf0\x00\x01\x02")])                      # subtype 15
tcp(5000, 40000, "A", options=[(30, b"")])                                    # 2 bytes: bad
tcp(5000, 40000, "A", options=[mp(b"\x20\x01\xd1\xb9\x74\xb9"), (8, b"\x00" * 8)], caplen=54 + 12)
tcp(5000, 40000, "A", options=[mp(b"\x20\x01\xd1\xb9\x74\xb9"), (8, b"\x00" * 8)], caplen=54 + 9)
tcp(5000, 40000, "A", options=[mp(b"\x20\x01\xd1\xb9\x74\xb9")], caplen=54 + 6)
tcp(5000, 40000, "PA", b"GET / HTTP/1.0\r\n", options=[mp(b"\x20\x01\xd1\xb9\x74\xb9")], caplen=54 + 3)
tcp(80, 40000, "PA", b"HTTP/1.1 200 OK\r\n", options=[mp(b"\x20\x01\xd1\xb9\x74\xb9"), (0, b""), (1, b""), (1, b"")],
    caplen=54 + 9)
tcp(5000, 40000, "A", options=[mp(b"\x20\x01\xd1\xb9\x74\xb9")], v6=True)

# HTTP (80, 8080): requests, responses, continuations and every way print_txt_line ends
tcp(40000, 80, data=b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n")
tcp(80, 40000, data=b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
tcp(80, 40000, data=b"<html><body>continued</body></html>\r\n")
tcp(40000, 80, data=b"get /lower HTTP/1.0\n")                 # commands match in any case; LF alone
tcp(40000, 80, data=b"PROPFIND /dav HTTP/1.1")                # no line end: " [|http]"
tcp(40000, 80, data=b"POST /x HTTP/1.1\r")                    # CR last: nothing after "HTTP"
tcp(40000, 80, data=b"POST /x HTTP/1.1\rX\n")                 # CR and something else
tcp(40000, 80, data=b"GET /\x01 HTTP/1.1\r\n")                # not printable
tcp(40000, 80, data=b"GET /\ttab HTTP/1.1\r\n")               # a tab is printed
tcp(40000, 80, data=b"GET\t/tab HTTP/1.1\r\n")
tcp(40000, 80, data=b" GET / HTTP/1.1\r\n")                   # leading blank: no token
tcp(40000, 80, data=b"G" * 127 + b" / HTTP/1.1\r\n")           # longest token
tcp(40000, 80, data=b"G" * 128 + b" / HTTP/1.1\r\n")           # too long for tcpdump's buffer
tcp(80, 40000, data=b"RTSP/1.0 404 Not Found\r\n")            # any first token with a 3-digit second
tcp(80, 40000, data=b"HTTP/1.1 2000 Nope\r\n")
tcp(80, 40000, data=b"HTTP/1.1  200 two blanks\r\n")
tcp(80, 40000, data=b"\x80GET / HTTP/1.1\r\n")
tcp(40000, 8080, data=b"CONNECT host:443 HTTP/1.1\r\n\r\n")
tcp(8080, 40000, data=b"HTTP/1.0 407 Proxy Authentication Required\r\n")
tcp(40000, 80, data=b"GET /cut/at/forty/bytes HTTP/1.1\r\nHost: x\r\n\r\n", caplen=54 + 10)
tcp(40000, 80, data=b"GET /cut HTTP/1.1\r\n", caplen=54 + 2)
tcp(40000, 80, data=b"GET /cut HTTP/1.1\r\n", caplen=54 + 17)
tcp(40000, 80, data=b"GET /v6 HTTP/1.1\r\n", v6=True)
tcp(40000, 80, "S")
# FTP, SMTP, WHOIS: every segment's first line
tcp(21, 40000, data=b"220 Service ready\r\n")
tcp(40000, 21, data=b"USER anonymous\r\n")
tcp(21, 40000, data=b"230-Welcome\r\n230 Logged in\r\n")
tcp(21, 40000, data=b"\x00\x01binary")
tcp(25, 40000, data=b"220 mail.example.com ESMTP\r\n")
tcp(40000, 25, data=b"EHLO client.example.com\r\n")
tcp(40000, 25, data=b"Subject: partial line")
tcp(40000, 43, data=b"example.com\r\n")
tcp(43, 40000, data=b"Domain Name: EXAMPLE.COM\r\nRegistrar: x\r\n")
# RTSP (554, 8554)
tcp(40000, 554, data=b"OPTIONS rtsp://example.com/media RTSP/1.0\r\nCSeq: 1\r\n\r\n")
tcp(554, 40000, data=b"RTSP/1.0 200 OK\r\nCSeq: 1\r\n\r\n")
tcp(40000, 8554, data=b"TEARDOWN rtsp://example.com/media RTSP/1.0\r\n")
tcp(554, 40000, data=b"$\x00\x00\x10binary interleaved")
# port precedence: the first row of tcp_print's chain wins
tcp(6379, 80, data=b"GET / HTTP/1.1\r\n")       # RESP before HTTP
tcp(22, 21, data=b"SSH-2.0-x\r\n")             # SSH before FTP
tcp(25, 80, data=b"220 x\r\n")                 # SMTP before HTTP
tcp(40000, 5060, data=b"INVITE sip:bob@example.com SIP/2.0\r\n")   # no SIP over TCP
tcp(40000, 143, data=b"a1 LOGIN x y\r\n")                          # no IMAP
tcp(40000, 110, data=b"USER x\r\n")                                # no POP3
# SIP over UDP
udp(5060, 5060, b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP x\r\n\r\n")
udp(5060, 5060, b"SIP/2.0 180 Ringing\r\n\r\n")
udp(5060, 40000, b"")
udp(40000, 5060, b"\r\n\r\n")
udp(40000, 5060, b"REGISTER sip:example.com SIP/2.0\r\n", caplen=42 + 12)
# RESP (6379)
tcp(40000, 6379, data=b"*2\r\n$4\r\nINCR\r\n$1\r\nz\r\n")
tcp(6379, 40000, data=b"+OK\r\n-ERR unknown\r\n:1000\r\n")
tcp(6379, 40000, data=b"$-1\r\n*-1\r\n*0\r\n$0\r\n\r\n")
tcp(40000, 6379, data=b"PING\r\nPING\nPING\r\n")
tcp(40000, 6379, data=b"\r\nPING\r\n")
tcp(6379, 40000, data=b"$x\r\n$-5\r\n$99999999999\r\n$2147483648\r\n$5\rX")
tcp(6379, 40000, data=b"$10\r\nab")
tcp(6379, 40000, data=b"*3\r\n$1\r\na\r\n")
tcp(6379, 40000, data=b"*2\r\n*1\r\n:1\r\n$3\r\n\x01\x7f\xc8\r\n")
tcp(6379, 40000, data=b"$3\r\nabcXY\r\n")
tcp(6379, 40000, data=b"+no end")
tcp(6379, 40000, data=b"PING")
tcp(40000, 6379, data=b"*1\r\n$4\r\nPING\r\n", caplen=54 + 9)
# SSH banner (22)
tcp(22, 40000, data=b"SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n")
tcp(40000, 22, data=b"SSH-2.0-Go\n")
tcp(40000, 22, data=b"SSH-2.0-no-line-end")
tcp(40000, 22, data=b"SSH-2.0-x\r")
tcp(40000, 22, data=b"SSH-2.0-x\ry\n")
tcp(40000, 22, data=b"SSH-2.0-\x01\r\n")
tcp(40000, 22, data=b"\x00\x00\x01\x0c\x0a\x14")
tcp(40000, 22, data=b"SS")
tcp(40000, 22, data=b"SSH-2.0-OpenSSH\r\n", caplen=54 + 10)
# Telnet (23)
tcp(23, 40000, data=b"\xff\xfd\x18\xff\xfd\x20\xff\xfd\x23\xff\xfd\x27")
tcp(40000, 23, data=b"\xff\xfb\x18\xff\xfa\x18\x00XTERM\xff\xf0")
tcp(40000, 23, data=b"\xff\xfa\x25\x00\x02\x01\x02\xff\xf0\xff\xfa\x26\x01\x01\xff\xf0login: ")
tcp(40000, 23, data=b"\xff\xf4\xff\xff\xff\x50\xff\xfb\x50")
tcp(40000, 23, data=b"login: \xff\xfd\x01")
tcp(40000, 23, data=b"\xff\xfa\x18\x01")
tcp(40000, 23, data=b"\xff\xfa\x18\x01\xff")
tcp(40000, 23, data=b"\xff\xfd")
tcp(40000, 23, data=b"\xff\xfd\x18\xff\xfd\x20", caplen=54 + 4)

# ARP over ATM (RFC 2225): the ATMARP layout; and Frame Relay hardware addresses as DLCIs
NSAP = bytes.fromhex("47000580ffe1000000f21a3a5c0020481a3a5c00")


def atmarp(op, sha=NSAP, ssa=b"", spa=bytes([10, 0, 0, 1]), tha=b"", tsa=b"", tpa=bytes([10, 0, 0, 2]),
           ptype=0x0800, caplen=None):
    body = struct.pack("!HHBBHBBBB", 19, ptype, len(sha), len(ssa), op, len(spa), len(tha), len(tsa), len(tpa))
    body += sha + ssa + spa + tha + tsa + tpa
    add(Ether(src=A, dst=B, type=0x0806) / Raw(body), caplen)


atmarp(1)
atmarp(1, tha=NSAP, tsa=bytes.fromhex("0102"))
atmarp(2, ssa=bytes.fromhex("aabb"))
atmarp(2, sha=b"")
atmarp(8, tha=NSAP)
atmarp(9)
atmarp(10)
atmarp(3)
atmarp(1, ptype=0x86dd)
atmarp(1, spa=bytes(16), tpa=bytes(16), ptype=0x86dd)
atmarp(1, caplen=14 + 20)
atmarp(1, caplen=14 + 11)
add(Ether(src=A, dst="ff:ff:ff:ff:ff:ff") / ARP(hwtype=19, hwsrc="02:42:ac:11:00:02", psrc="172.17.0.2",
                                                  pdst="172.17.0.1"))


def frarp(op, sha, tha, spa=bytes([172, 17, 0, 2]), tpa=bytes([172, 17, 0, 1])):
    body = struct.pack("!HHBBH", 15, 0x0800, len(sha), 4, op) + sha + spa + tha + tpa
    add(Ether(src=A, dst="ff:ff:ff:ff:ff:ff", type=0x0806) / Raw(body))


frarp(8, bytes.fromhex("1801"), bytes.fromhex("0000"))
frarp(9, bytes.fromhex("0242ac110003"), bytes.fromhex("0242ac110002"))
frarp(2, bytes.fromhex("1801"), bytes.fromhex("0000"))
frarp(1, bytes.fromhex("1801"), bytes.fromhex("0401"))
frarp(1, bytes.fromhex("18"), bytes.fromhex("00"))
frarp(2, bytes.fromhex("19"), bytes.fromhex("00"))
frarp(2, bytes.fromhex("180203"), bytes.fromhex("000000"))
frarp(2, bytes.fromhex("18020400"), bytes.fromhex("00000000"))
frarp(3, bytes.fromhex("1801"), bytes.fromhex("0401"))


def write_pcap(path):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, (data, caplen) in enumerate(records):
            cap = data if caplen is None else data[:caplen]
            f.write(struct.pack("<IIII", 1700000000 + i, 0, len(cap), len(data)))
            f.write(cap)


write_pcap(sys.argv[1])
