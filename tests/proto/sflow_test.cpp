// Unit tests for the sFlow home (src/proto/sflow): the datagram header with an IPv4 or IPv6 agent,
// every cut and changed header bytes, JSON with tshark's names.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/sflow/sflow.hpp"
#include "sflow_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace sf = test::sflow_frames;

TEST(Sflow, Header) {
    EXPECT_EQ(test::text_of(sf::kV4),
              "15.184.1.76.40948 > 15.184.3.9.6343: sFlowv5, IPv4 agent 15.184.8.4, agent-id 2, length 1288");
    EXPECT_EQ(test::text_of(sf::kV6), "30::1:1:1.36123 > 20::1:1:2.6343: sFlowv5, IPv6 agent 30::1:1:1, agent-id 0, length 216");
    EXPECT_TRUE(contains(test::json_of(from_hex(sf::kV4.hex)),
                         "\"sflow\":{\"version\":5,\"agenttype\":1,\"agent\":\"15.184.8.4\",\"sub_agent_id\":2}"));
}

TEST(Sflow, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&sf::kV4, &sf::kV6}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
