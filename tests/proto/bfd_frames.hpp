// Real frames for the bfd tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::bfd_frames {

// tcpdump--bfd-lag.pcap frame 1
inline const CutFrame kLag{
    "01005e900001001c738f8f5d080045c0003400000000ff11a6f60a0000020a00"
    "0001c8371a8000206546206003180de6083700000000000f4240000493e00004"
    "93e0",
    66, 42,
    {
        {42, 65, "10.0.0.2.51255 > 10.0.0.1.6784:  [|bfd]"},
        {66, 66, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Down, Flags: [Poll], length: 24"},
    },
    {
        {42, 0x00, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv0, Control, Flags: [Demand, Poll], length: 24"},
        {42, 0x30, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Down, Flags: [Poll], length: 24"},
        {42, 0x7f, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv3, Control, length: 24"},
        {42, 0x80, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv4, Control, length: 24"},
        {42, 0xa0, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv5, Control, length: 24"},
        {42, 0xff, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv7, Control, length: 24"},
        {43, 0x00, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State AdminDown, Flags: [none], length: 24"},
        {43, 0x01, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State AdminDown, Flags: [Multipoint], length: 24"},
        {43, 0x02, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State AdminDown, Flags: [Demand], length: 24"},
        {43, 0x04, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State AdminDown, Flags: [Authentication Present], length: 24"},
        {43, 0x1f, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State AdminDown, Flags: [Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 24"},
        {43, 0x30, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State AdminDown, Flags: [Poll, Final], length: 24"},
        {43, 0x7f, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Down, Flags: [Poll, Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 24"},
        {43, 0x80, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Init, Flags: [none], length: 24"},
        {43, 0x81, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Init, Flags: [Multipoint], length: 24"},
        {43, 0x82, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Init, Flags: [Demand], length: 24"},
        {43, 0x84, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Init, Flags: [Authentication Present], length: 24"},
        {43, 0xa0, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Init, Flags: [Poll], length: 24"},
        {43, 0xff, "10.0.0.2.51255 > 10.0.0.1.6784: BFDv1, Lag, State Up, Flags: [Poll, Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 24"},
    },
};

// tcpdump--bfd-raw-auth-md5.pcap frame 1
inline const CutFrame kMd5{
    "00000100000100109400000208004500004c000100000a112f48c0550102c000"
    "000104000ec800386acc204405300000000100000000000f4240000f42400000"
    "00000218020000000005010203040506070809101112131415163cc3f821",
    94, 42,
    {
        {42, 65, "192.85.1.2.1024 > 192.0.0.1.3784:  [|bfd]"},
        {66, 94, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Down, Flags: [Authentication Present], length: 48"},
    },
    {
        {42, 0x00, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv0, Control, Flags: [Demand, Authentication Present], length: 48"},
        {42, 0x30, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Down, Flags: [Authentication Present], length: 48"},
        {42, 0x7f, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv3, Control, length: 48"},
        {42, 0x80, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv4, Control, length: 48"},
        {42, 0xa0, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv5, Control, length: 48"},
        {42, 0xff, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv7, Control, length: 48"},
        {43, 0x00, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State AdminDown, Flags: [none], length: 48"},
        {43, 0x7f, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Down, Flags: [Poll, Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 48"},
        {43, 0x80, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Init, Flags: [none], length: 48"},
        {43, 0x81, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Init, Flags: [Multipoint], length: 48"},
        {43, 0x82, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Init, Flags: [Demand], length: 48"},
        {43, 0x84, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Init, Flags: [Authentication Present], length: 48"},
        {43, 0xa0, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Init, Flags: [Poll], length: 48"},
        {43, 0xff, "192.85.1.2.1024 > 192.0.0.1.3784: BFDv1, Control, State Up, Flags: [Poll, Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 48"},
    },
};

// tcpdump--bfd-multihop.pcap frame 1
inline const CutFrame kMultihop{
    "444ca87385cb444ca8a5161b080045c00034d2240000ff118ec4a1010c01a101"
    "0c0cebf90ec80020963720c003187429abf9d43a40c1000493e0000493e00004"
    "93e0",
    66, 42,
    {
        {42, 65, "161.1.12.1.60409 > 161.1.12.12.3784:  [|bfd]"},
        {66, 66, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Up, Flags: [none], length: 24"},
    },
    {
        {42, 0x00, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24"},
        {42, 0x30, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Up, Flags: [none], length: 24"},
        {42, 0x7f, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv3, Control, length: 24"},
        {42, 0x80, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv4, Control, length: 24"},
        {42, 0xa0, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv5, Control, length: 24"},
        {42, 0xff, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv7, Control, length: 24"},
        {43, 0x00, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State AdminDown, Flags: [none], length: 24"},
        {43, 0x7f, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Down, Flags: [Poll, Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 24"},
        {43, 0x80, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Init, Flags: [none], length: 24"},
        {43, 0x81, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Init, Flags: [Multipoint], length: 24"},
        {43, 0x82, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Init, Flags: [Demand], length: 24"},
        {43, 0x84, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Init, Flags: [Authentication Present], length: 24"},
        {43, 0xa0, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Init, Flags: [Poll], length: 24"},
        {43, 0xff, "161.1.12.1.60409 > 161.1.12.12.3784: BFDv1, Control, State Up, Flags: [Poll, Final, Control Plane Independent, Authentication Present, Demand, Multipoint], length: 24"},
    },
};

}  // namespace tapsniff::test::bfd_frames
