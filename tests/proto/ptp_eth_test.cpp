// Unit tests for ptp_eth frames (tcpdump 4.99.3's text, every cut, single-byte changes).
#include <gtest/gtest.h>

#include "ptp_eth_frames.hpp"

namespace tapsniff {
namespace {

namespace hf = test::ptp_eth_frames;

TEST(PtpEthernet, SyncLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kSync);
    test::expect_mutations_like_tcpdump(hf::kSync);
}

TEST(PtpEthernet, AnnounceLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kAnnounce);
    test::expect_mutations_like_tcpdump(hf::kAnnounce);
}

}  // namespace
}  // namespace tapsniff
