// Unit tests for decode_tcp: a Linux SYN with options, flags, bad data offsets, every cut.
#include <gtest/gtest.h>

#include "ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

constexpr std::string_view kSynText =
    "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 1 ecr 0,"
    "nop,wscale 7], length 0";

TEST(Tcp, SynWithOptions) {
    auto bytes = from_hex(ipf::kSyn);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.ip.has_tcp);
    const TcpHeader& t = f.ip.tcp;
    EXPECT_EQ(t.sport, 40001);
    EXPECT_EQ(t.seq, 1000U);
    EXPECT_EQ(t.flags, 0x02);
    EXPECT_EQ(t.window, 64240);
    ASSERT_EQ(t.option_count, 5);
    EXPECT_EQ(t.options[0].kind, 2);
    EXPECT_EQ(t.options[0].value[0], 1460U);
    EXPECT_EQ(t.options[2].value[0], 1U);
    EXPECT_EQ(t.options[4].value[0], 7U);
    EXPECT_EQ(t.checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), kSynText);
}

TEST(Tcp, CutInsideTheOptions) {
    auto bytes = from_hex(ipf::kSyn);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string head = "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [";
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 54), wire)), head + " [|tcp]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 57), wire)), head + "mss [|tcp]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 58), wire)), head + "mss 1460, [|tcp]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 63), wire)), head + "mss 1460,sackOK,TS [|tcp]>");
}

TEST(Tcp, CutAtEveryByte) {
    auto bytes = from_hex(ipf::kSyn);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 34; cut < bytes.size(); ++cut) {
        DecodedFrame f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f.truncated, "tcp") << cut;
        std::string line = line_of(prefix(bytes, cut), wire);
        EXPECT_TRUE(line.ends_with(" [|tcp]") || line.ends_with(" [|tcp]>")) << cut << " " << line;
    }
}

TEST(Tcp, DataOffsetBelowFive) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[46] = std::byte{0x40};
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.tcp.status, TcpStatus::offset_short);
    EXPECT_NE(f.malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40001 > 10.0.0.2.45001:  tcp 24 [bad hdr length 16 - too short, < 20]");
}

TEST(Tcp, DataOffsetBeyondTheSegment) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[46] = std::byte{0xf0};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S] [bad hdr length 60 - too long, > 40]");
}

TEST(Tcp, OptionLengthTooShortIsBad) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[55] = std::byte{1};  // mss length 1
    DecodedFrame f = decode(bytes);
    EXPECT_NE(f.malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [[bad opt]");
}

TEST(Tcp, AllFlagLetters) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[47] = std::byte{0xff};
    std::string line = line_of(bytes);
    EXPECT_NE(line.find("Flags [FSRP.UEW]"), std::string::npos) << line;
}

}  // namespace
}  // namespace tapsniff
