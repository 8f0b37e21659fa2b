// DCCP (RFC 4340): the generic header and the type-specific fields tcpdump's dccp_print reads
// without -v (service code, acknowledgement number, reset code).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace dccp {
inline constexpr std::uint8_t request = 0;
inline constexpr std::uint8_t response = 1;
inline constexpr std::uint8_t data = 2;
inline constexpr std::uint8_t ack = 3;
inline constexpr std::uint8_t dataack = 4;
inline constexpr std::uint8_t closereq = 5;
inline constexpr std::uint8_t close = 6;
inline constexpr std::uint8_t reset = 7;
inline constexpr std::uint8_t sync = 8;
inline constexpr std::uint8_t syncack = 9;
}  // namespace dccp

// Where dccp_print stopped, in its order.
enum class DccpStatus : std::uint8_t {
    ok,
    cut,            // the 12-byte generic header was not captured: " [|dccp]" alone
    short_generic,  // "truncated-dccp - N bytes missing!" (length shorter than the generic header)
    header_cut,     // the extended generic header was not captured
    short_type,     // "truncated-DCCP-Ack - N bytes missing!"
    type_cut,       // the type's own fields (service, reset code, ack number) were not captured
};

struct DccpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;       // on the wire, per the IP header
    DccpStatus status = DccpStatus::ok;
    std::uint32_t missing = 0;      // short_generic, short_type: bytes missing
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint8_t data_offset = 0;   // in 32-bit words
    std::uint8_t ccval = 0;
    std::uint8_t cscov = 0;
    std::uint16_t checksum = 0;
    std::uint8_t type = 0;
    bool extended = false;          // X: 48-bit sequence numbers
    std::uint64_t seq = 0;
    bool has_ack = false;
    std::uint64_t ack = 0;
    bool has_service = false;
    std::uint32_t service = 0;
    std::uint8_t reset_code = 0;
};

void decode_dccp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
