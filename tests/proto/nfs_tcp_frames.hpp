// Real frames for the nfs_tcp tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::nfs_tcp_frames {

// suricata--tests_nfs3-procedure_input.pcap frame 202
inline const CutFrame kGetattr{
    "000c29e913b1000c2952a6570800450000a02c10400040068ca0c0a8001ac0a8"
    "003d03700801aa111e7a0a6cab86801801b6823a00000101080a157b361893b4"
    "cedc80000068a7d3d4270000000000000002000186a300000004000000010000"
    "00010000002000470903000000096e65746170702d3236000000000000000000"
    "00000000000000000000000000000000000000000001000000010000002c0000"
    "02d2e01482000000000000000402",
    174, 66,
    {
        {66, 77, "192.168.0.26.880 > 192.168.0.61.2049: Flags [P.], seq 2853248634:2853248742, ack 174893958, win 438, options [nop,nop,TS val 360396312 ecr 2478100188], length 108"},
        {78, 93, "192.168.0.26.880 > 192.168.0.61.2049: Flags [P.], seq 2853248634:2853248742, ack 174893958, win 438, options [nop,nop,TS val 360396312 ecr 2478100188], length 108: NFS request xid 2815677479 104 [|nfs]"},
        {94, 173, "192.168.0.26.880 > 192.168.0.61.2049: Flags [P.], seq 2853248634:2853248742, ack 174893958, win 438, options [nop,nop,TS val 360396312 ecr 2478100188], length 108: NFS request xid 2815677479 104 getattr [|nfs]"},
        {174, 174, "192.168.0.26.880 > 192.168.0.61.2049: Flags [P.], seq 2853248634:2853248742, ack 174893958, win 438, options [nop,nop,TS val 360396312 ecr 2478100188], length 108: NFS request xid 2815677479 104 getattr fh 0,1/44"},
    },
    {
        {66, 0x00, "192.168.0.26.880 > 192.168.0.61.2049: Flags [P.], seq 2853248634:2853248742, ack 174893958, win 438, options [nop,nop,TS val 360396312 ecr 2478100188], length 108: NFS request xid 2815677479 104 getattr fh 0,1/44"},
    },
};

// zeek--nfs_nfs_write.pcap frame 91
inline const CutFrame kReply{
    "525400f7b15f5254008a1f0b0800450000a89785400040062c9dc0a87adbc0a8"
    "7a01080102a76d7ef2b344f4917e801801f50aec00000101080a5cf50ee7e775"
    "cbad800000707dde017b00000001000000000000000000000000000000000000"
    "000000000002000001ff00000002000000000000000000000000000010000000"
    "0000000010000000000000000000ed32de735c9f8b3f00000000001200026a29"
    "42fb3487f9fe6a2942e039f089ef6a2942e039f089ef",
    182, 66,
    {
        {66, 77, "192.168.122.219.2049 > 192.168.122.1.679: Flags [P.], seq 1837036211:1837036327, ack 1156878718, win 501, options [nop,nop,TS val 1559564007 ecr 3883256749], length 116"},
        {78, 81, "192.168.122.219.2049 > 192.168.122.1.679: Flags [P.], seq 1837036211:1837036327, ack 1156878718, win 501, options [nop,nop,TS val 1559564007 ecr 3883256749], length 116: NFS reply xid 2111701371  [|nfs]"},
        {82, 182, "192.168.122.219.2049 > 192.168.122.1.679: Flags [P.], seq 1837036211:1837036327, ack 1156878718, win 501, options [nop,nop,TS val 1559564007 ecr 3883256749], length 116: NFS reply xid 2111701371 reply ok 112"},
    },
    {
        {66, 0x00, "192.168.122.219.2049 > 192.168.122.1.679: Flags [P.], seq 1837036211:1837036327, ack 1156878718, win 501, options [nop,nop,TS val 1559564007 ecr 3883256749], length 116: NFS reply xid 2111701371 reply ok 112"},
    },
};

}  // namespace tapsniff::test::nfs_tcp_frames
