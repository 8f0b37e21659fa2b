#!/usr/bin/env bash
# Benchmarks tapsniff against tcpdump, tshark and a bare TAP read loop (issue 8), and prints a
# markdown table (also written to build-bench/bench-results.md).
#   sudo scripts/bench.sh
# Installs what is missing (apt-get), builds tapsniff (Release) into build-bench/, generates a
# deterministic pcap of BENCH_FRAMES mixed frames, times the offline modes (BENCH_RUNS rounds,
# each command once per round), checks that the text is identical to tcpdump's, measures peak RSS, and then, as root,
# runs the live benchmark inside a network namespace of its own (created and deleted here; nothing
# is created in, or sent to, the machine's own namespace; only 10.0.0.0/24 inside it is used).
#
# Knobs (environment): BENCH_FRAMES (1000000), BENCH_RUNS (5), BENCH_TSHARK_FRAMES (20000),
# BENCH_CHECK_FRAMES (100000), BENCH_LIVE_FRAMES (2000000), BENCH_LIVE_SECONDS (10),
# BENCH_LIVE_RUNS (3), BENCH_LIVE=0 to skip the live part.
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

FRAMES=${BENCH_FRAMES:-1000000}
RUNS=${BENCH_RUNS:-5}
TSHARK_FRAMES=${BENCH_TSHARK_FRAMES:-20000}
CHECK_FRAMES=${BENCH_CHECK_FRAMES:-100000}
HEXCHECK_FRAMES=10000
SMALL_FRAMES=10000
LIVE=${BENCH_LIVE:-1}
LIVE_FRAMES=${BENCH_LIVE_FRAMES:-2000000}
LIVE_SECONDS=${BENCH_LIVE_SECONDS:-10}
LIVE_RUNS=${BENCH_LIVE_RUNS:-3}
CMD_TIMEOUT=300 # seconds: no single timed command may take longer

BB=$ROOT/build-bench
WORK=$BB/bench-work
RESULTS=$BB/bench-results.md
TAPSNIFF=$BB/tapsniff
NS=tsbench-$$
NS_MADE=0
BG_PIDS=()
REPORTED_DROPS=()

log() { echo "bench: $*" >&2; }
die() {
    echo "bench: $*" >&2
    exit 1
}

# ---------------------------------------------------------------- clean-up

cleanup() {
    local pid
    for pid in "${BG_PIDS[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ "$NS_MADE" = 1 ]; then
        ip netns del "$NS" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- helpers

# Waits (at most SECONDS) until FILE holds a line matching the regex PATTERN.
wait_for_line() {
    local file=$1 pattern=$2 seconds=$3 i
    for ((i = 0; i < seconds * 20; i++)); do
        if grep -qE "$pattern" "$file" 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    return 1
}

# Stops background process PID with SIGNAL, waits at most SECONDS, then SIGKILL. Returns its status.
stop_bg() {
    local pid=$1 sig=$2 seconds=$3 i rc=0
    kill -"$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < seconds * 20; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid did not stop on SIG$sig within ${seconds}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || rc=$?
    local kept=() p
    for p in "${BG_PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
    BG_PIDS=("${kept[@]+"${kept[@]}"}")
    return "$rc"
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Thousands separators: 1234567 -> 1,234,567
commas() { awk -v n="$1" 'BEGIN {s = sprintf("%.0f", n); o = ""; while (length(s) > 3) {o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3)} print s o}'; }

# Runs CMD once with stdout to /dev/null and appends "WALL CPU" (seconds; CPU = user + sys from
# /usr/bin/time) to the file KEY holds. The command's environment is passed in front, e.g.:
#   timed_once td env TZ=UTC tcpdump ...
timed_once() {
    local key=$1 t0 t1 rc=0
    shift
    t0=$EPOCHREALTIME
    timeout "$CMD_TIMEOUT" /usr/bin/time -f '%U %S' -o "$WORK/timed.cpu" "$@" >/dev/null 2>"$WORK/timed.err" || rc=$?
    t1=$EPOCHREALTIME
    if [ "$rc" -ne 0 ]; then
        cat "$WORK/timed.err" >&2
        die "'$*' failed (exit $rc)"
    fi
    awk -v a="$t0" -v b="$t1" '{printf "%.6f %.2f\n", b - a, $1 + $2}' "$WORK/timed.cpu" >>"$WORK/timed.$key"
}

# The median of column COL (1 wall, 2 CPU) of KEY's runs.
med() {
    local values
    mapfile -t values < <(awk -v c="$2" '{print $c}' "$WORK/timed.$1")
    median "${values[@]}"
}

# The median over the rounds of the speed ratio of A to B, frames/s against frames/s, from
# column COL: each round's ratio uses the two runs of that round, so a machine that is slower
# for a while (other guests, frequency) slows both sides of a ratio alike.
med_ratio() {
    local a=$1 b=$2 col=$3 frames_a=$4 frames_b=$5 ratios
    mapfile -t ratios < <(paste -d' ' "$WORK/timed.$a" "$WORK/timed.$b" |
        awk -v c="$col" -v na="$frames_a" -v nb="$frames_b" '{ta = $c; tb = $(c + 2); printf "%.4f\n", (ta > 0 && tb > 0) ? (na / ta) / (nb / tb) : 0}')
    median "${ratios[@]}"
}

fps() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", (t > 0) ? n / t : 0}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.0f %%", 100 * a / b; else print "n/a"}'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a >= b)}'; }
verdict() { if "$@"; then echo "met"; else echo "**not met**"; fi; }

# Peak RSS in KiB of a command (stdout to /dev/null).
peak_rss() {
    local rc=0
    timeout "$CMD_TIMEOUT" /usr/bin/time -v "$@" >/dev/null 2>"$WORK/rss.err" || rc=$?
    [ "$rc" -eq 0 ] || die "'$*' failed under /usr/bin/time (exit $rc)"
    awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/rss.err"
}

# Compares two text files line by line; prints "identical" or "N differing lines (...)".
compare_text() {
    local ours=$1 theirs=$2 diffout=$3 n_ours n_theirs
    if cmp -s "$ours" "$theirs"; then
        rm -f "$diffout"
        echo "identical"
        return
    fi
    diff "$ours" "$theirs" >"$diffout" || true
    n_ours=$(grep -c '^<' "$diffout" || true)
    n_theirs=$(grep -c '^>' "$diffout" || true)
    echo "$n_theirs of tcpdump's $(wc -l <"$theirs") lines differ ($n_ours tapsniff lines); see ${diffout#"$ROOT"/}"
}

# What the differing tcpdump lines are (only summary lines; indented hex lines are not classified).
diff_breakdown() {
    awk '/^> [^ \t]/ {
        k = "other"
        if ($0 ~ /ethertype ARP/) k = "ARP"
        else if ($0 ~ /Flags \[/) k = "TCP"
        else if ($0 ~ /\.53 [>:]|\.53: /) k = "DNS"
        else if ($0 ~ /BOOTP|\.6[78]: /) k = "DHCP"
        else if ($0 ~ /NTP|\.123: /) k = "NTP"
        else if ($0 ~ /: UDP, /) k = "UDP"
        else if ($0 ~ /ICMP6/) k = "ICMPv6"
        else if ($0 ~ /ICMP/) k = "ICMP"
        c[k]++
    } END {s = ""; for (k in c) s = s (s == "" ? "" : ", ") k " " c[k]; print (s == "" ? "hex lines only" : s)}' "$1"
}

# ---------------------------------------------------------------- set-up

[ "$(id -u)" -eq 0 ] || die "run as root (sudo scripts/bench.sh): the live part needs a network namespace"
install_missing "${BUILD_PACKAGES[@]}" gcc tcpdump tshark iproute2 time util-linux
[ -x /usr/bin/time ] || die "/usr/bin/time is missing although the time package is installed"

T_START=$EPOCHREALTIME
log "building tapsniff (Release) in ${BB#"$ROOT"/}"
build_tree "$BB" -DCMAKE_BUILD_TYPE=Release -DTAPSNIFF_TESTS=OFF
[ -x "$TAPSNIFF" ] || die "no $TAPSNIFF after the build"
mkdir -p "$WORK"
rm -f "$WORK"/bench-*.pcap # regenerated below (fast); no stale sizes left behind
for prog in gen_bench_pcap flood bare_read; do
    cc -O2 -Wall -o "$WORK/$prog" "$ROOT/bench/$prog.c"
done

F=$WORK/bench-$FRAMES.pcap
F_SMALL=$WORK/bench-$SMALL_FRAMES.pcap
F_TSHARK=$WORK/bench-$TSHARK_FRAMES.pcap
log "generating $FRAMES frames"
t0=$EPOCHREALTIME
"$WORK/gen_bench_pcap" "$F" "$FRAMES"
log "  took $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.2f", b - a}') s, $(($(stat -c %s "$F") / 1048576)) MiB"
# Same seed: these are prefixes of F.
"$WORK/gen_bench_pcap" "$F_SMALL" "$SMALL_FRAMES"
"$WORK/gen_bench_pcap" "$F_TSHARK" "$TSHARK_FRAMES"

ROWS=()
NOTES=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }

# ---------------------------------------------------------------- text check

log "checking text against tcpdump (first $CHECK_FRAMES frames)"
# Both numberings: relative TCP sequence numbers (the default of both tools, and what is timed
# below) and absolute ones (-S).
timeout "$CMD_TIMEOUT" env -u TZ "$TAPSNIFF" -r "$F" -t none -q -c "$CHECK_FRAMES" >"$WORK/check.tapsniff" ||
    die "tapsniff failed on the text check"
timeout "$CMD_TIMEOUT" env TZ=UTC tcpdump -r "$F" -nn -e -t -c "$CHECK_FRAMES" >"$WORK/check.tcpdump" 2>/dev/null ||
    die "tcpdump failed on the text check"
CHECK_TEXT=$(compare_text "$WORK/check.tapsniff" "$WORK/check.tcpdump" "$BB/bench-text.diff")
timeout "$CMD_TIMEOUT" env -u TZ "$TAPSNIFF" -r "$F" -t none -q -S -c "$CHECK_FRAMES" >"$WORK/checkS.tapsniff" ||
    die "tapsniff -S failed on the text check"
timeout "$CMD_TIMEOUT" env TZ=UTC tcpdump -r "$F" -nn -e -S -t -c "$CHECK_FRAMES" >"$WORK/checkS.tcpdump" 2>/dev/null ||
    die "tcpdump -S failed on the text check"
CHECK_TEXT_S=$(compare_text "$WORK/checkS.tapsniff" "$WORK/checkS.tcpdump" "$BB/bench-text-S.diff")
# A note on what differs: NAME OURS THEIRS DIFF.  Also tells whether TCP sequence numbers are all
# that differ (tcpdump prints them relative to the first segment of a connection it saw).
mask_seq() { sed -E 's/seq [0-9]+(:[0-9]+)?/seq N/; s/ack [0-9]+/ack N/' "$1"; }
diff_note() {
    local masked
    masked=$(diff <(mask_seq "$2") <(mask_seq "$3") | grep -c '^>' || true)
    NOTES+=("$1 differences by kind (tcpdump's summary lines): $(diff_breakdown "$4"); with TCP seq/ack numbers masked: $([ "$masked" -eq 0 ] && echo identical || echo "$masked lines still differ"); first differing frames: $(first_frames "$3" "$2").")
}
# The frame numbers (1-based) of the first differing summary lines and what tcpdump printed there:
# with -t none -q and no -x every frame is one line, so a line number is a frame number.
first_frames() {
    diff --unchanged-line-format= --old-line-format='%dn %L' --new-line-format= "$1" "$2" | grep -v $'^[0-9]* \t' |
        head -3 | sed -E 's/^([0-9]+) (.*)$/frame \1: `\2`/' | paste -sd';' - | sed 's/;/; /g'
}
[ "$CHECK_TEXT" = identical ] || diff_note Text "$WORK/check.tapsniff" "$WORK/check.tcpdump" "$BB/bench-text.diff"
[ "$CHECK_TEXT_S" = identical ] || diff_note "Text (-S)" "$WORK/checkS.tapsniff" "$WORK/checkS.tcpdump" "$BB/bench-text-S.diff"

timeout "$CMD_TIMEOUT" env -u TZ "$TAPSNIFF" -r "$F" -t none -x -q -c "$HEXCHECK_FRAMES" >"$WORK/hexcheck.tapsniff" ||
    die "tapsniff -x failed on the hex check"
timeout "$CMD_TIMEOUT" env TZ=UTC tcpdump -r "$F" -nn -e -t -XX -c "$HEXCHECK_FRAMES" >"$WORK/hexcheck.tcpdump" 2>/dev/null ||
    die "tcpdump -XX failed on the hex check"
CHECK_HEX=$(compare_text "$WORK/hexcheck.tapsniff" "$WORK/hexcheck.tcpdump" "$BB/bench-hex.diff")
[ "$CHECK_HEX" = identical ] || diff_note Hex "$WORK/hexcheck.tapsniff" "$WORK/hexcheck.tcpdump" "$BB/bench-hex.diff"

row "text check: \`tapsniff -t none -q\` vs \`TZ=UTC tcpdump -nn -e -t\` (relative TCP numbers), first $(commas "$CHECK_FRAMES") frames" \
    "$CHECK_TEXT" "" "" "identical"
row "text check: \`tapsniff -t none -q -S\` vs \`TZ=UTC tcpdump -nn -e -S -t\` (absolute TCP numbers), first $(commas "$CHECK_FRAMES") frames" \
    "$CHECK_TEXT_S" "" "" "identical"
row "hex check: \`tapsniff -t none -x -q\` vs \`TZ=UTC tcpdump -nn -e -t -XX\`, first $(commas "$HEXCHECK_FRAMES") frames" \
    "$CHECK_HEX" "" "" "identical"

# ---------------------------------------------------------------- offline speed

log "offline timings: $RUNS rounds, each command once per round"
NF=$(commas "$FRAMES")
KEYS=(ts td tdtz tsx tdx tsj tsh)
for k in "${KEYS[@]}"; do rm -f "$WORK/timed.$k"; done
for ((round = 0; round < RUNS; round++)); do
    timed_once ts env -u TZ "$TAPSNIFF" -r "$F" -q
    timed_once td env TZ=UTC tcpdump -r "$F" -nn -e
    timed_once tdtz env -u TZ tcpdump -r "$F" -nn -e
    timed_once tsx env -u TZ "$TAPSNIFF" -r "$F" -x -q
    timed_once tdx env TZ=UTC tcpdump -r "$F" -nn -e -XX
    timed_once tsj env -u TZ "$TAPSNIFF" -r "$F" --json -q
    timed_once tsh tshark -r "$F_TSHARK" -T ek
done
for k in "${KEYS[@]}"; do
    log "  $k: wall $(awk '{print $1}' "$WORK/timed.$k" | paste -sd' ') s; cpu $(awk '{print $2}' "$WORK/timed.$k" | paste -sd' ') s"
done
t_ts=$(med ts 1) t_td=$(med td 1) t_tdtz=$(med tdtz 1) t_tsx=$(med tsx 1) t_tdx=$(med tdx 1) t_tsj=$(med tsj 1) t_tsh=$(med tsh 1)
c_ts=$(med ts 2) c_td=$(med td 2) c_tdtz=$(med tdtz 2) c_tsx=$(med tsx 2) c_tdx=$(med tdx 2) c_tsj=$(med tsj 2) c_tsh=$(med tsh 2)
for v in t_ts c_ts t_td c_td t_tdtz c_tdtz t_tsx c_tsx t_tdx c_tdx t_tsj c_tsj t_tsh c_tsh; do
    [ -n "${!v:-}" ] || die "offline timings failed (no $v)"
done

# Frames/s from the median times; the ratios are the medians of each round's ratio.
f_ts=$(fps "$FRAMES" "$t_ts") f_td=$(fps "$FRAMES" "$t_td") f_tdtz=$(fps "$FRAMES" "$t_tdtz")
f_tsx=$(fps "$FRAMES" "$t_tsx") f_tdx=$(fps "$FRAMES" "$t_tdx")
f_tsj=$(fps "$FRAMES" "$t_tsj") f_tsh=$(fps "$TSHARK_FRAMES" "$t_tsh")
two() { awk -v v="$1" 'BEGIN {printf "%.2f", v}'; }
r_sum=$(two "$(med_ratio ts td 1 "$FRAMES" "$FRAMES")") r_sumtz=$(two "$(med_ratio ts tdtz 1 "$FRAMES" "$FRAMES")")
r_hex=$(two "$(med_ratio tsx tdx 1 "$FRAMES" "$FRAMES")") r_json=$(two "$(med_ratio tsj tsh 1 "$FRAMES" "$TSHARK_FRAMES")")
# The same ratios from CPU time: less sensitive to whatever else runs on the machine.
cr_sum=$(two "$(med_ratio ts td 2 "$FRAMES" "$FRAMES")") cr_sumtz=$(two "$(med_ratio ts tdtz 2 "$FRAMES" "$FRAMES")")
cr_hex=$(two "$(med_ratio tsx tdx 2 "$FRAMES" "$FRAMES")") cr_json=$(two "$(med_ratio tsj tsh 2 "$FRAMES" "$TSHARK_FRAMES")")
NOTES+=("Offline ratios from CPU time (user + sys; median of the $RUNS rounds' ratios) instead of wall time: summary ${cr_sum}× (default TZ ${cr_sumtz}×), hex ${cr_hex}×, JSON ${cr_json}×. Median CPU seconds for $NF frames, tapsniff: -q $c_ts, -x $c_tsx, --json $c_tsj; tcpdump: $c_td (TZ=UTC), $c_tdtz (default TZ), -XX $c_tdx; tshark -T ek: $c_tsh for $(commas "$TSHARK_FRAMES") frames. Wall seconds of each round, in order: tapsniff -q $(awk '{print $1}' "$WORK/timed.ts" | paste -sd' '), tcpdump $(awk '{print $1}' "$WORK/timed.td" | paste -sd' ').")
DEFAULT_TZ=$(readlink /etc/localtime 2>/dev/null | sed 's|.*/zoneinfo/||' || true)

row "offline summary, $NF frames: \`tapsniff -r F -q\` vs \`TZ=UTC tcpdump -r F -nn -e\`" \
    "$(commas "$f_ts") fr/s" "$(commas "$f_td") fr/s" "${r_sum}×" "≥ 5× ($(verdict ge "$r_sum" 5))"
row "offline summary, $NF frames: same vs \`tcpdump -r F -nn -e\`, default TZ (${DEFAULT_TZ:-unset})" \
    "$(commas "$f_ts") fr/s" "$(commas "$f_tdtz") fr/s" "${r_sumtz}×" "(for comparison)"
row "offline hex, $NF frames: \`tapsniff -r F -x -q\` vs \`TZ=UTC tcpdump -r F -nn -e -XX\`" \
    "$(commas "$f_tsx") fr/s" "$(commas "$f_tdx") fr/s" "${r_hex}×" "≥ 10× ($(verdict ge "$r_hex" 10))"
row "offline JSON: \`tapsniff -r F --json -q\` ($NF frames) vs \`tshark -r P -T ek\` (P = first $(commas "$TSHARK_FRAMES") frames of F; tshark is slow)" \
    "$(commas "$f_tsj") fr/s" "$(commas "$f_tsh") fr/s" "${r_json}×" "≥ 100× ($(verdict ge "$r_json" 100))"

# ---------------------------------------------------------------- peak RSS

log "peak RSS"
rss_ts_s=$(peak_rss env -u TZ "$TAPSNIFF" -r "$F_SMALL" -q)
rss_ts_l=$(peak_rss env -u TZ "$TAPSNIFF" -r "$F" -q)
rss_td_s=$(peak_rss env TZ=UTC tcpdump -r "$F_SMALL" -nn -e)
rss_td_l=$(peak_rss env TZ=UTC tcpdump -r "$F" -nn -e)
rss_ok() { [ "$rss_ts_s" -le 8192 ] && [ "$rss_ts_l" -le 8192 ] && [ $((rss_ts_l - rss_ts_s)) -le 512 ]; }
row "peak RSS, text, $(commas "$SMALL_FRAMES") frames (\`/usr/bin/time -v\`)" \
    "$(commas "$rss_ts_s") KiB" "$(commas "$rss_td_s") KiB (tcpdump)" "$(ratio "$rss_ts_s" "$rss_td_s")×" "≤ 8 MiB"
row "peak RSS, text, $NF frames" \
    "$(commas "$rss_ts_l") KiB" "$(commas "$rss_td_l") KiB (tcpdump)" "$(ratio "$rss_ts_l" "$rss_td_l")×" \
    "≤ 8 MiB, flat from 10 k to 1 M ($(verdict rss_ok))"

# ---------------------------------------------------------------- live

# Everything below happens inside $NS only.
nsx() { ip netns exec "$NS" "$@"; }

tx_dropped() { nsx cat /sys/class/net/tap0/statistics/tx_dropped; }

# Runs the flooder on tap0; sets SENT and SEND_SECONDS.
flood() {
    local out
    out=$(timeout $((LIVE_SECONDS + 10)) ip netns exec "$NS" "$WORK/flood" tap0 "$LIVE_FRAMES" "$LIVE_SECONDS") ||
        die "flood failed"
    SENT=$(awk '/^sent/ {print $2}' <<<"$out")
    SEND_SECONDS=$(awk '/^sent/ {print $5}' <<<"$out")
    if [ -z "$SENT" ] || [ -z "$SEND_SECONDS" ]; then die "flood printed no result: $out"; fi
}

# tap0 is there and attached: bring it up with the address, a static neighbour, no IPv6 chatter.
configure_tap() {
    nsx ip link set tap0 up
    nsx ip addr add 10.0.0.1/24 dev tap0 2>/dev/null || true # tapsniff -a may have added it
    nsx ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev tap0 nud permanent
}

live_tapsniff() {
    local err=$WORK/live-tapsniff.err pid drop0 drop1 line
    : >"$err" # empty before the start, or the wait below may see the previous run's line
    ip netns exec "$NS" "$TAPSNIFF" -i tap0 -a 10.0.0.1/24 >/dev/null 2>"$err" &
    pid=$!
    BG_PIDS+=("$pid")
    wait_for_line "$err" 'listening on tap0' 10 || die "tapsniff did not start: $(cat "$err")"
    configure_tap
    drop0=$(tx_dropped)
    flood
    sleep 1
    drop1=$(tx_dropped)
    stop_bg "$pid" INT 5 || die "tapsniff exited with an error: $(cat "$err")"
    line=$(grep -E '^[0-9]+ frames captured' "$err" | tail -1)
    [ -n "$line" ] || die "tapsniff printed no stop line: $(cat "$err")"
    RECV=$(awk '{print $1}' <<<"$line")
    REPORTED_DROPS+=("$(awk -F', ' '{print $3}' <<<"$line" | awk '{print $1}')")
    DROPS=$((drop1 - drop0))
}

live_bare() {
    local out=$WORK/live-bare.out pid drop0 drop1
    : >"$out"
    ip netns exec "$NS" "$WORK/bare_read" tap0 >"$out" 2>"$WORK/live-bare.err" &
    pid=$!
    BG_PIDS+=("$pid")
    wait_for_line "$out" '^ready$' 10 || die "bare_read did not start: $(cat "$WORK/live-bare.err")"
    configure_tap
    drop0=$(tx_dropped)
    flood
    sleep 1
    drop1=$(tx_dropped)
    stop_bg "$pid" INT 5 || die "bare_read failed: $(cat "$WORK/live-bare.err")"
    RECV=$(awk '/frames,/ {print $1}' "$out")
    [ -n "$RECV" ] || die "bare_read printed no count"
    DROPS=$((drop1 - drop0))
}

# tcpdump on a persistent tap0; a holder keeps it attached (carrier on) without reading, so the
# kernel transmits the frames (tcpdump sees them through its packet socket) and then drops them.
live_tcpdump() {
    local err=$WORK/live-tcpdump.err hold=$WORK/live-hold.out pid hpid
    : >"$err"
    : >"$hold"
    nsx ip tuntap add tap0 mode tap
    ip netns exec "$NS" "$WORK/bare_read" tap0 --hold >"$hold" 2>&1 &
    hpid=$!
    BG_PIDS+=("$hpid")
    wait_for_line "$hold" '^ready$' 10 || die "bare_read --hold did not start"
    configure_tap
    ip netns exec "$NS" tcpdump -i tap0 -nn -e >/dev/null 2>"$err" &
    pid=$!
    BG_PIDS+=("$pid")
    wait_for_line "$err" 'listening on tap0' 10 || die "tcpdump did not start: $(cat "$err")"
    flood
    sleep 1
    stop_bg "$pid" INT 5 || true
    stop_bg "$hpid" TERM 5 || true
    nsx ip tuntap del tap0 mode tap
    RECV=$(awk '/packets captured/ {print $1}' "$err")
    DROPS=$(awk '/packets dropped by kernel/ {print $1}' "$err")
    [ -n "$RECV" ] || die "tcpdump printed no count: $(cat "$err")"
}

# Waits (bounded) until tap0 is gone from the namespace.
wait_tap_gone() {
    local i
    for ((i = 0; i < 100; i++)); do
        nsx ip link show tap0 >/dev/null 2>&1 || return 0
        sleep 0.05
    done
    die "tap0 is still there"
}

# Runs live_KIND LIVE_RUNS times; sets <KIND>_RATE (median frames/s), <KIND>_DESC.
live_series() {
    local kind=$1 i rates=() recvs=() sents=() drops=() rate mid
    for ((i = 0; i < LIVE_RUNS; i++)); do
        "live_$kind"
        wait_tap_gone
        rate=$(fps "$RECV" "$SEND_SECONDS")
        log "  $kind run $((i + 1)): received $RECV of $SENT sent in $SEND_SECONDS s = $rate fr/s, dropped $DROPS"
        rates+=("$rate") recvs+=("$RECV") sents+=("$SENT") drops+=("$DROPS")
    done
    rate=$(median "${rates[@]}")
    # The run whose rate is the median gives the counts shown next to it.
    for ((i = 0; i < LIVE_RUNS; i++)); do
        if [ "${rates[$i]}" = "$rate" ]; then mid=$i; fi
    done
    mid=${mid:-0}
    printf -v "${kind^^}_RATE" '%s' "$rate"
    printf -v "${kind^^}_RECV" '%s' "${recvs[$mid]}"
    printf -v "${kind^^}_SENT" '%s' "${sents[$mid]}"
    printf -v "${kind^^}_DROPS" '%s' "${drops[$mid]}"
    printf -v "${kind^^}_ALLDROPS" '%s' "${drops[*]}"
}

if [ "$LIVE" = 1 ]; then
    [ -c /dev/net/tun ] || die "/dev/net/tun is missing: cannot run the live part (BENCH_LIVE=0 skips it)"
    log "live: namespace $NS, $LIVE_RUNS runs each, $(commas "$LIVE_FRAMES") frames or ${LIVE_SECONDS}s per run"
    ip netns add "$NS"
    NS_MADE=1
    nsx ip link set lo up
    nsx sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    live_series tapsniff
    live_series bare
    live_series tcpdump
    ip netns del "$NS"
    NS_MADE=0

    r_live=$(awk -v a="$TAPSNIFF_RATE" -v b="$BARE_RATE" 'BEGIN {printf "%.0f", 100 * a / b}')
    live_ok() { [ "$r_live" -ge 90 ] && [ "$TAPSNIFF_DROPS" -le "$BARE_DROPS" ]; }
    row "live receive, 64-byte frames flooded out of tap0 (AF_PACKET) in a netns: \`tapsniff -i tap0 -a 10.0.0.1/24\` vs bare read loop (\`bench/bare_read.c\`); median of $LIVE_RUNS runs" \
        "$(commas "$TAPSNIFF_RATE") fr/s ($(commas "$TAPSNIFF_RECV") of $(commas "$TAPSNIFF_SENT") sent = $(pct "$TAPSNIFF_RECV" "$TAPSNIFF_SENT"); tx_dropped $(commas "$TAPSNIFF_DROPS"))" \
        "$(commas "$BARE_RATE") fr/s ($(commas "$BARE_RECV") of $(commas "$BARE_SENT") sent = $(pct "$BARE_RECV" "$BARE_SENT"); tx_dropped $(commas "$BARE_DROPS"))" \
        "${r_live} %" "≥ 90 % of the bare loop and no more tx_dropped ($(verdict live_ok))"
    row "live capture: tapsniff vs \`tcpdump -i tap0 -nn -e\` (on a persistent tap0, frames seen via its packet socket)" \
        "$(commas "$TAPSNIFF_RATE") fr/s" \
        "$(commas "$TCPDUMP_RATE") fr/s ($(commas "$TCPDUMP_RECV") of $(commas "$TCPDUMP_SENT") sent = $(pct "$TCPDUMP_RECV" "$TCPDUMP_SENT"); $(commas "$TCPDUMP_DROPS") dropped by kernel)" \
        "$(ratio "$TAPSNIFF_RATE" "$TCPDUMP_RATE")×" "(for comparison)"
    NOTES+=("Live: tx_dropped per run, tapsniff: ${TAPSNIFF_ALLDROPS} (its own stop line said: ${REPORTED_DROPS[*]}); bare loop: ${BARE_ALLDROPS}. Rates are frames counted by the reader / the sender's duration; sender and reader share the $(nproc) CPUs.")
else
    log "live part skipped (BENCH_LIVE=$LIVE)"
fi

# ---------------------------------------------------------------- report

ELAPSED=$(awk -v a="$T_START" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.0f", b - a}')
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
{
    echo "## tapsniff benchmark"
    echo
    echo "Machine: $(nproc) CPUs, ${CPU:-unknown CPU}, kernel $(uname -r), $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "tapsniff $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') (working tree as built), Release; $(tcpdump --version 2>&1 | head -1); $(tshark --version 2>/dev/null | head -1 | sed 's/ (Git.*//')."
    echo "F = deterministic generated pcap (\`bench/gen_bench_pcap.c\`), $NF frames, $(($(stat -c %s "$F") / 1048576)) MiB: ARP (plain, 802.1Q, 802.1ad), IPv4/IPv6, ICMP, ICMPv6, UDP, TCP flows, and 10 % DNS (6 %), DHCP (2 %) and NTP (2 %), 42–1514 bytes."
    echo "Offline figures: frames/s from the median wall time of $RUNS runs, output to /dev/null; every command runs once per round, and a ratio is the median of the rounds' ratios. Script run time: ${ELAPSED} s (build included)."
    echo
    echo "| benchmark | tapsniff | peer | ratio | goal |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    if [ ${#NOTES[@]} -gt 0 ]; then
        echo
        printf -- '- %s\n' "${NOTES[@]}"
    fi
} | tee "$RESULTS"
log "written to ${RESULTS#"$ROOT"/}"
