// ICMPv6 (RFC 4443, 4861, 2710, 3810): the fields tcpdump's icmp6_print reads, type by type.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

// Message types, named once for the decoder, the responder and the tests.
namespace icmp6_type {
inline constexpr std::uint8_t dst_unreachable = 1;
inline constexpr std::uint8_t packet_too_big = 2;
inline constexpr std::uint8_t time_exceeded = 3;
inline constexpr std::uint8_t param_problem = 4;
inline constexpr std::uint8_t echo_request = 128;
inline constexpr std::uint8_t echo_reply = 129;
inline constexpr std::uint8_t mld_query = 130;
inline constexpr std::uint8_t mld_report = 131;
inline constexpr std::uint8_t mld_done = 132;
inline constexpr std::uint8_t router_solicit = 133;
inline constexpr std::uint8_t router_advert = 134;
inline constexpr std::uint8_t neighbor_solicit = 135;
inline constexpr std::uint8_t neighbor_advert = 136;
inline constexpr std::uint8_t redirect = 137;
inline constexpr std::uint8_t router_renumbering = 138;
inline constexpr std::uint8_t node_info_query = 139;
inline constexpr std::uint8_t node_info_reply = 140;
inline constexpr std::uint8_t inverse_nd_solicit = 141;
inline constexpr std::uint8_t inverse_nd_advert = 142;
inline constexpr std::uint8_t mldv2_report = 143;
inline constexpr std::uint8_t ha_discovery_request = 144;
inline constexpr std::uint8_t ha_discovery_reply = 145;
inline constexpr std::uint8_t mobile_prefix_solicit = 146;
inline constexpr std::uint8_t mobile_prefix_advert = 147;
}  // namespace icmp6_type

// Destination-unreachable codes (RFC 4443 3.1).
namespace icmp6_unreach {
inline constexpr std::uint8_t no_route = 0;
inline constexpr std::uint8_t admin_prohibited = 1;
inline constexpr std::uint8_t beyond_scope = 2;
inline constexpr std::uint8_t address = 3;
inline constexpr std::uint8_t port = 4;
}  // namespace icmp6_unreach

// Neighbor Discovery option types (RFC 4861 4.6), found after the fixed part of ND messages.
namespace nd_option {
inline constexpr std::uint8_t source_link_address = 1;
inline constexpr std::uint8_t target_link_address = 2;
inline constexpr std::uint8_t prefix_information = 3;
inline constexpr std::uint8_t redirected_header = 4;
inline constexpr std::uint8_t mtu = 5;
}  // namespace nd_option

// Neighbor advertisement flags, the top bits of the word after the checksum (RFC 4861 4.4).
namespace nd_advert_flag {
inline constexpr std::uint32_t router = 0x80000000U;
inline constexpr std::uint32_t solicited = 0x40000000U;
inline constexpr std::uint32_t override = 0x20000000U;  // a contextual keyword only: a valid name
}  // namespace nd_advert_flag

// Where the message was cut, in the order tcpdump prints its parts.
enum class Icmp6Cut : std::uint8_t {
    none,
    type,   // not even the type byte
    code,   // the type, not the code
    body,   // the first part tcpdump prints for this type
    body2,  // the second part (MLDv2 query: the number of sources after the group address)
};

// One multicast address record of an MLDv2 report (RFC 3810 5.2).
struct MldRecord {
    std::uint8_t type = 0;
    std::uint8_t aux_len = 0;        // in 32-bit words
    std::uint16_t sources = 0;
    Ipv6Address group{};
};

struct Icmp6Layer {
    static const Protocol protocol;

    std::uint8_t type = 0;
    std::uint8_t code = 0;
    bool has_checksum = false;       // the checksum field was captured (checksum.value holds it)
    Checksum checksum;
    std::uint32_t length = 0;        // the message's length on the wire, per the IPv6 header(s)
    Icmp6Cut cut = Icmp6Cut::none;
    bool mld_short = false;          // MLDv1 message not captured whole: tcpdump prints nothing of it
    Bytes body;                      // the captured message from its type byte on

    // The fields below are set only for the types that carry them, and only when not cut.
    std::uint16_t id = 0;            // echo request/reply; also HA discovery request, mobile prefix solicitation
    std::uint16_t seq = 0;           // echo request/reply
    std::uint32_t mtu = 0;           // packet too big
    std::uint32_t pointer = 0;       // parameter problem
    Ipv6Address target{};            // neighbor solicitation/advertisement, redirect
    bool nd_options_valid = false;   // NS/NA: every option has a length that is not 0 and fits
    bool nd_source_link_address = false;  // NS/NA: a source link-layer address option is there
    Ipv6Address destination{};       // redirect
    // The IPv6 header an error quotes (destination unreachable, time exceeded, parameter problem).
    Ipv6Address quoted_src{};
    Ipv6Address quoted_dst{};
    bool quoted_upper = false;       // port unreachable: the quoted UDP/TCP header was found
    std::uint8_t quoted_proto = 0;
    std::uint16_t quoted_dport = 0;
    // MLD (130-132).
    std::uint16_t mld_delay = 0;     // maximum response delay (MLDv2 query: its code)
    Ipv6Address mld_group{};         // multicast address
    std::uint16_t mld_sources = 0;   // MLDv2 query: number of sources
    // MLDv2 report (143).
    std::uint16_t group_count = 0;   // records announced
    std::span<const MldRecord> records;  // the records captured, in the frame's arena
};

// Adds an Icmp6Layer when the enclosing IP header is IPv6 (tcpdump prints ICMPv6 over IPv4 as an
// error, from the IP layer); nothing otherwise.
void decode_icmp6(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
