// IPv4 (RFC 791): header checks in the order tcpdump's ip_print makes them, then the upper layer.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kMinHeader = 20;

Ipv4Address read_v4(Cursor& cursor) {
    Ipv4Address a{};
    for (auto& b : a) b = cursor.u8().value_or(0);
    return a;
}

}  // namespace

void decode_ipv4(Bytes packet, std::uint32_t wire_len, DecodedFrame& out) {
    Ipv4Header& ip = out.ip.ipv4;
    Cursor cursor(packet);
    auto vhl = cursor.u8();
    if (!vhl) {
        out.truncated = "ip";
        return;
    }
    out.ip.has_ipv4 = true;
    ip = Ipv4Header{};
    ip.wire_len = wire_len;
    ip.version = static_cast<std::uint8_t>(*vhl >> 4U);
    ip.ihl = static_cast<std::uint8_t>(*vhl & 0x0fU);
    if (ip.version != 4) {
        ip.status = Ipv4Status::bad_version;
        out.malformed = "ipv4 version not 4";
        return;
    }
    if (!cursor.has(kMinHeader - 1)) {
        ip.status = Ipv4Status::cut;
        out.truncated = "ip";
        return;
    }
    ip.tos = *cursor.u8();
    ip.total_len = *cursor.be16();
    ip.id = *cursor.be16();
    ip.frag = *cursor.be16();
    ip.ttl = *cursor.u8();
    ip.proto = *cursor.u8();
    std::uint16_t checksum_field = *cursor.be16();
    ip.src = read_v4(cursor);
    ip.dst = read_v4(cursor);

    if (wire_len < kMinHeader) {
        ip.status = Ipv4Status::short_length;
        out.malformed = "ipv4 shorter than its header";
        return;
    }
    const unsigned hlen = ip.header_len();
    if (hlen < kMinHeader) {
        ip.status = Ipv4Status::bad_hlen;
        out.malformed = "ipv4 ihl < 5";
        return;
    }
    if (ip.total_len > wire_len) out.malformed = "ipv4 total length beyond frame";
    if (ip.total_len < hlen) {
        ip.status = Ipv4Status::bad_len;
        out.malformed = "ipv4 total length < header length";
        return;
    }
    // Like tcpdump, nothing past the total length belongs to this datagram (Ethernet padding).
    Bytes datagram = packet.first(std::min<std::size_t>(packet.size(), ip.total_len));
    ip.available = static_cast<std::uint32_t>(datagram.size());
    Cursor rest(datagram);
    rest.skip(kMinHeader);
    Bytes options = rest.take_at_most(hlen - kMinHeader);
    ip.options = options;

    ip.checksum.value = checksum_field;
    if (out.verify_checksums && datagram.size() >= hlen) {
        ip.checksum = verify_checksum(ChecksumSum{}, datagram.first(hlen), checksum_field);
    }

    out.ip.has_upper = true;
    out.ip.upper_proto = ip.proto;
    out.ip.upper_len = ip.total_len - hlen;
    out.ip.fragmented = ip.more_fragments();
    if ((ip.frag & 0x1fffU) != 0) {
        out.ip.later_fragment = true;
        return;
    }
    if (datagram.size() < hlen) {
        ip.status = Ipv4Status::header_cut;
        out.truncated = "ip";
        return;
    }
    decode_ip_upper(datagram.subspan(hlen), out.ip.upper_len, out);
}

void decode_ip_upper(Bytes payload, std::uint32_t length, DecodedFrame& out) {
    const bool v4 = out.ip.has_ipv4;
    switch (out.ip.upper_proto) {
        case ipproto::icmp:
            if (v4) decode_icmp(payload, length, out);
            break;
        case ipproto::icmpv6:
            if (!v4) decode_icmp6(payload, length, out);
            break;
        case ipproto::udp:
            decode_udp(payload, length, out);
            break;
        case ipproto::tcp:
            decode_tcp(payload, length, out);
            break;
        default:
            break;  // printed by number, as tcpdump -nn does
    }
}

}  // namespace tapsniff
