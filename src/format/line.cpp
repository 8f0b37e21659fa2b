// The one-line text of a frame, following tcpdump's ether_common_print (print-ether.c) with -e.
#include <algorithm>

#include "tapsniff/decode.hpp"
#include "text_parts.hpp"

namespace tapsniff {

using text::append;

namespace {

// tcpdump checks a record's lengths before decoding anything (print.c: pretty_print_packet).
constexpr std::uint32_t kMaximumSnaplen = 262144;

bool invalid_header_text(const DecodedFrame& frame, OutBuffer& out) {
    std::size_t caplen = frame.bytes.size();
    std::size_t start = out.size();
    auto note = [&](std::string_view what) {
        append(out, out.size() == start ? "[Invalid header:" : ",");
        append(out, what);
    };
    if (caplen == 0) append(out, "[Invalid header: caplen==0");
    if (frame.wire_len == 0) note(" len==0");
    else if (frame.wire_len < caplen) note(fmt::format(" len({}) < caplen({})", frame.wire_len, caplen));
    if (caplen > kMaximumSnaplen) note(fmt::format(" caplen({}) > {}", caplen, kMaximumSnaplen));
    if (frame.wire_len > kMaximumSnaplen) note(fmt::format(" len({}) > {}", frame.wire_len, kMaximumSnaplen));
    if (out.size() == start) return false;
    append(out, "]");
    return true;
}

// ", length N: " after the first type field.
void append_length(OutBuffer& out, std::uint32_t length) {
    append(out, ", length ");
    text::append_uint(out, length);
    append(out, ": ");
}

}  // namespace

void format_line(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    if (invalid_header_text(frame, out)) return;
    if (frame.link == LinkType::raw_ip) {
        // tcpdump's raw_if_print with -e, then ipN_print.
        append(out, "ip: ");
        if (frame.wire_len < 1) {
            fmt::format_to(fmt::appender(out), FMT_COMPILE("truncated-ip {}"), frame.wire_len);
        } else if (!frame.has_ethertype) {
            if (frame.truncated != nullptr) text::append_trunc(out, frame.truncated);
            else fmt::format_to(fmt::appender(out), FMT_COMPILE("unknown ip {}"), frame.raw_ip_version);
        } else {
            text::ip_text(frame, default_hex, out);
        }
        return;
    }
    if (!frame.has_ethernet) {
        text::append_trunc(out, "ether");
        return;
    }
    text::append_mac(out, frame.ethernet.src);
    append(out, " > ");
    text::append_mac(out, frame.ethernet.dst);
    append(out, ", ");

    // The frame's length is printed once, after the first type field.
    bool printed_length = false;
    for (const VlanTag& tag : frame.vlans) {
        text::append_ethertype(out, tag.tpid);
        if (!printed_length) {
            append_length(out, frame.wire_len);
            printed_length = true;
        } else {
            append(out, ", ");
        }
        append(out, "vlan ");
        text::append_uint(out, tag.id());
        append(out, ", p ");
        text::append_uint(out, tag.pcp());
        append(out, tag.dei() ? ", DEI, " : ", ");
    }
    if (!frame.has_ethertype) {  // a VLAN tag was cut short
        text::append_trunc(out, "vlan");
        return;
    }
    if (frame.ethertype <= ethertype::max_length) {
        append(out, "802.3");
        if (!printed_length) append_length(out, frame.payload_wire_len);
    } else {
        text::append_ethertype(out, frame.ethertype);
        if (!printed_length) {
            append_length(out, frame.wire_len);
        } else {
            append(out, ", ");
        }
    }
    text::payload_text(frame, default_hex, out);
}

void format_summary(const DecodedFrame& frame, OutBuffer& out) {
    std::size_t start = out.size();
    if (frame.link == LinkType::raw_ip) {
        // The summary of a raw IP frame is its line without tcpdump's "ip: " link label.
        format_line(frame, false, out);
        std::copy(out.data() + start + 4, out.data() + out.size(), out.data() + start);
        out.resize(out.size() - 4);
    } else if (!frame.has_ethertype) {
        // Nothing after the link-layer header: the summary is the truncation mark alone.
        append(out, frame.has_ethernet ? "[|vlan]" : "[|ether]");
        return;
    } else {
        text::payload_text(frame, false, out);
    }
    // The summary is the rest of the one text line: hex lines that tcpdump prints even under
    // -x (unknown ARP operations, cut LLC headers) are not part of it.
    const char* end = std::find(out.data() + start, out.data() + out.size(), '\n');
    out.resize(static_cast<std::size_t>(end - out.data()));
    // A mark printed right after the link layer starts with tcpdump's space; a summary does not.
    if (out.size() > start && out.data()[start] == ' ') {
        std::copy(out.data() + start + 1, out.data() + out.size(), out.data() + start);
        out.resize(out.size() - 1);
    }
}

namespace text {

void payload_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    if (frame.link == LinkType::ethernet && frame.ethertype <= ethertype::max_length) {
        llc_text(frame, default_hex, out);
        return;
    }
    // A type tcpdump does not decode: its payload in hex.
    if (!ethertype_text(frame.ethertype, frame, default_hex, out) && default_hex) {
        format_hex_ascii(frame.payload, out);
    }
}

bool ethertype_text(std::uint16_t type, const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    switch (type) {
        case ethertype::arp:
        case ethertype::rarp:
            arp_text(frame, default_hex, out);
            return true;
        case ethertype::ipv4:
        case ethertype::ipv6:
            ip_text(frame, default_hex, out);
            return true;
        default:
            return false;
    }
}

}  // namespace text
}  // namespace tapsniff
