# Sourced by run.sh and test.sh: installs the Debian packages that are missing, and only those.
# Usage: install_missing PACKAGE...

install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "tapsniff: missing packages: ${missing[*]}; run once with sudo to install them" >&2
        return 1
    fi
    echo "tapsniff: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    # tshark asks whether non-root users may capture; answer no, without a prompt.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections 2>/dev/null || true
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What building tapsniff needs.
BUILD_PACKAGES=(g++ cmake ninja-build pkg-config libcli11-dev libfmt-dev libpcap-dev libmnl-dev)
# What the tests need on top: GoogleTest, the tcpdump/tshark oracles, scapy to make frames,
# ip/ping for the live tests in network namespaces, a JSON parser.
TEST_PACKAGES=(libgtest-dev googletest tcpdump tshark python3 python3-scapy iproute2 iputils-ping jq procps dnsmasq-base busybox
               util-linux man-db groff-base dpkg-dev zsh iputils-arping wireshark-common)

# Configures (once) and builds a build directory. Usage: build_tree DIR [CMAKE ARGS...]
build_tree() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >&2
    fi
    cmake --build "$dir" -j"$(nproc)" >&2
}
