// Decoding: bytes in, a stack of plain layer structs out. Decoders never print and never trust
// a length field.
#pragma once

#include <cstdint>

#include "tapsniff/decoded.hpp"

namespace tapsniff {

class TcpConversations;  // src/proto/tcp/tcp_conversations.hpp
struct ProtocolState;    // src/proto/state.hpp

struct DecodeOptions {
    // Checksums are verified only for those who look at them (-v, --respond): summaries and
    // JSON need none, and summing every byte would be the most expensive part of decoding.
    bool verify_checksums = false;
    // tcpdump's relative TCP numbers: the conversations seen so far, updated by each frame
    // decoded with it. nullptr: numbers as they are on the wire (-S).
    TcpConversations* tcp_conversations = nullptr;
    // What tcpdump's printers remember across the frames they print (ISAKMP initiator cookies
    // ...), updated by each frame decoded with it. nullptr: every frame as if it were the first.
    ProtocolState* state = nullptr;
};

// Decodes a whole frame of the given link type into `out` (reset first).
void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, const DecodeOptions& options,
                  DecodedFrame& out);

}  // namespace tapsniff
