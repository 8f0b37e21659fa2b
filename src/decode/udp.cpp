// UDP (RFC 768): ports, length checks in tcpdump's order, checksum with the pseudo-header.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 8;

}  // namespace

void decode_udp(Bytes payload, std::uint32_t length, DecodedFrame& out) {
    UdpHeader& udp = out.ip.udp;
    udp = UdpHeader{};
    udp.ip_len = length;
    out.ip.has_udp = true;
    Cursor cursor(payload);
    auto sport = cursor.be16();
    auto dport = cursor.be16();
    if (!dport) {
        udp.status = UdpStatus::ports_cut;
        out.truncated = "udp";
        return;
    }
    udp.sport = *sport;
    udp.dport = *dport;
    if (length < kHeaderLen) {
        udp.status = UdpStatus::short_length;
        out.malformed = "udp shorter than its header";
        return;
    }
    auto ulen = cursor.be16();
    if (!ulen) {
        udp.status = UdpStatus::header_cut;
        out.truncated = "udp";
        return;
    }
    udp.length_field = *ulen;
    std::uint32_t claimed = *ulen;
    if (claimed == 0 && length > 65535) claimed = length;  // a jumbogram
    if (claimed < kHeaderLen) {
        udp.status = UdpStatus::bad_length;
        out.malformed = "udp length < 8";
        return;
    }
    auto checksum = cursor.be16();
    if (!checksum) {
        udp.status = UdpStatus::header_cut;
        out.truncated = "udp";
        return;
    }
    udp.checksum_field = *checksum;
    if (claimed > length) out.malformed = "udp length beyond ip payload";

    udp.checksum.value = udp.checksum_field;
    const std::uint32_t covered = std::min(claimed, length);
    if (!out.verify_checksums || out.ip.fragmented || payload.size() < covered) return;  // stays unverified
    ChecksumSum sum;
    if (out.ip.has_ipv4) {
        if (udp.checksum_field == 0) {
            udp.checksum.state = Checksum::State::unused;
            return;
        }
        add_pseudo_header_v4(sum, out.ip.ipv4.src, out.ip.ipv4.dst, ipproto::udp, covered);
    } else {
        add_pseudo_header_v6(sum, out.ip.ipv6.src, out.ip.ipv6.final_dst, ipproto::udp, covered);
    }
    udp.checksum = verify_checksum(sum, payload.first(covered), udp.checksum_field);
}

}  // namespace tapsniff
