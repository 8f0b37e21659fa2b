// IEEE 802.1D/w/s/aq spanning-tree BPDUs (STP, RSTP, MSTP, SPB), behind LLC SAP 0x42 and
// Cisco's PVST SNAP header.
#pragma once

#include <span>
#include <string_view>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace stp {
inline constexpr std::uint8_t kVersionStp = 0x00;
inline constexpr std::uint8_t kVersionRstp = 0x02;
inline constexpr std::uint8_t kVersionMstp = 0x03;
inline constexpr std::uint8_t kVersionSpb = 0x04;
inline constexpr std::uint8_t kTypeConfig = 0x00;
inline constexpr std::uint8_t kTypeRstp = 0x02;
inline constexpr std::uint8_t kTypeTopologyChange = 0x80;
}  // namespace stp

// How far tcpdump's stp_print gets: what it prints, in order, before it stops.
enum class StpReach : std::uint8_t {
    nothing,       // the protocol id was not there (or the BPDU is shorter than 4 bytes)
    unknown_id,    // "unknown STP version, length N"
    version,       // "STP 802.1d" (an unknown version stops here)
    type,          // ", Config" (Topology Change and unknown types stop here)
    flags,         // ", Flags [...]" (the bridge id was cut)
    config,        // ", bridge-id ..., length N"
    mstp,          // ", CIST Flags [...], length N"
};

// Where it stopped early, if it did.
enum class StpStop : std::uint8_t { none, truncated, invalid };

// A bridge identifier: priority (4 bits), system id extension (12 bits), MAC.
struct BridgeId {
    std::uint16_t prio_ext = 0;
    MacAddress mac{};
    [[nodiscard]] unsigned prio() const { return prio_ext & 0xf000U; }
    [[nodiscard]] unsigned ext() const { return prio_ext & 0x0fffU; }
};

// One MSTI configuration message of an MST BPDU.
struct Msti {
    std::uint8_t flags = 0;
    BridgeId root;
    std::uint32_t root_cost = 0;
    std::uint8_t bridge_priority = 0;
    std::uint8_t port_priority = 0;
    std::uint8_t remaining_hops = 0;
};

struct StpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the BPDU's length as the layer below gives it
    StpReach reach = StpReach::nothing;
    StpStop stop = StpStop::none;

    std::uint16_t protocol_id = 0;
    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint8_t flags = 0;
    // The configuration part (config, RSTP and MST BPDUs), when all of it was captured.
    bool has_config = false;
    BridgeId root;
    std::uint32_t root_cost = 0;
    BridgeId bridge;
    std::uint16_t port = 0;
    std::uint16_t msg_age = 0;  // 1/256 s
    std::uint16_t max_age = 0;
    std::uint16_t hello = 0;
    std::uint16_t forward = 0;
    bool has_v1_length = false;
    std::uint8_t v1_length = 0;
    // The MST extension, when the whole fixed part was captured.
    bool has_mst = false;
    std::uint16_t v3_length = 0;
    std::uint8_t config_format = 0;
    std::string_view config_name;  // up to the first NUL of its 32 bytes, in the arena
    std::uint16_t config_revision = 0;
    Bytes config_digest;  // 16 bytes
    std::uint32_t cist_internal_cost = 0;
    BridgeId cist_bridge;
    std::uint8_t cist_remaining_hops = 0;
    std::span<const Msti> mstis;  // in the frame's arena
    // SPB: the version 4 length, when read.
    bool has_v4_length = false;
    std::uint16_t v4_length = 0;
};

void decode_stp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
