// The IPv6 mobility header: decoder, tcpdump text (print-mobility.c's mobility_print without -v)
// and fields.
#include "proto/mobility/mobility.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kMinLen = 8;

namespace mh {
inline constexpr std::uint8_t brr = 0;
inline constexpr std::uint8_t hoti = 1;
inline constexpr std::uint8_t coti = 2;
inline constexpr std::uint8_t hot = 3;
inline constexpr std::uint8_t cot = 4;
inline constexpr std::uint8_t bu = 5;
inline constexpr std::uint8_t ba = 6;
inline constexpr std::uint8_t be = 7;
}  // namespace mh

// The shortest header each type may have (tcpdump's ip6m_hdrlen).
unsigned min_header_len(std::uint8_t type) {
    switch (type) {
        case mh::brr: return 8;
        case mh::hoti: case mh::coti: return 16;
        case mh::hot: case mh::cot: return 24;
        case mh::bu: case mh::ba: return 12;
        case mh::be: return 24;
        default: return 0;
    }
}

// The bytes the text reads for each type (beyond them tcpdump stops with its mark).
std::size_t bytes_read(std::uint8_t type) {
    switch (type) {
        case mh::hot: case mh::cot: return 8;
        case mh::bu: case mh::ba: return 12;
        case mh::be: return 24;
        default: return 3;
    }
}

}  // namespace

void decode_mobility(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;
    if (current_ip(d.frame).v6 == nullptr) return;
    auto* m = d.frame.add<MobilityLayer>(Presence::partial);
    if (m == nullptr) return;
    m->captured = static_cast<std::uint32_t>(data.size());
    Cursor c(data);
    m->payload_proto = c.peek(0).value_or(0);
    m->len = c.peek(1).value_or(0);
    m->type = c.peek(2).value_or(0);
    m->checksum = c.ahead(4).be16().value_or(0);
    m->data8[0] = c.peek(6).value_or(0);
    m->data8[1] = c.peek(7).value_or(0);
    m->word8 = c.ahead(8).be16().value_or(0);
    m->word10 = c.ahead(10).be16().value_or(0);
    m->home = c.ahead(8).array<16>().value_or(Ipv6Address{});
    if (m->has(kMinLen)) d.frame.set_presence(Presence::complete);
    const unsigned least = min_header_len(m->type);
    if (m->has(3) && least != 0 && m->header_len() < least) {
        d.frame.set_presence(Presence::malformed);
        d.bad("mobility header too short for its type");
        d.cut("mobility");
        return;
    }
    if (!m->has(2) || !m->has(bytes_read(m->type))) {
        if (m->has(kMinLen)) d.frame.set_presence(Presence::truncated);
        d.cut("mobility");
    }
}

namespace {

using text::append;

const char* type_name(std::uint64_t type) {
    switch (type) {
        case mh::brr: return "BRR";
        case mh::hoti: return "HoTI";
        case mh::coti: return "CoTI";
        case mh::hot: return "HoT";
        case mh::cot: return "CoT";
        case mh::bu: return "BU";
        case mh::ba: return "BA";
        case mh::be: return "BE";
        default: return nullptr;
    }
}

// false when cut (the caller prints the mark).
bool mobility_words(OutBuffer& out, const MobilityLayer& m) {
    if (!m.has(3)) return false;
    const unsigned least = min_header_len(m.type);
    if (least != 0 && m.header_len() < least) {
        TS_PUT(out, "(header length {} is too small for type {})", m.header_len(), m.type);
        return false;
    }
    if (const char* name = type_name(m.type)) TS_PUT(out, "mobility: {}", name);
    else TS_PUT(out, "mobility: type-#{}", m.type);
    switch (m.type) {
        case mh::hot:
        case mh::cot:
            if (!m.has(8)) return false;
            TS_PUT(out, " nonce id=0x{:x}", m.word6());
            return true;
        case mh::bu: {
            if (!m.has(8)) return false;
            TS_PUT(out, " seq#={}", m.word6());
            if (!m.has(10)) return false;
            const unsigned bits = (m.word8 >> 12U) & 0x0fU;
            if (bits != 0) {
                out.push_back(' ');
                if ((bits & 0x08U) != 0) out.push_back('A');
                if ((bits & 0x04U) != 0) out.push_back('H');
                if ((bits & 0x02U) != 0) out.push_back('L');
                if ((bits & 0x01U) != 0) out.push_back('K');
            }
            if (!m.has(12)) return false;
            TS_PUT(out, " lifetime={}", unsigned{m.word10} << 2U);
            return true;
        }
        case mh::ba:
            if (!m.has(7)) return false;
            TS_PUT(out, " status={}", m.data8[0]);
            if (!m.has(8)) return false;
            if ((m.data8[1] & 0x80U) != 0) append(out, " K");
            if (!m.has(10)) return false;
            TS_PUT(out, " seq#={}", m.word8);
            if (!m.has(12)) return false;
            TS_PUT(out, " lifetime={}", unsigned{m.word10} << 2U);
            return true;
        case mh::be:
            if (!m.has(7)) return false;
            TS_PUT(out, " status={}", m.data8[0]);
            if (!m.has(24)) return false;
            append(out, " homeaddr ");
            text::append_ipv6(out, m.home);
            return true;
        case mh::brr:
        case mh::hoti:
        case mh::coti:
            return true;
        default:
            TS_PUT(out, " len={}", m.len);
            return true;
    }
}

void mobility_text(const TextContext& t, std::size_t index) {
    const MobilityLayer& m = *t.frame.get<MobilityLayer>(index);
    if (!m.has(2) || !mobility_words(t.out, m)) text::append_trunc(t.out, "mobility");
}

constexpr Field kProto{"proto", "Payload protocol"};
constexpr Field kLen{"hlen", "Header length"};
constexpr Field kType{"mhtype", "Mobility Header Type", 0, type_name};
constexpr Field kChecksum{"csum", "Checksum", 4};

}  // namespace

template <class W>
void describe(const MobilityLayer& m, W& w) {
    w.num(kProto, m.payload_proto);
    w.num(kLen, m.len);
    w.num(kType, m.type);
    w.num(kChecksum, m.checksum);
}

const Protocol MobilityLayer::protocol =
    make_protocol<MobilityLayer>("mobility", "mip6", "Mobile IPv6", mobility_text);

}  // namespace tapsniff
