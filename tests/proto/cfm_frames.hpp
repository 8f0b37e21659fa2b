// Real frames for the cfm tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::cfm_frames {

// tcpdump--cfm_sender_id-oobr.pcap frame 1
inline const CutFrame kFuzz{
    "000cfb49967ec0c1c0a09b9dabcd00ff0000ff000001000401049a00000cfb",
    65570, 14,
    {
        {14, 17, " [|cfm]"},
        {18, 31, "CFMv0 unknown (255), MD Level 0, length 65556"},
    },
    {
        {14, 0x01, "CFMv1 not supported, length 65556"},
        {14, 0x02, "CFMv2 not supported, length 65556"},
        {14, 0x04, "CFMv4 not supported, length 65556"},
        {14, 0x06, "CFMv6 not supported, length 65556"},
        {14, 0x1f, "CFMv31 not supported, length 65556"},
        {14, 0x30, "CFMv16 not supported, length 65556"},
        {14, 0x80, "CFMv0 unknown (255), MD Level 4, length 65556"},
        {14, 0xa0, "CFMv0 unknown (255), MD Level 5, length 65556"},
        {15, 0x00, "CFMv0 unknown (0), MD Level 0, length 65556"},
        {15, 0x01, "CFMv0 Continuity Check Message, MD Level 0, length 65556"},
        {15, 0x02, "CFMv0 Loopback Reply, MD Level 0, length 65556"},
        {15, 0x04, "CFMv0 Linktrace Reply, MD Level 0, length 65556"},
        {15, 0x06, "CFMv0 unknown (6), MD Level 0, length 65556"},
        {15, 0x1f, "CFMv0 unknown (31), MD Level 0, length 65556"},
        {15, 0x30, "CFMv0 unknown (48), MD Level 0, length 65556"},
        {15, 0x7f, "CFMv0 unknown (127), MD Level 0, length 65556"},
        {15, 0x80, "CFMv0 unknown (128), MD Level 0, length 65556"},
        {15, 0x81, "CFMv0 unknown (129), MD Level 0, length 65556"},
        {15, 0x82, "CFMv0 unknown (130), MD Level 0, length 65556"},
        {15, 0x84, "CFMv0 unknown (132), MD Level 0, length 65556"},
        {15, 0xa0, "CFMv0 unknown (160), MD Level 0, length 65556"},
        {16, 0x01, "CFMv0 unknown (255), MD Level 0, length 65556"},
    },
};

}  // namespace tapsniff::test::cfm_frames
