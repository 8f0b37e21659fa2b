#!/usr/bin/python3
"""A small stand-in for a VM (live.watch, issue 18): holds a TAP and answers pings on it.

usage: tap_holder.py DEV IP MAC SECONDS

Opens DEV as a non-persistent TAP (IFF_TAP | IFF_NO_PI), so the device exists exactly as long as
this process holds it, and says "ready DEV" on stdout. Then, as the host at IP with MAC on the
other side of the TAP, it answers ARP requests for IP and ICMP echo requests to IP; everything
else it reads and drops. It exits after SECONDS, or at once on SIGTERM/SIGINT: closing the TAP
deletes the device, which is what the test wants the watcher to notice. Standard library only.
"""
import fcntl
import os
import select
import signal
import struct
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TAP = 0x0002
IFF_NO_PI = 0x1000
ETH_P_IP = 0x0800
ETH_P_ARP = 0x0806


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def arp_reply(frame, ip, mac):
    """The reply to an ARP request for `ip`, or None."""
    arp = frame[14:42]
    if len(arp) < 28:
        return None
    htype, ptype, hlen, plen, op = struct.unpack("!HHBBH", arp[:8])
    if (htype, ptype, hlen, plen, op) != (1, ETH_P_IP, 6, 4, 1) or arp[24:28] != ip:
        return None
    sha, spa = arp[8:14], arp[14:18]
    body = struct.pack("!HHBBH", 1, ETH_P_IP, 6, 4, 2) + mac + ip + sha + spa
    return sha + mac + struct.pack("!H", ETH_P_ARP) + body


def echo_reply(frame, ip, mac):
    """The reply to an ICMP echo request to `ip` (unfragmented IPv4), or None."""
    hdr = frame[14:34]
    if len(hdr) < 20 or hdr[0] >> 4 != 4 or hdr[9] != 1 or hdr[16:20] != ip:
        return None
    ihl = (hdr[0] & 0x0F) * 4
    total = struct.unpack("!H", hdr[2:4])[0]
    if ihl < 20 or total > len(frame) - 14 or struct.unpack("!H", hdr[6:8])[0] & 0x3FFF:
        return None
    icmp = frame[14 + ihl:14 + total]
    if len(icmp) < 8 or icmp[0] != 8:
        return None
    icmp = b"\0\0\0\0" + icmp[4:]
    icmp = icmp[:2] + struct.pack("!H", checksum(icmp)) + icmp[4:]
    ip_hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(icmp), 0, 0, 64, 1, 0, ip, hdr[12:16])
    ip_hdr = ip_hdr[:10] + struct.pack("!H", checksum(ip_hdr)) + ip_hdr[12:]
    return frame[6:12] + mac + struct.pack("!H", ETH_P_IP) + ip_hdr + icmp


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    dev, ip, mac, seconds = argv[1], bytes(map(int, argv[2].split("."))), bytes.fromhex(argv[3].replace(":", "")), float(argv[4])
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", dev.encode(), IFF_TAP | IFF_NO_PI))
    print("ready", dev, flush=True)
    deadline = time.monotonic() + seconds
    while not stop and time.monotonic() < deadline:
        try:
            readable, _, _ = select.select([fd], [], [], 0.2)
        except InterruptedError:
            continue
        if not readable:
            continue
        frame = os.read(fd, 65536)
        if len(frame) < 14:
            continue
        ethertype = struct.unpack("!H", frame[12:14])[0]
        reply = None
        if ethertype == ETH_P_ARP:
            reply = arp_reply(frame, ip, mac)
        elif ethertype == ETH_P_IP:
            reply = echo_reply(frame, ip, mac)
        if reply is not None:
            os.write(fd, reply)
    os.close(fd)  # the TAP was not persistent: the kernel deletes it now


if __name__ == "__main__":
    main(sys.argv)
