// Unit tests for TcpConversations: tcpdump's rules for relative numbers, and the bounded table.
#include <gtest/gtest.h>

#include <array>

#include "proto/tcp/tcp_conversations.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kClient[4] = {10, 0, 0, 1};
constexpr std::uint8_t kServer[4] = {10, 0, 0, 2};

// A segment from the client (port 40000) to the server (port 80), or back.
TcpRelative from_client(TcpConversations& t, std::uint32_t seq, std::uint32_t ack, bool syn = false) {
    return t.relate(kClient, kServer, 40000, 80, seq, ack, syn);
}
TcpRelative from_server(TcpConversations& t, std::uint32_t seq, std::uint32_t ack, bool syn = false) {
    return t.relate(kServer, kClient, 80, 40000, seq, ack, syn);
}

// tcpdump prints the first segment with ACK of a conversation as it is, then counts from it.
TEST(TcpConversations, FirstAckedSegmentIsPrintedAsItIsThenNumbersAreRelative) {
    TcpConversations t;
    TcpRelative first = from_server(t, 5000, 1001, true);  // SYN+ACK
    EXPECT_EQ(first.seq, 5000U);
    EXPECT_EQ(first.ack, 1001U);
    TcpRelative second = from_client(t, 1001, 5001);  // the handshake's ACK
    EXPECT_EQ(second.seq, 1U);
    EXPECT_EQ(second.ack, 1U);
    TcpRelative third = from_server(t, 5001, 1101);  // data acknowledged
    EXPECT_EQ(third.seq, 1U);
    EXPECT_EQ(third.ack, 101U);
}

// Both directions share one entry whichever direction is seen first.
TEST(TcpConversations, BothDirectionsShareOneConversation) {
    TcpConversations t;
    from_client(t, 100, 900);
    EXPECT_EQ(t.size(), 1U);
    TcpRelative back = from_server(t, 950, 150);
    EXPECT_EQ(back.seq, 51U);   // 950 - (900 - 1)
    EXPECT_EQ(back.ack, 50U);   // 150 - 100
    EXPECT_EQ(t.size(), 1U);
}

// A SYN starts the conversation again: the new base numbers are printed as they are.
TEST(TcpConversations, SynRecordsNewBase) {
    TcpConversations t;
    from_client(t, 100, 900);
    EXPECT_EQ(from_client(t, 200, 1000).seq, 100U);
    TcpRelative restarted = from_client(t, 7000, 8000, true);
    EXPECT_EQ(restarted.seq, 7000U);
    EXPECT_EQ(from_client(t, 7010, 8000).seq, 10U);
}

// SACK edges: tcpdump subtracts th->ack in the first collating direction, th->seq in the other.
TEST(TcpConversations, SackBaseFollowsDirection) {
    TcpConversations t;
    TcpRelative first = from_client(t, 100, 900);
    EXPECT_EQ(first.sack_base, 899U);
    TcpRelative back = from_server(t, 950, 150);
    EXPECT_EQ(back.sack_base, 100U);
}

// Equal ports: the lower address is the first of the pair.
TEST(TcpConversations, EqualPortsCollateByAddress) {
    TcpConversations t;
    t.relate(kServer, kClient, 179, 179, 10, 20, false);
    TcpRelative other = t.relate(kClient, kServer, 179, 179, 25, 15, false);
    EXPECT_EQ(t.size(), 1U);
    EXPECT_EQ(other.seq, 6U);   // 25 - (20 - 1)
    EXPECT_EQ(other.ack, 5U);   // 15 - 10
}

// IPv6 conversations are kept apart from IPv4 ones with the same first bytes.
TEST(TcpConversations, Ipv6IsItsOwnConversation) {
    TcpConversations t;
    std::uint8_t a6[16] = {10, 0, 0, 1};
    std::uint8_t b6[16] = {10, 0, 0, 2};
    from_client(t, 100, 900);
    TcpRelative v6 = t.relate(a6, b6, 40000, 80, 100, 900, false);
    EXPECT_EQ(v6.seq, 100U);
    EXPECT_EQ(t.size(), 2U);
}

// The table never holds more than its capacity; the least recently used conversation goes and,
// seen again, starts over (printed as it is).
TEST(TcpConversations, LeastRecentlyUsedIsEvicted) {
    TcpConversations t(2);
    from_client(t, 100, 900);                                // A
    t.relate(kClient, kServer, 40001, 80, 1, 1, false);  // B
    from_client(t, 110, 900);                                // A used again: B is now the oldest
    t.relate(kClient, kServer, 40002, 80, 1, 1, false);  // C evicts B
    EXPECT_EQ(t.size(), 2U);
    EXPECT_EQ(from_client(t, 120, 900).seq, 20U);            // A kept
    EXPECT_EQ(t.relate(kClient, kServer, 40001, 80, 50, 1, false).seq, 50U);  // B forgotten
}

TEST(TcpConversations, MillionConversationsStayWithinCapacity) {
    TcpConversations t(1024);
    for (std::uint32_t i = 0; i < 1000000; ++i) {
        std::uint8_t src[4] = {10, static_cast<std::uint8_t>(i >> 16U), static_cast<std::uint8_t>(i >> 8U),
                               static_cast<std::uint8_t>(i)};
        t.relate(src, kServer, 40000, 80, i, i, false);
    }
    EXPECT_EQ(t.size(), 1024U);
}

// The buckets start small and double as conversations appear: every conversation is still found
// after each doubling (its numbers stay relative), both directions, and eviction still works
// once the table is full.
TEST(TcpConversations, EveryConversationFoundAcrossBucketGrowth) {
    constexpr std::uint32_t kCount = 20000;  // many doublings from the first thousand buckets
    TcpConversations t(kCount);
    auto client = [](std::uint32_t i) {
        return std::array<std::uint8_t, 4>{10, static_cast<std::uint8_t>(i >> 16U), static_cast<std::uint8_t>(i >> 8U),
                                           static_cast<std::uint8_t>(i)};
    };
    for (std::uint32_t i = 0; i < kCount; ++i) {
        const auto c = client(i);
        EXPECT_EQ(t.relate(c, kServer, 40000, 80, 1000 + i, 5000 + i, false).seq, 1000 + i);  // new: as it is
    }
    EXPECT_EQ(t.size(), kCount);
    for (std::uint32_t i = 0; i < kCount; ++i) {
        const auto c = client(i);
        const TcpRelative again = t.relate(c, kServer, 40000, 80, 1010 + i, 5000 + i, false);
        ASSERT_EQ(again.seq, 10U) << "conversation " << i;
        const TcpRelative back = t.relate(kServer, c, 80, 40000, 5000 + i, 1010 + i, false);
        ASSERT_EQ(back.seq, 1U) << "conversation " << i;   // 5000 + i - (5000 + i - 1)
        ASSERT_EQ(back.ack, 10U) << "conversation " << i;
    }
    EXPECT_EQ(t.size(), kCount);
    // Full: a new one evicts the least recently used (conversation 0), the others stay.
    const auto fresh = client(kCount);
    t.relate(fresh, kServer, 40000, 80, 1, 1, false);
    EXPECT_EQ(t.size(), kCount);
    EXPECT_EQ(t.relate(client(1), kServer, 40000, 80, 1021, 5001, false).seq, 20U);
    EXPECT_EQ(t.relate(client(0), kServer, 40000, 80, 1020, 5000, false).seq, 1020U);  // forgotten
}

}  // namespace
}  // namespace tapsniff
