// Echo replies: a ping to a neighbour, whole or in fragments, is answered with the same id,
// sequence and data; a reply longer than the link's MTU goes out in fragments, as a host sends it.
#include <sys/socket.h>

#include "frame_builder.hpp"
#include "reassembly.hpp"
#include "respond/request.hpp"
#include "tapsniff/cursor.hpp"
#include "tapsniff/responder.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kReplyTtl = 64;
constexpr std::size_t kIpv4HeaderLen = 20;
constexpr std::size_t kIpv6HeaderLen = 40;
constexpr std::size_t kFragmentHeaderLen = 8;
constexpr std::uint16_t kIpv4MoreFragments = 0x2000;

// An echo request message (type, code, checksum, id, sequence, data) whose checksum verifies.
bool is_echo_request(Bytes message, std::uint8_t echo_type, const ChecksumSum& pseudo_header) {
    Cursor c(message);
    auto type = c.u8();
    auto code = c.u8();
    if (!code || *type != echo_type || *code != 0 || message.size() < 8) return false;
    ChecksumSum sum = pseudo_header;
    sum.add(message);
    return sum.folded() == 0xffff;
}

// The reply message: the request with its type changed and the checksum field cleared.
void reply_message(std::vector<std::byte>& out, Bytes request, std::uint8_t reply_type) {
    out.assign(request.begin(), request.end());
    out[0] = std::byte{reply_type};
    out[2] = out[3] = std::byte{0};
}

void set_checksum(std::vector<std::byte>& message, std::uint16_t value) {
    message[2] = static_cast<std::byte>(value >> 8U);
    message[3] = static_cast<std::byte>(value & 0xffU);
}

}  // namespace

void Responder::echo_v4(const Request& r, const Neighbor& self, Timestamp now) {
    const Ipv4Layer& ip = *r.ipv4;
    // Only a whole, valid datagram: a reply must echo every byte it carried.
    if (ip.status != Ipv4Status::ok || ip.checksum.state != Checksum::State::correct || ip.proto != ipproto::icmp ||
        ip.available < ip.total_len) {
        return;
    }
    Bytes message;
    if (ip.fragmented()) {
        Reassembler::Key key;
        std::copy(ip.src.begin(), ip.src.end(), key.src.begin());
        std::copy(ip.dst.begin(), ip.dst.end(), key.dst.begin());
        key.id = ip.id;
        key.protocol = ipproto::icmp;
        auto whole = reassembler_->add(key, ip.frag_offset(), ip.more_fragments(), ip.payload, now);
        if (!whole) return;
        message = *whole;
    } else {
        if (r.icmp == nullptr) return;
        message = r.icmp->body;
        if (message.size() != r.icmp->length) return;
    }
    if (!is_echo_request(message, icmp_type::echo, ChecksumSum{})) return;
    reply_message(scratch_, message, icmp_type::echo_reply);
    set_checksum(scratch_, icmp_checksum(Bytes(scratch_)));

    // At most the MTU per datagram; every fragment but the last carries a multiple of 8 bytes.
    const std::size_t max_data = ((mtu_ - kIpv4HeaderLen) / 8) * 8;
    const Bytes reply(scratch_);
    for (std::size_t offset = 0; offset < reply.size(); offset += max_data) {
        const Bytes chunk = reply.subspan(offset, std::min(max_data, reply.size() - offset));
        const bool more = offset + chunk.size() < reply.size();
        FrameBuilder f(next_frame());
        ethernet_header(f, *r.eth, self.mac, r.eth->src, ethertype::ipv4);
        const std::size_t ip_start = f.size();
        f.u8(0x45);
        f.u8(ip.tos);
        f.be16(static_cast<std::uint16_t>(kIpv4HeaderLen + chunk.size()));
        f.be16(ip.id);
        f.be16(static_cast<std::uint16_t>((more ? kIpv4MoreFragments : 0) | (offset / 8)));
        f.u8(kReplyTtl);
        f.u8(ipproto::icmp);
        f.be16(0);  // header checksum, patched below
        f.bytes(std::span(self.ip.data(), 4));
        f.bytes(ip.src);
        ChecksumSum header_sum;
        header_sum.add(f.view(ip_start, kIpv4HeaderLen));
        f.put16_at(ip_start + 10, header_sum.field_value());
        f.bytes(chunk);
        f.pad_to_minimum();
    }
}

void Responder::echo_v6_fragment(const Request& r, const Neighbor& self, Timestamp now) {
    const Ipv6Layer& ip = *r.ipv6;
    const Ipv6Extension* frag = ip.fragment;
    // The fragment header right after the IPv6 header, ICMPv6 after it, every byte captured.
    if (frag == nullptr || ip.first_ext != frag || frag->next != ipproto::icmpv6 || ip.missing != 0 ||
        ip.payload_len < kFragmentHeaderLen || ip.fragment_payload.size() != ip.payload_len - kFragmentHeaderLen) {
        return;
    }
    Reassembler::Key key;
    key.src = ip.src;
    key.dst = ip.dst;
    key.id = frag->frag_id;
    key.protocol = ipproto::icmpv6;
    key.v6 = true;
    auto whole = reassembler_->add(key, frag->frag_offset * 8U, frag->frag_more, ip.fragment_payload, now);
    if (!whole) return;
    ChecksumSum pseudo;
    add_pseudo_header_v6(pseudo, ip.src, ip.dst, ipproto::icmpv6, static_cast<std::uint32_t>(whole->size()));
    if (!is_echo_request(*whole, icmp6_type::echo_request, pseudo)) return;
    echo_v6(r, self, *whole);
}

void Responder::echo_v6(const Request& r, const Neighbor& self, Bytes request) {
    const Ipv6Address& dst = r.ipv6->src;
    reply_message(scratch_, request, icmp6_type::echo_reply);
    set_checksum(scratch_, icmp6_checksum(self.ip, dst, Bytes(scratch_)));
    const Bytes reply(scratch_);
    if (kIpv6HeaderLen + reply.size() <= mtu_) {
        FrameBuilder f(next_frame());
        ethernet_header(f, *r.eth, self.mac, r.eth->src, ethertype::ipv6);
        ipv6_header(f, self.ip, dst, kReplyTtl, ipproto::icmpv6, static_cast<std::uint16_t>(reply.size()));
        f.bytes(reply);
        return;
    }
    // RFC 8200 4.5: each fragment carries the fragment header and a multiple of 8 bytes but the last.
    const std::size_t max_data = ((mtu_ - kIpv6HeaderLen - kFragmentHeaderLen) / 8) * 8;
    const std::uint32_t id = next_fragment_id_++;
    for (std::size_t offset = 0; offset < reply.size(); offset += max_data) {
        const Bytes chunk = reply.subspan(offset, std::min(max_data, reply.size() - offset));
        const bool more = offset + chunk.size() < reply.size();
        FrameBuilder f(next_frame());
        ethernet_header(f, *r.eth, self.mac, r.eth->src, ethertype::ipv6);
        ipv6_header(f, self.ip, dst, kReplyTtl, ipproto::fragment,
                    static_cast<std::uint16_t>(kFragmentHeaderLen + chunk.size()));
        f.u8(ipproto::icmpv6);
        f.u8(0);
        f.be16(static_cast<std::uint16_t>(offset | (more ? 1U : 0U)));  // offset in bytes = units << 3
        f.be32(id);
        f.bytes(chunk);
    }
}

}  // namespace tapsniff
