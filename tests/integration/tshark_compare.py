#!/usr/bin/python3
"""Compare tapsniff --json with tshark -T json, field by field, for every frame.

usage: tshark_compare.py --tapsniff BIN [--min-ip N] PCAP...

For each pcap: runs `tapsniff -r PCAP --json -q` and `tshark -r PCAP -T json` (the caller
sets HOME to a temporary directory), then compares, frame by frame (matched on the frame
number):
  eth   src, dst, type (the ethertype after all VLAN tags: tshark's last vlan.etype)
  vlan  per tag: tpid, id, pcp, dei (tshark layers vlan / ieee8021ad, outermost first)
  arp   htype, ptype, hlen, plen, op, sha, spa, tha, tpa
  ipv4  src, dst, proto, ttl, len                     (tshark ip.*)
  ipv6  src, dst, next, hlim, len                     (tshark ipv6.src/dst/nxt/hlim/plen)
  icmp  type, code;  icmp6  type, code                (tshark icmp.*, icmpv6.*)
  udp   sport, dport, len                             (tshark udp.srcport/dstport/length)
  tcp   sport, dport, flags, seq, ack, win            (tshark tcp.seq_raw/ack_raw/window_size_value;
                                                       tcp.flags bits -> tcpdump letters)
  dns   id, qr, opcode, rcode, qd[name,type,class], an[name,type,ttl,data], ns, ar  (tshark dns/mdns)
  dhcp  op, xid, ciaddr, yiaddr, siaddr, giaddr, chaddr, msg_type, options (tshark dhcp.*)
  dhcp6 msg_type, xid;  ntp  version, mode, stratum    (tshark dhcpv6.*, ntp.*)

Decisions where the two tools legitimately differ:
  * Only tshark's OUTER (first, top-level) layer of each kind is used: ICMP/ICMPv6 errors
    quote an inner IP/UDP/TCP header, which tshark nests inside the icmp layer.
  * ipv6.next is the fixed IPv6 header's own Next Header field (what src/decode/ipv6.cpp
    stores), compared with tshark's ipv6.nxt of the fixed header, not the final protocol
    after an extension chain.
  * tshark runs with ip/ipv6 defragmentation and TCP reassembly off, so a first fragment
    (offset 0) is dissected like tcpdump does and later fragments are not.
  * A field tshark did not decode (truncated/malformed header: tshark stops at the
    exception) is not compared; it is counted as "not in tshark".
  * A layer tshark decoded but tapsniff left out is a mismatch, unless tapsniff flagged the
    frame `truncated`/`malformed` at that layer or an outer one.
  * A layer tapsniff printed that tshark lacks entirely is a mismatch.
Exit 1 on any mismatch not listed in KNOWN_BUGS, or when fewer than --min-ip frames with
an IPv4/IPv6 layer were compared.
"""

import argparse
import json
import os
import subprocess
import sys

# Exact (pcap set, frame number, field) triples where tapsniff is known to be wrong;
# each is a reported bug. Keep empty unless a bug is open for it.
KNOWN_BUGS = {
}

TSHARK_OPTS = ["-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
               "-o", "tcp.desegment_tcp_streams:FALSE",
               "-o", "tcp.analyze_sequence_numbers:FALSE"]

# tcpdump's letters in its print order (bit order of the flags byte): FIN SYN RST PSH ACK URG ECE CWR
TCP_LETTERS = [(0x01, "F"), (0x02, "S"), (0x04, "R"), (0x08, "P"),
               (0x10, "."), (0x20, "U"), (0x40, "E"), (0x80, "W")]

PROTOS = ["eth", "vlan", "arp", "ipv4", "ipv6", "icmp", "icmp6", "udp", "tcp", "dns", "dhcp", "dhcp6", "ntp"]
LEVEL = {"eth": 0, "ether": 0, "vlan": 1, "arp": 2, "rarp": 2, "ip": 2, "ipv4": 2,
         "ip6": 2, "ipv6": 2, "icmp": 3, "icmp6": 3, "udp": 3, "tcp": 3,
         "dns": 4, "domain": 4, "bootp": 4, "dhcp": 4, "dhcp6": 4, "ntp": 4}
# Application layers: tshark decodes every datagram on their ports (and more, by heuristics);
# tapsniff only where tcpdump's udp_print/tcp_print would. A layer tshark found that tapsniff
# did not claim is counted apart ("other ports"), not as a mismatch.
APP = {"dns", "dhcp", "dhcp6", "ntp"}


def first(node, key):
    """First direct child `key` of a tshark object (kept as a list of pairs)."""
    if isinstance(node, list):
        for k, v in node:
            if k == key:
                return v
    return None


def first_of(node, *keys):
    for key in keys:
        v = first(node, key)
        if v is not None:
            return v
    return None


def all_of(node, key):
    """Every direct child `key` (tshark repeats keys, e.g. two tags in one 802.1ad layer)."""
    return [v for k, v in node if k == key] if isinstance(node, list) else []


def deep(node, key):
    """First `key` anywhere below node, depth first (for fields inside *_tree objects)."""
    if isinstance(node, list):
        for k, v in node:
            if k == key:
                return v
        for k, v in node:
            if isinstance(v, list) and v and isinstance(v[0], tuple):
                r = deep(v, key)
                if r is not None:
                    return r
    return None


def load_tshark(pcap):
    cmd = ["tshark", "-r", pcap, "-T", "json"] + TSHARK_OPTS
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=int(os.environ.get("TSHARK_TIMEOUT", "50")))
    if p.returncode != 0:
        sys.exit("tshark failed (%d): %s" % (p.returncode, p.stderr.decode(errors="replace")[:500]))
    pkts = json.loads(p.stdout, object_pairs_hook=lambda pairs: [tuple(x) for x in pairs])
    out = {}
    for pkt in pkts:
        layers = first(first(pkt, "_source"), "layers")
        num = int(first(first(layers, "frame"), "frame.number"))
        out[num] = layers
    return out


def load_tapsniff(binary, pcap):
    p = subprocess.run([binary, "-r", pcap, "--json", "-q"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=50)
    if p.returncode != 0:
        sys.exit("tapsniff failed (%d): %s" % (p.returncode, p.stderr.decode(errors="replace")[:500]))
    out = {}
    for line in p.stdout.decode().splitlines():
        obj = json.loads(line)
        out[obj["n"]] = obj
    return out


def as_int(v):
    if v is None:
        return None
    v = str(v)
    return int(v, 16) if v.lower().startswith("0x") else int(v)


def hex_bytes(s):
    return ":".join("%02x" % b for b in s)


def norm_hex(v):
    return None if v is None else str(v).lower()


def arp_addr(v_mac, v_ip, v_raw, size, is_ipv4):
    """tshark's value for an ARP address, formatted the contract's way."""
    if size == 0:
        return ""
    if v_mac is not None:
        return v_mac.lower()
    if v_ip is not None:
        if is_ipv4:
            return v_ip
        return hex_bytes(bytes(int(x) for x in v_ip.split(".")))
    if v_raw is not None:
        raw = norm_hex(v_raw)
        if is_ipv4 and size == 4:
            return ".".join(str(int(x, 16)) for x in raw.split(":"))
        return raw
    return None


def expected(layers):
    """Per protocol: dict field -> value as tapsniff should print it (None = tshark lacks it)."""
    exp = {}
    top = [(k, v) for k, v in layers]
    names = [k for k, _ in top]

    eth = first(layers, "eth")
    tags = [(k, v) for k, v in top if k in ("vlan", "ieee8021ad")]
    if eth is not None:
        # eth.type, or for a length field (802.3) eth.len / eth.invalid_lentype: tapsniff's
        # eth.type is that 16-bit field either way
        etype = first_of(eth, "eth.type", "eth.len", "eth.invalid_lentype")
        tpid = etype
        vl = []
        for k, v in tags:
            if k == "vlan":
                vl.append({"tpid": norm_hex(tpid), "id": as_int(first(v, "vlan.id")),
                           "pcp": as_int(first(v, "vlan.priority")), "dei": as_int(first(v, "vlan.dei"))})
                tpid = first_of(v, "vlan.etype", "vlan.len")
                continue
            # tshark's 802.1ad layer: one S-tag (ieee8021ad.id), or, when the S-tag is followed
            # by another 0x88a8 tag, both tags in one layer (ieee8021ad.svid + ieee8021ad.cvid,
            # priority/dei twice) -- the second tag's TPID is then 0x88a8.
            pcps = [as_int(x) for x in all_of(v, "ieee8021ad.priority")]
            deis = [as_int(x) for x in all_of(v, "ieee8021ad.dei")]
            if first(v, "ieee8021ad.svid") is not None:
                ids = [as_int(first(v, "ieee8021ad.svid")), as_int(first(v, "ieee8021ad.cvid"))]
                tpids = [norm_hex(tpid), "0x88a8"]
            else:
                ids = [as_int(first(v, "ieee8021ad.id"))]
                tpids = [norm_hex(tpid)]
            for i in range(len(ids)):
                vl.append({"tpid": tpids[i], "id": ids[i],
                           "pcp": pcps[i] if i < len(pcps) else None,
                           "dei": deis[i] if i < len(deis) else None})
            tpid = first_of(v, "ieee8021ah.etype", "ieee8021ah.len", "ieee8021ad.len")
        last_type = tpid if tags else etype
        exp["eth"] = {"src": norm_hex(first(eth, "eth.src")), "dst": norm_hex(first(eth, "eth.dst")),
                      "type": None if last_type is None else "0x%04x" % as_int(last_type)}
        exp["vlan"] = vl

    arp = first(layers, "arp")
    if arp is not None:
        hlen = as_int(first(arp, "arp.hw.size"))
        plen = as_int(first(arp, "arp.proto.size"))
        ptype = as_int(first(arp, "arp.proto.type"))
        v4 = ptype == 0x0800 and plen == 4
        e = {"htype": as_int(first(arp, "arp.hw.type")),
             "ptype": None if ptype is None else "0x%04x" % ptype,
             "hlen": hlen, "plen": plen, "op": as_int(first(arp, "arp.opcode"))}
        for side, pre in (("s", "arp.src"), ("t", "arp.dst")):
            e[side + "ha"] = arp_addr(first(arp, pre + ".hw_mac"), None, first(arp, pre + ".hw"), hlen, False)
            e[side + "pa"] = arp_addr(None, first(arp, pre + ".proto_ipv4"), first(arp, pre + ".proto"),
                                      plen, v4)
            # an address tshark did not reach (truncated) stays None -> not compared
            if hlen and first(arp, pre + ".hw_mac") is None and first(arp, pre + ".hw") is None:
                e[side + "ha"] = None
            if plen and first(arp, pre + ".proto_ipv4") is None and first(arp, pre + ".proto") is None:
                e[side + "pa"] = None
        exp["arp"] = e

    ip = first(layers, "ip")
    if ip is not None:
        exp["ipv4"] = {"src": first(ip, "ip.src"), "dst": first(ip, "ip.dst"),
                       "proto": as_int(first(ip, "ip.proto")), "ttl": as_int(first(ip, "ip.ttl")),
                       "len": as_int(first(ip, "ip.len"))}
    ip6 = first(layers, "ipv6")
    if ip6 is not None:
        exp["ipv6"] = {"src": first(ip6, "ipv6.src"), "dst": first(ip6, "ipv6.dst"),
                       "next": as_int(first(ip6, "ipv6.nxt")), "hlim": as_int(first(ip6, "ipv6.hlim")),
                       "len": as_int(first(ip6, "ipv6.plen"))}
    icmp = first(layers, "icmp")
    if icmp is not None:
        exp["icmp"] = {"type": as_int(first(icmp, "icmp.type")), "code": as_int(first(icmp, "icmp.code"))}
    icmp6 = first(layers, "icmpv6")
    if icmp6 is not None:
        exp["icmp6"] = {"type": as_int(first(icmp6, "icmpv6.type")),
                        "code": as_int(first(icmp6, "icmpv6.code"))}
    udp = first(layers, "udp")
    if udp is not None:
        exp["udp"] = {"sport": as_int(first(udp, "udp.srcport")), "dport": as_int(first(udp, "udp.dstport")),
                      "len": as_int(first(udp, "udp.length"))}
    tcp = first(layers, "tcp")
    if tcp is not None:
        flags = as_int(first(tcp, "tcp.flags"))
        letters = None
        if flags is not None:
            letters = "".join(ch for bit, ch in TCP_LETTERS if flags & bit)
        exp["tcp"] = {"sport": as_int(first(tcp, "tcp.srcport")), "dport": as_int(first(tcp, "tcp.dstport")),
                      "flags": letters, "seq": as_int(first(tcp, "tcp.seq_raw")),
                      "ack": as_int(first(tcp, "tcp.ack_raw")),
                      "win": as_int(first(tcp, "tcp.window_size_value"))}
    exp.update(expected_apps(layers))
    exp["_names"] = names
    return exp


def outer(v):
    """A layer tshark shows more than once (a tunnel's inner one) is a list of objects: the first."""
    if isinstance(v, list) and v and not isinstance(v[0], tuple):
        v = v[0]
    if not isinstance(v, list) or (v and not isinstance(v[0], tuple)):
        return None  # a layer tshark shows as a plain string (malformed)
    return v


def expected_apps(layers):
    """The contract's dns/dhcp/dhcp6/ntp objects from tshark's dns/mdns, dhcp, dhcpv6, ntp layers."""
    exp = {}
    dns = outer(first(layers, "dns"))
    mdns = dns is None and first(layers, "mdns") is not None
    if dns is None:
        dns = outer(first(layers, "mdns"))
    if dns is not None:
        flags = first(dns, "dns.flags_tree")
        e = {"id": as_int(first(dns, "dns.id")), "qr": as_int(first(flags, "dns.flags.response")),
             "opcode": as_int(first(flags, "dns.flags.opcode")), "rcode": as_int(first(flags, "dns.flags.rcode")),
             "ns": as_int(first(dns, "dns.count.auth_rr")), "ar": as_int(first(dns, "dns.count.add_rr"))}
        qd = []
        # an UPDATE's sections are Zone, Prerequisites, Updates, Additional records
        for _label, q in (first_of(dns, "Queries", "Zone") or []):
            qd.append({"name": first(q, "dns.qry.name"), "type": as_int(first(q, "dns.qry.type")),
                       "class": as_int(first(q, "dns.qry.class"))})
        an = []
        for _label, r in (first_of(dns, "Answers", "Prerequisites") or []):
            rec = {"name": first(r, "dns.resp.name"), "type": as_int(first(r, "dns.resp.type")),
                   "ttl": as_int(first(r, "dns.resp.ttl"))}
            data = first_of(r, "dns.a", "dns.aaaa", "dns.cname", "dns.ptr.domain_name", "dns.ns")
            if data is not None and rec["type"] in (1, 28, 5, 12, 2):
                rec["data"] = data
            an.append(rec)
        e["qd"] = qd
        e["an"] = an
        e["_mdns"] = mdns
        exp["dns"] = e
    dhcp = outer(first(layers, "dhcp"))
    if dhcp is not None:
        opts = []
        msg_type = None
        for k, v in dhcp:
            if k == "dhcp.option.type_tree" and msg_type is None and first(v, "dhcp.option.dhcp") is not None:
                msg_type = as_int(first(v, "dhcp.option.dhcp"))
        # tshark's option list, without Pad and End (shown as type 0 with a padding / end child)
        types = [v for k, v in dhcp if k == "dhcp.option.type"]
        trees = [v for k, v in dhcp if k == "dhcp.option.type_tree"]
        for i, t in enumerate(types):
            tree = trees[i] if i < len(trees) else []
            if first(tree, "dhcp.option.end") is not None or first(tree, "dhcp.option.padding") is not None:
                continue
            opts.append(as_int(t))
        chaddr = first_of(dhcp, "dhcp.hw.mac_addr", "dhcp.hw.addr")
        e = {"op": as_int(first(dhcp, "dhcp.type")), "xid": as_int(first(dhcp, "dhcp.id")),
             "ciaddr": first(dhcp, "dhcp.ip.client"), "yiaddr": first(dhcp, "dhcp.ip.your"),
             "siaddr": first(dhcp, "dhcp.ip.server"), "giaddr": first(dhcp, "dhcp.ip.relay"),
             "chaddr": norm_hex(chaddr), "msg_type": msg_type,
             "options": opts if first(dhcp, "dhcp.cookie") is not None else None}
        exp["dhcp"] = e
    d6 = outer(first(layers, "dhcpv6"))
    if d6 is not None:
        exp["dhcp6"] = {"msg_type": as_int(first(d6, "dhcpv6.msgtype")), "xid": as_int(first(d6, "dhcpv6.xid"))}
    ntp = outer(first(layers, "ntp"))
    if ntp is not None:
        fl = first(ntp, "ntp.flags_tree")
        exp["ntp"] = {"version": as_int(first(fl, "ntp.flags.vn")), "mode": as_int(first(fl, "ntp.flags.mode")),
                      "stratum": as_int(first(ntp, "ntp.stratum"))}
    return exp


def flagged_level(ts):
    """Outermost layer level at which tapsniff said truncated/malformed, or None."""
    lv = []
    for key in ("truncated", "malformed"):
        v = ts.get(key)
        if v:
            word = v.split()[0].lower()
            lv.append(LEVEL.get(word, 0))
    return min(lv) if lv else None


def actual(ts):
    act = {}
    eth = ts.get("eth")
    if eth is not None:
        act["eth"] = {k: eth[k] for k in ("src", "dst", "type") if k in eth}
        act["vlan"] = eth.get("vlan", [])
    for k in ("arp", "ipv4", "ipv6", "icmp", "icmp6", "udp", "tcp", "dns", "dhcp", "dhcp6", "ntp"):
        if k in ts:
            act[k] = ts[k]
    return act


class Stats:
    def __init__(self):
        self.frames = {p: 0 for p in PROTOS}
        self.match = {p: 0 for p in PROTOS}
        self.not_in_tshark = {p: 0 for p in PROTOS}
        self.other_ports = {p: 0 for p in PROTOS}
        self.mismatches = []
        self.known = []


def compare_frame(setname, n, ts, layers, st):
    exp = expected(layers)
    act = actual(ts)
    flv = flagged_level(ts)

    def bad(proto, field, tsv, tshv):
        key = (setname, n, proto + "." + field)
        rec = "%s frame %d %s.%s: tapsniff %r, tshark %r  [%s]" % (
            setname, n, proto, field, tsv, tshv, ts.get("summary", ""))
        if key in KNOWN_BUGS:
            st.known.append(rec + "  (KNOWN_BUGS: %s)" % KNOWN_BUGS[key])
            return False
        st.mismatches.append(rec)
        return True

    for proto in PROTOS:
        a = act.get(proto)
        e = exp.get(proto)
        if proto == "vlan":
            if a is None and e is None:
                continue
            if not a and not e:
                continue
            st.frames[proto] += 1
            ok = True
            a = a or []
            e = e or []
            # tapsniff lists only the tags it decoded completely; tshark may show a partial one
            if len(a) != len(e) and not (flv is not None and flv <= LEVEL["vlan"] and len(a) <= len(e)):
                ok = not bad(proto, "count", len(a), len(e)) and ok
            for i, (ta, te) in enumerate(zip(a, e)):
                for f in ("tpid", "id", "pcp", "dei"):
                    if te.get(f) is None:
                        st.not_in_tshark[proto] += 1
                        continue
                    if ta.get(f) != te[f]:
                        ok = not bad(proto, "%d.%s" % (i, f), ta.get(f), te[f]) and ok
            if ok:
                st.match[proto] += 1
            continue
        if a is None and e is None:
            continue
        if a is None:
            # tshark decoded the layer, tapsniff did not: fine only if tapsniff flagged the
            # frame truncated/malformed at this layer or an outer one.
            if flv is not None and flv <= LEVEL[proto]:
                continue
            if proto in APP:
                st.other_ports[proto] += 1
                continue
            st.frames[proto] += 1
            bad(proto, "(layer)", "absent", "present")
            continue
        st.frames[proto] += 1
        if e is None:
            # tapsniff decoded the first bytes of a header that is cut short (ICMP type and
            # code of a 2-byte ICMP header); tshark gives up on the whole layer then.
            if ts.get("truncated") and LEVEL.get(ts["truncated"]) == LEVEL[proto] and \
                    ("_ws.short" in exp["_names"] or "_ws.malformed" in exp["_names"]):
                st.frames[proto] -= 1
                st.not_in_tshark[proto] += len(a)
                continue
            if not bad(proto, "(layer)", "present", "absent (tshark layers: %s)" % ",".join(exp["_names"])):
                st.match[proto] += 1
            continue
        ok = True
        for f, ev in e.items():
            if f.startswith("_"):
                continue
            if f in ("qd", "an") and proto == "dns":
                # lists: element by element; a cut frame may hold fewer on either side
                av = a.get(f, [])
                if len(av) != len(ev) and flv is None and not ts.get("malformed"):
                    ok = not bad(proto, f + ".count", len(av), len(ev)) and ok
                for i, (x, y) in enumerate(zip(av, ev)):
                    for k, yv in y.items():
                        if yv is None:
                            st.not_in_tshark[proto] += 1
                        elif x.get(k) != yv:
                            ok = not bad(proto, "%s.%d.%s" % (f, i, k), x.get(k), yv) and ok
                    for k in x:
                        if k not in y:
                            ok = not bad(proto, "%s.%d.%s" % (f, i, k), x.get(k), "absent") and ok
                continue
            if f not in a:
                # a field tapsniff left out (e.g. ARP addresses of a truncated frame, eth.type
                # after a truncated VLAN tag): allowed only when the frame is flagged
                if flv is None and ev is not None:
                    ok = not bad(proto, f, "absent", ev) and ok
                continue
            if ev is None:
                st.not_in_tshark[proto] += 1
                continue
            if a[f] != ev:
                ok = not bad(proto, f, a[f], ev) and ok
        if ok:
            st.match[proto] += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tapsniff", required=True)
    ap.add_argument("--min-ip", type=int, default=300)
    ap.add_argument("--report", type=int, default=10)
    ap.add_argument("pcaps", nargs="+")
    args = ap.parse_args()

    st = Stats()
    total = 0
    for pcap in args.pcaps:
        setname = os.path.splitext(os.path.basename(pcap))[0]
        tsh = load_tshark(pcap)
        tap = load_tapsniff(args.tapsniff, pcap)
        if sorted(tsh) != sorted(tap):
            st.mismatches.append("%s: frame numbers differ: tshark %d frames, tapsniff %d" %
                                 (setname, len(tsh), len(tap)))
        for n in sorted(set(tsh) & set(tap)):
            compare_frame(setname, n, tap[n], tsh[n], st)
            total += 1

    print("tshark_compare: %d frames compared" % total)
    for p in PROTOS:
        extra = ""
        if st.not_in_tshark[p]:
            extra = " (%d field value(s) tshark did not decode, not compared)" % st.not_in_tshark[p]
        if st.other_ports[p]:
            extra += " (%d frame(s) tshark decoded where tcpdump does not)" % st.other_ports[p]
        print("  %-6s %4d frames, %4d match%s" % (p + ":", st.frames[p], st.match[p], extra))
    ip_frames = st.frames["ipv4"] + st.frames["ipv6"]
    status = 0
    if st.known:
        print("known tapsniff bugs (KNOWN_BUGS, not failing): %d" % len(st.known))
        for r in st.known:
            print("  " + r)
    if st.mismatches:
        print("MISMATCHES: %d; the first %d:" % (len(st.mismatches), min(args.report, len(st.mismatches))))
        for r in st.mismatches[:args.report]:
            print("  " + r)
        status = 1
    if ip_frames < args.min_ip:
        print("FAIL: only %d frames with an IPv4/IPv6 layer compared (want >= %d)" % (ip_frames, args.min_ip))
        status = 1
    print("tshark_compare: %s" % ("PASS" if status == 0 else "FAIL"))
    return status


if __name__ == "__main__":
    sys.exit(main())
