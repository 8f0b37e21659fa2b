// DVMRP (RFC 1075, draft-ietf-idmr-dvmrp-v3) in IGMP type 0x13: what tcpdump's dvmrp_print reads
// without -v (message type, neighbor lists, prune and graft addresses).
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace dvmrp_type {
inline constexpr std::uint8_t probe = 1;
inline constexpr std::uint8_t report = 2;
inline constexpr std::uint8_t ask_neighbors = 3;
inline constexpr std::uint8_t neighbors = 4;
inline constexpr std::uint8_t ask_neighbors2 = 5;
inline constexpr std::uint8_t neighbors2 = 6;
inline constexpr std::uint8_t prune = 7;
inline constexpr std::uint8_t graft = 8;
inline constexpr std::uint8_t graft_ack = 9;
}  // namespace dvmrp_type

// One "[local -> neighbor (metric/threshold...)]" of a neighbor list.
struct DvmrpNeighbor {
    Ipv4Address local{};
    Ipv4Address neighbor{};
    std::uint8_t metric = 0;
    std::uint8_t threshold = 0;
    std::uint8_t flags = 0;
};

// How tcpdump's walk of a neighbor list ended.
enum class DvmrpListEnd : std::uint8_t {
    done,
    short_entry,     // " [length N < 7]" / " [length N < 8]" (invalid)
    short_neighbor,  // " [length N < 4]" (invalid)
    bad_ncount,      // " [invalid ncount]" (invalid)
    entry_cut,       // an entry's metric/threshold/count was not captured
    neighbor_cut,    // " [local ->" printed, the neighbor was not captured
};

struct DvmrpLayer {
    static const Protocol protocol;

    std::uint32_t captured = 0;    // bytes captured from the IGMP header on
    std::uint32_t length = 0;      // the IGMP message's length on the wire
    std::uint8_t type = 0;         // the IGMP code byte
    std::uint16_t checksum = 0;
    std::uint8_t minor = 0;        // neighbors2: from the IGMP group field
    std::uint8_t major = 0;
    std::uint8_t capabilities = 0;
    // prune, graft, graft ack
    Ipv4Address source{};
    Ipv4Address group{};
    std::uint32_t prune_timer = 0;
    // neighbors, neighbors2
    std::span<const DvmrpNeighbor> list;
    DvmrpListEnd end = DvmrpListEnd::done;
    std::uint32_t end_len = 0;     // the length tcpdump names in its complaint
    Ipv4Address cut_local{};       // neighbor_cut: the local address already printed

    [[nodiscard]] bool has(std::size_t n) const { return captured >= n; }
};

// `data` and `wire_len` start at the IGMP header.
void decode_dvmrp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
