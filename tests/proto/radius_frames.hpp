// Real frames for the radius tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::radius_frames {

// tcpdump--RADIUS.pcap frame 1
inline const CutFrame kAccessRequest{
    "001d60b30184001906eab8c00800450000a700460000ff11a69b0a0000010a00"
    "0064066d071400933dca0105008becfe3d2fe4473ec6299095ee46aedf770406"
    "0a00000105060000c35c3d060000000f010e4a6f686e2e4d63477569726b1e13"
    "30302d31392d30362d45412d42382d38431f1330302d31342d32322d45392d35"
    "342d35450606000000020c06000005dc4f1302000011014a6f686e2e4d634775"
    "69726b501228c5beb8842486da70db51316f9d7889",
    181, 42,
    {
        {42, 61, "10.0.0.1.1645 > 10.0.0.100.1812:  [|radius]"},
        {62, 181, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x05 length: 139"},
    },
    {
        {42, 0x00, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (0), id: 0x05 length: 139"},
        {42, 0x02, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Accept (2), id: 0x05 length: 139"},
        {42, 0x04, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Accounting-Request (4), id: 0x05 length: 139"},
        {42, 0x06, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (6), id: 0x05 length: 139"},
        {42, 0x1f, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (31), id: 0x05 length: 139"},
        {42, 0x30, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (48), id: 0x05 length: 139"},
        {42, 0x7f, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (127), id: 0x05 length: 139"},
        {42, 0x80, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (128), id: 0x05 length: 139"},
        {42, 0x81, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (129), id: 0x05 length: 139"},
        {42, 0x82, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (130), id: 0x05 length: 139"},
        {42, 0x84, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (132), id: 0x05 length: 139"},
        {42, 0xa0, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Unknown Command (160), id: 0x05 length: 139"},
        {42, 0xff, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Reserved (255), id: 0x05 length: 139"},
        {43, 0x00, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x00 length: 139"},
        {43, 0x01, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x01 length: 139"},
        {43, 0x02, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x02 length: 139"},
        {43, 0x04, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x04 length: 139"},
        {43, 0x06, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x06 length: 139"},
        {43, 0x1f, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x1f length: 139"},
        {43, 0x30, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x30 length: 139"},
        {43, 0x7f, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x7f length: 139"},
        {43, 0x80, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x80 length: 139"},
        {43, 0x81, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x81 length: 139"},
        {43, 0x82, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x82 length: 139"},
        {43, 0x84, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x84 length: 139"},
        {43, 0xa0, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0xa0 length: 139"},
        {43, 0xff, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0xff length: 139"},
        {44, 0x01, "10.0.0.1.1645 > 10.0.0.100.1812: RADIUS, Access-Request (1), id: 0x05 length: 139"},
        {45, 0x00, "10.0.0.1.1645 > 10.0.0.100.1812:  [|radius]"},
    },
};

// tcpdump--RADIUS-RFC5176.pcap frame 1
inline const CutFrame kCoaRequest{
    "00163e00000100163e00000a08004500004271e90000041130b80a00000a0a00"
    "000130390ed7002e000028010026e1792d2b4ab349f1a4c0fcc733d091c15012"
    "58513d662847e5f8734a30dbdac8e4af",
    80, 42,
    {
        {42, 61, "10.0.0.10.12345 > 10.0.0.1.3799:  [|radius]"},
        {62, 80, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x01 length: 38"},
    },
    {
        {42, 0x00, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (0), id: 0x01 length: 38"},
        {42, 0x01, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Access-Request (1), id: 0x01 length: 38"},
        {42, 0x02, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Access-Accept (2), id: 0x01 length: 38"},
        {42, 0x04, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Accounting-Request (4), id: 0x01 length: 38"},
        {42, 0x06, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (6), id: 0x01 length: 38"},
        {42, 0x1f, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (31), id: 0x01 length: 38"},
        {42, 0x30, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (48), id: 0x01 length: 38"},
        {42, 0x7f, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (127), id: 0x01 length: 38"},
        {42, 0x80, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (128), id: 0x01 length: 38"},
        {42, 0x81, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (129), id: 0x01 length: 38"},
        {42, 0x82, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (130), id: 0x01 length: 38"},
        {42, 0x84, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (132), id: 0x01 length: 38"},
        {42, 0xa0, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Unknown Command (160), id: 0x01 length: 38"},
        {42, 0xff, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Reserved (255), id: 0x01 length: 38"},
        {43, 0x00, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x00 length: 38"},
        {43, 0x1f, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x1f length: 38"},
        {43, 0x30, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x30 length: 38"},
        {43, 0x7f, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x7f length: 38"},
        {43, 0x80, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0x80 length: 38"},
        {43, 0xa0, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0xa0 length: 38"},
        {43, 0xff, "10.0.0.10.12345 > 10.0.0.1.3799: RADIUS, Disconnect-Request (40), id: 0xff length: 38"},
        {45, 0x00, "10.0.0.10.12345 > 10.0.0.1.3799:  [|radius]"},
    },
};

}  // namespace tapsniff::test::radius_frames
