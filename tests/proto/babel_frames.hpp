// Real frames for the babel tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::babel_frames {

// tcpdump--babel_rfc6126bis.pcap frame 1
inline const CutFrame kHelloPcMac{
    "333300010006d481d7ba911186dd6c08306800441101fe800000000000008d84"
    "d538a212c6ddff0200000000000000000000000100061a281a280044c98d2a02"
    "001604060000de0b0190110c000000031450a2a84902d0a8102060a65fcfff06"
    "2481743bbd1e3e50b28273500f01943ce7f3a0bc1495fc302fc3",
    122, 62,
    {
        {62, 65, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel [|babel]"},
        {66, 73, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (22) [|babel]"},
        {74, 87, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (22) hello [|babel]"},
        {88, 121, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (22) hello pc | [|babel]"},
        {122, 122, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (22) hello pc | mac"},
    },
    {
        {62, 0x00, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel invalid header"},
        {63, 0x00, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 0 unknown version"},
        {63, 0x01, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 1 unknown version"},
        {63, 0x04, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 4 unknown version"},
        {63, 0x06, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 6 unknown version"},
        {63, 0x1f, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 31 unknown version"},
        {63, 0x30, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 48 unknown version"},
        {63, 0x7f, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 127 unknown version"},
        {63, 0x80, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 128 unknown version"},
        {63, 0x81, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 129 unknown version"},
        {63, 0x82, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 130 unknown version"},
        {63, 0x84, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 132 unknown version"},
        {63, 0xa0, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 160 unknown version"},
        {63, 0xff, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 255 unknown version"},
        {64, 0x01, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (278) (invalid)"},
        {64, 0x02, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (534) (invalid)"},
        {64, 0x04, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (1046) (invalid)"},
        {64, 0x06, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (1558) (invalid)"},
        {64, 0x1f, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (7958) (invalid)"},
        {64, 0x30, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (12310) (invalid)"},
        {64, 0x7f, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (32534) (invalid)"},
        {64, 0x80, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (32790) (invalid)"},
        {64, 0x81, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (33046) (invalid)"},
        {64, 0x82, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (33302) (invalid)"},
        {64, 0x84, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (33814) (invalid)"},
        {64, 0xa0, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (40982) (invalid)"},
        {64, 0xff, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (65302) (invalid)"},
        {65, 0x00, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (0) | hello pc mac"},
        {65, 0x01, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (1) (invalid)"},
        {65, 0x02, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (2) (invalid)"},
        {65, 0x04, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (4) (invalid)"},
        {65, 0x06, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (6) (invalid)"},
        {65, 0x1f, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (31) hello pc (invalid)"},
        {65, 0x30, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (48) hello pc (invalid)"},
        {65, 0x7f, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (127) (invalid)"},
        {65, 0x80, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (128) (invalid)"},
        {65, 0x81, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (129) (invalid)"},
        {65, 0x82, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (130) (invalid)"},
        {65, 0x84, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (132) (invalid)"},
        {65, 0xa0, "fe80::8d84:d538:a212:c6dd.6696 > ff02::1:6.6696: babel 2 (160) (invalid)"},
    },
};

// tcpdump--babel_rfc6126bis.pcap frame 2
inline const CutFrame kHelloIhu{
    "333300010006e291f5cc7abd86dd6c0bead200241101fe80000000000000e091"
    "f5fffecc7abdff0200000000000000000000000100061a281a280024681f2a02"
    "0018040600000d140190050e0300006004b08d84d538a212c6dd",
    90, 62,
    {
        {62, 65, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel [|babel]"},
        {66, 73, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (24) [|babel]"},
        {74, 89, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (24) hello [|babel]"},
        {90, 90, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (24) hello ihu"},
    },
    {
        {62, 0x00, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel invalid header"},
        {63, 0x00, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 0 unknown version"},
        {63, 0x01, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 1 unknown version"},
        {63, 0x04, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 4 unknown version"},
        {63, 0x06, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 6 unknown version"},
        {63, 0x1f, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 31 unknown version"},
        {63, 0x30, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 48 unknown version"},
        {63, 0x7f, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 127 unknown version"},
        {63, 0x80, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 128 unknown version"},
        {63, 0x81, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 129 unknown version"},
        {63, 0x82, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 130 unknown version"},
        {63, 0x84, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 132 unknown version"},
        {63, 0xa0, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 160 unknown version"},
        {63, 0xff, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 255 unknown version"},
        {64, 0x01, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (280) (invalid)"},
        {64, 0x02, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (536) (invalid)"},
        {64, 0x04, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (1048) (invalid)"},
        {64, 0x06, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (1560) (invalid)"},
        {64, 0x1f, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (7960) (invalid)"},
        {64, 0x30, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (12312) (invalid)"},
        {64, 0x7f, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (32536) (invalid)"},
        {64, 0x80, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (32792) (invalid)"},
        {64, 0x81, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (33048) (invalid)"},
        {64, 0x82, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (33304) (invalid)"},
        {64, 0x84, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (33816) (invalid)"},
        {64, 0xa0, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (40984) (invalid)"},
        {64, 0xff, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (65304) (invalid)"},
        {65, 0x00, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (0) | hello ihu"},
        {65, 0x01, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (1) (invalid)"},
        {65, 0x02, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (2) (invalid)"},
        {65, 0x04, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (4) (invalid)"},
        {65, 0x06, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (6) (invalid)"},
        {65, 0x1f, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (31) (invalid)"},
        {65, 0x30, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (48) (invalid)"},
        {65, 0x7f, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (127) (invalid)"},
        {65, 0x80, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (128) (invalid)"},
        {65, 0x81, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (129) (invalid)"},
        {65, 0x82, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (130) (invalid)"},
        {65, 0x84, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (132) (invalid)"},
        {65, 0xa0, "fe80::e091:f5ff:fecc:7abd.6696 > ff02::1:6.6696: babel 2 (160) (invalid)"},
    },
};

// tcpdump--babel_auth.pcap frame 1
inline const CutFrame kAuth{
    "333300010006b09928c8d64686dd6c00000001b41101fe80000000000000b299"
    "28fffec8d646ff0200000000000000000000000100061a281a2801b4298d2a02"
    "01a804060000e3160190080a00400000ffffa1afffff090200000b0600024fd0"
    "c1f00c16001ead0fa7cd8d5a1898ec5409c8edda68b3aca21b800c2200328239"
    "f283d985047fa4b88597fde3246455c6e4dd917b1441c2f3a82b9f7376740c42"
    "03e86718cb4c2bb0976c127ab3cccbfa1105a1d158f035bc9fad86b0610a7acd"
    "27e5a3d5a3090ffb0312d7cbb31834e5d3ea2b68cd1fec3cfb9ce731d16ba8fe"
    "ba8c0c3203e8d2a5b80ff9d006907e3b6601c0c255d7d12d6ec61815e413a334"
    "e2a0d9271c75afbc086c070c714e3eff3496c20c56fb0c1600647213ced66fe7"
    "154034ec64cd14ae4142a092df330c4207d02a5d9d55393b19e440fac49bda52"
    "1e18a7fe77f7ab4a90377009e46e2ffe49336435c7e4e7be215996df4f59c167"
    "ea1cccdb4ff788da29a30e34d974307adff40c3207d0fe91af27eee137ef489f"
    "37fee449100cda8ccb3e794d0c4a225d12724a8ce2ffc85811b879cc566fd172"
    "269847091ed10c420bb838c4d82883a5778500d728d1e243e7579de96fa726c9"
    "db7f0805c52e96fefdce7a5fb9af2cb845703926eaab43c3e44989d6ccb158fc"
    "06db455e9f8d0550b54f",
    490, 62,
    {
        {62, 65, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel [|babel]"},
        {66, 73, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) [|babel]"},
        {74, 85, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello [|babel]"},
        {86, 89, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id [|babel]"},
        {90, 97, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request [|babel]"},
        {98, 121, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc [|babel]"},
        {122, 157, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac [|babel]"},
        {158, 225, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac [|babel]"},
        {226, 277, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac [|babel]"},
        {278, 301, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac hmac [|babel]"},
        {302, 369, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac hmac hmac [|babel]"},
        {370, 421, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac [|babel]"},
        {422, 489, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac [|babel]"},
        {490, 490, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac hmac"},
    },
    {
        {62, 0x00, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel invalid header"},
        {63, 0x00, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 0 unknown version"},
        {63, 0x01, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 1 unknown version"},
        {63, 0x04, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 4 unknown version"},
        {63, 0x06, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 6 unknown version"},
        {63, 0x1f, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 31 unknown version"},
        {63, 0x30, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 48 unknown version"},
        {63, 0x7f, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 127 unknown version"},
        {63, 0x80, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 128 unknown version"},
        {63, 0x81, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 129 unknown version"},
        {63, 0x82, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 130 unknown version"},
        {63, 0x84, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 132 unknown version"},
        {63, 0xa0, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 160 unknown version"},
        {63, 0xff, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 255 unknown version"},
        {64, 0x00, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (168) hello update/id route-request tspc hmac hmac hmac (invalid)"},
        {64, 0x02, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (680) (invalid)"},
        {64, 0x04, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (1192) (invalid)"},
        {64, 0x06, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (1704) (invalid)"},
        {64, 0x1f, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (8104) (invalid)"},
        {64, 0x30, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (12456) (invalid)"},
        {64, 0x7f, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (32680) (invalid)"},
        {64, 0x80, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (32936) (invalid)"},
        {64, 0x81, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (33192) (invalid)"},
        {64, 0x82, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (33448) (invalid)"},
        {64, 0x84, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (33960) (invalid)"},
        {64, 0xa0, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (41128) (invalid)"},
        {64, 0xff, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (65448) (invalid)"},
        {65, 0x00, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (256) hello update/id route-request tspc hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x01, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (257) hello update/id route-request tspc hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x02, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (258) hello update/id route-request tspc hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x04, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (260) hello update/id route-request tspc hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x06, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (262) hello update/id route-request tspc hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x1f, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (287) hello update/id route-request tspc hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x30, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (304) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac | hmac hmac"},
        {65, 0x7f, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (383) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x80, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (384) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x81, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (385) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x82, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (386) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac (invalid)"},
        {65, 0x84, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (388) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac (invalid)"},
        {65, 0xa0, "fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (416) hello update/id route-request tspc hmac hmac hmac hmac hmac hmac hmac (invalid)"},
    },
};

}  // namespace tapsniff::test::babel_frames
