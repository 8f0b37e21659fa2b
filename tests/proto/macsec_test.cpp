// Unit tests for the MACsec home (src/proto/macsec): integrity-only frames handed on without the
// ICV, encrypted frames in hex, the short length, the checks, every cut, JSON.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/macsec/macsec.hpp"
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
namespace tf = test::tunnelframes;

std::string after_link(const std::string& line) { return line.substr(line.find(": ") + 2); }

TEST(Macsec, IntegrityOnly) {
    auto bytes = from_hex(tf::kMacsec);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet macsec ipv4 icmp");
    const MacsecLayer* m = f->find<MacsecLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_TRUE(m->has_sci);
    EXPECT_EQ(m->pn, 68U);
    EXPECT_EQ(m->type, 0x0800);
    EXPECT_EQ(m->payload.size(), 84U);  // the IPv4 packet, without the 16-byte ICV
    EXPECT_EQ(after_link(line_of(bytes)), tf::kMacsecText);
    EXPECT_TRUE(contains(json_of(bytes), "\"macsec\":{\"TCI\":\"0x08\",\"AN\":\"0x00\",\"SL\":0,\"PN\":68,"
                                         "\"system_identifier\":\"2e:b7:3f:39:95:c3\",\"port_identifier\":1,"
                                         "\"etype\":\"0x0800\"},\"ipv4\":{"));
}

TEST(Macsec, EncryptedIsHex) {
    auto bytes = from_hex("3e6ff374237c 2eb73f3995c3 88e5 2c000000004800000000000000010a0b0c0d0e0f1011121314151617181920");
    EXPECT_EQ(after_link(line_of(bytes)),
              "an 0, pn 72, flags ECI, sci 0000000000000001, "
              "\n\t0x0000:  0a0b 0c0d 0e0f 1011 1213 1415 1617 1819  ................"
              "\n\t0x0010:  20                                       .");
    EXPECT_EQ(stack_of(*decode(bytes)), "ethernet macsec");
}

TEST(Macsec, Checks) {
    // The version bit: invalid. Behind a VLAN tag: an unknown ethertype, as in tcpdump.
    EXPECT_EQ(after_link(line_of(from_hex("3e6ff374237c 2eb73f3995c3 88e5 a0000000004700000000000000010800"))),
              " (invalid)");
    auto tagged = from_hex("3e6ff374237c 2eb73f3995c3 8100 0064 88e5 2000000000470000");
    EXPECT_EQ(stack_of(*decode(tagged)), "ethernet");
}

TEST(Macsec, CutAtEveryByte) {
    auto bytes = from_hex(tf::kMacsec);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string tag = "an 0, pn 68, flags I, sci 2eb73f3995c30001, ";
    for (std::size_t cut = 14; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 28) {
            EXPECT_EQ(text, " [|macsec]") << cut;
        } else if (cut < 44) {
            EXPECT_EQ(text, tag + " [|macsec]") << cut;
        } else if (cut < 46) {
            EXPECT_EQ(text, tag + " [|ether]") << cut;
        } else if (cut < 66) {
            EXPECT_EQ(text, tag + "ethertype IPv4 (0x0800),  [|ip]") << cut;
        } else if (cut >= 130) {
            EXPECT_EQ(text, tf::kMacsecText) << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
