// Unit tests for the RIP home (src/proto/rip): v1 and v2 (with authentication) as tcpdump prints
// them at default verbosity, version 0 in hex, every cut and changed bytes, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/rip/rip.hpp"
#include "rip_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
namespace rf = test::rip_frames;

TEST(Rip, CommandAndVersion) {
    auto f = decode(from_hex(rf::kV1Request.hex));
    const RipLayer* r = f->find<RipLayer>();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->command, 1);
    EXPECT_EQ(r->version, 1);
    EXPECT_EQ(test::text_of(rf::kV1Request), "10.0.0.20.520 > 10.0.0.255.520: RIPv1, Request, length: 24");
    EXPECT_EQ(test::text_of(rf::kV2Auth), "10.0.0.20.520 > 224.0.0.9.520: RIPv2, Request, length: 44");
    EXPECT_TRUE(contains(test::json_of(from_hex(rf::kV1Request.hex)), "\"rip\":{\"command\":1,\"version\":1}"));
    EXPECT_TRUE(contains(test::tree_of(from_hex(rf::kV1Request.hex)), "        Command: Request (1)\n"));
}

TEST(Rip, VersionZeroIsDumped) {
    auto bytes = from_hex(rf::kV1Request.hex);
    bytes[43] = std::byte{0};
    EXPECT_EQ(test::after_link(test::line_of(bytes)),
              "10.0.0.20.520 > 10.0.0.255.520: RIPv0\n\t0x0000:  0100 0000 0000 0000 0000 0000 0000 0000\n"
              "\t0x0010:  0000 0000 0000 0010");
}

TEST(Rip, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&rf::kV1Request, &rf::kV2Auth}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
