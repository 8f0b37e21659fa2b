// Real frames for the hsrp tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::hsrp_frames {

// tcpdump--HSRP_coup.pcap frame 1
inline const CutFrame kHello{
    "01005e00000200000c07ac01080045c000300000000001111835c0a8001ee000"
    "000207c107c1001c2d8d000010030a640100636973636f000000c0a80001",
    62, 42,
    {
        {42, 42, "192.168.0.30.1985 > 224.0.0.2.1985:  [|hsrp]"},
        {43, 43, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0- [|hsrp]"},
        {44, 44, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20:  [|hsrp]"},
        {45, 48, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active  [|hsrp]"},
        {49, 61, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]"},
        {62, 62, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.168.0.1"},
    },
    {
        {42, 0x01, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv1"},
        {42, 0x02, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv2"},
        {42, 0x04, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv4"},
        {42, 0x06, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv6"},
        {42, 0x1f, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv31"},
        {42, 0x30, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv48"},
        {42, 0x7f, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv127"},
        {42, 0x80, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv128"},
        {42, 0x81, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv129"},
        {42, 0x82, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv130"},
        {42, 0x84, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv132"},
        {42, 0xa0, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv160"},
        {42, 0xff, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv255"},
        {43, 0x01, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-coup 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x02, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-resign 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x04, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (4) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x06, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (6) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x1f, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (31) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x30, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (48) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x7f, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (127) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x80, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (128) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x81, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (129) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x82, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (130) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0x84, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (132) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0xa0, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (160) 20: state=active group=1 addr=192.168.0.1"},
        {43, 0xff, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-unknown (255) 20: state=active group=1 addr=192.168.0.1"},
        {44, 0x00, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=initial group=1 addr=192.168.0.1"},
        {44, 0x01, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=learn group=1 addr=192.168.0.1"},
        {44, 0x02, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=listen group=1 addr=192.168.0.1"},
        {44, 0x04, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=speak group=1 addr=192.168.0.1"},
        {44, 0x06, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (6) group=1 addr=192.168.0.1"},
        {44, 0x1f, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (31) group=1 addr=192.168.0.1"},
        {44, 0x30, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (48) group=1 addr=192.168.0.1"},
        {44, 0x7f, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (127) group=1 addr=192.168.0.1"},
        {44, 0x80, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (128) group=1 addr=192.168.0.1"},
        {44, 0x81, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (129) group=1 addr=192.168.0.1"},
        {44, 0x82, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (130) group=1 addr=192.168.0.1"},
        {44, 0x84, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (132) group=1 addr=192.168.0.1"},
        {44, 0xa0, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (160) group=1 addr=192.168.0.1"},
        {44, 0xff, "192.168.0.30.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=Unknown (255) group=1 addr=192.168.0.1"},
    },
};

}  // namespace tapsniff::test::hsrp_frames
