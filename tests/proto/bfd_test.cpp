// Unit tests for the BFD home (src/proto/bfd): control packets on the control, multihop and LAG
// ports (tcpdump picks by destination port), every cut and changed bytes, the echo port, JSON.
#include <gtest/gtest.h>

#include "bfd_frames.hpp"
#include "frame_checks.hpp"
#include "proto/bfd/bfd.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
namespace bf = test::bfd_frames;

TEST(Bfd, ControlPackets) {
    EXPECT_EQ(test::text_of(bf::kLag), "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Down, Flags: [Poll], length: 24");
    EXPECT_EQ(test::text_of(bf::kMd5).substr(test::text_of(bf::kMd5).find("BFD")),
              "BFDv1, Control, State Down, Flags: [Authentication Present], length: 48");
    EXPECT_TRUE(contains(test::json_of(from_hex(bf::kLag.hex)),
                         "\"bfd\":{\"version\":1,\"diag\":\"0x00\",\"sta\":\"0x01\",\"flags\":\"0x20\",\"detect_time_multiplier\":3,"));
    EXPECT_TRUE(contains(test::tree_of(from_hex(bf::kLag.hex)), "        Session State: Down (0x01)\n"));
}

TEST(Bfd, EchoPortIsNotAControlPacket) {
    auto bytes = from_hex(bf::kLag.hex);
    bytes[36] = std::byte{0x0e};  // destination port 3785
    bytes[37] = std::byte{0xc9};
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "10.0.0.2.51255 > 10.0.0.1.3785: BFD, Echo, length: 24");
    EXPECT_NE(decode(bytes)->find<BfdLayer>(), nullptr);
}

TEST(Bfd, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&bf::kLag, &bf::kMd5, &bf::kMultihop}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
