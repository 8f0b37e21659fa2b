// BCM-LI shim: decoder, tcpdump text (print-bcm-li.c at default verbosity) and fields.
#include "proto/bcm_li/bcm_li.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kShimLen = 4;

}  // namespace

void decode_bcm_li(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* b = d.frame.add<BcmLiLayer>(Presence::partial);
    if (b == nullptr) return;
    b->length = wire_len;
    if (wire_len < kShimLen) {
        b->status = BcmLiStatus::short_length;
        d.bad("bcm-li shorter than its shim");
        return;
    }
    Cursor cursor(snap);
    auto shim = cursor.be32();
    if (!shim) {
        b->status = BcmLiStatus::cut;
        d.cut("bcm_li");
        return;
    }
    b->direction = static_cast<std::uint8_t>((*shim >> 29U) & 0x7U);
    b->packet_type = static_cast<std::uint8_t>((*shim >> 25U) & 0xfU);
    b->packet_subtype = static_cast<std::uint8_t>((*shim >> 22U) & 0x7U);
    b->li_id = *shim & 0x3fffffU;
    d.frame.set_presence(Presence::complete);
    if (cursor.remaining() < wire_len - kShimLen) {  // tcpdump checks that the packet is all there
        b->status = BcmLiStatus::payload_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("bcm_li");
    }
}

namespace {

constexpr auto kDirections = std::to_array<Tok>({{1, "unused"}, {2, "egress"}, {3, "ingress"}});
constexpr auto kTypes = std::to_array<Tok>({{4, "undecided"}, {5, "ipv4"}, {6, "ipv6"}, {7, "ethernet"}});
constexpr auto kSubtypes = std::to_array<Tok>({{1, "single VLAN tag"}, {2, "double VLAN tag"}, {3, "untagged"}});

void bcm_li_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const BcmLiLayer& b = *t.frame.get<BcmLiLayer>(index);
    switch (b.status) {
        case BcmLiStatus::short_length:
            TS_PUT(out, " (length {} < 4) (invalid)", b.length);
            return;
        case BcmLiStatus::cut:
            text::append_trunc(out, "bcm_li");
            return;
        default:
            break;
    }
    text::append(out, "BCM-LI-SHIM: direction ");
    append_tok_or(out, kDirections, b.direction, "unknown");
    text::append(out, ", pkt-type ");
    append_tok_or(out, kTypes, b.packet_type, "unknown");
    text::append(out, ", pkt-subtype ");
    append_tok_or(out, kSubtypes, b.packet_subtype, "unknown");
    text::append_labeled(out, ", li-id ", b.li_id);
    if (b.status == BcmLiStatus::payload_cut) text::append_trunc(out, "bcm_li");
}

const char* direction_name(std::uint64_t v) { return tok_name(kDirections, static_cast<std::uint32_t>(v)); }
const char* type_name(std::uint64_t v) { return tok_name(kTypes, static_cast<std::uint32_t>(v)); }
const char* subtype_name(std::uint64_t v) { return tok_name(kSubtypes, static_cast<std::uint32_t>(v)); }

constexpr Field kDirection{"direction", "Direction", 0, direction_name};
constexpr Field kType{"pkt_type", "Packet Type", 0, type_name};
constexpr Field kSubtype{"pkt_subtype", "Packet Subtype", 0, subtype_name};
constexpr Field kLiId{"li_id", "LI ID"};

}  // namespace

template <class W>
void describe(const BcmLiLayer& b, W& w) {
    w.num(kDirection, b.direction);
    w.num(kType, b.packet_type);
    w.num(kSubtype, b.packet_subtype);
    w.num(kLiId, b.li_id);
}

const Protocol BcmLiLayer::protocol = make_protocol<BcmLiLayer>("bcm_li", "bcm_li", "Broadcom LI Shim", bcm_li_text);

}  // namespace tapsniff
