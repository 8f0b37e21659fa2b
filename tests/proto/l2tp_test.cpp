// Unit tests for l2tp frames (tcpdump 4.99.3's text, every cut, single-byte changes).
#include <gtest/gtest.h>

#include "l2tp_frames.hpp"

namespace tapsniff {
namespace {

namespace hf = test::l2tp_frames;

TEST(L2tp, SccrqLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kSccrq);
    test::expect_mutations_like_tcpdump(hf::kSccrq);
}

TEST(L2tp, DataLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kData);
    test::expect_mutations_like_tcpdump(hf::kData);
}

TEST(L2tp, HiddenLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kHidden);
    test::expect_mutations_like_tcpdump(hf::kHidden);
}

TEST(L2tp, StopLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kStop);
    test::expect_mutations_like_tcpdump(hf::kStop);
}

}  // namespace
}  // namespace tapsniff
