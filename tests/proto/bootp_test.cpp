// Unit tests for the BOOTP/DHCP home (src/proto/bootp): a real DHCP request and reply, JSON's
// header fields and option codes, cuts at every byte and in the fixed header.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/bootp/bootp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::summary_of;

// Suricata's dhcp-eve-extended test capture, frames 1 (DHCPREQUEST) and 2 (DHCPACK).
const std::string kRequest =
    "a0369f4c4c280011321749f008004500014800004000401123810a1001040a100101004400430134b3ab01010600ef645744000000000a10"
    "01040000000000000000000000000011321749f0" + std::string(404, '0') +
    "638253633501030c056e617331003707011c02030f060c3d07010011321749f0ff" + std::string(62, '0');
const std::string kReply =
    "0011321749f0a0369f4c4c28080045c0015025ba000040113cff0a1001010a10010400430044013c39a102010600ef645744000000000a10"
    "01040a1001040a100101000000000011321749f0" + std::string(404, '0') +
    "6382536335010536040a100101330400000e103a04000006913b0400000bd70104ffff00001c040a10ffff06040a1001010f07756e782e"
    "6361000c056e6173310003040a100101ff";

TEST(Bootp, Request) {
    auto bytes = from_hex(kRequest);
    ASSERT_EQ(bytes.size(), 342U);
    EXPECT_EQ(summary_of(bytes), "10.16.1.4.68 > 10.16.1.1.67: BOOTP/DHCP, Request from 00:11:32:17:49:f0, length 300");
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"dhcp\":{\"op\":1,\"xid\":4016330564,\"ciaddr\":\"10.16.1.4\",\"yiaddr\":\"0.0.0.0\","
                         "\"siaddr\":\"0.0.0.0\",\"giaddr\":\"0.0.0.0\",\"chaddr\":\"00:11:32:17:49:f0\","
                         "\"msg_type\":3,\"options\":[53,12,55,61]}"));
    EXPECT_EQ(test::presence_of<BootpLayer>(*decode(bytes)), Presence::complete);
}

TEST(Bootp, Reply) {
    auto bytes = from_hex(kReply);
    EXPECT_EQ(summary_of(bytes), "10.16.1.1.67 > 10.16.1.4.68: BOOTP/DHCP, Reply, length 308");
    EXPECT_TRUE(contains(json_of(bytes), "\"msg_type\":5,\"options\":[53,54,51,58,59,1,28,6,15,12,3]}"));
    EXPECT_TRUE(contains(test::tree_of(bytes), "\n        Message type: Boot Reply (2)"));
}

TEST(Bootp, OtherOpsAndHardware) {
    auto bytes = from_hex(kRequest);
    bytes[42] = std::byte{7};
    EXPECT_TRUE(summary_of(bytes).ends_with("BOOTP/DHCP, unknown (0x07), length 300"));
    bytes = from_hex(kRequest);
    bytes[43] = std::byte{6};  // not Ethernet: no client address in the line
    EXPECT_TRUE(summary_of(bytes).ends_with("BOOTP/DHCP, Request, length 300"));
    bytes = from_hex(kRequest);
    bytes[44] = std::byte{16};  // JSON: as many bytes as hlen says
    EXPECT_TRUE(contains(json_of(bytes), "\"chaddr\":\"00:11:32:17:49:f0:00:00:00:00:00:00:00:00:00:00\""));
}

TEST(Bootp, Cuts) {
    auto bytes = from_hex(kRequest);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    auto at = [&](std::size_t caplen) {
        std::string line = line_of(prefix(bytes, caplen), wire);
        return line.substr(line.find("67: ") + 4);
    };
    EXPECT_EQ(at(42), " [|bootp]");
    EXPECT_EQ(at(43), "BOOTP/DHCP, Request [|bootp]");
    EXPECT_EQ(at(75), "BOOTP/DHCP, Request [|bootp]");  // the client address not all there
    EXPECT_EQ(at(76), "BOOTP/DHCP, Request from 00:11:32:17:49:f0, length 300");
    auto f = decode(prefix(bytes, 200), wire);  // the line is whole, the header for JSON is not
    EXPECT_EQ(test::presence_of<BootpLayer>(*f), Presence::partial);
    EXPECT_EQ(std::string(f->truncated), "bootp");
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        EXPECT_FALSE(line_of(prefix(bytes, cut), wire).empty());
        EXPECT_FALSE(json_of(prefix(bytes, cut), wire).empty());
        EXPECT_FALSE(test::tree_of(prefix(bytes, cut), wire).empty());
    }
}

// Option lengths that run past the end, and a message that is all Pad.
TEST(Bootp, NonsenseOptions) {
    auto bytes = from_hex(kRequest);
    bytes[283] = std::byte{0xff};  // option 53's length: 255
    auto f = decode(bytes);
    EXPECT_EQ(std::string(f->truncated), "bootp");
    EXPECT_TRUE(contains(json_of(bytes), "\"options\":[53]}"));
    bytes = from_hex(kRequest);
    for (std::size_t i = 282; i < bytes.size(); ++i) bytes[i] = std::byte{0};
    EXPECT_TRUE(contains(json_of(bytes), "\"options\":[]}"));
}

}  // namespace
}  // namespace tapsniff
