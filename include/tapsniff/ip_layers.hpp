// IPv4/IPv6 and the transport layers above them (filled by src/decode/ip*.cpp, icmp*.cpp, udp.cpp, tcp.cpp).
#pragma once

#include <array>
#include <cstdint>

#include "tapsniff/checksum.hpp"
#include "tapsniff/cursor.hpp"

namespace tapsniff {

using Ipv4Address = std::array<std::uint8_t, 4>;
using Ipv6Address = std::array<std::uint8_t, 16>;

// Why ip_print stopped before the upper layer; the formatter words each as tcpdump does.
enum class Ipv4Status : std::uint8_t {
    ok,
    cut,           // fewer than 20 bytes captured ("[|ip]")
    bad_version,   // version nibble != 4 ("IP6, wrong link-layer encapsulation" / "IP5")
    short_length,  // fewer than 20 bytes on the wire ("truncated-ip N")
    bad_hlen,      // IHL < 5
    bad_len,       // total length < header length
    header_cut,    // options not all captured ("[remaining caplen(N) < header length(M)]")
};

struct Ipv4Header {
    std::uint8_t version = 0;
    std::uint8_t ihl = 0;           // in 32-bit words
    std::uint8_t tos = 0;
    std::uint16_t total_len = 0;
    std::uint16_t id = 0;
    std::uint16_t frag = 0;         // flags (top 3 bits) and offset
    std::uint8_t ttl = 0;
    std::uint8_t proto = 0;
    Ipv4Address src{};
    Ipv4Address dst{};
    Bytes options;                  // captured option bytes
    std::uint32_t wire_len = 0;     // bytes on the wire from this header on
    std::uint32_t available = 0;    // captured bytes, cut at the total length
    Ipv4Status status = Ipv4Status::ok;
    Checksum checksum;

    [[nodiscard]] unsigned header_len() const { return ihl * 4U; }
    [[nodiscard]] unsigned frag_offset() const { return (frag & 0x1fffU) * 8U; }
    [[nodiscard]] bool more_fragments() const { return (frag & 0x2000U) != 0; }
    [[nodiscard]] bool dont_fragment() const { return (frag & 0x4000U) != 0; }
    [[nodiscard]] bool reserved_flag() const { return (frag & 0x8000U) != 0; }
};

enum class Ip6ExtKind : std::uint8_t { hop_by_hop, destination, routing, fragment };

// What tcpdump's ip6_opt_process complains about in a hop-by-hop header (printed without -v).
enum class Ip6OptProblem : std::uint8_t {
    none, padn_trunc, rtalert_trunc, rtalert_len, jumbo_trunc, jumbo_len, homeaddr_trunc, homeaddr_len, type_trunc
};

struct Ipv6Extension {
    Ip6ExtKind kind = Ip6ExtKind::hop_by_hop;
    std::uint8_t next = 0;
    std::uint16_t offset = 0;        // from the start of the IPv6 header
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
    Bytes rt_addresses;              // captured address bytes
    // fragment
    std::uint16_t frag_offset = 0;   // in 8-octet units
    bool frag_more = false;
    std::uint32_t frag_id = 0;
};

// Why the IPv6 header chain ended.
enum class Ipv6Stop : std::uint8_t {
    upper,            // handed to the upper layer `IpLayers::upper_proto`
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
    chain_too_long,   // more extension headers than we keep
};

inline constexpr std::size_t kMaxIpv6Extensions = 12;

struct Ipv6Header {
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
    std::array<Ipv6Extension, kMaxIpv6Extensions> ext{};
    std::uint8_t ext_count = 0;
    Ipv6Stop stop = Ipv6Stop::upper;
};

// ICMP (RFC 792 and friends). `complete` says every byte tcpdump reads for this type was captured.
inline constexpr std::size_t kMaxRouterEntries = 16;

struct IcmpMessage {
    std::uint8_t type = 0;
    std::uint8_t code = 0;
    std::uint16_t checksum_field = 0;
    std::uint32_t rest = 0;          // bytes 4-7: id/seq, gateway, mtu, pointer
    std::uint32_t length = 0;        // the IP payload length
    bool complete = false;
    // the quoted datagram of an error
    std::uint8_t inner_proto = 0;
    Ipv4Address inner_dst{};
    std::uint16_t inner_dport = 0;
    // timestamp / mask
    std::array<std::uint32_t, 3> timestamps{};
    std::uint32_t mask = 0;
    // router advertisement
    std::uint8_t ra_count = 0;
    std::uint8_t ra_size = 0;
    std::uint16_t ra_lifetime = 0;
    std::array<Ipv4Address, kMaxRouterEntries> ra_addr{};
    std::array<std::uint32_t, kMaxRouterEntries> ra_pref{};
    std::uint8_t ra_entries = 0;     // entries kept (the rest are counted in ra_count only)
    Checksum checksum;

    [[nodiscard]] std::uint16_t id() const { return static_cast<std::uint16_t>(rest >> 16U); }
    [[nodiscard]] std::uint16_t seq() const { return static_cast<std::uint16_t>(rest & 0xffffU); }
};

// Where an ICMPv6 message was cut, in the order tcpdump prints its parts.
enum class Icmp6Cut : std::uint8_t { none, type, code, body, body2 };

inline constexpr std::size_t kMaxMldRecords = 16;

struct MldRecord {
    std::uint8_t type = 0;
    std::uint8_t aux_len = 0;
    std::uint16_t sources = 0;
    Ipv6Address group{};
};

struct Icmp6Message {
    std::uint8_t type = 0;
    std::uint8_t code = 0;
    std::uint16_t checksum_field = 0;
    std::uint32_t rest = 0;          // bytes 4-7
    std::uint32_t length = 0;        // the IPv6 payload length left for ICMPv6
    Icmp6Cut cut = Icmp6Cut::none;
    Ipv6Address addr1{};             // target / quoted dst / MLD address
    Ipv6Address addr2{};             // quoted src / redirect target
    std::uint16_t mld_delay = 0;
    bool mld_short = false;          // MLDv1 body not captured: tcpdump prints nothing for it
    std::uint16_t mld_sources = 0;   // MLDv2 query
    bool quoted_upper = false;       // a quoted UDP/TCP header was found
    std::uint8_t quoted_proto = 0;
    std::uint16_t quoted_dport = 0;
    std::uint16_t group_count = 0;   // MLDv2 report
    std::array<MldRecord, kMaxMldRecords> records{};
    std::uint8_t record_count = 0;   // records kept
    Bytes body;                      // the captured message, for tcpdump's hex of unknown types
    Checksum checksum;

    [[nodiscard]] std::uint16_t id() const { return static_cast<std::uint16_t>(rest >> 16U); }
    [[nodiscard]] std::uint16_t seq() const { return static_cast<std::uint16_t>(rest & 0xffffU); }
    // Types (and unreachable codes) tcpdump cannot word, so it dumps the message in hex.
    [[nodiscard]] bool hex_dumped() const {
        if (type == 1) return code > 4;
        return !((type >= 1 && type <= 4) || (type >= 128 && type <= 137) || (type >= 141 && type <= 147));
    }
};

enum class UdpStatus : std::uint8_t {
    ok,
    ports_cut,       // not even the ports were captured
    short_length,    // fewer than 8 bytes on the wire ("truncated-udp N")
    header_cut,      // ports captured, the rest of the header not
    bad_length,      // length field < 8 ("truncated-udplength N")
};

struct UdpHeader {
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint16_t length_field = 0;
    std::uint16_t checksum_field = 0;
    std::uint32_t ip_len = 0;        // bytes the IP layer says belong to UDP
    UdpStatus status = UdpStatus::ok;
    Checksum checksum;
};

// How an option ended: read in full, cut by the capture, a length field < 2 or beyond the header
// (bad_len, found before the option is named), or data claimed beyond the header (bad).
enum class TcpOptEnd : std::uint8_t { ok, cut, bad_len, bad };

struct TcpOption {
    std::uint8_t kind = 0;
    std::uint8_t len = 0;            // length field (1 for EOL/NOP)
    TcpOptEnd end = TcpOptEnd::ok;
    std::uint8_t data_ok = 0;        // data bytes that were there to read
    std::array<std::uint32_t, 8> value{};  // decoded numbers (mss, TS val/ecr, SACK edges ...)
    Bytes data;                      // the option data that was captured
};

enum class TcpStatus : std::uint8_t {
    ok,
    ports_cut,       // fewer than 4 bytes captured
    header_cut,      // fewer than 20 bytes captured
    offset_short,    // data offset < 5
    offset_long,     // header longer than the segment
};

inline constexpr std::size_t kMaxTcpOptions = 40;  // 40 option bytes of NOPs at most

struct TcpHeader {
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t data_offset = 0;    // in 32-bit words
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::uint16_t checksum_field = 0;
    std::uint16_t urgent = 0;
    std::uint32_t ip_len = 0;        // bytes the IP layer says belong to TCP
    std::uint32_t available = 0;     // captured bytes of the segment
    TcpStatus status = TcpStatus::ok;
    std::array<TcpOption, kMaxTcpOptions> options{};
    std::uint8_t option_count = 0;
    bool options_cut = false;        // the capture ended where the next option's kind/length was
    bool options_bad = false;        // an option length < 2 or beyond the header
    Checksum checksum;

    [[nodiscard]] unsigned header_len() const { return data_offset * 4U; }
};

// Everything above the link layer. Flags say which structs hold this frame's values; reset()
// clears only those, so the large arrays are not rewritten for every frame.
struct IpLayers {
    bool has_ipv4 = false;
    Ipv4Header ipv4;
    bool has_ipv6 = false;
    Ipv6Header ipv6;

    // The upper layer the IP header handed on (tcpdump's ip_demux_print).
    bool has_upper = false;
    std::uint8_t upper_proto = 0;
    std::uint32_t upper_len = 0;     // bytes on the wire per the IP header(s)
    bool fragmented = false;         // more fragments follow / an IPv6 fragment header
    bool later_fragment = false;     // IPv4 offset != 0: no upper header here

    bool has_icmp = false;
    IcmpMessage icmp;
    bool has_icmp6 = false;
    Icmp6Message icmp6;
    bool has_udp = false;
    UdpHeader udp;
    bool has_tcp = false;
    TcpHeader tcp;

    void reset() {
        has_ipv4 = has_ipv6 = has_upper = fragmented = later_fragment = false;
        has_icmp = has_icmp6 = has_udp = has_tcp = false;
        ipv6.ext_count = 0;
        tcp.option_count = 0;
        icmp6.record_count = 0;
        icmp.ra_entries = 0;
    }
};

}  // namespace tapsniff
