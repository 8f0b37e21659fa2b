// VRRP: decoder, tcpdump text (print-vrrp.c's vrrp_print without -v) and fields.
#include "proto/vrrp/vrrp.hpp"

#include <algorithm>
#include <array>

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 8;
constexpr std::uint8_t kAdvertisement = 1;

// Up to `count` addresses of N bytes, as many as were captured.
template <std::size_t N>
std::span<const std::array<std::uint8_t, N>> read_addresses(Decoder& d, Cursor& c, std::uint8_t count) {
    const std::size_t n = std::min<std::size_t>(count, c.remaining() / N);
    if (n == 0) return {};
    auto* addrs = d.frame.allocate_array<std::array<std::uint8_t, N>>(n);
    if (addrs == nullptr) return {};
    for (std::size_t i = 0; i < n; ++i) addrs[i] = *c.array<N>();
    return {addrs, n};
}

}  // namespace

void decode_vrrp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    auto* m = d.frame.add<VrrpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->captured = static_cast<std::uint32_t>(data.size());
    if (ip.v4 != nullptr) m->ttl = ip.v4->ttl;
    else if (ip.v6 != nullptr) m->ttl = ip.v6->hop_limit;
    Cursor c(data);
    // What tcpdump prints of a cut header comes from the bytes that are there.
    const std::uint8_t typever = c.peek(0).value_or(0);
    m->version = static_cast<std::uint8_t>(typever >> 4U);
    m->type = static_cast<std::uint8_t>(typever & 0x0fU);
    m->vrid = c.peek(1).value_or(0);
    m->priority = c.peek(2).value_or(0);
    m->addr_count = c.peek(3).value_or(0);
    m->byte4 = c.peek(4).value_or(0);
    m->byte5 = c.peek(5).value_or(0);
    auto header = c.sub(kHeaderLen);
    const bool advertisement = (m->version == 2 || m->version == 3) && m->type == kAdvertisement;
    if (!header) {
        // tcpdump reads no more than the type of anything but a v2/v3 advertisement.
        if (data.empty() || (advertisement && !m->has(6))) d.cut("vrrp");
        return;
    }
    header->skip(6);
    m->checksum.value = *header->be16();
    d.frame.set_presence(Presence::complete);
    if (d.options.verify_checksums && data.size() >= wire_len) {
        const Bytes covered = data.first(wire_len);
        if (m->version == 3) m->checksum = verify_upper_checksum(ip, vrrp::kIpProtocol, covered, m->checksum.value);
        else m->checksum = verify_checksum(ChecksumSum{}, covered, m->checksum.value);
    }
    if (ip.v4 != nullptr) m->addrs4 = read_addresses<4>(d, c, m->addr_count);
    else m->addrs6 = read_addresses<16>(d, c, m->addr_count);
}

namespace {

const char* auth_name(std::uint8_t type) {
    switch (type) {
        case 0: return "none";
        case 1: return "simple";
        case 2: return "ah";
        default: return nullptr;
    }
}

// false when cut (the caller prints the mark).
bool vrrp_words(OutBuffer& out, const VrrpLayer& m) {
    text::append(out, "VRRP");
    if (!m.has(1)) return false;
    if (m.type == kAdvertisement) TS_PUT(out, "v{}, Advertisement", m.version);
    else TS_PUT(out, "v{}, unknown type ({})", m.version, m.type);
    if (m.ttl != 255) TS_PUT(out, ", (ttl {})", m.ttl);
    if (m.version < 2 || m.version > 3 || m.type != kAdvertisement) return true;
    if (!m.has(3)) return false;
    TS_PUT(out, ", vrid {}, prio {}", m.vrid, m.priority);
    if (m.version == 2) {
        if (!m.has(5)) return false;
        if (const char* name = auth_name(m.byte4)) TS_PUT(out, ", authtype {}", name);
        else TS_PUT(out, ", authtype #{}", m.byte4);
        if (!m.has(6)) return false;
        TS_PUT(out, ", intvl {}s, length {}", m.byte5, m.length);
    } else {
        if (!m.has(6)) return false;
        TS_PUT(out, ", intvl {}cs, length {}", m.interval_v3(), m.length);
    }
    return true;
}

void vrrp_text(const TextContext& t, std::size_t index) {
    const VrrpLayer& m = *t.frame.get<VrrpLayer>(index);
    if (!vrrp_words(t.out, m)) text::append_trunc(t.out, "vrrp");
}

const char* type_name(std::uint64_t v) { return v == kAdvertisement ? "Advertisement" : nullptr; }
const char* auth_type_name(std::uint64_t v) {
    switch (v) {
        case 0: return "No Authentication";
        case 1: return "Simple Text Authentication [RFC 2338] / Reserved [RFC 3768]";
        case 2: return "IP Authentication Header [RFC 2338] / Reserved [RFC 3768]";
        default: return nullptr;
    }
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kType{"type", "Packet type", 0, type_name};
constexpr Field kVrid{"virt_rtr_id", "Virtual Rtr ID"};
constexpr Field kPriority{"prio", "Priority"};
constexpr Field kAddrCount{"addr_count", "Addr Count"};
constexpr Field kAuthType{"auth_type", "Auth Type", 0, auth_type_name};
constexpr Field kInterval{"adver_int", "Adver Int", 0, nullptr, nullptr, "seconds"};
constexpr Field kInterval3{"short_adver_int", "Adver Int", 0, nullptr, nullptr, "centiseconds"};
constexpr Field kChecksum{"checksum", "Checksum", 4};
// Tree only: tshark repeats "vrrp.ip_addr" once per address, which a JSON object cannot hold.
constexpr Field kAddresses{"", "Virtual addresses"};
constexpr Field kAddress{"", "IP Address"};

}  // namespace

template <class W>
void describe(const VrrpLayer& m, W& w) {
    w.num(kVersion, m.version);
    w.num(kType, m.type);
    w.num(kVrid, m.vrid);
    w.num(kPriority, m.priority);
    w.num(kAddrCount, m.addr_count);
    if (m.version == 3) {
        w.num(kInterval3, m.interval_v3());
    } else {
        w.num(kAuthType, m.byte4);
        w.num(kInterval, m.byte5);
    }
    w.checksum(kChecksum, m.checksum);
    w.begin_list(kAddresses);
    for (const Ipv4Address& a : m.addrs4) w.ipv4(kAddress, a);
    for (const Ipv6Address& a : m.addrs6) w.ipv6(kAddress, a);
    w.end_list(kAddresses);
}

const Protocol VrrpLayer::protocol =
    make_protocol<VrrpLayer>("vrrp", "vrrp", "Virtual Router Redundancy Protocol", vrrp_text);

}  // namespace tapsniff
