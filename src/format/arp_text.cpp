// ARP/RARP text, following tcpdump's arp_print (print-arp.c) with -e and without -v.
#include <algorithm>

#include "tapsniff/decode.hpp"
#include "text_parts.hpp"

namespace tapsniff::text {
namespace {

constexpr std::uint16_t kRequest = 1;
constexpr std::uint16_t kReply = 2;
constexpr std::uint16_t kRevRequest = 3;
constexpr std::uint16_t kRevReply = 4;
constexpr std::uint16_t kInvRequest = 8;
constexpr std::uint16_t kInvReply = 9;

bool is_nonzero(Bytes b) {
    return std::any_of(b.begin(), b.end(), [](std::byte x) { return x != std::byte{0}; });
}

}  // namespace

void arp_text(const DecodedFrame& frame, bool /*default_hex*/, OutBuffer& out) {
    const ArpPacket& arp = frame.arp;
    if (!frame.has_arp || frame.truncated != nullptr) {
        append_trunc(out, "arp");
        return;
    }
    // Address formats tcpdump knows only for IPv4 (or Trailer) over a non-empty hardware address.
    bool ip_like = arp.ptype == ethertype::ipv4 || arp.ptype == ethertype::trail;
    if (!ip_like || arp.plen != 4 || arp.hlen == 0) {
        const char* hw = arp_hardware_name(arp.htype);
        const char* proto = ethertype_name(arp.ptype);
        if (hw) fmt::format_to(fmt::appender(out), FMT_COMPILE("{} (len {}), "), hw, arp.hlen);
        else fmt::format_to(fmt::appender(out), FMT_COMPILE("Unknown Hardware ({}) (len {}), "), arp.htype, arp.hlen);
        if (proto) fmt::format_to(fmt::appender(out), FMT_COMPILE("{} (len {})"), proto, arp.plen);
        else fmt::format_to(fmt::appender(out), FMT_COMPILE("Unknown Protocol (0x{:04x}) (len {})"), arp.ptype, arp.plen);
        fmt::format_to(fmt::appender(out), FMT_COMPILE(", length {}"), arp.length);
        return;
    }
    if (const char* op = arp_op_name(arp.op)) {
        append(out, op);
        out.push_back(' ');
    } else {
        fmt::format_to(fmt::appender(out), FMT_COMPILE("Unknown ({}) "), arp.op);
    }

    switch (arp.op) {
        case kRequest:
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
        case kReply:
            append_ipv4(out, arp.spa);
            append(out, " is-at ");
            append_link_address(out, arp.sha);
            break;
        case kRevRequest:
        case kInvRequest:
            append(out, "who-is ");
            append_link_address(out, arp.tha);
            append(out, " tell ");
            append_link_address(out, arp.sha);
            break;
        case kRevReply:
            append_link_address(out, arp.tha);
            append(out, " at ");
            append_ipv4(out, arp.tpa);
            break;
        case kInvReply:
            append_link_address(out, arp.sha);
            append(out, " at ");
            append_ipv4(out, arp.spa);
            break;
        default:
            // An operation tcpdump cannot name: the ARP bytes in hex, and no length. tcpdump's
            // arp_print prints these even under -x/-X, so they do not depend on default_hex.
            format_hex_ascii(arp.whole, out);
            return;
    }
    append_labeled(out, ", length ", arp.length);
}

}  // namespace tapsniff::text
