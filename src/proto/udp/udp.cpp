// UDP: decoder, tcpdump text (print-udp.c's udp_print without -v) and fields.
#include "proto/udp/udp.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 8;

}  // namespace

void decode_udp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    auto* udp = d.frame.add<UdpLayer>(Presence::partial);
    if (udp == nullptr) return;
    udp->ip_len = wire_len;
    Cursor cursor(data);
    auto ports = cursor.sub(4);
    if (!ports) {
        udp->status = UdpStatus::ports_cut;
        d.cut("udp");
        return;
    }
    udp->sport = *ports->be16();
    udp->dport = *ports->be16();
    if (wire_len < kHeaderLen) {
        udp->status = UdpStatus::short_length;  // the header was not there to read: partial
        d.bad("udp shorter than its header");
        return;
    }
    auto ulen = cursor.be16();
    if (!ulen) {
        udp->status = UdpStatus::header_cut;
        d.cut("udp");
        return;
    }
    udp->length_field = *ulen;
    std::uint32_t claimed = *ulen;
    if (claimed == 0 && wire_len > 65535) claimed = wire_len;  // a jumbogram
    if (claimed < kHeaderLen) {
        udp->status = UdpStatus::bad_length;
        d.frame.set_presence(Presence::malformed);  // the header was read; its length makes no sense
        d.bad("udp length < 8");
        return;
    }
    auto checksum = cursor.be16();
    if (!checksum) {
        udp->status = UdpStatus::header_cut;
        d.cut("udp");
        return;
    }
    d.frame.set_presence(Presence::complete);
    udp->checksum_field = *checksum;
    // A first fragment's UDP length counts the whole datagram: that is how fragmentation works.
    if (claimed > wire_len && !ip.fragmented()) {
        d.frame.set_presence(Presence::malformed);
        d.bad("udp length beyond ip payload");
    }
    const std::uint32_t covered = std::min(claimed, wire_len);
    udp->payload = cursor.rest().first(std::min<std::size_t>(cursor.remaining(), covered - kHeaderLen));

    udp->checksum.value = udp->checksum_field;
    if (d.options.verify_checksums && !ip.fragmented() && data.size() >= covered) {
        if (ip.v4 != nullptr && udp->checksum_field == 0) {
            udp->checksum.state = Checksum::State::unused;
        } else {
            udp->checksum = verify_upper_checksum(ip, ipproto::udp, data.first(covered), udp->checksum_field);
        }
    }
    // tcpdump hands the payload on by port, as long as the UDP length says it holds.
    decode_udp_payload(d, udp->sport, udp->dport, udp->payload, covered - kHeaderLen);
}

namespace {

using text::append_trunc;

void udp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const UdpLayer& u = *t.frame.get<UdpLayer>(index);
    const EnclosingIp ip = enclosing_ip(t.frame, index);
    if (u.status == UdpStatus::ports_cut) {
        if (ip.carries_directly(ipproto::udp)) text::append_endpoints(out, ip, ": ");
        append_trunc(out, "udp");
        return;
    }
    text::append_ports(out, ip, ipproto::udp, u.sport, u.dport);
    switch (u.status) {
        case UdpStatus::short_length:
            TS_PUT(out, "truncated-udp {}", u.ip_len);
            return;
        case UdpStatus::header_cut:
            append_trunc(out, "udp");
            return;
        case UdpStatus::bad_length:
            TS_PUT(out, "truncated-udplength {}", u.length_field);
            return;
        default:
            break;
    }
    if (text_next(t, index)) return;  // the protocol on its port prints the rest
    std::uint32_t ulen = u.length_field;
    if (ulen == 0 && u.ip_len > 65535) ulen = u.ip_len;
    ulen -= 8;
    std::uint32_t length = u.ip_len - 8;
    if (ulen < length) length = ulen;
    if (ulen > length && !ip.fragmented()) TS_PUT(out, "UDP, bad length {} > {}", ulen, length);
    else text::append_labeled(out, "UDP, length ", ulen);
}

constexpr Field kSport{"sport", "Source Port"};
constexpr Field kDport{"dport", "Destination Port"};
constexpr Field kLength{"len", "Length"};
constexpr Field kChecksum{"", "Checksum"};

}  // namespace

template <class W>
void describe(const UdpLayer& u, W& w) {
    w.num(kSport, u.sport);
    w.num(kDport, u.dport);
    if (u.status == UdpStatus::ok || u.status == UdpStatus::bad_length) w.num(kLength, u.length_field);
    if (u.status == UdpStatus::ok) w.checksum(kChecksum, u.checksum);
}

const Protocol UdpLayer::protocol = make_protocol<UdpLayer>("udp", "udp", "User Datagram Protocol", udp_text);

}  // namespace tapsniff
