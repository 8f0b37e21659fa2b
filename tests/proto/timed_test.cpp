// Unit tests for the timed home (src/proto/timed): set-time and loop messages, every cut and changed
// bytes (tcpdump reads the fixed structure to the end of the capture), JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/timed/timed.hpp"
#include "timed_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace tf = test::timed_frames;

TEST(Timed, Messages) {
    EXPECT_EQ(test::text_of(tf::kSettime), "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name host1");
    EXPECT_EQ(test::text_of(tf::kLoop), "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name loop");
    EXPECT_TRUE(contains(test::json_of(from_hex(tf::kLoop.hex)), "\"timed\":{\"type\":24,\"version\":1,\"sequence\":8}"));
}

TEST(Timed, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&tf::kSettime, &tf::kLoop}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
