// Unit tests for the ISAKMP home (src/proto/isakmp): IKEv1 headers with the initiator cookie cache
// (state across frames), RFC 3948 on port 4500, every cut and changed bytes, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "isakmp_frames.hpp"
#include "proto/isakmp/isakmp.hpp"
#include "proto/state.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
namespace kf = test::isakmp_frames;

std::string text_with_state(const std::vector<std::byte>& bytes, ProtocolState& state) {
    DecodedFrame frame;
    DecodeOptions options;
    options.state = &state;
    decode_frame(test::view(bytes), static_cast<std::uint32_t>(bytes.size()), LinkType::ethernet, options, frame);
    OutBuffer out;
    format_line(frame, true, out);
    return test::after_link(test::to_string(out));
}

TEST(Isakmp, InitiatorThenResponder) {
    EXPECT_EQ(test::text_of(kf::kIdent), "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident");
    EXPECT_TRUE(contains(test::json_of(from_hex(kf::kIdent.hex)),
                         "\"isakmp\":{\"ispi\":\"0xcf02326f14a95b93\",\"rspi\":\"0x0000000000000000\",\"nextpayload\":1,"
                         "\"version\":\"0x10\",\"exchtype\":2,\"flags\":\"0x00\",\"messageid\":\"0x00000000\",\"length\":148}"));
    // The responder's answer: its cookie filled in, addresses swapped. With the run's state tcpdump
    // knows who started; without it, it cannot tell.
    auto request = from_hex(kf::kIdent.hex);
    auto reply = request;
    for (std::size_t i = 0; i < 4; ++i) std::swap(reply[26 + i], reply[30 + i]);
    reply[50] = std::byte{0x42};
    ProtocolState state;
    EXPECT_EQ(text_with_state(request, state), "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident");
    EXPECT_EQ(text_with_state(reply, state), "10.0.0.2.500 > 10.0.0.1.500: isakmp: phase 1 R ident");
    EXPECT_EQ(test::after_link(test::line_of(reply)), "10.0.0.2.500 > 10.0.0.1.500: isakmp: phase 1 ? ident");
}

TEST(Isakmp, NatTraversal) {
    EXPECT_EQ(test::text_of(kf::kNonEsp),
              "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? oakley-quick[E]");
    auto bytes = from_hex(kf::kNonEsp.hex);
    bytes.resize(43);
    bytes[16] = std::byte{0};  // IP total length 29: one byte of UDP payload
    bytes[17] = std::byte{29};
    bytes[38] = std::byte{0};
    bytes[39] = std::byte{9};
    bytes[42] = std::byte{0xff};
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "192.1.2.254.4500 > 192.1.2.23.4500: isakmp-nat-keep-alive");
}

TEST(Isakmp, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&kf::kIdent, &kf::kNonEsp}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
