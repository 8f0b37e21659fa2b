// IPv4 (RFC 791): the header checks in the order tcpdump's ip_print makes them.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

// Why ip_print stopped before the upper layer; the text words each as tcpdump does.
enum class Ipv4Status : std::uint8_t {
    ok,
    cut,           // fewer than 20 bytes captured ("[|ip]")
    bad_version,   // version nibble != 4 ("IP6, wrong link-layer encapsulation" / "IP5")
    short_length,  // fewer than 20 bytes on the wire ("truncated-ip N")
    bad_hlen,      // IHL < 5
    bad_len,       // total length < header length
    header_cut,    // options not all captured ("[remaining caplen(N) < header length(M)]")
};

struct Ipv4Layer {
    static const Protocol protocol;

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
    Bytes payload;                  // captured bytes after the header, cut at the total length
    std::uint32_t wire_len = 0;     // bytes on the wire from this header on
    std::uint32_t available = 0;    // captured bytes, cut at the total length
    std::uint32_t upper_len = 0;    // bytes of the upper layer per the header
    Ipv4Status status = Ipv4Status::ok;
    Checksum checksum;

    [[nodiscard]] unsigned header_len() const { return ihl * 4U; }
    [[nodiscard]] unsigned frag_offset() const { return (frag & 0x1fffU) * 8U; }
    [[nodiscard]] bool more_fragments() const { return (frag & 0x2000U) != 0; }
    [[nodiscard]] bool dont_fragment() const { return (frag & 0x4000U) != 0; }
    [[nodiscard]] bool reserved_flag() const { return (frag & 0x8000U) != 0; }
    // A later fragment: no upper-layer header in it.
    [[nodiscard]] bool later_fragment() const { return (frag & 0x1fffU) != 0; }
    [[nodiscard]] bool fragmented() const { return more_fragments() || later_fragment(); }
};

void decode_ipv4(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
