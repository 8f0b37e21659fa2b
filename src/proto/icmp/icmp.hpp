// ICMP (RFC 792, 950, 1191, 1256): the fields tcpdump's icmp_print reads, message type by type.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

// Message types (RFC 792 and later), named once for the decoder, the responder and the tests.
namespace icmp_type {
inline constexpr std::uint8_t echo_reply = 0;
inline constexpr std::uint8_t unreachable = 3;
inline constexpr std::uint8_t source_quench = 4;
inline constexpr std::uint8_t redirect = 5;
inline constexpr std::uint8_t echo = 8;
inline constexpr std::uint8_t router_advert = 9;
inline constexpr std::uint8_t router_solicit = 10;
inline constexpr std::uint8_t time_exceeded = 11;
inline constexpr std::uint8_t param_problem = 12;
inline constexpr std::uint8_t timestamp = 13;
inline constexpr std::uint8_t timestamp_reply = 14;
inline constexpr std::uint8_t info_request = 15;
inline constexpr std::uint8_t info_reply = 16;
inline constexpr std::uint8_t mask_request = 17;
inline constexpr std::uint8_t mask_reply = 18;
}  // namespace icmp_type

// Destination-unreachable codes that carry more than the quoted destination.
namespace icmp_unreach {
inline constexpr std::uint8_t net = 0;
inline constexpr std::uint8_t host = 1;
inline constexpr std::uint8_t protocol = 2;   // + the quoted protocol
inline constexpr std::uint8_t port = 3;       // + the quoted protocol and destination port
inline constexpr std::uint8_t need_frag = 4;  // + the next-hop MTU (RFC 1191)
}  // namespace icmp_unreach

// One address of a router advertisement (RFC 1256).
struct IcmpRouterEntry {
    Ipv4Address address{};
    std::uint32_t preference = 0;
};

struct IcmpLayer {
    static const Protocol protocol;

    std::uint8_t type = 0;
    std::uint8_t code = 0;
    bool has_checksum = false;       // the checksum field was captured (checksum.value holds it)
    // Every field tcpdump reads for this type was captured; the layer's presence says the same,
    // but the field description only sees this struct.
    bool complete = false;
    Checksum checksum;
    std::uint32_t length = 0;        // the message's length on the wire, per the IP header
    Bytes body;                      // the captured message from its type byte on

    // The fields below are set only for the types that carry them, and only when `complete`.
    std::uint16_t id = 0;            // echo, echo reply, timestamp, timestamp reply
    std::uint16_t seq = 0;
    Ipv4Address gateway{};           // redirect
    std::uint16_t mtu = 0;           // unreachable, need to fragment
    std::uint8_t pointer = 0;        // parameter problem, code 0
    std::uint32_t mask = 0;          // address mask reply
    std::uint32_t originate = 0;     // timestamp reply: milliseconds since midnight UTC
    std::uint32_t receive = 0;
    std::uint32_t transmit = 0;
    // The IP header an error quotes (unreachable, redirect, time exceeded).
    std::uint8_t quoted_proto = 0;
    Ipv4Address quoted_dst{};
    std::uint16_t quoted_dport = 0;  // port unreachable: from the quoted transport header
    // Router advertisement.
    std::uint8_t ra_count = 0;       // addresses announced
    std::uint8_t ra_entry_size = 0;  // in 32-bit words (2 for address + preference)
    std::uint16_t ra_lifetime = 0;   // seconds
    std::span<const IcmpRouterEntry> ra_entries;  // the entries captured, in the frame's arena
};

// Adds an IcmpLayer when the enclosing IP header is IPv4 (tcpdump prints ICMP over IPv6 as an
// error, from the IP layer); nothing otherwise.
void decode_icmp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
