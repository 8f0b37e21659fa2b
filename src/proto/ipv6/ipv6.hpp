// IPv6 (RFC 8200) and its extension-header chain, walked as tcpdump's ip6_print walks it.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

enum class Ip6ExtKind : std::uint8_t { hop_by_hop, destination, routing, fragment };

// What tcpdump's ip6_opt_process complains about in a hop-by-hop header (printed without -v).
enum class Ip6OptProblem : std::uint8_t {
    none, padn_trunc, rtalert_trunc, rtalert_len, jumbo_trunc, jumbo_len, homeaddr_trunc, homeaddr_len, type_trunc
};

struct Ipv6Extension {
    Ip6ExtKind kind = Ip6ExtKind::hop_by_hop;
    std::uint8_t next = 0;
    std::uint32_t offset = 0;        // from the start of the IPv6 header
    std::uint16_t length = 0;        // bytes the header claims
    std::uint16_t captured = 0;      // bytes of it that were captured
    // hop-by-hop / destination options
    bool options_bad = false;        // tcpdump's option walk failed (a problem or a bad length)
    Ip6OptProblem problem = Ip6OptProblem::none;
    std::uint8_t problem_value = 0;
    // routing
    std::uint8_t rt_len = 0;         // raw length field (8-octet units)
    std::uint8_t rt_type = 0;
    std::uint8_t rt_segleft = 0;
    std::uint32_t rt_reserved = 0;   // types 0/2
    std::uint8_t rt_last_entry = 0;  // type 4
    std::uint8_t rt_flags = 0;
    std::uint16_t rt_tag = 0;
    std::span<const Ipv6Address> rt_addresses;  // the captured addresses, in the frame's arena
    bool rt_addresses_cut = false;   // fewer captured than the length says
    const Ipv6Extension* next_ext = nullptr;  // the next header of the chain, or nullptr
    // fragment
    std::uint16_t frag_offset = 0;   // in 8-octet units
    bool frag_more = false;
    std::uint32_t frag_id = 0;
};

// Why the IPv6 header chain ended.
enum class Ipv6Stop : std::uint8_t {
    upper,            // handed to the upper layer `upper_proto`
    header_cut,       // fewer than 40 bytes captured ("[|ip6]")
    short_length,     // "truncated-ip6 N"
    bad_version,      // "version error: N != 6"
    hbh_repeated,     // a second hop-by-hop header
    hbh_not_first,
    no_jumbo,         // payload length 0 without a jumbo option
    ext_cut,          // the last extension header was cut ("[|hbhopt]", "[|rt6]" ...)
    rt_bad_length,    // routing header with an odd length
    rt_unknown_type,
    frag_later,       // a non-first fragment: nothing more to decode
    frag_at_end,      // the fragment header ends the captured bytes
    length_short,     // the payload length ends inside the chain ("[|ip6]")
    chain_too_long,   // more extension headers than the frame has room for
    chain_end,        // the captured bytes ended with an extension header: nothing follows
};

struct Ipv6Layer {
    static const Protocol protocol;

    std::uint8_t version = 0;
    std::uint8_t traffic_class = 0;
    std::uint32_t flow_label = 0;
    std::uint16_t payload_len = 0;
    std::uint8_t next = 0;
    std::uint8_t hop_limit = 0;
    Ipv6Address src{};
    Ipv6Address dst{};
    Ipv6Address final_dst{};         // dst, or the last routing-header address (for checksums)
    std::uint32_t wire_len = 0;
    std::uint32_t missing = 0;       // "truncated-ip6 - N bytes missing!" when > 0
    std::uint32_t jumbo_missing = 0; // the same, found after a jumbo payload option
    const Ipv6Extension* first_ext = nullptr;  // the chain, in the frame's arena (linked in order)
    std::size_t ext_count = 0;
    Ipv6Stop stop = Ipv6Stop::upper;
    std::uint8_t upper_proto = 0;    // what the chain handed on to (also for a later fragment)
    std::uint32_t upper_len = 0;     // bytes of it per the header(s)
    bool has_fragment_header = false;
    const Ipv6Extension* fragment = nullptr;  // the fragment header, if any
    Bytes fragment_payload;          // captured bytes after it (cut at the payload length)
};

void decode_ipv6(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
