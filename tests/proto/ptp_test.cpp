// Unit tests for the PTP home (src/proto/ptp): delay request/response, announce and sync messages
// field by field as tcpdump prints them, every cut (it stops at the first missing field), changed
// bytes, JSON with tshark's names.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/ptp/ptp.hpp"
#include "ptp_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
namespace pf = test::ptp_frames;

TEST(Ptp, DelayRequest) {
    EXPECT_EQ(test::text_of(pf::kDelayReq),
              "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, "
              "reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : "
              "0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, "
              "originTimeStamp : 0 seconds, 0 nanoseconds");
    auto json = test::json_of(from_hex(pf::kDelayReq.hex));
    EXPECT_TRUE(contains(json, "\"ptp\":{\"v2.messagetype\":\"0x01\",\"v2.versionptp\":2,\"v2.messagelength\":44,"));
    EXPECT_TRUE(contains(json, "\"v2.clockidentity\":\"0x7cfe90fffef950b4\",\"v2.sourceportid\":1,\"v2.sequenceid\":132,"));
}

TEST(Ptp, Announce) {
    EXPECT_TRUE(contains(test::text_of(pf::kAnnounce),
                         "control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, "
                         "origin cur utc :36, rsvd : 0, gm priority_1 : 128"));
}

TEST(Ptp, ShortDatagramIsInvalid) {
    auto bytes = from_hex(pf::kSync.hex);
    bytes[38] = std::byte{0};
    bytes[39] = std::byte{8 + 33};  // UDP length: 33 bytes of PTP
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "11.0.0.9.319 > 224.0.1.129.319:  [length 33 < 34] (invalid)");
    EXPECT_EQ(presence_of<PtpLayer>(*decode(bytes)), Presence::partial);
}

TEST(Ptp, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&pf::kDelayReq, &pf::kDelayResp, &pf::kAnnounce, &pf::kSync}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
