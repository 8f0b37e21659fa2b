// Unit tests for --color: what is painted on a text line, and that the text itself is unchanged.
#include <gtest/gtest.h>

#include <regex>

#include "tapsniff/render.hpp"

namespace tapsniff {
namespace {

std::string paint(std::string_view line) {
    OutBuffer out;
    out.append(std::string_view("12:00:00.000000 "));
    const std::size_t start = out.size();
    out.append(line);
    colorize_line(out, start);
    return std::string(out.data(), out.size());
}

std::string strip(const std::string& s) { return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), ""); }

TEST(Color, AddressesProtocolAndMarksArePainted) {
    const std::string line =
        "02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 60: 10.0.0.1.40000 > "
        "10.0.0.2.53: [|domain]";
    const std::string p = paint(line);
    EXPECT_EQ(strip(p), "12:00:00.000000 " + line) << "colour must not change the text";
    EXPECT_NE(p.find("\x1b[33m02:00:00:00:00:01\x1b[0m >"), std::string::npos);
    EXPECT_NE(p.find("\x1b[33mff:ff:ff:ff:ff:ff\x1b[0m,"), std::string::npos);
    EXPECT_NE(p.find("\x1b[1mIPv4\x1b[0m"), std::string::npos);
    EXPECT_NE(p.find("\x1b[36m10.0.0.1.40000\x1b[0m"), std::string::npos);
    EXPECT_NE(p.find("\x1b[36m10.0.0.2.53\x1b[0m:"), std::string::npos);
    EXPECT_NE(p.find("\x1b[31m[|domain]\x1b[0m"), std::string::npos);
}

TEST(Color, Ipv6AddressesKeepTheirSeparators) {
    const std::string p = paint("fe80::1 > ff02::1: ICMP6, router advertisement, length 64");
    EXPECT_NE(p.find("\x1b[36mfe80::1\x1b[0m >"), std::string::npos);
    EXPECT_NE(p.find("\x1b[36mff02::1\x1b[0m:"), std::string::npos);
    EXPECT_EQ(paint("fd00::: x").find("\x1b[36mfd00::\x1b[0m:"), 16U);
}

TEST(Color, SequenceNumbersAndTimesAreNotAddresses) {
    const std::string p = paint("Flags [P.], seq 1:101, ack 1, win 502, length 100");
    EXPECT_EQ(p.find('\x1b'), std::string::npos);
}

TEST(Color, OnlyTheSummaryLineIsPainted) {
    const std::string p = paint("10.0.0.1 > 10.0.0.2: ip-proto-99 4\n\t0x0000:  0a00 0001");
    EXPECT_NE(p.find("\n\t0x0000:  0a00 0001"), std::string::npos);
}

}  // namespace
}  // namespace tapsniff
