// Unit tests for --respond (issue 7): parse_neighbor and Responder::reply_to.
//
// Requests are real bytes: the kLinux* frames were captured from a Linux 6.x host pinging and
// arping a tapsniff --respond neighbour in a network namespace; the others were built with
// scapy 2.5 (checksums computed by scapy). Every reply is checked field by field, and its
// checksums are verified twice: by the small RFC 1071 routine below (independent of tapsniff's
// ChecksumSum) and by decoding the reply with decode_frame.
#include <gtest/gtest.h>

#include <sys/socket.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tapsniff/decode.hpp"
#include "tapsniff/responder.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using Frame = std::vector<std::uint8_t>;

// ------------------------------------------------------------------ request frames

namespace rf {

// --- captured from Linux (host tap0 = 72:c8:b1:db:54:ac, 10.0.0.1, fd00::1) ---

// `ping 10.0.0.2`: the ARP request; 42 bytes, no padding (a TAP device does not pad).
inline constexpr std::string_view kLinuxArpRequest =
    "ffffffffffff 72c8b1db54ac 0806"
    "0001 0800 06 04 0001 72c8b1db54ac 0a000001 000000000000 0a000002";

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
inline constexpr std::string_view kEchoPadded = "02000a00000272c8b1db54ac080045000024000a0000400166cd0a0000010a00000208006664000500016162636465666768eeeeeeeeeeeeeeeeeeee";

// ICMPv6 echo request to fd00::2 with 8 data bytes, followed by 4 bytes of 0xee after the IPv6
// payload; 74 bytes.
inline constexpr std::string_view kEcho6Trailer = "06000000000272c8b1db54ac86dd6000000000103a40fd000000000000000000000000000001fd0000000000000000000000000000028000f413000300046162636465666768eeeeeeee";

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

// ------------------------------------------------------------------ helpers

Frame bytes_of(std::string_view hex) {
    std::vector<std::byte> b = test::from_hex(hex);
    Frame out;
    out.reserve(b.size());
    for (std::byte x : b) out.push_back(static_cast<std::uint8_t>(x));
    return out;
}

Frame mac_bytes(const MacAddress& m) { return Frame(m.begin(), m.end()); }
Frame sub(const Frame& f, std::size_t off, std::size_t len) {
    if (off + len > f.size()) return {};
    return Frame(f.begin() + static_cast<std::ptrdiff_t>(off), f.begin() + static_cast<std::ptrdiff_t>(off + len));
}
std::uint16_t be16(const Frame& f, std::size_t off) {
    return static_cast<std::uint16_t>((f.at(off) << 8U) | f.at(off + 1));
}
std::uint32_t be32(const Frame& f, std::size_t off) {
    return (static_cast<std::uint32_t>(be16(f, off)) << 16U) | be16(f, off + 2);
}

const Frame kHostMac = {0x72, 0xc8, 0xb1, 0xdb, 0x54, 0xac};
const Frame kMac4 = {0x02, 0x00, 0x0a, 0x00, 0x00, 0x02};  // derived for 10.0.0.2
const Frame kMac6 = {0x06, 0x00, 0x00, 0x00, 0x00, 0x02};  // derived for fd00::2
const Frame kIp1 = {10, 0, 0, 1};
const Frame kIp2 = {10, 0, 0, 2};
const Frame kV6One = bytes_of("fd000000000000000000000000000001");
const Frame kV6Two = bytes_of("fd000000000000000000000000000002");
const Frame kAllNodes = bytes_of("ff020000000000000000000000000001");

// RFC 1071, written out here so tapsniff's ChecksumSum is not checking itself: the one's
// complement of the one's-complement sum of 16-bit big-endian words, an odd last byte padded
// with zero. Over data that includes a correct checksum field the result is 0.
std::uint16_t rfc1071(const Frame& data, std::uint32_t initial = 0) {
    std::uint64_t sum = initial;
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) sum += (static_cast<std::uint32_t>(data[i]) << 8U) | data[i + 1];
    if (i < data.size()) sum += static_cast<std::uint32_t>(data[i]) << 8U;
    while ((sum >> 16U) != 0) sum = (sum & 0xffffU) + (sum >> 16U);
    return static_cast<std::uint16_t>(~sum & 0xffffU);
}

// The value a checksum field at `field` inside `data` must hold.
std::uint16_t expected_field(Frame data, std::size_t field) {
    data.at(field) = 0;
    data.at(field + 1) = 0;
    return rfc1071(data);
}

// ICMPv6: the IPv6 pseudo-header (src, dst, 32-bit length, 3 zero bytes, next header 58) + message.
Frame with_pseudo_header_v6(const Frame& src, const Frame& dst, const Frame& message) {
    Frame all;
    all.insert(all.end(), src.begin(), src.end());
    all.insert(all.end(), dst.begin(), dst.end());
    auto len = static_cast<std::uint32_t>(message.size());
    all.push_back(static_cast<std::uint8_t>(len >> 24U));
    all.push_back(static_cast<std::uint8_t>(len >> 16U));
    all.push_back(static_cast<std::uint8_t>(len >> 8U));
    all.push_back(static_cast<std::uint8_t>(len));
    all.insert(all.end(), {0, 0, 0, 58});
    all.insert(all.end(), message.begin(), message.end());
    return all;
}

DecodedFrame decode_bytes(const Frame& f, std::size_t caplen, std::uint32_t wire_len) {
    DecodedFrame d;
    decode_frame(Bytes(reinterpret_cast<const std::byte*>(f.data()), caplen), wire_len, LinkType::ethernet, d);
    return d;
}
DecodedFrame decode_bytes(const Frame& f) {
    return decode_bytes(f, f.size(), static_cast<std::uint32_t>(f.size()));
}

Neighbor neighbor(std::string_view spec) {
    auto n = parse_neighbor(spec);
    EXPECT_TRUE(n.ok()) << spec;
    return n.ok() ? n.value() : Neighbor{};
}

// A responder for 10.0.0.2 and fd00::2 with derived MACs, as `--respond 10.0.0.2 --respond fd00::2`.
Responder standard_responder() { return Responder({neighbor("10.0.0.2"), neighbor("fd00::2")}); }

// The reply to `request` (first `caplen` bytes captured of `wire_len`), copied out of the
// responder's buffer; empty when it does not answer.
Frame reply_of(Responder& r, const Frame& request, std::size_t caplen, std::uint32_t wire_len) {
    DecodedFrame d = decode_bytes(request, caplen, wire_len);
    Bytes reply = r.reply_to(d);
    Frame out;
    for (std::byte b : reply) out.push_back(static_cast<std::uint8_t>(b));
    return out;
}
Frame reply_of(Responder& r, const Frame& request) {
    return reply_of(r, request, request.size(), static_cast<std::uint32_t>(request.size()));
}
Frame reply_of(const Frame& request) {
    Responder r = standard_responder();
    return reply_of(r, request);
}

// Ethernet + VLAN part of a reply.
struct Eth {
    Frame dst, src;
    std::vector<std::pair<std::uint16_t, std::uint16_t>> tags;  // tpid, tci
    std::uint16_t type = 0;
    std::size_t l3 = 0;  // offset of what follows
};
Eth parse_eth(const Frame& f) {
    Eth e;
    e.dst = sub(f, 0, 6);
    e.src = sub(f, 6, 6);
    std::size_t off = 12;
    std::uint16_t type = be16(f, off);
    while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
        e.tags.emplace_back(type, be16(f, off + 2));
        off += 4;
        type = be16(f, off);
    }
    e.type = type;
    e.l3 = off + 2;
    return e;
}

// Checks an IPv4 + ICMP echo reply at `l3`: header fields, both checksums (independently and
// by decode_frame), and that the message echoes `id`, `seq` and `data`.
void expect_echo_reply_v4(const Frame& reply, std::size_t l3, const Frame& src, const Frame& dst,
                          std::uint16_t id, std::uint16_t seq, const Frame& data) {
    ASSERT_GE(reply.size(), l3 + 28);
    EXPECT_EQ(reply[l3], 0x45) << "version 4, IHL 5 (options are not echoed)";
    std::uint16_t total = be16(reply, l3 + 2);
    EXPECT_EQ(total, 20 + 8 + data.size());
    ASSERT_GE(reply.size(), l3 + total);
    EXPECT_EQ(be16(reply, l3 + 6) & 0x3fffU, 0) << "no MF, offset 0";
    EXPECT_EQ(reply[l3 + 8], 64) << "ttl";
    EXPECT_EQ(reply[l3 + 9], 1) << "protocol ICMP";
    EXPECT_EQ(sub(reply, l3 + 12, 4), src);
    EXPECT_EQ(sub(reply, l3 + 16, 4), dst);
    Frame header = sub(reply, l3, 20);
    EXPECT_EQ(rfc1071(header), 0) << "IPv4 header checksum";
    EXPECT_EQ(be16(reply, l3 + 10), expected_field(header, 10));

    Frame icmp = sub(reply, l3 + 20, total - 20U);
    EXPECT_EQ(icmp.at(0), 0) << "type echo reply";
    EXPECT_EQ(icmp.at(1), 0) << "code";
    EXPECT_EQ(be16(icmp, 4), id);
    EXPECT_EQ(be16(icmp, 6), seq);
    EXPECT_EQ(sub(icmp, 8, icmp.size() - 8), data);
    EXPECT_EQ(rfc1071(icmp), 0) << "ICMP checksum";
    EXPECT_EQ(be16(icmp, 2), expected_field(icmp, 2));
    // Padding (if any) after the IP packet is zero.
    for (std::size_t i = l3 + total; i < reply.size(); ++i) EXPECT_EQ(reply[i], 0) << "padding byte " << i;
    EXPECT_GE(reply.size(), 60U) << "Ethernet minimum (without FCS)";

    DecodedFrame d = decode_bytes(reply);
    EXPECT_EQ(d.truncated, nullptr);
    EXPECT_EQ(d.malformed, nullptr);
    ASSERT_TRUE(d.ip.has_ipv4);
    EXPECT_EQ(d.ip.ipv4.status, Ipv4Status::ok);
    EXPECT_EQ(d.ip.ipv4.checksum.state, Checksum::State::correct);
    ASSERT_TRUE(d.ip.has_icmp);
    EXPECT_EQ(d.ip.icmp.type, 0);
    EXPECT_EQ(d.ip.icmp.id(), id);
    EXPECT_EQ(d.ip.icmp.seq(), seq);
    EXPECT_EQ(d.ip.icmp.checksum.state, Checksum::State::correct);
}

// Checks an IPv6 header + ICMPv6 message at `l3` and returns the message.
Frame expect_icmp6(const Frame& reply, std::size_t l3, const Frame& src, const Frame& dst, std::uint8_t hop_limit,
                   std::uint8_t type) {
    if (reply.size() < l3 + 44) {
        ADD_FAILURE() << "reply too short for IPv6 + ICMPv6: " << reply.size();
        return {};
    }
    EXPECT_EQ(reply[l3] >> 4U, 6) << "version";
    std::uint16_t plen = be16(reply, l3 + 4);
    EXPECT_EQ(reply.size(), l3 + 40 + plen) << "no trailing bytes after the IPv6 payload";
    EXPECT_EQ(reply[l3 + 6], 58) << "next header ICMPv6";
    EXPECT_EQ(reply[l3 + 7], hop_limit);
    EXPECT_EQ(sub(reply, l3 + 8, 16), src);
    EXPECT_EQ(sub(reply, l3 + 24, 16), dst);
    Frame msg = sub(reply, l3 + 40, plen);
    EXPECT_EQ(msg.size(), plen);
    EXPECT_EQ(msg.at(0), type);
    EXPECT_EQ(msg.at(1), 0) << "code";
    EXPECT_EQ(rfc1071(with_pseudo_header_v6(src, dst, msg)), 0) << "ICMPv6 checksum with pseudo-header";
    Frame zeroed = msg;
    zeroed[2] = zeroed[3] = 0;
    EXPECT_EQ(be16(msg, 2), rfc1071(with_pseudo_header_v6(src, dst, zeroed)));

    DecodedFrame d = decode_bytes(reply);
    EXPECT_EQ(d.truncated, nullptr);
    EXPECT_EQ(d.malformed, nullptr);
    EXPECT_TRUE(d.ip.has_ipv6);
    EXPECT_EQ(d.ip.ipv6.stop, Ipv6Stop::upper);
    EXPECT_TRUE(d.ip.has_icmp6);
    EXPECT_EQ(d.ip.icmp6.type, type);
    EXPECT_EQ(d.ip.icmp6.cut, Icmp6Cut::none);
    EXPECT_EQ(d.ip.icmp6.checksum.state, Checksum::State::correct);
    return msg;
}

// A neighbour advertisement for `target` with MAC `mac` at `l3`.
void expect_na(const Frame& reply, std::size_t l3, const Frame& target, const Frame& dst, const Frame& mac,
               bool solicited) {
    Frame msg = expect_icmp6(reply, l3, target, dst, 255, 136);
    ASSERT_EQ(msg.size(), 32U) << "NA: 24 bytes + one 8-byte target link-layer option";
    std::uint32_t flags = be32(msg, 4);
    EXPECT_EQ(flags & 0x80000000U, 0U) << "router flag";
    EXPECT_EQ((flags & 0x40000000U) != 0, solicited) << "solicited flag";
    EXPECT_NE(flags & 0x20000000U, 0U) << "override flag";
    EXPECT_EQ(flags & 0x1fffffffU, 0U) << "reserved";
    EXPECT_EQ(sub(msg, 8, 16), target);
    EXPECT_EQ(msg[24], 2) << "option: target link-layer address";
    EXPECT_EQ(msg[25], 1) << "option length in 8-byte units";
    EXPECT_EQ(sub(msg, 26, 6), mac);
    DecodedFrame d = decode_bytes(reply);
    EXPECT_EQ(Frame(d.ip.icmp6.addr1.begin(), d.ip.icmp6.addr1.end()), target);
}

// The preconditions of a negative case: the request decodes cleanly, so the responder's
// silence is due to the one thing the case changes.
void expect_clean(const Frame& request) {
    DecodedFrame d = decode_bytes(request);
    EXPECT_EQ(d.truncated, nullptr);
    EXPECT_EQ(d.malformed, nullptr);
}

// ------------------------------------------------------------------ ARP

TEST(RespondArp, LinuxRequestGetsReply) {
    Frame request = bytes_of(rf::kLinuxArpRequest);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 60U) << "42 bytes padded to the Ethernet minimum";
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac4);
    EXPECT_TRUE(e.tags.empty());
    EXPECT_EQ(e.type, 0x0806);
    std::size_t a = e.l3;
    EXPECT_EQ(be16(reply, a), 1) << "htype Ethernet";
    EXPECT_EQ(be16(reply, a + 2), 0x0800) << "ptype IPv4";
    EXPECT_EQ(reply[a + 4], 6);
    EXPECT_EQ(reply[a + 5], 4);
    EXPECT_EQ(be16(reply, a + 6), 2) << "op reply";
    EXPECT_EQ(sub(reply, a + 8, 6), kMac4) << "sha";
    EXPECT_EQ(sub(reply, a + 14, 4), kIp2) << "spa";
    EXPECT_EQ(sub(reply, a + 18, 6), kHostMac) << "tha";
    EXPECT_EQ(sub(reply, a + 24, 4), kIp1) << "tpa";
    for (std::size_t i = a + 28; i < reply.size(); ++i) EXPECT_EQ(reply[i], 0) << "padding byte " << i;

    DecodedFrame d = decode_bytes(reply);
    EXPECT_EQ(d.truncated, nullptr);
    EXPECT_EQ(d.malformed, nullptr);
    ASSERT_TRUE(d.has_arp);
    EXPECT_EQ(d.arp.op, 2);
    // Every byte is fixed by RFC 826 and the contract, so the whole frame can be compared.
    EXPECT_EQ(reply, bytes_of("72c8b1db54ac 02000a000002 0806 0001 0800 06 04 0002 02000a000002 0a000002"
                              "72c8b1db54ac 0a000001 000000000000000000000000000000000000"));
}

TEST(RespondArp, ArpingRequestWithBroadcastThaGetsUnicastReply) {
    Frame reply = reply_of(bytes_of(rf::kLinuxArpingRequest));
    ASSERT_EQ(reply.size(), 60U);
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(be16(reply, e.l3 + 6), 2);
    EXPECT_EQ(sub(reply, e.l3 + 18, 6), kHostMac) << "tha is the requester, not the broadcast it sent";
}

TEST(RespondArp, PaddedRequestGetsReply) {
    Frame request = bytes_of(rf::kLinuxArpRequest);
    request.resize(60, 0);  // as a switch or a NIC pads it
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 60U);
    EXPECT_EQ(sub(reply, 14 + 24, 4), kIp1);
}

TEST(RespondArp, ExplicitMacIsUsed) {
    Responder r({neighbor("10.0.0.2=02:11:22:33:44:55")});
    Frame reply = reply_of(r, bytes_of(rf::kLinuxArpRequest));
    ASSERT_EQ(reply.size(), 60U);
    const Frame mac = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
    EXPECT_EQ(sub(reply, 6, 6), mac);
    EXPECT_EQ(sub(reply, 14 + 8, 6), mac);
}

TEST(RespondArp, SecondNeighbourAnswersForItself) {
    Responder r({neighbor("10.0.0.5"), neighbor("fd00::2"), neighbor("10.0.0.2")});
    Frame reply = reply_of(r, bytes_of(rf::kLinuxArpRequest));
    ASSERT_EQ(reply.size(), 60U);
    EXPECT_EQ(sub(reply, 6, 6), kMac4);
    EXPECT_EQ(sub(reply, 14 + 14, 4), kIp2);
}

TEST(RespondArp, QinqRequestGetsReplyWithBothTags) {
    // 802.1ad vlan 100 outside, 802.1Q vlan 10 p 5 inside; 172.17.0.2 asks for 172.17.0.1.
    Frame request = bytes_of(test::frames::kQinqArp);
    Responder r({neighbor("172.17.0.1")});
    Frame reply = reply_of(r, request);
    ASSERT_EQ(reply.size(), 60U) << "50 bytes of headers and ARP, padded";
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, (Frame{0x02, 0x42, 0xac, 0x11, 0x00, 0x02}));
    EXPECT_EQ(e.src, (Frame{0x02, 0x00, 0xac, 0x11, 0x00, 0x01}));
    ASSERT_EQ(e.tags.size(), 2U);
    EXPECT_EQ(e.tags[0].first, 0x88a8);
    EXPECT_EQ(e.tags[0].second, 0x0064);
    EXPECT_EQ(e.tags[1].first, 0x8100);
    EXPECT_EQ(e.tags[1].second, 0xa00a);
    EXPECT_EQ(e.type, 0x0806);
    EXPECT_EQ(be16(reply, e.l3 + 6), 2);
    EXPECT_EQ(sub(reply, e.l3 + 14, 4), (Frame{172, 17, 0, 1}));
    EXPECT_EQ(sub(reply, e.l3 + 24, 4), (Frame{172, 17, 0, 2}));

    DecodedFrame d = decode_bytes(reply);
    ASSERT_EQ(d.vlans.size(), 2U);
    EXPECT_EQ(d.vlans[0].id(), 100U);
    EXPECT_EQ(d.vlans[1].id(), 10U);
    EXPECT_EQ(d.vlans[1].pcp(), 5U);
    ASSERT_TRUE(d.has_arp);
    EXPECT_EQ(d.arp.op, 2);
}

TEST(RespondArp, RequestForAnotherIpIsIgnored) {
    Frame request = bytes_of(rf::kArpOther);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondArp, ReplyForOurIpIsIgnored) {
    Frame request = bytes_of(rf::kArpReplyForUs);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondArp, MalformedHlen0IsIgnored) {
    Frame request = bytes_of(rf::kArpHlen0);
    DecodedFrame d = decode_bytes(request);
    EXPECT_NE(d.malformed, nullptr) << "the decoder calls ARP hlen 0 malformed";
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondArp, TruncatedRequestIsIgnored) {
    Frame request = bytes_of(rf::kLinuxArpRequest);
    Responder r = standard_responder();
    EXPECT_TRUE(reply_of(r, request, 38, 42).empty()) << "target protocol address cut";
}

TEST(RespondArp, IpV6OnlyResponderIgnoresArp) {
    Responder r({neighbor("fd00::2")});
    EXPECT_TRUE(reply_of(r, bytes_of(rf::kLinuxArpRequest)).empty());
}

TEST(RespondArp, ProbeFromUnspecifiedSenderIsDefended) {
    // RFC 5227: a host probing for 10.0.0.2 learns it is taken. Like Linux, the reply goes to
    // the prober's MAC with target protocol address 0.0.0.0.
    Frame reply = reply_of(bytes_of(rf::kArpProbe));
    ASSERT_EQ(reply.size(), 60U);
    EXPECT_EQ(sub(reply, 0, 6), kHostMac);
    EXPECT_EQ(be16(reply, 14 + 6), 2);
    EXPECT_EQ(sub(reply, 14 + 8, 6), kMac4);
    EXPECT_EQ(sub(reply, 14 + 14, 4), kIp2);
    EXPECT_EQ(sub(reply, 14 + 18, 6), kHostMac);
    EXPECT_EQ(sub(reply, 14 + 24, 4), (Frame{0, 0, 0, 0}));
}

// ------------------------------------------------------------------ ICMP echo

TEST(RespondEcho, LinuxEchoRequestGetsReply) {
    Frame request = bytes_of(rf::kLinuxEcho);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 62U);
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac4);
    EXPECT_TRUE(e.tags.empty());
    EXPECT_EQ(e.type, 0x0800);
    expect_echo_reply_v4(reply, e.l3, kIp2, kIp1, 0x12e1, 1, sub(request, 14 + 28, 20));
}

TEST(RespondEcho, OddPayloadLengthChecksum) {
    Frame request = bytes_of(rf::kEchoOddPayload);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 79U);
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac4);
    expect_echo_reply_v4(reply, e.l3, kIp2, kIp1, 0x1234, 7, sub(request, 14 + 28, 37));
}

TEST(RespondEcho, VlanTaggedEchoGetsTaggedReply) {
    Frame request = bytes_of(rf::kEchoVlan);
    Frame reply = reply_of(request);
    Eth e = parse_eth(reply);
    ASSERT_EQ(e.tags.size(), 1U);
    EXPECT_EQ(e.tags[0].first, 0x8100);
    EXPECT_EQ(e.tags[0].second, 0x6064) << "p 3, vlan 100";
    EXPECT_EQ(e.type, 0x0800);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac4);
    expect_echo_reply_v4(reply, e.l3, kIp2, kIp1, 9, 1, sub(request, 18 + 28, 32));
    EXPECT_EQ(reply.size(), 18U + 28 + 32);
}

TEST(RespondEcho, RequestWithIpOptionsGetsReplyWithoutThem) {
    Frame request = bytes_of(rf::kEchoOptions);
    Frame reply = reply_of(request);
    Eth e = parse_eth(reply);
    expect_echo_reply_v4(reply, e.l3, kIp2, kIp1, 5, 6, bytes_of("6162636465666768"));
}

TEST(RespondEcho, BackToBackRepliesDoNotMix) {
    Responder r = standard_responder();
    Frame first = reply_of(r, bytes_of(rf::kEchoOddPayload));
    Frame second = reply_of(r, bytes_of(rf::kLinuxEcho));
    Frame first_again = reply_of(r, bytes_of(rf::kEchoOddPayload));
    EXPECT_EQ(first, first_again);
    EXPECT_EQ(second.size(), 62U);
    expect_echo_reply_v4(second, 14, kIp2, kIp1, 0x12e1, 1, sub(bytes_of(rf::kLinuxEcho), 14 + 28, 20));
}

TEST(RespondEcho, EthernetPaddingIsNotEchoed) {
    Frame request = bytes_of(rf::kEchoPadded);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 60U);
    expect_echo_reply_v4(reply, 14, kIp2, kIp1, 5, 1, bytes_of("6162636465666768"));
}

TEST(RespondEcho, MessageShorterThanEchoHeaderIsIgnored) {
    Frame request = bytes_of(rf::kEchoShortMessage);
    EXPECT_EQ(rfc1071(sub(request, 14 + 20, 4)), 0) << "its 4-byte checksum is right";
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, NonZeroCodeIsIgnored) {
    Frame request = bytes_of(rf::kEchoCode1);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, LaterFragmentIsIgnored) {
    Frame request = bytes_of(rf::kEchoLater);
    EXPECT_EQ(rfc1071(sub(request, 14, 20)), 0);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, EchoToAnotherIpIsIgnored) {
    Frame request = bytes_of(rf::kEchoOther);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, BroadcastEchoIsIgnored) {
    Frame request = bytes_of(rf::kEchoBroadcast);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, BadIcmpChecksumIsIgnored) {
    Frame request = bytes_of(rf::kEchoBadIcmpSum);
    DecodedFrame d = decode_bytes(request);
    ASSERT_TRUE(d.ip.has_icmp);
    EXPECT_EQ(d.ip.icmp.checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(d.ip.ipv4.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, BadIpHeaderChecksumIsIgnored) {
    Frame request = bytes_of(rf::kEchoBadIpSum);
    DecodedFrame d = decode_bytes(request);
    EXPECT_EQ(d.ip.ipv4.checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(rfc1071(sub(request, 14 + 20, 16)), 0) << "the ICMP part itself is fine";
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, FragmentIsIgnored) {
    Frame request = bytes_of(rf::kEchoFragment);
    EXPECT_EQ(rfc1071(sub(request, 14, 20)), 0);
    EXPECT_EQ(rfc1071(sub(request, 14 + 20, 16)), 0);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, TruncatedEchoIsIgnored) {
    Frame request = bytes_of(rf::kLinuxEcho);
    Responder r = standard_responder();
    EXPECT_TRUE(reply_of(r, request, 50, 62).empty()) << "caplen 50 of 62";
    EXPECT_TRUE(reply_of(r, request, 36, 62).empty()) << "ICMP header cut";
    // Fewer bytes on the wire than the IP total length says.
    EXPECT_TRUE(reply_of(r, request, 58, 58).empty()) << "a frame 4 bytes shorter than its IP length";
}

TEST(RespondEcho, EchoReplyToUsIsIgnored) {
    Frame request = bytes_of(rf::kEchoReplyToUs);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho, IpV6OnlyResponderIgnoresIpv4Echo) {
    Responder r({neighbor("fd00::2")});
    EXPECT_TRUE(reply_of(r, bytes_of(rf::kLinuxEcho)).empty());
}

// ------------------------------------------------------------------ IPv6 neighbour discovery

TEST(RespondNd, LinuxMulticastSolicitationGetsAdvertisement) {
    Frame reply = reply_of(bytes_of(rf::kLinuxNs));
    ASSERT_EQ(reply.size(), 86U);
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac6);
    EXPECT_TRUE(e.tags.empty());
    EXPECT_EQ(e.type, 0x86dd);
    expect_na(reply, e.l3, kV6Two, kV6One, kMac6, true);
}

TEST(RespondNd, UnicastSolicitationGetsAdvertisement) {
    Frame reply = reply_of(bytes_of(rf::kNsUnicast));
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac6);
    expect_na(reply, e.l3, kV6Two, kV6One, kMac6, true);
}

TEST(RespondNd, VlanSolicitationGetsTaggedAdvertisement) {
    Frame reply = reply_of(bytes_of(rf::kNsVlan));
    Eth e = parse_eth(reply);
    ASSERT_EQ(e.tags.size(), 1U);
    EXPECT_EQ(e.tags[0].first, 0x8100);
    EXPECT_EQ(e.tags[0].second, 0x0007);
    EXPECT_EQ(e.type, 0x86dd);
    expect_na(reply, e.l3, kV6Two, kV6One, kMac6, true);
}

TEST(RespondNd, ExplicitMacInOption) {
    Responder r({neighbor("fd00::2=02:aa:bb:cc:dd:ee")});
    Frame reply = reply_of(r, bytes_of(rf::kLinuxNs));
    const Frame mac = {0x02, 0xaa, 0xbb, 0xcc, 0xdd, 0xee};
    EXPECT_EQ(sub(reply, 6, 6), mac);
    expect_na(reply, 14, kV6Two, kV6One, mac, true);
}

TEST(RespondNd, DadProbeGetsUnsolicitedAdvertisementToAllNodes) {
    Frame reply = reply_of(bytes_of(rf::kNsDad));
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, (Frame{0x33, 0x33, 0x00, 0x00, 0x00, 0x01}));
    EXPECT_EQ(e.src, kMac6);
    expect_na(reply, e.l3, kV6Two, kAllNodes, kMac6, false);
}

TEST(RespondNd, LinuxDadProbeWithNonceGetsAdvertisement) {
    Responder r({neighbor("fd00::1=02:00:00:00:00:01")});
    Frame reply = reply_of(r, bytes_of(rf::kLinuxDadNs));
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, (Frame{0x33, 0x33, 0x00, 0x00, 0x00, 0x01}));
    expect_na(reply, e.l3, kV6One, kAllNodes, Frame{0x02, 0, 0, 0, 0, 0x01}, false);
}

TEST(RespondNd, HopLimit64IsIgnored) {
    Frame request = bytes_of(rf::kNsHopLimit64);
    DecodedFrame d = decode_bytes(request);
    EXPECT_EQ(d.ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondNd, BadChecksumIsIgnored) {
    Frame request = bytes_of(rf::kNsBadSum);
    DecodedFrame d = decode_bytes(request);
    EXPECT_EQ(d.ip.icmp6.checksum.state, Checksum::State::incorrect);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondNd, OtherTargetIsIgnored) {
    Frame request = bytes_of(rf::kNsOther);
    expect_clean(request);
    EXPECT_EQ(decode_bytes(request).ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondNd, NonZeroCodeIsIgnored) {
    Frame request = bytes_of(rf::kNsCode1);
    EXPECT_EQ(decode_bytes(request).ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

// RFC 4861 7.1.1: "All included options have a length that is greater than zero", else the
// NS MUST be silently discarded.
TEST(RespondNd, ZeroLengthOptionIsIgnored) {
    Frame request = bytes_of(rf::kNsZeroLenOpt);
    EXPECT_EQ(decode_bytes(request).ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

// RFC 4861 7.1.1: from the unspecified address, the destination must be a solicited-node
// multicast address and there must be no source link-layer address option (Linux drops both:
// "NS: bad DAD packet").
TEST(RespondNd, DadProbeToUnicastIsIgnored) {
    Frame request = bytes_of(rf::kNsDadUnicastDst);
    EXPECT_EQ(decode_bytes(request).ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondNd, DadProbeWithSourceLinkLayerOptionIsIgnored) {
    Frame request = bytes_of(rf::kNsDadWithSlla);
    EXPECT_EQ(decode_bytes(request).ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondNd, TruncatedSolicitationIsIgnored) {
    Frame request = bytes_of(rf::kLinuxNs);
    Responder r = standard_responder();
    EXPECT_TRUE(reply_of(r, request, 78, 86).empty()) << "option cut";
    EXPECT_TRUE(reply_of(r, request, 70, 86).empty()) << "target cut";
}

TEST(RespondNd, IpV4OnlyResponderIgnoresNs) {
    Responder r({neighbor("10.0.0.2")});
    EXPECT_TRUE(reply_of(r, bytes_of(rf::kLinuxNs)).empty());
}

// ------------------------------------------------------------------ ICMPv6 echo

TEST(RespondEcho6, LinuxEchoRequestGetsReply) {
    Frame request = bytes_of(rf::kLinuxEcho6);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 82U);
    Eth e = parse_eth(reply);
    EXPECT_EQ(e.dst, kHostMac);
    EXPECT_EQ(e.src, kMac6);
    EXPECT_EQ(e.type, 0x86dd);
    Frame msg = expect_icmp6(reply, e.l3, kV6Two, kV6One, 64, 129);
    ASSERT_EQ(msg.size(), 28U);
    EXPECT_EQ(be16(msg, 4), 0x12e2) << "id";
    EXPECT_EQ(be16(msg, 6), 1) << "seq";
    EXPECT_EQ(sub(msg, 8, 20), sub(request, 14 + 48, 20)) << "payload";
    DecodedFrame d = decode_bytes(reply);
    EXPECT_EQ(d.ip.icmp6.id(), 0x12e2);
    EXPECT_EQ(d.ip.icmp6.seq(), 1);
}

TEST(RespondEcho6, OddPayloadChecksum) {
    Frame request = bytes_of(rf::kEcho6OddPayload);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 91U);
    Eth e = parse_eth(reply);
    Frame msg = expect_icmp6(reply, e.l3, kV6Two, kV6One, 64, 129);
    ASSERT_EQ(msg.size(), 37U);
    EXPECT_EQ(be16(msg, 4), 0xbeef);
    EXPECT_EQ(be16(msg, 6), 258);
    EXPECT_EQ(sub(msg, 8, 29), sub(request, 14 + 48, 29));
}

TEST(RespondEcho6, BadChecksumIsIgnored) {
    Frame request = bytes_of(rf::kEcho6BadSum);
    EXPECT_EQ(decode_bytes(request).ip.icmp6.checksum.state, Checksum::State::incorrect);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho6, OtherAddressIsIgnored) {
    Frame request = bytes_of(rf::kEcho6Other);
    expect_clean(request);
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho6, TrailingBytesAreNotEchoed) {
    Frame request = bytes_of(rf::kEcho6Trailer);
    Frame reply = reply_of(request);
    ASSERT_EQ(reply.size(), 70U);
    Frame msg = expect_icmp6(reply, 14, kV6Two, kV6One, 64, 129);
    EXPECT_EQ(msg, bytes_of("8100f313 0003 0004 6162636465666768"));
}

TEST(RespondEcho6, HopByHopHeaderIsNotEchoed) {
    Frame reply = reply_of(bytes_of(rf::kEcho6Hbh));
    ASSERT_EQ(reply.size(), 70U);
    Frame msg = expect_icmp6(reply, 14, kV6Two, kV6One, 64, 129);
    EXPECT_EQ(be16(msg, 4), 3);
    EXPECT_EQ(be16(msg, 6), 4);
}

TEST(RespondEcho6, FragmentIsIgnored) {
    EXPECT_TRUE(reply_of(bytes_of(rf::kEcho6Frag)).empty());
}

TEST(RespondEcho6, ShortMessageIsIgnored) {
    Frame request = bytes_of(rf::kEcho6Short);
    EXPECT_EQ(rfc1071(with_pseudo_header_v6(kV6One, kV6Two, sub(request, 54, 4))), 0) << "checksum right";
    EXPECT_TRUE(reply_of(request).empty());
}

TEST(RespondEcho6, TruncatedIsIgnored) {
    Frame request = bytes_of(rf::kLinuxEcho6);
    Responder r = standard_responder();
    EXPECT_TRUE(reply_of(r, request, 70, 82).empty());
}

// ------------------------------------------------------------------ parse_neighbor

TEST(RespondParse, Ipv4WithoutMacDerivesOne) {
    auto n = parse_neighbor("10.0.0.2");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n.value().family, AF_INET);
    EXPECT_EQ(Frame(n.value().ip.begin(), n.value().ip.begin() + 4), kIp2);
    EXPECT_EQ(mac_bytes(n.value().mac), kMac4);
    auto m = parse_neighbor("192.168.200.17");
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(mac_bytes(m.value().mac), (Frame{0x02, 0x00, 0xc0, 0xa8, 0xc8, 0x11}));
}

TEST(RespondParse, Ipv6WithoutMacDerivesOne) {
    auto n = parse_neighbor("fd00::2");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n.value().family, AF_INET6);
    EXPECT_EQ(Frame(n.value().ip.begin(), n.value().ip.end()), kV6Two);
    EXPECT_EQ(mac_bytes(n.value().mac), kMac6);
    auto m = parse_neighbor("2001:db8::a:b:c0a8:1fe");
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(mac_bytes(m.value().mac), (Frame{0x06, 0x00, 0xc0, 0xa8, 0x01, 0xfe}));
}

TEST(RespondParse, DerivedMacsAreLocallyAdministeredUnicast) {
    for (std::string_view spec : {"10.0.0.2", "10.255.255.254", "fd00::2", "fd00::ffff:ffff"}) {
        auto n = parse_neighbor(spec);
        ASSERT_TRUE(n.ok()) << spec;
        EXPECT_EQ(n.value().mac[0] & 0x01, 0) << spec << ": unicast";
        EXPECT_EQ(n.value().mac[0] & 0x02, 0x02) << spec << ": locally administered";
    }
}

TEST(RespondParse, WithMac) {
    auto n = parse_neighbor("10.0.0.2=02:11:22:33:44:55");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n.value().family, AF_INET);
    EXPECT_EQ(mac_bytes(n.value().mac), (Frame{0x02, 0x11, 0x22, 0x33, 0x44, 0x55}));
    auto m = parse_neighbor("fd00::2=52:54:00:AB:cd:EF");
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m.value().family, AF_INET6);
    EXPECT_EQ(Frame(m.value().ip.begin(), m.value().ip.end()), kV6Two);
    EXPECT_EQ(mac_bytes(m.value().mac), (Frame{0x52, 0x54, 0x00, 0xab, 0xcd, 0xef}));
}

void expect_usage_error(std::string_view spec) {
    auto n = parse_neighbor(spec);
    ASSERT_FALSE(n.ok()) << "'" << spec << "' was accepted";
    EXPECT_EQ(n.error().exit_code, 2) << spec;
    EXPECT_FALSE(n.error().message.empty()) << spec;
    EXPECT_EQ(n.error().message.find('\n'), std::string::npos) << "one line: " << n.error().message;
    EXPECT_EQ(n.error().message.rfind("tapsniff: ", 0), std::string::npos) << "main adds the prefix";
    if (!spec.empty()) {
        EXPECT_NE(n.error().message.find(std::string(spec)), std::string::npos)
            << "the message quotes what was given: " << n.error().message;
    }
}

TEST(RespondParse, BadIp) {
    for (std::string_view spec : {"", "10.0.0.256", "10.0.0", "fd00::g", "host.example", "10.0.0.2/24",
                                  "fe80::1%tap0", " 10.0.0.2", "=02:00:00:00:00:02"}) {
        SCOPED_TRACE(spec);
        expect_usage_error(spec);
    }
}

TEST(RespondParse, BadMac) {
    for (std::string_view spec :
         {"10.0.0.2=", "10.0.0.2=02:00:00:00:00", "10.0.0.2=02:00:00:00:00:02:03", "10.0.0.2=02:00:00:00:00:0g",
          "10.0.0.2=02:00:00:00:00:002", "10.0.0.2=02:00:00:00:00:", "10.0.0.2=:02:00:00:00:00:02",
          "fd00::2=zz:00:00:00:00:02", "10.0.0.2=02:00:00:00:00:02=", "10.0.0.2=02:00:00:00:00:02 "}) {
        SCOPED_TRACE(spec);
        expect_usage_error(spec);
    }
}

TEST(RespondParse, MulticastMacIsRejected) {
    for (std::string_view spec : {"10.0.0.2=01:00:5e:00:00:01", "10.0.0.2=ff:ff:ff:ff:ff:ff", "fd00::2=33:33:00:00:00:01",
                                  "fd00::2=03:00:00:00:00:02"}) {
        SCOPED_TRACE(spec);
        expect_usage_error(spec);
        auto n = parse_neighbor(spec);
        if (!n.ok()) {
            EXPECT_NE(n.error().message.find("multicast"), std::string::npos) << n.error().message;
        }
    }
}

// A neighbour at a multicast, broadcast or unspecified address cannot exist: it would answer
// pings to 224.0.0.1 or 255.255.255.255 from that address.
TEST(RespondParse, NonUnicastIpIsRejected) {
    for (std::string_view spec : {"224.0.0.1", "255.255.255.255", "0.0.0.0", "ff02::1", "::"}) {
        SCOPED_TRACE(spec);
        expect_usage_error(spec);
    }
}

}  // namespace
}  // namespace tapsniff
