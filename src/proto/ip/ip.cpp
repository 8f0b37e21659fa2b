// What the layers above IPv4 and IPv6 share: addresses, pseudo-header checksums and
// tcpdump's ip_demux_print for protocols no decoder took.
#include "proto/ip/ip.hpp"

#include "proto/ah/ah.hpp"

namespace tapsniff {

bool EnclosingIp::fragmented() const {
    if (v4 != nullptr) return v4->more_fragments();
    return v6 != nullptr && v6->has_fragment_header;
}

EnclosingIp enclosing_ip(const DecodedFrame& frame, std::size_t index) {
    // AH sits between an IP header and the protocol it protects (tcpdump's ip_demux_print goes
    // on after it with the same IP header).
    while (index > 0 && frame.get<AhLayer>(index - 1) != nullptr) --index;
    if (index == 0) return {};
    return EnclosingIp{frame.get<Ipv4Layer>(index - 1), frame.get<Ipv6Layer>(index - 1)};
}

EnclosingIp current_ip(const DecodedFrame& frame) { return enclosing_ip(frame, frame.size()); }

Checksum verify_upper_checksum(const EnclosingIp& ip, std::uint8_t proto, Bytes covered, std::uint16_t field) {
    ChecksumSum sum;
    const auto length = static_cast<std::uint32_t>(covered.size());
    if (ip.v4 != nullptr) add_pseudo_header_v4(sum, ip.v4->src, ip.v4->dst, proto, length);
    else if (ip.v6 != nullptr) add_pseudo_header_v6(sum, ip.v6->src, ip.v6->final_dst, proto, length);
    return verify_checksum(sum, covered, field);
}

namespace text {

namespace {
void append_src(OutBuffer& out, const EnclosingIp& ip) {
    if (ip.v4 != nullptr) append_ipv4(out, ip.v4->src);
    else if (ip.v6 != nullptr) append_ipv6(out, ip.v6->src);
}
void append_dst(OutBuffer& out, const EnclosingIp& ip) {
    if (ip.v4 != nullptr) append_ipv4(out, ip.v4->dst);
    else if (ip.v6 != nullptr) append_ipv6(out, ip.v6->dst);
}
}  // namespace

void append_endpoints(OutBuffer& out, const EnclosingIp& ip, std::string_view sep) {
    append_src(out, ip);
    append(out, " > ");
    append_dst(out, ip);
    append(out, sep);
}

void append_ports(OutBuffer& out, const EnclosingIp& ip, std::uint8_t proto, unsigned sport, unsigned dport) {
    if (ip.carries_directly(proto)) {
        append_src(out, ip);
        out.push_back('.');
        append_uint(out, sport);
        append(out, " > ");
        append_dst(out, ip);
        out.push_back('.');
        append_uint(out, dport);
        append(out, ": ");
    } else {
        append_uint(out, sport);
        append(out, " > ");
        append_uint(out, dport);
        append(out, ": ");
    }
}

}  // namespace text

void ip_upper_text(const TextContext& t, std::size_t ip_index, std::uint8_t proto, std::uint32_t upper_len,
                   bool v4) {
    if (text_next(t, ip_index)) return;
    OutBuffer& out = t.out;
    switch (proto) {
        case ipproto::icmp:
            if (!v4) text::append(out, "[ICMP requires IPv4] (invalid)");
            return;
        case ipproto::icmpv6:
            if (v4) text::append(out, "[ICMPv6 requires IPv6] (invalid)");
            return;
        case ipproto::igmp:
            if (!v4) text::append(out, "[IGMP requires IPv4] (invalid)");
            return;
        case ipproto::ethernet:
            if (v4) text::append(out, "[Ethernet requires IPv6] (invalid)");
            return;
        case ipproto::none:
            text::append(out, "no next header");
            return;
        default:
            TS_PUT(out, " ip-proto-{} {}", proto, upper_len);
            return;
    }
}

}  // namespace tapsniff
