// Unit tests for the TCP home (src/proto/tcp): a Linux SYN with options, option values, flags,
// relative numbers, bad data offsets, every cut, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/tcp/tcp_conversations.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::line_of;
using test::presence_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace ipf = test::ipframes;

constexpr std::string_view kSynText =
    "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [mss 1460,sackOK,TS val 1 ecr 0,"
    "nop,wscale 7], length 0";

// A SYN like kSyn with the options [scps cap 12 id 5, tcp-ao keyid 3 rnextkeyid 4 mac 0xaabb, exp-1234,
// exp-tfo cookiereq, nop, nop]; checksums correct.
constexpr std::string_view kSynOddOptions =
    "02000000000202000000000108004500003c00050000400666b50a0000010a0000029c41afc9000003e800000000a002faf00750"
    "0000140412051d060304aabbfe041234fe04f9890101";

const TcpLayer* tcp_of(const DecodedFrame& f) { return f.find<TcpLayer>(); }

TEST(Tcp, SynWithOptions) {
    auto bytes = from_hex(ipf::kSyn);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 tcp");
    const TcpLayer* t = f->get<TcpLayer>(2);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(f->layers()[2].presence, Presence::complete);
    EXPECT_EQ(t->status, TcpStatus::ok);
    EXPECT_EQ(t->sport, 40001);
    EXPECT_EQ(t->dport, 45001);
    EXPECT_EQ(t->seq, 1000U);
    EXPECT_EQ(t->ack, 0U);
    EXPECT_EQ(t->flags, tcp_flag::syn);
    EXPECT_EQ(t->window, 64240);
    EXPECT_EQ(t->header_len(), 40U);
    EXPECT_EQ(t->ip_len, 40U);
    ASSERT_EQ(t->options.size(), 5U);
    EXPECT_EQ(t->options[0].kind, tcp_option::mss);
    EXPECT_EQ(t->options[0].len, 4);
    EXPECT_EQ(t->options[0].value[0], 1460U);
    EXPECT_EQ(t->options[1].kind, tcp_option::sack_ok);
    EXPECT_EQ(t->options[2].kind, tcp_option::timestamp);
    EXPECT_EQ(t->options[2].value[0], 1U);
    EXPECT_EQ(t->options[2].value[1], 0U);
    EXPECT_EQ(t->options[3].kind, tcp_option::nop);
    EXPECT_EQ(t->options[3].len, 1);
    EXPECT_EQ(t->options[4].kind, tcp_option::wscale);
    EXPECT_EQ(t->options[4].value[0], 7U);
    for (const TcpOption& o : t->options) EXPECT_EQ(o.end, TcpOptEnd::ok);
    EXPECT_FALSE(t->options_cut);
    EXPECT_FALSE(t->options_bad);
    EXPECT_TRUE(t->payload.empty());
    EXPECT_EQ(t->checksum.state, Checksum::State::correct);
    EXPECT_EQ(t->checksum.value, 0xe918);
    // Without a conversation table the numbers are shown as they are.
    EXPECT_EQ(t->seq_shown, 1000U);
    EXPECT_EQ(t->ack_shown, 0U);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), kSynText);
}

// The options whose values are two bytes (SCPS, TCP-AO) or a 16-bit magic (the experiment option).
TEST(Tcp, OptionValues) {
    auto bytes = from_hex(kSynOddOptions);
    auto f = decode(bytes);
    const TcpLayer* t = tcp_of(*f);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->checksum.state, Checksum::State::correct);
    ASSERT_EQ(t->options.size(), 6U);
    const TcpOption& scps = t->options[0];
    EXPECT_EQ(scps.kind, tcp_option::scps);
    EXPECT_EQ(scps.value[0], 0x12U);  // capabilities
    EXPECT_EQ(scps.value[1], 5U);     // connection id
    const TcpOption& ao = t->options[1];
    EXPECT_EQ(ao.kind, tcp_option::tcp_ao);
    EXPECT_EQ(ao.len, 6);
    EXPECT_EQ(ao.value[0], 3U);  // key id
    EXPECT_EQ(ao.value[1], 4U);  // next key id
    EXPECT_EQ(ao.data.size(), 4U);
    const TcpOption& exp = t->options[2];
    EXPECT_EQ(exp.kind, tcp_option::experiment);
    EXPECT_EQ(exp.value[0], 0x1234U);
    EXPECT_EQ(t->options[3].value[0], 0xf989U);  // TCP Fast Open's magic
    EXPECT_EQ(t->options[3].data.size(), 2U);
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [scps cap 12 id 5,tcp-ao "
              "keyid 3 rnextkeyid 4 mac 0xaabb,exp-1234,exp-tfo cookiereq,nop,nop], length 0");
}

TEST(Tcp, CutInsideTheOptions) {
    auto bytes = from_hex(ipf::kSyn);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string head = "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [";
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 54), wire)), head + " [|tcp]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 57), wire)), head + "mss [|tcp]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 58), wire)), head + "mss 1460, [|tcp]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 63), wire)), head + "mss 1460,sackOK,TS [|tcp]>");

    // The kind/length not captured: no option for it, and the list is cut.
    auto at_kind = decode(prefix(bytes, 54), wire);
    ASSERT_NE(tcp_of(*at_kind), nullptr);
    EXPECT_TRUE(tcp_of(*at_kind)->options_cut);
    EXPECT_TRUE(tcp_of(*at_kind)->options.empty());
    // The data of an option cut: the option is kept, marked cut.
    auto in_mss = decode(prefix(bytes, 57), wire);
    ASSERT_NE(tcp_of(*in_mss), nullptr);
    ASSERT_EQ(tcp_of(*in_mss)->options.size(), 1U);
    EXPECT_EQ(tcp_of(*in_mss)->options[0].end, TcpOptEnd::cut);
    EXPECT_EQ(tcp_of(*in_mss)->options[0].data_ok, 1);
    EXPECT_EQ(presence_of<TcpLayer>(*in_mss), Presence::truncated);
}

TEST(Tcp, CutAtEveryByte) {
    auto bytes = from_hex(ipf::kSyn);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 34; cut < bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f->truncated, "tcp") << cut;
        const TcpLayer* t = tcp_of(*f);
        ASSERT_NE(t, nullptr) << cut;
        if (cut < 38) {
            EXPECT_EQ(t->status, TcpStatus::ports_cut) << cut;
            EXPECT_EQ(presence_of<TcpLayer>(*f), Presence::partial) << cut;
        } else if (cut < 54) {
            EXPECT_EQ(t->status, TcpStatus::header_cut) << cut;
            EXPECT_EQ(presence_of<TcpLayer>(*f), Presence::partial) << cut;
        } else {
            EXPECT_EQ(t->status, TcpStatus::ok) << cut;
            EXPECT_EQ(presence_of<TcpLayer>(*f), Presence::truncated) << cut;
            EXPECT_EQ(t->checksum.state, Checksum::State::unverified) << cut;
        }
        std::string line = line_of(prefix(bytes, cut), wire);
        EXPECT_TRUE(line.ends_with(" [|tcp]") || line.ends_with(" [|tcp]>")) << cut << " " << line;
    }
}

TEST(Tcp, DataOffsetBelowFive) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[46] = std::byte{0x40};
    auto f = decode(bytes);
    ASSERT_NE(tcp_of(*f), nullptr);
    EXPECT_EQ(tcp_of(*f)->status, TcpStatus::offset_short);
    EXPECT_EQ(presence_of<TcpLayer>(*f), Presence::malformed);
    EXPECT_STREQ(f->malformed, "tcp data offset < 5");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40001 > 10.0.0.2.45001:  tcp 24 [bad hdr length 16 - too short, < 20]");
}

TEST(Tcp, DataOffsetBeyondTheSegment) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[46] = std::byte{0xf0};
    auto f = decode(bytes);
    ASSERT_NE(tcp_of(*f), nullptr);
    EXPECT_EQ(tcp_of(*f)->status, TcpStatus::offset_long);
    EXPECT_EQ(presence_of<TcpLayer>(*f), Presence::malformed);
    EXPECT_STREQ(f->malformed, "tcp header beyond segment");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S] [bad hdr length 60 - too long, > 40]");
}

TEST(Tcp, OptionLengthTooShortIsBad) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[55] = std::byte{1};  // mss length 1
    auto f = decode(bytes);
    const TcpLayer* t = tcp_of(*f);
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->options_bad);
    ASSERT_EQ(t->options.size(), 1U);
    EXPECT_EQ(t->options[0].end, TcpOptEnd::bad_len);
    EXPECT_EQ(presence_of<TcpLayer>(*f), Presence::malformed);
    EXPECT_STREQ(f->malformed, "tcp bad option");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "10.0.0.1.40001 > 10.0.0.2.45001: Flags [S], seq 1000, win 64240, options [[bad opt]");
}

TEST(Tcp, AllFlagLetters) {
    auto bytes = from_hex(ipf::kSyn);
    bytes[47] = std::byte{0xff};
    std::string line = line_of(bytes);
    EXPECT_NE(line.find("Flags [FSRP.UEW]"), std::string::npos) << line;
    ASSERT_NE(tcp_of(*decode(bytes)), nullptr);
    EXPECT_EQ(tcp_of(*decode(bytes))->flags, 0xff);
}

// With a conversation table, numbers after the first acknowledged segment are relative (tcpdump
// without -S); the same frames without one show the numbers on the wire.
TEST(Tcp, RelativeNumbersWithAConversationTable) {
    // 10.0.0.1.40001 > 10.0.0.2.45001: Flags [.], seq 1001, ack 5001, then Flags [P.], seq 1101, ack 5001
    auto first = from_hex(ipf::kSyn);
    auto second = from_hex(ipf::kSyn);
    auto put32 = [](std::vector<std::byte>& b, std::size_t at, std::uint32_t v) {
        for (std::size_t i = 0; i < 4; ++i) b[at + i] = static_cast<std::byte>(v >> (24U - 8U * i));
    };
    put32(first, 38, 1001);
    put32(first, 42, 5001);
    first[47] = std::byte{tcp_flag::ack};
    put32(second, 38, 1101);
    put32(second, 42, 5001);
    second[47] = std::byte{tcp_flag::ack | tcp_flag::psh};

    TcpConversations conversations;
    DecodeOptions options;
    options.tcp_conversations = &conversations;
    DecodedFrame f;
    decode_frame(test::view(first), static_cast<std::uint32_t>(first.size()), LinkType::ethernet, options, f);
    ASSERT_NE(f.find<TcpLayer>(), nullptr);
    EXPECT_EQ(f.find<TcpLayer>()->seq_shown, 1001U);  // first sight: as it is
    EXPECT_EQ(f.find<TcpLayer>()->ack_shown, 5001U);
    EXPECT_EQ(conversations.size(), 1U);
    decode_frame(test::view(second), static_cast<std::uint32_t>(second.size()), LinkType::ethernet, options, f);
    ASSERT_NE(f.find<TcpLayer>(), nullptr);
    EXPECT_EQ(f.find<TcpLayer>()->seq, 1101U);
    EXPECT_EQ(f.find<TcpLayer>()->seq_shown, 100U);
    EXPECT_EQ(f.find<TcpLayer>()->ack_shown, 1U);
    EXPECT_EQ(conversations.size(), 1U);

    auto plain = decode(second);
    ASSERT_NE(tcp_of(*plain), nullptr);
    EXPECT_EQ(tcp_of(*plain)->seq_shown, 1101U);
    EXPECT_EQ(tcp_of(*plain)->ack_shown, 5001U);
}

// --- The -v tree ---

TEST(TcpTree, HeaderAndOptions) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kSyn)),
                         "\n    Transmission Control Protocol"
                         "\n        Source Port: 40001"
                         "\n        Destination Port: 45001"
                         "\n        Sequence Number: 1000"
                         "\n        Acknowledgment Number: 0"
                         "\n        Window: 64240"
                         "\n        Header Length: 40 bytes"
                         "\n        Flags: 0x002 (SYN)"
                         "\n        Checksum: 0xe918 [correct]"
                         "\n        Urgent Pointer: 0"
                         "\n        Option"
                         "\n            Kind: mss (2)"
                         "\n            Length: 4"
                         "\n            Value: 1460"
                         "\n        Option"
                         "\n            Kind: sackOK (4)"
                         "\n            Length: 2"
                         "\n        Option"
                         "\n            Kind: TS (8)"
                         "\n            Length: 10"
                         "\n        Option"
                         "\n            Kind: nop (1)"
                         "\n            Length: 1"
                         "\n        Option"
                         "\n            Kind: wscale (3)"
                         "\n            Length: 3"
                         "\n            Value: 7"));
}

TEST(TcpTree, FlagNames) {
    auto synack = from_hex(ipf::kSyn);
    synack[47] = std::byte{tcp_flag::syn | tcp_flag::ack};
    EXPECT_TRUE(contains(tree_of(synack), "\n        Flags: 0x012 (SYN, ACK)"));
    auto all = from_hex(ipf::kSyn);
    all[47] = std::byte{0xff};
    EXPECT_TRUE(contains(tree_of(all), "\n        Flags: 0x0ff (FIN, SYN, RST, PSH, ACK, URG, ECE, CWR)"));
    auto none = from_hex(ipf::kSyn);
    none[47] = std::byte{0};
    EXPECT_TRUE(contains(tree_of(none), "\n        Flags: 0x000\n"));
}

TEST(TcpTree, Checksums) {
    auto bad = from_hex(ipf::kSyn);
    bad[50] = std::byte{0x12};
    bad[51] = std::byte{0x34};
    EXPECT_TRUE(contains(tree_of(bad), "\n        Checksum: 0x1234 [incorrect, should be 0xe918]"));
    auto cut = from_hex(ipf::kSyn);
    EXPECT_TRUE(contains(tree_of(prefix(cut, 60), static_cast<std::uint32_t>(cut.size())),
                         "\n        Checksum: 0xe918 [unverified]"));
}

TEST(TcpTree, CutHeaderHasNoHeading) {
    auto bytes = from_hex(ipf::kSyn);
    const std::string t = tree_of(prefix(bytes, 40), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(t.find("Transmission Control Protocol"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n    [Truncated: tcp]")) << t;
}

}  // namespace
}  // namespace tapsniff
