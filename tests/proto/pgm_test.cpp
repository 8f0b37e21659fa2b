// Unit tests for the PGM home (src/proto/pgm): its own address.port pair, every cut.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/pgm/pgm.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::expect_cut_texts;
using test::expect_every_cut_prints;
using test::from_hex;
using test::json_of;
namespace ipf = test::ipframes;

// tcpdump's pgm_poll_polr.pcap: a POLL.
constexpr std::string_view kPoll =
    "01005e7fc20a0800270844ab 0800 450000 40b1ea40000171094a0a00020fefffc20a"
    "04d2162e0100000083f2d6491cb30000 00000000000000000001 00000a00020f000000000000000000000000";

TEST(Pgm, Poll) {
    auto bytes = from_hex(kPoll);
    const std::string ip = "10.0.2.15 > 239.255.194.10: ";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), ip + "10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0");
    EXPECT_TRUE(contains(json_of(bytes), R"("pgm":{"sport":1234,"dport":5678,"type":"0x01","opts":"0x00",)"
                                         R"("cksum":"0x0000","gsi":"83:f2:d6:49:1c:b3","tsdulen":0})"));
    expect_cut_texts(bytes, {{34, ip + "10.0.2.15 > 239.255.194.10: [|pgm]"},
                             {38, ip + "10.0.2.15.1234 > 239.255.194.10.5678:  [|pgm]"},
                             {50, ip + "10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0"}});
    expect_every_cut_prints(bytes);
}

}  // namespace
}  // namespace tapsniff
