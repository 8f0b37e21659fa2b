// MPLS label stacks (RFC 3032) and the payload after them, guessed as tcpdump's print-mpls.c
// guesses it (IPv4/IPv6 explicit/implicit NULL labels, else the first payload byte).
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

struct MplsLabel {
    std::uint32_t entry = 0;  // the raw label stack entry

    [[nodiscard]] std::uint32_t label() const { return entry >> 12U; }
    [[nodiscard]] unsigned tc() const { return (entry >> 9U) & 7U; }
    [[nodiscard]] bool bottom() const { return ((entry >> 8U) & 1U) != 0; }
    [[nodiscard]] unsigned ttl() const { return entry & 0xffU; }
};

// What tcpdump made of the bytes after the stack.
enum class MplsPayload : std::uint8_t {
    none,     // the stack did not end, or nothing follows it
    unknown,  // printed in hex
    ipv4,
    ipv6,
    osi,      // CLNP / ES-IS / IS-IS: tcpdump's isoclns_print, not decoded here
};

enum class MplsStatus : std::uint8_t {
    ok,
    invalid,  // fewer than 4 bytes on the wire for the next entry: " (invalid)"
    cut,      // an entry (or the byte tcpdump guesses from) was not captured: " [|mpls]"
};

struct MplsLayer {
    static const Protocol protocol;

    std::span<const MplsLabel> labels;  // outermost first, in the frame's arena
    MplsStatus status = MplsStatus::ok;
    MplsPayload payload_kind = MplsPayload::none;
    Bytes payload;                      // the captured bytes after the stack
    std::uint32_t payload_wire_len = 0;
};

void decode_mpls(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
