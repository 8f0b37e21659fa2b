// Real frames for the rip tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::rip_frames {

// tcpdump--ripv1v2.pcap frame 1
inline const CutFrame kV1Request{
    "ffffffffffff0811961c10c8080045c0003400004000401124e70a0000140a00"
    "00ff020802080020e57a01010000000000000000000000000000000000000000"
    "0010",
    66, 42,
    {
        {42, 45, "10.0.0.20.520 > 10.0.0.255.520:  [|rip]"},
        {46, 66, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, Request, length: 24"},
    },
    {
        {42, 0x00, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (0), length: 24"},
        {42, 0x02, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, Response, length: 24"},
        {42, 0x04, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, Trace off, length: 24"},
        {42, 0x06, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, Poll Entry, length: 24"},
        {42, 0x1f, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (31), length: 24"},
        {42, 0x30, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (48), length: 24"},
        {42, 0x7f, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (127), length: 24"},
        {42, 0x80, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (128), length: 24"},
        {42, 0x81, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (129), length: 24"},
        {42, 0x82, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (130), length: 24"},
        {42, 0x84, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (132), length: 24"},
        {42, 0xa0, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (160), length: 24"},
        {42, 0xff, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, unknown command (255), length: 24"},
        {43, 0x00, "10.0.0.20.520 > 10.0.0.255.520: RIPv0\n\t0x0000:  0100 0000 0000 0000 0000 0000 0000 0000\n\t0x0010:  0000 0000 0000 0010"},
        {43, 0x02, "10.0.0.20.520 > 10.0.0.255.520: RIPv2, Request, length: 24"},
        {43, 0x04, "10.0.0.20.520 > 10.0.0.255.520: RIPv4, Request, length: 24"},
        {43, 0x06, "10.0.0.20.520 > 10.0.0.255.520: RIPv6, Request, length: 24"},
        {43, 0x1f, "10.0.0.20.520 > 10.0.0.255.520: RIPv31, Request, length: 24"},
        {43, 0x30, "10.0.0.20.520 > 10.0.0.255.520: RIPv48, Request, length: 24"},
        {43, 0x7f, "10.0.0.20.520 > 10.0.0.255.520: RIPv127, Request, length: 24"},
        {43, 0x80, "10.0.0.20.520 > 10.0.0.255.520: RIPv128, Request, length: 24"},
        {43, 0x81, "10.0.0.20.520 > 10.0.0.255.520: RIPv129, Request, length: 24"},
        {43, 0x82, "10.0.0.20.520 > 10.0.0.255.520: RIPv130, Request, length: 24"},
        {43, 0x84, "10.0.0.20.520 > 10.0.0.255.520: RIPv132, Request, length: 24"},
        {43, 0xa0, "10.0.0.20.520 > 10.0.0.255.520: RIPv160, Request, length: 24"},
        {43, 0xff, "10.0.0.20.520 > 10.0.0.255.520: RIPv255, Request, length: 24"},
        {44, 0x01, "10.0.0.20.520 > 10.0.0.255.520: RIPv1, Request, length: 24"},
    },
};

// tcpdump--ripv2_auth.pcap frame 1
inline const CutFrame kV2Auth{
    "01005e0000090811961c10c8080045c000480000400001118ec80a000014e000"
    "0009020802080034ccf901020000ffff00026162636465666768696a6b6c6d6e"
    "6f700000000000000000000000000000000000000010",
    86, 42,
    {
        {42, 45, "10.0.0.20.520 > 224.0.0.9.520:  [|rip]"},
        {46, 86, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, Request, length: 44"},
    },
    {
        {42, 0x00, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (0), length: 44"},
        {42, 0x02, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, Response, length: 44"},
        {42, 0x04, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, Trace off, length: 44"},
        {42, 0x06, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, Poll Entry, length: 44"},
        {42, 0x1f, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (31), length: 44"},
        {42, 0x30, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (48), length: 44"},
        {42, 0x7f, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (127), length: 44"},
        {42, 0x80, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (128), length: 44"},
        {42, 0x81, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (129), length: 44"},
        {42, 0x82, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (130), length: 44"},
        {42, 0x84, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (132), length: 44"},
        {42, 0xa0, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (160), length: 44"},
        {42, 0xff, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, unknown command (255), length: 44"},
        {43, 0x00, "10.0.0.20.520 > 224.0.0.9.520: RIPv0\n\t0x0000:  0100 0000 ffff 0002 6162 6364 6566 6768\n\t0x0010:  696a 6b6c 6d6e 6f70 0000 0000 0000 0000\n\t0x0020:  0000 0000 0000 0000 0000 0010"},
        {43, 0x01, "10.0.0.20.520 > 224.0.0.9.520: RIPv1, Request, length: 44"},
        {43, 0x04, "10.0.0.20.520 > 224.0.0.9.520: RIPv4, Request, length: 44"},
        {43, 0x06, "10.0.0.20.520 > 224.0.0.9.520: RIPv6, Request, length: 44"},
        {43, 0x1f, "10.0.0.20.520 > 224.0.0.9.520: RIPv31, Request, length: 44"},
        {43, 0x30, "10.0.0.20.520 > 224.0.0.9.520: RIPv48, Request, length: 44"},
        {43, 0x7f, "10.0.0.20.520 > 224.0.0.9.520: RIPv127, Request, length: 44"},
        {43, 0x80, "10.0.0.20.520 > 224.0.0.9.520: RIPv128, Request, length: 44"},
        {43, 0x81, "10.0.0.20.520 > 224.0.0.9.520: RIPv129, Request, length: 44"},
        {43, 0x82, "10.0.0.20.520 > 224.0.0.9.520: RIPv130, Request, length: 44"},
        {43, 0x84, "10.0.0.20.520 > 224.0.0.9.520: RIPv132, Request, length: 44"},
        {43, 0xa0, "10.0.0.20.520 > 224.0.0.9.520: RIPv160, Request, length: 44"},
        {43, 0xff, "10.0.0.20.520 > 224.0.0.9.520: RIPv255, Request, length: 44"},
        {44, 0x01, "10.0.0.20.520 > 224.0.0.9.520: RIPv2, Request, length: 44"},
    },
};

}  // namespace tapsniff::test::rip_frames
