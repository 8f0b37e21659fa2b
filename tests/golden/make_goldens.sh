#!/usr/bin/env bash
# Regenerates the golden captures and tcpdump 4.99.3's exact text for them. Run it by hand when a
# frame set changes (it is not part of the test run, which needs no tcpdump):
#   tests/golden/make_goldens.sh
# Each set NAME becomes NAME.pcap (frames made by a generator in this repository, never fetched
# captures) plus
#   NAME.txt    tcpdump -nn -e -t -r NAME.pcap        (relative TCP numbers, tcpdump's default)
#   NAME.S.txt  tcpdump -nn -e -t -S -r NAME.pcap     (absolute TCP numbers)
#   NAME.x.txt  tcpdump -nn -e -t -XX -r NAME.pcap    (hex dumps, as tapsniff -x prints them)
# golden_test.sh then checks that tapsniff prints exactly these.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
v=$(tcpdump --version 2>&1 | head -1)
case "$v" in
    *"4.99.3"*) ;;
    *) echo "make_goldens: tcpdump 4.99.3 is the oracle; found: $v" >&2; exit 1 ;;
esac
PY=/usr/bin/python3   # Debian's python3 has python3-scapy

# The frame sets: NAME and the command that writes NAME.pcap.
sets=(
    "link|$PY ../integration/gen_frames.py link link.pcap"
    "ip|$PY ../integration/gen_frames.py ip ip.pcap"
)
for gen in gen/*.py; do
    [ -e "$gen" ] || continue
    name=$(basename "$gen" .py)
    sets+=("$name|$PY $gen $name.pcap")
done

for entry in "${sets[@]}"; do
    name=${entry%%|*}
    cmd=${entry#*|}
    eval "$cmd"
    LC_ALL=C TZ=UTC tcpdump -nn -e -t -r "$name.pcap" > "$name.txt" 2>/dev/null
    LC_ALL=C TZ=UTC tcpdump -nn -e -t -S -r "$name.pcap" > "$name.S.txt" 2>/dev/null
    LC_ALL=C TZ=UTC tcpdump -nn -e -t -XX -r "$name.pcap" > "$name.x.txt" 2>/dev/null
    echo "make_goldens: $name: $(wc -l < "$name.txt") lines"
done
