// Unit tests for format_json: exact objects for known frames, and well-formed output for any bytes.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "frame_checks.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ip_test_frames.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "tapsniff/decode.hpp"
#include "tapsniff/render.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::json_of;
using test::prefix;
using test::view;
namespace frames = test::frames;

// Expected objects follow the schema in ../shared/spec/interface.md; each "summary" is the text of
// tcpdump 4.99.3's line after the Ethernet part.

TEST(Json, ArpRequest) {
    EXPECT_EQ(json_of(from_hex(frames::kArpRequest), 1, Timestamp{1732449600, 123456}),
              R"({"n":1,"ts":1732449600.123456,"len":42,"caplen":42,)"
              R"("eth":{"src":"02:42:ac:11:00:02","dst":"ff:ff:ff:ff:ff:ff","type":"0x0806"},)"
              R"("arp":{"htype":1,"ptype":"0x0800","hlen":6,"plen":4,"op":1,)"
              R"("sha":"02:42:ac:11:00:02","spa":"172.17.0.2","tha":"00:00:00:00:00:00","tpa":"172.17.0.1"},)"
              R"("summary":"Request who-has 172.17.0.1 tell 172.17.0.2, length 28"})");
}

TEST(Json, VlanArpWithDei) {
    EXPECT_EQ(json_of(from_hex(frames::kVlanDeiArp), 2, Timestamp{1732449600, 7}),
              R"({"n":2,"ts":1732449600.000007,"len":46,"caplen":46,)"
              R"("eth":{"src":"02:00:00:00:00:01","dst":"ff:ff:ff:ff:ff:ff","type":"0x0806",)"
              R"("vlan":[{"tpid":"0x8100","id":100,"pcp":3,"dei":1}]},)"
              R"("arp":{"htype":1,"ptype":"0x0800","hlen":6,"plen":4,"op":1,)"
              R"("sha":"02:00:00:00:00:01","spa":"10.0.0.1","tha":"00:00:00:00:00:00","tpa":"10.0.0.2"},)"
              R"("summary":"Request who-has 10.0.0.2 tell 10.0.0.1, length 28"})");
}

TEST(Json, TruncatedArp) {
    auto bytes = from_hex(frames::kArpRequest);
    EXPECT_EQ(json_of(prefix(bytes, 30), 42, 3, Timestamp{1732449600, 1}),
              R"({"n":3,"ts":1732449600.000001,"len":42,"caplen":30,)"
              R"("eth":{"src":"02:42:ac:11:00:02","dst":"ff:ff:ff:ff:ff:ff","type":"0x0806"},)"
              R"("arp":{"htype":1,"ptype":"0x0800","hlen":6,"plen":4,"op":1},)"
              R"("truncated":"arp","summary":"[|arp]"})");
}

TEST(Json, QinqTagsOutermostFirst) {
    std::string out = json_of(from_hex(frames::kQinqArp));
    EXPECT_NE(out.find(R"("vlan":[{"tpid":"0x88a8","id":100,"pcp":0,"dei":0},)"
                       R"({"tpid":"0x8100","id":10,"pcp":5,"dei":0}])"),
              std::string::npos)
        << out;
}

TEST(Json, MalformedAndShortFrames) {
    std::string hlen0 = json_of(from_hex("ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001"));
    EXPECT_NE(hlen0.find(R"("sha":"","spa":"172.17.0.2","tha":"","tpa":"172.17.0.1"})"), std::string::npos) << hlen0;
    EXPECT_NE(hlen0.find(R"(,"malformed":"arp hlen 0",)"), std::string::npos) << hlen0;

    // Under 14 bytes there is no "eth" key; the summary is tcpdump's mark without its leading space.
    auto bytes = from_hex(frames::kArpRequest);
    EXPECT_EQ(json_of(prefix(bytes, 5), 42, 9, Timestamp{5, 0}),
              R"({"n":9,"ts":5.000000,"len":42,"caplen":5,"truncated":"ether","summary":"[|ether]"})");
    // A VLAN tag cut short: no "type" yet.
    std::string vlan = json_of(prefix(from_hex(frames::kQinqArp), 20), 50);
    EXPECT_NE(vlan.find(R"("eth":{"src":"02:42:ac:11:00:02","dst":"ff:ff:ff:ff:ff:ff","vlan":[)"), std::string::npos)
        << vlan;
    EXPECT_NE(vlan.find(R"("truncated":"vlan","summary":"[|vlan]"})"), std::string::npos) << vlan;
}

// A layer whose fixed header was cut (presence partial) has no object: only its mark remains.
TEST(Json, PartialLayersHaveNoObject) {
    auto bytes = from_hex(frames::kArpRequest);
    std::string out = json_of(prefix(bytes, 20), 42, 4, Timestamp{1732449600, 2});
    EXPECT_EQ(out,
              R"({"n":4,"ts":1732449600.000002,"len":42,"caplen":20,)"
              R"("eth":{"src":"02:42:ac:11:00:02","dst":"ff:ff:ff:ff:ff:ff","type":"0x0806"},)"
              R"("truncated":"arp","summary":"[|arp]"})");
}

// A known direction (live frames), seen from the interface, comes right after "caplen".
TEST(Json, LiveFramesHaveADirection) {
    auto bytes = from_hex(frames::kArpReply);
    auto f = test::decode(bytes);
    OutBuffer buf;
    format_json(*f, 7, Timestamp{1732449600, 5}, buf, Direction::out);
    EXPECT_TRUE(test::to_string(buf).starts_with(R"({"n":7,"ts":1732449600.000005,"len":42,"caplen":42,"dir":"out","eth":{)"))
        << test::to_string(buf);
    buf.clear();
    format_json(*f, 8, Timestamp{1732449600, 5}, buf, Direction::in);
    EXPECT_TRUE(test::to_string(buf).starts_with(R"({"n":8,"ts":1732449600.000005,"len":42,"caplen":42,"dir":"in","eth":{)"))
        << test::to_string(buf);
    buf.clear();
    format_json(*f, 9, Timestamp{1732449600, 5}, buf, Direction::unknown);
    EXPECT_EQ(test::to_string(buf).find("\"dir\""), std::string::npos) << test::to_string(buf);
}

// 802.3 frames: the length field is the "type" (there is no other), as a hex string.
TEST(Json, Dot3LengthIsTheType) {
    std::string out = json_of(from_hex(frames::kStpTest));
    EXPECT_NE(out.find(R"("eth":{"src":"00:1b:21:3a:4f:10","dst":"01:80:c2:00:00:00","type":"0x0011"},"summary":)"),
              std::string::npos)
        << out;
}

// The IP layers' objects, from real frames.
TEST(Json, IpLayers) {
    namespace ipf = test::ipframes;
    std::string j = json_of(from_hex(ipf::kSyn), 1, Timestamp{1, 0});
    EXPECT_NE(j.find(R"("ipv4":{"src":"10.0.0.1","dst":"10.0.0.2","proto":6,"ttl":64,"len":60})"), std::string::npos) << j;
    EXPECT_NE(j.find(R"("tcp":{"sport":40001,"dport":45001,"flags":"S","seq":1000,"ack":0,"win":64240})"),
              std::string::npos) << j;
    j = json_of(from_hex(ipf::kNeighborSolicit), 1, Timestamp{1, 0});
    EXPECT_NE(j.find(R"("ipv6":{"src":"fd00::1","dst":"ff02::1:ff00:2","next":58,"hlim":255,"len":32})"),
              std::string::npos) << j;
    EXPECT_NE(j.find(R"("icmp6":{"type":135,"code":0})"), std::string::npos) << j;
    j = json_of(from_hex(ipf::kUdp), 1, Timestamp{1, 0});
    EXPECT_NE(j.find(R"("udp":{"sport":40000,"dport":45000,"len":26})"), std::string::npos) << j;
}

// A tunnel's inner layers go into an "inner" object after the tunnel's own, one level per tunnel,
// so that no key repeats; the summary keeps the inner Ethernet part (it is not the frame's own).
TEST(Json, TunnelInnerLayersAreNested) {
    // IPv4 > GRE (TEB) > Ethernet > IPv4 > GRE > IPv4 > ICMP echo.
    auto bytes = from_hex(
        "020000000002 020000000001 0800 45000062000000004 02f0000c0000201c0000202 00006558"
        "020000000004 020000000003 0800 4500003c00000000402f0000c0000301c0000302 00000800"
        "450000240000000040010000c0000401c0000402 0800f7ff00000000 0000000000000000");
    const std::string j = json_of(bytes, 1, Timestamp{1, 0});
    EXPECT_NE(j.find(R"("ipv4":{"src":"192.0.2.1","dst":"192.0.2.2","proto":47,"ttl":64,"len":98},"gre":{)"
                     R"("flags_and_version":"0x0000","version":0,"proto":"0x6558"},"inner":{"eth":{"src":"02:00:00:00:00:03",)"
                     R"("dst":"02:00:00:00:00:04","type":"0x0800"},"ipv4":{"src":"192.0.3.1",)"),
              std::string::npos) << j;
    EXPECT_NE(j.find(R"("proto":"0x0800"},"inner":{"ipv4":{"src":"192.0.4.1","dst":"192.0.4.2","proto":1,"ttl":64,)"
                     R"("len":36},"icmp":{"type":8,"code":0}}},"summary":"192.0.2.1 > 192.0.2.2: GREv0, proto TEB (0x6558), )"
                     R"(length 78: 02:00:00:00:00:03 > 02:00:00:00:00:04, ethertype IPv4 (0x0800), length 74: )"),
              std::string::npos) << j;
    // A tunnel whose inner packet shows no layer (cut before its first header) opens no object.
    const std::string cut = json_of(prefix(bytes, 40), static_cast<std::uint32_t>(bytes.size()), 1, Timestamp{1, 0});
    EXPECT_EQ(cut.find("inner"), std::string::npos) << cut;
    EXPECT_NE(cut.find(R"("proto":"0x6558"},"truncated":"ether")"), std::string::npos) << cut;
}

// The unknown ARP operation's text line is followed by hex lines; the summary is the line alone.
TEST(Json, SummaryIsOneLine) {
    std::string out = json_of(from_hex(frames::kArpUnknownOp));
    EXPECT_NE(out.find(R"(,"summary":"Unknown (7) "})"), std::string::npos) << out;
    EXPECT_EQ(out.find('\n'), std::string::npos);
    EXPECT_EQ(out.find('\t'), std::string::npos);
}

// --- A small validator: one line, the expected frame, balanced brackets, escaped strings. ---

::testing::AssertionResult is_json_line(const std::string& s) {
    if (s.rfind("{\"n\":", 0) != 0) return ::testing::AssertionFailure() << "does not start with {\"n\": : " << s;
    if (s.empty() || s.back() != '}') return ::testing::AssertionFailure() << "does not end with } : " << s;
    std::vector<char> stack;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '\n') return ::testing::AssertionFailure() << "newline at " << i << ": " << s;
        if (c < 0x20 || c >= 0x7f) {
            return ::testing::AssertionFailure() << "raw byte 0x" << std::hex << unsigned{c} << " at " << std::dec
                                                 << i << ": " << s;
        }
        if (in_string) {
            if (c == '"') {
                in_string = false;
            } else if (c == '\\') {
                if (i + 1 >= s.size()) return ::testing::AssertionFailure() << "dangling escape: " << s;
                char e = s[++i];
                if (e == 'u') {
                    if (i + 4 >= s.size()) return ::testing::AssertionFailure() << "short \\u escape: " << s;
                    for (int k = 1; k <= 4; ++k) {
                        if (!std::isxdigit(static_cast<unsigned char>(s[i + k]))) {
                            return ::testing::AssertionFailure() << "bad \\u escape at " << i << ": " << s;
                        }
                    }
                    i += 4;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return ::testing::AssertionFailure() << "bad escape \\" << e << " at " << i << ": " << s;
                }
            }
            continue;
        }
        switch (c) {
            case '"': in_string = true; break;
            case '{': case '[': stack.push_back(static_cast<char>(c)); break;
            case '}':
            case ']': {
                char open = c == '}' ? '{' : '[';
                if (stack.empty() || stack.back() != open) {
                    return ::testing::AssertionFailure() << "unbalanced " << c << " at " << i << ": " << s;
                }
                stack.pop_back();
                if (stack.empty() && i + 1 != s.size()) {
                    return ::testing::AssertionFailure() << "text after the object at " << i << ": " << s;
                }
                break;
            }
            default: break;
        }
    }
    if (in_string) return ::testing::AssertionFailure() << "unterminated string: " << s;
    if (!stack.empty()) return ::testing::AssertionFailure() << "unclosed brackets: " << s;
    if (s.find(",\"summary\":\"") == std::string::npos) return ::testing::AssertionFailure() << "no summary: " << s;
    return ::testing::AssertionSuccess();
}

TEST(JsonValidator, RejectsBrokenLines) {
    EXPECT_TRUE(is_json_line(R"({"n":1,"summary":"a\u000ab"})"));
    EXPECT_FALSE(is_json_line(R"({"n":1,"summary":"a"})" "x"));
    EXPECT_FALSE(is_json_line("{\"n\":1,\"summary\":\"a\nb\"}"));
    EXPECT_FALSE(is_json_line("{\"n\":1,\"summary\":\"a\tb\"}"));
    EXPECT_FALSE(is_json_line(R"({"n":1,"x":[},"summary":""})"));
    EXPECT_FALSE(is_json_line(R"({"n":1,"summary":"\q"})"));
    EXPECT_FALSE(is_json_line(R"({"n":1,"summary":"}"})" "}"));
    EXPECT_FALSE(is_json_line(R"({"x":1,"summary":""})"));
}

TEST(Json, VlanArpAtEveryTruncationIsValid) {
    auto bytes = from_hex(frames::kVlanDeiArp);
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {46U, static_cast<std::uint32_t>(cut)}) {
            std::string out = json_of(prefix(bytes, cut), wire, cut + 1);
            EXPECT_TRUE(is_json_line(out)) << "cut " << cut << " wire " << wire;
            EXPECT_NE(out.find("\"truncated\":\""), std::string::npos) << out;
            EXPECT_NE(out.find(fmt::format("\"caplen\":{},", cut)), std::string::npos) << out;
        }
    }
}

// Random frames, mostly with a type the link-layer decoders act on. IP types are avoided: their
// JSON belongs to the IP decoders' tests.
std::vector<std::byte> random_frame(std::mt19937& rng) {
    std::vector<std::byte> f(rng() % 201);
    for (auto& b : f) b = static_cast<std::byte>(rng() & 0xffU);
    auto put16 = [&](std::size_t at, std::uint16_t v) {
        if (at + 1 < f.size()) {
            f[at] = static_cast<std::byte>(v >> 8U);
            f[at + 1] = static_cast<std::byte>(v & 0xffU);
        }
    };
    static constexpr std::uint16_t kTypes[] = {0x0806, 0x8035, 0x8100, 0x88a8, 0x9100, 0x0026, 0x05dc, 0x0000};
    unsigned shape = rng() % 10;
    if (shape < 8) put16(12, kTypes[shape]);
    if (shape == 2 || shape == 3) put16(16, kTypes[rng() % 2]);  // a tag, then ARP/RARP
    if (shape == 5 && rng() % 2 == 0) {                          // LLC/SNAP around ARP
        put16(14, 0xaaaa);
        if (f.size() > 16) f[16] = std::byte{0x03};
        put16(17, 0x0000);
        if (f.size() > 19) f[19] = std::byte{0x00};
        put16(20, 0x0806);
    }
    if ((shape == 0 || shape == 1) && f.size() > 19 && rng() % 2 == 0) {
        f[18] = std::byte{0x06};  // plausible ARP lengths and op
        f[19] = std::byte{0x04};
        put16(20, static_cast<std::uint16_t>(rng() % 12));
    }
    return f;
}

bool is_ip(const DecodedFrame& f) { return f.find<Ipv4Layer>() != nullptr || f.find<Ipv6Layer>() != nullptr; }

// The ARP decoder read at least the fixed header.
bool has_arp(const DecodedFrame& f) {
    auto presence = test::presence_of<ArpLayer>(f);
    return presence.has_value() && *presence != Presence::partial;
}

TEST(Json, RandomFramesAreValid) {
    std::mt19937 rng(20241124);
    int checked = 0;
    int with_arp = 0;
    for (int i = 0; i < 2000; ++i) {
        std::vector<std::byte> bytes = random_frame(rng);
        auto wire = static_cast<std::uint32_t>(bytes.size() + (rng() % 3 == 0 ? rng() % 100 : 0));
        auto f = test::decode(view(bytes), wire);
        if (is_ip(*f)) continue;
        with_arp += has_arp(*f) ? 1 : 0;
        OutBuffer buf;
        format_json(*f, static_cast<std::uint64_t>(i) + 1, Timestamp{1732449600 + i, static_cast<std::uint32_t>(i)},
                    buf);
        std::string out = test::to_string(buf);
        ASSERT_TRUE(is_json_line(out)) << "frame " << i << " len " << bytes.size();
        ++checked;
    }
    EXPECT_GT(checked, 1900);
    EXPECT_GT(with_arp, 100);  // the generator does reach the ARP decoder
}

}  // namespace
}  // namespace tapsniff
