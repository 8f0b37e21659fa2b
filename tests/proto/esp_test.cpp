// Unit tests for the ESP home (src/proto/esp): a real ESP packet over IPv6, tcpdump's rule that a
// byte must follow the header, every cut, JSON.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/esp/esp.hpp"
#include "tunnel_test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::stack_of;
namespace tf = test::tunnelframes;

std::string after_link(const std::string& line) { return line.substr(line.find(": ") + 2); }

TEST(Esp, OverIpv6) {
    auto bytes = from_hex(tf::kEsp6);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 esp");
    const EspLayer* esp = f->find<EspLayer>();
    ASSERT_NE(esp, nullptr);
    EXPECT_EQ(esp->spi, 0x17U);
    EXPECT_EQ(esp->seq, 1U);
    EXPECT_EQ(esp->length, 76U);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kEsp6Text);
    EXPECT_TRUE(contains(json_of(bytes), "\"esp\":{\"spi\":\"0x00000017\",\"sequence\":1}"));
}

TEST(Esp, CutAtEveryByte) {
    auto bytes = from_hex(tf::kEsp6);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 54; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        // tcpdump prints the header only when a byte follows it.
        if (cut <= 62) {
            EXPECT_EQ(after_link(line_of(prefix(bytes, cut), wire)), "3ffe::1 > 3ffe::25:  [|esp]") << cut;
            EXPECT_STREQ(f->truncated, "esp") << cut;
        } else {
            EXPECT_EQ(after_link(line_of(prefix(bytes, cut), wire)), tf::kEsp6Text) << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
