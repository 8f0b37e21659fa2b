// Microsoft Network Load Balancing heartbeat (ethertype 0x886f).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace msnlb {
inline constexpr std::uint16_t kEthertype = 0x886f;
}  // namespace msnlb

// What tcpdump's msnlb_print reads: each value is printed as soon as it is read.
struct MsnlbLayer {
    static const Protocol protocol;

    bool has_priority = false;
    std::uint32_t host_priority = 0;  // little-endian on the wire
    bool has_cluster_ip = false;
    Ipv4Address cluster_ip{};
    bool has_host_ip = false;
    Ipv4Address host_ip{};
};

void decode_msnlb(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
