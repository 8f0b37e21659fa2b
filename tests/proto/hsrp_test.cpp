// Unit tests for the HSRP home (src/proto/hsrp): a hello as tcpdump prints it, field by field up to
// the first that was cut, changed bytes, JSON with tshark's names.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "hsrp_frames.hpp"
#include "proto/hsrp/hsrp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace hf = test::hsrp_frames;

TEST(Hsrp, Hello) {
    EXPECT_EQ(test::text_of(hf::kHello),
              "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.168.0.1");
    EXPECT_TRUE(contains(test::json_of(from_hex(hf::kHello.hex)),
                         "\"hsrp\":{\"version\":0,\"opcode\":0,\"state\":16,\"hellotime\":3,\"holdtime\":10,\"priority\":100,"
                         "\"group\":1,\"reserved\":0,\"auth_data\":\"cisco\",\"virt_ip\":\"192.168.0.1\"}"));
    EXPECT_TRUE(contains(test::tree_of(from_hex(hf::kHello.hex)), "        State: active (16)\n        Hellotime: 3 seconds\n"));
}

TEST(Hsrp, EveryCutAndChangedByteLikeTcpdump) {
    test::expect_cuts_like_tcpdump(hf::kHello);
    test::expect_mutations_like_tcpdump(hf::kHello);
}

}  // namespace
}  // namespace tapsniff
