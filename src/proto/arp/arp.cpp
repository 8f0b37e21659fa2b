// ARP and RARP: decoder, tcpdump text (print-arp.c's arp_print with -e, without -v) and fields.
#include "proto/arp/arp.hpp"

#include <algorithm>

#include "render/fields.hpp"

namespace tapsniff {

void decode_arp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* arp = d.frame.add<ArpLayer>(Presence::partial);
    if (arp == nullptr) return;
    arp->whole = data;
    arp->length = wire_len;
    Cursor cursor(data);
    auto header = cursor.sub(8);
    if (!header) {  // the fixed 8-byte header is cut short
        d.cut("arp");
        return;
    }
    arp->htype = *header->be16();
    arp->ptype = *header->be16();
    arp->hlen = *header->u8();
    arp->plen = *header->u8();
    arp->op = *header->be16();
    d.frame.set_presence(Presence::complete);
    if (arp->hlen == 0 || arp->plen == 0) {
        d.frame.set_presence(Presence::malformed);
        d.bad(arp->hlen == 0 ? "arp hlen 0" : "arp plen 0");
    }
    // The address lengths come from the wire; each read is checked against what was captured.
    auto sha = cursor.bytes(arp->hlen);
    auto spa = sha ? cursor.bytes(arp->plen) : std::nullopt;
    auto tha = spa ? cursor.bytes(arp->hlen) : std::nullopt;
    auto tpa = tha ? cursor.bytes(arp->plen) : std::nullopt;
    if (!tpa) {
        d.frame.set_presence(Presence::truncated);
        d.cut("arp");
        return;
    }
    arp->has_addresses = true;
    arp->sha = *sha;
    arp->spa = *spa;
    arp->tha = *tha;
    arp->tpa = *tpa;
}

bool ArpLayer::ipv4_addresses() const { return plen == 4 && ptype == ethertype::ipv4; }

namespace {

using text::append;
using text::append_ipv4;
using text::append_link_address;
using text::append_labeled;
using text::append_trunc;

// tcpdump's arpop_values.
const char* arp_op_name(std::uint16_t op) {
    switch (op) {
        case 1: return "Request";
        case 2: return "Reply";
        case 3: return "Reverse Request";
        case 4: return "Reverse Reply";
        case 8: return "Inverse Request";
        case 9: return "Inverse Reply";
        case 10: return "NACK Reply";
        default: return nullptr;
    }
}

// tcpdump's arphrd_values.
const char* arp_hardware_name(std::uint16_t htype) {
    switch (htype) {
        case 1: return "Ethernet";
        case 6: return "TokenRing";
        case 7: return "ArcNet";
        case 15: return "FrameRelay";
        case 23: return "Strip";
        case 24: return "IEEE 1394";
        case 19: return "ATM";
        case 32: return "InfiniBand";
        default: return nullptr;
    }
}

bool is_nonzero(Bytes b) {
    return std::any_of(b.begin(), b.end(), [](std::byte x) { return x != std::byte{0}; });
}

void arp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const ArpLayer& arp = *t.frame.get<ArpLayer>(index);
    if (!arp.has_addresses) {
        append_trunc(out, "arp");
        return;
    }
    // Address formats tcpdump knows only for IPv4 (or Trailer) over a non-empty hardware address.
    bool ip_like = arp.ptype == ethertype::ipv4 || arp.ptype == ethertype::trail;
    if (!ip_like || arp.plen != 4 || arp.hlen == 0) {
        const char* hw = arp_hardware_name(arp.htype);
        const char* proto = ethertype_name(arp.ptype);
        if (hw) TS_PUT(out, "{} (len {}), ", hw, arp.hlen);
        else TS_PUT(out, "Unknown Hardware ({}) (len {}), ", arp.htype, arp.hlen);
        if (proto) TS_PUT(out, "{} (len {})", proto, arp.plen);
        else TS_PUT(out, "Unknown Protocol (0x{:04x}) (len {})", arp.ptype, arp.plen);
        TS_PUT(out, ", length {}", arp.length);
        return;
    }
    if (const char* op = arp_op_name(arp.op)) {
        append(out, op);
        out.push_back(' ');
    } else {
        TS_PUT(out, "Unknown ({}) ", arp.op);
    }

    switch (arp.op) {
        case arp_op::request:
            append(out, "who-has ");
            append_ipv4(out, arp.tpa);
            if (is_nonzero(arp.tha)) {
                append(out, " (");
                append_link_address(out, arp.tha);
                append(out, ")");
            }
            append(out, " tell ");
            append_ipv4(out, arp.spa);
            break;
        case arp_op::reply:
            append_ipv4(out, arp.spa);
            append(out, " is-at ");
            append_link_address(out, arp.sha);
            break;
        case arp_op::reverse_request:
        case arp_op::inverse_request:
            append(out, "who-is ");
            append_link_address(out, arp.tha);
            append(out, " tell ");
            append_link_address(out, arp.sha);
            break;
        case arp_op::reverse_reply:
            append_link_address(out, arp.tha);
            append(out, " at ");
            append_ipv4(out, arp.tpa);
            break;
        case arp_op::inverse_reply:
            append_link_address(out, arp.sha);
            append(out, " at ");
            append_ipv4(out, arp.spa);
            break;
        default:
            // An operation tcpdump cannot name: the ARP bytes in hex, and no length. tcpdump's
            // arp_print prints these even under -x/-X, so they do not depend on default_hex.
            text::append_hex_ascii(out, arp.whole);
            return;
    }
    append_labeled(out, ", length ", arp.length);
}

constexpr Field kHtype{"htype", "Hardware type", 0, [](std::uint64_t v) { return arp_hardware_name(static_cast<std::uint16_t>(v)); }};
constexpr Field kPtype{"ptype", "Protocol type", 4, [](std::uint64_t v) { return ethertype_name(static_cast<std::uint16_t>(v)); }};
constexpr Field kHlen{"hlen", "Hardware size"};
constexpr Field kPlen{"plen", "Protocol size"};
constexpr Field kOp{"op", "Opcode", 0, [](std::uint64_t v) { return arp_op_name(static_cast<std::uint16_t>(v)); }};
constexpr Field kSha{"sha", "Sender hardware address"};
constexpr Field kSpa{"spa", "Sender protocol address"};
constexpr Field kTha{"tha", "Target hardware address"};
constexpr Field kTpa{"tpa", "Target protocol address"};

}  // namespace

template <class W>
void describe(const ArpLayer& arp, W& w) {
    w.num(kHtype, arp.htype);
    w.num(kPtype, arp.ptype);
    w.num(kHlen, arp.hlen);
    w.num(kPlen, arp.plen);
    w.num(kOp, arp.op);
    if (!arp.has_addresses) return;
    const bool v4 = arp.ipv4_addresses();
    w.link_address(kSha, arp.sha);
    w.protocol_address(kSpa, arp.spa, v4);
    w.link_address(kTha, arp.tha);
    w.protocol_address(kTpa, arp.tpa, v4);
}

const Protocol ArpLayer::protocol = make_protocol<ArpLayer>("arp", "arp", "Address Resolution Protocol", arp_text);

}  // namespace tapsniff
