// --respond and fragmented pings (`ping -s 3000`): the neighbour reassembles the request, within
// its bounds, and sends its reply in fragments that fit the MTU, as a host does.
#include <gtest/gtest.h>

#include <sys/socket.h>

#include <cstdint>
#include <vector>

#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "tapsniff/checksum.hpp"
#include "tapsniff/responder.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using Frame = std::vector<std::byte>;

const MacAddress kHostMac{0x72, 0xc8, 0xb1, 0xdb, 0x54, 0xac};
const MacAddress kNeighborMac{0x02, 0x00, 0x0a, 0x00, 0x00, 0x02};
const Ipv4Address kHost4{10, 0, 0, 1};
const Ipv4Address kNeighbor4{10, 0, 0, 2};
const Ipv6Address kHost6{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
const Ipv6Address kNeighbor6{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};

void put16(Frame& f, std::size_t at, std::uint16_t v) {
    f[at] = std::byte(v >> 8U);
    f[at + 1] = std::byte(v & 0xffU);
}
template <class Range>
void append(Frame& f, const Range& r) {
    for (auto b : r) f.push_back(std::byte(b));
}

// An ICMP (v6 when `pseudo` is set) echo request of `data_len` data bytes, checksum filled in.
Frame echo_message(std::uint8_t type, std::size_t data_len, const ChecksumSum& pseudo) {
    Frame m{std::byte(type), std::byte{0}, std::byte{0}, std::byte{0}, std::byte{0x12}, std::byte{0x34},
            std::byte{0}, std::byte{7}};
    for (std::size_t i = 0; i < data_len; ++i) m.push_back(std::byte(i * 7 % 251));
    ChecksumSum sum = pseudo;
    sum.add(Bytes(m));
    put16(m, 2, sum.field_value());
    return m;
}

// The IPv4 fragments Linux sends for the message, `chunk` bytes each but the last.
std::vector<Frame> ipv4_fragments(const Frame& message, std::size_t chunk) {
    std::vector<Frame> frames;
    for (std::size_t off = 0; off < message.size(); off += chunk) {
        const std::size_t n = std::min(chunk, message.size() - off);
        Frame f;
        append(f, kNeighborMac);
        append(f, kHostMac);
        append(f, std::array<std::uint8_t, 2>{0x08, 0x00});
        const std::size_t ip = f.size();
        const bool more = off + n < message.size();
        append(f, std::array<std::uint8_t, 12>{0x45, 0, 0, 0, 0xab, 0xcd, 0, 0, 64, 1, 0, 0});
        put16(f, ip + 2, static_cast<std::uint16_t>(20 + n));
        put16(f, ip + 6, static_cast<std::uint16_t>((more ? 0x2000 : 0) | off / 8));
        append(f, kHost4);
        append(f, kNeighbor4);
        ChecksumSum sum;
        sum.add(Bytes(f).subspan(ip, 20));
        put16(f, ip + 10, sum.field_value());
        append(f, Bytes(message).subspan(off, n));
        frames.push_back(f);
    }
    return frames;
}

std::vector<Frame> ipv6_fragments(const Frame& message, std::size_t chunk) {
    std::vector<Frame> frames;
    for (std::size_t off = 0; off < message.size(); off += chunk) {
        const std::size_t n = std::min(chunk, message.size() - off);
        const bool more = off + n < message.size();
        Frame f;
        append(f, kNeighborMac);
        append(f, kHostMac);
        append(f, std::array<std::uint8_t, 2>{0x86, 0xdd});
        append(f, std::array<std::uint8_t, 8>{0x60, 0, 0, 0, 0, 0, 44, 64});
        put16(f, 18, static_cast<std::uint16_t>(8 + n));
        append(f, kHost6);
        append(f, kNeighbor6);
        append(f, std::array<std::uint8_t, 8>{58, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef});
        put16(f, 56, static_cast<std::uint16_t>(off | (more ? 1 : 0)));
        append(f, Bytes(message).subspan(off, n));
        frames.push_back(f);
    }
    return frames;
}

Responder responder(unsigned mtu) {
    std::vector<Neighbor> n{parse_neighbor("10.0.0.2").value(), parse_neighbor("fd00::2").value()};
    return Responder(std::move(n), mtu);
}

// Feeds the fragments, returns the reply frames sent for the last one (none before it).
std::vector<Frame> replies(Responder& r, const std::vector<Frame>& fragments, std::int64_t sec = 100) {
    std::vector<Frame> out;
    for (std::size_t i = 0; i < fragments.size(); ++i) {
        auto decoded = test::decode(fragments[i]);
        auto sent = r.replies_to(*decoded, Timestamp{sec, 0});
        if (i + 1 < fragments.size()) {
            EXPECT_TRUE(sent.empty()) << "a reply before the last fragment " << i;
        }
        for (Bytes b : sent) out.emplace_back(b.begin(), b.end());
    }
    return out;
}

TEST(RespondFragments, Ipv4PingOf3000BytesIsReassembledAndAnsweredInFragments) {
    Responder r = responder(1500);
    const Frame request = echo_message(icmp_type::echo, 3000, ChecksumSum{});
    auto sent = replies(r, ipv4_fragments(request, 1480));
    ASSERT_EQ(sent.size(), 3U);
    Frame reassembled;
    for (std::size_t i = 0; i < sent.size(); ++i) {
        ASSERT_LE(sent[i].size(), 14U + 1500U);
        auto d = test::decode(sent[i]);
        const auto* ip = d->find<Ipv4Layer>();
        ASSERT_NE(ip, nullptr);
        EXPECT_EQ(ip->checksum.state, Checksum::State::correct);
        EXPECT_EQ(ip->src, kNeighbor4);
        EXPECT_EQ(ip->dst, kHost4);
        EXPECT_EQ(ip->more_fragments(), i + 1 < sent.size());
        EXPECT_EQ(ip->frag_offset(), reassembled.size());
        append(reassembled, ip->payload);
    }
    ASSERT_EQ(reassembled.size(), request.size());
    EXPECT_EQ(reassembled[0], std::byte{icmp_type::echo_reply});
    EXPECT_TRUE(std::equal(reassembled.begin() + 4, reassembled.end(), request.begin() + 4));
    ChecksumSum sum;
    sum.add(Bytes(reassembled));
    EXPECT_EQ(sum.folded(), 0xffff) << "the reply's ICMP checksum";
}

TEST(RespondFragments, FragmentsInAnyOrderAreReassembled) {
    Responder r = responder(1500);
    auto frags = ipv4_fragments(echo_message(icmp_type::echo, 3000, ChecksumSum{}), 1480);
    std::swap(frags[0], frags[2]);
    EXPECT_EQ(replies(r, frags).size(), 3U);
}

TEST(RespondFragments, AMissingFragmentGetsNoReplyAndTimesOut) {
    Responder r = responder(1500);
    auto frags = ipv4_fragments(echo_message(icmp_type::echo, 3000, ChecksumSum{}), 1480);
    frags.erase(frags.begin() + 1);
    EXPECT_TRUE(replies(r, frags).empty());
    // The missing one, 31 s later: the datagram timed out, so it starts a new one alone.
    auto late = ipv4_fragments(echo_message(icmp_type::echo, 3000, ChecksumSum{}), 1480);
    auto d = test::decode(late[1]);
    EXPECT_TRUE(r.replies_to(*d, Timestamp{100 + 31, 0}).empty());
}

TEST(RespondFragments, AFragmentWithABadChecksumInTheWholeGetsNoReply) {
    Responder r = responder(1500);
    Frame request = echo_message(icmp_type::echo, 3000, ChecksumSum{});
    request[2000] ^= std::byte{0xff};
    EXPECT_TRUE(replies(r, ipv4_fragments(request, 1480)).empty());
}

TEST(RespondFragments, OverlapsThatDisagreeDropTheDatagram) {
    Responder r = responder(1500);
    auto frags = ipv4_fragments(echo_message(icmp_type::echo, 3000, ChecksumSum{}), 1480);
    Frame evil = frags[1];
    evil.back() ^= std::byte{1};
    frags.insert(frags.begin() + 1, evil);
    EXPECT_TRUE(replies(r, frags).empty());
}

TEST(RespondFragments, Ipv6PingOf3000BytesIsReassembledAndAnsweredInFragments) {
    Responder r = responder(1500);
    ChecksumSum pseudo;
    add_pseudo_header_v6(pseudo, kHost6, kNeighbor6, ipproto::icmpv6, 3008);
    const Frame request = echo_message(icmp6_type::echo_request, 3000, pseudo);
    auto sent = replies(r, ipv6_fragments(request, 1448));
    ASSERT_EQ(sent.size(), 3U);
    Frame reassembled;
    for (const Frame& f : sent) {
        ASSERT_LE(f.size(), 14U + 1500U);
        auto d = test::decode(f);
        const auto* ip = d->find<Ipv6Layer>();
        ASSERT_NE(ip, nullptr);
        ASSERT_NE(ip->fragment, nullptr);
        EXPECT_EQ(ip->fragment->frag_offset * 8U, reassembled.size());
        EXPECT_EQ(ip->src, kNeighbor6);
        append(reassembled, ip->fragment_payload);
    }
    ASSERT_EQ(reassembled.size(), request.size());
    EXPECT_EQ(reassembled[0], std::byte{icmp6_type::echo_reply});
    ChecksumSum sum;
    add_pseudo_header_v6(sum, kNeighbor6, kHost6, ipproto::icmpv6, static_cast<std::uint32_t>(reassembled.size()));
    sum.add(Bytes(reassembled));
    EXPECT_EQ(sum.folded(), 0xffff) << "the reply's ICMPv6 checksum";
}

TEST(RespondFragments, ASmallIpv6ReplyToAFragmentedRequestIsOneFrame) {
    Responder r = responder(1500);
    ChecksumSum pseudo;
    add_pseudo_header_v6(pseudo, kHost6, kNeighbor6, ipproto::icmpv6, 108);
    auto sent = replies(r, ipv6_fragments(echo_message(icmp6_type::echo_request, 100, pseudo), 56));
    ASSERT_EQ(sent.size(), 1U);
    auto d = test::decode(sent[0]);
    ASSERT_NE(d->find<Icmp6Layer>(), nullptr);
    EXPECT_EQ(d->find<Icmp6Layer>()->checksum.state, Checksum::State::correct);
}

TEST(RespondFragments, MoreThan64KiBIsRefused) {
    Responder r = responder(1500);
    auto frags = ipv4_fragments(echo_message(icmp_type::echo, 3000, ChecksumSum{}), 1480);
    // The last fragment claims an offset near the 16-bit limit: past 65535 bytes in all.
    Frame& last = frags.back();
    put16(last, 14 + 6, static_cast<std::uint16_t>(0x1fff));
    put16(last, 14 + 10, 0);
    ChecksumSum sum;
    sum.add(Bytes(last).subspan(14, 20));
    put16(last, 14 + 10, sum.field_value());
    ASSERT_EQ(test::decode(last)->find<Ipv4Layer>()->checksum.state, Checksum::State::correct);
    EXPECT_TRUE(replies(r, frags).empty());
}

}  // namespace
}  // namespace tapsniff
