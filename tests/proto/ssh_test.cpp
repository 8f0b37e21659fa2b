// Unit tests for the SSH banner (TCP 22) as tcpdump 4.99.3's print-ssh.c shows it: real frames,
// every way the banner line ends, " [|ssh]" for a cut, and a cut at every byte.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/ssh/ssh.hpp"

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

// Suricata's bypass-ssh-enabled (a Cisco server's banner ends with LF alone, the client's with
// CR LF) and tcpdump's kday4.pcap (a segment with nothing captured after its header).
constexpr Case kReal[] = {
    {"fa163e14a2abfa163e23b443080045c0003b2afa0000ff06f6aec0a80c01c0a80c020016fb4d656728e557043d2250181020573500005353482d322e302d436973636f2d312e32350a",
     73, "192.168.12.1.22 > 192.168.12.2.64333: Flags [P.], seq 1701259493:1701259512, ack 1459895586, win 4128, length 19: SSH: SSH-2.0-Cisco-1.25"},
    {"fa163e23b443fa163e14a2ab080045c0003c06220000ff061b86c0a80c02c0a80c01fb4d001657043d22656728f85018100d57f200005353482d312e39392d436973636f2d312e32350a",
     74, "192.168.12.2.64333 > 192.168.12.1.22: Flags [P.], seq 1459895586:1459895606, ack 1701259512, win 4109, length 20: SSH: SSH-1.99-Cisco-1.25"},
    {"0cc47a08e91284b59cbe3048080045100334fd2640003e063da6cc093384cc093650c39f001649d1c8546c6f12ae80100ffe861100000101080a381c317fffffffca",
     66, "truncated-ip - 768 bytes missing! 204.9.51.132.50079 > 204.9.54.80.22: Flags [.], seq 1238485076:1238485844, ack 1819218606, win 4094, options [nop,nop,TS val 941371775 ecr 4294967242], length 768 [|ssh]"},
};

// tests/golden/gen/tcpapp.py: CR LF, LF, no line end, CR last, CR and something else, a byte that is
// not printable, binary packets, a segment shorter than "SSH-", and a cut.
constexpr Case kForms[] = {
    {"02000000000202000000000108004500005000010000400666a50a0000010a00000200169c40000003e8000007d0501801f6f87400005353482d322e302d4f70656e5353485f392e367031205562756e74752d337562756e747531330d0a",
     94, "10.0.0.1.22 > 10.0.0.2.40000: Flags [P.], seq 1000:1040, ack 2000, win 502, length 40: SSH: SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13"},
    {"02000000000202000000000108004500003300010000400666c20a0000010a0000029c400016000003e8000007d0501801f6a26f00005353482d322e302d476f0a",
     65, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1011, ack 2000, win 502, length 11: SSH: SSH-2.0-Go"},
    {"02000000000202000000000108004500003b00010000400666ba0a0000010a0000029c400016000003e8000007d0501801f6bff000005353482d322e302d6e6f2d6c696e652d656e64",
     73, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1019, ack 2000, win 502, length 19"},
    {"02000000000202000000000108004500003200010000400666c30a0000010a0000029c400016000003e8000007d0501801f67bd200005353482d322e302d780d",
     64, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1010, ack 2000, win 502, length 10"},
    {"02000000000202000000000108004500003400010000400666c10a0000010a0000029c400016000003e8000007d0501801f602c600005353482d322e302d780d790a",
     66, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1012, ack 2000, win 502, length 12"},
    {"02000000000202000000000108004500003300010000400666c20a0000010a0000029c400016000003e8000007d0501801f6e8d100005353482d322e302d010d0a",
     65, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1011, ack 2000, win 502, length 11"},
    {"02000000000202000000000108004500002e00010000400666c70a0000010a0000029c400016000003e8000007d0501801f6e69f00000000010c0a14",
     60, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1006, ack 2000, win 502, length 6"},
    {"02000000000202000000000108004500002a00010000400666cb0a0000010a0000029c400016000003e8000007d0501801f69e7000005353",
     56, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1002, ack 2000, win 502, length 2 [|ssh]"},
    {"02000000000202000000000108004500003900010000400666bc0a0000010a0000029c400016000003e8000007d0501801f6999900005353482d322e302d4f70",
     71, "10.0.0.1.40000 > 10.0.0.2.22: Flags [P.], seq 1000:1017, ack 2000, win 502, length 17 [|ssh]"},
};

TEST(Ssh, RealFrames) {
    for (std::size_t i = 0; i < std::size(kReal); ++i) {
        auto bytes = from_hex(kReal[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kReal[i].wire_len)), kReal[i].text) << i;
    }
}

TEST(Ssh, EveryForm) {
    for (std::size_t i = 0; i < std::size(kForms); ++i) {
        auto bytes = from_hex(kForms[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kForms[i].wire_len)), kForms[i].text) << i;
    }
}

TEST(Ssh, BannerAndJson) {
    auto f = decode(from_hex(kReal[0].hex));
    const SshLayer* s = f->find<SshLayer>();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->kind, SshLayer::Kind::banner);
    EXPECT_EQ(s->banner.size(), 18U);
    EXPECT_TRUE(test::contains(test::json_of(from_hex(kReal[0].hex)), R"("ssh":{"protocol":"SSH-2.0-Cisco-1.25"})"));
}

// Until the line end is captured, tcpdump stops with " [|ssh]" (it reads "SSH-" without looking at
// the length first).
TEST(Ssh, CutAtEveryByte) {
    auto bytes = from_hex(kReal[0].hex);  // payload at 54, "SSH-2.0-Cisco-1.25\n"
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 54; cut < bytes.size(); ++cut) {
        const std::string line = line_of(prefix(bytes, cut), wire);
        EXPECT_TRUE(line.ends_with("length 19 [|ssh]")) << cut << ": " << line;
        EXPECT_STREQ(decode(prefix(bytes, cut), wire)->truncated, "ssh") << cut;
    }
}

}  // namespace
}  // namespace tapsniff
