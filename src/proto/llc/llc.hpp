// IEEE 802.2 LLC behind an 802.3 length field, with SNAP (RFC 1042) when it announces one.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

enum class SnapState : std::uint8_t { none, cut, present };

// What an XID frame's information field held, as tcpdump's llc_print reads it.
enum class XidState : std::uint8_t {
    not_xid,
    empty,           // no information bytes on the wire
    cut,             // none captured
    formatted_cut,   // the 802.2 format byte, then fewer than 2 more
    formatted,       // the 802.2 format byte and the two bytes tcpdump prints
    other,           // another format: printed as the payload
};

struct LlcLayer {
    static const Protocol protocol;

    std::uint8_t dsap_field = 0;
    std::uint8_t ssap_field = 0;
    std::uint16_t control = 0;
    bool is_u = false;             // U frames have a 1-byte control field
    std::uint8_t header_len = 0;
    SnapState snap = SnapState::none;
    std::uint32_t oui = 0;
    std::uint16_t pid = 0;
    XidState xid = XidState::not_xid;
    std::uint8_t xid_class = 0;
    std::uint8_t xid_window = 0;
    Bytes whole;                   // the LLC header and what follows (cut at the 802.3 length)
    Bytes information;             // what follows the LLC header
    std::uint32_t wire_len = 0;    // the 802.3 length, LLC header included

    [[nodiscard]] bool is_snap_header() const;
};

void decode_llc(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
