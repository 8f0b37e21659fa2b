// Real frames for the someip tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::someip_frames {

// tcpdump--someip1.pcap frame 1
inline const CutFrame kNotification{
    "ffffffffffff001fc6db87370800450000640001000040114927c0a85808c0a8"
    "5808771a7b020050d0fdffff8100000000400000000001010200800000000000"
    "0020000000004711ffffff000e10ffffffff0100001012340001010000030000"
    "00320000000c00090400c0a800010011d903",
    114, 42,
    {
        {42, 45, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP [|someip]"},
        {46, 49, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256 [|someip]"},
        {50, 53, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64 [|someip]"},
        {54, 54, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0 [|someip]"},
        {55, 55, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1 [|someip]"},
        {56, 56, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1 [|someip]"},
        {57, 57, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION [|someip]"},
        {58, 114, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
    },
    {
        {42, 0x00, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 255, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x01, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 511, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x02, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 767, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x04, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 1279, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x06, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 1791, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x1f, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 8191, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x30, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 12543, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x7f, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 32767, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x80, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 33023, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x81, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 33279, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x82, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 33535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0x84, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 34047, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {42, 0xa0, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 41215, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x00, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65280, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x01, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65281, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x02, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65282, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x04, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65284, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x06, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65286, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x1f, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65311, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x30, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65328, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x7f, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65407, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x80, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65408, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x81, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65409, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x82, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65410, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0x84, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65412, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {43, 0xa0, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65440, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x00, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 0, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x01, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x02, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 512, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x04, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 1024, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x06, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 1536, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x1f, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 7936, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x30, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 12288, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x7f, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, method 32512, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x80, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 0, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x82, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 512, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0x84, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 1024, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0xa0, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 8192, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {44, 0xff, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 32512, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
        {45, 0x01, "192.168.88.8.30490 > 192.168.88.8.31490: SOMEIP, service 65535, event 257, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"},
    },
};

}  // namespace tapsniff::test::someip_frames
