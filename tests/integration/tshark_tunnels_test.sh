#!/usr/bin/env bash
# usage: tshark_tunnels_test.sh BIN
# JSON oracle for the tunnel layers: every gre/mpls/pppoe/ppp/esp/ah/sctp/macsec object and every
# inner IPv4/IPv6 header of `tapsniff --json` on the committed golden capture tests/golden/tunnels.pcap
# compared with `tshark -T json` (tshark_tunnels.py). tshark runs with HOME in a temporary
# directory. Exit 0 pass, 1 mismatch (or fewer than 400 fields compared), 77 tshark missing.
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
timeout -k 5 55 /usr/bin/python3 "$here/tshark_tunnels.py" --tapsniff "$bin" --min 400 "$here/../golden/tunnels.pcap"
