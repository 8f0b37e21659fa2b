// SCTP (RFC 9260): the common header and the chunks, as tcpdump's print-sctp.c prints them at
// default verbosity (DATA, INIT, INIT ACK and SACK fields; the type of the others).
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace sctpchunk {
inline constexpr std::uint8_t data = 0x00;
inline constexpr std::uint8_t init = 0x01;
inline constexpr std::uint8_t init_ack = 0x02;
inline constexpr std::uint8_t sack = 0x03;
}  // namespace sctpchunk

struct SctpGap {
    std::uint16_t start = 0;
    std::uint16_t end = 0;
};

struct SctpChunk {
    std::uint8_t type = 0;
    std::uint8_t flags = 0;
    std::uint16_t length = 0;
    bool bogus = false;               // tcpdump stops inside it: "bogus chunk length N]"
    bool has_fields = false;          // the type's fixed fields were read
    // DATA
    std::uint32_t tsn = 0;
    std::uint16_t sid = 0;
    std::uint16_t ssn = 0;
    std::uint32_t ppid = 0;
    // INIT, INIT ACK
    std::uint32_t init_tag = 0;
    std::uint32_t rwnd = 0;
    std::uint16_t outbound = 0;
    std::uint16_t inbound = 0;
    std::uint32_t initial_tsn = 0;
    // SACK (rwnd above)
    std::uint32_t cum_ack = 0;
    std::uint16_t gap_count = 0;
    std::uint16_t dup_count = 0;
    std::span<const SctpGap> gaps;    // those printed, in the frame's arena
    std::span<const std::uint32_t> dups;
    const SctpChunk* next = nullptr;  // the chunk after it, or nullptr
};

// Why the chunk walk ended before the packet did.
enum class SctpStop : std::uint8_t {
    end,              // every chunk was walked
    descriptor_cut,   // "[chunk descriptor cut off at end of packet]"
    length_small,     // "[Bad chunk length N, < size of chunk descriptor]"
    length_large,     // "[Bad chunk length N, > remaining data in packet]"
    bogus,            // the last chunk ended with "bogus chunk length N]"
    cut,              // not captured: " [|sctp]"
    too_many,         // more chunks than tapsniff keeps (stops like a cut)
};

struct SctpLayer {
    static const Protocol protocol;

    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint32_t vtag = 0;
    std::uint32_t checksum = 0;
    std::uint32_t wire_len = 0;        // bytes of SCTP per the IP header
    bool short_length = false;         // fewer than 12: "truncated-sctp - N bytes missing!"
    const SctpChunk* first_chunk = nullptr;  // the chunks, in the frame's arena (linked in order)
    std::size_t chunk_count = 0;
    SctpStop stop = SctpStop::end;
    std::uint16_t stop_length = 0;     // the chunk length a "Bad chunk length" names
};

void decode_sctp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
