// Unit tests for the Slow Protocols home (src/proto/slow): a real LACPDU, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/slow/slow.hpp"
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

// tcpdump--LACP.pcap, frame 1 of '' (124 bytes)
constexpr std::string_view kLacp =
    "0180c20000020013c4120f0d88090101011480000013c4120f00000d80000016"
    "8500000002148000000e8316f500000d80000019360000000310800000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000000000000000"
;
// tcpdump 4.99.3 for kLacp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kLacpCuts = {
    {14, 15,
     "00:13:c4:12:0f:0d > 01:80:c2:00:00:02, ethertype Slow Protocols (0x8809), length 124:  [|slow]"},
    {16, 124,
     "00:13:c4:12:0f:0d > 01:80:c2:00:00:02, ethertype Slow Protocols (0x8809), length 124: LACPv1, le"
     "ngth 110"},
};

TEST(Lacp, LacpDecodes) {
    auto bytes = from_hex(kLacp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet lacp");
    EXPECT_EQ(presence_of<LacpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:13:c4:12:0f:0d > 01:80:c2:00:00:02, ethertype Slow Protocols (0x8809), length 124: LACPv1, le"
              "ngth 110");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"lacp\":{\"subtype\":\"0x01\",\"version\":\"0x01\",\"actor\":{\"sys_priority\":32768,\"sy"
                         "sid\":\"00:13:c4:12:0f:00\",\"key\":13,\"port_priority\":32768,\"port\":22,\"state\":\"0x8"
                         "5\"},\"partner\":{\"sys_priority\":32768,\"sysid\":\"00:0e:83:16:f5:00\",\"key\":13,\"port"
                         "_priority\":32768,\"port\":25,\"state\":\"0x36\"},\"collector_max_delay\":32768}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Link Aggregation Control Protocol\n        Slow Protocols subtype: 0x01\n        Ver"
                         "sion: 0x01\n        Actor Information\n            System Priority: 32768\n            Sys"
                         "tem: 00:13:c4:12:0f:00\n            Key: 13\n            Port Priority: 32768\n           "
                         " Port: 22\n            State: 0x85\n        Partner Information\n            System Priori"
                         "ty: 32768\n            System: 00:0e:83:16:f5:00\n            Key: 13\n            Port Pr"
                         "iority: 32768\n            Port: 25\n            State: 0x36\n        Collector Max Delay:"
                         " 32768"));
}

TEST(Lacp, LacpCutAtEveryByte) { expect_cuts(kLacp, kLacpCuts); }

// --- handwritten ---

// An unknown subtype: its name, then the PDU in hex (print_unknown_data).
TEST(Slow, UnknownSubtypeInHex) {
    auto bytes = from_hex("0180c2000002 525400123456 8809 0a 000102030405060708090a0b0c0d0e0f10111213141516171819"
                          "1a1b1c1d1e1f202122232425262728292a2b2c");
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet slow");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 01:80:c2:00:00:02, ethertype Slow Protocols (0x8809), length 60: unknown (10), "
              "length 46\n\t0x0000:  0a00 0102 0304 0506 0708 090a 0b0c 0d0e\n\t0x0010:  0f10 1112 1314 1516 1718 "
              "191a 1b1c 1d1e\n\t0x0020:  1f20 2122 2324 2526 2728 292a 2b2c");
}

// LACP of another version: tcpdump refuses it; JSON says malformed.
TEST(Slow, LacpVersionTwoIsNotSupported) {
    auto bytes = from_hex("0180c2000002 525400123456 8809 0102" + std::string(88, '0'));
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<LacpLayer>(*f), Presence::malformed);
    EXPECT_TRUE(contains(line_of(bytes), "length 60: LACP version 2 packet not supported"));
}

}  // namespace
}  // namespace tapsniff
