// AH (RFC 4302): the header tcpdump prints, then the protocol it protects (tcpdump's
// ip_demux_print goes on with AH's next header).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

// How far tcpdump's ah_print got before the capture ended.
enum class AhStage : std::uint8_t {
    no_length,    // "AH [|ah]"
    no_reserved,  // "AH( [|ah]"
    no_spi,
    no_seq,
    icv,          // everything up to the ICV; `icv` holds what was captured of it
};

struct AhLayer {
    static const Protocol protocol;

    std::uint8_t next = 0;
    std::uint8_t length_field = 0;   // in 32-bit words, minus 2
    std::uint16_t reserved = 0;
    std::uint32_t spi = 0;
    std::uint32_t seq = 0;
    AhStage stage = AhStage::no_length;
    Bytes icv;                       // the captured ICV bytes
    bool icv_cut = false;            // fewer captured than the length says: " [|ah]"
    bool over_ipv4 = true;           // the IP header it sits on (for " ip-proto-N" and ICMP checks)
    std::uint32_t upper_len = 0;     // bytes after it per the IP header (tcpdump's u_int arithmetic)

    [[nodiscard]] std::uint32_t header_len() const { return (length_field + 2U) * 4U; }
};

void decode_ah(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
