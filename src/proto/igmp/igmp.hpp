// IGMP v1/v2/v3 (RFC 1112, 2236, 3376) and mtrace: the fields tcpdump's igmp_print reads.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

namespace igmp_type {
inline constexpr std::uint8_t query = 0x11;
inline constexpr std::uint8_t v1_report = 0x12;
inline constexpr std::uint8_t dvmrp = 0x13;
inline constexpr std::uint8_t pimv1 = 0x14;
inline constexpr std::uint8_t v2_report = 0x16;
inline constexpr std::uint8_t leave = 0x17;
inline constexpr std::uint8_t mtrace_resp = 0x1e;
inline constexpr std::uint8_t mtrace = 0x1f;
inline constexpr std::uint8_t v3_report = 0x22;
}  // namespace igmp_type

// One group record of a v3 report (RFC 3376 4.2.4), for JSON and the tree.
struct IgmpGroupRecord {
    std::uint8_t type = 0;
    std::uint8_t aux_len = 0;   // in 32-bit words
    std::uint16_t nsrcs = 0;
    Ipv4Address group{};
};

struct IgmpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;    // the message's length on the wire, per the IP header
    std::uint32_t captured = 0;  // how much of it was captured
    std::uint8_t type = 0;
    std::uint8_t code = 0;       // max response code (queries); reserved elsewhere
    Checksum checksum;
    Ipv4Address group{};         // bytes 4-7: the group address (v3 report: reserved + count)
    // v3 query (RFC 3376 4.1)
    std::uint8_t s_qrv = 0;
    std::uint8_t qqic = 0;
    std::uint16_t nsrcs = 0;
    // v3 report
    std::uint16_t ngroups = 0;
    std::span<const IgmpGroupRecord> records;  // the records captured whole, in the frame's arena
    // mtrace query/response (draft-ietf-idmr-traceroute-ipm)
    Ipv4Address tr_src{};
    Ipv4Address tr_dst{};
    Ipv4Address tr_raddr{};
    std::uint8_t tr_rttl = 0;
    std::uint32_t tr_qid = 0;

    // The first n bytes of the message were captured (tcpdump's GET_ macros succeed).
    [[nodiscard]] bool has(std::size_t n) const { return captured >= n; }
    // The IGMP version as tshark derives it (0: none, e.g. mtrace).
    [[nodiscard]] unsigned version() const;
    [[nodiscard]] bool is_v3_query() const { return type == igmp_type::query && length >= 12; }
    // RFC 3376 4.1.1: the max response time in tenths of a second.
    [[nodiscard]] unsigned max_resp_time() const;
};

void decode_igmp(Decoder& d, Bytes data, std::uint32_t wire_len);

namespace text {
// tcpdump's unsigned_relts_print: seconds as "1h2m3s", "0s" for none.
void append_relts(OutBuffer& out, std::uint32_t secs);
}  // namespace text

}  // namespace tapsniff
