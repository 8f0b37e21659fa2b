// Unit tests for the syslog home (src/proto/syslog): the priority as tcpdump reads it, a message
// without one, every cut and changed bytes, JSON and the tree.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/syslog/syslog.hpp"
#include "syslog_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
namespace sf = test::syslog_frames;

TEST(Syslog, Priority) {
    auto f = decode(from_hex(sf::kKernel.hex));
    const SyslogLayer* s = f->find<SyslogLayer>();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->facility, 0);
    EXPECT_EQ(s->severity, 5);
    EXPECT_EQ(test::text_of(sf::kKernel), "10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.notice, length: 51");
    // tshark's message: up to the first NUL.
    EXPECT_TRUE(contains(test::json_of(from_hex(sf::kKernel.hex)),
                         "\"syslog\":{\"facility\":0,\"level\":5,\"msg\":\"Sep 12 19:16:12 through logger: test message 21\"}"));
    EXPECT_TRUE(contains(test::tree_of(from_hex(sf::kKernel.hex)), "        Facility: kernel (0)\n        Level: notice (5)\n"));
}

TEST(Syslog, WithoutPriorityIsInvalid) {
    EXPECT_EQ(test::text_of(sf::kMissingPri), "192.168.2.118.60786 > 192.168.2.21.514:  (invalid)");
    auto f = decode(from_hex(sf::kMissingPri.hex));
    EXPECT_EQ(presence_of<SyslogLayer>(*f), Presence::partial);
    EXPECT_NE(f->malformed, nullptr);
}

TEST(Syslog, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&sf::kKernel, &sf::kMissingPri}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

TEST(Syslog, ReadsPastTheUdpLengthAsTcpdumpDoes) {
    // An empty datagram in a longer IP packet: tcpdump's reads stop at the IP payload's end.
    auto bytes = from_hex(sf::kKernel.hex);
    bytes[39] = std::byte{0x08};  // UDP length 8
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.notice, length: 0");
}

}  // namespace
}  // namespace tapsniff
