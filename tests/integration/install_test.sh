#!/usr/bin/env bash
# usage: install_test.sh BUILD_DIR        (or the path of the tapsniff binary inside it)
# Packaging checks (issue 10) on an already built tree, fast and without root:
#   - cmake --install into a temporary prefix: bin/tapsniff, the man page, both completions;
#   - the installed binary runs (--version);
#   - the installed man page renders with no warnings (MANWIDTH=80 man --warnings -l);
#   - bash -n on the bash completion, zsh -n on the zsh one (skipped, loudly, without zsh);
#   - cpack builds the .deb into a temporary directory; dpkg-deb -c lists the expected
#     paths and dpkg-deb -I shows Depends on libpcap0.8, libfmt9 and libmnl0.
# Installs nothing. Needs man-db, groff-base, dpkg-dev (dpkg-shlibdeps); zsh is optional.
# Exit 0 pass, 1 fail, 2 usage.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build="$1"
[ -f "$build" ] && build="$(dirname "$build")"
build="$(cd "$build" && pwd)"
# A binary in a subdirectory of the build tree: walk up to the tree's top.
while [ ! -f "$build/CPackConfig.cmake" ] && [ "$build" != / ]; do build="$(dirname "$build")"; done
if [ ! -f "$build/CPackConfig.cmake" ] || [ ! -f "$build/cmake_install.cmake" ]; then
    echo "FAIL: $1 is not a configured tapsniff build tree (no CPackConfig.cmake)"
    exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tapsniff-install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

missing=()
for tool in man groff dpkg-deb dpkg-shlibdeps cpack; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL: missing ${missing[*]} (Debian packages man-db, groff-base, dpkg-dev; scripts/test.sh installs them)"
    exit 1
fi

# --- cmake --install into a temporary prefix ---------------------------------------------
prefix="$tmp/prefix"
if cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
    pass "cmake --install --prefix TMP"
else
    fail "cmake --install --prefix TMP: $(tail -3 "$tmp/install.log")"
fi
installed=(
    bin/tapsniff
    share/man/man8/tapsniff.8
    share/bash-completion/completions/tapsniff
    share/zsh/vendor-completions/_tapsniff
    share/doc/tapsniff/json.md
)
for f in "${installed[@]}"; do
    if [ -f "$prefix/$f" ]; then pass "installed $f"; else fail "not installed: $f"; fi
done

# --- the installed binary ----------------------------------------------------------------
if out="$("$prefix/bin/tapsniff" --version 2>&1)" && [[ $out == "tapsniff "* ]]; then
    pass "installed tapsniff --version: ${out%%$'\n'*}"
else
    fail "installed tapsniff --version: $out"
fi

# --- the man page ------------------------------------------------------------------------
man_page="$prefix/share/man/man8/tapsniff.8"
if [ -f "$man_page" ]; then
    warnings="$(MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >"$tmp/man.txt")" || true
    if [ -n "$warnings" ]; then
        fail "man --warnings: $warnings"
    elif ! grep -q '^SYNOPSIS' "$tmp/man.txt"; then
        fail "man page rendered without a SYNOPSIS section"
    else
        pass "man page renders without warnings"
    fi
    # Every option of the command line is documented.
    for opt in -i --interface -r --read -w --write --no-print -c --count -x --hex -v --verbose \
               --json -t --time --color -q --quiet --up -a --address --mtu --persist --owner \
               --group -Z --user --tun --respond -V --version -h --help; do
        grep -q -- "$opt\\b" "$tmp/man.txt" || fail "man page does not mention $opt"
    done
    for section in 'FILTER EXPRESSION' OUTPUT EXAMPLES 'EXIT STATUS' FILES ENVIRONMENT 'SEE ALSO'; do
        grep -q "^$section\$" "$tmp/man.txt" || fail "man page has no $section section"
    done
fi

# --- completions -------------------------------------------------------------------------
bash_completion="$prefix/share/bash-completion/completions/tapsniff"
if [ -f "$bash_completion" ]; then
    if bash -n "$bash_completion"; then pass "bash -n completion"; else fail "bash -n completion"; fi
    # The -t and --color values, as bash would complete them.
    got="$(bash -c 'source "$1"; COMP_WORDS=(tapsniff -t ""); COMP_CWORD=2; _tapsniff; echo "${COMPREPLY[*]}"' _ "$bash_completion")"
    if [ "$got" = "abs epoch rel delta none" ]; then pass "bash completes -t"; else fail "bash completes -t as '$got'"; fi
    got="$(bash -c 'source "$1"; COMP_WORDS=(tapsniff --color ""); COMP_CWORD=2; _tapsniff; echo "${COMPREPLY[*]}"' _ "$bash_completion")"
    if [ "$got" = "auto always never" ]; then pass "bash completes --color"; else fail "bash completes --color as '$got'"; fi
fi
zsh_completion="$prefix/share/zsh/vendor-completions/_tapsniff"
if ! command -v zsh >/dev/null; then
    echo "SKIP: zsh -n completion (zsh is not installed)"
elif [ -f "$zsh_completion" ]; then
    if zsh -n "$zsh_completion"; then pass "zsh -n completion"; else fail "zsh -n completion"; fi
fi

# --- the .deb ----------------------------------------------------------------------------
debdir="$tmp/deb"
if cpack --config "$build/CPackConfig.cmake" -G DEB -B "$debdir" >"$tmp/cpack.log" 2>&1; then
    pass "cpack -G DEB"
else
    fail "cpack -G DEB: $(tail -5 "$tmp/cpack.log")"
fi
shopt -s nullglob
debs=("$debdir"/tapsniff_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    fail "cpack made ${#debs[@]} tapsniff_*.deb files"
else
    deb="${debs[0]}"
    dpkg-deb -c "$deb" >"$tmp/contents"
    for f in "${installed[@]}"; do
        if grep -q " \\./usr/$f\$" "$tmp/contents"; then pass "deb contains /usr/$f"; else fail "deb lacks /usr/$f"; fi
    done
    fields="$(dpkg-deb -f "$deb" Package Section Depends)"
    depends="$(dpkg-deb -f "$deb" Depends)"
    for lib in libpcap0.8 libfmt9 libmnl0; do
        if [[ ", $depends" == *", $lib "* || ", $depends," == *", $lib,"* ]]; then
            pass "Depends has $lib"
        else
            fail "Depends lacks $lib: $depends"
        fi
    done
    grep -qx 'Package: tapsniff' <<<"$fields" || fail "deb Package is not tapsniff"
    grep -qx 'Section: net' <<<"$fields" || fail "deb Section is not net"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all packaging checks passed"
