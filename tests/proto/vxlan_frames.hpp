// Real frames for the vxlan tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::vxlan_frames {

// tcpdump--vxlan.pcap frame 1
inline const CutFrame kIcmp{
    "00163e0871cf36dc851eb340080045000086d2c0400040115152c0a8cb01c0a8"
    "ca01b05d12b500720000080000000000640000308801000200163e37f6040800"
    "45000054000040004001234fc0a8cb03c0a8cb050800f6f2050c0001fce29751"
    "00000000a6f8020000000000101112131415161718191a1b1c1d1e1f20212223"
    "2425262728292a2b2c2d2e2f3031323334353637",
    148, 42,
    {
        {42, 42, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN [|vxlan]"},
        {43, 48, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08),  [|vxlan]"},
        {49, 49, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n [|vxlan]"},
        {50, 63, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n [|ether]"},
        {64, 83, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98:  [|ip]"},
        {84, 91, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5:  [|icmp]"},
        {92, 148, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
    },
    {
        {42, 0x00, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x00), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x01, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x01), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x02, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x02), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x04, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x04), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x06, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x06), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x1f, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x1f), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x30, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x30), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x7f, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x7f), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x80, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x80), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x81, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x81), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x82, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x82), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0x84, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x84), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0xa0, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [invalid] (0xa0), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {42, 0xff, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0xff), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {43, 0x01, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x01, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 65636\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x02, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 131172\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x04, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 262244\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x06, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 393316\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x1f, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 2031716\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x30, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 3145828\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x7f, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8323172\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x80, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8388708\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x81, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8454244\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x82, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8519780\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0x84, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8650852\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0xa0, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 10485860\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {46, 0xff, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 16711780\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x01, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 356\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x02, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 612\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x04, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 1124\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x06, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 1636\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x1f, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8036\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x30, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 12388\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x7f, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 32612\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x80, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 32868\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x81, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 33124\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x82, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 33380\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0x84, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 33892\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
        {47, 0xa0, "192.168.203.1.45149 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 41060\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype IPv4 (0x0800), length 98: 192.168.203.3 > 192.168.203.5: ICMP echo request, id 1292, seq 1, length 64"},
    },
};

// tcpdump--vxlan.pcap frame 3
inline const CutFrame kArp{
    "00163e0871cf36dc851eb34008004500004ed2c1400040115189c0a8cb01c0a8"
    "ca01cb8612b5003a0000080000000000640000308801000200163e37f6040806"
    "000108000604000200163e37f604c0a8cb03003088010002c0a8cb05",
    92, 42,
    {
        {42, 42, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN [|vxlan]"},
        {43, 48, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08),  [|vxlan]"},
        {49, 49, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n [|vxlan]"},
        {50, 63, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n [|ether]"},
        {64, 91, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42:  [|arp]"},
        {92, 92, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
    },
    {
        {42, 0x00, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x00), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x01, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x01), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x02, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x02), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x04, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x04), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x06, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x06), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x1f, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x1f), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x30, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x30), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x7f, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x7f), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x80, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x80), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x81, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x81), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x82, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x82), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0x84, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0x84), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0xa0, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [invalid] (0xa0), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {42, 0xff, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0xff), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {43, 0x01, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 100\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x01, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 65636\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x02, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 131172\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x04, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 262244\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x06, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 393316\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x1f, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 2031716\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x30, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 3145828\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x7f, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8323172\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x80, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8388708\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x81, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8454244\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x82, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8519780\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0x84, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8650852\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0xa0, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 10485860\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {46, 0xff, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 16711780\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x01, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 356\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x02, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 612\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x04, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 1124\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x06, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 1636\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x1f, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 8036\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x30, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 12388\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x7f, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 32612\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x80, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 32868\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x81, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 33124\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x82, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 33380\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0x84, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 33892\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
        {47, 0xa0, "192.168.203.1.52102 > 192.168.202.1.4789: VXLAN, flags [I] (0x08), vni 41060\n00:16:3e:37:f6:04 > 00:30:88:01:00:02, ethertype ARP (0x0806), length 42: Reply 192.168.203.3 is-at 00:16:3e:37:f6:04, length 28"},
    },
};

}  // namespace tapsniff::test::vxlan_frames
