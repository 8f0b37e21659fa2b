// PIM (RFC 7761, RFC 3973): the header tcpdump's pim_print reads without -v, and PIMv1 as carried
// in IGMP messages of type 0x14 (pimv1_print).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace pim {
inline constexpr std::uint8_t kIpProtocol = 103;
}  // namespace pim

// PIM over IP (protocol 103).
struct PimLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;    // on the wire, per the IP header
    std::uint32_t captured = 0;
    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint8_t reserved = 0;
    std::uint16_t checksum = 0;
    bool has_checksum = false;
};

// PIMv1 in IGMP: the IGMP header's code is the message type, and the fields tcpdump prints sit at
// fixed offsets from the IGMP header on.
struct Pimv1Layer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    std::uint32_t captured = 0;  // bytes captured from the IGMP header on
    std::uint8_t type = 0;
    std::uint16_t checksum = 0;
    std::uint8_t version = 0;    // byte 4, high nibble
    std::uint8_t mode = 0;       // query: byte 8, high nibble
    std::uint16_t holdtime = 0;  // query: bytes 10-11
    // Addresses at offsets 8, 12, 16, 20, 24 (register-stop, assert, register's inner header).
    Ipv4Address at8{};
    Ipv4Address at12{};
    Ipv4Address at16{};
    Ipv4Address at20{};
    Ipv4Address at24{};
    std::uint32_t pref = 0;      // assert: bytes 20-23 (top bit: RP tree)
    std::uint32_t metric = 0;    // assert: bytes 24-27

    [[nodiscard]] bool has(std::size_t n) const { return captured >= n; }
};

void decode_pim(Decoder& d, Bytes data, std::uint32_t wire_len);
// `data` and `wire_len` start at the IGMP header.
void decode_pimv1(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
