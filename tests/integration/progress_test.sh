#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run through check
# usage: progress_test.sh BIN
# The -r progress line (issue 17, item 13): on stderr when stderr is a terminal and stdout is
# not, for runs longer than a second; never with -q, never when stderr is not a terminal, never
# when stdout is the terminal. script(1) gives tapsniff a pseudo-terminal, as a user's shell
# would. A reader that sleeps (stdout) or a writer that pauses (stdin) makes each run last
# about 1.5 s. Needs no privileges; skipped without script(1).
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
need script "script (util-linux)"
need timeout "timeout (coreutils)"

gen_frames link "$WORK/link.pcap"
# 20 copies of the link set's records (about 21,000 frames, 2.3 MB): text enough to fill a pipe.
"$PY" - "$WORK/link.pcap" "$WORK/big.pcap" <<'PYEOF'
import sys
data = open(sys.argv[1], "rb").read()
open(sys.argv[2], "wb").write(data[:24] + data[24:] * 20)
PYEOF

# on_tty TAG COMMAND: COMMAND (a shell line) on a pseudo-terminal; what the terminal shows goes
# to $WORK/TAG.tty. Bounded by timeout.
on_tty() {
    timeout -k 5 30 script -qec "$2" /dev/null >"$WORK/$1.tty" 2>&1 </dev/null || true
}
has() { grep -q -- "$2" "$WORK/$1.tty"; }
lacks() { ! grep -q -- "$2" "$WORK/$1.tty"; }

slow_reader="(sleep 1.5; cat >/dev/null)"
pausing_writer="(head -c 20000 $WORK/big.pcap; sleep 1.5; tail -c +20001 $WORK/big.pcap)"

# 1. A file, stdout into a pipe whose reader starts late: progress with the percent of the file.
on_tty file "$BIN -r $WORK/big.pcap -t none | $slow_reader"
check "file: a progress line with bytes, percent, frames and rate" \
    grep -Eq "reading $WORK/big\.pcap: [0-9.]+ [KMG]iB of 2\.3 MiB \([0-9]+%\), [0-9]+ frames, [0-9.]+ ?[kM]? frames/s" "$WORK/file.tty"
# The line is redrawn in place ("\r") and erased ("\r" + erase to end of line) before the
# statistics, which then start on a clean line.
check "file: the line is erased before the statistics line" \
    grep -q $'\r\x1b\\[K[0-9]* frames captured, [0-9]* bytes' "$WORK/file.tty"
check "file: no error line" lacks file "tapsniff: "

# 2. stdin from a writer that pauses, stdout to /dev/null: no size, so no percent.
on_tty pipe "$pausing_writer | $BIN -r - -t none >/dev/null"
check "stdin: a progress line without a percent" \
    grep -Eq "reading stdin: [0-9.]+ [KMG]iB, [0-9]+ frames, " "$WORK/pipe.tty"

# 3. -q: nothing on stderr at all.
on_tty quiet "$BIN -r $WORK/big.pcap -t none -q | $slow_reader"
check "-q: no progress line" lacks quiet "reading "
check "-q: nothing on the terminal" test ! -s "$WORK/quiet.tty"

# 4. stderr not a terminal: no progress (a log file gets no "\r" lines).
on_tty notty "$BIN -r $WORK/big.pcap -t none 2>$WORK/notty.err | $slow_reader"
check "stderr to a file: no progress line" sh -c "! grep -q 'reading ' $WORK/notty.err"
check "stderr to a file: the statistics line only" \
    sh -c "[ \$(wc -l < $WORK/notty.err) -eq 1 ] && grep -q 'frames captured' $WORK/notty.err"

# 5. stdout is the terminal: the frames themselves show progress.
on_tty stdout "$pausing_writer | $BIN -r - -t none -c 3000 --color never"
check "stdout a terminal: no progress line" lacks stdout "reading "
check "stdout a terminal: the frames are printed" has stdout "ethertype ARP"

finish
