// OSPF: decoder, tcpdump text (print-ospf.c's ospf_print and print-ospf6.c's ospf6_print without
// -v) and fields.
#include "proto/ospf/ospf.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kCommonLen = 16;  // both versions' fields up to the v2 auth type / v3 reserved byte

// What tcpdump's text needs captured: OSPFv2 reads the auth type first, and with MD5 the trailing
// digest no longer counts as captured; OSPFv3 reads the version and type.
bool text_cut(const OspfLayer& m) {
    if (m.over_ipv6) return !m.has(2);
    if (!m.has(kCommonLen)) return true;
    const std::size_t trailer = m.auth_type == ospf::kAuthMd5 ? ospf::kMd5Len : 0;
    return m.captured < trailer + 2;
}

}  // namespace

void decode_ospf(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    auto* m = d.frame.add<OspfLayer>(Presence::partial);
    if (m == nullptr) return;
    m->over_ipv6 = ip.v6 != nullptr;
    m->length = wire_len;
    m->captured = static_cast<std::uint32_t>(data.size());
    Cursor c(data);
    m->version = c.peek(0).value_or(0);
    m->type = c.peek(1).value_or(0);
    auto header = c.sub(kCommonLen);
    if (header) {
        header->skip(2);
        m->packet_length = *header->be16();
        m->router_id = *header->array<4>();
        m->area_id = *header->array<4>();
        m->checksum = *header->be16();
        if (m->over_ipv6) {
            m->instance_id = *header->u8();
        } else {
            m->auth_type = *header->be16();
        }
        d.frame.set_presence(Presence::complete);
    }
    if (text_cut(*m)) {
        if (header) d.frame.set_presence(Presence::truncated);
        d.cut(m->over_ipv6 ? "ospf3" : "ospf2");
    }
}

namespace {

const char* type_name(std::uint64_t type) {
    switch (type) {
        case 1: return "Hello";
        case 2: return "Database Description";
        case 3: return "LS-Request";
        case 4: return "LS-Update";
        case 5: return "LS-Ack";
        default: return nullptr;
    }
}

void ospf_text(const TextContext& t, std::size_t index) {
    const OspfLayer& m = *t.frame.get<OspfLayer>(index);
    OutBuffer& out = t.out;
    if (text_cut(m)) {
        text::append_trunc(out, m.over_ipv6 ? "ospf3" : "ospf2");
        return;
    }
    // Without the MD5 digest, as tcpdump counts it (an unsigned subtraction, as there).
    const std::uint32_t length =
        !m.over_ipv6 && m.auth_type == ospf::kAuthMd5 ? m.length - static_cast<std::uint32_t>(ospf::kMd5Len) : m.length;
    TS_PUT(out, "OSPFv{}, ", m.version);
    if (const char* name = type_name(m.type)) text::append(out, name);
    else if (m.over_ipv6) TS_PUT(out, "unknown packet type ({})", m.type);
    else TS_PUT(out, "unknown LS-type {}", m.type);
    TS_PUT(out, ", length {}", length);
}

const char* auth_name(std::uint64_t v) {
    switch (v) {
        case 0: return "Null";
        case 1: return "Simple password";
        case 2: return "Cryptographic";
        default: return nullptr;
    }
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kType{"msg", "Message Type", 0, type_name};
constexpr Field kLength{"packet_length", "Packet Length"};
constexpr Field kRouter{"srcrouter", "Source OSPF Router"};
constexpr Field kArea{"area_id", "Area ID"};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kAuthType{"auth_type", "Auth Type", 0, auth_name};
constexpr Field kInstance{"instance_id", "Instance ID"};

}  // namespace

template <class W>
void describe(const OspfLayer& m, W& w) {
    w.num(kVersion, m.version);
    w.num(kType, m.type);
    w.num(kLength, m.packet_length);
    w.ipv4(kRouter, m.router_id);
    w.ipv4(kArea, m.area_id);
    w.num(kChecksum, m.checksum);
    if (m.over_ipv6) w.num(kInstance, m.instance_id);
    else w.num(kAuthType, m.auth_type);
}

const Protocol OspfLayer::protocol = make_protocol<OspfLayer>("ospf", "ospf", "Open Shortest Path First", ospf_text);

}  // namespace tapsniff
