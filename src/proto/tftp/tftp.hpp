// TFTP (RFC 1350, 2347; UDP 69): requests, data/ack block numbers, errors, option acks.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kTftpPort = 69;

// A NUL-terminated string as tcpdump's nd_printztn reads it.
struct TftpString {
    Bytes chars;              // up to the NUL, or up to where it was cut
    bool terminated = false;  // the NUL was there
};

struct TftpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;           // the datagram's payload length
    bool has_opcode = false;
    std::uint16_t opcode = 0;
    bool has_number = false;            // block number or error code
    std::uint16_t number = 0;
    FixedVec<TftpString, 32> strings;   // file name, mode, options; or the error message
    bool cut = false;                   // tcpdump ends with " [|tftp]" after what is here
};

void decode_tftp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
