// Unit tests for the IP text, JSON and -v tree formatters, from real frames.
#include <gtest/gtest.h>

#include "decode/ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
namespace ipf = test::ipframes;

std::string tree_of(const std::vector<std::byte>& bytes) {
    DecodedFrame f = decode(bytes);
    OutBuffer buf;
    format_tree(f, buf);
    return test::to_string(buf);
}

std::string json_of(const std::vector<std::byte>& bytes) {
    DecodedFrame f = decode(bytes);
    OutBuffer buf;
    format_json(f, 1, Timestamp{1, 0}, buf);
    return test::to_string(buf);
}

TEST(IpText, ContractExamples) {
    EXPECT_EQ(line_of(from_hex(ipf::kPing)),
              "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: "
              "ICMP echo request, id 7, seq 1, length 64");
    EXPECT_EQ(line_of(from_hex(ipf::kNeighborSolicit)),
              "02:00:00:00:00:01 > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd00::1 > ff02::1:ff00:2: "
              "ICMP6, neighbor solicitation, who has fd00::2, length 32");
    EXPECT_EQ(line_of(from_hex(ipf::kUdp)),
              "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: 10.0.0.1.40000 > "
              "10.0.0.2.45000: UDP, length 18");
}

TEST(IpText, RawIpFrameHasNoLinkPart) {
    auto bytes = from_hex(ipf::kPing);
    Bytes ip = test::view(bytes).subspan(14);
    DecodedFrame f;
    decode_frame(ip, static_cast<std::uint32_t>(ip.size()), LinkType::raw_ip, f);
    OutBuffer buf;
    format_line(f, true, buf);
    EXPECT_TRUE(test::to_string(buf).ends_with("10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 64"));
}

TEST(IpJson, Layers) {
    std::string j = json_of(from_hex(ipf::kSyn));
    EXPECT_NE(j.find(R"("ipv4":{"src":"10.0.0.1","dst":"10.0.0.2","proto":6,"ttl":64,"len":60})"), std::string::npos) << j;
    EXPECT_NE(j.find(R"("tcp":{"sport":40001,"dport":45001,"flags":"S","seq":1000,"ack":0,"win":64240})"),
              std::string::npos) << j;
    j = json_of(from_hex(ipf::kNeighborSolicit));
    EXPECT_NE(j.find(R"("ipv6":{"src":"fd00::1","dst":"ff02::1:ff00:2","next":58,"hlim":255,"len":32})"),
              std::string::npos) << j;
    EXPECT_NE(j.find(R"("icmp6":{"type":135,"code":0})"), std::string::npos) << j;
    j = json_of(from_hex(ipf::kUdp));
    EXPECT_NE(j.find(R"("udp":{"sport":40000,"dport":45000,"len":26})"), std::string::npos) << j;
}

TEST(IpTree, ChecksumsVerified) {
    std::string t = tree_of(from_hex(ipf::kSyn));
    EXPECT_NE(t.find("\n    IPv4\n        version 4"), std::string::npos) << t;
    EXPECT_NE(t.find("\n        checksum 0x66b5 [correct]"), std::string::npos) << t;
    EXPECT_NE(t.find("\n        checksum 0xe918 [correct]"), std::string::npos) << t;
    auto bad = from_hex(ipf::kUdp);
    bad[40] = std::byte{0x12};
    bad[41] = std::byte{0x34};
    EXPECT_NE(tree_of(bad).find("checksum 0x1234 [incorrect, should be 0x6372]"), std::string::npos);
    auto cut = from_hex(ipf::kUdp);
    DecodedFrame f = decode(test::prefix(cut, 50), static_cast<std::uint32_t>(cut.size()));
    OutBuffer buf;
    format_tree(f, buf);
    EXPECT_NE(test::to_string(buf).find("checksum 0x6372 [unverified]"), std::string::npos);
}

}  // namespace
}  // namespace tapsniff
