// Pieces shared by the IP-level text printers (ip_text, icmp_text, icmp6_text, transport_text).
#pragma once

#include "text_parts.hpp"

namespace tapsniff::text {

inline void append_v4(OutBuffer& out, const Ipv4Address& a) { append_ipv4(out, a); }
inline void append_v6(OutBuffer& out, const Ipv6Address& a) { append_ipv6(out, a); }

// The source address of the frame's IP header, then the destination.
inline void append_ip_src(OutBuffer& out, const DecodedFrame& f) {
    if (f.ip.has_ipv4) append_v4(out, f.ip.ipv4.src);
    else append_v6(out, f.ip.ipv6.src);
}
inline void append_ip_dst(OutBuffer& out, const DecodedFrame& f) {
    if (f.ip.has_ipv4) append_v4(out, f.ip.ipv4.dst);
    else append_v6(out, f.ip.ipv6.dst);
}

// "src > dst" with optional ports; `sep` follows (": " or ":").
inline void append_endpoints(OutBuffer& out, const DecodedFrame& f, std::string_view sep) {
    append_ip_src(out, f);
    append(out, " > ");
    append_ip_dst(out, f);
    append(out, sep);
}

// tcpdump prints addresses with the ports only when the transport follows the IP header directly.
inline bool transport_follows_ip(const DecodedFrame& f, std::uint8_t proto) {
    return f.ip.has_ipv4 ? f.ip.ipv4.proto == proto : f.ip.ipv6.next == proto;
}

inline void append_ports(OutBuffer& out, const DecodedFrame& f, std::uint8_t proto, unsigned sport, unsigned dport) {
    if (transport_follows_ip(f, proto)) {
        append_ip_src(out, f);
        out.push_back('.');
        append_uint(out, sport);
        append(out, " > ");
        append_ip_dst(out, f);
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

// tcpdump's hex_print: "\n\t0x0000:  0102 0304", no ASCII column.
void append_plain_hex(OutBuffer& out, Bytes bytes);

void ipv4_text(const DecodedFrame& frame, OutBuffer& out);
void ipv6_text(const DecodedFrame& frame, OutBuffer& out);
void upper_text(const DecodedFrame& frame, OutBuffer& out);
void icmp_text(const DecodedFrame& frame, OutBuffer& out);
void icmp6_text(const DecodedFrame& frame, OutBuffer& out);
void udp_text(const DecodedFrame& frame, OutBuffer& out);
void tcp_text(const DecodedFrame& frame, OutBuffer& out);

}  // namespace tapsniff::text
