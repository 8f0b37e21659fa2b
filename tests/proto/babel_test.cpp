// Unit tests for the Babel home (src/proto/babel): TLV names in the body and the trailer, every
// cut and changed bytes (lengths beyond the packet are invalid), JSON.
#include <gtest/gtest.h>

#include "babel_frames.hpp"
#include "frame_checks.hpp"
#include "proto/babel/babel.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace bf = test::babel_frames;

TEST(Babel, BodyAndTrailer) {
    EXPECT_EQ(test::text_of(bf::kHelloPcMac), "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (22) hello pc | mac");
    EXPECT_EQ(test::text_of(bf::kHelloIhu), "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (24) hello ihu");
    EXPECT_TRUE(contains(test::json_of(from_hex(bf::kHelloIhu.hex)),
                         "\"babel\":{\"magic\":42,\"version\":2,\"bodylen\":24,\"messages\":[4,5]}"));
}

TEST(Babel, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&bf::kHelloPcMac, &bf::kHelloIhu, &bf::kAuth}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
