#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through check
# --color: auto colours only a terminal and honours NO_COLOR; always/never do what they say.
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
gen_frames link "$WORK/f.pcap"

has_escape() { grep -q $'\x1b\[' "$1"; }
no_escape() { ! grep -q $'\x1b\[' "$1"; }

"$BIN" -r "$WORK/f.pcap" -q -c 5 --color always >"$WORK/always"
check "always: escapes even into a pipe" has_escape "$WORK/always"
"$BIN" -r "$WORK/f.pcap" -q -c 5 --color never >"$WORK/never"
check "never: no escapes" no_escape "$WORK/never"
"$BIN" -r "$WORK/f.pcap" -q -c 5 >"$WORK/auto-pipe"
check "auto into a pipe: no escapes" no_escape "$WORK/auto-pipe"
"$BIN" -r "$WORK/f.pcap" -q -c 5 --json --color always >"$WORK/json"
check "JSON is never coloured" no_escape "$WORK/json"
if command -v script >/dev/null; then
    # script(1) runs tapsniff on a pseudo-terminal, as a user at a shell would.
    env -u NO_COLOR script -qec "$BIN -r $WORK/f.pcap -q -c 5" /dev/null >"$WORK/tty"
    check "auto on a terminal: coloured" has_escape "$WORK/tty"
    NO_COLOR=1 script -qec "$BIN -r $WORK/f.pcap -q -c 5" /dev/null >"$WORK/tty-nocolor"
    check "auto on a terminal with NO_COLOR: not coloured" no_escape "$WORK/tty-nocolor"
    sed -e $'s/\x1b\\[[0-9;]*m//g' -e 's/\r$//' "$WORK/tty" >"$WORK/tty-plain"
    check "colour changes nothing but the escapes" cmp -s "$WORK/tty-plain" "$WORK/auto-pipe"
else
    echo "SKIP terminal checks: script(1) is not installed"
fi
finish
