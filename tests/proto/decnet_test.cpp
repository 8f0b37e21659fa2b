// Unit tests for the DECnet home (src/proto/decnet): a real endnode hello and NSP data message, every cut.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/decnet/decnet.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::CutCase;
using test::decode;
using test::expect_cuts;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::presence_of;
using test::stack_of;
using test::tree_of;

// tcpdump--DECnet_Phone.pcap, frame 1 of '' (50 bytes)
constexpr std::string_view kDecnetHello =
    "ab0000030000aa0004000104600322000d020000aa0004000104033240000000"
    "000000000000aa00040000000a000002aaaa"
;
// tcpdump 4.99.3 for kDecnetHello cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kDecnetHelloCuts = {
    {14, 16,
     "aa:00:04:00:01:04 > ab:00:00:03:00:00, ethertype DN (0x6003), length 50:  [|decnet]"},
    {17, 47,
     "aa:00:04:00:01:04 > ab:00:00:03:00:00, ethertype DN (0x6003), length 50: endnode-hello  [|decnet"
     "]"},
    {48, 50,
     "aa:00:04:00:01:04 > ab:00:00:03:00:00, ethertype DN (0x6003), length 50: endnode-hello endnode v"
     "ers 2 eco 0 ueco 0 src 1.1 blksize 16434 rtr 0.0 hello 10 data 2"},
};

TEST(Decnet, DecnetHelloDecodes) {
    auto bytes = from_hex(kDecnetHello);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet decnet");
    EXPECT_EQ(presence_of<DecnetLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "aa:00:04:00:01:04 > ab:00:00:03:00:00, ethertype DN (0x6003), length 50: endnode-hello endnode v"
              "ers 2 eco 0 ueco 0 src 1.1 blksize 16434 rtr 0.0 hello 10 data 2");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"decnet\":{\"flags\":\"0x0d\"}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    DECnet\n        Routing flags: 0x0d"));
}

TEST(Decnet, DecnetHelloCutAtEveryByte) { expect_cuts(kDecnetHello, kDecnetHelloCuts); }

// tcpdump--DECnet_Phone.pcap, frame 11 of '' (61 bytes)
constexpr std::string_view kDecnet =
    "aa0004000104aa000400010460032d000201040104006004200320008000a001"
    "00074445434e45543a3a5459534f4e004445434e45543a3a4755455354"
;
// tcpdump 4.99.3 for kDecnet cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kDecnetCuts = {
    {14, 21,
     "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61:  [|decnet]"},
    {22, 26,
     "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61: 1.1 > 1.1 45  [|decnet]"},
    {27, 28,
     "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61: 1.1 > 1.1 45 data 8195>"
     "8196  [|decnet]"},
    {29, 30,
     "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61: 1.1 > 1.1 45 data 8195>"
     "8196 ack 0  [|decnet]"},
    {31, 32,
     "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61: 1.1 > 1.1 45 data 8195>"
     "8196 ack 0 oack 0  [|decnet]"},
    {33, 61,
     "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61: 1.1 > 1.1 45 data 8195>"
     "8196 ack 0 oack 0 seg 1 "},
};

TEST(Decnet, DecnetDecodes) {
    auto bytes = from_hex(kDecnet);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet decnet");
    EXPECT_EQ(presence_of<DecnetLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "aa:00:04:00:01:04 > aa:00:04:00:01:04, ethertype DN (0x6003), length 61: 1.1 > 1.1 45 data 8195>"
              "8196 ack 0 oack 0 seg 1 ");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"decnet\":{\"flags\":\"0x02\",\"dst_node\":\"0x0401\",\"src_node\":\"0x0401\",\"length\":"
                         "45,\"nsp_msg_type\":\"0x60\",\"nsp_src_link\":\"0x2003\",\"nsp_dst_link\":\"0x2004\"}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    DECnet\n        Routing flags: 0x02\n        Destination node: 1.1 (0x0401)\n       "
                         " Source node: 1.1 (0x0401)\n        Length: 45\n        NSP message type: 0x60\n        So"
                         "urce link address: 0x2003\n        Destination link address: 0x2004"));
}

TEST(Decnet, DecnetCutAtEveryByte) { expect_cuts(kDecnet, kDecnetCuts); }

// --- handwritten ---

// A level 1 routing message with 300 entries: every one printed, as tcpdump does (the item list
// is sized from the captured bytes).
TEST(Decnet, ThreeHundredRoutes) {
    std::string hex = "ab0000030000 525400123456 6003";
    std::string msg = "07010400";
    for (int i = 0; i < 300; ++i) msg += fmt::format("0100{:02x}{:02x}0304", i & 0xff, i >> 8);
    msg += "0000";
    hex += fmt::format("{:02x}{:02x}", (msg.size() / 2) & 0xff, (msg.size() / 2) >> 8) + msg;
    auto bytes = from_hex(hex);
    std::string expected = "52:54:00:12:34:56 > ab:00:00:03:00:00, ethertype DN (0x6003), length 1822: lev-1-routing "
                           "src 1.1 ";
    for (int i = 0; i < 300; ++i) expected += fmt::format("{{ids {}-{} cost 3 hops 1}} ", i, i + 1);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes), expected);
    EXPECT_EQ(presence_of<DecnetLayer>(*decode(bytes)), Presence::complete);
}

// A packet length beyond the frame: " (pktlen N > M) (invalid)", JSON malformed.
TEST(Decnet, PacketLengthBeyondTheFrame) {
    auto bytes = from_hex("ab0000030000 525400123456 6003 c800" + std::string(80, '0'));
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "decnet length out of range");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > ab:00:00:03:00:00, ethertype DN (0x6003), length 56:  (pktlen 200 > 42) "
              "(invalid)");
}

}  // namespace
}  // namespace tapsniff
