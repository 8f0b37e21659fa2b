// Unit tests for the SCTP home (src/proto/sctp): a real INIT, bundled chunks, SACK gap blocks, the
// chunk length checks tcpdump makes, every cut, JSON.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/sctp/sctp.hpp"
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

// IPv4 10.0.0.1 > 10.0.0.2 around an SCTP packet (ports 2905, tag 0) with these chunks.
std::vector<std::byte> sctp(std::string_view chunks) {
    auto body = from_hex(chunks);
    auto bytes = from_hex("020000000002 020000000001 0800 45000000000100004084 0000 0a000001 0a000002"
                          "0b590b59 00000000 00000000");
    const std::size_t total = 20 + 12 + body.size();
    bytes[16] = static_cast<std::byte>(total >> 8);
    bytes[17] = static_cast<std::byte>(total & 0xff);
    bytes.insert(bytes.end(), body.begin(), body.end());
    return bytes;
}

TEST(Sctp, RealInit) {
    auto bytes = from_hex(tf::kSctpInit);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 sctp");
    const SctpLayer* s = f->find<SctpLayer>();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->chunk_count, 1U);
    ASSERT_NE(s->first_chunk, nullptr);
    EXPECT_EQ(s->first_chunk->init_tag, 3714634557U);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kSctpInitText);
    EXPECT_TRUE(contains(json_of(bytes), "\"sctp\":{\"srcport\":2906,\"dstport\":6303,\"verification_tag\":\"0x00000000\","
                                         "\"checksum\":\"0xd3cccfc9\",\"chunks\":[{\"chunk_type\":1,\"chunk_flags\":\"0x00\","
                                         "\"chunk_length\":32,\"initiate_tag\":3714634557}]}"));
}

TEST(Sctp, BundledChunksAndSack) {
    EXPECT_EQ(after_link(line_of(sctp("0a000010 636f6f6b6965636f6f6b6965 00030014 00000064 0000 0000 00000003 6d337561"))),
              "10.0.0.1.2905 > 10.0.0.2.2905: sctp (1) [COOKIE ECHO] , (2) [DATA] (B)(E) [TSN: 100] [SID: 0] [SSEQ 0] "
              "[PPID M3UA] ");
    EXPECT_EQ(after_link(line_of(sctp("0300001c 00000064 000003e8 0002 0001 00020003 00050006 00000063"))),
              "10.0.0.1.2905 > 10.0.0.2.2905: sctp (1) [SACK] [cum ack 100] [a_rwnd 1000] [#gap acks 2] [#dup tsns 1] "
              "\n\t\t[gap ack block #1: start = 102, end = 103] \n\t\t[gap ack block #2: start = 105, end = 106] "
              "\n\t\t[dup TSN #1: 99] ");
}

TEST(Sctp, ChunkLengthChecks) {
    EXPECT_EQ(after_link(line_of(sctp("00030002"))),
              "10.0.0.1.2905 > 10.0.0.2.2905: sctp (1) [Bad chunk length 2, < size of chunk descriptor]");
    EXPECT_EQ(after_link(line_of(sctp("0003000800000001"))),
              "10.0.0.1.2905 > 10.0.0.2.2905: sctp (1) [DATA] (B)(E) bogus chunk length 8]");
    EXPECT_EQ(after_link(line_of(sctp("0003"))),
              "10.0.0.1.2905 > 10.0.0.2.2905: sctp (1) [chunk descriptor cut off at end of packet]");
    EXPECT_STREQ(decode(sctp("00030002"))->malformed, "sctp chunk length");
    auto tiny = from_hex("020000000002 020000000001 0800 450000170001000040840000 0a000001 0a000002 0b590b");
    EXPECT_EQ(after_link(line_of(tiny)), "truncated-sctp - 9 bytes missing!");
}

TEST(Sctp, CutAtEveryByte) {
    auto bytes = from_hex(tf::kSctpInit);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 34; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 46) {
            EXPECT_EQ(text, " [|sctp]") << cut;
        } else if (cut < 78) {
            EXPECT_EQ(text, "10.173.48.13.2906 > 88.82.6.134.6303: sctp [|sctp]") << cut;
        } else {
            EXPECT_EQ(text, tf::kSctpInitText) << cut;
        }
        if (cut < 78) {
            EXPECT_STREQ(f->truncated, "sctp") << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
