// AoE: decoder, tcpdump's aoe_print text at default verbosity (print-aoe.c) and fields (tshark's
// aoe.* names).
#include "proto/aoe/aoe.hpp"

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kV1HeaderLen = 10;

}  // namespace

void decode_aoe(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* a = d.frame.add<AoeLayer>(Presence::partial);
    if (a == nullptr) return;
    a->length = wire_len;
    Cursor c(data);
    auto first = c.peek();
    if (wire_len < 1) {
        a->invalid = true;
    } else if (!first) {
        a->cut = true;
    } else {
        a->has_version = true;
        a->version = static_cast<std::uint8_t>(*first >> 4U);
        a->flags = static_cast<std::uint8_t>(*first & 0x0fU);
        if (a->version == aoe::kVersion1) {
            if (wire_len < kV1HeaderLen) {
                a->invalid = true;
                a->cut = !c.has(wire_len);
            }
            if (auto h = c.sub(kV1HeaderLen)) {
                a->has_header = true;
                h->skip(1);
                a->error = *h->u8();
                a->major = *h->be16();
                a->minor = *h->u8();
                a->command = *h->u8();
                a->tag = *h->be32();
            }
        }
    }
    if (a->has_version) d.frame.set_presence(a->invalid ? Presence::malformed : Presence::complete);
    if (a->invalid) d.bad("aoe shorter than its header");
    if (a->cut) d.cut("aoe");
}

namespace {

constexpr text::BitName kFlagNames[] = {{0x08, "Response"}, {0x04, "Error"}, {0x02, "MBZ-1"}, {0x01, "MBZ-0"}};

void aoe_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const AoeLayer& a = *t.frame.get<AoeLayer>(index);
    TS_PUT(out, "AoE length {}", a.length);
    if (a.has_version) {
        TS_PUT(out, ", Ver {}", a.version);
        if (a.version == aoe::kVersion1 && !a.invalid) {
            text::append(out, ", Flags: [");
            text::append_bits(out, kFlagNames, a.flags, "none");
            out.push_back(']');
        }
    }
    if (a.invalid) text::append(out, " (invalid)");
    if (a.cut) text::append_trunc(out, "aoe");
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kFlags{"flags", "Flags", 2};
constexpr Field kError{"error", "Error"};
constexpr Field kMajor{"major", "Major", 4};
constexpr Field kMinor{"minor", "Minor", 2};
constexpr Field kCommand{"cmd", "Command"};
constexpr Field kTag{"tag", "Tag", 8};

}  // namespace

template <class W>
void describe(const AoeLayer& a, W& w) {
    w.num(kVersion, a.version);
    w.num(kFlags, a.flags);
    if (!a.has_header) return;
    w.num(kError, a.error);
    w.num(kMajor, a.major);
    w.num(kMinor, a.minor);
    w.num(kCommand, a.command);
    w.num(kTag, a.tag);
}

const Protocol AoeLayer::protocol = make_protocol<AoeLayer>("aoe", "aoe", "ATA over Ethernet", aoe_text);

}  // namespace tapsniff
