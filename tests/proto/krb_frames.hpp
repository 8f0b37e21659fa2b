// Real frames for the krb tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::krb_frames {

// zeek--krb_kinit.pcap frame 1
inline const CutFrame kAsReq{
    "00241d847e79c8e0eb1493df0800450000ce7c2a00003f117b65c0a8011fc0a8"
    "0120f669005800ba18b26a81af3081aca103020105a20302010aa30e300c300a"
    "a10402020095a2020400a4818f30818ca00703050000000010a1233021a00302"
    "0101a11a30181b1676616c69645f636c69656e745f7072696e636970616ca20b"
    "1b09564c4144472e4e4554a31e301ca003020102a11530131b066b7262746774"
    "1b09564c4144472e4e4554a511180f32303135303131393232353435395aa706"
    "02047805a1eba814301202011202011102011002011702011902011a",
    220, 42,
    {
        {42, 42, "192.168.1.31.63081 > 192.168.1.32.88:  [|krb]"},
        {43, 220, "192.168.1.31.63081 > 192.168.1.32.88:  v5"},
    },
    {
        {42, 0x00, "192.168.1.31.63081 > 192.168.1.32.88: "},
        {42, 0x01, "192.168.1.31.63081 > 192.168.1.32.88:  v1"},
        {42, 0x02, "192.168.1.31.63081 > 192.168.1.32.88:  v2"},
        {42, 0x04, "192.168.1.31.63081 > 192.168.1.32.88:  v4 le #128: (unknown)"},
        {43, 0x00, "192.168.1.31.63081 > 192.168.1.32.88:  v5"},
    },
};

// tcpdump--babel_update_oobr.pcap frame 8
inline const CutFrame kV4KdcRequest{
    "028e00506de10101ed8300000800450888011640400040114a700a00000100ea"
    "9ad600585e0a02f40ab104020f0f0f0f0f0f0f0f0f04d7d7d7d7d7d7d7000000"
    "ff00001688",
    262144, 42,
    {
        {42, 42, "10.0.0.1.88 > 0.234.154.214.24074:  [|krb]"},
        {43, 43, "10.0.0.1.88 > 0.234.154.214.24074:  v4 [|krb]"},
        {44, 44, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST:  [|krb]"},
        {45, 45, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O [|krb]"},
        {46, 46, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O [|krb]"},
        {47, 47, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O [|krb]"},
        {48, 48, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O [|krb]"},
        {49, 49, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O [|krb]"},
        {50, 50, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O [|krb]"},
        {51, 51, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O [|krb]"},
        {52, 52, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O [|krb]"},
        {53, 53, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O [|krb]"},
        {54, 54, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^D [|krb]"},
        {55, 55, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-W [|krb]"},
        {56, 56, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-W [|krb]"},
        {57, 57, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-W [|krb]"},
        {58, 58, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-W [|krb]"},
        {59, 59, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-W [|krb]"},
        {60, 60, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-W [|krb]"},
        {61, 61, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W [|krb]"},
        {62, 62, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W. [|krb]"},
        {63, 68, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ [|krb]"},
        {69, 69, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
    },
    {
        {42, 0x00, "10.0.0.1.88 > 0.234.154.214.24074: "},
        {42, 0x01, "10.0.0.1.88 > 0.234.154.214.24074:  v1"},
        {42, 0x02, "10.0.0.1.88 > 0.234.154.214.24074:  v2"},
        {43, 0x00, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be #0: (unknown)"},
        {43, 0x01, "10.0.0.1.88 > 0.234.154.214.24074:  v4 le #0: (unknown)"},
        {43, 0x04, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REPLY: ^O^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ [|krb]"},
        {43, 0x06, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be APPL_REQUEST: v15 ^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W (0) (0)"},
        {43, 0x1f, "10.0.0.1.88 > 0.234.154.214.24074:  v4 le #30: (unknown)"},
        {43, 0x30, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be #48: (unknown)"},
        {43, 0x7f, "10.0.0.1.88 > 0.234.154.214.24074:  v4 le DIE: (unknown)"},
        {43, 0x80, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be #128: (unknown)"},
        {43, 0x81, "10.0.0.1.88 > 0.234.154.214.24074:  v4 le #128: (unknown)"},
        {43, 0x82, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be #130: (unknown)"},
        {43, 0x84, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be #132: (unknown)"},
        {43, 0xa0, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be #160: (unknown)"},
        {43, 0xff, "10.0.0.1.88 > 0.234.154.214.24074:  v4 le #254: (unknown)"},
        {44, 0x00, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: .^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W@ 110min M-^H [|krb]"},
        {44, 0x01, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^A^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x02, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^B^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x04, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^D^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x06, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^F^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x1f, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^_^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x30, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: 0^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x7f, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^?^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x80, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: M-^@^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x81, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: M-^A^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x82, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: M-^B^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0x84, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: M-^D^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0xa0, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: M- ^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {44, 0xff, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: M-^?^O^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x00, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O.^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W@ 110min M-^H [|krb]"},
        {45, 0x01, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^A^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x02, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^B^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x04, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^D^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x06, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^F^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x1f, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^_^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x30, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O0^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x7f, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^O^?^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x80, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^OM-^@^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
        {45, 0x81, "10.0.0.1.88 > 0.234.154.214.24074:  v4 be KDC_REQUEST: ^OM-^A^O^O^O^O^O^O^O^DM-WM-WM-WM-WM-WM-WM-W.@ 680min  [|krb]"},
    },
};

}  // namespace tapsniff::test::krb_frames
