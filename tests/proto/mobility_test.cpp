// Unit tests for the IPv6 mobility header home (src/proto/mobility): binding update, ack and error
// from Zeek's mobile-ipv6 captures, every cut, short headers, and next header 135 over IPv4.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/mobility/mobility.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::expect_cut_texts;
using test::expect_every_cut_prints;
using test::from_hex;
using test::json_of;
using test::presence_of;
using test::stack_of;
namespace ipf = test::ipframes;

constexpr std::string_view kIp6 =
    "ffffffffffff000000000000 86dd 60000000 0010 8740 200104f80004000702e081fffe52ffff 200104f80004000702e081fffe529a6b";
constexpr std::string_view kBu = "3b01050003640025d000000301020000";
constexpr std::string_view kBa = "3b010600d1da0080002a000801020000";
constexpr std::string_view kAddrs = "2001:4f8:4:7:2e0:81ff:fe52:ffff > 2001:4f8:4:7:2e0:81ff:fe52:9a6b: ";

std::vector<std::byte> frame(std::string_view mh) { return from_hex(std::string(kIp6) + std::string(mh)); }
std::string after_addrs(std::string_view rest) { return std::string(kAddrs) + std::string(rest); }

TEST(Mobility, BindingUpdate) {
    auto bytes = frame(kBu);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 mobility");
    EXPECT_EQ(presence_of<MobilityLayer>(*f), Presence::complete);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), after_addrs("mobility: BU seq#=37 AHK lifetime=12"));
    EXPECT_TRUE(contains(json_of(bytes), R"("mip6":{"proto":59,"hlen":1,"mhtype":5,"csum":"0x0364"})"));
    expect_cut_texts(bytes, {{54, after_addrs(" [|mobility]")},
                             {57, after_addrs("mobility: BU [|mobility]")},
                             {62, after_addrs("mobility: BU seq#=37 [|mobility]")},
                             {64, after_addrs("mobility: BU seq#=37 AHK [|mobility]")},
                             {66, after_addrs("mobility: BU seq#=37 AHK lifetime=12")}});
    expect_every_cut_prints(bytes);
}

TEST(Mobility, BindingAck) {
    auto bytes = frame(kBa);
    expect_cut_texts(bytes, {{57, after_addrs("mobility: BA [|mobility]")},
                             {61, after_addrs("mobility: BA status=0 [|mobility]")},
                             {62, after_addrs("mobility: BA status=0 K [|mobility]")},
                             {64, after_addrs("mobility: BA status=0 K seq#=42 [|mobility]")},
                             {66, after_addrs("mobility: BA status=0 K seq#=42 lifetime=32")}});
}

TEST(Mobility, HeaderTooShortForItsType) {
    auto bytes = frame(kBu);
    bytes[55] = std::byte{0};  // 8 bytes: a binding update needs 12
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "mobility header too short for its type");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), after_addrs("(header length 8 is too small for type 5) [|mobility]"));
    bytes[56] = std::byte{0x2a};  // a type tcpdump does not know
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), after_addrs("mobility: type-#42 len=0"));
}

// Over IPv4 the number is not tcpdump's mobility: an unknown protocol.
TEST(Mobility, OverIpv4IsUnknown) {
    auto bytes = from_hex("ffffffffffff000000000000 0800 450000240001000040870000 0a000001 0a000002" + std::string(kBu));
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.1 > 10.0.0.2:  ip-proto-135 16");
}

}  // namespace
}  // namespace tapsniff
