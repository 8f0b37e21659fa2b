// JSON Lines: one object per frame, keys in the contract's order (../shared/spec/interface.md).
#include <fmt/compile.h>
#include "tapsniff/decode.hpp"
#include "text_parts.hpp"

namespace tapsniff {
namespace {

using text::append;

void append_json_string(OutBuffer& out, std::string_view s) {
    out.push_back('"');
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20 || u >= 0x7f) {
            fmt::format_to(fmt::appender(out), FMT_COMPILE("\\u{:04x}"), u);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

// ARP addresses: a MAC when 6 bytes, dotted quad for a 4-byte IPv4 address, else hex octets.
void append_arp_address(OutBuffer& out, Bytes address, bool protocol, std::uint16_t ptype) {
    out.push_back('"');
    if (protocol && address.size() == 4 && ptype == ethertype::ipv4) {
        text::append_ipv4(out, address);
    } else if (!address.empty()) {
        text::append_link_address(out, address);
    }
    out.push_back('"');
}

void append_ethernet(const DecodedFrame& frame, OutBuffer& out) {
    append(out, ",\"eth\":{\"src\":\"");
    text::append_mac(out, frame.ethernet.src);
    append(out, "\",\"dst\":\"");
    text::append_mac(out, frame.ethernet.dst);
    append(out, "\"");
    if (frame.has_ethertype) fmt::format_to(fmt::appender(out), FMT_COMPILE(",\"type\":\"0x{:04x}\""), frame.ethertype);
    if (!frame.vlans.empty()) {
        append(out, ",\"vlan\":[");
        for (std::size_t i = 0; i < frame.vlans.size(); ++i) {
            const VlanTag& tag = frame.vlans[i];
            fmt::format_to(fmt::appender(out), FMT_COMPILE("{}{{\"tpid\":\"0x{:04x}\",\"id\":{},\"pcp\":{},\"dei\":{}}}"),
                           i == 0 ? "" : ",", tag.tpid, tag.id(), tag.pcp(), tag.dei());
        }
        append(out, "]");
    }
    append(out, "}");
}

void append_arp(const DecodedFrame& frame, OutBuffer& out) {
    const ArpPacket& arp = frame.arp;
    fmt::format_to(fmt::appender(out),
                   ",\"arp\":{{\"htype\":{},\"ptype\":\"0x{:04x}\",\"hlen\":{},\"plen\":{},\"op\":{}", arp.htype,
                   arp.ptype, arp.hlen, arp.plen, arp.op);
    if (frame.truncated == nullptr) {
        append(out, ",\"sha\":");
        append_arp_address(out, arp.sha, false, arp.ptype);
        append(out, ",\"spa\":");
        append_arp_address(out, arp.spa, true, arp.ptype);
        append(out, ",\"tha\":");
        append_arp_address(out, arp.tha, false, arp.ptype);
        append(out, ",\"tpa\":");
        append_arp_address(out, arp.tpa, true, arp.ptype);
    }
    append(out, "}");
}

}  // namespace

void format_json(const DecodedFrame& frame, std::uint64_t number, Timestamp ts, OutBuffer& out, bool outgoing) {
    fmt::format_to(fmt::appender(out), FMT_COMPILE("{{\"n\":{},\"ts\":{}.{:06},\"len\":{},\"caplen\":{}"), number, ts.sec,
                   ts.usec, frame.wire_len, frame.bytes.size());
    if (outgoing) append(out, ",\"dir\":\"out\"");
    if (frame.has_ethernet) append_ethernet(frame, out);
    if (frame.has_arp) append_arp(frame, out);
    append_ip_json(frame, out);
    if (frame.truncated != nullptr) {
        append(out, ",\"truncated\":");
        append_json_string(out, frame.truncated);
    }
    if (frame.malformed != nullptr) {
        append(out, ",\"malformed\":");
        append_json_string(out, frame.malformed);
    }
    // The summary is built in a scratch buffer so it can be escaped; summaries are short.
    OutBuffer summary;
    format_summary(frame, summary);
    append(out, ",\"summary\":");
    append_json_string(out, std::string_view(summary.data(), summary.size()));
    out.push_back('}');
}

}  // namespace tapsniff
