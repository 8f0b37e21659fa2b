// Real frames for the msnlb tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::msnlb_frames {

// tcpdump--msnlb.pcap frame 1
inline const CutFrame kHeartbeat{
    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a8"
    "6452010000000100090035e33b4fbbcec8040000000000000000199001615000"
    "0561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
    1510, 14,
    {
        {14, 25, "MS NLB heartbeat [|msnlb]"},
        {26, 29, "MS NLB heartbeat, host priority: 2 [|msnlb]"},
        {30, 33, "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]"},
        {34, 96, "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
    },
    {
        {14, 0x00, "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x00, "MS NLB heartbeat, host priority: 0, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x01, "MS NLB heartbeat, host priority: 1, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x04, "MS NLB heartbeat, host priority: 4, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x06, "MS NLB heartbeat, host priority: 6, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x1f, "MS NLB heartbeat, host priority: 31, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x30, "MS NLB heartbeat, host priority: 48, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x7f, "MS NLB heartbeat, host priority: 127, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x80, "MS NLB heartbeat, host priority: 128, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x81, "MS NLB heartbeat, host priority: 129, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x82, "MS NLB heartbeat, host priority: 130, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0x84, "MS NLB heartbeat, host priority: 132, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0xa0, "MS NLB heartbeat, host priority: 160, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {22, 0xff, "MS NLB heartbeat, host priority: 255, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x01, "MS NLB heartbeat, host priority: 258, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x02, "MS NLB heartbeat, host priority: 514, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x04, "MS NLB heartbeat, host priority: 1026, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x06, "MS NLB heartbeat, host priority: 1538, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x1f, "MS NLB heartbeat, host priority: 7938, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x30, "MS NLB heartbeat, host priority: 12290, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x7f, "MS NLB heartbeat, host priority: 32514, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x80, "MS NLB heartbeat, host priority: 32770, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x81, "MS NLB heartbeat, host priority: 33026, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x82, "MS NLB heartbeat, host priority: 33282, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0x84, "MS NLB heartbeat, host priority: 33794, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0xa0, "MS NLB heartbeat, host priority: 40962, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {23, 0xff, "MS NLB heartbeat, host priority: 65282, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x01, "MS NLB heartbeat, host priority: 65538, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x02, "MS NLB heartbeat, host priority: 131074, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x04, "MS NLB heartbeat, host priority: 262146, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x06, "MS NLB heartbeat, host priority: 393218, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x1f, "MS NLB heartbeat, host priority: 2031618, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x30, "MS NLB heartbeat, host priority: 3145730, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x7f, "MS NLB heartbeat, host priority: 8323074, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x80, "MS NLB heartbeat, host priority: 8388610, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x81, "MS NLB heartbeat, host priority: 8454146, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x82, "MS NLB heartbeat, host priority: 8519682, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0x84, "MS NLB heartbeat, host priority: 8650754, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0xa0, "MS NLB heartbeat, host priority: 10485762, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
        {24, 0xff, "MS NLB heartbeat, host priority: 16711682, cluster IP: 192.168.100.80, host IP: 192.168.100.82"},
    },
};

}  // namespace tapsniff::test::msnlb_frames
