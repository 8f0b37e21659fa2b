// Unit tests for the MPLS home (src/proto/mpls): a real label stack, tcpdump's payload guesses
// (explicit NULL labels, the first byte, hex for the rest), a stack without bottom, every cut.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/mpls/mpls.hpp"
#include "tunnel_test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace tf = test::tunnelframes;

std::string after_link(const std::string& line) { return line.substr(line.find(": ") + 2); }

TEST(Mpls, RealStackWithIpv4Guessed) {
    auto bytes = from_hex(tf::kMplsTcp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet mpls ipv4 tcp");
    const MplsLayer* m = f->find<MplsLayer>();
    ASSERT_NE(m, nullptr);
    ASSERT_EQ(m->labels.size(), 1U);
    EXPECT_EQ(m->labels[0].label(), 29U);
    EXPECT_EQ(m->labels[0].tc(), 6U);
    EXPECT_TRUE(m->labels[0].bottom());
    EXPECT_EQ(m->labels[0].ttl(), 255U);
    EXPECT_EQ(m->payload_kind, MplsPayload::ipv4);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kMplsTcpText);
    EXPECT_TRUE(contains(json_of(bytes), "\"mpls\":{\"labels\":[{\"label\":29,\"exp\":6,\"bottom\":1,\"ttl\":255}]},"
                                         "\"ipv4\":{\"src\":\"10.1.2.1\""));
    EXPECT_TRUE(contains(tree_of(bytes), "\n    MultiProtocol Label Switching\n        MPLS Label Stack Entry"
                                         "\n            MPLS Label: 29"));
}

TEST(Mpls, ExplicitNullLabelsAndUnknownPayload) {
    // Two labels, the bottom one IPv6 explicit NULL: IPv6 whatever the first byte says.
    auto v6 = from_hex("020000000002 020000000001 8847 0001103e 0000213d"
                       "6000000000003b40 fd000000000000000000000000000001 fd000000000000000000000000000002");
    EXPECT_EQ(after_link(line_of(v6)),
              "MPLS (label 17, tc 0, ttl 62) (label 2, tc 0, [S], ttl 61) fd00::1 > fd00::2: no next header");
    // Label 18, payload starting 0x00: tcpdump prints it in hex.
    auto other = from_hex("020000000002 020000000001 8848 00012140 00010203");
    EXPECT_EQ(after_link(line_of(other)),
              "MPLS (label 18, tc 0, [S], ttl 64)\n\t0x0000:  0001 0203                                ....");
    // Fewer bytes captured than the wire length says: the hex dump ends with tcpdump's mark.
    EXPECT_EQ(after_link(line_of(prefix(other, 20), 22)),
              "MPLS (label 18, tc 0, [S], ttl 64)\n\t0x0000:  0001                                     .. [|mpls]");
}

TEST(Mpls, StackWithoutBottomIsInvalid) {
    auto bytes = from_hex("020000000002 020000000001 8847 00013e3c 0001");
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "mpls label stack without bottom");
    EXPECT_EQ(after_link(line_of(bytes)), "MPLS (label 19, tc 7, ttl 60) (invalid)");
}

TEST(Mpls, CutAtEveryByte) {
    auto bytes = from_hex(tf::kMplsTcp);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 14; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 18) {
            EXPECT_EQ(text, "MPLS [|mpls]") << cut;
            EXPECT_STREQ(f->truncated, "mpls") << cut;
        } else if (cut == 18) {
            EXPECT_EQ(text, "MPLS (label 29, tc 6, [S], ttl 255) [|mpls]") << cut;
        } else if (cut < 38) {
            EXPECT_EQ(text, "MPLS (label 29, tc 6, [S], ttl 255)  [|ip]") << cut;
        } else if (cut >= 58) {
            EXPECT_EQ(text, tf::kMplsTcpText) << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
