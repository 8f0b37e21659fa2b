// Unit tests for the SOME/IP home (src/proto/someip): the header tcpdump prints (ending its output
// with an extra newline), every cut and changed bytes, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/someip/someip.hpp"
#include "someip_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace sf = test::someip_frames;

TEST(Someip, Notification) {
    EXPECT_EQ(test::text_of(sf::kNotification),
              "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, "
              "pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n");
    EXPECT_TRUE(contains(test::json_of(from_hex(sf::kNotification.hex)),
                         "\"someip\":{\"serviceid\":\"0xffff\",\"methodid\":\"0x8100\",\"length\":64,"));
}

TEST(Someip, EveryCutAndChangedByteLikeTcpdump) {
    test::expect_cuts_like_tcpdump(sf::kNotification);
    test::expect_mutations_like_tcpdump(sf::kNotification);
}

}  // namespace
}  // namespace tapsniff
