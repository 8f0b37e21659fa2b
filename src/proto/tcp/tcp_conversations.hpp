// tcpdump's relative TCP sequence numbers: the first numbers seen of each conversation, kept in
// a table of fixed size where the least recently used conversation goes when a new one needs room.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace tapsniff {

// A conversation as tcpdump keys it: both addresses and ports in one collating order, so the
// two directions share one entry (print-tcp.c's struct tha / tha6). IPv4 addresses fill the
// first four bytes.
struct TcpConversationKey {
    std::array<std::uint8_t, 16> src{};
    std::array<std::uint8_t, 16> dst{};
    std::uint32_t ports = 0;  // (first port << 16) | second port
    bool v6 = false;

    bool operator==(const TcpConversationKey&) const = default;
};

// What the text prints for one segment.
struct TcpRelative {
    std::uint32_t seq = 0;       // the sequence number to print
    std::uint32_t ack = 0;       // the acknowledgment number to print
    std::uint32_t sack_base = 0; // subtracted from SACK edges
};

class TcpConversations {
public:
    // 65,536 conversations by default: up to about 4.3 MiB, used as conversations appear.
    static constexpr std::size_t kDefaultCapacity = 65536;

    explicit TcpConversations(std::size_t capacity = kDefaultCapacity);

    // tcpdump's tcp_print for a segment with ACK set (and no -S): looks the conversation up,
    // records its base numbers on first sight or on SYN (printing the numbers as they are), and
    // otherwise makes them relative to the base.
    // `src` and `dst` are both IPv4 (4 bytes) or both IPv6 (16 bytes) addresses.
    TcpRelative relate(std::span<const std::uint8_t> src, std::span<const std::uint8_t> dst, std::uint16_t sport,
                       std::uint16_t dport, std::uint32_t seq, std::uint32_t ack, bool syn);

    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    [[nodiscard]] std::size_t capacity() const { return capacity_; }

private:
    static constexpr std::uint32_t kNone = 0xffffffffU;
    static constexpr std::size_t kInitialBuckets = 1024;

    struct Entry {
        TcpConversationKey key;
        std::uint32_t seq = 0;   // tcpdump's th->seq and th->ack
        std::uint32_t ack = 0;
        std::uint32_t next_in_bucket = kNone;
        std::uint32_t older = kNone;  // the LRU list: older / newer neighbours
        std::uint32_t newer = kNone;
    };

    [[nodiscard]] std::size_t bucket_of(const TcpConversationKey& key) const;
    std::uint32_t find(const TcpConversationKey& key, std::size_t bucket) const;
    std::uint32_t take_slot();         // a free entry, or the least recently used one, unlinked
    void unlink_bucket(std::uint32_t index);
    void unlink_lru(std::uint32_t index);
    void make_newest(std::uint32_t index);
    void grow_buckets();  // twice as many, every conversation rehashed

    std::size_t capacity_;
    std::size_t max_buckets_;  // a power of two, at least the capacity
    std::vector<Entry> entries_;
    std::vector<std::uint32_t> buckets_;
    std::uint32_t oldest_ = kNone;
    std::uint32_t newest_ = kNone;
};

}  // namespace tapsniff
