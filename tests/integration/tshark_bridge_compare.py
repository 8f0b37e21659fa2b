#!/usr/bin/python3
"""Compare tapsniff --json with tshark -T json for the bridged-link protocols, field by field.

usage: tshark_bridge_compare.py --tapsniff BIN [--show N] PCAP...

For every frame where tapsniff wrote one of the objects below and tshark decoded the protocol,
each field tapsniff wrote is compared with tshark's field of the same meaning (names as tshark's
without the protocol prefix; the -v-only and tapsniff-only fields are listed in EXTRA).  Numbers
are compared as numbers (tshark's "0x0a" equals tapsniff's "0x0a" or 10), other values as text.
Prints per protocol: frames, fields compared, equal, differing (with examples), and fields tshark
did not show.  Exit status 1 when any field differs.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

# tapsniff object -> (tshark layer names, {field: tshark field or list of candidates})
MAP = {
    "stp": (("stp",), {
        "protocol": "stp.protocol", "version": "stp.version", "type": "stp.type", "flags": "stp.flags",
        "root_prio": "stp.root.prio", "root_ext": "stp.root.ext", "root_hw": "stp.root.hw",
        "root_cost": "stp.root.cost", "bridge_prio": "stp.bridge.prio", "bridge_ext": "stp.bridge.ext",
        "bridge_hw": "stp.bridge.hw", "port": "stp.port", "msg_age": "stp.msg_age", "max_age": "stp.max_age",
        "hello": "stp.hello", "forward": "stp.forward", "version_1_length": "stp.version_1_length",
        "version_3_length": "mstp.version_3_length", "config_format_selector": "mstp.config_format_selector",
        "config_name": "mstp.config_name", "config_revision_level": "mstp.config_revision_level",
        "config_digest": "mstp.config_digest", "cist_internal_root_path_cost": "mstp.cist_internal_root_path_cost",
        "cist_bridge_prio": "mstp.cist_bridge.prio", "cist_bridge_ext": "mstp.cist_bridge.ext",
        "cist_bridge_hw": "mstp.cist_bridge.hw", "cist_remaining_hops": "mstp.cist_remaining_hops",
        "version_4_length": "mstp.version_4_length"}),
    "lldp": (("lldp",), {
        "chassis_subtype": "lldp.chassis.subtype",
        "chassis_id": ["lldp.chassis.id.mac", "lldp.chassis.id.ip4", "lldp.chassis.id.ip6", "lldp.chassis.id"],
        "port_subtype": "lldp.port.subtype",
        "port_id": ["lldp.port.id.mac", "lldp.port.id.ip4", "lldp.port.id.ip6", "lldp.port.id"],
        "time_to_live": "lldp.time_to_live", "port_desc": "lldp.port.desc", "system_name": "lldp.tlv.system.name",
        "system_desc": "lldp.tlv.system.desc", "system_cap": "lldp.tlv.system_cap",
        "enable_system_cap": "lldp.tlv.enable_system_cap"}),
    "cdp": (("cdp",), {
        "version": "cdp.version", "ttl": "cdp.ttl", "checksum": "cdp.checksum", "deviceid": "cdp.deviceid",
        "portid": "cdp.portid", "platform": "cdp.platform", "capabilities": "cdp.capabilities",
        "native_vlan": "cdp.native_vlan"}),
    "udld": (("udld",), {"version": "udld.version", "opcode": "udld.opcode", "flags": "udld.flags",
                         "checksum": "udld.checksum"}),
    "dtp": (("dtp",), {"version": "dtp.version"}),
    "vtp": (("vtp",), {"version": "vtp.version", "code": "vtp.code", "followers": "vtp.followers",
                       "md_len": "vtp.md_len", "md": "vtp.md"}),
    "eapol": (("eapol",), {"version": "eapol.version", "type": "eapol.type", "len": "eapol.len"}),
    "lacp": (("slow", "lacp"), {"subtype": "slow.subtype", "version": "lacp.version",
                                "collector_max_delay": "lacp.collector.max_delay"}),
    "marker": (("slow", "marker"), {"subtype": "slow.subtype", "version": "marker.version"}),
    "oampdu": (("slow", "oampdu"), {"subtype": "slow.subtype", "flags": "oampdu.flags", "code": "oampdu.code"}),
    "loopback": (("loop",), {"skipcount": "loop.skipcount", "relevant_function": "loop.relevant_function",
                             "receipt_number": "loop.receipt_number", "forwarding_address": "loop.forwarding_address"}),
    "aoe": (("aoe",), {"version": "aoe.version", "major": "aoe.major", "minor": "aoe.minor", "cmd": "aoe.cmd",
                       "tag": "aoe.tag"}),
    "decnet": (("dec_dna",), {"flags": "dec_dna.flags", "dst_node": "dec_dna.dst_node",
                              "src_node": "dec_dna.src_node", "nsp_msg_type": "dec_dna.nsp.msg_type"}),
    "ipx": (("ipx",), {"checksum": "ipx.checksum", "len": "ipx.len", "hops": "ipx.hops",
                       "packet_type": "ipx.packet_type", "dst_net": "ipx.dst.net", "dst_node": "ipx.dst.node",
                       "dst_socket": "ipx.dst.socket", "src_net": "ipx.src.net", "src_node": "ipx.src.node",
                       "src_socket": "ipx.src.socket"}),
}
# Nested objects and lists: tapsniff path prefix -> tshark field prefix (the i-th item of a list
# is compared with the i-th occurrence of each tshark field).
NESTED = {
    ("lacp", "actor"): "lacp.actor.", ("lacp", "partner"): "lacp.partner.",
    ("eapol", "eap"): "eap.", ("stp", "msti"): "mstp.msti.",
}
NESTED_FIELDS = {"sysid": "sysid", "sys_priority": "sys_priority", "key": "key", "port_priority": "port_priority",
                 "port": "port", "state": "state", "code": "code", "id": "id", "len": "len", "type": "type",
                 "flags": "flags", "msti_id": "msti_id", "root_hw": "root.hw", "root_cost": "root_cost",
                 "bridge_priority": "bridge_priority", "remaining_hops": "remaining_hops"}
# tapsniff-only fields (no tshark counterpart), not compared.
EXTRA = {"tlv_types", "length", "error", "nsp_src_link", "nsp_dst_link", "marker_tlv", "tlv_type",
         "requester_port", "requester_system", "requester_transaction_id"}
TSHARK_LAYER_EXTRA = {"eap"}


def pairs(obj_pairs):
    return obj_pairs  # keep duplicate keys, in order


def flatten(node, out):
    """All (key, value) leaves under a tshark layer object, in order, duplicates kept."""
    if isinstance(node, list):
        for k, v in node:
            if isinstance(v, list) and v and isinstance(v[0], tuple):
                flatten(v, out)
            elif isinstance(v, list):
                for item in v:
                    if isinstance(item, list):
                        flatten(item, out)
                    else:
                        out[k].append(item)
            else:
                out[k].append(v)


def layers_of(packet):
    src = dict(packet)["_source"]
    return dict(src)["layers"]


def number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            return int(v, 0)
        except ValueError:
            try:
                return float(v)
            except ValueError:
                return None
    return None


def same(ours, theirs):
    a, b = number(ours), number(theirs)
    if a is not None and b is not None:
        return abs(a - b) < 1e-9
    return str(ours).lower() == str(theirs).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tapsniff", required=True)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("pcaps", nargs="+")
    args = ap.parse_args()
    env = dict(os.environ, TZ="UTC", LC_ALL="C")
    stats = collections.defaultdict(collections.Counter)
    bad = collections.defaultdict(list)
    for pcap in args.pcaps:
        ts = subprocess.run([args.tapsniff, "-r", pcap, "--json", "-q"], capture_output=True, env=env).stdout
        ours = [json.loads(l) for l in ts.decode("utf-8", "replace").splitlines() if l.strip()]
        if not any(k in o for o in ours for k in MAP):
            continue
        td = subprocess.run(["tshark", "-r", pcap, "-T", "json"], capture_output=True, env=env).stdout
        try:
            theirs = json.loads(td.decode("utf-8", "replace"), object_pairs_hook=pairs)
        except ValueError:
            continue
        by_number = {}
        for p in theirs:
            layers = layers_of(p)
            fields = collections.defaultdict(list)
            names = set()
            for k, v in layers:
                names.add(k)
                flatten(v, fields)
            num = int(fields["frame.number"][0])
            by_number[num] = (names, fields)
        for o in ours:
            for key, (tlayers, fmap) in MAP.items():
                if key not in o:
                    continue
                entry = by_number.get(o["n"])
                if entry is None or not any(t in entry[0] for t in tlayers):
                    stats[key]["frames without tshark layer"] += 1
                    continue
                names, fields = entry
                stats[key]["frames"] += 1
                for fname, value in o[key].items():
                    if (key, fname) in NESTED:
                        items = value if isinstance(value, list) else [value]
                        occ = collections.Counter()
                        for item in items:
                            for sub, v in item.items():
                                tname = NESTED[(key, fname)] + NESTED_FIELDS.get(sub, sub)
                                i = occ[tname]
                                occ[tname] += 1
                                got = fields.get(tname, [])
                                if i >= len(got):
                                    stats[key]["not in tshark"] += 1
                                    continue
                                stats[key]["compared"] += 1
                                if same(v, got[i]):
                                    stats[key]["equal"] += 1
                                else:
                                    bad[key].append((pcap, o["n"], f"{fname}.{sub}", v, got[i]))
                        continue
                    if fname in EXTRA or fname not in fmap:
                        continue
                    cands = fmap[fname] if isinstance(fmap[fname], list) else [fmap[fname]]
                    # tshark shows every Loopback message; tapsniff the one at skipCount (the
                    # forward-data messages skipped before it are 8 bytes each).
                    occurrence = o[key].get("skipcount", 0) // 8 if fname == "forwarding_address" else 0
                    got = next((fields[c][occurrence] for c in cands if len(fields.get(c, [])) > occurrence), None)
                    if got is None:
                        stats[key]["not in tshark"] += 1
                        continue
                    stats[key]["compared"] += 1
                    if same(value, got):
                        stats[key]["equal"] += 1
                    else:
                        bad[key].append((pcap, o["n"], fname, value, got))
    status = 0
    for key in MAP:
        s = stats[key]
        if not s:
            continue
        print(f"{key:9s} frames {s['frames']:5d}  fields compared {s['compared']:6d}  equal {s['equal']:6d}  "
              f"differ {len(bad[key]):4d}  not in tshark {s['not in tshark']:4d}  "
              f"frames tshark did not decode {s['frames without tshark layer']}")
        for (pcap, n, f, a, b) in bad[key][:args.show]:
            print(f"    {os.path.basename(pcap)}#{n} {f}: tapsniff {a!r} tshark {b!r}")
        if bad[key]:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
