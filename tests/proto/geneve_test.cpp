// Unit tests for the Geneve home (src/proto/geneve): real frames with options, the inner Ethernet
// frame as further layers on the same line, tcpdump's text at every cut and for changed bytes,
// JSON and the tree.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "geneve_frames.hpp"
#include "proto/geneve/geneve.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
using test::stack_of;
namespace gf = test::geneve_frames;

TEST(Geneve, OptionsAndInnerFrame) {
    auto f = decode(from_hex(gf::kOptions.hex));
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 udp geneve ethernet ipv4 icmp");
    const GeneveLayer* g = f->find<GeneveLayer>();
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->options_len, 8);
    EXPECT_EQ(g->flags, 0x40);
    EXPECT_EQ(g->proto, 0x6558);
    EXPECT_EQ(g->vni, 10U);
    EXPECT_EQ(presence_of<GeneveLayer>(*f), Presence::complete);
    EXPECT_EQ(test::text_of(gf::kOptions),
              "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558), options [8 bytes]: "
              "b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP "
              "echo request, id 10578, seq 23, length 64");
}

TEST(Geneve, JsonSummaryKeepsTheInnerLinkLayer) {
    auto json = test::json_of(from_hex(gf::kOptions.hex));
    EXPECT_TRUE(contains(json, "\"geneve\":{\"version\":0,\"flags\":\"0x40\",\"proto_type\":\"0x6558\",\"vni\":10,"
                               "\"reserved\":\"0x00\"},\"inner\":{\"eth\":{\"src\":\"b6:9e:d2:49:51:48\""));
    EXPECT_TRUE(contains(json, "options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4"));
}

TEST(Geneve, Tree) {
    auto tree = test::tree_of(from_hex(gf::kNoOptions.hex));
    EXPECT_TRUE(contains(tree, "\n    Generic Network Virtualization Encapsulation\n        Version: 0\n"
                               "        Options Length: 0 bytes\n"));
    EXPECT_TRUE(contains(tree, "        Protocol Type: TEB (0x6558)\n"));
}

TEST(Geneve, EveryCutLikeTcpdump) {
    test::expect_cuts_like_tcpdump(gf::kOptions);
    test::expect_cuts_like_tcpdump(gf::kNoOptions);
}

TEST(Geneve, ChangedHeaderBytesLikeTcpdump) {
    test::expect_mutations_like_tcpdump(gf::kOptions);
    test::expect_mutations_like_tcpdump(gf::kNoOptions);
}

TEST(Geneve, OptionsLongerThanTheDatagram) {
    auto bytes = from_hex(gf::kNoOptions.hex);
    bytes[42] = std::byte{0x3f};  // 252 bytes of options
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<GeneveLayer>(*f), Presence::malformed);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 udp geneve");
    EXPECT_TRUE(contains(test::line_of(bytes), "proto TEB (0x6558) truncated-geneve - 154 bytes missing"));
}

}  // namespace
}  // namespace tapsniff
