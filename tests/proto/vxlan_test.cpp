// Unit tests for the VXLAN home (src/proto/vxlan): real frames from public captures, the inner
// Ethernet frame decoded as further layers, tcpdump's text at every cut and for changed bytes,
// JSON and the -v tree.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/vxlan/vxlan.hpp"
#include "vxlan_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
using test::stack_of;
namespace vf = test::vxlan_frames;

TEST(Vxlan, InnerFrameIsFurtherLayers) {
    auto bytes = from_hex(vf::kArp.hex);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 udp vxlan ethernet arp");
    const VxlanLayer* vx = f->find<VxlanLayer>();
    ASSERT_NE(vx, nullptr);
    EXPECT_EQ(vx->flags8(), 0x08);
    EXPECT_EQ(vx->vni, 100U);
    EXPECT_EQ(presence_of<VxlanLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump prints the inner frame on a line of its own, its link-layer part included.
    EXPECT_EQ(test::text_of(vf::kArp),
              "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n"
              "00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at "
              "00:16:3e:37:f6:04, length 28");
}

TEST(Vxlan, JsonHasBothFramesAndTheFirstLineAsSummary) {
    auto json = test::json_of(from_hex(vf::kArp.hex));
    EXPECT_TRUE(contains(json, "\"vxlan\":{\"flags\":\"0x0800\",\"reserved_16\":0,\"vni\":100,\"reserved8\":0},"
                               "\"inner\":{\"eth\":{\"src\":\"00:16:3e:37:f6:04\",\"dst\":\"00:30:88:01:00:02\",\"type\":\"0x0806\"},"
                               "\"arp\":{"));
    EXPECT_TRUE(contains(json, "\"summary\":\"192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\"}"));
}

TEST(Vxlan, Tree) {
    auto tree = test::tree_of(from_hex(vf::kIcmp.hex));
    EXPECT_TRUE(contains(tree, "\n    Virtual eXtensible Local Area Network\n        Flags: 0x0800\n"));
    EXPECT_TRUE(contains(tree, "        VXLAN Network Identifier (VNI): 100\n"));
}

TEST(Vxlan, EveryCutLikeTcpdump) {
    test::expect_cuts_like_tcpdump(vf::kIcmp);
    test::expect_cuts_like_tcpdump(vf::kArp);
}

TEST(Vxlan, ChangedHeaderBytesLikeTcpdump) {
    test::expect_mutations_like_tcpdump(vf::kIcmp);
    test::expect_mutations_like_tcpdump(vf::kArp);
}

TEST(Vxlan, NonsenseUdpLengths) {
    auto bytes = from_hex(vf::kArp.hex);
    bytes[39] = std::byte{0x0c};  // UDP length 12: four bytes of VXLAN
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN (invalid)");
    EXPECT_NE(decode(bytes)->malformed, nullptr);
    EXPECT_EQ(presence_of<VxlanLayer>(*decode(bytes)), Presence::partial);
    bytes[39] = std::byte{0x30};  // UDP length 48: the inner frame is longer than the datagram says
    EXPECT_EQ(test::after_link(test::line_of(bytes)),
              "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n"
              "[length 32 < caplen 42] (invalid)");
    EXPECT_EQ(stack_of(*decode(bytes)), "ethernet ipv4 udp vxlan");
}

}  // namespace
}  // namespace tapsniff
