// Unit tests for the NFS home (src/proto/nfs): v2 and v3 calls as tcpdump prints them (file handles,
// names, access flags), every cut and changed bytes, a reply read by the procedure of its call (the
// run's state), the direction check before the port table, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "nfs_frames.hpp"
#include "proto/nfs/nfs.hpp"
#include "proto/state.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
namespace nf = test::nfs_frames;

// The getattr reply that answers nf::kGetattr (same capture, the next frame).
constexpr std::string_view kGetattrReply =
    "00c095e019be00c095f84dd308004500008ce4530000ff1194728b1916668b19"
    "1602080103fe007859665e1d0bdc000000010000000000000000000000000000"
    "00000000000000000002000041ed000000020000000000000001000000000000"
    "0060000000000000000000000000000000000000000000101085000000000000"
    "b25a3847760c1443fd02384775ea30e03502384775ea30e03502";

std::string text_with_state(const std::vector<std::byte>& bytes, ProtocolState& state) {
    DecodedFrame frame;
    DecodeOptions options;
    options.state = &state;
    decode_frame(test::view(bytes), static_cast<std::uint32_t>(bytes.size()), LinkType::ethernet, options, frame);
    OutBuffer out;
    format_line(frame, true, out);
    return test::after_link(test::to_string(out));
}

TEST(Nfs, Calls) {
    EXPECT_EQ(test::text_of(nf::kGetattr),
              "139.25.22.2.1022 > 139.25.22.102.2049: NFS request xid 1578961884 128 getattr fh 4,4229/45658");
    EXPECT_EQ(test::text_of(nf::kRename), "139.25.22.2.1022 > 139.25.22.102.2049: NFS request xid 1578961897 180 rename fh "
                                          "4,4229/45658 \"a\" -> fh 4,4229/45658 \"am\"");
    EXPECT_EQ(test::text_of(nf::kAccess),
              "139.25.22.2.1022 > 139.25.22.102.2049: NFS request xid 1578961906 132 access fh 4,4229/45658 NFS_ACCESS_READ");
    EXPECT_EQ(test::text_of(nf::kV2Write), "139.25.22.2.1023 > 139.25.22.102.2049: NFS request xid 1578961852 148 write fh "
                                           "4,4229/42577 6 (6) bytes @ 0 (0)");
    auto f = decode(from_hex(nf::kGetattr.hex));
    EXPECT_EQ(presence_of<NfsLayer>(*f), Presence::complete);
    EXPECT_TRUE(contains(test::json_of(from_hex(nf::kGetattr.hex)),
                         "\"nfs\":{\"xid\":\"0x5e1d0bdc\",\"msgtyp\":0,\"programversion\":3,\"procedure\":1}"));
}

TEST(Nfs, ReplyIsReadByItsCall) {
    const auto call = from_hex(nf::kGetattr.hex);
    const auto reply = from_hex(kGetattrReply);
    // Alone, tcpdump cannot tell what the reply answers.
    EXPECT_EQ(test::after_link(test::line_of(reply)), "139.25.22.102.2049 > 139.25.22.2.1022: NFS reply xid 1578961884 reply ok 112");
    ProtocolState state;
    text_with_state(call, state);
    EXPECT_EQ(text_with_state(reply, state),
              "139.25.22.102.2049 > 139.25.22.2.1022: NFS reply xid 1578961884 reply ok 112 getattr DIR 40755 ids 0/1 sz 96");
    // A cut inside the size attribute: the mark after what fits.
    auto cut = reply;
    cut.resize(94);
    ProtocolState again;
    text_with_state(call, again);
    DecodedFrame frame;
    DecodeOptions options;
    options.state = &again;
    decode_frame(test::view(cut), static_cast<std::uint32_t>(reply.size()), LinkType::ethernet, options, frame);
    OutBuffer out;
    format_line(frame, true, out);
    EXPECT_EQ(test::after_link(test::to_string(out)),
              "139.25.22.102.2049 > 139.25.22.2.1022: NFS reply xid 1578961884 reply ok 112 getattr DIR 40755 ids 0/1 [|nfs]");
}

TEST(Nfs, OnlyTheRightDirectionOn2049) {
    // A reply sent to 2049 is not NFS to tcpdump: UDP, as no row takes 2049.
    auto bytes = from_hex(nf::kGetattr.hex);
    bytes[49] = std::byte{1};  // the direction word says reply
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "139.25.22.2.1022 > 139.25.22.102.2049: UDP, length 128");
    EXPECT_EQ(decode(bytes)->find<NfsLayer>(), nullptr);
}

TEST(Nfs, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&nf::kGetattr, &nf::kRename, &nf::kAccess, &nf::kV2Lookup, &nf::kV2Write}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
