// Unit tests for RESP (Redis, TCP 6379) as tcpdump 4.99.3's print-resp.c shows it: real frames,
// every item kind, pipelining and nesting, its " [|resp]" for anything cut or not RESP, and a cut at
// every byte.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/resp/resp.hpp"

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

// Zeek's redis-50-pings (AUTH, +OK, a pipelined CLIENT SETINFO) and tcpdump's babel_update_oobr.pcap
// (port 6379 by chance: a cut capture, bytes with the high bit set).
constexpr Case kReal[] = {
    {"00000000000000000000000008004500004c68a940004006d4007f0000017f000001ea3218eb4115a18afbcfcd5a80180200802c00000101080ab7c7d75db7c7d75d2a320d0a24340d0a415554480d0a24340d0a7a65656b0d0a",
     90, "127.0.0.1.59954 > 127.0.0.1.6379: Flags [P.], seq 1091936650:1091936674, ack 4224699738, win 512, options [nop,nop,TS val 3083327325 ecr 3083327325], length 24: RESP \"AUTH\" \"zeek\""},
    {"00000000000000000000000008004500003975b440004006c7087f0000017f00000118ebea32fbcfcd5a4115a1a280180200290500000101080ab7c7d75eb7c7d75d2b4f4b0d0a",
     71, "127.0.0.1.6379 > 127.0.0.1.59954: Flags [P.], seq 4224699738:4224699743, ack 1091936674, win 512, options [nop,nop,TS val 3083327326 ecr 3083327325], length 5: RESP \"OK\""},
    {"00000000000000000000000008004500006968ac40004006d3e07f0000017f000001ea3218eb4115a1dbfbcfcd6480180200f54000000101080ab7c7d75eb7c7d75e2a340d0a24360d0a434c49454e540d0a24370d0a534554494e464f0d0a24370d0a4c49422d5645520d0a24350d0a352e302e380d0a",
     119, "127.0.0.1.59954 > 127.0.0.1.6379: Flags [P.], seq 1091936731:1091936784, ack 4224699748, win 512, options [nop,nop,TS val 3083327326 ecr 3083327326], length 53: RESP \"CLIENT\" \"SETINFO\" \"LIB-VER\" \"5.0.8\""},
    {"13ffffffffff80010101010108004500003e209d0000fc060e060603daff00011f6318eb027fa3ffffec3c00100059b2b2b2b2b764b2b2b2b2b200000080000000001dff7f",
     76, "6.3.218.255.6379 > 0.1.31.99.639: Flags [S.UW], seq 2751463404:2751463426, ack 1006637056, win 45746, urg 25778, length 22: RESP [|resp]"},
    {"13ffffffffff80010101010108004500003e209d0000fc060e060603d0ff00011f6318eb027fa3ffffec3c001c0059b2b2b2b2b764b2b2b2b2b2b2b764b2b2b2b2b20d0d00",
     76, "6.3.208.255.6379 > 0.1.31.99.639: Flags [S.UW], seq 2751463404:2751463426, ack 1006640128, win 45746, urg 25778, length 22: RESP \"M-2M-2M-2M-2M-2M-7dM-2M-2M-2M-2M-2\" [|resp]"},
};

// tests/golden/gen/tcpapp.py: arrays, simple strings, errors, integers, null and empty, inline
// commands, invalid, negative and too large lengths, elements missing, a bulk string followed by
// bytes before its CR LF, binary bytes, and cuts.
constexpr Case kForms[] = {
    {"02000000000202000000000108004500003d00010000400666b80a0000010a0000029c4018eb000003e8000007d0501801f6216e00002a320d0a24340d0a494e43520d0a24310d0a7a0d0a",
     75, "10.0.0.1.40000 > 10.0.0.2.6379: Flags [P.], seq 1000:1021, ack 2000, win 502, length 21: RESP \"INCR\" \"z\""},
    {"02000000000202000000000108004500004200010000400666b30a0000010a00000218eb9c40000003e8000007d0501801f689d400002b4f4b0d0a2d45525220756e6b6e6f776e0d0a3a313030300d0a",
     80, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1026, ack 2000, win 502, length 26: RESP \"OK\" \"ERR unknown\" \"1000\""},
    {"02000000000202000000000108004500003c00010000400666b90a0000010a00000218eb9c40000003e8000007d0501801f6c9be0000242d310d0a2a2d310d0a2a300d0a24300d0a0d0a",
     74, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1020, ack 2000, win 502, length 20: RESP null null empty empty"},
    {"02000000000202000000000108004500003900010000400666bc0a0000010a0000029c4018eb000003e8000007d0501801f6ea08000050494e470d0a50494e470a50494e470d0a",
     71, "10.0.0.1.40000 > 10.0.0.2.6379: Flags [P.], seq 1000:1017, ack 2000, win 502, length 17: RESP \"PING\" \"PING\" \"PING\""},
    {"02000000000202000000000108004500003000010000400666c50a0000010a0000029c4018eb000003e8000007d0501801f6204400000d0a50494e470d0a",
     62, "10.0.0.1.40000 > 10.0.0.2.6379: Flags [P.], seq 1000:1008, ack 2000, win 502, length 8: RESP \"PING\""},
    {"02000000000202000000000108004500005000010000400666a50a0000010a00000218eb9c40000003e8000007d0501801f6a1f2000024780d0a242d350d0a2439393939393939393939390d0a24323134373438333634380d0a24350d58",
     94, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1040, ack 2000, win 502, length 40: RESP invalid \"$-5\" length too large length too large invalid"},
    {"02000000000202000000000108004500002f00010000400666c60a0000010a00000218eb9c40000003e8000007d0501801f6184a00002431300d0a6162",
     61, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1007, ack 2000, win 502, length 7: RESP [|resp]"},
    {"02000000000202000000000108004500003300010000400666c20a0000010a00000218eb9c40000003e8000007d0501801f6056000002a330d0a24310d0a610d0a",
     65, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1011, ack 2000, win 502, length 11: RESP \"a\" [|resp]"},
    {"02000000000202000000000108004500003d00010000400666b80a0000010a00000218eb9c40000003e8000007d0501801f61e5f00002a320d0a2a310d0a3a310d0a24330d0a017fc80d0a",
     75, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1021, ack 2000, win 502, length 21: RESP \"1\" \"^A^?M-H\""},
    {"02000000000202000000000108004500003300010000400666c20a0000010a00000218eb9c40000003e8000007d0501801f67fe0000024330d0a61626358590d0a",
     65, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1011, ack 2000, win 502, length 11: RESP \"abc\""},
    {"02000000000202000000000108004500002f00010000400666c60a0000010a00000218eb9c40000003e8000007d0501801f674ec00002b6e6f20656e64",
     61, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1007, ack 2000, win 502, length 7: RESP [|resp]"},
    {"02000000000202000000000108004500002c00010000400666c90a0000010a00000218eb9c40000003e8000007d0501801f63a5c000050494e47",
     58, "10.0.0.1.6379 > 10.0.0.2.40000: Flags [P.], seq 1000:1004, ack 2000, win 502, length 4: RESP [|resp]"},
    {"02000000000202000000000108004500003600010000400666bf0a0000010a0000029c4018eb000003e8000007d0501801f6c4ce00002a310d0a24340d0a50",
     68, "10.0.0.1.40000 > 10.0.0.2.6379: Flags [P.], seq 1000:1014, ack 2000, win 502, length 14: RESP [|resp]"},
};

TEST(Resp, RealFrames) {
    for (std::size_t i = 0; i < std::size(kReal); ++i) {
        auto bytes = from_hex(kReal[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kReal[i].wire_len)), kReal[i].text) << i;
    }
}

TEST(Resp, EveryForm) {
    for (std::size_t i = 0; i < std::size(kForms); ++i) {
        auto bytes = from_hex(kForms[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kForms[i].wire_len)), kForms[i].text) << i;
    }
}

TEST(Resp, Items) {
    auto f = decode(from_hex(kReal[0].hex));  // *2 $4 AUTH $4 zeek
    const RespLayer* r = f->find<RespLayer>();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(test::presence_of<RespLayer>(*f), Presence::complete);
    ASSERT_EQ(r->count, 2U);
    EXPECT_EQ(r->items[0].kind, RespKind::text);
    EXPECT_EQ(r->items[0].length, 4U);
    EXPECT_FALSE(r->cut);
    EXPECT_TRUE(test::contains(test::json_of(from_hex(kReal[0].hex)), R"("resp":{})"));
}

// Every element of the array must be there: any cut ends with " [|resp]", after the items read.
TEST(Resp, CutAtEveryByte) {
    auto bytes = from_hex(kReal[0].hex);  // payload at 66: "*2\r\n$4\r\nAUTH\r\n$4\r\nzeek\r\n"
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 66; cut < bytes.size(); ++cut) {
        const std::string line = line_of(prefix(bytes, cut), wire);
        // A bulk string is printed once its bytes are there, before tcpdump looks for its CR LF.
        const std::string items = cut < 78 ? "" : cut < 88 ? " \"AUTH\"" : " \"AUTH\" \"zeek\"";
        EXPECT_TRUE(line.ends_with("length 24: RESP" + items + " [|resp]")) << cut << ": " << line;
        auto f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f->truncated, "resp") << cut;
        EXPECT_EQ(test::presence_of<RespLayer>(*f), Presence::truncated) << cut;
    }
}

// A deep nest of arrays is parsed without recursion: each header only adds to the elements owed.
TEST(Resp, DeepNestingIsIterative) {
    auto bytes = from_hex(kReal[0].hex);
    bytes.resize(66);
    std::string payload;
    for (int i = 0; i < 300; ++i) payload += "*1\r\n";
    payload += ":7\r\n";
    for (char c : payload) bytes.push_back(static_cast<std::byte>(c));
    const std::size_t ip_len = bytes.size() - 14;  // the IPv4 total length
    bytes[16] = static_cast<std::byte>(ip_len >> 8U);
    bytes[17] = static_cast<std::byte>(ip_len & 0xffU);
    const std::string line = line_of(test::view(bytes), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_TRUE(line.ends_with("RESP \"7\"")) << line;
}

}  // namespace
}  // namespace tapsniff
