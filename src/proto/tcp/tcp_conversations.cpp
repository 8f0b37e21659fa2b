// The bounded table of TCP conversations behind relative sequence numbers.
#include "proto/tcp/tcp_conversations.hpp"

#include <algorithm>
#include <bit>

namespace tapsniff {

namespace {

// The bucket count: a power of two at least as large as the capacity, so a mask picks the bucket.
std::size_t bucket_count(std::size_t capacity) {
    std::size_t n = 1;
    while (n < capacity) n <<= 1U;
    return n;
}

// An address array of a key as two words: a bit_cast compiles to plain loads. (Assembling the
// words from bytes with shifts was not merged into loads by GCC 12: bucket_of was 120
// instructions long, 35 with the cast; objdump of the Release build.)
using AddressWords = std::array<std::uint64_t, 2>;
AddressWords words_of(const std::array<std::uint8_t, 16>& a) { return std::bit_cast<AddressWords>(a); }

}  // namespace

TcpConversations::TcpConversations(std::size_t capacity)
    : capacity_(std::max<std::size_t>(capacity, 1)), max_buckets_(bucket_count(capacity_)),
      buckets_(std::min(max_buckets_, kInitialBuckets), kNone) {
    // Reserved, not touched: memory is used only as conversations appear.
    entries_.reserve(capacity_);
}

void TcpConversations::grow_buckets() {
    buckets_.assign(buckets_.size() * 2, kNone);
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        std::uint32_t& head = buckets_[bucket_of(entries_[i].key)];
        entries_[i].next_in_bucket = head;
        head = i;
    }
}

std::size_t TcpConversations::bucket_of(const TcpConversationKey& key) const {
    // The key as five words, each folded in with a multiply (a 64-bit multiplicative hash): a few
    // cycles per segment where a byte-wise hash cost a hundred. Unused IPv4 bytes are zero.
    constexpr std::uint64_t kMultiplier = 0x9e3779b97f4a7c15ULL;
    std::uint64_t h = key.ports | (key.v6 ? 1ULL << 32U : 0);
    const AddressWords src = words_of(key.src);
    const AddressWords dst = words_of(key.dst);
    for (const std::uint64_t word : {src[0], src[1], dst[0], dst[1]}) {
        h = (h ^ word) * kMultiplier;
        h ^= h >> 29U;
    }
    h *= kMultiplier;
    return static_cast<std::size_t>(h >> 32U) & (buckets_.size() - 1);
}

std::uint32_t TcpConversations::find(const TcpConversationKey& key, std::size_t bucket) const {
    for (std::uint32_t i = buckets_[bucket]; i != kNone; i = entries_[i].next_in_bucket) {
        if (entries_[i].key == key) return i;
    }
    return kNone;
}

void TcpConversations::unlink_bucket(std::uint32_t index) {
    std::uint32_t* link = &buckets_[bucket_of(entries_[index].key)];
    while (*link != kNone && *link != index) link = &entries_[*link].next_in_bucket;
    if (*link == index) *link = entries_[index].next_in_bucket;
    entries_[index].next_in_bucket = kNone;
}

void TcpConversations::unlink_lru(std::uint32_t index) {
    Entry& e = entries_[index];
    if (e.older != kNone) entries_[e.older].newer = e.newer;
    else if (oldest_ == index) oldest_ = e.newer;
    if (e.newer != kNone) entries_[e.newer].older = e.older;
    else if (newest_ == index) newest_ = e.older;
    e.older = e.newer = kNone;
}

void TcpConversations::make_newest(std::uint32_t index) {
    if (newest_ == index) return;
    unlink_lru(index);
    Entry& e = entries_[index];
    e.older = newest_;
    if (newest_ != kNone) entries_[newest_].newer = index;
    newest_ = index;
    if (oldest_ == kNone) oldest_ = index;
}

std::uint32_t TcpConversations::take_slot() {
    if (entries_.size() < capacity_) {
        entries_.emplace_back();
        return static_cast<std::uint32_t>(entries_.size() - 1);
    }
    // Full: the least recently used conversation goes. If it comes back, it is a new one to us.
    const std::uint32_t victim = oldest_;
    unlink_bucket(victim);
    unlink_lru(victim);
    return victim;
}

TcpRelative TcpConversations::relate(std::span<const std::uint8_t> src, std::span<const std::uint8_t> dst,
                                     std::uint16_t sport, std::uint16_t dport, std::uint32_t seq, std::uint32_t ack,
                                     bool syn) {
    TcpConversationKey key;
    key.v6 = src.size() == 16;
    const std::size_t n = std::min({src.size(), dst.size(), key.src.size()});
    src = src.first(n);
    dst = dst.first(n);
    // tcpdump's collating order: the lower port first; on equal ports, the lower address.
    const bool rev = sport > dport || (sport == dport && std::ranges::lexicographical_compare(dst, src));
    std::ranges::copy(rev ? dst : src, key.src.begin());
    std::ranges::copy(rev ? src : dst, key.dst.begin());
    key.ports = rev ? (static_cast<std::uint32_t>(dport) << 16U) | sport
                    : (static_cast<std::uint32_t>(sport) << 16U) | dport;
    std::size_t bucket = bucket_of(key);
    std::uint32_t index = find(key, bucket);
    TcpRelative shown{seq, ack, 0};
    if (index == kNone || syn) {
        // New (or restarted) conversation: record its base, print the numbers as they are.
        if (index == kNone) {
            // One bucket per conversation at most: the table doubles as they appear, up to the
            // capacity's (a full-size table from the start was 256 KiB of every run's memory).
            if (entries_.size() >= buckets_.size() && buckets_.size() < max_buckets_) {
                grow_buckets();
                bucket = bucket_of(key);
            }
            index = take_slot();
            entries_[index].key = key;
            entries_[index].next_in_bucket = buckets_[bucket];
            buckets_[bucket] = index;
        }
        Entry& e = entries_[index];
        if (rev) {
            e.ack = seq;
            e.seq = ack - 1;
        } else {
            e.seq = seq;
            e.ack = ack - 1;
        }
    } else {
        const Entry& e = entries_[index];
        if (rev) {
            shown.seq = seq - e.ack;
            shown.ack = ack - e.seq;
        } else {
            shown.seq = seq - e.seq;
            shown.ack = ack - e.ack;
        }
    }
    make_newest(index);
    const Entry& e = entries_[index];
    shown.sack_base = rev ? e.seq : e.ack;
    return shown;
}

}  // namespace tapsniff
