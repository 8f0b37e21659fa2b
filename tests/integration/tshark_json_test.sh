#!/usr/bin/env bash
# usage: tshark_json_test.sh BIN
# Second oracle for the JSON Lines output: generates the ip and link frame sets and compares
# every frame's eth/vlan/arp/ipv4/ipv6/icmp/icmp6/udp/tcp members of `tapsniff -r F --json -q`
# with `tshark -r F -T json` (tshark_compare.py says how legitimate differences are handled).
# tshark runs with HOME (and XDG dirs) in a temporary directory, so it writes no profile into
# the real home. Exit 0 pass, 1 mismatch (or < 300 IP frames compared), 77 tshark missing.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BIN" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

if ! command -v tshark >/dev/null 2>&1; then
    echo "SKIPPED: tshark is not installed" >&2
    exit 77
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tapsniff-tshark.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"

/usr/bin/python3 "$here/gen_frames.py" ip "$tmp/ip.pcap"
/usr/bin/python3 "$here/gen_frames.py" link "$tmp/link.pcap"

status=0
timeout -k 5 55 /usr/bin/python3 "$here/tshark_compare.py" --tapsniff "$bin" --min-ip 300 \
    "$tmp/ip.pcap" "$tmp/link.pcap" || status=$?
exit "$status"
