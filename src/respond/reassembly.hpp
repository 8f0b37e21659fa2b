// Reassembly of fragmented IPv4 and IPv6 datagrams addressed to a neighbour, bounded in number,
// size and time, as a real host does it (RFC 791, RFC 8200 4.5) before it answers a large ping.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "tapsniff/frame.hpp"

namespace tapsniff {

class Reassembler {
public:
    // A host keeps a handful of datagrams in progress; more evict the oldest.
    static constexpr std::size_t kMaxDatagrams = 8;
    // IPv4 and IPv6 (without jumbograms) carry at most this much after the IP header.
    static constexpr std::size_t kMaxPayload = 65535;
    // Linux's default (net.ipv4.ipfrag_time): a datagram not complete by then is dropped.
    static constexpr std::int64_t kTimeoutSeconds = 30;

    struct Key {
        std::array<std::uint8_t, 16> src{};
        std::array<std::uint8_t, 16> dst{};
        std::uint32_t id = 0;
        std::uint8_t protocol = 0;
        bool v6 = false;
        bool operator==(const Key&) const = default;
    };

    // Adds a fragment: `offset` in bytes, `more` set on all but the last. Returns the whole
    // payload once every byte has arrived (valid until the next call), else nothing. Fragments
    // that overlap with different bytes or run past kMaxPayload drop their datagram.
    std::optional<Bytes> add(const Key& key, std::uint32_t offset, bool more, Bytes data, Timestamp now);

private:
    struct Datagram {
        Key key;
        std::int64_t started = 0;       // seconds, of the first fragment
        std::uint32_t total = 0;        // known once the last fragment arrived (0: not yet)
        std::vector<std::byte> bytes;
        std::vector<bool> have;         // per byte received
        bool in_use = false;
    };

    Datagram* find_or_start(const Key& key, std::int64_t now);

    std::array<Datagram, kMaxDatagrams> slots_{};
    std::vector<std::byte> done_;  // the last datagram completed
};

}  // namespace tapsniff
