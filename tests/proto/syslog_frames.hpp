// Real frames for the syslog tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::syslog_frames {

// tcpdump--syslog_udp.pcap frame 1
inline const CutFrame kKernel{
    "14cf929138f0b09928c8d64608004500004f78d140004011ad710a0000140a00"
    "0048b9cd0202003b14a83c353e5365702031322031393a31363a313220746872"
    "6f756768206c6f676765723a2074657374206d65737361676520323100",
    93, 42,
    {
        {42, 44, "10.0.0.20.47565 > 10.0.0.72.514:  [|syslog]"},
        {45, 93, "10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.notice, length: 51"},
    },
    {
        {42, 0x00, "10.0.0.20.47565 > 10.0.0.72.514:  (invalid)"},
        {43, 0x30, "10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.emergency, length: 51"},
        {45, 0x00, "10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.notice, length: 51"},
    },
};

// zeek--syslog-missing-pri.pcap frame 1
inline const CutFrame kMissingPri{
    "92a7e1503860f01898a14118080045000059f65f00004011fe58c0a80276c0a8"
    "0215ed72020200454a3e54686973206973206e6f74207265616c6c7920612073"
    "79736c6f67206d65737361676520233137333533382031353532353834343130"
    "2e373831313836",
    103, 42,
    {
        {42, 42, "192.168.2.118.60786 > 192.168.2.21.514:  [|syslog]"},
        {43, 103, "192.168.2.118.60786 > 192.168.2.21.514:  (invalid)"},
    },
    {
        {42, 0x00, "192.168.2.118.60786 > 192.168.2.21.514:  (invalid)"},
    },
};

}  // namespace tapsniff::test::syslog_frames
