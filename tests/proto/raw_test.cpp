// Unit tests for the raw IP link (src/proto/raw): TUN devices and LINKTYPE_RAW, where the IP
// version nibble says which decoder follows.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/raw/raw.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
using test::presence_of;
using test::stack_of;
namespace ipf = test::ipframes;

// The IP packet of an Ethernet test frame.
Bytes ip_of(const std::vector<std::byte>& frame) { return test::view(frame).subspan(14); }

std::unique_ptr<DecodedFrame> decode_raw(Bytes ip, std::uint32_t wire_len) {
    return test::decode(ip, wire_len, true, LinkType::raw_ip);
}
std::unique_ptr<DecodedFrame> decode_raw(Bytes ip) { return decode_raw(ip, static_cast<std::uint32_t>(ip.size())); }

std::string line_of_raw(Bytes ip, std::uint32_t wire_len) {
    auto f = decode_raw(ip, wire_len);
    OutBuffer out;
    format_line(*f, true, out);
    return test::to_string(out);
}
std::string line_of_raw(Bytes ip) { return line_of_raw(ip, static_cast<std::uint32_t>(ip.size())); }

TEST(RawIp, Ipv4) {
    auto bytes = from_hex(ipf::kPing);
    auto f = decode_raw(ip_of(bytes));
    EXPECT_EQ(f->link, LinkType::raw_ip);
    ASSERT_NE(f->get<RawIpLayer>(0), nullptr);
    EXPECT_EQ(f->get<RawIpLayer>(0)->version, 4);
    EXPECT_EQ(f->layers()[0].presence, Presence::complete);
    ASSERT_NE(f->get<Ipv4Layer>(1), nullptr);
    EXPECT_EQ(f->get<Ipv4Layer>(1)->checksum.state, Checksum::State::correct);
    EXPECT_EQ(f->size(), 3U);
    EXPECT_EQ(f->truncated, nullptr);
    // tcpdump 4.99.3 (-e prints "ip: " for the link layer)
    EXPECT_EQ(line_of_raw(ip_of(bytes)), "ip: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 64");
}

TEST(RawIp, Ipv6) {
    auto bytes = from_hex(ipf::kUdp6);
    auto f = decode_raw(ip_of(bytes));
    EXPECT_EQ(stack_of(*f), "raw ipv6 udp");
    EXPECT_EQ(f->get<RawIpLayer>(0)->version, 6);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of_raw(ip_of(bytes)), "ip: fd00::1.40003 > fd00::2.45003: UDP, length 4");
}

TEST(RawIp, UnknownVersion) {
    auto bytes = from_hex(ipf::kPing);
    bytes[14] = std::byte{0x55};
    auto f = decode_raw(ip_of(bytes));
    EXPECT_EQ(stack_of(*f), "raw");
    EXPECT_EQ(f->get<RawIpLayer>(0)->version, 5);
    EXPECT_EQ(f->truncated, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of_raw(ip_of(bytes)), "ip: unknown ip 5");
}

TEST(RawIp, Cut) {
    auto bytes = from_hex(ipf::kPing);
    // tcpdump 4.99.3: the IPv4 header cut short
    EXPECT_EQ(line_of_raw(ip_of(bytes).first(6)), "ip:  [|ip]");
    // tcpdump 4.99.3: one byte captured of 84
    EXPECT_EQ(line_of_raw(ip_of(bytes).first(1), 84), "ip:  [|ip]");
    auto f = decode_raw(ip_of(bytes).first(6), 84);
    EXPECT_EQ(presence_of<RawIpLayer>(*f), Presence::complete);
    EXPECT_EQ(presence_of<Ipv4Layer>(*f), Presence::partial);
    EXPECT_STREQ(f->truncated, "ip");
    // Nothing captured at all: not even the version.
    auto none = decode_raw(Bytes{}, 84);
    EXPECT_EQ(presence_of<RawIpLayer>(*none), Presence::partial);
    EXPECT_STREQ(none->truncated, "ipn");
}

// JSON has no object for the raw link; the summary is the IP text without "ip: ".
TEST(RawIp, JsonAndTree) {
    auto bytes = from_hex(ipf::kPing);
    auto f = decode_raw(ip_of(bytes));
    OutBuffer json;
    format_json(*f, 1, Timestamp{1, 0}, json);
    const std::string j = test::to_string(json);
    EXPECT_TRUE(j.starts_with(R"({"n":1,"ts":1.000000,"len":84,"caplen":84,"ipv4":{"src":"10.0.0.1",)")) << j;
    EXPECT_TRUE(j.ends_with(R"(,"summary":"10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 64"})")) << j;

    OutBuffer tree;
    format_tree(*f, tree);
    const std::string t = test::to_string(tree);
    EXPECT_TRUE(t.starts_with("\n    Raw IP\n        IP version: 4\n    Internet Protocol Version 4\n")) << t;
}

}  // namespace
}  // namespace tapsniff
