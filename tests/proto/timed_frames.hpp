// Real frames for the timed tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::timed_frames {

// /work/tmp-udpapps/crafted/timed.pcap frame 1
inline const CutFrame kSettime{
    "020000000009020000000001080045000128000200004011f5b8c0000201c000"
    "0209020d020d01140ce6050100076553f1000000007b686f7374310000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000",
    310, 42,
    {
        {42, 42, "192.0.2.1.525 > 192.0.2.9.525:  [|timed]"},
        {43, 43, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME [|timed]"},
        {44, 45, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 [|timed]"},
        {46, 53, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 [|timed]"},
        {54, 54, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name  [|timed]"},
        {55, 55, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name h [|timed]"},
        {56, 56, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name ho [|timed]"},
        {57, 57, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name hos [|timed]"},
        {58, 58, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name host [|timed]"},
        {59, 59, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name host1 [|timed]"},
        {60, 310, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7 time 1700000000.000123 name host1"},
    },
    {
        {42, 0x00, "192.0.2.1.525 > 192.0.2.9.525: TSP_ANY vers 1 seq 7 name host1"},
        {42, 0x01, "192.0.2.1.525 > 192.0.2.9.525: TSP_ADJTIME vers 1 seq 7 time 1700000000.000123 name host1"},
        {42, 0x02, "192.0.2.1.525 > 192.0.2.9.525: TSP_ACK vers 1 seq 7 name host1"},
        {42, 0x04, "192.0.2.1.525 > 192.0.2.9.525: TSP_MASTERACK vers 1 seq 7 name host1"},
        {42, 0x06, "192.0.2.1.525 > 192.0.2.9.525: TSP_MASTERUP vers 1 seq 7 name host1"},
        {42, 0x1f, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x1f) vers 1 seq 7 name host1"},
        {42, 0x30, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x30) vers 1 seq 7 name host1"},
        {42, 0x7f, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x7f) vers 1 seq 7 name host1"},
        {42, 0x80, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x80) vers 1 seq 7 name host1"},
        {42, 0x81, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x81) vers 1 seq 7 name host1"},
        {42, 0x82, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x82) vers 1 seq 7 name host1"},
        {42, 0x84, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x84) vers 1 seq 7 name host1"},
        {42, 0xa0, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0xa0) vers 1 seq 7 name host1"},
        {42, 0xff, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0xff) vers 1 seq 7 name host1"},
        {43, 0x00, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 0 seq 7 time 1700000000.000123 name host1"},
        {43, 0x02, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 2 seq 7 time 1700000000.000123 name host1"},
        {43, 0x04, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 4 seq 7 time 1700000000.000123 name host1"},
        {43, 0x06, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 6 seq 7 time 1700000000.000123 name host1"},
        {43, 0x1f, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 31 seq 7 time 1700000000.000123 name host1"},
        {43, 0x30, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 48 seq 7 time 1700000000.000123 name host1"},
        {43, 0x7f, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 127 seq 7 time 1700000000.000123 name host1"},
        {43, 0x80, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 128 seq 7 time 1700000000.000123 name host1"},
        {43, 0x81, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 129 seq 7 time 1700000000.000123 name host1"},
        {43, 0x82, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 130 seq 7 time 1700000000.000123 name host1"},
        {43, 0x84, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 132 seq 7 time 1700000000.000123 name host1"},
        {43, 0xa0, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 160 seq 7 time 1700000000.000123 name host1"},
        {43, 0xff, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 255 seq 7 time 1700000000.000123 name host1"},
        {44, 0x01, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 263 time 1700000000.000123 name host1"},
        {44, 0x02, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 519 time 1700000000.000123 name host1"},
        {44, 0x04, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 1031 time 1700000000.000123 name host1"},
        {44, 0x06, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 1543 time 1700000000.000123 name host1"},
        {44, 0x1f, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 7943 time 1700000000.000123 name host1"},
        {44, 0x30, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 12295 time 1700000000.000123 name host1"},
        {44, 0x7f, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 32519 time 1700000000.000123 name host1"},
        {44, 0x80, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 32775 time 1700000000.000123 name host1"},
        {44, 0x81, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 33031 time 1700000000.000123 name host1"},
        {44, 0x82, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 33287 time 1700000000.000123 name host1"},
        {44, 0x84, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 33799 time 1700000000.000123 name host1"},
        {44, 0xa0, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 40967 time 1700000000.000123 name host1"},
        {44, 0xff, "192.0.2.1.525 > 192.0.2.9.525: TSP_SETTIME vers 1 seq 65287 time 1700000000.000123 name host1"},
    },
};

// /work/tmp-udpapps/crafted/timed.pcap frame 2
inline const CutFrame kLoop{
    "02000000000902000000000108004500002d000300004011f6b2c0000201c000"
    "0209020d020d001980ae1801000803000000000000006c6f6f7000",
    59, 42,
    {
        {42, 42, "192.0.2.1.525 > 192.0.2.9.525:  [|timed]"},
        {43, 43, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP [|timed]"},
        {44, 45, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 [|timed]"},
        {46, 46, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 [|timed]"},
        {47, 54, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name  [|timed]"},
        {55, 55, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name l [|timed]"},
        {56, 56, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name lo [|timed]"},
        {57, 57, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name loo [|timed]"},
        {58, 58, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name loop [|timed]"},
        {59, 59, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name loop"},
    },
    {
        {42, 0x00, "192.0.2.1.525 > 192.0.2.9.525: TSP_ANY vers 1 seq 8 name loop"},
        {42, 0x01, "192.0.2.1.525 > 192.0.2.9.525: TSP_ADJTIME vers 1 seq 8 time 50331648.000000 name loop"},
        {42, 0x02, "192.0.2.1.525 > 192.0.2.9.525: TSP_ACK vers 1 seq 8 name loop"},
        {42, 0x04, "192.0.2.1.525 > 192.0.2.9.525: TSP_MASTERACK vers 1 seq 8 name loop"},
        {42, 0x06, "192.0.2.1.525 > 192.0.2.9.525: TSP_MASTERUP vers 1 seq 8 name loop"},
        {42, 0x1f, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x1f) vers 1 seq 8 name loop"},
        {42, 0x30, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x30) vers 1 seq 8 name loop"},
        {42, 0x7f, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x7f) vers 1 seq 8 name loop"},
        {42, 0x80, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x80) vers 1 seq 8 name loop"},
        {42, 0x81, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x81) vers 1 seq 8 name loop"},
        {42, 0x82, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x82) vers 1 seq 8 name loop"},
        {42, 0x84, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0x84) vers 1 seq 8 name loop"},
        {42, 0xa0, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0xa0) vers 1 seq 8 name loop"},
        {42, 0xff, "192.0.2.1.525 > 192.0.2.9.525: (tsp_type 0xff) vers 1 seq 8 name loop"},
        {43, 0x00, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 0 seq 8 hopcnt 3 name loop"},
        {43, 0x02, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 2 seq 8 hopcnt 3 name loop"},
        {43, 0x04, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 4 seq 8 hopcnt 3 name loop"},
        {43, 0x06, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 6 seq 8 hopcnt 3 name loop"},
        {43, 0x1f, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 31 seq 8 hopcnt 3 name loop"},
        {43, 0x30, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 48 seq 8 hopcnt 3 name loop"},
        {43, 0x7f, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 127 seq 8 hopcnt 3 name loop"},
        {43, 0x80, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 128 seq 8 hopcnt 3 name loop"},
        {43, 0x81, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 129 seq 8 hopcnt 3 name loop"},
        {43, 0x82, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 130 seq 8 hopcnt 3 name loop"},
        {43, 0x84, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 132 seq 8 hopcnt 3 name loop"},
        {43, 0xa0, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 160 seq 8 hopcnt 3 name loop"},
        {43, 0xff, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 255 seq 8 hopcnt 3 name loop"},
        {44, 0x01, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 264 hopcnt 3 name loop"},
        {44, 0x02, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 520 hopcnt 3 name loop"},
        {44, 0x04, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 1032 hopcnt 3 name loop"},
        {44, 0x06, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 1544 hopcnt 3 name loop"},
        {44, 0x1f, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 7944 hopcnt 3 name loop"},
        {44, 0x30, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 12296 hopcnt 3 name loop"},
        {44, 0x7f, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 32520 hopcnt 3 name loop"},
        {44, 0x80, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 32776 hopcnt 3 name loop"},
        {44, 0x81, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 33032 hopcnt 3 name loop"},
        {44, 0x82, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 33288 hopcnt 3 name loop"},
        {44, 0x84, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 33800 hopcnt 3 name loop"},
        {44, 0xa0, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 40968 hopcnt 3 name loop"},
        {44, 0xff, "192.0.2.1.525 > 192.0.2.9.525: TSP_LOOP vers 1 seq 65288 hopcnt 3 name loop"},
    },
};

}  // namespace tapsniff::test::timed_frames
