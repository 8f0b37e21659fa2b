// Unit tests for the AoE home (src/proto/aoe): a real query, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/aoe/aoe.hpp"
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

// tcpdump--AoE_Linux.pcap, frame 1 of '' (32 bytes)
constexpr std::string_view kAoe =
    "ffffffffffff68a3c4f4841e88a21000ffffff01000000000000000000000000"
;
// tcpdump 4.99.3 for kAoe cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kAoeCuts = {
    {14, 14,
     "68:a3:c4:f4:84:1e > ff:ff:ff:ff:ff:ff, ethertype AoE (0x88a2), length 32: AoE length 18 [|aoe]"},
    {15, 32,
     "68:a3:c4:f4:84:1e > ff:ff:ff:ff:ff:ff, ethertype AoE (0x88a2), length 32: AoE length 18, Ver 1, "
     "Flags: [none]"},
};

TEST(Aoe, AoeDecodes) {
    auto bytes = from_hex(kAoe);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet aoe");
    EXPECT_EQ(presence_of<AoeLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "68:a3:c4:f4:84:1e > ff:ff:ff:ff:ff:ff, ethertype AoE (0x88a2), length 32: AoE length 18, Ver 1, "
              "Flags: [none]");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"aoe\":{\"version\":1,\"flags\":\"0x00\",\"error\":0,\"major\":\"0xffff\",\"minor\":\"0xf"
                         "f\",\"cmd\":1,\"tag\":\"0x00000000\"}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    ATA over Ethernet\n        Version: 1\n        Flags: 0x00\n        Error: 0\n      "
                         "  Major: 0xffff\n        Minor: 0xff\n        Command: 1\n        Tag: 0x00000000"));
}

TEST(Aoe, AoeCutAtEveryByte) { expect_cuts(kAoe, kAoeCuts); }

// --- handwritten ---

// A version 1 message shorter than its header: " (invalid)".
TEST(Aoe, Version1ShorterThanItsHeader) {
    auto bytes = from_hex("ffffffffffff 525400123456 88a2 100000");
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<AoeLayer>(*f), Presence::malformed);
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype AoE (0x88a2), length 17: AoE length 3, Ver 1 "
              "(invalid)");
}

}  // namespace
}  // namespace tapsniff
