// The virtual neighbour: answers ARP requests, neighbour solicitations and echo requests for
// its addresses with complete Ethernet frames, checksums included. It works from the decoded
// layers alone; requests it cannot trust (cut, malformed, bad checksum, fragmented, not addressed
// to it) get no answer.
#include "tapsniff/responder.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "frame_builder.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"

namespace tapsniff {
namespace {

constexpr std::uint16_t kArpHardwareEthernet = 1;
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

// The layers of a request the neighbour may answer: Ethernet, then ARP, or IPv4/IPv6 with ICMP
// or ICMPv6, each decoded in full. Anything cut or malformed anywhere is not answered.
struct Request {
    const EthernetLayer* eth = nullptr;
    const ArpLayer* arp = nullptr;
    const Ipv4Layer* ipv4 = nullptr;
    const IcmpLayer* icmp = nullptr;
    const Ipv6Layer* ipv6 = nullptr;
    const Icmp6Layer* icmp6 = nullptr;
};

std::optional<Request> trusted_layers(const DecodedFrame& frame) {
    if (frame.truncated != nullptr || frame.malformed != nullptr) return std::nullopt;
    for (const Layer& layer : frame.layers()) {
        if (layer.presence != Presence::complete) return std::nullopt;
    }
    Request r;
    r.eth = frame.get<EthernetLayer>(0);
    if (r.eth == nullptr || !r.eth->has_type) return std::nullopt;
    r.arp = frame.get<ArpLayer>(1);
    r.ipv4 = frame.get<Ipv4Layer>(1);
    r.icmp = frame.get<IcmpLayer>(2);
    r.ipv6 = frame.get<Ipv6Layer>(1);
    r.icmp6 = frame.get<Icmp6Layer>(2);
    return r;
}

// Ethernet header of a reply: back to the sender, from the neighbour, in the request's VLANs.
void ethernet_header(FrameBuilder& f, const EthernetLayer& request, const MacAddress& from, const MacAddress& to,
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
    auto layers = trusted_layers(request);
    if (!layers) return {};
    const Request& r = *layers;
    for (const Neighbor& self : neighbors_) {
        if (self.family == AF_INET) {
            if (r.arp != nullptr && r.eth->type == ethertype::arp && r.arp->op == arp_op::request && r.arp->htype == kArpHardwareEthernet &&
                r.arp->ptype == ethertype::ipv4 && r.arp->hlen == 6 && r.arp->plen == 4 &&
                std::equal(r.arp->tpa.begin(), r.arp->tpa.end(), self.ip.begin(),
                           [](std::byte a, std::uint8_t b) { return a == std::byte{b}; })) {
                return arp_reply(*r.eth, *r.arp, self);
            }
            if (r.ipv4 != nullptr && r.icmp != nullptr && same_address(self.ip, r.ipv4->dst.data(), 4)) {
                return echo_reply_v4(*r.eth, *r.ipv4, *r.icmp, self);
            }
        } else if (r.ipv6 != nullptr && r.icmp6 != nullptr) {
            if (r.icmp6->type == icmp6_type::neighbor_solicit && same_address(self.ip, r.icmp6->target.data(), 16)) {
                return neighbor_advertisement(*r.eth, *r.ipv6, *r.icmp6, self);
            }
            if (r.icmp6->type == icmp6_type::echo_request && same_address(self.ip, r.ipv6->dst.data(), 16)) {
                return echo_reply_v6(*r.eth, *r.ipv6, *r.icmp6, self);
            }
        }
    }
    return {};
}

Bytes Responder::arp_reply(const EthernetLayer& eth, const ArpLayer& arp, const Neighbor& self) {
    FrameBuilder f(frame_);
    ethernet_header(f, eth, self.mac, eth.src, ethertype::arp);
    f.be16(kArpHardwareEthernet);
    f.be16(ethertype::ipv4);
    f.u8(6);
    f.u8(4);
    f.be16(arp_op::reply);
    f.bytes(self.mac);
    f.bytes(std::span(self.ip.data(), 4));
    f.bytes(arp.sha);
    f.bytes(arp.spa);
    pad_to_minimum(frame_);
    return Bytes(frame_);
}

Bytes Responder::echo_reply_v4(const EthernetLayer& eth, const Ipv4Layer& ip4, const IcmpLayer& icmp,
                               const Neighbor& self) {
    // Only a whole, valid, unfragmented echo request: a reply must echo every byte it carried.
    if (ip4.status != Ipv4Status::ok || ip4.checksum.state != Checksum::State::correct || ip4.fragmented() ||
        icmp.type != icmp_type::echo || icmp.code != 0 ||
        icmp.checksum.state != Checksum::State::correct || ip4.available < ip4.total_len ||
        icmp.body.size() < 8 || icmp.body.size() != icmp.length) {
        return {};
    }
    Bytes data = icmp.body.subspan(8);
    FrameBuilder f(frame_);
    ethernet_header(f, eth, self.mac, eth.src, ethertype::ipv4);
    std::size_t ip_start = f.size();
    f.u8(0x45);
    f.u8(ip4.tos);
    f.be16(static_cast<std::uint16_t>(20 + icmp.body.size()));
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
    f.u8(icmp_type::echo_reply);
    f.u8(0);
    f.be16(0);
    f.be16(icmp.id);  // same id and sequence
    f.be16(icmp.seq);
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

bool icmp6_trusted(const Ipv6Layer& ip6, const Icmp6Layer& icmp6) {
    return ip6.stop == Ipv6Stop::upper && !ip6.has_fragment_header && ip6.upper_proto == ipproto::icmpv6 &&
           icmp6.cut == Icmp6Cut::none && icmp6.code == 0 && icmp6.checksum.state == Checksum::State::correct &&
           icmp6.body.size() == icmp6.length;
}

// RFC 4861 7.1.1: a solicitation with an option of length 0 is dropped, and one from the
// unspecified address (duplicate address detection) must go to the solicited-node group and
// carry no source link-layer address option.
bool solicitation_valid(const Ipv6Layer& ip6, const Icmp6Layer& ns, bool from_unspecified) {
    if (!ns.nd_options_valid) return false;
    if (!from_unspecified) return true;
    const Ipv6Address& target = ns.target;
    const Ipv6Address solicited{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, target[13], target[14], target[15]};
    return !ns.nd_source_link_address && ip6.dst == solicited;
}

}  // namespace

Bytes Responder::neighbor_advertisement(const EthernetLayer& eth, const Ipv6Layer& ip6, const Icmp6Layer& ns,
                                        const Neighbor& self) {
    if (!icmp6_trusted(ip6, ns) || ip6.hop_limit != kNdHopLimit) return {};
    // A duplicate-address probe comes from ::; the answer then goes to all nodes, unsolicited.
    bool from_unspecified = std::all_of(ip6.src.begin(), ip6.src.end(), [](std::uint8_t b) { return b == 0; });
    if (!solicitation_valid(ip6, ns, from_unspecified)) return {};
    Ipv6Address all_nodes{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    const Ipv6Address& dst = from_unspecified ? all_nodes : ip6.src;
    MacAddress dst_mac = from_unspecified ? MacAddress{0x33, 0x33, 0, 0, 0, 1} : eth.src;

    std::vector<std::byte> body;
    body.reserve(28);
    FrameBuilder b(body);
    b.be32(from_unspecified ? nd_advert_flag::override : (nd_advert_flag::solicited | nd_advert_flag::override));
    b.bytes(self.ip);
    b.u8(nd_option::target_link_address);
    b.u8(1);  // in units of 8 bytes
    b.bytes(self.mac);

    FrameBuilder f(frame_);
    ethernet_header(f, eth, self.mac, dst_mac, ethertype::ipv6);
    icmp6_packet(f, self.ip, dst, kNdHopLimit, icmp6_type::neighbor_advert, body);
    return Bytes(frame_);
}

Bytes Responder::echo_reply_v6(const EthernetLayer& eth, const Ipv6Layer& ip6, const Icmp6Layer& echo,
                               const Neighbor& self) {
    if (!icmp6_trusted(ip6, echo) || echo.body.size() < 8) return {};
    std::vector<std::byte> body(echo.body.begin() + 4, echo.body.end());  // id, seq, data
    FrameBuilder f(frame_);
    ethernet_header(f, eth, self.mac, eth.src, ethertype::ipv6);
    icmp6_packet(f, self.ip, ip6.src, kReplyTtl, icmp6_type::echo_reply, body);
    return Bytes(frame_);
}

}  // namespace tapsniff
