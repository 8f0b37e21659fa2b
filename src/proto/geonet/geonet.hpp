// ETSI ITS GeoNetworking (ethertype 0x0707 old, 0x8947) with BTP, and CALM FAST (0x1111).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace geonet {
inline constexpr std::uint16_t kEthertypeOld = 0x0707;
inline constexpr std::uint16_t kEthertype = 0x8947;
inline constexpr std::uint16_t kEthertypeCalmFast = 0x1111;
}  // namespace geonet

// How far tcpdump's geonet_print gets, in its order.
enum class GeonetReach : std::uint8_t {
    start,        // "GeoNet src:...; " only
    common,       // "v:.. NH:.. HT:.. HopLim:.. Payload:.. "
    gn_addr,      // "GN_ADDR:.. "
    lat,          // "lat:.. "
    lon,          // "lon:.."
    btp_dst,      // "; BTP Dst:.."
    btp_src,      // " Src:.."
    body_version, // "; ItsPduHeader v:.."
    body_type,    // " t:..-name"
};

enum class GeonetInvalid : std::uint8_t { none, common_length, header_size, btp_length };

struct GeonetLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    GeonetReach reach = GeonetReach::start;
    GeonetInvalid invalid = GeonetInvalid::none;  // " (...) (invalid)"
    std::uint32_t invalid_a = 0;
    std::uint32_t invalid_b = 0;
    bool cut = false;  // " [|geonet]"

    std::uint8_t version = 0;
    std::uint8_t next_header = 0;
    std::uint8_t header_type = 0;
    std::uint8_t header_subtype = 0;
    std::uint16_t payload_length = 0;
    std::uint8_t hop_limit = 0;
    Bytes gn_addr;  // 8 bytes
    std::uint32_t lat = 0;
    std::uint32_t lon = 0;
    std::uint16_t btp_dst = 0;
    std::uint16_t btp_src = 0;
    std::uint8_t its_version = 0;
    std::uint8_t its_type = 0;
};

struct CalmFastLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    bool too_short = false;  // " (length N < 2) (invalid)"
    bool cut = false;        // " [|calm_fast]"
    bool has_src = false;    // each reference is printed as soon as it is read
    bool has_dst = false;
    std::uint8_t src_nwref = 0;
    std::uint8_t dst_nwref = 0;
};

void decode_geonet(Decoder& d, Bytes data, std::uint32_t wire_len);
void decode_calm_fast(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
