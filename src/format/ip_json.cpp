// The IP layers' members of the JSON Lines object (keys as in the interface contract).
#include "tapsniff/decode.hpp"
#include "ip_text_parts.hpp"

namespace tapsniff {
namespace {

using text::append;


void tcp_flags(OutBuffer& out, std::uint8_t flags) {
    static constexpr std::string_view kLetters = "FSRP.UEW";
    for (std::size_t bit = 0; bit < kLetters.size(); ++bit) {
        if ((flags >> bit) & 1U) out.push_back(kLetters[bit]);
    }
}

}  // namespace

void append_ip_json(const DecodedFrame& frame, OutBuffer& out) {
    const IpLayers& ip = frame.ip;
    if (ip.has_ipv4 && ip.ipv4.status != Ipv4Status::cut && ip.ipv4.status != Ipv4Status::bad_version) {
        append(out, ",\"ipv4\":{\"src\":\"");
        text::append_v4(out, ip.ipv4.src);
        append(out, "\",\"dst\":\"");
        text::append_v4(out, ip.ipv4.dst);
        TS_PUT(out, "\",\"proto\":{},\"ttl\":{},\"len\":{}}}", ip.ipv4.proto, ip.ipv4.ttl, ip.ipv4.total_len);
    }
    if (ip.has_ipv6 && ip.ipv6.stop != Ipv6Stop::header_cut && ip.ipv6.stop != Ipv6Stop::bad_version) {
        append(out, ",\"ipv6\":{\"src\":\"");
        text::append_v6(out, ip.ipv6.src);
        append(out, "\",\"dst\":\"");
        text::append_v6(out, ip.ipv6.dst);
        TS_PUT(out, "\",\"next\":{},\"hlim\":{},\"len\":{}}}", ip.ipv6.next, ip.ipv6.hop_limit, ip.ipv6.payload_len);
    }
    if (ip.has_icmp) TS_PUT(out, ",\"icmp\":{{\"type\":{},\"code\":{}}}", ip.icmp.type, ip.icmp.code);
    if (ip.has_icmp6 && ip.icmp6.length > 0 && ip.icmp6.cut != Icmp6Cut::type && ip.icmp6.cut != Icmp6Cut::code) {
        TS_PUT(out, ",\"icmp6\":{{\"type\":{},\"code\":{}}}", ip.icmp6.type, ip.icmp6.code);
    }
    if (ip.has_udp && (ip.udp.status == UdpStatus::ok || ip.udp.status == UdpStatus::bad_length)) {
        TS_PUT(out, ",\"udp\":{{\"sport\":{},\"dport\":{},\"len\":{}}}", ip.udp.sport, ip.udp.dport, ip.udp.length_field);
    }
    if (ip.has_tcp && ip.tcp.status != TcpStatus::ports_cut && ip.tcp.status != TcpStatus::header_cut) {
        TS_PUT(out, ",\"tcp\":{{\"sport\":{},\"dport\":{},\"flags\":\"", ip.tcp.sport, ip.tcp.dport);
        tcp_flags(out, ip.tcp.flags);
        TS_PUT(out, "\",\"seq\":{},\"ack\":{},\"win\":{}}}", ip.tcp.seq, ip.tcp.ack, ip.tcp.window);
    }
}

}  // namespace tapsniff
