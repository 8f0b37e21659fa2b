// Real frames for the isakmp tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::isakmp_frames {

// tcpdump--ISAKMP_sa_setup.pcap frame 1
inline const CutFrame kIdent{
    "c20157750000c20057750000080045c000b000650000ff11a6150a0000010a00"
    "000201f401f4009c4f74cf02326f14a95b930000000000000000011002000000"
    "0000000000940d00003c00000001000000010000003001010001000000280101"
    "000080010007800e0080800200028004000180030001800b0001000c00040001"
    "51800d000014439b59f8ba676c4c7737ae22eab8f5820d0000147d9419a65310"
    "ca6f2c179d9215529d560000001490cb80913ebb696e086381b5ec427b1f",
    190, 42,
    {
        {42, 69, "10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]"},
        {70, 190, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident"},
    },
    {
        {42, 0x00, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident"},
        {50, 0x01, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 ? ident"},
        {59, 0x00, "10.0.0.1.500 > 10.0.0.2.500: isakmp:"},
        {60, 0x00, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I none"},
        {60, 0x01, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I base"},
        {60, 0x04, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I agg"},
        {60, 0x06, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #6"},
        {60, 0x1f, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #31"},
        {60, 0x30, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #48"},
        {60, 0x7f, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #127"},
        {60, 0x80, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #128"},
        {60, 0x81, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #129"},
        {60, 0x82, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #130"},
        {60, 0x84, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #132"},
        {60, 0xa0, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #160"},
        {60, 0xff, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I #255"},
        {61, 0x01, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident[E]"},
        {61, 0x02, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident[C]"},
        {61, 0x04, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident[]"},
        {61, 0x1f, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident[EC]"},
        {62, 0x01, "10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 2/others I ident"},
    },
};

// tcpdump--isakmp4500.pcap frame 9
inline const CutFrame kNonEsp{
    "100000646423100000deadba0800450001cc000040003f11b509c00102fec001"
    "02171194119401b8dd38000000009e89f2388f90bc1e0a74357ce3d1a4bf0810"
    "20018b7e8947000001ac71e90fba0473f09ce659e74896090595f098540dffc6"
    "3ee08d91ec87452f586da9984844f04ced62f7b534a324a4299da96d3e327398"
    "4c04744c02e7fc8e80fb63c6fcdbf35794e7157386f011409f18506a5ff4cc92"
    "39f56de8fe7ee420ca14b40e719af820fe841c6b4c3493d2a57d7e3019cc2a70"
    "65fef3a46d79bf6e4fb60c618a23238ba1be73a47460a589f614bf0729631121"
    "8018908db5c3b308c9fc315c3315df1e53ee8d0ba669824df38b6c82adfdf8db"
    "ab10fdbc76554922babd7787d25939b2c8402ac118238a840747bfa39cdf9ddd"
    "f245194810d412466b738bbbb886afa3c769ef617ee283ea56d28a37345e9817"
    "0d281a28eff8eee0affbb3632db49578e51ad87d5a381e964a64b46d3e39445f"
    "988f3813a355ed55171288dd1caf1e600002ed93a9a3424beccface9ffd6216a"
    "7cb1348398daad5f508eb147f83d87672ab9a171ed28a8d5924b731ba80a774b"
    "eb6c8a97ffbdc7258c907647e5fcd4ce6b5c7946cbff4e0230c40dbe3d97d473"
    "e204194bdea52208cd4ad07a87738316cfaaefe1d14e2e46ce78",
    474, 42,
    {
        {42, 45, "192.1.2.254.4500 > 192.1.2.23.4500:  [|isakmp_rfc3948]"},
        {46, 73, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap:  [|isakmp]"},
        {74, 474, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? oakley-quick[E]"},
    },
    {
        {46, 0x00, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? oakley-quick[E]"},
        {63, 0x00, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp:"},
        {64, 0x00, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? none[E]"},
        {64, 0x01, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? base[E]"},
        {64, 0x02, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? ident[E]"},
        {64, 0x04, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? agg[E]"},
        {64, 0x06, "192.1.2.254.4500 > 192.1.2.23.4500: NONESP-encap: isakmp: phase 2/others ? #6[E]"},
    },
};

}  // namespace tapsniff::test::isakmp_frames
