// Unit tests for the EAPOL home (src/proto/eapol): a real EAP packet, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/eapol/eapol.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::CutCase;
using test::decode;
using test::expect_cuts;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::presence_of;
using test::stack_of;
using test::tree_of;

// tcpdump--eapon1.pcap, frame 1 of 'ether proto 0x888e' (60 bytes)
constexpr std::string_view kEapol =
    "00042357a57a000cce88319a888e010000050101000501000000000000000000"
    "00000000000000000000000000000000000000000000000000000000"
;
// tcpdump 4.99.3 for kEapol cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kEapolCuts = {
    {14, 17,
     "00:0c:ce:88:31:9a > 00:04:23:57:a5:7a, ethertype EAPOL (0x888e), length 60:  [|eap]"},
    {18, 60,
     "00:0c:ce:88:31:9a > 00:04:23:57:a5:7a, ethertype EAPOL (0x888e), length 60: EAP packet (0) v1, l"
     "en 5"},
};

TEST(Eapol, EapolDecodes) {
    auto bytes = from_hex(kEapol);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet eapol");
    EXPECT_EQ(presence_of<EapolLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:0c:ce:88:31:9a > 00:04:23:57:a5:7a, ethertype EAPOL (0x888e), length 60: EAP packet (0) v1, l"
              "en 5");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"eapol\":{\"version\":1,\"type\":0,\"len\":5,\"eap\":{\"code\":1,\"id\":1,\"len\":5,\"typ"
                         "e\":1}}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    802.1X Authentication\n        Version: 1\n        Type: EAP packet (0)\n        Len"
                         "gth: 5\n        Extensible Authentication Protocol\n            Code: Request (1)\n       "
                         "     Id: 1\n            Length: 5\n            Type: 1"));
}

TEST(Eapol, EapolCutAtEveryByte) { expect_cuts(kEapol, kEapolCuts); }

// --- handwritten ---

// A cut header: only tcpdump's mark.
TEST(Eapol, CutHeader) {
    auto bytes = from_hex("0180c2000003 525400123456 888e 0101");
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<EapolLayer>(*f), Presence::partial);
    EXPECT_STREQ(f->truncated, "eap");
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 16:  [|eap]");
}

}  // namespace
}  // namespace tapsniff
