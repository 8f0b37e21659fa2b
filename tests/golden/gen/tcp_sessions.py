#!/usr/bin/python3
"""TCP conversations for tcpdump's relative sequence numbers: handshakes, data both ways, SACK
blocks in both directions, a SYN that restarts a conversation, IPv4 and IPv6, equal ports,
interleaved conversations, and segments without ACK.  usage: tcp_sessions.py OUT.pcap"""
import sys
from scapy.all import Ether, IP, IPv6, TCP, Raw, wrpcap

A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
frames = []


def seg(v6, src, dst, sport, dport, flags, seq, ack=0, data=b"", options=()):
    seq, ack = seq % 2**32, ack % 2**32
    options = [(k, tuple(x % 2**32 for x in v)) if k == "SAck" else (k, v) for k, v in options]
    ip = IPv6(src=src, dst=dst) if v6 else IP(src=src, dst=dst)
    p = Ether(src=A, dst=B) / ip / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack,
                                       window=502, options=list(options))
    if data:
        p = p / Raw(data)
    frames.append(p)


def session(v6, c, s, cport, sport, cseq, sseq, sack_from_client=True):
    seg(v6, c, s, cport, sport, "S", cseq, 0, options=[("MSS", 1460), ("SAckOK", b"")])
    seg(v6, s, c, sport, cport, "SA", sseq, cseq + 1, options=[("MSS", 1460), ("SAckOK", b"")])
    seg(v6, c, s, cport, sport, "A", cseq + 1, sseq + 1)
    seg(v6, c, s, cport, sport, "PA", cseq + 1, sseq + 1, b"x" * 100)
    seg(v6, s, c, sport, cport, "A", sseq + 1, cseq + 101)
    seg(v6, s, c, sport, cport, "PA", sseq + 1, cseq + 101, b"y" * 1000)
    seg(v6, s, c, sport, cport, "PA", sseq + 2001, cseq + 101, b"y" * 1000)  # 1001..2001 lost
    if sack_from_client:
        seg(v6, c, s, cport, sport, "A", cseq + 101, sseq + 1001,
            options=[("NOP", None), ("NOP", None), ("SAck", (sseq + 2001, sseq + 3001))])
    seg(v6, c, s, cport, sport, "PA", cseq + 101, sseq + 1001, b"z" * 10)
    seg(v6, s, c, sport, cport, "A", sseq + 3001, cseq + 111,
        options=[("NOP", None), ("NOP", None), ("SAck", (cseq + 111, cseq + 121))])
    seg(v6, c, s, cport, sport, "FA", cseq + 111, sseq + 3001)
    seg(v6, s, c, sport, cport, "FA", sseq + 3001, cseq + 112)
    seg(v6, c, s, cport, sport, "A", cseq + 112, sseq + 3002)


session(False, "10.0.0.1", "10.0.0.2", 40000, 5000, 1000, 5000)
session(True, "fd00::1", "fd00::2", 40001, 5001, 0xfffffff0, 0x7ffffff0)   # numbers wrap around
session(False, "10.0.0.2", "10.0.0.1", 7000, 7000, 77, 88)                 # equal ports
# A conversation seen from its middle (no handshake), then restarted with a SYN.
seg(False, "10.0.0.3", "10.0.0.4", 5555, 2222, "PA", 123456, 654321, b"a" * 20)
seg(False, "10.0.0.4", "10.0.0.3", 2222, 5555, "A", 654321, 123476)
seg(False, "10.0.0.3", "10.0.0.4", 5555, 2222, "S", 999, 0)
seg(False, "10.0.0.4", "10.0.0.3", 2222, 5555, "SA", 3333, 1000)
seg(False, "10.0.0.3", "10.0.0.4", 5555, 2222, "A", 1000, 3334)
# Segments without ACK: always printed as they are.
seg(False, "10.0.0.5", "10.0.0.6", 1234, 8888, "R", 42, 0)
seg(False, "10.0.0.5", "10.0.0.6", 1234, 8888, "P", 43, 0, b"q")
# Two conversations interleaved.
seg(False, "10.0.0.7", "10.0.0.8", 3000, 8888, "A", 100, 200)
seg(False, "10.0.0.7", "10.0.0.9", 3000, 8888, "A", 300, 400)
seg(False, "10.0.0.8", "10.0.0.7", 8888, 3000, "PA", 200, 110, b"b" * 5)
seg(False, "10.0.0.9", "10.0.0.7", 8888, 3000, "PA", 400, 310, b"c" * 5)

for i, f in enumerate(frames):
    f.time = 1700000000 + i / 100
wrpcap(sys.argv[1], frames)
