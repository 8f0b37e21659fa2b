// Real frames for the ptp tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::ptp_frames {

// tcpdump--ptp.pcap frame 1
inline const CutFrame kDelayReq{
    "01005e0001817cfe90f950b4080045000048dd6340000111af520b00006ee000"
    "0181013f013f0034af3a0102002c000000000000000000000000000000007cfe"
    "90fffef950b400010084017f00000000000000000000",
    86, 42,
    {
        {42, 43, "11.0.0.110.319 > 224.0.1.129.319:  [|ptp]"},
        {44, 45, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg [|ptp]"},
        {46, 47, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44 [|ptp]"},
        {48, 49, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0 [|ptp]"},
        {50, 55, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none] [|ptp]"},
        {56, 57, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0 [|ptp]"},
        {58, 61, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0 [|ptp]"},
        {62, 69, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0 [|ptp]"},
        {70, 71, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4 [|ptp]"},
        {72, 73, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1 [|ptp]"},
        {74, 74, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132 [|ptp]"},
        {75, 75, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req) [|ptp]"},
        {76, 81, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : [|ptp]"},
        {82, 85, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, [|ptp]"},
        {86, 86, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, 0 nanoseconds"},
    },
    {
        {42, 0x00, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {42, 0x02, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : peer delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, preciseOriginTimeStamp : 0 seconds, 0 nanoseconds [|ptp]"},
        {42, 0x04, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : Reserved, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127"},
        {42, 0x1f, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : yes, msg type : Reserved, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127"},
        {42, 0x30, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : yes, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {42, 0x81, "11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {43, 0x00, "11.0.0.110.319 > 224.0.1.129.319: PTPv0"},
        {43, 0x01, "11.0.0.110.319 > 224.0.1.129.319: PTPv1 (not implemented)"},
        {43, 0x04, "11.0.0.110.319 > 224.0.1.129.319: PTPv4"},
        {43, 0x06, "11.0.0.110.319 > 224.0.1.129.319: PTPv6"},
        {43, 0x1f, "11.0.0.110.319 > 224.0.1.129.319: PTPv31"},
        {43, 0x30, "11.0.0.110.319 > 224.0.1.129.319: PTPv48"},
        {43, 0x7f, "11.0.0.110.319 > 224.0.1.129.319: PTPv127"},
        {43, 0x80, "11.0.0.110.319 > 224.0.1.129.319: PTPv128"},
        {43, 0x81, "11.0.0.110.319 > 224.0.1.129.319: PTPv129"},
        {43, 0x82, "11.0.0.110.319 > 224.0.1.129.319: PTPv130"},
        {43, 0x84, "11.0.0.110.319 > 224.0.1.129.319: PTPv132"},
        {43, 0xa0, "11.0.0.110.319 > 224.0.1.129.319: PTPv160"},
        {43, 0xff, "11.0.0.110.319 > 224.0.1.129.319: PTPv255"},
    },
};

// tcpdump--ptp.pcap frame 2
inline const CutFrame kDelayResp{
    "01005e0001810002000000010800450000521cf340000111701e0b000009e000"
    "018101400140003e0a9809020036000000000000000000000000000000000002"
    "00fffe00000100010084030000005a6790890ecca2a57cfe90fffef950b40001",
    96, 42,
    {
        {42, 43, "11.0.0.9.320 > 224.0.1.129.320:  [|ptp]"},
        {44, 45, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg [|ptp]"},
        {46, 47, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54 [|ptp]"},
        {48, 49, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0 [|ptp]"},
        {50, 55, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none] [|ptp]"},
        {56, 57, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0 [|ptp]"},
        {58, 61, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0 [|ptp]"},
        {62, 69, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0 [|ptp]"},
        {70, 71, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001 [|ptp]"},
        {72, 73, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1 [|ptp]"},
        {74, 74, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132 [|ptp]"},
        {75, 75, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp) [|ptp]"},
        {76, 81, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : [|ptp]"},
        {82, 85, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, [|ptp]"},
        {86, 93, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, 248292005 nanoseconds [|ptp]"},
        {94, 95, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, 248292005 nanoseconds, port identity : 0x7cfe90fffef950b4 [|ptp]"},
        {96, 96, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, 248292005 nanoseconds, port identity : 0x7cfe90fffef950b4, port id : 1"},
    },
    {
        {42, 0x00, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : sync msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, originTimeStamp : 1516736649 seconds, 248292005 nanoseconds"},
        {42, 0x01, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay req msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, originTimeStamp : 1516736649 seconds, 248292005 nanoseconds"},
        {42, 0x04, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : Reserved, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0"},
        {42, 0x1f, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : yes, msg type : Reserved, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0"},
        {42, 0x30, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : yes, msg type : sync msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, originTimeStamp : 1516736649 seconds, 248292005 nanoseconds"},
        {43, 0x00, "11.0.0.9.320 > 224.0.1.129.320: PTPv0"},
        {43, 0x01, "11.0.0.9.320 > 224.0.1.129.320: PTPv1 (not implemented)"},
        {43, 0x04, "11.0.0.9.320 > 224.0.1.129.320: PTPv4"},
        {43, 0x06, "11.0.0.9.320 > 224.0.1.129.320: PTPv6"},
        {43, 0x1f, "11.0.0.9.320 > 224.0.1.129.320: PTPv31"},
        {43, 0x30, "11.0.0.9.320 > 224.0.1.129.320: PTPv48"},
        {43, 0x7f, "11.0.0.9.320 > 224.0.1.129.320: PTPv127"},
        {43, 0x80, "11.0.0.9.320 > 224.0.1.129.320: PTPv128"},
        {43, 0x81, "11.0.0.9.320 > 224.0.1.129.320: PTPv129"},
        {43, 0x82, "11.0.0.9.320 > 224.0.1.129.320: PTPv130"},
        {43, 0x84, "11.0.0.9.320 > 224.0.1.129.320: PTPv132"},
        {43, 0xa0, "11.0.0.9.320 > 224.0.1.129.320: PTPv160"},
        {43, 0xff, "11.0.0.9.320 > 224.0.1.129.320: PTPv255"},
    },
};

// tcpdump--ptp.pcap frame 3
inline const CutFrame kAnnounce{
    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000"
    "018101400140004881b40b020040000000000000000000000000000000000002"
    "00fffe0000010001021605010000000000000000000000240080f8feffff8000"
    "0200fffe0000010000a0",
    106, 42,
    {
        {42, 43, "11.0.0.9.320 > 224.0.1.129.320:  [|ptp]"},
        {44, 45, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg [|ptp]"},
        {46, 47, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64 [|ptp]"},
        {48, 49, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0 [|ptp]"},
        {50, 55, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none] [|ptp]"},
        {56, 57, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0 [|ptp]"},
        {58, 61, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0 [|ptp]"},
        {62, 69, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0 [|ptp]"},
        {70, 71, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001 [|ptp]"},
        {72, 73, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1 [|ptp]"},
        {74, 74, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534 [|ptp]"},
        {75, 75, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other) [|ptp]"},
        {76, 81, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : [|ptp]"},
        {82, 85, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds [|ptp]"},
        {86, 87, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds [|ptp]"},
        {88, 88, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36 [|ptp]"},
        {89, 89, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0 [|ptp]"},
        {90, 90, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128 [|ptp]"},
        {91, 91, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248 [|ptp]"},
        {92, 93, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254 [|ptp]"},
        {94, 94, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535 [|ptp]"},
        {95, 102, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128 [|ptp]"},
        {103, 104, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128, gm clock id : 0x200fffe000001 [|ptp]"},
        {105, 105, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128, gm clock id : 0x200fffe000001, steps removed : 0 [|ptp]"},
        {106, 106, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128, gm clock id : 0x200fffe000001, steps removed : 0, time source : 0xa0"},
    },
    {
        {42, 0x00, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : sync msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {42, 0x01, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay req msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {42, 0x04, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : Reserved, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1"},
        {42, 0x1f, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : yes, msg type : Reserved, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1"},
        {42, 0x30, "11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : yes, msg type : sync msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {43, 0x00, "11.0.0.9.320 > 224.0.1.129.320: PTPv0"},
        {43, 0x01, "11.0.0.9.320 > 224.0.1.129.320: PTPv1 (not implemented)"},
        {43, 0x04, "11.0.0.9.320 > 224.0.1.129.320: PTPv4"},
        {43, 0x06, "11.0.0.9.320 > 224.0.1.129.320: PTPv6"},
        {43, 0x1f, "11.0.0.9.320 > 224.0.1.129.320: PTPv31"},
        {43, 0x30, "11.0.0.9.320 > 224.0.1.129.320: PTPv48"},
        {43, 0x7f, "11.0.0.9.320 > 224.0.1.129.320: PTPv127"},
        {43, 0x80, "11.0.0.9.320 > 224.0.1.129.320: PTPv128"},
        {43, 0x81, "11.0.0.9.320 > 224.0.1.129.320: PTPv129"},
        {43, 0x82, "11.0.0.9.320 > 224.0.1.129.320: PTPv130"},
        {43, 0x84, "11.0.0.9.320 > 224.0.1.129.320: PTPv132"},
        {43, 0xa0, "11.0.0.9.320 > 224.0.1.129.320: PTPv160"},
        {43, 0xff, "11.0.0.9.320 > 224.0.1.129.320: PTPv255"},
    },
};

// tcpdump--ptp.pcap frame 4
inline const CutFrame kSync{
    "01005e0001810002000000010800450000481e87400001116e940b000009e000"
    "0181013f013f00340b210002002c000002000000000000000000000000000002"
    "00fffe0000010001042b000000000000000000000000",
    86, 42,
    {
        {42, 43, "11.0.0.9.319 > 224.0.1.129.319:  [|ptp]"},
        {44, 45, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg [|ptp]"},
        {46, 47, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44 [|ptp]"},
        {48, 49, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0 [|ptp]"},
        {50, 55, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step] [|ptp]"},
        {56, 57, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0 [|ptp]"},
        {58, 61, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0 [|ptp]"},
        {62, 69, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0 [|ptp]"},
        {70, 71, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001 [|ptp]"},
        {72, 73, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1 [|ptp]"},
        {74, 74, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067 [|ptp]"},
        {75, 75, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync) [|ptp]"},
        {76, 81, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : [|ptp]"},
        {82, 85, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, [|ptp]"},
        {86, 86, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds"},
    },
    {
        {42, 0x01, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {42, 0x02, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : peer delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, preciseOriginTimeStamp : 0 seconds, 0 nanoseconds [|ptp]"},
        {42, 0x04, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : Reserved, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0"},
        {42, 0x1f, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : yes, msg type : Reserved, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0"},
        {42, 0x30, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : yes, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {42, 0x80, "11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds"},
        {43, 0x00, "11.0.0.9.319 > 224.0.1.129.319: PTPv0"},
        {43, 0x01, "11.0.0.9.319 > 224.0.1.129.319: PTPv1 (not implemented)"},
        {43, 0x04, "11.0.0.9.319 > 224.0.1.129.319: PTPv4"},
        {43, 0x06, "11.0.0.9.319 > 224.0.1.129.319: PTPv6"},
        {43, 0x1f, "11.0.0.9.319 > 224.0.1.129.319: PTPv31"},
        {43, 0x30, "11.0.0.9.319 > 224.0.1.129.319: PTPv48"},
        {43, 0x7f, "11.0.0.9.319 > 224.0.1.129.319: PTPv127"},
        {43, 0x80, "11.0.0.9.319 > 224.0.1.129.319: PTPv128"},
        {43, 0x81, "11.0.0.9.319 > 224.0.1.129.319: PTPv129"},
        {43, 0x82, "11.0.0.9.319 > 224.0.1.129.319: PTPv130"},
        {43, 0x84, "11.0.0.9.319 > 224.0.1.129.319: PTPv132"},
        {43, 0xa0, "11.0.0.9.319 > 224.0.1.129.319: PTPv160"},
        {43, 0xff, "11.0.0.9.319 > 224.0.1.129.319: PTPv255"},
    },
};

}  // namespace tapsniff::test::ptp_frames
