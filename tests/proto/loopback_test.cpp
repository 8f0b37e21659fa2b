// Unit tests for the Loopback home (src/proto/loopback): a real reply, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/loopback/loopback.hpp"
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

// tcpdump--loopback.pcap, frame 2 of '' (68 bytes)
constexpr std::string_view kLoopback =
    "aa0004001d04aa0004006904900008000200aa0004001d040100010055555555"
    "5555555555555555555555555555555555555555555555555555555555555555"
    "55555555"
;
// tcpdump 4.99.3 for kLoopback cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kLoopbackCuts = {
    {14, 15,
     "aa:00:04:00:69:04 > aa:00:04:00:1d:04, ethertype Loopback (0x9000), length 68: Loopback [|loopba"
     "ck]"},
    {16, 25,
     "aa:00:04:00:69:04 > aa:00:04:00:1d:04, ethertype Loopback (0x9000), length 68: Loopback, skipCou"
     "nt 8 [|loopback]"},
    {26, 27,
     "aa:00:04:00:69:04 > aa:00:04:00:1d:04, ethertype Loopback (0x9000), length 68: Loopback, skipCou"
     "nt 8, Reply [|loopback]"},
    {28, 67,
     "aa:00:04:00:69:04 > aa:00:04:00:1d:04, ethertype Loopback (0x9000), length 68: Loopback, skipCou"
     "nt 8, Reply, receipt number 1, data (40 octets) [|loopback]"},
    {68, 68,
     "aa:00:04:00:69:04 > aa:00:04:00:1d:04, ethertype Loopback (0x9000), length 68: Loopback, skipCou"
     "nt 8, Reply, receipt number 1, data (40 octets)"},
};

TEST(Loopback, LoopbackDecodes) {
    auto bytes = from_hex(kLoopback);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet loopback");
    EXPECT_EQ(presence_of<LoopbackLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "aa:00:04:00:69:04 > aa:00:04:00:1d:04, ethertype Loopback (0x9000), length 68: Loopback, skipCou"
              "nt 8, Reply, receipt number 1, data (40 octets)");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"loopback\":{\"skipcount\":8,\"relevant_function\":1,\"receipt_number\":1}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Configuration Test Protocol (loopback)\n        skipCount: 8\n        Relevant funct"
                         "ion: Reply (1)\n        Receipt number: 1"));
}

TEST(Loopback, LoopbackCutAtEveryByte) { expect_cuts(kLoopback, kLoopbackCuts); }

// --- handwritten ---

// A skip count past the end of the frame: " (invalid)" after it; JSON malformed.
TEST(Loopback, SkipCountBeyondTheFrame) {
    auto bytes = from_hex("525400123456 525400123456 9000 6400");
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<LoopbackLayer>(*f), Presence::malformed);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 52:54:00:12:34:56, ethertype Loopback (0x9000), length 16: Loopback, skipCount "
              "100 (bogus) (invalid)");
}

}  // namespace
}  // namespace tapsniff
