// The virtual neighbour: answers ARP requests, neighbour solicitations and echo requests for
// its addresses with complete Ethernet frames, checksums included. It works from the decoded
// layers alone; requests it cannot trust (cut, malformed, bad checksum, not addressed to it)
// get no answer. Echo requests that come in fragments are reassembled first (echo.cpp).
#include "tapsniff/responder.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <optional>

#include "frame_builder.hpp"
#include "proto/arp/arp.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "respond/request.hpp"
#include "reassembly.hpp"

namespace tapsniff {
namespace {

constexpr std::uint16_t kArpHardwareEthernet = 1;

bool same_address(const std::array<std::uint8_t, 16>& a, const std::uint8_t* b, std::size_t n) {
    return std::equal(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(n), b);
}

// The request's layers at the places a neighbour looks: Ethernet, then ARP, or IPv4/IPv6 with
// ICMP or ICMPv6 right after them (a tunnel's inner packet is never answered). Anything cut or
// malformed anywhere is not answered.
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

bool is_arp_request_for(const Request& r, const Neighbor& self) {
    return r.arp != nullptr && r.eth->type == ethertype::arp && r.arp->op == arp_op::request &&
           r.arp->htype == kArpHardwareEthernet && r.arp->ptype == ethertype::ipv4 && r.arp->hlen == 6 &&
           r.arp->plen == 4 &&
           std::equal(r.arp->tpa.begin(), r.arp->tpa.end(), self.ip.begin(),
                      [](std::byte a, std::uint8_t b) { return a == std::byte{b}; });
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

Responder::Responder(std::vector<Neighbor> neighbors, unsigned mtu)
    : neighbors_(std::move(neighbors)),
      mtu_(std::clamp(mtu, kMinimumMtu, kMaximumMtu)),
      reassembler_(std::make_unique<Reassembler>()) {}
Responder::Responder(Responder&&) noexcept = default;
Responder& Responder::operator=(Responder&&) noexcept = default;
Responder::~Responder() = default;

std::vector<std::byte>& Responder::next_frame() {
    if (used_ == frames_.size()) frames_.emplace_back();
    std::vector<std::byte>& frame = frames_[used_++];
    frame.clear();
    return frame;
}

std::span<const Bytes> Responder::replies_to(const DecodedFrame& request, Timestamp now) {
    used_ = 0;
    if (auto layers = trusted_layers(request)) {
        const Request& r = *layers;
        for (const Neighbor& self : neighbors_) {
            if (self.family == AF_INET) {
                if (is_arp_request_for(r, self)) {
                    arp_reply(r, self);
                    break;
                }
                if (r.ipv4 != nullptr && same_address(self.ip, r.ipv4->dst.data(), 4)) {
                    echo_v4(r, self, now);
                    break;
                }
            } else if (r.ipv6 != nullptr && same_address(self.ip, r.ipv6->dst.data(), 16) &&
                       r.ipv6->has_fragment_header) {
                echo_v6_fragment(r, self, now);
                break;
            } else if (r.ipv6 != nullptr && r.icmp6 != nullptr) {
                if (r.icmp6->type == icmp6_type::neighbor_solicit &&
                    same_address(self.ip, r.icmp6->target.data(), 16)) {
                    neighbor_advertisement(r, self);
                    break;
                }
                if (r.icmp6->type == icmp6_type::echo_request && same_address(self.ip, r.ipv6->dst.data(), 16) &&
                    icmp6_trusted(*r.ipv6, *r.icmp6)) {
                    echo_v6(r, self, r.icmp6->body);
                    break;
                }
            }
        }
    }
    views_.clear();
    for (std::size_t i = 0; i < used_; ++i) views_.emplace_back(frames_[i]);
    return views_;
}

Bytes Responder::reply_to(const DecodedFrame& request) {
    auto replies = replies_to(request, Timestamp{});
    return replies.empty() ? Bytes{} : replies.front();
}

void Responder::arp_reply(const Request& r, const Neighbor& self) {
    FrameBuilder f(next_frame());
    ethernet_header(f, *r.eth, self.mac, r.eth->src, ethertype::arp);
    f.be16(kArpHardwareEthernet);
    f.be16(ethertype::ipv4);
    f.u8(6);
    f.u8(4);
    f.be16(arp_op::reply);
    f.bytes(self.mac);
    f.bytes(std::span(self.ip.data(), 4));
    f.bytes(r.arp->sha);
    f.bytes(r.arp->spa);
    f.pad_to_minimum();
}

void Responder::neighbor_advertisement(const Request& r, const Neighbor& self) {
    const Ipv6Layer& ip6 = *r.ipv6;
    const Icmp6Layer& ns = *r.icmp6;
    if (!icmp6_trusted(ip6, ns) || ip6.hop_limit != kNdHopLimit) return;
    // A duplicate-address probe comes from ::; the answer then goes to all nodes, unsolicited.
    const bool from_unspecified = std::all_of(ip6.src.begin(), ip6.src.end(), [](std::uint8_t b) { return b == 0; });
    if (!solicitation_valid(ip6, ns, from_unspecified)) return;
    const Ipv6Address all_nodes{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    const Ipv6Address& dst = from_unspecified ? all_nodes : ip6.src;
    const MacAddress dst_mac = from_unspecified ? MacAddress{0x33, 0x33, 0, 0, 0, 1} : r.eth->src;

    std::vector<std::byte>& message = scratch_;
    FrameBuilder m(message);
    m.u8(icmp6_type::neighbor_advert);
    m.u8(0);
    m.be16(0);  // checksum, patched below
    m.be32(from_unspecified ? nd_advert_flag::override : (nd_advert_flag::solicited | nd_advert_flag::override));
    m.bytes(self.ip);
    m.u8(nd_option::target_link_address);
    m.u8(1);  // in units of 8 bytes
    m.bytes(self.mac);
    m.put16_at(2, icmp6_checksum(self.ip, dst, Bytes(message)));

    FrameBuilder f(next_frame());
    ethernet_header(f, *r.eth, self.mac, dst_mac, ethertype::ipv6);
    ipv6_header(f, self.ip, dst, kNdHopLimit, ipproto::icmpv6, static_cast<std::uint16_t>(message.size()));
    f.bytes(message);
}

void Responder::ipv6_header(FrameBuilder& f, const Ipv6Address& src, const Ipv6Address& dst, std::uint8_t hop_limit,
                            std::uint8_t next, std::uint16_t payload_len) {
    f.be32(0x60000000);
    f.be16(payload_len);
    f.u8(next);
    f.u8(hop_limit);
    f.bytes(src);
    f.bytes(dst);
}

}  // namespace tapsniff
