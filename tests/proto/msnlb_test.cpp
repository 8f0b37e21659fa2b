// Unit tests for msnlb frames (tcpdump 4.99.3's text, every cut, single-byte changes).
#include <gtest/gtest.h>

#include "msnlb_frames.hpp"

namespace tapsniff {
namespace {

namespace hf = test::msnlb_frames;

TEST(Msnlb, HeartbeatLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kHeartbeat);
    test::expect_mutations_like_tcpdump(hf::kHeartbeat);
}

}  // namespace
}  // namespace tapsniff
