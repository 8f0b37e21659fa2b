// Unit tests for the Kerberos home (src/proto/krb): v5 messages named by their first byte (or not
// at all), Kerberos v4 field by field with tcpdump's control-character escapes, every cut and
// changed bytes, JSON.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "krb_frames.hpp"
#include "proto/krb/krb.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
namespace kf = test::krb_frames;

TEST(Krb, Version5) {
    EXPECT_EQ(test::text_of(kf::kAsReq), "192.168.1.31.63081 > 192.168.1.32.88:  v5");
    EXPECT_TRUE(contains(test::json_of(from_hex(kf::kAsReq.hex)), "\"kerberos\":{\"pvno\":5,\"msg_type\":10}"));
    auto bytes = from_hex(kf::kAsReq.hex);
    bytes[42] = std::byte{0x6c};  // TGS-REQ: tcpdump names only AS-REQ and AS-REP
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "192.168.1.31.63081 > 192.168.1.32.88: ");
}

TEST(Krb, Version4) {
    EXPECT_EQ(test::text_of(kf::kV4KdcRequest),
              "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ "
              "680min  [|krb]");
}

TEST(Krb, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&kf::kAsReq, &kf::kV4KdcRequest}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

}  // namespace
}  // namespace tapsniff
