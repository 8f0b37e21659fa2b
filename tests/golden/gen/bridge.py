#!/usr/bin/python3
"""Link protocols a bridged LAN carries: STP/RSTP/MSTP/SPB BPDUs (LLC and Cisco PVST SNAP), LLDP,
CDP, UDLD, DTP, VTP, EAPOL, Slow Protocols (LACP, Marker, OAM), Loopback, AoE, DECnet and IPX
(Ethernet II, 802.2, raw 802.3), with short, cut (caplen < len) and malformed variants.
Deterministic; frames are written byte for byte.  usage: bridge.py OUT.pcap"""
import struct
import sys

SRC = bytes.fromhex("525400123456")
STP_DST = bytes.fromhex("0180c2000000")
LLDP_DST = bytes.fromhex("0180c200000e")
SLOW_DST = bytes.fromhex("0180c2000002")
CISCO_DST = bytes.fromhex("01000ccccccc")
PVST_DST = bytes.fromhex("01000ccccccd")
BCAST = b"\xff" * 6

frames = []  # (bytes, wire length)


def add(frame, pad=True, cut=None):
    """A frame, padded to 60 bytes like a NIC does; `cut` keeps only that many bytes captured."""
    if pad and len(frame) < 60:
        frame = frame + b"\x00" * (60 - len(frame))
    wire = len(frame)
    if cut is not None:
        frame = frame[:cut]
    frames.append((frame, wire))


def eth(dst, etype, payload):
    return dst + SRC + struct.pack("!H", etype) + payload


def dot3(dst, llc_and_payload, length=None):
    n = len(llc_and_payload) if length is None else length
    return dst + SRC + struct.pack("!H", n) + llc_and_payload


def vlan(dst, vid, inner_type_or_len, payload):
    return dst + SRC + struct.pack("!HHH", 0x8100, vid, inner_type_or_len) + payload


# ------------------------------------------------------------------ STP
def bridge_id(prio, mac):
    return struct.pack("!H", prio) + bytes.fromhex(mac)


def config_bpdu(version=0, btype=0, flags=0, port=0x8001, v1=None):
    b = struct.pack("!HBBB", 0, version, btype, flags)
    b += bridge_id(0x8000, "525400000001") + struct.pack("!I", 4)
    b += bridge_id(0x8001, "525400123456") + struct.pack("!HHHHH", port, 256, 20 * 256, 2 * 256, 15 * 256)
    if v1 is not None:
        b += bytes([v1])
    return b


def mst_bpdu(version=3, mstis=2, v1=0, v3_extra=0, spb=None):
    b = config_bpdu(version, 2, 0x3c, v1=v1)
    v3 = 64 + 16 * mstis + v3_extra
    b += struct.pack("!HB", v3, 0) + b"region-1".ljust(32, b"\x00") + struct.pack("!H", 7)
    b += bytes(range(16)) + struct.pack("!I", 20000) + bridge_id(0x8000, "525400abcdef") + bytes([20])
    for i in range(mstis):
        b += bytes([0x7c]) + bridge_id(0x6000 | (i + 1), "5254000000%02x" % i) + struct.pack("!I", 200 * i)
        b += bytes([0x60, 0x80, 19])
    if spb is not None:
        b += struct.pack("!H", spb) + bytes(spb)
    return b


def llc_stp(bpdu, **kw):
    return dot3(STP_DST, b"\x42\x42\x03" + bpdu, **kw)


add(llc_stp(config_bpdu()))
add(llc_stp(config_bpdu(flags=0x81)))                       # topology change + ack
add(llc_stp(struct.pack("!HBB", 0, 0, 0x80)))               # topology change notification
add(llc_stp(config_bpdu(2, 2, 0x7e, v1=0)))                 # RSTP, all flags
add(llc_stp(mst_bpdu()))                                    # MSTP with 2 MSTIs
add(llc_stp(mst_bpdu(mstis=0)))
add(llc_stp(mst_bpdu(4, 1, spb=100)))                       # SPB
add(llc_stp(mst_bpdu(4, 1, spb=20)))                        # SPB: v4 length too short
add(llc_stp(mst_bpdu(v1=1)))                                # MSTP: v1 length not 0
add(llc_stp(mst_bpdu(v3_extra=64)))                         # MSTP: v3 length beyond the BPDU
add(llc_stp(config_bpdu(2, 0)))                             # RSTP version, config type
add(llc_stp(config_bpdu(0, 2)))                             # STP version, RST type
add(llc_stp(config_bpdu(1)))                                # unknown version
add(llc_stp(config_bpdu(0, 0x44)))                          # unknown BPDU type
add(llc_stp(b"\x00\x01\x00\x00" + bytes(31)))               # unknown protocol id
add(llc_stp(b"\x00\x00\x00"))                               # shorter than 4
add(llc_stp(config_bpdu()[:20]))                            # config shorter than 35
add(llc_stp(config_bpdu(2, 2, v1=0)[:35]))                  # RSTP shorter than 36
for cut in (17, 18, 19, 20, 21, 30, 40, 41, 49):
    add(llc_stp(config_bpdu()), pad=False, cut=cut)        # captured cut short
for cut in (40, 50, 52, 60, 100):
    add(llc_stp(mst_bpdu()), pad=False, cut=cut)
add(vlan(STP_DST, 7, 38, b"\x42\x42\x03" + config_bpdu()))  # 802.3 inside a VLAN tag
pvst = b"\xaa\xaa\x03\x00\x00\x0c\x01\x0b" + config_bpdu(2, 2, 0x0e, v1=0) + b"\x00\x00\x00\x02\x00\x07"
add(vlan(PVST_DST, 7, len(pvst), pvst))                     # Cisco PVST+
add(dot3(STP_DST, b"\xaa\xaa\x03\x00\x80\xc2\x00\x0e" + config_bpdu()))  # RFC 2684 bridged BPDU


# ------------------------------------------------------------------ LLDP
def tlv(t, value):
    return struct.pack("!H", (t << 9) | len(value)) + value


lldp_base = (tlv(1, b"\x04" + SRC) + tlv(2, b"\x05eth0") + tlv(3, struct.pack("!H", 120)) +
             tlv(4, b"uplink port") + tlv(5, b"switch-1") + tlv(6, b"Linux 6.1") +
             tlv(7, struct.pack("!HH", 0x14, 0x04)) + tlv(8, bytes.fromhex("05010a000001020000000200")) +
             tlv(127, bytes.fromhex("0080c2010001")))
add(eth(LLDP_DST, 0x88cc, lldp_base + tlv(0, b"")))
add(eth(LLDP_DST, 0x88cc, tlv(1, b"\x07chassis") + tlv(2, b"\x03" + SRC) + tlv(3, b"\x00\x78") +
        tlv(5, b"one") + tlv(5, b"two\x01\x7f\xc3") + tlv(0, b"")))
add(eth(LLDP_DST, 0x88cc, tlv(1, b"\x05\x01\xc0\x00\x02\x01") + tlv(2, b"\x04\x02" + bytes(16)) + tlv(3, b"\x00\x00")))
add(eth(LLDP_DST, 0x88cc, tlv(5, b"no-end")), pad=False)
add(eth(LLDP_DST, 0x88cc, tlv(5, b"name") + struct.pack("!H", (6 << 9) | 100) + b"short"), pad=False)
add(eth(LLDP_DST, 0x88cc, tlv(5, b"a") + b"\x0a"), pad=False)  # odd byte left
for cut in (14, 15, 16, 20, 40, 60):
    add(eth(LLDP_DST, 0x88cc, lldp_base + tlv(0, b"")), pad=False, cut=cut)


# ------------------------------------------------------------------ CDP
def cdp_tlv(t, value):
    return struct.pack("!HH", t, len(value) + 4) + value


def snap_cisco(pid, payload):
    return dot3(CISCO_DST, b"\xaa\xaa\x03\x00\x00\x0c" + struct.pack("!H", pid) + payload)


cdp_body = (b"\x02\xb4\x12\x34" + cdp_tlv(1, b"switch-1") + cdp_tlv(3, b"GigabitEthernet0/1") +
            cdp_tlv(2, bytes.fromhex("00000001") + b"\x01\x01\xcc\x00\x04\x0a\x00\x00\x01") +
            cdp_tlv(4, b"\x00\x00\x00\x28") + cdp_tlv(5, b"IOS 15\nline two") + cdp_tlv(6, b"cisco WS-C2960") +
            cdp_tlv(0x0a, b"\x00\x01") + cdp_tlv(0x0b, b"\x01"))
add(snap_cisco(0x2000, cdp_body))
add(snap_cisco(0x2000, b"\x01\x3c\x00\x00" + cdp_tlv(4, b"\x00\x01") + cdp_tlv(0x99, b"xyz") + cdp_tlv(0, b"")))
add(snap_cisco(0x2000, b"\x02\xb4\x00\x00" + struct.pack("!HH", 1, 2) + b"zz"))      # TLV length < 4
add(snap_cisco(0x2000, b"\x02\xb4\x00\x00" + struct.pack("!HH", 3, 200) + b"zz"))    # TLV longer than the rest
add(snap_cisco(0x2000, b"\x02\xb4\x00\x00" + cdp_tlv(1, b"x") + b"\x00\x01"))        # 2 bytes left
add(snap_cisco(0x2000, b"\x02\xb4"))                                                 # shorter than 4
for cut in (23, 24, 25, 27, 30, 33, 40, 70):
    add(snap_cisco(0x2000, cdp_body), pad=False, cut=cut)

# ------------------------------------------------------------------ UDLD, DTP, VTP
udld = b"\x21\x03\x12\x34" + struct.pack("!HH", 1, 9) + b"FOX12" + struct.pack("!HH", 4, 5) + b"\x07"
add(snap_cisco(0x0111, udld))
add(snap_cisco(0x0111, b"\x42\x00\x12\x34"))
add(snap_cisco(0x0111, b"\x62\xff"))                 # shorter than its header
add(snap_cisco(0x0111, udld), pad=False, cut=30)
add(snap_cisco(0x2004, b"\x01" + bytes.fromhex("0001000d00000000000000000000020005030003000581")))
add(snap_cisco(0x2004, b""))                         # empty
vtp = b"\x01\x01\x00\x07" + b"domain".ljust(32, b"\x00") + bytes(40)
add(snap_cisco(0x2003, vtp))
add(snap_cisco(0x2003, b"\x02\x03\x00\x04" + b"lab".ljust(32, b"\x00") + bytes(4)))
add(snap_cisco(0x2003, vtp[:20]))                    # shorter than its header
add(snap_cisco(0x2003, vtp), pad=False, cut=60)

# ------------------------------------------------------------------ EAPOL
EAPOL_DST = bytes.fromhex("0180c2000003")
add(eth(EAPOL_DST, 0x888e, b"\x01\x01\x00\x00"))                               # start
add(eth(EAPOL_DST, 0x888e, b"\x02\x00\x00\x0a\x02\x01\x00\x0a\x01user1"))      # EAP response identity
add(eth(EAPOL_DST, 0x888e, b"\x02\x03\x00\x5f" + bytes(95)))                   # key
add(eth(EAPOL_DST, 0x888e, b"\x01\x02\x00\x00"))                               # logoff
add(eth(EAPOL_DST, 0x888e, b"\x03\x09\x00\x00"))                               # unknown type
add(eth(EAPOL_DST, 0x888e, b"\x01\x01"), pad=False)                            # cut header

# ------------------------------------------------------------------ Slow Protocols
def lacp_peer(t, sysid, key, port, state):
    return struct.pack("!BBH", t, 20, 0x8000) + bytes.fromhex(sysid) + struct.pack("!HHHB", key, 0x8000, port, state) + bytes(3)


lacp = (b"\x01\x01" + lacp_peer(1, "525400000001", 13, 22, 0x85) + lacp_peer(2, "525400000002", 13, 25, 0x36) +
        b"\x03\x10\x80\x00" + bytes(12) + b"\x00\x00" + bytes(50))
add(eth(SLOW_DST, 0x8809, lacp))
add(eth(SLOW_DST, 0x8809, b"\x01\x02" + bytes(20)))                            # LACP version 2
add(eth(SLOW_DST, 0x8809, b"\x02\x01\x01\x10\x00\x07" + SRC + b"\x00\x00\x00\x2a\x00\x00\x00\x00" + bytes(40)))
add(eth(SLOW_DST, 0x8809, b"\x03\x00\x50\x00" + bytes(40)))                    # OAM information
add(eth(SLOW_DST, 0x8809, b"\x0a" + bytes(range(30))))                         # unknown subtype: hex
add(eth(SLOW_DST, 0x8809, b""), pad=False)                                     # nothing after the type
add(eth(SLOW_DST, 0x8809, b"\x01"), pad=False)                                 # LACP with no version

# ------------------------------------------------------------------ Loopback
add(eth(SRC, 0x9000, struct.pack("<HHH", 0, 1, 7) + b"data"))
add(eth(SRC, 0x9000, struct.pack("<HH", 8, 0) + bytes(8) + struct.pack("<H", 2) + SRC + b"x"))
add(eth(SRC, 0x9000, struct.pack("<HH", 3, 0) + bytes(3) + struct.pack("<H", 5)))  # bogus skip, bad function
add(eth(SRC, 0x9000, struct.pack("<H", 100)), pad=False)                          # skip beyond the frame
add(eth(SRC, 0x9000, b"\x00"), pad=False)
add(eth(SRC, 0x9000, struct.pack("<HH", 0, 2) + SRC[:3]), pad=False)

# ------------------------------------------------------------------ AoE
add(eth(BCAST, 0x88a2, b"\x10\x00\xff\xff\xff\x01\x00\x00\x00\x01" + bytes(8)))
add(eth(BCAST, 0x88a2, b"\x1c\x03\x00\x01\x02\x00\xde\xad\xbe\xef" + bytes(36)))
add(eth(BCAST, 0x88a2, b"\x00\x00\x00\x00"))                                   # version 0
add(eth(BCAST, 0x88a2, b"\x10\x00\x00"), pad=False)                           # v1 shorter than its header

# ------------------------------------------------------------------ DECnet
DN_DST = bytes.fromhex("ab0000030000")


def dn(payload):
    return eth(DN_DST, 0x6003, struct.pack("<H", len(payload)) + payload)


def short_route(flags, dst, src):
    return struct.pack("<BHHB", flags, dst, src, 0)


add(dn(bytes.fromhex("0d0200 00aa000400 0104 03 3240 00 0000000000000000 aa0004000000 0a00 00 02".replace(" ", ""))))
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("60 0910 0a20 0180 02a0 0380") + b"hello"))   # data
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("04 0910 0a20 0580 03a0")))                  # data ack
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("18 0000 0a20 05 02 0001")))                 # conn init
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("38 0910 0a20 0000 00")))                    # disc init
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("48 0910 0a20 2a00")))                       # disc confirm
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("10 0910 0a20 0580 03a0 0780 00 01")))       # link service
add(dn(short_route(0x22, 0x0401, 0x0402) + b"\x04"))                                                 # nsp too short
add(dn(bytes.fromhex("05 0104 aa 0000")))                                                                # test
add(dn(bytes.fromhex("01 0104 03 4002 02 00 00 0f00 00")))                                            # init
add(dn(bytes.fromhex("07 0104 00 0100 0200 0304 0000")))                                              # level 1 routing
add(dn(bytes.fromhex("0f 0104 00 0000")))                                                                # unknown control
add(dn(bytes.fromhex("81 22") + short_route(0, 0x0401, 0x0402)[1:] + bytes.fromhex("24 0910 0a20")))  # padded
add(dn(bytes.fromhex("46") + bytes(20)))                                                              # future version
add(eth(DN_DST, 0x6003, struct.pack("<H", 200) + bytes(40)))                                          # pktlen too long
add(eth(DN_DST, 0x6003, b"\x02\x00"), pad=False)                                                      # too short
add(dn(short_route(0x22, 0x0401, 0x0402) + bytes.fromhex("60 0910 0a20 0180")), pad=False, cut=25)


# ------------------------------------------------------------------ IPX
def ipx(dst_sock, body, length=None):
    n = 30 + len(body) if length is None else length
    return (struct.pack("!HHBB", 0xffff, n, 0, 4) + struct.pack("!I", 0) + BCAST + struct.pack("!H", dst_sock) +
            struct.pack("!I", 0x0a0b0c0d) + SRC + struct.pack("!H", 0x4008) + body)


sap_entry = struct.pack("!H", 0x0004) + b"FILESERVER".ljust(48, b"\x00") + struct.pack("!I", 1) + SRC + b"\x04\x51\x00\x01"
add(eth(BCAST, 0x8137, ipx(0x0452, struct.pack("!H", 2) + sap_entry * 2)))
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0453, struct.pack("!H", 2) + struct.pack("!IHH", 0xa8f87967, 1, 2) * 3)))
add(dot3(BCAST, ipx(0x0455, bytes(32))))                                        # raw 802.3
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0452, struct.pack("!HH", 1, 4))))
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0451, bytes(10))))
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x1234, bytes(10))))
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0453, struct.pack("!H", 1), length=20)))  # length < 30
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0452, struct.pack("!H", 2) + sap_entry[:20])))  # entry cut by length
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0452, struct.pack("!H", 2) + sap_entry)), pad=False, cut=60)
add(dot3(BCAST, b"\xe0\xe0\x03" + ipx(0x0452, b"")), pad=False, cut=30)

# ------------------------------------------------------------------ RFC 948 IP on LLC SAP 0x06
ip = bytes.fromhex("45000020000100004011f7c40a0000010a000002") + struct.pack("!HHHH", 1000, 2000, 12, 0) + b"abcd"
add(dot3(SRC, b"\x06\x06\x03" + ip))

with open(sys.argv[1], "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (frame, wire) in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(frame), wire))
        f.write(frame)
