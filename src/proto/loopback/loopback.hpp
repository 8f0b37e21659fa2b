// The Ethernet Configuration Testing Protocol, "Loopback" (ethertype 0x9000).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace loopback {
inline constexpr std::uint16_t kEthertype = 0x9000;
inline constexpr std::uint16_t kReply = 1;
inline constexpr std::uint16_t kForwardData = 2;
}  // namespace loopback

// What tcpdump's loopback_print reads, in order; each part is there only if the ones before are.
struct LoopbackLayer {
    static const Protocol protocol;

    bool has_skip_count = false;
    std::uint16_t skip_count = 0;  // little-endian on the wire
    bool has_function = false;
    std::uint16_t function = 0;
    bool has_receipt = false;
    std::uint16_t receipt = 0;
    bool has_forward = false;
    MacAddress forward{};
    bool has_data = false;
    std::uint32_t data_len = 0;  // the octets after the message header
    bool invalid = false;        // " (invalid)": a length too short for what follows
    bool cut = false;            // " [|loopback]": bytes it had to see were not captured
};

void decode_loopback(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
