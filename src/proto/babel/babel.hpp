// Babel (RFC 8966, UDP 6696 and 6697): tcpdump names each TLV of the body and the trailer.
#pragma once

#include "proto/arena_list.hpp"
#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kBabelPort = 6696;
inline constexpr std::uint16_t kBabelOldPort = 6697;

struct BabelTlv {
    std::uint8_t type = 0;
    std::uint8_t flags = 0;        // an update's flags
    bool trailer = false;          // the first TLV of the trailer (tcpdump prints " |" before it)
    bool update_short = false;     // an update shorter than 10 bytes: tcpdump stops, invalid
};

enum class BabelEnd : std::uint8_t { ok, cut, invalid };

struct BabelLayer {
    static const Protocol protocol;

    bool header = false;           // the 4-byte header was captured
    std::uint8_t magic = 0;
    std::uint8_t version = 0;
    bool has_body_length = false;  // version 2 with a length field tcpdump prints
    std::uint16_t body_length = 0;
    ArenaList<BabelTlv> tlvs;
    bool trailer_empty = false;    // a trailer with no TLV read (" |" alone)
    BabelEnd end = BabelEnd::ok;
};

void decode_babel(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
