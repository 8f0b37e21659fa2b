// No link header (TUN devices, LINKTYPE_RAW): the IP version nibble says which decoder follows.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

struct RawIpLayer {
    static const Protocol protocol;

    std::uint8_t version = 0;  // the version nibble (4, 6 or what was there)
};

void decode_raw_ip(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
