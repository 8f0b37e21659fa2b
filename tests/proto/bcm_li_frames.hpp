// Real frames for the bcm_li tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::bcm_li_frames {

// tcpdump--bcm-li.pcap frame 1
inline const CutFrame kShim{
    "005056b257991ce85d2417c3080045020046000000003b11912cd9591eb0d959"
    "1d16c000c001003200006881046a0a24000845526bba00000000000000000000"
    "0000000000000000000000000000000000000000",
    84, 42,
    {
        {42, 45, "217.89.30.176.49152 > 217.89.29.22.49153:  [|bcm_li]"},
        {46, 83, "217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 66666 [|bcm_li]"},
        {84, 84, "217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 66666"},
    },
    {
        {42, 0x00, "217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction unknown, pkt-type unknown, pkt-subtype double VLAN tag, li-id 66666"},
        {42, 0x30, "217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction unused, pkt-type unknown, pkt-subtype double VLAN tag, li-id 66666"},
        {42, 0x7f, "217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction ingress, pkt-type unknown, pkt-subtype unknown, li-id 66666"},
    },
};

}  // namespace tapsniff::test::bcm_li_frames
