#!/usr/bin/python3
"""Compare the tunnel layers of tapsniff --json with tshark -T json, field by field.

usage: tshark_tunnels.py --tapsniff BIN [--quiet] [--min N] PCAP...

Layers are taken in stack order on both sides: tapsniff's objects with a tunnel's "inner" object
walked in place, tshark's layers in its order (duplicate keys kept). The n-th gre, mpls label,
pppoe, ppp, esp, ah, sctp or macsec of a frame is compared with tshark's n-th, and every IPv4/IPv6
header after the first (the inner packets) with tshark's ip/ipv6 layer of the same rank:
  gre     flags_and_version proto checksum offset key sequence_number ack_number payload_length call_id
  mpls    per label: label exp bottom ttl                    (tshark: one mpls layer per label)
  pppoe   version type code session_id payload_length       (tshark pppoed / pppoes)
  ppp     address control protocol; code identifier (tshark lcp/ipcp/ipv6cp/ccp: ppp.*, chap.*, pap.*)
  esp     spi sequence;  ah  next_header length spi sequence icv
  sctp    srcport dstport verification_tag checksum, and the chunk types in order
  macsec  TCI AN SL PN etype system_identifier port_identifier
  inner ipv4 src dst proto ttl len;  inner ipv6 src dst next hlim len
A field is compared where both sides have it (tshark stops at a malformed or cut field; tapsniff
leaves out what tcpdump does not read). Prints the counts of fields compared and equal per layer;
exit 1 on any difference, or when fewer than --min fields were compared.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

MINE = ("gre", "mpls", "pppoe", "ppp", "esp", "ah", "sctp", "macsec")
TSHARK_NAME = {"gre": "gre", "mpls": "mpls", "pppoed": "pppoe", "pppoes": "pppoe", "ppp": "ppp",
               "esp": "esp", "ah": "ah", "sctp": "sctp", "macsec": "macsec", "ip": "ipv4", "ipv6": "ipv6"}
PPP_CONTROL = ("lcp", "ipcp", "ipv6cp", "ccp", "osinlcp", "mplscp", "bacp")


def pairs(p):
    return p


def value(v):
    """A comparable value: numbers (decimal or 0x) as int, everything else as a lower-case string."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    s = str(v)
    try:
        return int(s, 16) if s.lower().startswith("0x") else int(s)
    except ValueError:
        return s.lower()


def get(node, key):
    for k, v in node:
        if k == key:
            return v
    return None


def deep(node, key):
    for k, v in node:
        if k == key:
            return v
    for k, v in node:
        if isinstance(v, list) and v and isinstance(v[0], list):
            r = deep(v, key)
            if r is not None:
                return r
    return None


def tshark_layers(pcap):
    env = dict(os.environ)
    p = subprocess.run(["tshark", "-r", pcap, "-T", "json", "-o", "ip.defragment:FALSE",
                        "-o", "ipv6.defragment:FALSE", "-o", "tcp.desegment_tcp_streams:FALSE"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, timeout=300)
    out = {}
    for pkt in json.loads(p.stdout, object_pairs_hook=pairs):
        layers = get(get(pkt, "_source"), "layers")
        out[int(get(get(layers, "frame"), "frame.number"))] = layers
    return out


def tapsniff_layers(binary, pcap):
    p = subprocess.run([binary, "-r", pcap, "--json", "-q"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, timeout=300)
    out = {}
    for line in p.stdout.decode().splitlines():
        obj = json.loads(line, object_pairs_hook=pairs)
        seq = []

        def walk(node):
            for k, v in node:
                if k == "inner":
                    walk(v)
                elif isinstance(v, list) and k not in ("summary",):
                    seq.append((k, v))
        walk(obj)
        out[get(obj, "n")] = seq
    return out


def expected_tshark(layers):
    """tshark's layers of interest, in order, as (our name, fields dict)."""
    seq = []
    for k, v in layers:
        name = TSHARK_NAME.get(k)
        if name == "mpls":
            seq.append(("mpls", {f: get(v, "mpls." + f) for f in ("label", "exp", "bottom", "ttl")}))
        elif name == "gre":
            fields = {f: get(v, "gre." + f) for f in ("flags_and_version", "proto", "checksum", "offset", "key",
                                                      "sequence_number", "ack_number")}
            fields["payload_length"] = get(v, "gre.key.payload_length")
            fields["call_id"] = get(v, "gre.key.call_id")
            seq.append(("gre", fields))
        elif name == "pppoe":
            seq.append(("pppoe", {f: get(v, "pppoe." + f) for f in ("version", "type", "code", "session_id",
                                                                      "payload_length")}))
        elif name == "ppp":
            seq.append(("ppp", {f: get(v, "ppp." + f) for f in ("address", "control", "protocol")}))
        elif k in PPP_CONTROL and seq and seq[-1][0] == "ppp":
            seq[-1][1].update({"code": get(v, "ppp.code"), "identifier": get(v, "ppp.identifier")})
        elif k in ("chap", "pap") and seq and seq[-1][0] == "ppp":
            seq[-1][1].update({"code": get(v, k + ".code"), "identifier": get(v, k + ".identifier")})
        elif name == "esp":
            seq.append(("esp", {"spi": get(v, "esp.spi"), "sequence": get(v, "esp.sequence")}))
        elif name == "ah":
            seq.append(("ah", {f: get(v, "ah." + f) for f in ("next_header", "length", "spi", "sequence", "icv")}))
        elif name == "sctp":
            fields = {f: get(v, "sctp." + f) for f in ("srcport", "dstport", "verification_tag", "checksum")}
            fields["chunk_types"] = [deep(c, "sctp.chunk_type") for kk, c in v
                                     if isinstance(c, list) and deep(c, "sctp.chunk_type") is not None]
            seq.append(("sctp", fields))
        elif name == "macsec":
            fields = {f: get(v, "macsec." + f) for f in ("TCI", "AN", "SL", "PN", "etype")}
            fields["system_identifier"] = get(v, "macsec.SCI.system_identifier")
            fields["port_identifier"] = get(v, "macsec.SCI.port_identifier")
            seq.append(("macsec", fields))
        elif name == "ipv4":
            seq.append(("ipv4", {"src": get(v, "ip.src"), "dst": get(v, "ip.dst"), "proto": get(v, "ip.proto"),
                                 "ttl": get(v, "ip.ttl"), "len": get(v, "ip.len")}))
        elif name == "ipv6":
            seq.append(("ipv6", {"src": get(v, "ipv6.src"), "dst": get(v, "ipv6.dst"), "next": get(v, "ipv6.nxt"),
                                 "hlim": get(v, "ipv6.hlim"), "len": get(v, "ipv6.plen")}))
            # tshark shows AH after IPv6 inside the ipv6 layer, as an extension header.
            for kk, vv in v:
                if kk == "ah":
                    seq.append(("ah", {f: get(vv, "ah." + f) for f in ("next_header", "length", "spi", "sequence",
                                                                         "icv")}))
    return seq


def ours(seq):
    """tapsniff's layers of interest, in order; MPLS split into one entry per label."""
    out = []
    for k, v in seq:
        if k == "mpls":
            for label in get(v, "labels") or []:
                out.append(("mpls", dict(label)))
        elif k in MINE or k in ("ipv4", "ipv6"):
            d = dict(v)
            if k == "sctp":
                d["chunk_types"] = [get(c, "chunk_type") for c in (get(v, "chunks") or [])]
            out.append((k, d))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tapsniff", required=True)
    ap.add_argument("--min", type=int, default=0)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("pcaps", nargs="+")
    a = ap.parse_args()
    compared = collections.Counter()
    equal = collections.Counter()
    bad = []
    for pcap in a.pcaps:
        ts = tshark_layers(pcap)
        tp = tapsniff_layers(a.tapsniff, pcap)
        for n, layers in tp.items():
            if n not in ts:
                continue
            mine = ours(layers)
            theirs = expected_tshark(ts[n])
            rank = collections.Counter()
            by_kind = collections.defaultdict(list)
            for k, d in theirs:
                by_kind[k].append(d)
            for k, d in mine:
                i = rank[k]
                rank[k] += 1
                if k in ("ipv4", "ipv6") and i == 0:
                    continue  # the outer header: tshark_compare.py checks it
                if i >= len(by_kind[k]):
                    continue  # tshark did not get that far
                t = by_kind[k][i]
                for f, v in d.items():
                    if f not in t or t[f] is None or isinstance(v, list) and f != "chunk_types":
                        continue
                    tv = t[f]
                    layer = k if k in MINE else "inner " + k
                    compared[layer] += 1
                    mv = [value(x) for x in v] if f == "chunk_types" else value(v)
                    tv = [value(x) for x in tv] if f == "chunk_types" else value(tv)
                    if f == "chunk_types":  # each stops at a chunk it finds bad
                        mv, tv = mv[:len(tv)], tv[:len(mv)]
                    if mv == tv:
                        equal[layer] += 1
                    else:
                        bad.append("%s#%d %s.%s: tapsniff %r, tshark %r" % (os.path.basename(pcap), n, k, f, v, t[f]))
    for layer in sorted(compared):
        print("%-12s fields compared %7d  equal %7d" % (layer, compared[layer], equal[layer]))
    if bad and not a.quiet:
        print("\n".join(bad[:50]))
    total = sum(compared.values())
    if bad or total < a.min:
        print("tshark_tunnels: %d differences, %d fields compared" % (len(bad), total))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
