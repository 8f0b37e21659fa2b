// Unit tests for --respond (issue 7): parse_neighbor and Responder::reply_to, from three tables.
//
// Requests are real bytes (respond_helpers.hpp). A request that must stay unanswered is first
// shown to be what its row says (clean, cut, malformed, or wrong in exactly one checksum), so
// the silence is due to the one thing the row changes. Every reply is checked field by field by
// decoding it with checksums verified, and its checksums are verified a second time by the small
// RFC 1071 routine of respond_helpers.hpp, independent of tapsniff's ChecksumSum.
#include <gtest/gtest.h>

#include <sys/socket.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "frame_checks.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "respond_helpers.hpp"
#include "tapsniff/responder.hpp"

namespace tapsniff::test {
namespace {

using Specs = std::vector<std::string_view>;

Responder responder(const Specs& specs) {
    std::vector<Neighbor> all;
    for (std::string_view spec : specs) {
        auto n = parse_neighbor(spec);
        EXPECT_TRUE(n.ok()) << spec;
        if (n.ok()) all.push_back(n.value());
    }
    return Responder(std::move(all));
}

// The first `caplen` bytes of `f` (of `wire_len` on the wire; 0: all of it), decoded with
// checksums verified as --respond does.
std::unique_ptr<DecodedFrame> decode_of(const Frame& f, std::size_t caplen = 0, std::uint32_t wire_len = 0) {
    return decode(Bytes(reinterpret_cast<const std::byte*>(f.data()), caplen != 0 ? caplen : f.size()),
                  wire_len != 0 ? wire_len : static_cast<std::uint32_t>(f.size()));
}
// The reply to that, copied out of the responder's buffer; empty when it stays silent.
Frame reply_of(Responder& r, const Frame& request, std::size_t caplen = 0, std::uint32_t wire_len = 0) {
    return frame_of(r.reply_to(*decode_of(request, caplen, wire_len)));
}

const Specs kBoth = {"10.0.0.2", "fd00::2"};  // --respond 10.0.0.2 --respond fd00::2

// ------------------------------------------------------------------ requests left unanswered

enum class Note { clean, cut, malformed };  // what the decoder says about the (captured) request
enum class Wrong { nothing, ip, icmp };     // the one checksum that is wrong (ICMP or ICMPv6)

struct NoReplyCase {
    const char* name;
    std::string_view request;
    Specs neighbors = kBoth;
    Note note = Note::clean;
    Wrong wrong = Wrong::nothing;
    std::size_t caplen = 0;      // 0: all of it
    std::uint32_t wire_len = 0;  // 0: its size
};
void PrintTo(const NoReplyCase& c, std::ostream* os) { *os << c.name; }

// rf::kLinuxEcho (10.0.0.1 pings 10.0.0.2) inside GRE and inside IP in IP, from 10.0.0.1 to 10.0.0.2.
constexpr std::string_view kEchoInGre =
    "02000a000002 72c8b1db54ac 0800 4500 0048 0001 4000 402f 2684 0a000001 0a000002 0000 0800"
    "4500 0030 010c 4000 4001 25bf 0a000001 0a000002"
    "0800 5bda 12e1 0001 6dfb076b00000000 e8b8090000000000 10111213";
constexpr std::string_view kEchoInIpIp =
    "02000a000002 72c8b1db54ac 0800 4500 0044 0001 4000 4004 26b3 0a000001 0a000002"
    "4500 0030 010c 4000 4001 25bf 0a000001 0a000002"
    "0800 5bda 12e1 0001 6dfb076b00000000 e8b8090000000000 10111213";

const NoReplyCase kNoReply[] = {
    // ARP
    {.name = "ArpForAnotherIp", .request = rf::kArpOther},
    {.name = "ArpReplyForOurIp", .request = rf::kArpReplyForUs},
    {.name = "ArpHlen0", .request = rf::kArpHlen0, .note = Note::malformed},
    // A RARP frame with ARP's request opcode is not an ARP request.
    {.name = "RarpEthertypeWithArpOp",
     .request = "ffffffffffff 72c8b1db54ac 8035 0001 0800 06 04 0001 72c8b1db54ac 0a000001 000000000000 0a000002"},
    {.name = "ArpTargetAddressCut", .request = rf::kLinuxArpRequest, .note = Note::cut, .caplen = 38},
    {.name = "ArpToIpv6OnlyNeighbour", .request = rf::kLinuxArpRequest, .neighbors = {"fd00::2"}},
    // ICMP echo
    {.name = "EchoShorterThanEchoHeader", .request = rf::kEchoShortMessage, .note = Note::cut},
    {.name = "EchoCode1", .request = rf::kEchoCode1},
    {.name = "EchoLaterFragment", .request = rf::kEchoLater},
    {.name = "EchoFirstFragment", .request = rf::kEchoFragment},
    {.name = "EchoToAnotherIp", .request = rf::kEchoOther},
    {.name = "EchoToBroadcast", .request = rf::kEchoBroadcast},
    {.name = "EchoBadIcmpChecksum", .request = rf::kEchoBadIcmpSum, .wrong = Wrong::icmp},
    {.name = "EchoBadIpHeaderChecksum", .request = rf::kEchoBadIpSum, .wrong = Wrong::ip},
    // Data cut from the capture: the decoder reads every header and is content, so the responder
    // must see for itself that bytes are missing.
    {.name = "EchoDataCut", .request = rf::kLinuxEcho, .caplen = 50, .wire_len = 62},
    {.name = "EchoIcmpHeaderCut", .request = rf::kLinuxEcho, .note = Note::cut, .caplen = 36, .wire_len = 62},
    {.name = "EchoShorterThanIpLength", .request = rf::kLinuxEcho, .note = Note::cut, .caplen = 58, .wire_len = 58},
    {.name = "EchoReplyToUs", .request = rf::kEchoReplyToUs},
    {.name = "EchoToIpv6OnlyNeighbour", .request = rf::kLinuxEcho, .neighbors = {"fd00::2"}},
    // IPv6 neighbour solicitation (RFC 4861 7.1.1 for the hop limit, code, option and DAD rules)
    {.name = "NsHopLimit64", .request = rf::kNsHopLimit64},
    {.name = "NsBadChecksum", .request = rf::kNsBadSum, .wrong = Wrong::icmp},
    {.name = "NsForAnotherTarget", .request = rf::kNsOther},
    {.name = "NsCode1", .request = rf::kNsCode1},
    {.name = "NsZeroLengthOption", .request = rf::kNsZeroLenOpt},
    {.name = "NsDadToUnicast", .request = rf::kNsDadUnicastDst},
    {.name = "NsDadWithSourceLinkLayerOption", .request = rf::kNsDadWithSlla},
    {.name = "NsOptionCut", .request = rf::kLinuxNs, .caplen = 78, .wire_len = 86},  // headers whole: as EchoDataCut
    {.name = "NsTargetCut", .request = rf::kLinuxNs, .note = Note::cut, .caplen = 70, .wire_len = 86},
    {.name = "NsToIpv4OnlyNeighbour", .request = rf::kLinuxNs, .neighbors = {"10.0.0.2"}},
    // ICMPv6 echo
    {.name = "Echo6BadChecksum", .request = rf::kEcho6BadSum, .wrong = Wrong::icmp},
    {.name = "Echo6ToAnotherIp", .request = rf::kEcho6Other},
    {.name = "Echo6FirstFragment", .request = rf::kEcho6Frag},
    {.name = "Echo6ShorterThanEchoHeader", .request = rf::kEcho6Short, .note = Note::cut},
    {.name = "Echo6DataCut", .request = rf::kLinuxEcho6, .caplen = 70, .wire_len = 82},  // as EchoDataCut
    // A tunnel's inner packet is not the neighbour's to answer (issue 16): an echo request for it
    // inside GRE, and inside IP in IP, both carried to the neighbour's own address.
    {.name = "EchoInsideGre", .request = kEchoInGre},
    {.name = "EchoInsideIpInIp", .request = kEchoInIpIp},
};

class ResponderNoReply : public ::testing::TestWithParam<NoReplyCase> {};

TEST_P(ResponderNoReply, Silent) {
    const NoReplyCase& c = GetParam();
    const Frame request = bytes_of(c.request);

    // The checksums, by RFC 1071 over all of the request: right, except the one the row names.
    auto [l3, type] = l3_of(request);
    if (type == ethertype::ipv4) {
        const std::size_t hlen = (request.at(l3) & 0x0fU) * 4U;
        EXPECT_EQ(bool(rfc1071_ok({}, sub(request, l3, hlen), 10)), c.wrong != Wrong::ip) << "IPv4 header checksum";
        if (request.at(l3 + 9) == ipproto::icmp && (be16(request, l3 + 6) & 0x1fffU) == 0) {
            const Frame icmp = sub(request, l3 + hlen, be16(request, l3 + 2) - hlen);
            EXPECT_EQ(bool(rfc1071_ok({}, icmp, 2)), c.wrong != Wrong::icmp) << "ICMP checksum";
        }
    } else if (type == ethertype::ipv6 && request.at(l3 + 6) == ipproto::icmpv6) {
        const std::uint16_t plen = be16(request, l3 + 4);
        EXPECT_EQ(bool(rfc1071_ok(pseudo_v6(sub(request, l3 + 8, 16), sub(request, l3 + 24, 16), plen),
                                  sub(request, l3 + 40, plen), 2)),
                  c.wrong != Wrong::icmp)
            << "ICMPv6 checksum";
    }

    // ... and the decoder agrees.
    auto whole = decode_of(request);
    auto agrees = [&](const auto* layer, Wrong w, const char* what) {
        if (layer == nullptr) return;
        EXPECT_EQ(layer->checksum.state == Checksum::State::incorrect, c.wrong == w) << what;
    };
    agrees(whole->find<Ipv4Layer>(), Wrong::ip, "IPv4");
    agrees(whole->find<IcmpLayer>(), Wrong::icmp, "ICMP");
    agrees(whole->find<Icmp6Layer>(), Wrong::icmp, "ICMPv6");

    // What the decoder says about the bytes the responder sees.
    auto seen = decode_of(request, c.caplen, c.wire_len);
    bool all_complete = true;
    for (const Layer& layer : seen->layers()) all_complete = all_complete && layer.presence == Presence::complete;
    switch (c.note) {
        case Note::clean:
            EXPECT_EQ(seen->truncated, nullptr) << seen->truncated;
            EXPECT_EQ(seen->malformed, nullptr) << seen->malformed;
            EXPECT_TRUE(all_complete) << stack_of(*seen);
            break;
        case Note::cut: EXPECT_TRUE(seen->truncated != nullptr || !all_complete) << "nothing cut"; break;
        case Note::malformed: EXPECT_NE(seen->malformed, nullptr); break;
    }

    Responder r = responder(c.neighbors);
    EXPECT_EQ(reply_of(r, request, c.caplen, c.wire_len), Frame{});
}

INSTANTIATE_TEST_SUITE_P(Respond, ResponderNoReply, ::testing::ValuesIn(kNoReply),
                         [](const auto& info) { return std::string(info.param.name); });

// The echo requests in a tunnel are decoded whole, checksums right: only their place in the layer
// stack keeps them unanswered.
TEST(RespondTunnel, InnerEchoIsDecodedButNotAnswered) {
    for (auto [request, stack] : {std::pair{kEchoInGre, "ethernet ipv4 gre ipv4 icmp"},
                                  std::pair{kEchoInIpIp, "ethernet ipv4 ipv4 icmp"}}) {
        const Frame frame = bytes_of(request);
        auto decoded = decode_of(frame);
        EXPECT_EQ(stack_of(*decoded), stack);
        const auto* icmp = decoded->find<IcmpLayer>();
        ASSERT_NE(icmp, nullptr);
        EXPECT_EQ(icmp->checksum.state, Checksum::State::correct);
        EXPECT_EQ(decoded->truncated, nullptr);
        EXPECT_EQ(decoded->malformed, nullptr);
        Responder r = responder(kBoth);
        EXPECT_EQ(reply_of(r, frame), Frame{}) << stack;
    }
}

// ------------------------------------------------------------------ requests answered

constexpr std::string_view kHostMac = "72c8b1db54ac";
constexpr std::string_view kMac4 = "02000a000002";  // derived for 10.0.0.2
constexpr std::string_view kMac6 = "060000000002";  // derived for fd00::2
constexpr std::string_view kAllNodesMac = "333300000001";
constexpr std::string_view kIp1 = "0a000001";
constexpr std::string_view kIp2 = "0a000002";
constexpr std::string_view kV6One = "fd000000000000000000000000000001";
constexpr std::string_view kV6Two = "fd000000000000000000000000000002";
constexpr std::string_view kAllNodes = "ff020000000000000000000000000001";
constexpr std::string_view kAbcdefgh = "6162636465666768";

enum class Kind { arp, echo4, advert, echo6 };

// Addresses are hex; left empty, the neighbour's are those of 10.0.0.2 (ARP, echo4) or fd00::2
// (advert, echo6) with derived MACs, and the requester's 10.0.0.1 or fd00::1.
struct ReplyCase {
    const char* name;
    std::string_view request;
    Specs neighbors = kBoth;
    Kind kind = Kind::arp;
    std::size_t size = 0;                   // the whole reply, padding included
    std::string_view to_mac = kHostMac;     // Ethernet dst; also ARP tha
    std::string_view from_mac = {};         // Ethernet src: the neighbour's (ARP sha, NA option)
    std::vector<VlanTag> vlans = {};        // the request's, outermost first
    std::string_view from_ip = {}, to_ip = {};  // ARP spa and tpa, IP src and dst; the NA target is from_ip
    std::uint16_t id = 0, seq = 0;          // echo
    std::string_view data = {};             // echo: what follows id and seq
    std::uint8_t tos = 0;                   // echo4: copied from the request
    bool solicited = true;                  // advert
    std::string_view exact = {};            // the whole reply, where every byte of it is fixed

    [[nodiscard]] bool v4() const { return kind == Kind::arp || kind == Kind::echo4; }
    [[nodiscard]] Frame src_mac() const { return bytes_of(!from_mac.empty() ? from_mac : v4() ? kMac4 : kMac6); }
    [[nodiscard]] Frame src_ip() const { return bytes_of(!from_ip.empty() ? from_ip : v4() ? kIp2 : kV6Two); }
    [[nodiscard]] Frame dst_ip() const { return bytes_of(!to_ip.empty() ? to_ip : v4() ? kIp1 : kV6One); }
};
void PrintTo(const ReplyCase& c, std::ostream* os) { *os << c.name; }

const ReplyCase kReply[] = {
    // ARP: 42 bytes padded to the Ethernet minimum; tha is the requester, never a broadcast it sent.
    {.name = "LinuxArpRequest", .request = rf::kLinuxArpRequest, .size = 60,
     .exact = "72c8b1db54ac 02000a000002 0806 0001 0800 06 04 0002 02000a000002 0a000002 72c8b1db54ac 0a000001"
              "000000000000000000000000000000000000"},
    {.name = "ArpingWithBroadcastTha", .request = rf::kLinuxArpingRequest, .size = 60},
    {.name = "PaddedArpRequest", .request = rf::kLinuxArpRequestPadded, .size = 60},
    {.name = "ArpExplicitMac", .request = rf::kLinuxArpRequest, .neighbors = {"10.0.0.2=02:11:22:33:44:55"},
     .size = 60, .from_mac = "021122334455"},
    {.name = "ArpThirdNeighbourAnswersForItself", .request = rf::kLinuxArpRequest,
     .neighbors = {"10.0.0.5", "fd00::2", "10.0.0.2"}, .size = 60},
    {.name = "QinqArpKeepsBothTags", .request = frames::kQinqArp, .neighbors = {"172.17.0.1"}, .size = 60,
     .to_mac = "0242ac110002", .from_mac = "0200ac110001",
     .vlans = {{ethertype::vlan_qinq, 0x0064}, {ethertype::vlan_8021q, 0xa00a}}, .from_ip = "ac110001",
     .to_ip = "ac110002"},
    // RFC 5227: a host probing for 10.0.0.2 learns it is taken; like Linux, tpa stays 0.0.0.0.
    {.name = "ArpProbeIsDefended", .request = rf::kArpProbe, .size = 60, .to_ip = "00000000"},
    // ICMP echo: no IP options, no Ethernet padding echoed; short replies padded with zeros.
    {.name = "LinuxEcho", .request = rf::kLinuxEcho, .kind = Kind::echo4, .size = 62, .id = 0x12e1, .seq = 1,
     .data = "6dfb076b00000000 e8b8090000000000 10111213"},
    {.name = "EchoOddPayload", .request = rf::kEchoOddPayload, .kind = Kind::echo4, .size = 79, .id = 0x1234,
     .seq = 7, .data = "101112131415161718191a1b1c1d1e1f 202122232425262728292a2b2c2d2e2f 3031323334", .tos = 0x10},
    {.name = "VlanEchoGetsTaggedReply", .request = rf::kEchoVlan, .kind = Kind::echo4, .size = 78,
     .vlans = {{ethertype::vlan_8021q, 0x6064}}, .id = 9, .seq = 1,
     .data = "000102030405060708090a0b0c0d0e0f 101112131415161718191a1b1c1d1e1f"},
    {.name = "EchoWithIpOptions", .request = rf::kEchoOptions, .kind = Kind::echo4, .size = 60, .id = 5, .seq = 6,
     .data = kAbcdefgh},
    {.name = "EchoEthernetPaddingNotEchoed", .request = rf::kEchoPadded, .kind = Kind::echo4, .size = 60, .id = 5,
     .seq = 1, .data = kAbcdefgh},
    // Neighbour advertisements: 24 bytes + one target link-layer option, hop limit 255.
    {.name = "LinuxMulticastNs", .request = rf::kLinuxNs, .kind = Kind::advert, .size = 86},
    {.name = "UnicastNs", .request = rf::kNsUnicast, .kind = Kind::advert, .size = 86},
    {.name = "VlanNsGetsTaggedAdvert", .request = rf::kNsVlan, .kind = Kind::advert, .size = 90,
     .vlans = {{ethertype::vlan_8021q, 0x0007}}},
    {.name = "NsExplicitMac", .request = rf::kLinuxNs, .neighbors = {"fd00::2=02:aa:bb:cc:dd:ee"},
     .kind = Kind::advert, .size = 86, .from_mac = "02aabbccddee"},
    // Duplicate address detection: unsolicited, to all nodes.
    {.name = "DadNs", .request = rf::kNsDad, .kind = Kind::advert, .size = 86, .to_mac = kAllNodesMac,
     .to_ip = kAllNodes, .solicited = false},
    {.name = "LinuxDadNsWithNonce", .request = rf::kLinuxDadNs, .neighbors = {"fd00::1=02:00:00:00:00:01"},
     .kind = Kind::advert, .size = 86, .to_mac = kAllNodesMac, .from_mac = "020000000001", .from_ip = kV6One,
     .to_ip = kAllNodes, .solicited = false},
    // ICMPv6 echo: nothing but the message is echoed (no trailer, no extension header).
    {.name = "LinuxEcho6", .request = rf::kLinuxEcho6, .kind = Kind::echo6, .size = 82, .id = 0x12e2, .seq = 1,
     .data = "6dfb076b00000000 f20e0d0000000000 10111213"},
    {.name = "Echo6OddPayload", .request = rf::kEcho6OddPayload, .kind = Kind::echo6, .size = 91, .id = 0xbeef,
     .seq = 258, .data = "4142434445464748494a4b4c4d4e4f50 5152535455565758595a5b5c5d"},
    {.name = "Echo6TrailerNotEchoed", .request = rf::kEcho6Trailer, .kind = Kind::echo6, .size = 70, .id = 3,
     .seq = 4, .data = kAbcdefgh,
     .exact = "72c8b1db54ac 060000000002 86dd 6000 0000 0010 3a 40 fd000000000000000000000000000002"
              "fd000000000000000000000000000001 8100 f313 0003 0004 6162636465666768"},
    {.name = "Echo6HopByHopNotEchoed", .request = rf::kEcho6Hbh, .kind = Kind::echo6, .size = 70, .id = 3, .seq = 4,
     .data = kAbcdefgh},
};

void expect_arp(const ReplyCase& c, const DecodedFrame& d, const Frame& reply, std::size_t l3) {
    const ArpLayer* arp = d.get<ArpLayer>(1);
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(arp->htype, 1) << "Ethernet";
    EXPECT_EQ(arp->ptype, ethertype::ipv4);
    EXPECT_EQ(arp->hlen, 6);
    EXPECT_EQ(arp->plen, 4);
    EXPECT_EQ(arp->op, arp_op::reply);
    EXPECT_EQ(frame_of(arp->sha), c.src_mac());
    EXPECT_EQ(frame_of(arp->spa), c.src_ip());
    EXPECT_EQ(frame_of(arp->tha), bytes_of(c.to_mac));
    EXPECT_EQ(frame_of(arp->tpa), c.dst_ip());
    for (std::size_t i = l3 + 28; i < reply.size(); ++i) EXPECT_EQ(reply[i], 0) << "padding byte " << i;
}

void expect_echo4(const ReplyCase& c, const DecodedFrame& d, const Frame& reply, std::size_t l3) {
    const Ipv4Layer* ip = d.get<Ipv4Layer>(1);
    const IcmpLayer* icmp = d.get<IcmpLayer>(2);
    ASSERT_TRUE(ip != nullptr && icmp != nullptr);
    const Frame data = bytes_of(c.data);
    EXPECT_EQ(ip->status, Ipv4Status::ok);
    EXPECT_EQ(ip->ihl, 5) << "options are not echoed";
    EXPECT_EQ(ip->tos, c.tos);
    EXPECT_EQ(ip->total_len, 20 + 8 + data.size());
    EXPECT_EQ(ip->frag & 0x3fffU, 0U) << "no MF, offset 0";
    EXPECT_EQ(ip->ttl, 64);
    EXPECT_EQ(ip->proto, ipproto::icmp);
    EXPECT_EQ(frame_of(ip->src), c.src_ip());
    EXPECT_EQ(frame_of(ip->dst), c.dst_ip());
    EXPECT_EQ(ip->checksum.state, Checksum::State::correct);
    EXPECT_EQ(icmp->type, icmp_type::echo_reply);
    EXPECT_EQ(icmp->code, 0);
    EXPECT_EQ(icmp->id, c.id);
    EXPECT_EQ(icmp->seq, c.seq);
    EXPECT_EQ(icmp->checksum.state, Checksum::State::correct);
    EXPECT_EQ(frame_of(icmp->body.subspan(std::min<std::size_t>(8, icmp->body.size()))), data);

    EXPECT_TRUE(rfc1071_ok({}, sub(reply, l3, 20), 10)) << "IPv4 header checksum";
    EXPECT_TRUE(rfc1071_ok({}, sub(reply, l3 + 20, 8 + data.size()), 2)) << "ICMP checksum";
    for (std::size_t i = l3 + 28 + data.size(); i < reply.size(); ++i) EXPECT_EQ(reply[i], 0) << "padding " << i;
}

void expect_icmp6(const ReplyCase& c, const DecodedFrame& d, const Frame& reply, std::size_t l3) {
    const Ipv6Layer* ip = d.get<Ipv6Layer>(1);
    const Icmp6Layer* m = d.get<Icmp6Layer>(2);
    ASSERT_TRUE(ip != nullptr && m != nullptr);
    const bool advert = c.kind == Kind::advert;
    const Frame data = bytes_of(c.data);
    const auto plen = static_cast<std::uint16_t>(advert ? 32 : 8 + data.size());
    EXPECT_EQ(ip->version, 6);
    EXPECT_EQ(ip->payload_len, plen);
    EXPECT_EQ(reply.size(), l3 + 40 + plen) << "nothing after the IPv6 payload";
    EXPECT_EQ(ip->next, ipproto::icmpv6);
    EXPECT_EQ(ip->hop_limit, advert ? 255 : 64);
    EXPECT_EQ(frame_of(ip->src), c.src_ip());
    EXPECT_EQ(frame_of(ip->dst), c.dst_ip());
    EXPECT_EQ(ip->stop, Ipv6Stop::upper);
    EXPECT_EQ(m->type, advert ? icmp6_type::neighbor_advert : icmp6_type::echo_reply);
    EXPECT_EQ(m->code, 0);
    EXPECT_EQ(m->cut, Icmp6Cut::none);
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);
    const Frame msg = sub(reply, l3 + 40, plen);
    EXPECT_TRUE(rfc1071_ok(pseudo_v6(c.src_ip(), c.dst_ip(), plen), msg, 2)) << "ICMPv6 checksum";
    ASSERT_EQ(msg.size(), plen);
    if (advert) {
        EXPECT_EQ(frame_of(m->target), c.src_ip());
        const std::uint32_t flags = be32(msg, 4);
        EXPECT_EQ(flags & nd_advert_flag::router, 0U);
        EXPECT_EQ((flags & nd_advert_flag::solicited) != 0, c.solicited);
        EXPECT_NE(flags & nd_advert_flag::override, 0U);
        EXPECT_EQ(flags & ~(nd_advert_flag::router | nd_advert_flag::solicited | nd_advert_flag::override), 0U);
        EXPECT_EQ(msg[24], nd_option::target_link_address);
        EXPECT_EQ(msg[25], 1) << "option length in 8-byte units";
        EXPECT_EQ(sub(msg, 26, 6), c.src_mac());
    } else {
        EXPECT_EQ(m->id, c.id);
        EXPECT_EQ(m->seq, c.seq);
        EXPECT_EQ(sub(msg, 8, data.size()), data);
    }
}

class ResponderReply : public ::testing::TestWithParam<ReplyCase> {};

TEST_P(ResponderReply, Frame) {
    const ReplyCase& c = GetParam();
    Responder r = responder(c.neighbors);
    const Frame reply = reply_of(r, bytes_of(c.request));
    ASSERT_EQ(reply.size(), c.size);
    if (!c.exact.empty()) {
        EXPECT_EQ(reply, bytes_of(c.exact));
    }

    auto d = decode_of(reply);
    EXPECT_EQ(d->truncated, nullptr) << d->truncated;
    EXPECT_EQ(d->malformed, nullptr) << d->malformed;
    for (const Layer& layer : d->layers()) EXPECT_EQ(layer.presence, Presence::complete);
    EXPECT_EQ(stack_of(*d),
              c.kind == Kind::arp ? "ethernet arp" : c.v4() ? "ethernet ipv4 icmp" : "ethernet ipv6 icmp6");

    const EthernetLayer* eth = d->get<EthernetLayer>(0);
    ASSERT_NE(eth, nullptr);
    EXPECT_EQ(frame_of(eth->dst), bytes_of(c.to_mac));
    EXPECT_EQ(frame_of(eth->src), c.src_mac());
    ASSERT_EQ(eth->vlans.size(), c.vlans.size());
    for (std::size_t i = 0; i < c.vlans.size(); ++i) {
        EXPECT_EQ(eth->vlans[i].tpid, c.vlans[i].tpid) << "tag " << i;
        EXPECT_EQ(eth->vlans[i].tci, c.vlans[i].tci) << "tag " << i;
    }
    EXPECT_EQ(eth->type, c.kind == Kind::arp ? ethertype::arp : c.v4() ? ethertype::ipv4 : ethertype::ipv6);
    EXPECT_GE(reply.size(), 60U) << "Ethernet minimum, without FCS";

    const std::size_t l3 = 14 + 4 * c.vlans.size();
    switch (c.kind) {
        case Kind::arp: expect_arp(c, *d, reply, l3); break;
        case Kind::echo4: expect_echo4(c, *d, reply, l3); break;
        case Kind::advert:
        case Kind::echo6: expect_icmp6(c, *d, reply, l3); break;
    }
}

INSTANTIATE_TEST_SUITE_P(Respond, ResponderReply, ::testing::ValuesIn(kReply),
                         [](const auto& info) { return std::string(info.param.name); });

// The reply buffer is reused: a shorter reply after a longer one is what a fresh responder sends
// (LinuxEcho and EchoOddPayload above check those field by field), and so is the longer one again.
TEST(RespondEcho, BackToBackRepliesDoNotMix) {
    Responder r = responder(kBoth);
    const Frame first = reply_of(r, bytes_of(rf::kEchoOddPayload));
    const Frame second = reply_of(r, bytes_of(rf::kLinuxEcho));
    EXPECT_EQ(reply_of(r, bytes_of(rf::kEchoOddPayload)), first);
    Responder fresh = responder(kBoth);
    EXPECT_EQ(second, reply_of(fresh, bytes_of(rf::kLinuxEcho)));
    EXPECT_EQ(second.size(), 62U);
}

// ------------------------------------------------------------------ parse_neighbor

struct ParseCase {
    const char* name;
    std::string_view spec;
    std::string_view error = {};  // not empty: a usage error whose message holds it
    int family = 0;
    std::string_view ip = {};     // hex
    std::string_view mac = {};    // hex
};
void PrintTo(const ParseCase& c, std::ostream* os) { *os << c.name; }

constexpr std::string_view kNotIp = "is not an IPv4 or IPv6 address";
constexpr std::string_view kBadMac = "expected IP or IP=MAC";
constexpr std::string_view kMulticast = "is a multicast MAC";
constexpr std::string_view kNotUnicast = "is not a unicast host address";

const ParseCase kParse[] = {
    // Derived MACs: locally administered unicast, 02:00 + IPv4 or 06:00 + the last 4 bytes of IPv6.
    {"Ipv4", "10.0.0.2", {}, AF_INET, kIp2, kMac4},
    {"Ipv4Other", "192.168.200.17", {}, AF_INET, "c0a8c811", "0200c0a8c811"},
    {"Ipv4High", "10.255.255.254", {}, AF_INET, "0afffffe", "02000afffffe"},
    {"Ipv6", "fd00::2", {}, AF_INET6, kV6Two, kMac6},
    {"Ipv6Other", "2001:db8::a:b:c0a8:1fe", {}, AF_INET6, "20010db800000000000a000bc0a801fe", "0600c0a801fe"},
    {"Ipv6High", "fd00::ffff:ffff", {}, AF_INET6, "fd0000000000000000000000ffffffff", "0600ffffffff"},
    {"Ipv4WithMac", "10.0.0.2=02:11:22:33:44:55", {}, AF_INET, kIp2, "021122334455"},
    {"Ipv6WithMixedCaseMac", "fd00::2=52:54:00:AB:cd:EF", {}, AF_INET6, kV6Two, "525400abcdef"},
    // Not an address.
    {"Empty", "", kNotIp}, {"Ipv4ByteTooBig", "10.0.0.256", kNotIp},
    {"Ipv4ThreeBytes", "10.0.0", kNotIp}, {"Ipv6BadDigit", "fd00::g", kNotIp},
    {"HostName", "host.example", kNotIp}, {"Prefix", "10.0.0.2/24", kNotIp},
    {"ScopedIpv6", "fe80::1%tap0", kNotIp}, {"LeadingSpace", " 10.0.0.2", kNotIp},
    {"OnlyMac", "=02:00:00:00:00:02", kNotIp},
    // Not a MAC.
    {"EmptyMac", "10.0.0.2=", kBadMac}, {"MacFiveBytes", "10.0.0.2=02:00:00:00:00", kBadMac},
    {"MacSevenBytes", "10.0.0.2=02:00:00:00:00:02:03", kBadMac}, {"MacBadDigit", "10.0.0.2=02:00:00:00:00:0g", kBadMac},
    {"MacThreeDigits", "10.0.0.2=02:00:00:00:00:002", kBadMac},
    {"MacTrailingColon", "10.0.0.2=02:00:00:00:00:", kBadMac},
    {"MacLeadingColon", "10.0.0.2=:02:00:00:00:00:02", kBadMac},
    {"Ipv6MacBadDigits", "fd00::2=zz:00:00:00:00:02", kBadMac},
    {"SecondEquals", "10.0.0.2=02:00:00:00:00:02=", kBadMac}, {"TrailingSpace", "10.0.0.2=02:00:00:00:00:02 ", kBadMac},
    // A multicast MAC.
    {"Ipv4MulticastMac", "10.0.0.2=01:00:5e:00:00:01", kMulticast},
    {"BroadcastMac", "10.0.0.2=ff:ff:ff:ff:ff:ff", kMulticast},
    {"Ipv6MulticastMac", "fd00::2=33:33:00:00:00:01", kMulticast},
    {"GroupBitMac", "fd00::2=03:00:00:00:00:02", kMulticast},
    // A neighbour at a multicast, broadcast or unspecified address would answer pings no host should.
    {"Ipv4Multicast", "224.0.0.1", kNotUnicast}, {"Ipv4Broadcast", "255.255.255.255", kNotUnicast},
    {"Ipv4Unspecified", "0.0.0.0", kNotUnicast}, {"Ipv6Multicast", "ff02::1", kNotUnicast},
    {"Ipv6Unspecified", "::", kNotUnicast},
};

class ResponderParse : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ResponderParse, Spec) {
    const ParseCase& c = GetParam();
    auto n = parse_neighbor(c.spec);
    if (c.error.empty()) {
        ASSERT_TRUE(n.ok()) << n.error().message;
        EXPECT_EQ(n.value().family, c.family);
        const std::size_t ip_len = c.family == AF_INET ? 4 : 16;
        EXPECT_EQ(sub(frame_of(n.value().ip), 0, ip_len), bytes_of(c.ip));
        EXPECT_EQ(frame_of(n.value().mac), bytes_of(c.mac));
        EXPECT_EQ(n.value().mac[0] & 0x01U, 0U) << "unicast";
        if (c.spec.find('=') == std::string_view::npos) {
            EXPECT_EQ(n.value().mac[0] & 0x02U, 0x02U) << "locally administered";
        }
        return;
    }
    ASSERT_FALSE(n.ok()) << "accepted";
    const std::string& message = n.error().message;
    EXPECT_EQ(n.error().exit_code, kExitUsage);
    EXPECT_NE(message.find(c.error), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << "one line: " << message;
    EXPECT_NE(message.rfind("tapsniff: ", 0), 0U) << "main adds the prefix";
    EXPECT_NE(message.find("'" + std::string(c.spec) + "'"), std::string::npos) << "quotes what was given: " << message;
}

INSTANTIATE_TEST_SUITE_P(Respond, ResponderParse, ::testing::ValuesIn(kParse),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace tapsniff::test
