// Unit tests for the NTP home (src/proto/ntp): client, server and control messages, JSON and cuts.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/ntp/ntp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::summary_of;

// Suricata's ntp-keywords test capture, frames 1 (client) and 2 (server, stratum 2).
constexpr std::string_view kClient =
    "66778899aabb00112233445508004500004c000100004011f623c0000201c000027bc000007b00385c0d23000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000001857abc34a5f2cfe";
constexpr std::string_view kServer =
    "00112233445566778899aabb08004500004c000100004011f623c000027bc0000201007bc0000038cb6e2402000000000000000000004c"
    "4f434c0000000000000000000000000000000000000000000000001857abc34a5f2cff";

TEST(Ntp, ClientAndServer) {
    EXPECT_EQ(summary_of(from_hex(kClient)), "192.0.2.1.49152 > 192.0.2.123.123: NTPv4, Client, length 48");
    auto server = from_hex(kServer);
    EXPECT_EQ(summary_of(server), "192.0.2.123.123 > 192.0.2.1.49152: NTPv4, Server, length 48");
    EXPECT_TRUE(contains(json_of(server), "\"ntp\":{\"version\":4,\"mode\":4,\"stratum\":2}"));
    EXPECT_TRUE(contains(test::tree_of(server), "\n        Mode: Server (4)"));
}

TEST(Ntp, ControlMessage) {
    auto bytes = from_hex(kClient);
    bytes[42] = std::byte{0x16};  // version 2, mode 6: no stratum
    EXPECT_TRUE(summary_of(bytes).ends_with(": NTPv2, Control Message, length 48"));
    EXPECT_TRUE(contains(json_of(bytes), "\"ntp\":{\"version\":2,\"mode\":6}"));
    bytes[42] = std::byte{0xff};
    EXPECT_TRUE(summary_of(bytes).ends_with(": NTPv7, Reserved, length 48"));
}

TEST(Ntp, Cuts) {
    auto bytes = from_hex(kClient);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    EXPECT_TRUE(line_of(prefix(bytes, 42), wire).ends_with("192.0.2.123.123:  [|ntp]"));
    for (std::size_t cut = 43; cut <= bytes.size(); ++cut) {
        EXPECT_TRUE(line_of(prefix(bytes, cut), wire).ends_with(": NTPv4, Client, length 48"));
        EXPECT_FALSE(json_of(prefix(bytes, cut), wire).empty());
    }
}

}  // namespace
}  // namespace tapsniff
