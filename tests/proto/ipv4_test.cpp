// Unit tests for the IPv4 home (src/proto/ipv4): a real ping, header checksum, options, every cut,
// nonsense IHL and total length, fragments, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/udp/udp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::line_of;
using test::presence_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace ipf = test::ipframes;

// kPing with four option bytes (NOP, NOP, NOP, EOL): a 24-byte header, checksum 0x63a1.
constexpr std::string_view kPingWithOptions =
    "02000000000202000000000108004600005800010000400163a10a0000010a000002010101000800f7f700070001000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";

TEST(Ipv4, PingHeader) {
    auto bytes = from_hex(ipf::kPing);
    auto f = decode(bytes);
    const Ipv4Layer* ip = f->get<Ipv4Layer>(1);
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(f->layers()[1].presence, Presence::complete);
    EXPECT_EQ(ip->status, Ipv4Status::ok);
    EXPECT_EQ(ip->version, 4);
    EXPECT_EQ(ip->header_len(), 20U);
    EXPECT_EQ(ip->total_len, 84);
    EXPECT_EQ(ip->upper_len, 64U);
    EXPECT_EQ(ip->available, 84U);
    EXPECT_EQ(ip->wire_len, 84U);
    EXPECT_EQ(ip->ttl, 64);
    EXPECT_EQ(ip->proto, ipproto::icmp);
    EXPECT_EQ(ip->src, (Ipv4Address{10, 0, 0, 1}));
    EXPECT_EQ(ip->dst, (Ipv4Address{10, 0, 0, 2}));
    EXPECT_TRUE(ip->options.empty());
    EXPECT_FALSE(ip->fragmented());
    EXPECT_EQ(ip->checksum.state, Checksum::State::correct);
    EXPECT_EQ(ip->checksum.value, 0x66a6);
    EXPECT_EQ(f->size(), 3U);  // and the ICMP layer
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
}

TEST(Ipv4, WrongHeaderChecksumSaysWhatItShouldBe) {
    auto bytes = from_hex(ipf::kPing);
    bytes[24] = std::byte{0x12};
    bytes[25] = std::byte{0x34};
    auto f = decode(bytes);
    const Ipv4Layer* ip = f->find<Ipv4Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(ip->checksum.value, 0x1234);
    EXPECT_EQ(ip->checksum.expected, 0x66a6);
    // A wrong checksum is not a malformed header: tcpdump decodes on.
    EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::complete);
    EXPECT_EQ(f->malformed, nullptr);
}

// Checksums are summed only when asked (-v, --respond): the field is kept, unverified.
TEST(Ipv4, ChecksumIsOnlyVerifiedWhenAsked) {
    auto bytes = from_hex(ipf::kPing);
    auto f = decode(test::view(bytes), static_cast<std::uint32_t>(bytes.size()), false);
    const Ipv4Layer* ip = f->find<Ipv4Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->checksum.state, Checksum::State::unverified);
    EXPECT_EQ(ip->checksum.value, 0x66a6);
}

TEST(Ipv4, OptionsAreKeptAsBytes) {
    auto bytes = from_hex(kPingWithOptions);
    auto f = decode(bytes);
    const Ipv4Layer* ip = f->find<Ipv4Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->header_len(), 24U);
    ASSERT_EQ(ip->options.size(), 4U);
    EXPECT_EQ(ip->options.data(), bytes.data() + 34);
    EXPECT_EQ(ip->upper_len, 64U);
    EXPECT_EQ(ip->checksum.state, Checksum::State::correct);
    EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::complete);
    // tcpdump 4.99.3 (options are shown only with -v)
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 64");
}

// The options cut by the capture: the header is there, the rest of it is not ("[|ip]").
TEST(Ipv4, OptionsCutByTheCapture) {
    auto bytes = from_hex(kPingWithOptions);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut : {34U, 36U}) {
        auto f = decode(prefix(bytes, cut), wire);
        const Ipv4Layer* ip = f->find<Ipv4Layer>();
        ASSERT_NE(ip, nullptr);
        EXPECT_EQ(ip->status, Ipv4Status::header_cut);
        EXPECT_EQ(ip->options.size(), cut - 34);
        EXPECT_EQ(ip->checksum.state, Checksum::State::unverified);
        EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::truncated);
        EXPECT_STREQ(f->truncated, "ip");
        EXPECT_EQ(f->size(), 2U);
    }
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 36), wire)),
              "10.0.0.1 > 10.0.0.2:  [remaining caplen(22) < header length(24)] [|ip]");
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 34), wire)),
              "10.0.0.1 > 10.0.0.2:  [remaining caplen(20) < header length(24)] [|ip]");
}

TEST(Ipv4, CutAtEveryByteOfTheHeader) {
    auto bytes = from_hex(ipf::kPing);
    for (std::size_t cut = 14; cut < 34; ++cut) {
        auto f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
        ASSERT_NE(f->truncated, nullptr) << cut;
        EXPECT_STREQ(f->truncated, "ip") << cut;
        EXPECT_EQ(stack_of(*f), "ethernet ipv4") << cut;
        EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::partial) << cut;
        std::string line = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
        EXPECT_TRUE(line.ends_with(": [|ip]") || line.ends_with(":  [|ip]")) << cut << " " << line;
    }
}

TEST(Ipv4, CutAtEveryByteNeverCrashes) {
    for (auto hex : {ipf::kPing, ipf::kPortUnreach, ipf::kUdp, ipf::kSyn}) {
        auto bytes = from_hex(hex);
        for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
            std::string snapped = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            std::string short_wire = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(cut));
            EXPECT_FALSE(snapped.empty());
            EXPECT_FALSE(short_wire.empty());
        }
    }
}

TEST(Ipv4, IhlBelowFiveIsMalformed) {
    for (unsigned ihl : {0U, 1U, 3U, 4U}) {
        auto bytes = from_hex(ipf::kUdp);
        bytes[14] = static_cast<std::byte>(0x40U | ihl);
        auto f = decode(bytes);
        ASSERT_NE(f->find<Ipv4Layer>(), nullptr);
        EXPECT_EQ(f->find<Ipv4Layer>()->status, Ipv4Status::bad_hlen);
        EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::malformed);
        EXPECT_NE(f->malformed, nullptr);
        EXPECT_EQ(f->find<UdpLayer>(), nullptr);
        EXPECT_EQ(ipf::ip_part(line_of(bytes)), "bad-hlen " + std::to_string(ihl * 4));
    }
}

TEST(Ipv4, TotalLengthBeyondTheFrame) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[16] = std::byte{0x01};  // 0x012e = 302
    auto f = decode(bytes);
    EXPECT_NE(f->malformed, nullptr);
    EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::malformed);
    EXPECT_NE(f->find<UdpLayer>(), nullptr);  // decoding goes on, as tcpdump's does
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "truncated-ip - 256 bytes missing! 10.0.0.1.40000 > 10.0.0.2.45000: UDP, length 18");
}

TEST(Ipv4, TotalLengthShorterThanTheHeader) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[17] = std::byte{0x0a};
    auto f = decode(bytes);
    ASSERT_NE(f->find<Ipv4Layer>(), nullptr);
    EXPECT_EQ(f->find<Ipv4Layer>()->status, Ipv4Status::bad_len);
    EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::malformed);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "bad-len 10");
}

TEST(Ipv4, HeaderLongerThanTheCapture) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[14] = std::byte{0x4f};  // 60-byte header, 46 bytes of datagram
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "bad-len 46");
}

TEST(Ipv4, VersionSixInAnIpv4Frame) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[14] = std::byte{0x65};
    auto f = decode(bytes);
    ASSERT_NE(f->find<Ipv4Layer>(), nullptr);
    EXPECT_EQ(f->find<Ipv4Layer>()->status, Ipv4Status::bad_version);
    EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::partial);  // not an IPv4 header at all
    EXPECT_NE(f->malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "IP6, wrong link-layer encapsulation (invalid)");
}

TEST(Ipv4, LaterFragmentNamesTheProtocol) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[20] = std::byte{0x00};
    bytes[21] = std::byte{0xb9};
    auto f = decode(bytes);
    const Ipv4Layer* ip = f->find<Ipv4Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_TRUE(ip->later_fragment());
    EXPECT_TRUE(ip->fragmented());
    EXPECT_EQ(ip->frag_offset(), 0xb9U * 8U);
    EXPECT_EQ(f->find<UdpLayer>(), nullptr);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1 > 10.0.0.2: ip-proto-17");
}

TEST(Ipv4, FirstFragmentDecodesTheUpperLayer) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[20] = std::byte{0x20};  // more fragments, offset 0
    auto f = decode(bytes);
    const Ipv4Layer* ip = f->find<Ipv4Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_TRUE(ip->more_fragments());
    EXPECT_FALSE(ip->later_fragment());
    EXPECT_TRUE(ip->fragmented());
    ASSERT_NE(f->find<UdpLayer>(), nullptr);
    // The datagram is not all here: the UDP checksum cannot be verified.
    EXPECT_EQ(f->find<UdpLayer>()->checksum.state, Checksum::State::unverified);
}

TEST(Ipv4, UnknownProtocol) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[23] = std::byte{99};
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4");
    ASSERT_NE(f->find<Ipv4Layer>(), nullptr);
    EXPECT_EQ(f->find<Ipv4Layer>()->upper_len, 26U);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1 > 10.0.0.2:  ip-proto-99 26");
}

// --- The -v tree ---

TEST(Ipv4Tree, HeaderFields) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kSyn)),
                         "\n    Internet Protocol Version 4"
                         "\n        Source Address: 10.0.0.1"
                         "\n        Destination Address: 10.0.0.2"
                         "\n        Protocol: TCP (6)"
                         "\n        Time to Live: 64"
                         "\n        Total Length: 60"
                         "\n        Version: 4"
                         "\n        Header Length: 20 bytes"
                         "\n        Type of Service: 0x00"
                         "\n        Identification: 0x0005 (5)"
                         "\n        Flags: 0x0"
                         "\n        Fragment Offset: 0"
                         "\n        Header Checksum: 0x66b5 [correct]"
                         "\n    Transmission Control Protocol"));
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kUdp)), "\n        Protocol: UDP (17)"));
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kPing)), "\n        Protocol: ICMP (1)"));
}

TEST(Ipv4Tree, FlagsAndFragments) {
    auto df = from_hex(ipf::kUdp);
    df[20] = std::byte{0x40};
    EXPECT_TRUE(contains(tree_of(df), "\n        Flags: 0x2 (Don't fragment)\n        Fragment Offset: 0"));
    auto later = from_hex(ipf::kUdp);
    later[20] = std::byte{0xa0};  // reserved bit and more fragments, offset 0xb9 * 8
    later[21] = std::byte{0xb9};
    EXPECT_TRUE(contains(tree_of(later), "\n        Flags: 0x5 (Reserved bit, More fragments)\n        Fragment Offset: 1480"));
}

TEST(Ipv4Tree, Checksums) {
    auto bad = from_hex(ipf::kPing);
    bad[24] = std::byte{0x12};
    bad[25] = std::byte{0x34};
    EXPECT_TRUE(contains(tree_of(bad), "\n        Header Checksum: 0x1234 [incorrect, should be 0x66a6]"));
    // The header is cut: not verified, and the options are shown as far as they were captured.
    auto options = from_hex(kPingWithOptions);
    const std::string full = tree_of(options);
    EXPECT_TRUE(contains(full, "\n        Header Length: 24 bytes"));
    EXPECT_TRUE(contains(full, "\n        Header Checksum: 0x63a1 [correct]\n        Options: 4 bytes"));
    const std::string cut = tree_of(prefix(options, 36), static_cast<std::uint32_t>(options.size()));
    EXPECT_TRUE(contains(cut, "\n        Header Checksum: 0x63a1 [unverified]\n        Options: 2 bytes"));
    EXPECT_TRUE(cut.ends_with("\n    [Truncated: ip]")) << cut;
}

TEST(Ipv4Tree, PartialHeaderHasNoHeading) {
    auto bytes = from_hex(ipf::kPing);
    const std::string t = tree_of(prefix(bytes, 30), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(t.find("Internet Protocol"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n        Type: IPv4 (0x0800)\n    [Truncated: ip]")) << t;
}

}  // namespace
}  // namespace tapsniff
