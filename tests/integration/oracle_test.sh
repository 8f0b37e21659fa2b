#!/usr/bin/env bash
# usage: oracle_test.sh BIN SET [--hex]
#   BIN  tapsniff binary
#   SET  frame set for gen_frames.py: link | ip | all
#   further arguments (--hex, --report N) go to oracle_compare.py
# Generates the frame set into a temporary directory and compares
# tapsniff's output with tcpdump's; exit status is that of oracle_compare.py.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 BIN SET [--hex]" >&2
    exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
bin="$1"
set_name="$2"
shift 2

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tapsniff-oracle.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 "$here/gen_frames.py" "$set_name" "$tmp/$set_name.pcap"

status=0
/usr/bin/python3 "$here/oracle_compare.py" --tapsniff "$bin" \
    --pcap "$tmp/$set_name.pcap" "$@" || status=$?
exit "$status"
