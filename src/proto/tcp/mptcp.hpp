// Multipath TCP options (RFC 8684; TCP option kind 30) as tcpdump 4.99.3's print-mptcp.c reads them.
#pragma once

#include <cstdint>

#include "render/out.hpp"
#include "tapsniff/frame.hpp"

namespace tapsniff {

namespace mptcp_subtype {
inline constexpr std::uint8_t capable = 0, join = 1, dss = 2, add_addr = 3, remove_addr = 4, prio = 5, fail = 6,
                              fast_close = 7,
                              unknown = 8;  // tcpdump folds every higher subtype (TCPRST ...) into "unknown"
}  // namespace mptcp_subtype

// The parts of an MPTCP option that tcpdump prints (bits of MptcpOption::shown), in its order.
namespace mptcp_part {
inline constexpr std::uint16_t named = 1U << 0U,   // " <len> <subtype>": mptcp_print had its 3 bytes
    flag = 1U << 1U,                               // capable: csum; join, prio: backup; dss: fin
    id = 1U << 2U,                                 // address id (join, add-addr, prio)
    first = 1U << 3U,   // capable: sender key; join SYN/ACK, add-addr: hmac; dss: data ack; fail: seq; fast-close: key
    second = 1U << 4U,  // capable: receiver key; dss: data sequence number
    token = 1U << 5U,   // join SYN: token
    nonce = 1U << 6U,   // join: nonce
    bytes = 1U << 7U,   // join ACK: hmac; add-addr: address; remove-addr: the ids
    port = 1U << 8U,    // add-addr
    ack_label = 1U << 9U,  // dss: " ack " (printed before tcpdump checks the length of the value)
    seq_label = 1U << 10U, subseq = 1U << 11U, dlen = 1U << 12U, csum = 1U << 13U;  // dss
}  // namespace mptcp_part

struct MptcpOption {
    std::uint8_t subtype = 0;  // mptcp_subtype
    std::uint8_t code = 0;     // capable: version; add-addr: the version/echo nibble
    std::uint8_t id = 0;       // address id
    bool bad = false;          // tcpdump's mptcp_print returned 0: "[bad opt]" after what was printed
    std::uint16_t shown = 0;   // mptcp_part bits
    std::uint16_t port = 0;    // add-addr
    std::uint16_t dlen = 0;    // dss: data-level length
    std::uint16_t csum = 0;    // dss: checksum
    std::uint32_t word = 0;    // join: token; dss: subflow sequence number
    std::uint32_t nonce = 0;   // join
    std::uint64_t first = 0;   // see mptcp_part::first
    std::uint64_t second = 0;  // see mptcp_part::second
    Bytes bytes;               // see mptcp_part::bytes
};

// Reads an MPTCP option: `data` is all of its bytes after kind and length (captured), `len` its
// length field, `tcp_flags` the segment's flags (which forms are valid depends on SYN and ACK).
void decode_mptcp(Bytes data, std::uint8_t len, std::uint8_t tcp_flags, MptcpOption& m);

// What tcpdump prints after "mptcp" (without the "[bad opt]" that follows a bad one).
void append_mptcp(OutBuffer& out, std::uint8_t len, const MptcpOption& m);

// tcpdump's name for the subtype ("capable", "dss", ... "unknown").
const char* mptcp_subtype_name(std::uint8_t subtype);

}  // namespace tapsniff
