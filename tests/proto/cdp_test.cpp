// Unit tests for the CDP home (src/proto/cdp): a real CDPv2 message (Device-ID and hex lines), every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/cdp/cdp.hpp"
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

// tcpdump--3560_CDP.pcap, frame 1 of '' (400 bytes)
constexpr std::string_view kCdp =
    "01000ccccccc001906eab8850182aaaa0300000c200002b4b0bd0001000a5377"
    "69746368000500c4436973636f20494f5320536f6674776172652c2043333536"
    "3020536f667477617265202843333536302d414456495053455256494345534b"
    "392d4d292c2056657273696f6e2031322e3228323529534542342c2052454c45"
    "41534520534f4654574152452028666331290a436f7079726967687420286329"
    "20313938362d3230303520627920436973636f2053797374656d732c20496e63"
    "2e0a436f6d70696c6564205475652033302d4175672d30352031373a35362062"
    "792079656e616e6800060018636973636f2057532d4333353630472d32345053"
    "00020011000000010101cc0004c0a80001000300164769676162697445746865"
    "726e6574302f3500040008000000280008002400000c011200000000ffffffff"
    "010221ff000000000000001906eab880ff0000000900074c6162000a00060001"
    "000b0005010012000500001300050000160011000000010101cc0004c0a80001"
    "001a00100000000100000000ffffffff"
;
// tcpdump 4.99.3 for kCdp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kCdpCuts = {
    {14, 14,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386:  [|llc]"},
    {15, 15,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386:  [|llc]\n\t0x0000:  aa                "
     "                       ."},
    {16, 16,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386:  [|llc]\n\t0x0000:  aaaa              "
     "                       .."},
    {17, 21,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03:  [|snap]"},
    {22, 23,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378:  [|cdp]"},
    {24, 29,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s [|cdp]"},
    {30, 30,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID ' [|cdp]"},
    {31, 31,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'S [|cdp]"},
    {32, 32,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Sw [|cdp]"},
    {33, 33,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Swi [|cdp]"},
    {34, 34,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Swit [|cdp]"},
    {35, 35,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switc [|cdp]"},
    {36, 231,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch' [|cdp]"},
    {232, 255,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8 [|cdp]"},
    {256, 272,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053 [|cdp]"},
    {273, 294,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01 [|cdp]"},
    {295, 302,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35 [|cdp]"},
    {303, 338,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028 [|cdp]"},
    {339, 345,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000 [|cdp]"},
    {346, 351,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62 [|cdp]"},
    {352, 356,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001 [|cdp]"},
    {357, 361,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001\n\t  0x0000"
     ":  01 [|cdp]"},
    {362, 366,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001\n\t  0x0000"
     ":  01\n\t  0x0000:  00 [|cdp]"},
    {367, 383,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001\n\t  0x0000"
     ":  01\n\t  0x0000:  00\n\t  0x0000:  00 [|cdp]"},
    {384, 399,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001\n\t  0x0000"
     ":  01\n\t  0x0000:  00\n\t  0x0000:  00\n\t  0x0000:  0000 0001 0101 cc00 04c0 a800 01 [|cdp]"},
    {400, 400,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
     " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
     " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
     "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
     " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
     "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
     "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
     "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
     "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
     "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
     "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
     ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
     "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001\n\t  0x0000"
     ":  01\n\t  0x0000:  00\n\t  0x0000:  00\n\t  0x0000:  0000 0001 0101 cc00 04c0 a800 01\n\t  0x00"
     "00:  0000 0001 0000 0000 ffff ffff, length 378"},
};

TEST(Cdp, CdpDecodes) {
    auto bytes = from_hex(kCdp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc cdp");
    EXPECT_EQ(presence_of<CdpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 386: LLC, dsap SNAP (0xaa) Individual, ssap"
              " SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 378: CDPv2, ttl:"
              " 180s, Device-ID 'Switch'\n\t  0x0000:  4369 7363 6f20 494f 5320 536f 6674 7761\n\t  0x0010:  72"
              "65 2c20 4333 3536 3020 536f 6674 7761\n\t  0x0020:  7265 2028 4333 3536 302d 4144 5649 5053\n\t "
              " 0x0030:  4552 5649 4345 534b 392d 4d29 2c20 5665\n\t  0x0040:  7273 696f 6e20 3132 2e32 2832 35"
              "29 5345\n\t  0x0050:  4234 2c20 5245 4c45 4153 4520 534f 4654\n\t  0x0060:  5741 5245 2028 6663 "
              "3129 0a43 6f70 7972\n\t  0x0070:  6967 6874 2028 6329 2031 3938 362d 3230\n\t  0x0080:  3035 206"
              "2 7920 4369 7363 6f20 5379 7374\n\t  0x0090:  656d 732c 2049 6e63 2e0a 436f 6d70 696c\n\t  0x00a"
              "0:  6564 2054 7565 2033 302d 4175 672d 3035\n\t  0x00b0:  2031 373a 3536 2062 7920 7965 6e61 6e6"
              "8\n\t  0x0000:  6369 7363 6f20 5753 2d43 3335 3630 472d\n\t  0x0010:  3234 5053\n\t  0x0000:  00"
              "00 0001 0101 cc00 04c0 a800 01\n\t  0x0000:  4769 6761 6269 7445 7468 6572 6e65 7430\n\t  0x0010"
              ":  2f35\n\t  0x0000:  0000 0028\n\t  0x0000:  0000 0c01 1200 0000 00ff ffff ff01 0221\n\t  0x001"
              "0:  ff00 0000 0000 0000 1906 eab8 80ff 0000\n\t  0x0000:  4c61 62\n\t  0x0000:  0001\n\t  0x0000"
              ":  01\n\t  0x0000:  00\n\t  0x0000:  00\n\t  0x0000:  0000 0001 0101 cc00 04c0 a800 01\n\t  0x00"
              "00:  0000 0001 0000 0000 ffff ffff, length 378");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"cdp\":{\"version\":2,\"ttl\":180,\"checksum\":\"0xb0bd\",\"deviceid\":\"Switch\",\"porti"
                         "d\":\"GigabitEthernet0/5\",\"platform\":\"cisco WS-C3560G-24PS\",\"capabilities\":\"0x0000"
                         "0028\",\"native_vlan\":1,\"tlv_types\":[1,5,6,2,3,4,8,9,10,11,18,19,22,26]}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Cisco Discovery Protocol\n        Version: 2\n        TTL: 180 seconds\n        Chec"
                         "ksum: 0xb0bd\n        Device ID: Switch\n        Port ID: GigabitEthernet0/5\n        Plat"
                         "form: cisco WS-C3560G-24PS\n        Capabilities: 0x00000028\n        Native VLAN: 1\n    "
                         "    TLV types: 1, 5, 6, 2, 3, 4, 8, 9, 10, 11, 18, 19, 22, 26"));
}

TEST(Cdp, CdpCutAtEveryByte) { expect_cuts(kCdp, kCdpCuts); }

// --- handwritten ---

// A TLV whose length is below its header's: tcpdump names it and stops; JSON says malformed.
TEST(Cdp, TlvShorterThanItsHeader) {
    auto bytes = from_hex("01000ccccccc 525400123456 0012 aaaa03 00000c 2000 02b40000 00010002 7a7a");
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<CdpLayer>(*f), Presence::malformed);
    EXPECT_STREQ(f->malformed, "cdp tlv length out of range");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 01:00:0c:cc:cc:cc, 802.3, length 18: LLC, dsap SNAP (0xaa) Individual, ssap "
              "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 10: CDPv2, ttl: "
              "180s, Device-ID TLV length 2 too short (invalid)");
}

// A Capability TLV of the wrong size: " (malformed TLV)" and its value in hex, then the rest.
TEST(Cdp, MalformedTlvIsPrintedInHex) {
    auto bytes = from_hex("01000ccccccc 525400123456 0019 aaaa03 00000c 2000 013c0000 00040006 0001 00990007 78797a");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 01:00:0c:cc:cc:cc, 802.3, length 25: LLC, dsap SNAP (0xaa) Individual, ssap "
              "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid CDP (0x2000), length 17: CDPv1, ttl: "
              "60s (malformed TLV)\n\t  0x0000:  0001\n\t  0x0000:  7879 7a, length 17");
}

}  // namespace
}  // namespace tapsniff
