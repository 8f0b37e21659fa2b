// Helpers of tests/respond/responder_test.cpp: the requests, as bytes on the wire, and the
// byte-level checks of replies, independent of tapsniff's decoder and ChecksumSum.
//
// The kLinux* frames were captured from a Linux 6.x host pinging and arping a tapsniff --respond
// neighbour in a network namespace; the others were built with scapy 2.5 (checksums computed by
// scapy), except the hand-made ones.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "proto/numbers.hpp"
#include "test_frames.hpp"

namespace tapsniff::test {

namespace rf {

// --- captured from Linux (host tap0 = 72:c8:b1:db:54:ac, 10.0.0.1, fd00::1) ---

// `ping 10.0.0.2`: the ARP request; 42 bytes, no padding (a TAP device does not pad).
inline constexpr std::string_view kLinuxArpRequest =
    "ffffffffffff 72c8b1db54ac 0806"
    "0001 0800 06 04 0001 72c8b1db54ac 0a000001 000000000000 0a000002";

// The same, padded to 60 bytes with zeros as a switch or a NIC pads it.
inline constexpr std::string_view kLinuxArpRequestPadded =
    "ffffffffffff 72c8b1db54ac 0806"
    "0001 0800 06 04 0001 72c8b1db54ac 0a000001 000000000000 0a000002"
    "000000000000000000000000000000000000";

// `arping -I tap0 10.0.0.2`: the same with a broadcast target hardware address.
inline constexpr std::string_view kLinuxArpingRequest =
    "ffffffffffff 72c8b1db54ac 0806"
    "0001 0800 06 04 0001 72c8b1db54ac 0a000001 ffffffffffff 0a000002";

// `ping -s 20 10.0.0.2`: echo request id 4833 (0x12e1) seq 1, DF, ttl 64, ip id 0x010c; 62 bytes.
inline constexpr std::string_view kLinuxEcho =
    "02000a000002 72c8b1db54ac 0800"
    "4500 0030 010c 4000 4001 25bf 0a000001 0a000002"
    "0800 5bda 12e1 0001 6dfb076b00000000 e8b8090000000000 10111213";

// `ping -6 fd00::2`: the NS to the solicited-node group, with a source link-layer option; 86 bytes.
inline constexpr std::string_view kLinuxNs =
    "3333ff000002 72c8b1db54ac 86dd"
    "6000 0000 0020 3a ff fd000000000000000000000000000001 ff0200000000000000000001ff000002"
    "8700 0648 00000000 fd000000000000000000000000000002 0101 72c8b1db54ac";

// `ping -6 -s 20 fd00::2`: echo request id 4834 (0x12e2) seq 1, flow label 0x1e72; 82 bytes.
inline constexpr std::string_view kLinuxEcho6 =
    "060000000002 72c8b1db54ac 86dd"
    "6000 1e72 001c 3a 40 fd000000000000000000000000000001 fd000000000000000000000000000002"
    "8000 dc27 12e2 0001 6dfb076b00000000 f20e0d0000000000 10111213";

// Linux's own duplicate address detection NS for fd00::1 (from ::, with an RFC 7527 nonce option).
inline constexpr std::string_view kLinuxDadNs =
    "3333ff000001 72c8b1db54ac 86dd"
    "6000 0000 0020 3a ff 00000000000000000000000000000000 ff0200000000000000000001ff000001"
    "8700 5343 00000000 fd000000000000000000000000000001 0e01 7cb8bc58e347";

// --- hand-made ---

// ARP request with hlen 0 (malformed: no hardware addresses), for 10.0.0.2.
inline constexpr std::string_view kArpHlen0 =
    "ffffffffffff 72c8b1db54ac 0806"
    "0001 0800 00 04 0001 0a000001 0a000002";

// --- built with scapy ---

// echo request, id 0x1234, seq 7, 37 data bytes (odd: checksum over a padded last byte), tos 0x10; 79 bytes.
inline constexpr std::string_view kEchoOddPayload =
    "02000a00000272c8b1db54ac080045100041424240004001e4670a0000010a00"
    "000208005d5e12340007101112131415161718191a1b1c1d1e1f202122232425"
    "262728292a2b2c2d2e2f3031323334";

// echo request in 802.1Q vlan 100 p 3; 78 bytes.
inline constexpr std::string_view kEchoVlan =
    "02000a00000272c8b1db54ac8100606408004500003c00010000400166be0a00"
    "00010a000002080006f500090001000102030405060708090a0b0c0d0e0f1011"
    "12131415161718191a1b1c1d1e1f";

// echo request with a 4-byte IPv4 option (router alert), IHL 6; 54 bytes.
inline constexpr std::string_view kEchoOptions =
    "02000a00000272c8b1db54ac080046000028000200004001d1cc0a0000010a00"
    "0002940400000800665f000500066162636465666768";

// echo request to 10.0.0.3 (not ours); 50 bytes.
inline constexpr std::string_view kEchoOther =
    "02000a00000372c8b1db54ac08004500002400030000400166d30a0000010a00"
    "000308006664000500016162636465666768";

// broadcast echo request to 10.0.0.255; 50 bytes.
inline constexpr std::string_view kEchoBroadcast =
    "ffffffffffff72c8b1db54ac08004500002400040000400165d60a0000010a00"
    "00ff08006664000500016162636465666768";

// echo request with a wrong ICMP checksum (0x1234); 50 bytes.
inline constexpr std::string_view kEchoBadIcmpSum =
    "02000a00000272c8b1db54ac08004500002400050000400166d20a0000010a00"
    "000208001234000500016162636465666768";

// echo request with a wrong IPv4 header checksum (0xbeef), ICMP checksum right; 50 bytes.
inline constexpr std::string_view kEchoBadIpSum =
    "02000a00000272c8b1db54ac080045000024000600004001beef0a0000010a00"
    "000208006664000500016162636465666768";

// first fragment (MF) of an echo request, ICMP checksum right over this fragment; 50 bytes.
inline constexpr std::string_view kEchoFragment =
    "02000a00000272c8b1db54ac08004500002400072000400146d00a0000010a00"
    "000208006664000500016162636465666768";

// an echo *reply* to 10.0.0.2; 50 bytes.
inline constexpr std::string_view kEchoReplyToUs =
    "02000a00000272c8b1db54ac08004500002400080000400166cf0a0000010a00"
    "000200006e64000500016162636465666768";

// ARP reply (op 2) whose target is 10.0.0.2; 42 bytes.
inline constexpr std::string_view kArpReplyForUs =
    "ffffffffffff72c8b1db54ac0806000108000604000272c8b1db54ac0a000001"
    "0000000000000a000002";

// ARP request for 10.0.0.3; 42 bytes.
inline constexpr std::string_view kArpOther =
    "ffffffffffff72c8b1db54ac0806000108000604000172c8b1db54ac0a000001"
    "0000000000000a000003";

// unicast NS for fd00::2 (neighbour unreachability detection); 86 bytes.
inline constexpr std::string_view kNsUnicast =
    "06000000000272c8b1db54ac86dd6000000000203afffd000000000000000000"
    "000000000001fd0000000000000000000000000000028700074c00000000fd00"
    "0000000000000000000000000002010172c8b1db54ac";

// duplicate address detection NS for fd00::2 from ::; 78 bytes.
inline constexpr std::string_view kNsDad =
    "3333ff00000272c8b1db54ac86dd6000000000183aff00000000000000000000"
    "000000000000ff0200000000000000000001ff00000287007da300000000fd00"
    "0000000000000000000000000002";

// NS for fd00::2 with hop limit 64 (RFC 4861: must be dropped); 86 bytes.
inline constexpr std::string_view kNsHopLimit64 =
    "3333ff00000272c8b1db54ac86dd6000000000203a40fd000000000000000000"
    "000000000001ff0200000000000000000001ff0000028700064800000000fd00"
    "0000000000000000000000000002010172c8b1db54ac";

// NS for fd00::2 with a wrong ICMPv6 checksum (0x1234); 86 bytes.
inline constexpr std::string_view kNsBadSum =
    "3333ff00000272c8b1db54ac86dd6000000000203afffd000000000000000000"
    "000000000001ff0200000000000000000001ff0000028700123400000000fd00"
    "0000000000000000000000000002010172c8b1db54ac";

// NS for fd00::3; 86 bytes.
inline constexpr std::string_view kNsOther =
    "3333ff00000372c8b1db54ac86dd6000000000203afffd000000000000000000"
    "000000000001ff0200000000000000000001ff0000038700064600000000fd00"
    "0000000000000000000000000003010172c8b1db54ac";

// NS for fd00::2 in 802.1Q vlan 7; 90 bytes.
inline constexpr std::string_view kNsVlan =
    "3333ff00000272c8b1db54ac8100000786dd6000000000203afffd0000000000"
    "00000000000000000001ff0200000000000000000001ff000002870006480000"
    "0000fd000000000000000000000000000002010172c8b1db54ac";

// ICMPv6 echo request to fd00::2 with a wrong checksum (0x1234); 70 bytes.
inline constexpr std::string_view kEcho6BadSum =
    "06000000000272c8b1db54ac86dd6000000000103a40fd000000000000000000"
    "000000000001fd00000000000000000000000000000280001234000300046162"
    "636465666768";

// ICMPv6 echo request to fd00::3; 70 bytes.
inline constexpr std::string_view kEcho6Other =
    "06000000000372c8b1db54ac86dd6000000000103a40fd000000000000000000"
    "000000000001fd0000000000000000000000000000038000f412000300046162"
    "636465666768";

// ICMPv6 echo request, id 0xbeef, seq 258, 29 data bytes; 91 bytes.
inline constexpr std::string_view kEcho6OddPayload =
    "06000000000272c8b1db54ac86dd6201234500253a40fd000000000000000000"
    "000000000001fd00000000000000000000000000000280002053beef01024142"
    "434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d";

// an 'echo request' of 4 bytes (no id/seq), checksum right; 38 bytes.
inline constexpr std::string_view kEchoShortMessage =
    "02000a00000272c8b1db54ac08004500001800090000400166da0a0000010a00"
    "00020800f7ff";

// echo request to 10.0.0.2 with 8 data bytes, followed by 10 bytes of 0xee after the IP packet
// (Ethernet padding that must not be echoed); 60 bytes.
inline constexpr std::string_view kEchoPadded =
    "02000a00000272c8b1db54ac080045000024000a0000400166cd0a0000010a00"
    "000208006664000500016162636465666768eeeeeeeeeeeeeeeeeeee";

// ICMPv6 echo request to fd00::2 with 8 data bytes, followed by 4 bytes of 0xee after the IPv6
// payload; 74 bytes.
inline constexpr std::string_view kEcho6Trailer =
    "06000000000272c8b1db54ac86dd6000000000103a40fd000000000000000000"
    "000000000001fd0000000000000000000000000000028000f413000300046162"
    "636465666768eeeeeeee";

// 4-byte ICMPv6 echo request; 58 bytes.
inline constexpr std::string_view kEcho6Short =
    "06000000000272c8b1db54ac86dd6000000000043a40fd000000000000000000"
    "000000000001fd000000000000000000000000000002800085bc";

// DAD NS (from ::) to the unicast fd00::2: RFC 4861 7.1.1 says discard; 78 bytes.
inline constexpr std::string_view kNsDadUnicastDst =
    "06000000000272c8b1db54ac86dd6000000000183aff00000000000000000000"
    "000000000000fd00000000000000000000000000000287007ea700000000fd00"
    "0000000000000000000000000002";

// DAD NS (from ::) with a source link-layer option: RFC 4861 7.1.1 says discard; 86 bytes.
inline constexpr std::string_view kNsDadWithSlla =
    "3333ff00000272c8b1db54ac86dd6000000000203aff00000000000000000000"
    "000000000000ff0200000000000000000001ff0000028700034a00000000fd00"
    "0000000000000000000000000002010172c8b1db54ac";

// NS with an option of length 0: RFC 4861 7.1.1 says discard; 86 bytes.
inline constexpr std::string_view kNsZeroLenOpt =
    "3333ff00000272c8b1db54ac86dd6000000000203afffd000000000000000000"
    "000000000001ff0200000000000000000001ff0000028700064900000000fd00"
    "0000000000000000000000000002010072c8b1db54ac";

// NS with code 1; 86 bytes.
inline constexpr std::string_view kNsCode1 =
    "3333ff00000272c8b1db54ac86dd6000000000203afffd000000000000000000"
    "000000000001ff0200000000000000000001ff0000028701064700000000fd00"
    "0000000000000000000000000002010172c8b1db54ac";

// NS for fd00::2 sent to the solicited-node group of fd00::3; 86 bytes.
inline constexpr std::string_view kNsWrongGroup =
    "3333ff00000372c8b1db54ac86dd6000000000203afffd000000000000000000"
    "000000000001ff0200000000000000000001ff0000038700064700000000fd00"
    "0000000000000000000000000002010172c8b1db54ac";

// echo request with code 1; 50 bytes.
inline constexpr std::string_view kEchoCode1 =
    "02000a00000272c8b1db54ac080045000024000b0000400166cc0a0000010a00"
    "000208016663000500016162636465666768";

// RFC 5227 ARP probe for 10.0.0.2 (sender 0.0.0.0); 42 bytes.
inline constexpr std::string_view kArpProbe =
    "ffffffffffff72c8b1db54ac0806000108000604000172c8b1db54ac00000000"
    "0000000000000a000002";

// a later fragment (offset 1480) of an ICMP datagram; 42 bytes.
inline constexpr std::string_view kEchoLater =
    "02000a00000272c8b1db54ac08004500001c000c00b94001661a0a0000010a00"
    "00026162636465666768";

// first fragment of an ICMPv6 echo; 78 bytes.
inline constexpr std::string_view kEcho6Frag =
    "06000000000272c8b1db54ac86dd6000000000182c40fd000000000000000000"
    "000000000001fd0000000000000000000000000000023a0000010000004d8000"
    "f413000300046162636465666768";

// ICMPv6 echo behind an empty hop-by-hop header; 78 bytes.
inline constexpr std::string_view kEcho6Hbh =
    "06000000000272c8b1db54ac86dd6000000000180040fd000000000000000000"
    "000000000001fd0000000000000000000000000000023a000104000000008000"
    "f413000300046162636465666768";

}  // namespace rf

// ------------------------------------------------------------------ bytes

using Frame = std::vector<std::uint8_t>;

template <class Range>
Frame frame_of(const Range& r) {
    Frame out;
    for (auto b : r) out.push_back(static_cast<std::uint8_t>(b));
    return out;
}
inline Frame bytes_of(std::string_view hex) { return frame_of(from_hex(hex)); }
inline Frame sub(const Frame& f, std::size_t off, std::size_t len) {
    if (off + len > f.size()) return {};
    return {f.begin() + static_cast<std::ptrdiff_t>(off), f.begin() + static_cast<std::ptrdiff_t>(off + len)};
}
inline std::uint16_t be16(const Frame& f, std::size_t off) {
    return static_cast<std::uint16_t>((f.at(off) << 8U) | f.at(off + 1));
}
inline std::uint32_t be32(const Frame& f, std::size_t off) {
    return (std::uint32_t{be16(f, off)} << 16U) | be16(f, off + 2);
}

// RFC 1071, written out here so tapsniff's ChecksumSum is not checking itself: the one's
// complement of the one's-complement sum of 16-bit big-endian words, an odd last byte padded
// with zero. Over data that includes a correct checksum field the result is 0.
inline std::uint16_t rfc1071(const Frame& data) {
    std::uint64_t sum = 0;
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) sum += (std::uint32_t{data[i]} << 8U) | data[i + 1];
    if (i < data.size()) sum += std::uint32_t{data[i]} << 8U;
    while ((sum >> 16U) != 0) sum = (sum & 0xffffU) + (sum >> 16U);
    return static_cast<std::uint16_t>(~sum & 0xffffU);
}

// The ICMPv6 pseudo-header: src, dst, 32-bit length, 3 zero bytes, next header 58.
inline Frame pseudo_v6(const Frame& src, const Frame& dst, std::uint32_t len) {
    Frame p = src;
    p.insert(p.end(), dst.begin(), dst.end());
    p.insert(p.end(), {std::uint8_t(len >> 24U), std::uint8_t(len >> 16U), std::uint8_t(len >> 8U),
                       std::uint8_t(len), 0, 0, 0, 58});
    return p;
}

// `covered` (after `pseudo`, or nothing) sums to 0 with its checksum field at `field`, and that
// field holds exactly what RFC 1071 computes over the rest.
inline ::testing::AssertionResult rfc1071_ok(const Frame& pseudo, const Frame& covered, std::size_t field) {
    if (covered.size() < field + 2) return ::testing::AssertionFailure() << "only " << covered.size() << " bytes";
    Frame all = pseudo;
    all.insert(all.end(), covered.begin(), covered.end());
    if (rfc1071(all) != 0) return ::testing::AssertionFailure() << "sum is " << rfc1071(all) << ", not 0";
    all[pseudo.size() + field] = all[pseudo.size() + field + 1] = 0;
    if (be16(covered, field) != rfc1071(all)) return ::testing::AssertionFailure() << "field differs from RFC 1071";
    return ::testing::AssertionSuccess();
}

// Where the layer-3 header starts, past any VLAN tags, and its ethertype.
inline std::pair<std::size_t, std::uint16_t> l3_of(const Frame& f) {
    std::size_t off = 12;
    while (ethertype::is_vlan_tpid(be16(f, off))) off += 4;
    return {off + 2, be16(f, off)};
}

}  // namespace tapsniff::test
