#!/usr/bin/env bash
# Issue 19: the live tests must pass when the checkout sits in a private directory (root's home,
# a mktemp -d), where the users they switch to cannot reach the build tree. Copies BIN to
# WORK/private/build/tapsniff (WORK/private 0700, as /root/tapsniff/build/tapsniff would be),
# checks that nobody really cannot run it there, and runs with that path every integration
# script that runs tapsniff as another user (setpriv, runuser, su, -Z): found by grep, so a new
# one is covered without touching this file. Each of those creates and deletes its own network
# namespace (lib.sh's require_live). Exit 0 pass, 1 fail, 77 skipped (not root, no tun, no ip
# netns: all of them skipped).
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
lib_init "$@"
# The scripts run below skip for these reasons too; checked here so the skip is this script's
# own message, not a guess from their exit status.
[ "$(id -u)" -eq 0 ] || skip "private directory tests need root (running tapsniff as other users)"
[ -c /dev/net/tun ] || skip "no /dev/net/tun character device"
need ip "iproute2 'ip'"
need setpriv "setpriv (util-linux)"
need timeout "timeout (coreutils)"

private="$WORK/private"
mkdir -p "$private/build"
chmod 0700 "$private"
cp "$BIN" "$private/build/tapsniff"
PRIVATE_BIN="$private/build/tapsniff"

# The premise: without it the scripts below would pass whatever they do. env, not setpriv's own
# exec: setpriv still holds root's capabilities when it execs (see copy_binary_for_other_users).
if setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
    env "$PRIVATE_BIN" --version >/dev/null 2>&1; then
    fail "nobody can run $PRIVATE_BIN: the directory is not private, nothing is tested"
    finish
fi
pass "nobody cannot run $PRIVATE_BIN"

# Scripts that take BIN (lib_init) and switch user outside comments. install_test.sh names -Z
# only in a list of options and takes a build directory: the lib_init test leaves it out.
scripts=()
for f in "$HERE"/*_test.sh; do
    [ "$(basename "$f")" != "$(basename "$0")" ] || continue
    grep -q '^lib_init "\$@"' "$f" || continue
    # In a variable, not a pipe: grep -q stops at the first match, and the writer's SIGPIPE
    # would fail the pipeline (pipefail).
    code="$(grep -v '^[[:space:]]*#' "$f")"
    if grep -Eq '(^|[^[:alnum:]_-])(setpriv|runuser|su)[[:space:]]|[[:space:]]-Z[[:space:]]' <<<"$code"; then
        scripts+=("$f")
    fi
done
# The grep must at least find device_test.sh (--owner, setpriv, -Z), else it has gone blind.
check "device_test.sh is among the scripts that switch user" \
    sh -c 'case " $* " in *"/device_test.sh "*) exit 0 ;; esac; exit 1' sh "${scripts[@]}"

ran=0
for f in "${scripts[@]}"; do
    name="$(basename "$f" .sh)"
    # Bounded: each live script has 120 s in ctest; SIGKILL 5 s after SIGTERM.
    timeout -k 5 120 "$f" "$PRIVATE_BIN" >"$WORK/$name.log" 2>&1
    rc=$?
    case $rc in
    0)
        pass "$name with the binary in a private directory"
        ran=$((ran + 1))
        ;;
    77)
        echo "$name skipped: $(grep -m 1 '^SKIPPED' "$WORK/$name.log")"
        ;;
    *)
        fail "$name with the binary in a private directory (exit $rc):"
        grep -E '^(FAIL|SKIPPED)|FAILED' "$WORK/$name.log" | sed 's/^/    /'
        ;;
    esac
done
[ "$ran" -gt 0 ] || [ "$failures" -gt 0 ] || skip "every script that switches user was skipped"

finish
