#!/usr/bin/env bash
# usage: json_test.sh BIN
# JSON Lines output (--json) against its schema in doc/json.md, for the
# gen_frames.py sets link, ip and other:
#   - tapsniff -r F --json -q exits 0 and every line is one JSON object (python json and jq -e .);
#   - one object per frame in F (records counted in the pcap itself, cross-checked with tcpdump);
#   - "n" runs 1..N;
#   - the keys come in contract order: the object's top-level keys form a subsequence of
#     n ts len caplen eth arp ipv4 ipv6 icmp icmp6 udp tcp truncated malformed summary
#     (n ts len caplen and summary always present; no duplicate keys), other layers' objects
#     (stp, lldp ...) among the layers;
#   - len/caplen equal the pcap record's wire length / captured length;
#   - for ARP/RARP frames, "summary" equals the text line's part after the Ethernet part;
#   - every key emitted (at any depth) is described in doc/json.md.
# Exit 0 pass, 1 fail.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"

for set_name in link ip other; do
    echo "== set '$set_name'"
    pcap="$WORK/$set_name.pcap"
    gen_frames "$set_name" "$pcap"

    rc=0
    timeout 60 "$BIN" -r "$pcap" --json -q >"$WORK/$set_name.jsonl" 2>"$WORK/$set_name.err" </dev/null || rc=$?
    if [ "$rc" -ne 0 ] || [ -s "$WORK/$set_name.err" ]; then
        fail "$set_name: tapsniff --json exited $rc, stderr: $(head -c 300 "$WORK/$set_name.err")"
        continue
    fi
    pass "$set_name: tapsniff --json -q exits 0 with nothing on stderr"

    # jq: the whole stream parses (-e: the last value is neither false nor null).
    if command -v jq >/dev/null 2>&1; then
        if jq -e -c . <"$WORK/$set_name.jsonl" >/dev/null 2>"$WORK/jq.err"; then
            pass "$set_name: jq -e . parses the output"
        else
            fail "$set_name: jq -e . rejects the output: $(head -c 300 "$WORK/jq.err")"
        fi
    else
        echo "note: jq not installed; python's json checks only"
    fi

    # Text output for the summary comparison. -t epoch, not -t none: with -t none a frame
    # whose Ethernet header is cut short prints " [|ether]" (leading space, as tcpdump -t
    # does), which would look like an indented continuation line.
    timeout 60 "$BIN" -r "$pcap" -t epoch -q >"$WORK/$set_name.txt" 2>/dev/null </dev/null || true
    # tcpdump's record count, as a cross-check of the pcap parser below.
    tcpdump_count=-1
    if command -v tcpdump >/dev/null 2>&1; then
        tcpdump_count=$(tcpdump -nn -r "$pcap" 2>/dev/null | grep -vc '^[[:space:]]' || true)
    fi

    rc=0
    "$PY" - "$pcap" "$WORK/$set_name.jsonl" "$WORK/$set_name.txt" "$set_name" "$tcpdump_count" <<'EOF' || rc=$?
import json, re, struct, sys

pcap_path, jsonl_path, text_path, set_name, tcpdump_count = sys.argv[1:6]
tcpdump_count = int(tcpdump_count)
ORDER = "n ts len caplen eth arp ipv4 ipv6 icmp icmp6 udp tcp truncated malformed summary".split()
failures = 0

def fail(msg):
    global failures
    failures += 1
    if failures <= 15:
        print(f"FAIL: {set_name}: {msg}")

# Records in the pcap (classic pcap, as gen_frames.py writes it): (caplen, wire len).
data = open(pcap_path, "rb").read()
magic = struct.unpack_from("<I", data, 0)[0]
endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
records = []
off = 24
while off + 16 <= len(data):
    _, _, caplen, wire = struct.unpack_from(endian + "IIII", data, off)
    records.append((caplen, wire))
    off += 16 + caplen
frames = len(records)
if tcpdump_count >= 0 and tcpdump_count != frames:
    print(f"note: {set_name}: tcpdump printed {tcpdump_count} records, the pcap holds {frames}")

# Parse every line; keep key order and catch duplicate keys.
objects = []
raw_lines = open(jsonl_path, "rb").read().split(b"\n")
if raw_lines and raw_lines[-1] == b"":
    raw_lines.pop()
else:
    fail("output does not end with a newline")
for i, raw in enumerate(raw_lines, 1):
    try:
        pairs = json.loads(raw.decode("utf-8"), object_pairs_hook=lambda p: p)
    except Exception as e:  # noqa: BLE001 - report any parse failure
        fail(f"line {i} is not JSON ({e}): {raw[:120]!r}")
        continue
    if not isinstance(pairs, list):
        fail(f"line {i} is not a JSON object: {raw[:120]!r}")
        continue
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        fail(f"line {i} has duplicate keys: {keys}")
    objects.append((keys, json.loads(raw)))

if len(objects) != frames:
    fail(f"{len(objects)} JSON objects for {frames} frames")
else:
    print(f"PASS: {set_name}: {frames} lines, each a JSON object, one per frame")

# n runs 1..N; keys in contract order; len/caplen match the pcap.
bad_n = bad_order = bad_len = 0
for i, (keys, obj) in enumerate(objects, 1):
    if obj.get("n") != i:
        bad_n += 1
        if bad_n <= 3:
            fail(f"object {i} has n={obj.get('n')!r}")
    # Layers the list does not name (stp, lldp, dns ...: "further protocols get an object named
    # after them") sit among the layers: after caplen, before truncated/malformed/summary.
    tail = [k for k in keys if k in ("truncated", "malformed", "summary")]
    unknown_misplaced = any(k not in ORDER and i >= len(keys) - len(tail) for i, k in enumerate(keys))
    idx = [ORDER.index(k) for k in keys if k in ORDER]
    if unknown_misplaced or idx != sorted(idx) or keys[:4] != ["n", "ts", "len", "caplen"] or keys[-1] != "summary":
        bad_order += 1
        if bad_order <= 3:
            fail(f"object {i}: keys {keys} are not in contract order {ORDER}")
    if i <= frames:
        caplen, wire = records[i - 1]
        if obj.get("len") != wire or obj.get("caplen") != caplen:
            bad_len += 1
            if bad_len <= 3:
                fail(f"object {i}: len/caplen {obj.get('len')}/{obj.get('caplen')}, pcap says {wire}/{caplen}")
if objects and bad_n == 0:
    print(f"PASS: {set_name}: n runs 1..{len(objects)}")
if objects and bad_order == 0:
    print(f"PASS: {set_name}: keys of every object are in contract order")
if objects and bad_len == 0:
    print(f"PASS: {set_name}: len/caplen match the pcap records")

# "summary" is one line of text (the contract: "the text after the Ethernet part of the
# text line"); hex-dump lines belong under the text line, not inside the JSON summary.
multiline = [i for i, (_, obj) in enumerate(objects, 1)
             if isinstance(obj.get("summary"), str) and ("\n" in obj["summary"] or "\r" in obj["summary"])]
if multiline:
    fail(f"{len(multiline)} summaries contain a line break (frames {multiline[:10]}...), e.g. "
         f"{objects[multiline[0] - 1][1]['summary'][:90]!r}")
elif objects:
    print(f"PASS: {set_name}: no summary contains a line break")

# summary vs text. Rule: take the frame's text record (the N-th line that does not start
# with white space, from tapsniff -r F -t epoch, minus the timestamp), find the first ", length L: " where L is
# the JSON "len" (the end of tcpdump's Ethernet part: "SRC > DST, ethertype X (0xNNNN),
# length L: "), and take the rest of the line. For an untagged ARP/RARP frame that rest
# must equal "summary" exactly. For a VLAN-tagged one the rest is the tag chain
# ("vlan V, p P[, DEI], ethertype ..., ") followed by the summary, so the rest must be
# such a chain + summary. Both sides are compared with white space at their ends stripped:
# tcpdump puts two spaces before a truncation mark ("...length 42:  [|arp]") and a trailing
# space after some texts; that spacing is layout, not content. The summary's hex-dump
# continuation lines (if any) are not part of "the text line", so a summary containing a
# newline does not match. ARP/RARP frame = "eth" present and eth.type 0x0806 or 0x8035.
text_records = [l.split(" ", 1)[1] if " " in l else "" for l in
                open(text_path, encoding="utf-8", errors="replace").read().split("\n")
                if l and not l[0].isspace()]
if len(text_records) != frames:
    fail(f"text output has {len(text_records)} records for {frames} frames")
vlan_chain = re.compile(r"(vlan \d+, p \d+(, DEI)?, ethertype [^,]*\(0x[0-9a-f]{4}\), )+")
checked = bad_summary = 0
for i, (keys, obj) in enumerate(objects, 1):
    eth = obj.get("eth")
    if not isinstance(eth, dict) or eth.get("type") not in ("0x0806", "0x8035") or i > len(text_records):
        continue
    line = text_records[i - 1]
    marker = f", length {obj['len']}: "
    pos = line.find(marker)
    if pos < 0:
        bad_summary += 1
        fail(f"frame {i}: text line has no '{marker.strip()}': {line!r}")
        continue
    rest = line[pos + len(marker):]
    summary = obj.get("summary")
    if not isinstance(summary, str):
        bad_summary += 1
        fail(f"frame {i}: summary is {summary!r}, not a string")
        continue
    if eth.get("vlan"):
        m = vlan_chain.match(rest)
        ok = m is not None and rest[m.end():].strip() == summary.strip()
    else:
        ok = rest.strip() == summary.strip()
    checked += 1
    if not ok:
        bad_summary += 1
        if bad_summary <= 5:
            fail(f"frame {i}: summary {summary!r} != text {rest!r}")
if bad_summary:
    print(f"FAIL: {set_name}: {bad_summary} of {checked} ARP/RARP summaries differ from the text line")
if checked and bad_summary == 0:
    print(f"PASS: {set_name}: summary equals the text after the Ethernet part for all {checked} ARP/RARP frames")
elif checked == 0 and set_name != "ip":
    print(f"note: {set_name}: no ARP/RARP frames to compare summaries")

if failures > 15:
    print(f"FAIL: {set_name}: ... {failures - 15} more failures not shown")
sys.exit(1 if failures else 0)
EOF
    if [ "$rc" -ne 0 ]; then failures=$((failures + 1)); fi
done

# The committed golden captures hold every protocol tapsniff decodes (tunnels included): their
# JSON parses, and no object at any depth repeats a key (a tunnel's inner layers go into "inner").
echo "== golden captures: valid JSON, no repeated key in any object"
golden_jsonl=()
for pcap in "$HERE"/../golden/*.pcap; do
    out="$WORK/golden-$(basename "$pcap" .pcap).jsonl"
    timeout 60 "$BIN" -r "$pcap" --json -q >"$out" 2>/dev/null </dev/null || true
    golden_jsonl+=("$out")
done
"$PY" - "${golden_jsonl[@]}" <<'PYEOF' || failures=$((failures + 1))
import json, sys
repeated, frames = [], 0
def unique(pairs):
    names = [k for k, _ in pairs]
    if len(names) != len(set(names)):
        repeated.append(names)
    return dict(pairs)
for path in sys.argv[1:]:
    for line in open(path):
        json.loads(line, object_pairs_hook=unique)
        frames += 1
if frames == 0 or repeated:
    print(f"FAIL: golden: {frames} frames, {len(repeated)} objects repeat a key, e.g. {repeated[:2]}")
    sys.exit(1)
print(f"PASS: golden: {frames} frames of {len(sys.argv) - 1} captures, no object repeats a key")
PYEOF

# doc/json.md is the one description of the format: every key tapsniff emits for these sets and
# the golden captures (at any depth) is named there as `key`.
echo "== every key in the output is documented in doc/json.md"
"$PY" - "$HERE/../../doc/json.md" "$WORK"/link.jsonl "$WORK"/ip.jsonl "$WORK"/other.jsonl \
    "${golden_jsonl[@]}" <<'PYEOF' || failures=$((failures + 1))
import json, sys
doc = open(sys.argv[1]).read()
keys = set()
def walk(v):
    if isinstance(v, dict):
        for k, x in v.items():
            keys.add(k)
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)
for path in sys.argv[2:]:
    for line in open(path):
        walk(json.loads(line))
missing = sorted(k for k in keys if f"`{k}`" not in doc and f'"{k}"' not in doc)
if missing:
    print("FAIL: keys emitted but not in doc/json.md: " + ", ".join(missing))
    sys.exit(1)
print(f"PASS: all {len(keys)} keys emitted for the link, ip and other sets and the golden captures are in doc/json.md")
PYEOF

echo
if [ "$failures" -ne 0 ]; then
    echo "json_test: FAILED ($failures set(s)/check(s))"
    exit 1
fi
echo "json_test: all checks passed"
exit 0
