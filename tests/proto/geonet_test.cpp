// Unit tests for geonet frames (tcpdump 4.99.3's text, every cut, single-byte changes).
#include <gtest/gtest.h>

#include "geonet_frames.hpp"

namespace tapsniff {
namespace {

namespace hf = test::geonet_frames;

TEST(Geonet, BeaconLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kBeacon);
    test::expect_mutations_like_tcpdump(hf::kBeacon);
}

TEST(Geonet, BtpLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kBtp);
    test::expect_mutations_like_tcpdump(hf::kBtp);
}

TEST(Geonet, CalmFastLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kCalmFast);
    test::expect_mutations_like_tcpdump(hf::kCalmFast);
}

}  // namespace
}  // namespace tapsniff
