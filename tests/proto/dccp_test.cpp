// Unit tests for the DCCP home (src/proto/dccp): a response over IPv4 and an ack over IPv6 with
// 48-bit numbers, every cut, lengths shorter than the headers.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/dccp/dccp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::expect_cut_texts;
using test::expect_every_cut_prints;
using test::from_hex;
using test::json_of;
using test::presence_of;
namespace ipf = test::ipframes;

// tcpdump's dccp_partial_csum_v4_simple.pcap: a response with options.
constexpr std::string_view kResponse =
    "0007e9bd5d1f001422595551 0800 45000044000040004021809c8b85d1418b85d1b0"
    "1389cdbb0c009a1a03000000 72c58351 00000007b8bb9240 00000000 0000200405022305010202210501020223040502";
// tcpdump's dccp_partial_csum_v6_simple.pcap: an ack.
constexpr std::string_view kAck6 =
    "0014225955510007e9bd5d1f 86dd 60000000002421403ffe0000000000000000000000000001"
    "3ffe0000000000000000000000000002 ceb9138909005062070000004fbdec92 00000000529279e0 00230405022603002b040001";

TEST(Dccp, Response) {
    auto bytes = from_hex(kResponse);
    auto f = decode(bytes);
    const DccpLayer* m = f->find<DccpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(presence_of<DccpLayer>(*f), Presence::complete);
    EXPECT_TRUE(m->extended);
    EXPECT_EQ(m->ack, 33164071488U);
    const std::string whole = "139.133.209.65.5001 > 139.133.209.176.52667: DCCP DCCP-Response (service=0) (ack=33164071488) ";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    EXPECT_TRUE(contains(json_of(bytes), R"("dccp":{"srcport":5001,"dstport":52667,"data_offset":12,"ccval":0,"cscov":0,)"
                                         R"("checksum":"0x9a1a","type":1,"x":1,"seq_raw":1925546833,)"
                                         R"("ack_raw":33164071488,"service_code":0})"));
    expect_cut_texts(bytes, {{34, " [|dccp]"},
                             {50, "139.133.209.65.5001 > 139.133.209.176.52667: DCCP  [|dccp]"},
                             {62, whole}});
    expect_every_cut_prints(bytes);
}

TEST(Dccp, AckOverIpv6) {
    auto bytes = from_hex(kAck6);
    const std::string whole = "3ffe::1.52921 > 3ffe::2.5001: DCCP DCCP-Ack (ack=1385331168) ";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    expect_cut_texts(bytes, {{54, " [|dccp]"}, {70, "3ffe::1.52921 > 3ffe::2.5001: DCCP DCCP-Ack  [|dccp]"}, {78, whole}});
}

// Lengths from the IP header shorter than what the type needs: tcpdump's "truncated-" words.
TEST(Dccp, ShortLengths) {
    auto bytes = from_hex(kResponse);
    bytes.resize(34 + 20);
    bytes[17] = std::byte{20 + 20};  // IP total length: 20 bytes of DCCP
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<DccpLayer>(*f), Presence::malformed);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)),
              "139.133.209.65.5001 > 139.133.209.176.52667: DCCP truncated-DCCP-Response - 8 bytes missing!");
    bytes[17] = std::byte{20 + 14};  // 14 bytes: not even the extended generic header
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "truncated-dccp - 2 bytes missing!");
}

}  // namespace
}  // namespace tapsniff
