// The -v header tree: one indented line per field, every decoded layer.
#include "tapsniff/decode.hpp"
#include "text_parts.hpp"

namespace tapsniff {

using text::append;

void format_tree(const DecodedFrame& frame, OutBuffer& out) {
    if (frame.has_ethernet) {
        append(out, "\n    Ethernet\n        src ");
        text::append_mac(out, frame.ethernet.src);
        append(out, "\n        dst ");
        text::append_mac(out, frame.ethernet.dst);
        for (const VlanTag& tag : frame.vlans) {
            fmt::format_to(fmt::appender(out),
                           "\n    VLAN (tpid 0x{:04x})\n        id {}\n        pcp {}\n        dei {}", tag.tpid,
                           tag.id(), tag.pcp(), tag.dei());
        }
        if (frame.has_ethertype) {
            if (frame.ethertype <= ethertype::max_length) {
                fmt::format_to(fmt::appender(out), FMT_COMPILE("\n        length {}"), frame.ethertype);
            } else {
                fmt::format_to(fmt::appender(out), FMT_COMPILE("\n        type 0x{:04x}"), frame.ethertype);
            }
        }
    }
    if (frame.has_llc) {
        fmt::format_to(fmt::appender(out), FMT_COMPILE("\n    LLC\n        dsap 0x{:02x}\n        ssap 0x{:02x}\n        control 0x{:0{}x}"),
                       frame.llc.dsap_field, frame.llc.ssap_field, frame.llc.control, frame.llc.is_u ? 2 : 4);
    }
    if (frame.has_arp) {
        const ArpPacket& arp = frame.arp;
        fmt::format_to(fmt::appender(out),
                       "\n    ARP\n        htype {}\n        ptype 0x{:04x}\n        hlen {}\n        plen {}\n        op {}",
                       arp.htype, arp.ptype, arp.hlen, arp.plen, arp.op);
        if (frame.truncated == nullptr) {
            auto field = [&](std::string_view name, Bytes address, bool protocol) {
                fmt::format_to(fmt::appender(out), FMT_COMPILE("\n        {} "), name);
                if (protocol && address.size() == 4 && arp.ptype == ethertype::ipv4) text::append_ipv4(out, address);
                else text::append_link_address(out, address);
            };
            field("sha", arp.sha, false);
            field("spa", arp.spa, true);
            field("tha", arp.tha, false);
            field("tpa", arp.tpa, true);
        }
    }
    append_ip_tree(frame, out);
    if (frame.truncated != nullptr) fmt::format_to(fmt::appender(out), FMT_COMPILE("\n    truncated {}"), frame.truncated);
    if (frame.malformed != nullptr) fmt::format_to(fmt::appender(out), FMT_COMPILE("\n    malformed {}"), frame.malformed);
}

}  // namespace tapsniff
