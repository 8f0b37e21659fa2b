#!/usr/bin/env bash
# usage: other_test.sh BIN
# The gen_frames.py 'other' set: protocols tcpdump decodes further than tapsniff (Loopback,
# STP, Frame Relay/ATM ARP, ...). There tapsniff's text need not equal tcpdump's, but it must:
#   - exit 0 with nothing on stderr (-q), also with -x, -v and --json (no crash);
#   - print exactly one record per frame (a record = a line not starting with white space);
#   - print each record's Ethernet part -- from the source MAC up to and including the first
#     "length N: " -- identical to tcpdump -nn -e's for the same frame.
# Both sides print epoch timestamps (tapsniff -t epoch, tcpdump -tt), which are cut off before
# comparing; a timestamp keeps every record's line starting with a non-space character.
# Exit 0 pass, 1 fail, 77 skip (no tcpdump).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
need tcpdump "tcpdump (needed as the reference)"

pcap="$WORK/other.pcap"
gen_frames other "$pcap"
info="$(pcap_info "$pcap")"
frames="${info%% *}"
echo "== 'other' set: $frames frames"

# No crash in any output mode; one record per frame.
for mode in "" "-x" "-v" "--json"; do
    rc=0
    # shellcheck disable=SC2086 # $mode is one word or none
    timeout 60 "$BIN" -r "$pcap" -q -t epoch $mode >"$WORK/out" 2>"$WORK/err" </dev/null || rc=$?
    records=$(grep -vc '^[[:space:]]' "$WORK/out" || true)
    if [ "$rc" -eq 0 ] && [ ! -s "$WORK/err" ] && [ "$records" -eq "$frames" ]; then
        pass "tapsniff -r other.pcap ${mode:-(text)} -> exit 0, $records records for $frames frames"
    else
        fail "tapsniff -r other.pcap ${mode:-(text)} -> exit $rc (want 0), $records records (want $frames), stderr: $(head -c 300 "$WORK/err")"
    fi
done

timeout 60 "$BIN" -r "$pcap" -q -t epoch >"$WORK/tapsniff.txt" 2>/dev/null </dev/null || true
timeout 60 tcpdump -nn -e -tt -r "$pcap" >"$WORK/tcpdump.txt" 2>/dev/null </dev/null || true

rc=0
"$PY" - "$WORK/tapsniff.txt" "$WORK/tcpdump.txt" "$frames" <<'EOF' || rc=$?
import re, sys

def records(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    # tcpdump may leave its last line without a newline; split() does not care.
    return [l.split(" ", 1)[1] if " " in l else "" for l in text.split("\n") if l and not l[0].isspace()]

ours, theirs = records(sys.argv[1]), records(sys.argv[2])
frames = int(sys.argv[3])
eth_part = re.compile(r"^.*?, length \d+: ")

def head(line):
    m = eth_part.match(line)
    return m.group(0) if m else line

failures = 0
if len(theirs) != frames:
    print(f"note: tcpdump printed {len(theirs)} records for {frames} frames")
for i in range(min(len(ours), len(theirs))):
    a, b = head(ours[i]), head(theirs[i])
    if a != b:
        failures += 1
        print(f"FAIL: frame {i + 1}: Ethernet part differs\n    tapsniff: {a!r}\n    tcpdump:  {b!r}")
    else:
        print(f"PASS: frame {i + 1}: {a!r}")
if len(ours) != len(theirs):
    failures += 1
    print(f"FAIL: tapsniff printed {len(ours)} records, tcpdump {len(theirs)}")
sys.exit(1 if failures else 0)
EOF
if [ "$rc" -ne 0 ]; then failures=$((failures + 1)); fi

echo
if [ "$failures" -ne 0 ]; then
    echo "other_test: FAILED"
    exit 1
fi
echo "other_test: all checks passed"
exit 0
