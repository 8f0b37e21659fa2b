// UDLD: decoder, tcpdump's udld_print text at default verbosity (print-udld.c) and fields
// (tshark's udld.* names).
#include "proto/udld/udld.hpp"

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 4;

}  // namespace

void decode_udld(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* u = d.frame.add<UdldLayer>(Presence::partial);
    if (u == nullptr) return;
    u->length = wire_len;
    Cursor c(data);
    if (wire_len < kHeaderLen) {
        u->too_short = true;
        u->cut = !c.has(wire_len);
        d.bad("udld shorter than its header");
        if (u->cut) d.cut("udld");
        return;
    }
    auto first = c.u8();
    auto flags = c.u8();
    if (!flags) {
        u->cut = true;
        d.cut("udld");
        return;
    }
    u->has_header = true;
    u->version = static_cast<std::uint8_t>(*first >> 5U);
    u->opcode = static_cast<std::uint8_t>(*first & 0x1fU);
    u->flags = *flags;
    if (auto checksum = c.ahead(0).be16()) {
        u->has_checksum = true;
        u->checksum = *checksum;
    }
    // At default verbosity tcpdump only checks that the rest was captured.
    u->cut = !c.has(wire_len - 2);
    d.frame.set_presence(u->cut ? Presence::truncated : Presence::complete);
    if (u->cut) d.cut("udld");
}

namespace {

const char* opcode_name(std::uint64_t v) {
    switch (v) {
        case 0: return "Reserved";
        case 1: return "Probe message";
        case 2: return "Echo message";
        case 3: return "Flush message";
        default: return nullptr;
    }
}

constexpr text::BitName kFlagNames[] = {
    {1U << 0U, "RT"},    {1U << 1U, "RSY"},   {1U << 2U, "MBZ-2"}, {1U << 3U, "MBZ-3"},
    {1U << 4U, "MBZ-4"}, {1U << 5U, "MBZ-5"}, {1U << 6U, "MBZ-6"}, {1U << 7U, "MBZ-7"},
};

void udld_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const UdldLayer& u = *t.frame.get<UdldLayer>(index);
    if (u.too_short) {
        text::append(out, " (invalid)");
    } else if (u.has_header) {
        const char* name = opcode_name(u.opcode);
        TS_PUT(out, "UDLDv{}, Code {} ({:x}), Flags [", u.version, name != nullptr ? name : "Reserved", u.opcode);
        text::append_bits(out, kFlagNames, u.flags, "none");
        TS_PUT(out, "] (0x{:02x}), length {}", u.flags, u.length);
    }
    if (u.cut) text::append_trunc(out, "udld");
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kOpcode{"opcode", "Opcode", 0, opcode_name};
constexpr Field kFlags{"flags", "Flags"};
constexpr Field kChecksum{"checksum", "Checksum", 4};

}  // namespace

template <class W>
void describe(const UdldLayer& u, W& w) {
    w.num(kVersion, u.version);
    w.num(kOpcode, u.opcode);
    w.num(kFlags, u.flags);
    if (u.has_checksum) w.num(kChecksum, u.checksum);
}

const Protocol UdldLayer::protocol =
    make_protocol<UdldLayer>("udld", "udld", "Unidirectional Link Detection", udld_text);

}  // namespace tapsniff
