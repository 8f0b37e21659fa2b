#!/usr/bin/python3
"""Writes the "Keys of every protocol" section of doc/json.md from what tapsniff emits.

usage: doc/json_keys.py TAPSNIFF [PCAP...]
(default: tests/golden/*.pcap and the link, ip and other sets of tests/integration/gen_frames.py,
which needs Debian's python3-scapy: run it with /usr/bin/python3)

Runs `TAPSNIFF -r PCAP --json -q` over the captures, gathers every key each layer object uses
(nested objects and lists of objects shown in parentheses) and replaces the text between the
two marker lines of doc/json.md. tests/integration/json_test.sh checks that every emitted key
is in doc/json.md, so a new field shows up here by running this again.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "doc", "json.md")
BEGIN = "<!-- BEGIN keys: made by doc/json_keys.py -->"
END = "<!-- END keys -->"
FRAME_KEYS = {"n", "ts", "len", "caplen", "dir", "truncated", "malformed", "summary", "inner"}


def merge(shape, obj):
    """shape: dict key -> sub-shape (dict) or None, grown from one JSON object."""
    for key, value in obj.items():
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, dict)), None) if value else None
            sub = shape.get(key) or {}
            for item in obj[key]:
                if isinstance(item, dict):
                    merge(sub, item)
            shape[key] = sub or shape.get(key)
        elif isinstance(value, dict):
            sub = shape.get(key) or {}
            merge(sub, value)
            shape[key] = sub
        else:
            shape.setdefault(key, None)


def render(shape):
    parts = []
    for key in sorted(shape, key=str.lower):
        sub = shape[key]
        parts.append(f"`{key}`" + (f" ({render(sub)})" if sub else ""))
    return ", ".join(parts)


def layers(obj, protocols):
    for key, value in obj.items():
        if key == "inner" and isinstance(value, dict):
            layers(value, protocols)
        elif key not in FRAME_KEYS and isinstance(value, dict):
            merge(protocols.setdefault(key, {}), value)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tapsniff = sys.argv[1]
    pcaps = sys.argv[2:]
    tmp = tempfile.TemporaryDirectory()
    if not pcaps:
        pcaps = sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.pcap")))
        for name in ("link", "ip", "other"):
            out = os.path.join(tmp.name, name + ".pcap")
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tests", "integration", "gen_frames.py"), name, out],
                           check=True, timeout=120)
            pcaps.append(out)
    protocols = {}
    for pcap in pcaps:
        out = subprocess.run([tapsniff, "-r", pcap, "--json", "-q"], capture_output=True, text=True,
                             check=True, timeout=120).stdout
        for line in out.splitlines():
            layers(json.loads(line), protocols)
    lines = [BEGIN, "", "| layer | keys |", "|---|---|"]
    lines += [f"| `{name}` | {render(protocols[name])} |" for name in sorted(protocols)]
    lines += ["", END]
    doc = open(DOC, encoding="utf-8").read()
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    open(DOC, "w", encoding="utf-8").write(head + "\n".join(lines) + tail)
    print(f"doc/json.md: {len(protocols)} layers from {len(pcaps)} captures")


if __name__ == "__main__":
    main()
