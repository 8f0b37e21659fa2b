// Unit tests for the DNS home (src/proto/dns): real queries and responses over UDP and TCP and
// mDNS, names in the arena, nonsense counts and pointer loops, every cut, JSON and the -v tree.
// Expected texts are tcpdump 4.99.3's for the same bytes.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/dns/dns.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::stack_of;
using test::summary_of;
using test::tree_of;

// Suricata's dns-udp-eve-txt test capture, frame 1:
// 10.16.1.11.52345 > 10.16.1.1.53: 28243+ [1au] TXT? google.com. (39)
constexpr std::string_view kTxtQuery =
    "0015170d06f7d8cb8aeda1460800450000432f4000004011353f0a10010b0a100101cc790035002f71696e530120000100000000"
    "000106676f6f676c6503636f6d00001000010000291000000000000000";
// Frame 2: the answer, a TXT record and an OPT record.
constexpr std::string_view kTxtResponse =
    "d8cb8aeda1460015170d06f70800450000731b734000401108dc0a1001010a10010b0035cc79005f84426e53818000010001000000"
    "0106676f6f676c6503636f6d0000100001c00c0010000100000c91002423763d7370663120696e636c7564653a5f7370662e676f6f"
    "676c652e636f6d207e616c6c0000291000000000000000";
// Frame 4: 10.16.1.1.53 > 10.16.1.11.60922: 39372 1/0/0 A 34.197.178.240 (74)
constexpr std::string_view kAResponse =
    "d8cb8aeda1460015170d06f70800450000661b7b4000401108e10a1001010a10010b0035edfa00521d0a99cc81800001000100000000"
    "15746578747365637572652d736572766963652d63610e7768697370657273797374656d73036f72670000010001c00c000100010000"
    "0005000422c5b2f0";
// Suricata's dns-udp-eve-log-srv (a raw IP capture), frame 2, behind an Ethernet header.
constexpr std::string_view kSrvResponse =
    "0200000000020200000000010800450000bb63a900003e11bdf7ac170016ac1e024600358e5900a7cde8eb56818000010002000000"
    "01045f736970045f7564700373697005766f69636506676f6f676c6503636f6d0000210001c00c002100010000011300260014000113"
    "c40d7369702d616e79636173742d3205766f69636506676f6f676c6503636f6d00c00c00210001000001130026000a000113c40d7369"
    "702d616e79636173742d3105766f69636506676f6f676c6503636f6d000000291000000000000000";
// Zeek's dns_mdns-no-assoc, frames 1 and 3.
constexpr std::string_view kMdnsQuery =
    "01005e0000fb0200deadbeef08004500004300010000ff111a03c0a80002e00000fb14e914e9002fc5810000000000010000000000"
    "000f696e697469616c2d71756572792d61056c6f63616c0000010001";
constexpr std::string_view kMdnsResponse =
    "01005e0000fb0200deadbeef08004500004f00010000ff1119f7c0a80002e00000fb14e914e9003bd8170000840000000001000000"
    "0011756e72656c617465642d7265706c792d61056c6f63616c0000010001000000780004c0a80002";
// Suricata's dns-tcp-www-google-com, frame 4: a query over TCP with its length prefix.
constexpr std::string_view kTcpQuery =
    "0015170d06f7d8cb8aeda14608004500006d350b40004006ee590a10010b0808040495330035767f6afd4d98450b801800e5a13b0000"
    "0101080a1545600116c74a8200375f78012000010000000000010377777706676f6f676c6503636f6d0000010001000029100000000000"
    "000c000a00085a760730fb2b37d5";

const DnsLayer* dns_of(const DecodedFrame& f) { return f.find<DnsLayer>(); }

// A crafted message in a frame from 10.0.0.1.40000 to 10.0.0.2.53 (IPv4 and UDP lengths set,
// checksums left out).
std::vector<std::byte> udp_frame(const std::string& payload_hex) {
    const std::size_t n = payload_hex.size() / 2;
    return from_hex(fmt::format("02000000000202000000000108004500{:04x}000000004011""00000a0000010a0000029c400035{:04x}0000{}",
                                n + 28, n + 8, payload_hex));
}

TEST(Dns, Query) {
    auto bytes = from_hex(kTxtQuery);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 udp dns");
    EXPECT_EQ(test::presence_of<DnsLayer>(*f), Presence::complete);
    const DnsLayer* m = dns_of(*f);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->id, 28243);
    EXPECT_FALSE(m->response());
    EXPECT_EQ(m->arcount, 1);
    ASSERT_EQ(m->qd_count, 1);
    EXPECT_EQ(m->qd[0].name.text, "google.com.");  // written into the frame's arena
    EXPECT_EQ(m->qd[0].name.shown(), "google.com");
    EXPECT_EQ(m->qd[0].type, dns_type::txt);
    EXPECT_EQ(summary_of(bytes), "10.16.1.11.52345 > 10.16.1.1.53: 28243+ [1au] TXT? google.com. (39)");
    EXPECT_TRUE(contains(json_of(bytes), "\"dns\":{\"id\":28243,\"qr\":0,\"opcode\":0,\"rcode\":0,\"qd\":[{\"name\":"
                                         "\"google.com\",\"type\":16,\"class\":1}],\"an\":[],\"ns\":0,\"ar\":1}"));
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
}

TEST(Dns, Responses) {
    EXPECT_EQ(summary_of(from_hex(kTxtResponse)),
              "10.16.1.1.53 > 10.16.1.11.52345: 28243 1/0/1 TXT \"v=spf1 include:_spf.google.com ~all\" (87)");
    auto a = from_hex(kAResponse);
    EXPECT_EQ(summary_of(a), "10.16.1.1.53 > 10.16.1.11.60922: 39372 1/0/0 A 34.197.178.240 (74)");
    EXPECT_TRUE(contains(json_of(a), "\"an\":[{\"name\":\"textsecure-service-ca.whispersystems.org\",\"type\":1,"
                                     "\"ttl\":5,\"data\":\"34.197.178.240\"}],\"ns\":0,\"ar\":0}"));
    EXPECT_EQ(summary_of(from_hex(kSrvResponse)),
              "172.23.0.22.53 > 172.30.2.70.36441: 60246 2/0/1 SRV sip-anycast-2.voice.google.com.:5060 20 1, "
              "SRV sip-anycast-1.voice.google.com.:5060 10 1 (159)");
}

TEST(Dns, Mdns) {
    auto q = from_hex(kMdnsQuery);
    EXPECT_EQ(summary_of(q), "192.168.0.2.5353 > 224.0.0.251.5353: 0 A (QM)? initial-query-a.local. (39)");
    q[q.size() - 2] = std::byte{0x80};  // the QU bit, which JSON leaves out of the class
    EXPECT_EQ(summary_of(q), "192.168.0.2.5353 > 224.0.0.251.5353: 0 A (QU)? initial-query-a.local. (39)");
    EXPECT_TRUE(contains(json_of(q), "\"qd\":[{\"name\":\"initial-query-a.local\",\"type\":1,\"class\":1}]"));
    auto r = from_hex(kMdnsResponse);
    EXPECT_EQ(summary_of(r), "192.168.0.2.5353 > 224.0.0.251.5353: 0*- [0q] 1/0/0 A 192.168.0.2 (51)");
    r[r.size() - 12] = std::byte{0x80};  // cache flush
    EXPECT_EQ(summary_of(r), "192.168.0.2.5353 > 224.0.0.251.5353: 0*- [0q] 1/0/0 (Cache flush) A 192.168.0.2 (51)");
    EXPECT_TRUE(dns_of(*decode(r))->mdns);
}

TEST(Dns, OverTcp) {
    auto bytes = from_hex(kTcpQuery);
    EXPECT_EQ(stack_of(*decode(bytes)), "ethernet ipv4 tcp dns");
    EXPECT_TRUE(line_of(bytes).ends_with(", length 57 24440+ [1au] A? www.google.com. (55)"));
    bytes[66] = std::byte{0x01};  // a length prefix that is not the segment's
    EXPECT_TRUE(line_of(bytes).ends_with(", length 57 [prefix length(311) != length(55)] (invalid)"));
    auto f = decode(bytes);
    EXPECT_NE(f->malformed, nullptr);
    EXPECT_EQ(test::presence_of<DnsLayer>(*f), Presence::partial);
    EXPECT_EQ(json_of(bytes).find("\"dns\""), std::string::npos);
}

TEST(Dns, PointerToItself) {
    auto bytes = from_hex(kTxtQuery);
    bytes[54] = std::byte{0xc0};  // the question's name: a pointer to offset 12, where it is
    bytes[55] = std::byte{0x0c};
    EXPECT_EQ(summary_of(bytes),
              "10.16.1.11.52345 > 10.16.1.1.53: 28243+ [1au] Type28527 (Class 26476)? <BAD PTR> [|domain]");
    auto f = decode(bytes);
    EXPECT_EQ(dns_of(*f)->qd[0].name.mark, DnsNameMark::bad_ptr);
    EXPECT_NE(f->malformed, nullptr);
}

TEST(Dns, NonsenseCounts) {
    auto bytes = from_hex(kAResponse);
    bytes[48] = bytes[49] = std::byte{0xff};  // 65535 answers, one there
    EXPECT_EQ(summary_of(bytes), "10.16.1.1.53 > 10.16.1.11.60922: 39372 65535/0/0 A 34.197.178.240 [|domain]");
    bytes = from_hex(kAResponse);
    bytes[46] = bytes[47] = std::byte{0xff};  // 65535 questions: tcpdump skips three, then stops
    EXPECT_EQ(summary_of(bytes), "10.16.1.1.53 > 10.16.1.11.60922: 39372 [65535q],,, [|domain]");
    EXPECT_EQ(std::string(decode(bytes)->truncated), "domain");
}

// Questions whose names are a label and a pointer to the name before: each is one label longer,
// every pointer goes backwards, and past 255 characters tcpdump marks the name too long.
TEST(Dns, PointerChains) {
    std::string hex = "0001010000c8000000000000" "0161" "00" "00010001";  // 200 questions; "a." at 12
    for (int i = 1; i < 200; ++i) {
        hex += fmt::format("0161{:04x}00010001", 0xc000 | (12 + (i == 1 ? 0 : 7 + 8 * (i - 2))));
    }
    auto bytes = udp_frame(hex);
    auto f = decode(bytes);
    const DnsLayer* m = dns_of(*f);
    ASSERT_NE(m, nullptr);
    ASSERT_EQ(m->qd_count, 200);
    EXPECT_EQ(m->qd[1].name.text, "a.a.");
    EXPECT_EQ(m->qd[126].name.mark, DnsNameMark::none);      // 127 labels: 254 characters
    EXPECT_EQ(m->qd[127].name.mark, DnsNameMark::too_long);  // 128 labels: 256
    EXPECT_EQ(m->qd[199].name.mark, DnsNameMark::too_long);
    const std::string text = summary_of(bytes);
    EXPECT_TRUE(text.ends_with(".a.a.<DOMAIN NAME TOO LONG> (1611)")) << text.substr(text.size() - 60);
}

TEST(Dns, ShortMessages) {
    EXPECT_EQ(summary_of(udp_frame("99cc818000")), "10.0.0.1.40000 > 10.0.0.2.53: domain [length 5 < 12] (invalid)");
    EXPECT_EQ(summary_of(udp_frame("")), "10.0.0.1.40000 > 10.0.0.2.53: domain [length 0 < 12] (invalid)");
    auto f = decode(udp_frame("99cc818000"));
    EXPECT_EQ(test::presence_of<DnsLayer>(*f), Presence::partial);
    EXPECT_NE(f->malformed, nullptr);
}

// Where a capture ends inside the message, tcpdump's text for it.
TEST(Dns, Cuts) {
    auto a = from_hex(kAResponse);
    const auto wire = static_cast<std::uint32_t>(a.size());
    auto at = [&](std::size_t caplen) {
        std::string line = line_of(prefix(a, caplen), wire);
        return line.substr(line.find("10.16.1.1.53"));
    };
    EXPECT_EQ(at(50), "10.16.1.1.53 > 10.16.1.11.60922:  [|domain]");
    EXPECT_EQ(at(54), "10.16.1.1.53 > 10.16.1.11.60922: 39372 [|domain]");
    // The answer's fixed part cut: tcpdump skips it without a mark (it was the last one).
    EXPECT_EQ(at(100), "10.16.1.1.53 > 10.16.1.11.60922: 39372 1/0/0 (74)");
    EXPECT_EQ(at(112), "10.16.1.1.53 > 10.16.1.11.60922: 39372 1/0/0 A [|domain]");
    auto q = from_hex(kTxtQuery);
    std::string line = line_of(prefix(q, 66), static_cast<std::uint32_t>(q.size()));
    EXPECT_TRUE(line.ends_with(": 28243+ [1au] [|domain]"));
    line = line_of(prefix(q, 70), static_cast<std::uint32_t>(q.size()));
    EXPECT_TRUE(line.ends_with(": 28243+ [1au] TXT? google.com. (39)"));
}

// Every frame cut at every byte: no read past the capture (the sanitizer build checks), a line,
// JSON and a tree for each, and the DNS layer's text ends where tcpdump's does.
TEST(Dns, EveryCut) {
    for (std::string_view hex : {kTxtQuery, kTxtResponse, kAResponse, kSrvResponse, kMdnsQuery, kMdnsResponse,
                                 kTcpQuery}) {
        auto bytes = from_hex(hex);
        const auto wire = static_cast<std::uint32_t>(bytes.size());
        for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
            std::string line = line_of(prefix(bytes, cut), wire);
            EXPECT_FALSE(line.empty());
            EXPECT_FALSE(json_of(prefix(bytes, cut), wire).empty());
            EXPECT_FALSE(tree_of(prefix(bytes, cut), wire).empty());
            auto f = decode(prefix(bytes, cut), wire);
            if (const DnsLayer* m = dns_of(*f); m != nullptr && cut < bytes.size()) {
                EXPECT_TRUE(line.ends_with("[|domain]") || line.ends_with(")")) << line;
            }
        }
    }
}

TEST(Dns, Tree) {
    std::string tree = tree_of(from_hex(kAResponse));
    EXPECT_TRUE(contains(tree, "\n    Domain Name System\n        Transaction ID: 0x99cc"));
    EXPECT_TRUE(contains(tree, "\n        Answer\n            Name: textsecure-service-ca.whispersystems.org"
                               "\n            Type: A (1)\n            Class: IN (0x0001)"));
    EXPECT_TRUE(contains(tree, "\n            Data: 34.197.178.240"));
}

}  // namespace
}  // namespace tapsniff
