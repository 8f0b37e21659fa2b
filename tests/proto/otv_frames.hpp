// Real frames for the otv tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::otv_frames {

// /work/tmp-udpapps/crafted/otv.pcap frame 1
inline const CutFrame kArp{
    "02000000000902000000000108004500004e000100004011f693c0000201c000"
    "02099c412118003a23eb0800000500006400ffffffffffff0200000000020806"
    "00010800060400010200000000020a0900020000000000000a090001",
    92, 42,
    {
        {42, 42, "192.0.2.1.40001 > 192.0.2.9.8472: OTV,  [|otv]"},
        {43, 45, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08),  [|otv]"},
        {46, 48, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 5,  [|otv]"},
        {49, 49, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 5, instance 100\n [|otv]"},
        {50, 63, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 5, instance 100\n [|ether]"},
        {64, 91, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42:  [|arp]"},
        {92, 92, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
    },
    {
        {42, 0x00, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x00), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x01, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x01), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x02, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x02), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x04, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x04), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x06, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x06), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x1f, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x1f), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x30, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x30), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x7f, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x7f), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x80, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x80), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x81, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x81), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x82, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x82), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0x84, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0x84), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0xa0, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [.] (0xa0), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {42, 0xff, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0xff), overlay 5, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x01, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 65541, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x02, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 131077, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x04, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 262149, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x06, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 393221, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x1f, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 2031621, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x30, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 3145733, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x7f, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 8323077, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x80, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 8388613, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x81, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 8454149, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x82, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 8519685, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0x84, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 8650757, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0xa0, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 10485765, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {43, 0xff, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 16711685, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x01, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 261, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x02, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 517, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x04, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 1029, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x06, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 1541, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x1f, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 7941, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x30, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 12293, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x7f, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 32517, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x80, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 32773, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x81, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 33029, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x82, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 33285, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0x84, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 33797, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0xa0, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 40965, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
        {44, 0xff, "192.0.2.1.40001 > 192.0.2.9.8472: OTV, flags [I] (0x08), overlay 65285, instance 100\n02:00:00:00:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.9.0.1 tell 10.9.0.2, length 28"},
    },
};

}  // namespace tapsniff::test::otv_frames
