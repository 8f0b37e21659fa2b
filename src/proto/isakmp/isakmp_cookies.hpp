// tcpdump's ISAKMP initiator cookie cache (print-isakmp.c: cookiecache, 20 entries reused in turn):
// it tells an IKEv1 initiator's packets (" I") from its responder's (" R").
#pragma once

#include <array>
#include <cstdint>

namespace tapsniff {

class IsakmpCookies {
public:
    using Cookie = std::array<std::uint8_t, 8>;
    using Address = std::array<std::uint8_t, 16>;  // an IPv4 address in the first four bytes

    // The entry holding `cookie`, or -1. (Unused entries hold a zero cookie, as tcpdump's do.)
    [[nodiscard]] int find(const Cookie& cookie) const {
        for (std::size_t i = 0; i < kEntries; ++i) {
            if (entries_[i].initiator == cookie) return static_cast<int>(i);
        }
        return -1;
    }
    // cookie_record: remembers the initiator's addresses (version 4 or 6).
    void record(const Cookie& cookie, unsigned version, const Address& src, const Address& dst) {
        const int i = find(cookie);
        if (i >= 0) {
            next_ = (static_cast<std::size_t>(i) + 1) % kEntries;
            return;
        }
        Entry& e = entries_[next_];
        e.version = version;
        e.initiator_address = src;
        e.responder_address = dst;
        e.initiator = cookie;
        next_ = (next_ + 1) % kEntries;
    }
    // cookie_sidecheck: does a packet from `src` come from entry i's initiator (or responder)?
    [[nodiscard]] bool from(int i, bool initiator, unsigned version, const Address& src) const {
        const Entry& e = entries_[static_cast<std::size_t>(i)];
        if (e.version != version) return false;
        const std::size_t n = version == 4 ? 4 : 16;
        const Address& a = initiator ? e.initiator_address : e.responder_address;
        for (std::size_t k = 0; k < n; ++k) {
            if (a[k] != src[k]) return false;
        }
        return true;
    }

private:
    static constexpr std::size_t kEntries = 20;
    struct Entry {
        Cookie initiator{};
        unsigned version = 0;
        Address initiator_address{};
        Address responder_address{};
    };
    std::array<Entry, kEntries> entries_{};
    std::size_t next_ = 0;
};

}  // namespace tapsniff
