// Unit tests for Telnet (TCP 23) as tcpdump 4.99.3's print-telnet.c shows it: the commands and
// negotiations at the start of a segment, sub-negotiations, " [|telnet]", and a cut at every byte.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/telnet/telnet.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

struct Case {
    std::string_view hex;
    std::uint32_t wire_len;
    std::string_view text;  // tcpdump 4.99.3 -nn -e -S, after the link part
};

// Suricata's telnet-01 capture: a DO, a list of negotiations with a LINEMODE sub-negotiation, a long
// SLC sub-negotiation, WILL/DO ENCRYPT, and two segments captured short (" [|telnet]").
constexpr Case kReal[] = {
    {"00a0cc3bbffa0000c09fa0970800451000373d8e00004006bbcfc0a80001c0a800020017060e17f1633e99c5a108801843c5026700000101080a0025a62c009c2724fffd25",
     69, "192.168.0.1.23 > 192.168.0.2.1550: Flags [P.], seq 401695550:401695553, ack 2579865864, win 17349, options [nop,nop,TS val 2467372 ecr 10233636], length 3 [telnet DO AUTHENTICATION]"},
    {"00a0cc3bbffa0000c09fa09708004510004d3a3000004006bf17c0a80001c0a800020017060e17f1634199c5a10b801843e0cbd000000101080a0025a62c009c2733fffb03fffd18fffd1ffffd20fffd21fffd22fffa22010bfff0",
     91, "192.168.0.1.23 > 192.168.0.2.1550: Flags [P.], seq 401695553:401695578, ack 2579865867, win 17376, options [nop,nop,TS val 2467372 ecr 10233651], length 25 [telnet WILL SUPPRESS GO AHEAD, DO TERMINAL TYPE, DO NAWS, DO TSPEED, DO LFLOW, DO LINEMODE, SB LINEMODE SEND 0xb SE]"},
    {"0000c09fa09700a0cc3bbffa08004510007446414000400672dfc0a80002c0a80001060e001799c5a10b17f1635a80187d78f3ff00000101080a009c27330025a62cfffa1f00500020fff0fffa220301000003620304020f05000007621c08020409421a0a027f0b02150f0211100213110000120000fff0fffd03fffa22010ffff0",
     130, "192.168.0.2.1550 > 192.168.0.1.23: Flags [P.], seq 2579865867:2579865931, ack 401695578, win 32120, options [nop,nop,TS val 10233651 ecr 2467372], length 64 [telnet SB NAWS IS 0x50 0 0x20 SE, SB LINEMODE 0x3 0x1 0 0 0x3 0x62 0x3 0x4 0x2 0xf 0x5 0 0 0x7 0x62 0x1c 0x8 0x2 0x4 0x9 0x42 0x1a 0xa 0x2 0x7f 0xb 0x2 0x15 0xf 0x2 0x11 0x10 0x2 0x13 0x11 0 0 0x12 0 0 SE, DO SUPPRESS GO AHEAD, SB LINEMODE SEND 0xf SE]"},
    {"00a0cc3bbffa0000c09fa09708004510004637e100004006c16dc0a80001c0a800020017060e17f1635a99c5a14b801843a0c0c300000101080a0025a62c009c2733fffd27fffb05fffd23fffb26fffd26fffd24",
     84, "192.168.0.1.23 > 192.168.0.2.1550: Flags [P.], seq 401695578:401695596, ack 2579865931, win 17312, options [nop,nop,TS val 2467372 ecr 10233651], length 18 [telnet DO NEW-ENVIRON, WILL STATUS, DO XDISPLOC, WILL ENCRYPT, DO ENCRYPT, DO OLD-ENVIRON]"},
    {"0000c09fa09700a0cc3bbffa08004510008946444000400672c7c0a80002c0a80001060e001799c5a15417f1638480187d78cc9300000101080a009c27340025a62c",
     66, "truncated-ip - 85 bytes missing! 192.168.0.2.1550 > 192.168.0.1.23: Flags [P.], seq 2579865940:2579866025, ack 401695620, win 32120, options [nop,nop,TS val 10233652 ecr 2467372], length 85 [|telnet]"},
    {"0000c09fa09700a0cc3bbffa08004510003a464a400040067310c0a80002c0a80001060e001799c5a1b217f163c980187d780ca700000101080a009c28240025a62e",
     66, "truncated-ip - 6 bytes missing! 192.168.0.2.1550 > 192.168.0.1.23: Flags [P.], seq 2579866034:2579866040, ack 401695689, win 32120, options [nop,nop,TS val 10233892 ecr 2467374], length 6 [|telnet]"},
};

// tests/golden/gen/tcpapp.py: negotiations, TERMINAL TYPE IS, AUTHENTICATION and ENCRYPT
// sub-negotiations, IP, IAC IAC, options above 39, text first, a sub-negotiation with no IAC SE, one
// ending in IAC alone (tcpdump steps past the segment), a lone IAC DO, and a cut.
constexpr Case kForms[] = {
    {"02000000000202000000000108004500003400010000400666c10a0000010a00000200179c40000003e8000007d0501801f6ba750000fffd18fffd20fffd23fffd27",
     66, "10.0.0.1.23 > 10.0.0.2.40000: Flags [P.], seq 1000:1012, ack 2000, win 502, length 12 [telnet DO TERMINAL TYPE, DO TSPEED, DO XDISPLOC, DO NEW-ENVIRON]"},
    {"02000000000202000000000108004500003600010000400666bf0a0000010a0000029c400017000003e8000007d0501801f637c70000fffb18fffa1800585445524dfff0",
     68, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1014, ack 2000, win 502, length 14 [telnet WILL TERMINAL TYPE, SB TERMINAL TYPE IS 0x58 0x54 0x45 0x52 0x4d SE]"},
    {"02000000000202000000000108004500003f00010000400666b60a0000010a0000029c400017000003e8000007d0501801f679860000fffa2500020102fff0fffa260101fff06c6f67696e3a20",
     77, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1023, ack 2000, win 502, length 23 [telnet SB AUTHENTICATION IS KERBEROS_V5 0x1 0x2 SE, SB ENCRYPT SUPPORT DES_CFB64 SE]"},
    {"02000000000202000000000108004500003100010000400666c40a0000010a0000029c400017000003e8000007d0501801f6a2790000fff4ffffff50fffb50",
     63, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1009, ack 2000, win 502, length 9 [telnet IP, IAC IAC]"},
    {"02000000000202000000000108004500003200010000400666c30a0000010a0000029c400017000003e8000007d0501801f691a600006c6f67696e3a20fffd01",
     64, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1010, ack 2000, win 502, length 10"},
    {"02000000000202000000000108004500002c00010000400666c90a0000010a0000029c400017000003e8000007d0501801f6d9c40000fffa1801",
     58, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1004, ack 2000, win 502, length 4"},
    {"02000000000202000000000108004500002d00010000400666c80a0000010a0000029c400017000003e8000007d0501801f6dac20000fffa1801ff",
     59, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1005, ack 2000, win 502, length 5 [telnet SB TERMINAL TYPE SEND SE [|telnet]"},
    {"02000000000202000000000108004500002a00010000400666cb0a0000010a0000029c400017000003e8000007d0501801f6f1c40000fffd",
     56, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1002, ack 2000, win 502, length 2"},
    {"02000000000202000000000108004500002e00010000400666c70a0000010a0000029c400017000003e8000007d0501801f6dba00000fffd18ff",
     60, "10.0.0.1.40000 > 10.0.0.2.23: Flags [P.], seq 1000:1006, ack 2000, win 502, length 6 [telnet DO TERMINAL TYPE [|telnet]"},
};

TEST(Telnet, RealFrames) {
    for (std::size_t i = 0; i < std::size(kReal); ++i) {
        auto bytes = from_hex(kReal[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kReal[i].wire_len)), kReal[i].text) << i;
    }
}

TEST(Telnet, EveryForm) {
    for (std::size_t i = 0; i < std::size(kForms); ++i) {
        auto bytes = from_hex(kForms[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kForms[i].wire_len)), kForms[i].text) << i;
    }
}

TEST(Telnet, Commands) {
    auto f = decode(from_hex(kReal[1].hex));
    const TelnetLayer* t = f->find<TelnetLayer>();
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->count, 7U);
    EXPECT_EQ(t->commands[0].command, telnet_cmd::will);
    EXPECT_EQ(t->commands[0].option, 3);
    EXPECT_EQ(t->commands[6].command, telnet_cmd::sb);
    EXPECT_EQ(t->commands[6].sub.size(), 2U);
    EXPECT_EQ(t->commands[6].named, 1);
    EXPECT_FALSE(t->cut);
}

// Commands captured whole are printed, then " [|telnet]" where the capture ends inside one.
TEST(Telnet, CutAtEveryByte) {
    auto bytes = from_hex(kReal[1].hex);  // payload at 66: WILL 3, DO 24, DO 31, DO 32, DO 33, DO 34, SB 34 1 11 SE
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string full = ipf::ip_part(line_of(bytes));
    for (std::size_t cut = 66; cut < bytes.size(); ++cut) {
        const std::string line = ipf::ip_part(line_of(prefix(bytes, cut), wire));
        EXPECT_TRUE(line.ends_with(" [|telnet]")) << cut << ": " << line;
        // What came before the mark is the start of the whole line.
        const std::string before = line.substr(0, line.size() - std::string(" [|telnet]").size());
        EXPECT_TRUE(full.starts_with(before)) << cut << ": " << line;
        EXPECT_STREQ(decode(prefix(bytes, cut), wire)->truncated, "telnet") << cut;
    }
}

}  // namespace
}  // namespace tapsniff
