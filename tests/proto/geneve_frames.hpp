// Real frames for the geneve tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::geneve_frames {

// tcpdump--geneve.pcap frame 1
inline const CutFrame kOptions{
    "001b213cac30001b213cab6408004500008edfad4000401132af140000011400"
    "0002314a17c1007a00000240655800000a00000080010000000cfe71d883724f"
    "b69ed2495148080045000054bda24000400141041e0000011e00000208002c54"
    "29520017f1a2ce540000000017780c0000000000101112131415161718191a1b"
    "1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637",
    156, 42,
    {
        {42, 49, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve [|geneve]"},
        {50, 57, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558) [|geneve]"},
        {58, 71, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558), options [8 bytes]:  [|ether]"},
        {72, 91, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98:  [|ip]"},
        {92, 99, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2:  [|icmp]"},
        {100, 156, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
    },
    {
        {42, 0x06, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto TEB (0x6558), options [24 bytes]: 40:01:41:04:1e:00 > 00:54:bd:a2:40:00, 802.3, length 1:  [|llc]\n\t0x0000:  1e                                       ."},
        {42, 0x7f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve ERROR: unknown-version 1"},
        {42, 0x80, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve ERROR: unknown-version 2"},
        {42, 0xff, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve ERROR: unknown-version 3"},
        {43, 0x00, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [none], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x01, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [R6], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x02, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [R5], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x04, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [R4], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x06, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [R4R5], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x1f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [R2R3R4R5R6], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x30, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [R1R2], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x7f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [CR1R2R3R4R5R6], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x80, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [O], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x81, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [OR6], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x82, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [OR5], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0x84, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [OR4], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0xa0, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [OR1], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {43, 0xff, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [OCR1R2R3R4R5R6], vni 0xa, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {44, 0x00, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa, proto unknown (0x0058), options [8 bytes]: geneve-proto-0x58"},
        {46, 0x01, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x1000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x02, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x2000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x04, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x4000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x06, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x6000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x1f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x1f000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x30, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x30000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x7f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x7f000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x80, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x80000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x81, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x81000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x82, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x82000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0x84, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x84000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0xa0, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xa0000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {46, 0xff, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0xff000a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x01, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x10a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x02, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x20a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x04, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x40a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x06, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x60a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x1f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x1f0a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x30, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x300a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x7f, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x7f0a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
        {47, 0x80, "20.0.0.1.12618 > 20.0.0.2.6081: Geneve, Flags [C], vni 0x800a, proto TEB (0x6558), options [8 bytes]: b6:9e:d2:49:51:48 > fe:71:d8:83:72:4f, ethertype IPv4 (0x0800), length 98: 30.0.0.1 > 30.0.0.2: ICMP echo request, id 10578, seq 23, length 64"},
    },
};

// tcpdump--geneve.pcap frame 2
inline const CutFrame kNoOptions{
    "001b213cab64001b213cac300800450000868805400040118a5f140000021400"
    "0001c55d17c1007200000000655800000b00b69ed2495148fe71d883724f0800"
    "4500005411f3000040012cb41e0000021e0000010000345429520017f1a2ce54"
    "0000000017780c0000000000101112131415161718191a1b1c1d1e1f20212223"
    "2425262728292a2b2c2d2e2f3031323334353637",
    148, 42,
    {
        {42, 49, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve [|geneve]"},
        {50, 63, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xb, proto TEB (0x6558):  [|ether]"},
        {64, 83, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98:  [|ip]"},
        {84, 91, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1:  [|icmp]"},
        {92, 148, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
    },
    {
        {42, 0x02, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xb, proto TEB (0x6558), options [8 bytes]: 45:00:00:54:11:f3 > d8:83:72:4f:08:00, 802.3, length 0:  [|llc]"},
        {42, 0x7f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve ERROR: unknown-version 1"},
        {42, 0x80, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve ERROR: unknown-version 2"},
        {42, 0xff, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve ERROR: unknown-version 3"},
        {43, 0x01, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [R6], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x02, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [R5], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x04, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [R4], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x06, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [R4R5], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x1f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [R2R3R4R5R6], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x30, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [R1R2], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x7f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [CR1R2R3R4R5R6], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x80, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [O], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x81, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [OR6], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x82, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [OR5], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0x84, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [OR4], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0xa0, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [OR1], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {43, 0xff, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [OCR1R2R3R4R5R6], vni 0xb, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {44, 0x00, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xb, proto unknown (0x0058): geneve-proto-0x58"},
        {46, 0x01, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x1000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x02, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x2000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x04, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x4000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x06, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x6000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x1f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x1f000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x30, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x30000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x7f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x7f000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x80, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x80000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x81, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x81000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x82, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x82000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0x84, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x84000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0xa0, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xa0000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {46, 0xff, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0xff000b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x01, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x10b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x02, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x20b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x04, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x40b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x06, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x60b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x1f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x1f0b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x30, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x300b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x7f, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x7f0b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x80, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x800b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
        {47, 0x81, "20.0.0.2.50525 > 20.0.0.1.6081: Geneve, Flags [none], vni 0x810b, proto TEB (0x6558): fe:71:d8:83:72:4f > b6:9e:d2:49:51:48, ethertype IPv4 (0x0800), length 98: 30.0.0.2 > 30.0.0.1: ICMP echo reply, id 10578, seq 23, length 64"},
    },
};

}  // namespace tapsniff::test::geneve_frames
