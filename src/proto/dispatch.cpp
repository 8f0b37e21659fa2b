// The one dispatch table: which decoder takes the bytes after a link header, an ethertype, an IP
// protocol number. Adding a protocol = its home, a row here, its tests.
#include <array>

#include "proto/ah/ah.hpp"
#include "proto/arp/arp.hpp"
#include "proto/decoder.hpp"
#include "proto/esp/esp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/gre/gre.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ip/ip.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/mpls/mpls.hpp"
#include "proto/ppp/ppp.hpp"
#include "proto/pppoe/pppoe.hpp"
#include "proto/raw/raw.hpp"
#include "proto/sctp/sctp.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/udp/udp.hpp"

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
    // print-ether.c's ethertype_print: pppoe_print, ppp_print (after ": "), mpls_print.
    // (MACsec is read by the Ethernet decoder itself, as ether_common_print does.)
    {ethertype::pppoe_discovery, decode_pppoe},
    {ethertype::pppoe_session, decode_pppoe},
    {ethertype::pppoe_discovery_3com, decode_pppoe},
    {ethertype::pppoe_session_3com, decode_pppoe},
    {ethertype::ppp, decode_ppp_ethertype},
    {ethertype::mpls, decode_mpls},
    {ethertype::mpls_multicast, decode_mpls},
});

// An IP packet inside an IP packet (tcpdump's ip_demux_print: IPPROTO_IPV4 / IPPROTO_IPV6): the
// outer header (or the AH after it) becomes a tunnel, so JSON nests the inner packet.
void decode_inner_ipv4(Decoder& d, Bytes data, std::uint32_t wire_len) {
    d.frame.mark_tunnel();
    decode_ipv4(d, data, wire_len);
}
void decode_inner_ipv6(Decoder& d, Bytes data, std::uint32_t wire_len) {
    d.frame.mark_tunnel();
    decode_ipv6(d, data, wire_len);
}
// IPPROTO_ETHERNET: an Ethernet frame in IPv6 (over IPv4, tcpdump says it requires IPv6).
void decode_inner_ethernet(Decoder& d, Bytes data, std::uint32_t wire_len) {
    if (current_ip(d.frame).v6 == nullptr) return;
    d.frame.mark_tunnel();
    decode_ethernet(d, data, wire_len);
}

// IP protocol numbers, indexed directly: this lookup is on every IP packet.
constexpr auto kIpProtocols = [] {
    std::array<DecodeFn, 256> t{};
    t[ipproto::icmp] = decode_icmp;
    t[ipproto::tcp] = decode_tcp;
    t[ipproto::udp] = decode_udp;
    t[ipproto::icmpv6] = decode_icmp6;
    // Tunnels and IPsec, as print-ip-demux.c hands them on (print-gre.c, print-esp.c, print-ah.c,
    // print-sctp.c; ip_print / ip6_print for IP in IP).
    t[ipproto::ipv4] = decode_inner_ipv4;
    t[ipproto::ipv6] = decode_inner_ipv6;
    t[ipproto::gre] = decode_gre;
    t[ipproto::esp] = decode_esp;
    t[ipproto::ah] = decode_ah;
    t[ipproto::sctp] = decode_sctp;
    t[ipproto::ethernet] = decode_inner_ethernet;
    return t;
}();

// GRE payloads by protocol type: print-gre.c's gre_print_0 (version 0) and gre_print_1 (version 1,
// PPTP). IPX, AppleTalk and OSI, which tcpdump also prints, have no decoder here.
struct GreRow {
    std::uint8_t version;
    std::uint16_t proto;
    DecodeFn decode;
};
constexpr auto kGreProtocols = std::to_array<GreRow>({
    {0, ethertype::ipv4, decode_ipv4},
    {0, ethertype::ipv6, decode_ipv6},
    {0, ethertype::mpls, decode_mpls},
    {0, ethertype::teb, decode_ethernet},
    {1, ethertype::ppp, decode_ppp},
});

// PPP network protocols: print-ppp.c's handle_ppp (IPX and OSI have no decoder here).
struct PppRow {
    std::uint16_t proto;
    DecodeFn decode;
};
constexpr auto kPppProtocols = std::to_array<PppRow>({
    {pppproto::ip, decode_ipv4},
    {pppproto::vjnc, decode_ipv4},
    {pppproto::ipv6, decode_ipv6},
    {pppproto::mpls_unicast, decode_mpls},
    {pppproto::mpls_multicast, decode_mpls},
});

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
constexpr std::array<PortRow, 0> kUdpPorts{};

// TCP payloads, in the order of tcpdump's tcp_print.
constexpr std::array<PortRow, 0> kTcpPorts{};

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

bool decode_gre_payload(Decoder& d, std::uint8_t version, std::uint16_t proto, Bytes data, std::uint32_t wire_len) {
    for (const GreRow& row : kGreProtocols) {
        if (row.version == version && row.proto == proto) {
            row.decode(d, data, wire_len);
            return true;
        }
    }
    return false;
}

bool decode_ppp_protocol(Decoder& d, std::uint16_t proto, Bytes data, std::uint32_t wire_len) {
    for (const PppRow& row : kPppProtocols) {
        if (row.proto == proto) {
            row.decode(d, data, wire_len);
            return true;
        }
    }
    return false;
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
    }
}

}  // namespace tapsniff
