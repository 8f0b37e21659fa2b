// The bottom floor: frame bytes, timestamps and link types, which every module may use.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace tapsniff {

// A view of frame bytes; every read of them goes through a Cursor (cursor.hpp).
using Bytes = std::span<const std::byte>;

using MacAddress = std::array<std::uint8_t, 6>;
using Ipv4Address = std::array<std::uint8_t, 4>;
using Ipv6Address = std::array<std::uint8_t, 16>;

struct Timestamp {
    std::int64_t sec = 0;
    std::uint32_t usec = 0;
};

// What the first bytes of a frame are: an Ethernet header, an IP header with no link header
// (TUN devices, LINKTYPE_RAW), or Linux's cooked pseudo-header (`tcpdump -i any`: LINUX_SLL, SLL2).
enum class LinkType : std::uint8_t { ethernet, raw_ip, linux_sll, linux_sll2 };

// Which way a frame crossed the interface, seen from the interface (the host's side), as tcpdump
// -i any, LINUX_SLL's packet type and pcapng's epb_flags see it: `in` the host received it (from
// the VM or the program holding the TAP, or a --respond reply), `out` the host sent it.
enum class Direction : std::uint8_t { unknown, in, out };

// One frame as a source delivers it.
struct RawFrame {
    Timestamp ts;
    Bytes bytes;                 // valid until the source's next read
    std::uint32_t wire_len = 0;  // length on the wire (>= bytes.size())
    Direction direction = Direction::unknown;
};

}  // namespace tapsniff
