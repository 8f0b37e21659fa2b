// CFM: decoder, tcpdump's cfm_print text at default verbosity (print-cfm.c) and fields (tshark's
// cfm.* names).
#include "proto/cfm/cfm.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 4;

}  // namespace

void decode_cfm(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* c = d.frame.add<CfmLayer>(Presence::partial);
    if (c == nullptr) return;
    c->length = wire_len;
    if (wire_len < kHeaderLen) {
        c->too_short = true;
        d.bad("cfm shorter than its header");
        return;
    }
    auto header = Cursor(data).sub(kHeaderLen);
    if (!header) {
        d.cut("cfm");
        return;
    }
    const std::uint8_t first = *header->u8();
    c->has_header = true;
    c->md_level = static_cast<std::uint8_t>(first >> 5U);
    c->version = static_cast<std::uint8_t>(first & 0x1fU);
    c->opcode = *header->u8();
    c->flags = *header->u8();
    c->first_tlv_offset = *header->u8();
    d.frame.set_presence(Presence::complete);
}

namespace {

const char* opcode_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Continuity Check Message";
        case 2: return "Loopback Reply";
        case 3: return "Loopback Message";
        case 4: return "Linktrace Reply";
        case 5: return "Linktrace Message";
        default: return nullptr;
    }
}

void cfm_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const CfmLayer& c = *t.frame.get<CfmLayer>(index);
    if (c.too_short) {
        text::append(out, "\n\t\t packet is too short");
        return;
    }
    if (!c.has_header) {
        text::append_trunc(out, "cfm");
        return;
    }
    if (c.version != 0) {
        TS_PUT(out, "CFMv{} not supported, length {}", c.version, c.length);
        return;
    }
    if (const char* name = opcode_name(c.opcode)) TS_PUT(out, "CFMv{} {}", c.version, name);
    else TS_PUT(out, "CFMv{} unknown ({})", c.version, c.opcode);
    TS_PUT(out, ", MD Level {}, length {}", c.md_level, c.length);
}

constexpr Field kMdLevel{"md_level", "CFM MD Level"};
constexpr Field kVersion{"version", "CFM Version"};
constexpr Field kOpcode{"opcode", "CFM OpCode", 0, opcode_name};
constexpr Field kFlags{"flags", "Flags", 2};
constexpr Field kFirstTlvOffset{"first_tlv_offset", "First TLV Offset"};

}  // namespace

template <class W>
void describe(const CfmLayer& c, W& w) {
    w.num(kMdLevel, c.md_level);
    w.num(kVersion, c.version);
    w.num(kOpcode, c.opcode);
    w.num(kFlags, c.flags);
    w.num(kFirstTlvOffset, c.first_tlv_offset);
}

const Protocol CfmLayer::protocol =
    make_protocol<CfmLayer>("cfm", "cfm", "CFM EOAM 802.1ag/ITU Protocol", cfm_text);

}  // namespace tapsniff
