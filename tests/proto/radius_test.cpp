// Unit tests for the RADIUS home (src/proto/radius): the header as tcpdump prints it at default
// verbosity, every cut and changed bytes, a length under the header's, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/radius/radius.hpp"
#include "radius_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
namespace rf = test::radius_frames;

TEST(Radius, Header) {
    EXPECT_EQ(test::text_of(rf::kAccessRequest),
              "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x05 length: 139");
    EXPECT_EQ(test::text_of(rf::kCoaRequest),
              "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x01 length: 38");
    EXPECT_TRUE(contains(test::json_of(from_hex(rf::kAccessRequest.hex)), "\"radius\":{\"code\":1,\"id\":5,\"length\":139}"));
    EXPECT_TRUE(contains(test::tree_of(from_hex(rf::kAccessRequest.hex)), "        Code: Access-Request (1)\n"));
}

TEST(Radius, LengthUnderTheHeader) {
    auto bytes = from_hex(rf::kAccessRequest.hex);
    bytes[44] = std::byte{0};
    bytes[45] = std::byte{19};
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "10.0.0.1.1645 > 10.0.0.100.1812:  [|radius]");
    EXPECT_EQ(presence_of<RadiusLayer>(*decode(bytes)), Presence::malformed);
}

TEST(Radius, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&rf::kAccessRequest, &rf::kCoaRequest}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
