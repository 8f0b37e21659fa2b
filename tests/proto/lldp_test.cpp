// Unit tests for the LLDP home (src/proto/lldp): a real LLDPDU, its text, tshark's values, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/lldp/lldp.hpp"
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

// tcpdump--lldp_mudurl.pcap, frame 1 of 'ether proto 0x88cc' (302 bytes)
constexpr std::string_view kLldp =
    "0180c200000e002354c2570288cc020704002354c25702040703002354c25702"
    "060200780a1c75707374616972732e6f66636f75727365696d72696768742e63"
    "6f6d0c5c5562756e74752031342e30342e35204c5453204c696e757820332e31"
    "332e302d3130362d67656e6572696320233135332d5562756e747520534d5020"
    "5475652044656320362031353a34353a31332055544320323031362069363836"
    "0e04009c0008100c05013e0cad7202000000020010181102200108a810060004"
    "022354fffec25702020000000200080465746830fe0900120f030100000000fe"
    "0900120f0103ecc30010fe4000005e0168747470733a2f2f696d72696768742e"
    "6d75642e6578616d706c652e636f6d2f2e77656c6c2d6b6e6f776e2f6d75642f"
    "76312f766f6d697476322e300000"
;
// tcpdump 4.99.3 for kLldp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kLldpCuts = {
    {14, 65,
     "00:23:54:c2:57:02 > 01:80:c2:00:00:0e, ethertype LLDP (0x88cc), length 302: LLDP, length 288 [|l"
     "ldp]"},
    {66, 301,
     "00:23:54:c2:57:02 > 01:80:c2:00:00:0e, ethertype LLDP (0x88cc), length 302: LLDP, length 288: up"
     "stairs.ofcourseimright.com [|lldp]"},
    {302, 302,
     "00:23:54:c2:57:02 > 01:80:c2:00:00:0e, ethertype LLDP (0x88cc), length 302: LLDP, length 288: up"
     "stairs.ofcourseimright.com"},
};

TEST(Lldp, LldpDecodes) {
    auto bytes = from_hex(kLldp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet lldp");
    EXPECT_EQ(presence_of<LldpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:23:54:c2:57:02 > 01:80:c2:00:00:0e, ethertype LLDP (0x88cc), length 302: LLDP, length 288: up"
              "stairs.ofcourseimright.com");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"lldp\":{\"chassis_subtype\":4,\"chassis_id\":\"00:23:54:c2:57:02\",\"port_subtype\":3,\""
                         "port_id\":\"00:23:54:c2:57:02\",\"time_to_live\":120,\"port_desc\":\"eth0\",\"system_name"
                         "\":\"upstairs.ofcourseimright.com\",\"system_desc\":\"Ubuntu 14.04.5 LTS Linux 3.13.0-106-"
                         "generic #153-Ubuntu SMP Tue Dec 6 15:45:13 UTC 2016 i686\",\"system_cap\":\"0x009c\",\"ena"
                         "ble_system_cap\":\"0x0008\",\"tlv_types\":[1,2,3,5,6,7,8,8,4,127,127,127]}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Link Layer Discovery Protocol\n        Chassis Subtype: MAC address (4)\n        Cha"
                         "ssis Id: 00:23:54:c2:57:02\n        Port Subtype: MAC address (3)\n        Port Id: 00:23:"
                         "54:c2:57:02\n        Time To Live: 120 sec\n        Port Description: eth0\n        System"
                         " Name: upstairs.ofcourseimright.com\n        System Description: Ubuntu 14.04.5 LTS Linux "
                         "3.13.0-106-generic #153-Ubuntu SMP Tue Dec 6 15:45:13 UTC 2016 i686\n        System Capabi"
                         "lities: 0x009c\n        Enabled Capabilities: 0x0008\n        TLV types: 1, 2, 3, 5, 6, 7,"
                         " 8, 8, 4, 127, 127, 127"));
}

TEST(Lldp, LldpCutAtEveryByte) { expect_cuts(kLldp, kLldpCuts); }

// --- handwritten ---

std::size_t f_tlvs(const std::vector<std::byte>& bytes) {
    auto f = decode(bytes);
    const LldpLayer* l = f->find<LldpLayer>();
    return l == nullptr ? 0 : l->tlvs.size();
}

// 3000 System Name TLVs in a jumbo frame: every one printed, as tcpdump does (the TLV count is
// bounded by what the largest frame can hold, so the bound never shortens the text).
TEST(Lldp, ThreeThousandSystemNames) {
    std::string hex = "0180c200000e 525400123456 88cc";
    for (int i = 0; i < 3000; ++i) hex += "0a0161";  // System Name "a"
    hex += "0000";
    auto bytes = from_hex(hex);
    std::string expected = "52:54:00:12:34:56 > 01:80:c2:00:00:0e, ethertype LLDP (0x88cc), length 9016: LLDP, length 9002";
    for (int i = 0; i < 3000; ++i) expected += ": a";
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes), expected);
    EXPECT_EQ(f_tlvs(bytes), 3000U);
}

// A TLV whose value runs past the LLDPDU: " [|lldp]" and JSON "truncated".
TEST(Lldp, ValueBeyondTheLength) {
    auto bytes = from_hex("0180c200000e 525400123456 88cc 0a046e616d65 0c64 73686f7274");
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<LldpLayer>(*f), Presence::truncated);
    EXPECT_STREQ(f->truncated, "lldp");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 01:80:c2:00:00:0e, ethertype LLDP (0x88cc), length 27: LLDP, length 13: name "
              "[|lldp]");
}

// A zero-length TLV ends the walk (tcpdump's infinite-loop check), whatever follows.
TEST(Lldp, ZeroLengthTlvEndsTheWalk) {
    auto bytes = from_hex("0180c200000e 525400123456 88cc 0a0161 0a00 0a0162 0000");
    auto f = decode(bytes);
    ASSERT_NE(f->find<LldpLayer>(), nullptr);
    EXPECT_EQ(f->find<LldpLayer>()->tlvs.size(), 1U);
    EXPECT_TRUE(contains(line_of(bytes), "LLDP, length 10: a"));
}

}  // namespace
}  // namespace tapsniff
