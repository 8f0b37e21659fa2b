// What the layers above IPv4 and IPv6 share: the enclosing IP header's addresses, the pseudo-header
// of their checksums, and tcpdump's ip_demux_print for what no decoder took.
#pragma once

#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

// The IP header that carries layer `index` (the one right before it), or neither.
struct EnclosingIp {
    const Ipv4Layer* v4 = nullptr;
    const Ipv6Layer* v6 = nullptr;

    [[nodiscard]] bool found() const { return v4 != nullptr || v6 != nullptr; }
    // tcpdump prints addresses with the ports only when the transport follows the IP header directly.
    [[nodiscard]] bool carries_directly(std::uint8_t proto) const {
        return v4 != nullptr ? v4->proto == proto : (v6 != nullptr && v6->next == proto);
    }
    // More fragments follow (IPv4 MF) or an IPv6 fragment header: the upper layer is incomplete.
    [[nodiscard]] bool fragmented() const;
};
EnclosingIp enclosing_ip(const DecodedFrame& frame, std::size_t index);
// While decoding: the IP header the next layer will sit on (the last layer added).
EnclosingIp current_ip(const DecodedFrame& frame);

// Verifies an upper-layer checksum over `covered` with the enclosing header's pseudo-header.
Checksum verify_upper_checksum(const EnclosingIp& ip, std::uint8_t proto, Bytes covered, std::uint16_t field);

namespace text {
// "src > dst" followed by `sep` (": " or ":").
void append_endpoints(OutBuffer& out, const EnclosingIp& ip, std::string_view sep);
// "src.sport > dst.dport: ", or "sport > dport: " when extension headers come between.
void append_ports(OutBuffer& out, const EnclosingIp& ip, std::uint8_t proto, unsigned sport, unsigned dport);
}  // namespace text

// After an IP header's own text: the upper layer's text, or what tcpdump prints for a protocol it
// hands to no printer (" ip-proto-N LEN").
void ip_upper_text(const TextContext& t, std::size_t ip_index, std::uint8_t proto, std::uint32_t upper_len,
                   bool v4);

// tcpdump prints the addresses itself for these; for the rest, IP prints "src > dst: " first.
[[nodiscard]] inline bool prints_own_addresses(std::uint8_t proto) {
    return proto == ipproto::tcp || proto == ipproto::udp || proto == ipproto::sctp || proto == ipproto::dccp;
}

}  // namespace tapsniff
