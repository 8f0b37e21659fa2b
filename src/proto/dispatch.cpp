// The one dispatch table: which decoder takes the bytes after a link header, an ethertype, an IP
// protocol number. Adding a protocol = its home, a row here, its tests.
#include <array>

#include "proto/arp/arp.hpp"
#include "proto/decoder.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/ftp/ftp.hpp"
#include "proto/http/http.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/raw/raw.hpp"
#include "proto/resp/resp.hpp"
#include "proto/rtsp/rtsp.hpp"
#include "proto/sip/sip.hpp"
#include "proto/sll/sll.hpp"
#include "proto/smtp/smtp.hpp"
#include "proto/ssh/ssh.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/telnet/telnet.hpp"
#include "proto/udp/udp.hpp"
#include "proto/whois/whois.hpp"

namespace tapsniff {
namespace {

struct EthertypeRow {
    std::uint16_t type;
    DecodeFn decode;
};

constexpr auto kEthertypes = std::to_array<EthertypeRow>({
    {ethertype::ipv4, decode_ipv4},
    {ethertype::ipv6, decode_ipv6},
    {ethertype::arp, decode_arp},
    {ethertype::rarp, decode_arp},
});

// IP protocol numbers, indexed directly: this lookup is on every IP packet.
constexpr auto kIpProtocols = [] {
    std::array<DecodeFn, 256> t{};
    t[ipproto::icmp] = decode_icmp;
    t[ipproto::tcp] = decode_tcp;
    t[ipproto::udp] = decode_udp;
    t[ipproto::icmpv6] = decode_icmp6;
    return t;
}();

// Which of a segment's ports a row looks at (tcpdump's IS_SRC_OR_DST_PORT, dport ==, sport ==).
enum class PortMatch : std::uint8_t { either, source, destination };

struct PortRow {
    std::uint16_t low;   // a port, or a range of them
    std::uint16_t high;
    PortMatch match;
    DecodeFn decode;
};

constexpr PortRow port(std::uint16_t p, DecodeFn decode, PortMatch match = PortMatch::either) {
    return PortRow{p, p, match, decode};
}

// UDP payloads, in the order of tcpdump's udp_print. (Rows are added with each protocol's home.)
constexpr auto kUdpPorts = std::to_array<PortRow>({
    // ... udp_print's rows from NAMESERVER_PORT to LWAPP_DATA_PORT come before SIP ...
    port(udp_port::sip, decode_sip),  // sip_print (print-sip.c)
    // ... then SYSLOG_PORT, OTV_PORT, VXLAN_PORT ...
});

// TCP payloads, in the order of tcpdump's tcp_print. A row without a decoder claims its port as
// tcpdump's chain does (the segment goes to that printer, not to a later row's) until its home
// comes: "length N" then ends the line.
constexpr auto kTcpPorts = std::to_array<PortRow>({
    port(tcp_port::telnet, decode_telnet), // telnet_print (print-telnet.c)
    port(tcp_port::smtp, decode_smtp),     // smtp_print (print-smtp.c, txtproto)
    port(tcp_port::whois, decode_whois),   // whois_print (print-whois.c, txtproto)
    port(179, nullptr),                    // bgp_print
    port(1723, nullptr),                   // pptp_print
    port(tcp_port::redis, decode_resp),    // resp_print (print-resp.c)
    port(tcp_port::ssh, decode_ssh),       // ssh_print (print-ssh.c)
    port(10288, nullptr),                  // beep_print (tcpdump built without ENABLE_SMB: no NBT/SMB rows)
    port(6633, nullptr),                   // openflow_print (OPENFLOW_PORT_OLD)
    port(6653, nullptr),                   // openflow_print (OPENFLOW_PORT_IANA)
    port(tcp_port::ftp, decode_ftp),       // ftp_print (print-ftp.c, txtproto)
    port(tcp_port::http, decode_http),     // http_print (print-http.c, txtproto)
    port(tcp_port::http_alt, decode_http),
    port(tcp_port::rtsp, decode_rtsp),     // rtsp_print (print-rtsp.c, txtproto)
    port(tcp_port::rtsp_alt, decode_rtsp),
    // ... then NAMESERVER_PORT (domain_print), MSDP_PORT, RPKI_RTR_PORT, LDP_PORT, NFS_PORT ...
});

// Every port any row names, so that most segments are passed on after one bit test.
template <std::size_t N>
constexpr std::array<std::uint64_t, 1024> port_bitmap(const std::array<PortRow, N>& rows) {
    std::array<std::uint64_t, 1024> bits{};
    for (const PortRow& row : rows) {
        for (std::uint32_t p = row.low; p <= row.high; ++p) bits[p >> 6U] |= std::uint64_t{1} << (p & 63U);
    }
    return bits;
}

constexpr auto kUdpPortBits = port_bitmap(kUdpPorts);
constexpr auto kTcpPortBits = port_bitmap(kTcpPorts);

bool in_bitmap(const std::array<std::uint64_t, 1024>& bits, std::uint16_t p) {
    return ((bits[p >> 6U] >> (p & 63U)) & 1U) != 0;
}

template <std::size_t N>
DecodeFn port_decoder(const std::array<PortRow, N>& rows, const std::array<std::uint64_t, 1024>& bits,
                      std::uint16_t sport, std::uint16_t dport) {
    if (!in_bitmap(bits, sport) && !in_bitmap(bits, dport)) return nullptr;
    auto hit = [](const PortRow& row, std::uint16_t p) { return p >= row.low && p <= row.high; };
    for (const PortRow& row : rows) {
        const bool src = hit(row, sport);
        const bool dst = hit(row, dport);
        if ((row.match == PortMatch::either && (src || dst)) || (row.match == PortMatch::source && src) ||
            (row.match == PortMatch::destination && dst)) {
            return row.decode;
        }
    }
    return nullptr;
}

DecodeFn ethertype_decoder(std::uint16_t type) {
    for (const EthertypeRow& row : kEthertypes) {
        if (row.type == type) return row.decode;
    }
    return nullptr;
}

}  // namespace

bool has_ethertype_decoder(std::uint16_t type) { return ethertype_decoder(type) != nullptr; }

bool decode_ethertype(Decoder& d, std::uint16_t type, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = ethertype_decoder(type);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_ip_protocol(Decoder& d, std::uint8_t protocol, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = kIpProtocols[protocol];
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_udp_payload(Decoder& d, std::uint16_t sport, std::uint16_t dport, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = port_decoder(kUdpPorts, kUdpPortBits, sport, dport);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_tcp_payload(Decoder& d, std::uint16_t sport, std::uint16_t dport, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = port_decoder(kTcpPorts, kTcpPortBits, sport, dport);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, const DecodeOptions& options,
                  DecodedFrame& out) {
    out.reset(frame, wire_len, link);
    Decoder d{out, options};
    switch (link) {
        case LinkType::ethernet:
            decode_ethernet(d, frame, wire_len);
            break;
        case LinkType::raw_ip:
            decode_raw_ip(d, frame, wire_len);
            break;
        // tcpdump's print-sll.c: sll_if_print, sll2_if_print (`tcpdump -i any` captures)
        case LinkType::linux_sll:
            decode_sll(d, frame, wire_len);
            break;
        case LinkType::linux_sll2:
            decode_sll2(d, frame, wire_len);
            break;
    }
}

}  // namespace tapsniff
