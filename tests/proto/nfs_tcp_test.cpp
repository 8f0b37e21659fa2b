// Unit tests for nfs_tcp frames (tcpdump 4.99.3's text, every cut, single-byte changes).
#include <gtest/gtest.h>

#include "nfs_tcp_frames.hpp"

namespace tapsniff {
namespace {

namespace hf = test::nfs_tcp_frames;

TEST(NfsTcp, GetattrLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kGetattr);
    test::expect_mutations_like_tcpdump(hf::kGetattr);
}

TEST(NfsTcp, ReplyLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kReply);
    test::expect_mutations_like_tcpdump(hf::kReply);
}

}  // namespace
}  // namespace tapsniff
