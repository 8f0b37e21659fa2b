// Unit tests for the PPP home (src/proto/ppp): control protocols, CHAP, PAP, MLPPP, the one-byte
// protocol field, protocols without a printer, PPP on Ethernet, every cut, JSON.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/ppp/ppp.hpp"
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

// A PPPoE session frame (session 0x2d) around `ppp`.
std::vector<std::byte> session(std::string_view ppp) {
    auto payload = from_hex(ppp);
    auto bytes = from_hex("020000000002 020000000001 8864 1100002d 0000");
    bytes[19] = static_cast<std::byte>(payload.size());
    bytes.insert(bytes.end(), payload.begin(), payload.end());
    return bytes;
}

TEST(Ppp, ControlProtocols) {
    EXPECT_EQ(after_link(line_of(from_hex(tf::kIpcp))), tf::kIpcpText);
    EXPECT_EQ(after_link(line_of(session("c0210902000811223344"))),
              "PPPoE  [ses 0x2d] LCP (0xc021), length 10: LCP, Echo-Request (0x09), id 2, length 10");
    EXPECT_EQ(after_link(line_of(session("80fd1001 0004"))),
              "PPPoE  [ses 0x2d] CCP (0x80fd), length 6: CCP, Unknown Opcode (0x10), id 1, length 6");
    EXPECT_EQ(after_link(line_of(session("c021"))), "PPPoE  [ses 0x2d] LCP (0xc021), length 2: LCP, [|LCP]");
    auto f = decode(from_hex(tf::kIpcp));
    const PppLayer* p = f->find<PppLayer>();
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->body, PppBody::control);
    EXPECT_EQ(p->control.code, 2);
    EXPECT_EQ(p->control.length, 10);
    EXPECT_TRUE(contains(json_of(from_hex(tf::kIpcp)),
                         "\"ppp\":{\"protocol\":\"0x8021\",\"code\":2,\"identifier\":1,\"length\":10}"));
}

TEST(Ppp, ChapAndPap) {
    EXPECT_EQ(after_link(line_of(session("c223 0101 0018 10 000102030405060708090a0b0c0d0e0f 737276"))),
              "PPPoE  [ses 0x2d] CHAP (0xc223), length 26: CHAP, Challenge (0x01), id 1, "
              "Value 000102030405060708090a0b0c0d0e0f, Name srv");
    EXPECT_EQ(after_link(line_of(session("c223 0301 000c 57656c636f6d6501"))),
              "PPPoE  [ses 0x2d] CHAP (0xc223), length 14: CHAP, Success (0x03), id 1, Msg Welcome^A");
    EXPECT_EQ(after_link(line_of(session("c223 01"))), "PPPoE  [ses 0x2d] CHAP (0xc223), length 3: [|chap 0x01]");
    EXPECT_EQ(after_link(line_of(from_hex(tf::kPap))), tf::kPapText);
    EXPECT_EQ(after_link(line_of(session("c023 0101 0040 0475736572 0470617373"))),
              "PPPoE  [ses 0x2d] PAP (0xc023), length 16: PAP, Auth-Req (0x01), id 1, length 64 > packet size");
    EXPECT_EQ(after_link(line_of(session("c023 0201 0007 02ff80"))),
              "PPPoE  [ses 0x2d] PAP (0xc023), length 9: PAP, Auth-ACK (0x02), id 1, Msg M-^?M-^@");
    EXPECT_TRUE(contains(json_of(from_hex(tf::kPap)), "\"peer_id\":\"cisco\",\"password\":\"cisco\"}"));
}

TEST(Ppp, OtherProtocols) {
    EXPECT_EQ(after_link(line_of(session("003dc0010203"))),
              "PPPoE  [ses 0x2d] MLPPP (0x003d), length 6: seq 0x001, Flags [begin, end], length 4");
    EXPECT_EQ(after_link(line_of(session("00fd0102"))),
              "PPPoE  [ses 0x2d] Compressed (0x00fd), length 4: compressed PPP data");
    EXPECT_EQ(after_link(line_of(session("00310102030405"))),
              "PPPoE  [ses 0x2d] BRPDU (0x0031), length 7: BRPDU \n\t0x0000:  0102 0304 05");
    EXPECT_EQ(after_link(line_of(session("12340102"))), "PPPoE  [ses 0x2d] unknown (0x1234), length 4");
    EXPECT_EQ(after_link(line_of(session("00"))), "PPPoE  [ses 0x2d]  [|ppp]");
}

TEST(Ppp, OneByteProtocolField) {
    auto bytes = from_hex(tf::kPppoeTcp);
    auto f = decode(bytes);
    const PppLayer* p = f->find<PppLayer>();
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->pfc);
    EXPECT_EQ(p->proto, 0x21);
    EXPECT_EQ(stack_of(*f), "ethernet pppoe ppp ipv4 tcp");
}

TEST(Ppp, OnEthernet) {
    // Type 0x880b: tcpdump prints ": " before PPP.
    auto bytes = from_hex("020000000002 020000000001 880b ff030021"
                          "4500001c000000004001000a0a0000010a000002 0800f7ff00000000");
    EXPECT_EQ(after_link(line_of(bytes)), ": IP (0x0021), length 32: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8");
    EXPECT_TRUE(contains(json_of(bytes), "\"ppp\":{\"address\":\"0xff\",\"control\":\"0x03\",\"protocol\":\"0x0021\"}"));
}

TEST(Ppp, CutAtEveryByte) {
    auto bytes = from_hex(tf::kPap);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string head = "PPPoE  [ses 0x11] PAP (0xc023), length 18: PAP, Auth-Req (0x01)";
    const std::string peer = head + ", id 1, Peer ";
    for (std::size_t cut = 20; cut <= bytes.size(); ++cut) {
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 22) {
            EXPECT_EQ(text, "PPPoE  [ses 0x11]  [|ppp]") << cut;
        } else if (cut == 22) {
            EXPECT_EQ(text, "PPPoE  [ses 0x11] PAP (0xc023), length 18:  [|ppp]") << cut;
        } else if (cut == 23) {
            EXPECT_EQ(text, head + " [|ppp]") << cut;
        } else if (cut < 27) {
            EXPECT_EQ(text, head + ", id 1 [|ppp]") << cut;
        } else if (cut < 32) {
            EXPECT_EQ(text, peer + std::string("cisco").substr(0, cut - 27) + " [|ppp]") << cut;
        } else if (cut == 32) {
            EXPECT_EQ(text, peer + "cisco [|ppp]") << cut;
        } else if (cut >= 38) {
            EXPECT_EQ(text, tf::kPapText) << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
