// Unit tests for the PIM home (src/proto/pim): PIMv2 over IP and PIMv1 in IGMP, every cut.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/pim/pim.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::expect_cut_texts;
using test::expect_every_cut_prints;
using test::from_hex;
using test::json_of;
using test::presence_of;
using test::stack_of;
namespace ipf = test::ipframes;

// tcpdump's PIMv2_hellos.pcap: a hello with hold time, generation id, DR priority and state refresh.
constexpr std::string_view kHello =
    "01005e00000dc20252720000 0800 45c00036037f00000167cb130a000002e000000d"
    "2000aa6e 000100020069 001400043f0ef4cd 0013000400000001 0015000401000000";

TEST(Pim, V2Hello) {
    auto bytes = from_hex(kHello);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 pim");
    const PimLayer* m = f->find<PimLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(presence_of<PimLayer>(*f), Presence::complete);
    EXPECT_EQ(m->version, 2);
    EXPECT_EQ(m->type, 0);
    EXPECT_EQ(m->length, 34U);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.2 > 224.0.0.13: PIMv2, Hello, length 34");
    EXPECT_TRUE(contains(json_of(bytes), R"("pim":{"version":2,"type":0,"cksum":"0xaa6e"})"));
    EXPECT_TRUE(contains(test::tree_of(bytes), "Type: Hello (0)"));
    expect_cut_texts(bytes, {{34, "10.0.0.2 > 224.0.0.13:  [|pim]"}, {35, "10.0.0.2 > 224.0.0.13: PIMv2, Hello, length 34"}});
    expect_every_cut_prints(bytes);
}

TEST(Pim, OtherVersionsAndTypes) {
    auto bytes = from_hex(kHello);
    bytes[34] = std::byte{0x2c};  // v2, type 12
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.2 > 224.0.0.13: PIMv2, Unknown Type, length 34");
    bytes[34] = std::byte{0x10};  // v1 over IP
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.2 > 224.0.0.13: PIMv1, length 34");
}

// PIMv1 in IGMP type 0x14: an assert (tcpdump prints the addresses, preference and metric).
TEST(Pim, V1AssertInIgmp) {
    auto bytes = from_hex("01005e00000d020000000001 0800 450000300001000001 02cfbd0a000001e000000d"
                          "14050000 10000000 e0010203 ffffffff 0a000005 80000064 0000000a");
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 igmp pimv1");
    EXPECT_EQ(presence_of<Pimv1Layer>(*f), Presence::complete);
    const std::string whole = "10.0.0.1 > 224.0.0.13: igmp pimv1 Assert for 10.0.0.5 > 224.1.2.3 RP-tree pref 100 metric 10";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    EXPECT_TRUE(contains(json_of(bytes), R"("pim":{"version":1,"code":5,"cksum":"0x0000"})"));
    expect_cut_texts(bytes, {{34, "10.0.0.1 > 224.0.0.13:  [|igmp]"},
                             {35, "10.0.0.1 > 224.0.0.13: igmp pimv1 [|pimv1]"},
                             {36, "10.0.0.1 > 224.0.0.13: igmp pimv1 Assert [|pimv1]"},
                             {54, "10.0.0.1 > 224.0.0.13: igmp pimv1 Assert for 10.0.0.5 > 224.1.2.3 [|pimv1]"},
                             {62, whole}});
}

TEST(Pim, V1QueryModes) {
    auto bytes = from_hex("01005e00000d020000000001 0800 450000200001000001 02cfcd0a000001e000000d"
                          "1400000020000000 10000069");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.1 > 224.0.0.13: igmp pimv1 Query Sparse-mode [v2]");
    expect_cut_texts(bytes, {{35, "10.0.0.1 > 224.0.0.13: igmp pimv1 [|pimv1]"},
                             {36, "10.0.0.1 > 224.0.0.13: igmp pimv1 Query [|pimv1]"},
                             {39, "10.0.0.1 > 224.0.0.13: igmp pimv1 Query [v2]"},
                             {43, "10.0.0.1 > 224.0.0.13: igmp pimv1 Query Sparse-mode [v2]"}});
}

}  // namespace
}  // namespace tapsniff
