// Unit tests for cfm frames (tcpdump 4.99.3's text, every cut, single-byte changes).
#include <gtest/gtest.h>

#include "cfm_frames.hpp"

namespace tapsniff {
namespace {

namespace hf = test::cfm_frames;

TEST(Cfm, FuzzLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kFuzz);
    test::expect_mutations_like_tcpdump(hf::kFuzz);
}

}  // namespace
}  // namespace tapsniff
