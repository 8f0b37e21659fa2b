// PIMv1 in IGMP: decoder, tcpdump text (print-pim.c's pimv1_print without -v) and fields.
#include "proto/pim/pim.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

namespace v1 {
inline constexpr std::uint8_t query = 0;
inline constexpr std::uint8_t register_ = 1;
inline constexpr std::uint8_t register_stop = 2;
inline constexpr std::uint8_t join_prune = 3;
inline constexpr std::uint8_t rp_reachable = 4;
inline constexpr std::uint8_t assert_ = 5;
inline constexpr std::uint8_t graft = 6;
inline constexpr std::uint8_t graft_ack = 7;
}  // namespace v1

// The bytes each type's text reads, from the IGMP header on (beyond them tcpdump stops with
// its mark).
std::size_t bytes_read(std::uint8_t type) {
    switch (type) {
        case v1::register_: return 28;
        case v1::register_stop: return 16;
        case v1::assert_: return 28;
        default: return 5;
    }
}

}  // namespace

void decode_pimv1(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<Pimv1Layer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->captured = static_cast<std::uint32_t>(data.size());
    Cursor c(data);
    auto type = c.peek(1);
    if (!type) {
        d.cut("pimv1");
        return;
    }
    m->type = *type;
    m->checksum = Cursor(data).ahead(2).be16().value_or(0);
    m->version = static_cast<std::uint8_t>(c.peek(4).value_or(0) >> 4U);
    m->mode = static_cast<std::uint8_t>(c.peek(8).value_or(0) >> 4U);
    m->holdtime = c.ahead(10).be16().value_or(0);
    m->at8 = c.ahead(8).array<4>().value_or(Ipv4Address{});
    m->at12 = c.ahead(12).array<4>().value_or(Ipv4Address{});
    m->at16 = c.ahead(16).array<4>().value_or(Ipv4Address{});
    m->at20 = c.ahead(20).array<4>().value_or(Ipv4Address{});
    m->at24 = c.ahead(24).array<4>().value_or(Ipv4Address{});
    m->pref = c.ahead(20).be32().value_or(0);
    m->metric = c.ahead(24).be32().value_or(0);
    if (!m->has(bytes_read(m->type))) {
        if (m->has(8)) d.frame.set_presence(Presence::truncated);
        d.cut("pimv1");
        return;
    }
    d.frame.set_presence(Presence::complete);
}

namespace {

using text::append;
using text::append_ipv4;

const char* type_words(std::uint64_t type) {
    switch (type) {
        case v1::query: return "Query";
        case v1::register_: return "Register";
        case v1::register_stop: return "Register-Stop";
        case v1::join_prune: return "Join/Prune";
        case v1::rp_reachable: return "RP-reachable";
        case v1::assert_: return "Assert";
        case v1::graft: return "Graft";
        case v1::graft_ack: return "Graft-ACK";
        default: return nullptr;
    }
}

void append_pair(OutBuffer& out, const Ipv4Address& a, const Ipv4Address& b) {
    append(out, " for ");
    append_ipv4(out, a);
    append(out, " > ");
    append_ipv4(out, b);
}

// false when cut (the caller prints the mark).
bool pimv1_words(OutBuffer& out, const Pimv1Layer& m) {
    if (!m.has(2)) return false;
    if (const char* words = type_words(m.type)) TS_PUT(out, " {}", words);
    else TS_PUT(out, " [type {}]", m.type);
    switch (m.type) {
        case v1::query:
            if (m.has(9)) {
                switch (m.mode) {
                    case 0: append(out, " Dense-mode"); break;
                    case 1: append(out, " Sparse-mode"); break;
                    case 2: append(out, " Sparse-Dense-mode"); break;
                    default: TS_PUT(out, " mode-{}", m.mode); break;
                }
            }
            break;
        case v1::register_:
            if (!m.has(28)) return false;
            append_pair(out, m.at20, m.at24);
            break;
        case v1::register_stop:
            if (!m.has(16)) return false;
            append_pair(out, m.at8, m.at12);
            break;
        case v1::assert_:
            if (!m.has(20)) return false;
            append_pair(out, m.at16, m.at8);
            if (m.at12 != Ipv4Address{0xff, 0xff, 0xff, 0xff}) {
                out.push_back('/');
                append_ipv4(out, m.at12);
            }
            if (!m.has(28)) return false;
            TS_PUT(out, " {} pref {} metric {}", (m.pref & 0x80000000U) != 0 ? "RP-tree" : "SPT", m.pref & 0x7fffffffU,
                   m.metric);
            break;
        default:
            break;
    }
    if (!m.has(5)) return false;
    if (m.version != 1) TS_PUT(out, " [v{}]", m.version);
    return true;
}

void pimv1_text(const TextContext& t, std::size_t index) {
    const Pimv1Layer& m = *t.frame.get<Pimv1Layer>(index);
    if (!pimv1_words(t.out, m)) text::append_trunc(t.out, "pimv1");
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kCode{"code", "Code", 0, type_words};
constexpr Field kChecksum{"cksum", "Checksum", 4};

}  // namespace

template <class W>
void describe(const Pimv1Layer& m, W& w) {
    w.num(kVersion, 1);
    w.num(kCode, m.type);
    if (m.has(4)) w.num(kChecksum, m.checksum);
}

const Protocol Pimv1Layer::protocol =
    make_protocol<Pimv1Layer>("pimv1", "pim", "Protocol Independent Multicast", pimv1_text);

}  // namespace tapsniff
