// Unit tests for the BCM-LI home (src/proto/bcm_li): the shim as tcpdump prints it without -v,
// every cut and changed bytes, JSON.
#include <gtest/gtest.h>

#include "bcm_li_frames.hpp"
#include "frame_checks.hpp"
#include "proto/bcm_li/bcm_li.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace bf = test::bcm_li_frames;

TEST(BcmLi, Shim) {
    EXPECT_EQ(test::text_of(bf::kShim),
              "217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, "
              "pkt-subtype double VLAN tag, li-id 66666");
    EXPECT_TRUE(contains(test::json_of(from_hex(bf::kShim.hex)),
                         "\"bcm_li\":{\"direction\":3,\"pkt_type\":4,\"pkt_subtype\":2,\"li_id\":66666}"));
}

TEST(BcmLi, EveryCutAndChangedByteLikeTcpdump) {
    test::expect_cuts_like_tcpdump(bf::kShim);
    test::expect_mutations_like_tcpdump(bf::kShim);
}

}  // namespace
}  // namespace tapsniff
