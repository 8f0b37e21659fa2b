// Unit tests for the OTV home (src/proto/otv): the header and the inner Ethernet frame on a line of
// its own (a frame made like a real one: tcpdump's captures have only damaged OTV), every cut and
// changed header bytes, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "otv_frames.hpp"
#include "proto/otv/otv.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::stack_of;
namespace of = test::otv_frames;

TEST(Otv, InnerFrame) {
    EXPECT_EQ(stack_of(*decode(from_hex(of::kArp.hex))), "ethernet ipv4 udp otv ethernet arp");
    EXPECT_EQ(test::text_of(of::kArp), "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 5, instance 100\n"
                                      "02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request "
                                      "who-has 10.9.0.1 tell 10.9.0.2, length 28");
    EXPECT_TRUE(contains(test::json_of(from_hex(of::kArp.hex)), "\"otv\":{\"flags\":\"0x08\",\"overlay\":5,\"instance\":100}"));
}

TEST(Otv, EveryCutAndChangedByteLikeTcpdump) {
    test::expect_cuts_like_tcpdump(of::kArp);
    test::expect_mutations_like_tcpdump(of::kArp);
}

}  // namespace
}  // namespace tapsniff
