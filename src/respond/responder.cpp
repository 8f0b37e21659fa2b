// The virtual neighbour: answers ARP requests, neighbour solicitations and echo requests for
// its addresses with complete Ethernet frames, checksums included. Requests it cannot trust
// (cut, malformed, bad checksum, fragmented, not addressed to it) get no answer.
#include "tapsniff/responder.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <string>

#include <fmt/format.h>

#include "frame_builder.hpp"
#include "tapsniff/cursor.hpp"
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kIcmpEchoRequest = 8;
constexpr std::uint8_t kIcmpEchoReply = 0;
constexpr std::uint8_t kIcmp6EchoRequest = 128;
constexpr std::uint8_t kIcmp6EchoReply = 129;
constexpr std::uint8_t kNeighborSolicitation = 135;
constexpr std::uint8_t kNeighborAdvertisement = 136;
constexpr std::uint8_t kOptionTargetLinkAddress = 2;
constexpr std::uint32_t kNaSolicited = 0x40000000;
constexpr std::uint32_t kNaOverride = 0x20000000;
constexpr std::uint8_t kReplyTtl = 64;
constexpr std::uint8_t kNdHopLimit = 255;  // RFC 4861: ND messages must carry 255, and do
constexpr std::size_t kEthernetMinimum = 60;  // without FCS; shorter frames are padded

Result<MacAddress> parse_mac(std::string_view text, std::string_view spec) {
    MacAddress mac{};
    std::size_t pos = 0;
    for (std::size_t i = 0; i < mac.size(); ++i) {
        if (i != 0) {
            if (pos >= text.size() || text[pos] != ':') break;
            ++pos;
        }
        unsigned value = 0;
        auto [end, ec] = std::from_chars(text.data() + pos, text.data() + std::min(text.size(), pos + 2), value, 16);
        if (ec != std::errc() || end != text.data() + std::min(text.size(), pos + 2)) break;
        mac[i] = static_cast<std::uint8_t>(value);
        pos += 2;
        if (i + 1 == mac.size() && pos == text.size()) {
            if ((mac[0] & 1U) != 0) {
                return Error{fmt::format("invalid --respond '{}': {} is a multicast MAC; give a unicast one", spec, text),
                             kExitUsage};
            }
            return mac;
        }
    }
    return Error{fmt::format("invalid --respond '{}': expected IP or IP=MAC such as 10.0.0.2=02:00:00:00:00:02", spec),
                 kExitUsage};
}

bool same_address(const std::array<std::uint8_t, 16>& a, const std::uint8_t* b, std::size_t n) {
    return std::equal(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(n), b);
}

// Ethernet header of a reply: back to the sender, from the neighbour, in the request's VLANs.
void ethernet_header(FrameBuilder& f, const DecodedFrame& request, const MacAddress& from, const MacAddress& to,
                     std::uint16_t type) {
    f.bytes(to);
    f.bytes(from);
    for (const VlanTag& tag : request.vlans) {
        f.be16(tag.tpid);
        f.be16(tag.tci);
    }
    f.be16(type);
}

void pad_to_minimum(std::vector<std::byte>& frame) {
    if (frame.size() < kEthernetMinimum) frame.resize(kEthernetMinimum, std::byte{0});
}

}  // namespace

Result<Neighbor> parse_neighbor(std::string_view spec) {
    std::string_view ip_text = spec.substr(0, spec.find('='));
    Neighbor n;
    std::string ip(ip_text);
    if (inet_pton(AF_INET, ip.c_str(), n.ip.data()) == 1) {
        n.family = AF_INET;
        n.mac = {0x02, 0x00, n.ip[0], n.ip[1], n.ip[2], n.ip[3]};
    } else if (inet_pton(AF_INET6, ip.c_str(), n.ip.data()) == 1) {
        n.family = AF_INET6;
        n.mac = {0x06, 0x00, n.ip[12], n.ip[13], n.ip[14], n.ip[15]};
    } else {
        return Error{fmt::format("invalid --respond '{}': '{}' is not an IPv4 or IPv6 address", spec, ip_text),
                     kExitUsage};
    }
    // A neighbour is one host: answering for a broadcast, multicast or unspecified address
    // would make tapsniff reply to pings that no host should answer.
    bool unicast = n.family == AF_INET
                       ? !(n.ip[0] == 0 || n.ip[0] >= 224 ||
                           (n.ip[0] == 255 && n.ip[1] == 255 && n.ip[2] == 255 && n.ip[3] == 255))
                       : !(n.ip[0] == 0xff || std::all_of(n.ip.begin(), n.ip.end(), [](std::uint8_t b) { return b == 0; }));
    if (!unicast) {
        return Error{fmt::format("invalid --respond '{}': {} is not a unicast host address", spec, ip_text),
                     kExitUsage};
    }
    if (ip_text.size() < spec.size()) {
        auto mac = parse_mac(spec.substr(ip_text.size() + 1), spec);
        if (!mac) return mac.error();
        n.mac = mac.value();
    }
    return n;
}

Responder::Responder(std::vector<Neighbor> neighbors) : neighbors_(std::move(neighbors)) {
    frame_.reserve(70000);
}

Bytes Responder::reply_to(const DecodedFrame& request) {
    if (!request.has_ethernet || !request.has_ethertype || request.truncated != nullptr ||
        request.malformed != nullptr) {
        return {};
    }
    const IpLayers& ip = request.ip;
    for (const Neighbor& self : neighbors_) {
        if (self.family == AF_INET) {
            if (request.ethertype == ethertype::arp && request.has_arp) {
                const ArpPacket& arp = request.arp;
                if (arp.op == 1 && arp.htype == 1 && arp.ptype == ethertype::ipv4 && arp.hlen == 6 &&
                    arp.plen == 4 && std::equal(arp.tpa.begin(), arp.tpa.end(), self.ip.begin(),
                                                [](std::byte a, std::uint8_t b) { return a == std::byte{b}; })) {
                    return arp_reply(request, self);
                }
            }
            if (request.ethertype == ethertype::ipv4 && ip.has_ipv4 && ip.has_icmp &&
                same_address(self.ip, ip.ipv4.dst.data(), 4)) {
                return echo_reply_v4(request, self);
            }
        } else if (request.ethertype == ethertype::ipv6 && ip.has_ipv6 && ip.has_icmp6) {
            if (ip.icmp6.type == kNeighborSolicitation && same_address(self.ip, ip.icmp6.addr1.data(), 16)) {
                return neighbor_advertisement(request, self);
            }
            if (ip.icmp6.type == kIcmp6EchoRequest && same_address(self.ip, ip.ipv6.dst.data(), 16)) {
                return echo_reply_v6(request, self);
            }
        }
    }
    return {};
}

Bytes Responder::arp_reply(const DecodedFrame& request, const Neighbor& self) {
    const ArpPacket& arp = request.arp;
    FrameBuilder f(frame_);
    ethernet_header(f, request, self.mac, request.ethernet.src, ethertype::arp);
    f.be16(1);
    f.be16(ethertype::ipv4);
    f.u8(6);
    f.u8(4);
    f.be16(2);  // reply
    f.bytes(self.mac);
    f.bytes(std::span(self.ip.data(), 4));
    f.bytes(arp.sha);
    f.bytes(arp.spa);
    pad_to_minimum(frame_);
    return Bytes(frame_);
}

Bytes Responder::echo_reply_v4(const DecodedFrame& request, const Neighbor& self) {
    const Ipv4Header& ip4 = request.ip.ipv4;
    const IcmpMessage& icmp = request.ip.icmp;
    // Only a whole, valid, unfragmented echo request: a reply must echo every byte it carried.
    if (ip4.status != Ipv4Status::ok || ip4.checksum.state != Checksum::State::correct || request.ip.fragmented ||
        request.ip.later_fragment || ip4.proto != ipproto::icmp || icmp.type != kIcmpEchoRequest || icmp.code != 0 ||
        icmp.checksum.state != Checksum::State::correct || ip4.available < ip4.total_len) {
        return {};
    }
    Bytes message = request.payload.subspan(ip4.header_len(), ip4.total_len - ip4.header_len());
    Bytes data = message.subspan(8);
    FrameBuilder f(frame_);
    ethernet_header(f, request, self.mac, request.ethernet.src, ethertype::ipv4);
    std::size_t ip_start = f.size();
    f.u8(0x45);
    f.u8(ip4.tos);
    f.be16(static_cast<std::uint16_t>(20 + message.size()));
    f.be16(ip4.id);
    f.be16(0);
    f.u8(kReplyTtl);
    f.u8(ipproto::icmp);
    f.be16(0);  // header checksum, patched below
    f.bytes(std::span(self.ip.data(), 4));
    f.bytes(ip4.src);
    ChecksumSum header_sum;
    header_sum.add(f.view(ip_start, 20));
    f.put16_at(ip_start + 10, header_sum.field_value());

    std::size_t icmp_start = f.size();
    f.u8(kIcmpEchoReply);
    f.u8(0);
    f.be16(0);
    f.be32(icmp.rest);  // same id and sequence
    f.bytes(data);
    ChecksumSum icmp_sum;
    icmp_sum.add(f.view(icmp_start, f.size() - icmp_start));
    f.put16_at(icmp_start + 2, icmp_sum.field_value());
    pad_to_minimum(frame_);
    return Bytes(frame_);
}

namespace {

// IPv6 header + ICMPv6 message with its pseudo-header checksum; `body` follows the 4 bytes of
// type, code and checksum.
void icmp6_packet(FrameBuilder& f, const std::array<std::uint8_t, 16>& src, const Ipv6Address& dst,
                  std::uint8_t hop_limit, std::uint8_t type, const std::vector<std::byte>& body) {
    auto length = static_cast<std::uint16_t>(4 + body.size());
    f.be32(0x60000000);
    f.be16(length);
    f.u8(ipproto::icmpv6);
    f.u8(hop_limit);
    f.bytes(src);
    f.bytes(dst);
    std::size_t start = f.size();
    f.u8(type);
    f.u8(0);
    f.be16(0);
    f.bytes(body);
    ChecksumSum sum;
    add_pseudo_header_v6(sum, src, dst, ipproto::icmpv6, length);
    sum.add(f.view(start, length));
    f.put16_at(start + 2, sum.field_value());
}

bool icmp6_trusted(const DecodedFrame& request) {
    const IpLayers& ip = request.ip;
    return ip.ipv6.stop == Ipv6Stop::upper && !ip.fragmented && ip.upper_proto == ipproto::icmpv6 &&
           ip.icmp6.cut == Icmp6Cut::none && ip.icmp6.code == 0 &&
           ip.icmp6.checksum.state == Checksum::State::correct && ip.icmp6.body.size() == ip.icmp6.length;
}

// RFC 4861 7.1.1: a solicitation with an option of length 0 is dropped, and one from the
// unspecified address (duplicate address detection) must go to the solicited-node group and
// carry no source link-layer address option.
bool solicitation_valid(const DecodedFrame& request, bool from_unspecified) {
    constexpr std::size_t kNsFixedLen = 24;  // type, code, checksum, reserved, target
    constexpr std::uint8_t kOptionSourceLinkAddress = 1;
    Cursor options(request.ip.icmp6.body);
    if (!options.skip(kNsFixedLen)) return false;
    bool has_source_link_address = false;
    while (options.remaining() > 0) {
        auto type = options.u8();
        auto units = options.u8();
        if (!units || *units == 0 || !options.skip(*units * 8U - 2U)) return false;
        if (*type == kOptionSourceLinkAddress) has_source_link_address = true;
    }
    if (!from_unspecified) return true;
    const Ipv6Address& dst = request.ip.ipv6.dst;
    const Ipv6Address& target = request.ip.icmp6.addr1;
    const Ipv6Address solicited{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, target[13], target[14], target[15]};
    return !has_source_link_address && dst == solicited;
}

}  // namespace

Bytes Responder::neighbor_advertisement(const DecodedFrame& request, const Neighbor& self) {
    const Ipv6Header& ip6 = request.ip.ipv6;
    if (!icmp6_trusted(request) || ip6.hop_limit != kNdHopLimit) return {};
    // A duplicate-address probe comes from ::; the answer then goes to all nodes, unsolicited.
    bool from_unspecified = std::all_of(ip6.src.begin(), ip6.src.end(), [](std::uint8_t b) { return b == 0; });
    if (!solicitation_valid(request, from_unspecified)) return {};
    Ipv6Address all_nodes{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    const Ipv6Address& dst = from_unspecified ? all_nodes : ip6.src;
    MacAddress dst_mac = from_unspecified ? MacAddress{0x33, 0x33, 0, 0, 0, 1} : request.ethernet.src;

    std::vector<std::byte> body;
    body.reserve(28);
    FrameBuilder b(body);
    b.be32(from_unspecified ? kNaOverride : (kNaSolicited | kNaOverride));
    b.bytes(self.ip);
    b.u8(kOptionTargetLinkAddress);
    b.u8(1);  // in units of 8 bytes
    b.bytes(self.mac);

    FrameBuilder f(frame_);
    ethernet_header(f, request, self.mac, dst_mac, ethertype::ipv6);
    icmp6_packet(f, self.ip, dst, kNdHopLimit, kNeighborAdvertisement, body);
    return Bytes(frame_);
}

Bytes Responder::echo_reply_v6(const DecodedFrame& request, const Neighbor& self) {
    const IpLayers& ip = request.ip;
    if (!icmp6_trusted(request)) return {};
    std::vector<std::byte> body(ip.icmp6.body.begin() + 4, ip.icmp6.body.end());  // id, seq, data
    FrameBuilder f(frame_);
    ethernet_header(f, request, self.mac, request.ethernet.src, ethertype::ipv6);
    icmp6_packet(f, self.ip, ip.ipv6.src, kReplyTtl, kIcmp6EchoReply, body);
    return Bytes(frame_);
}

}  // namespace tapsniff
