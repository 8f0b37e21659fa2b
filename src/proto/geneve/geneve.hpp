// Geneve (RFC 8926, UDP 6081): an 8-byte header, options, then a payload named by an ethertype.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kGenevePort = 6081;

enum class GeneveStatus : std::uint8_t {
    ok,
    short_length,  // fewer than 8 bytes in the datagram
    header_cut,    // the 8-byte header not captured
    bad_version,   // version other than 0
    options_long,  // options longer than the datagram ("truncated-geneve - N bytes missing")
    options_cut,   // options not all captured
    inner_long,    // an inner Ethernet frame with more captured than its length ("[length N < caplen M]")
};

struct GeneveLayer {
    static const Protocol protocol;

    std::uint8_t version = 0;
    std::uint8_t options_len = 0;  // in bytes
    std::uint8_t flags = 0;
    std::uint16_t proto = 0;
    std::uint32_t vni = 0;
    std::uint8_t reserved = 0;
    std::uint32_t length = 0;      // the datagram's payload length
    bool inner_decoded = false;    // a decoder took the payload
    std::uint32_t inner_caplen = 0;  // for inner_long
    GeneveStatus status = GeneveStatus::ok;
};

void decode_geneve(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
