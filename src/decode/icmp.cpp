// ICMP (RFC 792, 1191, 1256): the fields tcpdump's icmp_print reads for each type.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kEchoReply = 0, kUnreach = 3, kRedirect = 5, kEcho = 8, kRouterAdvert = 9,
                       kTimeExceeded = 11, kParamProblem = 12, kTimestamp = 13, kTimestampReply = 14,
                       kMaskReply = 18;
constexpr std::uint8_t kUnreachProtocol = 2, kUnreachPort = 3, kUnreachNeedFrag = 4;
constexpr std::size_t kQuotedDst = 24;  // 8-byte ICMP header + offset 16 of the quoted IP header

Ipv4Address v4_at(Bytes b, std::size_t at) {
    Ipv4Address a{};
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = byte_or_zero(b, at + i);
    return a;
}

std::uint32_t be32_at(Bytes b, std::size_t at) {
    Cursor c(b.subspan(std::min(at, b.size())));
    return c.be32().value_or(0);
}

// The number of bytes tcpdump reads for this message (0 when every offset is fixed below 8).
std::size_t bytes_needed(const IcmpMessage& m, Bytes b) {
    switch (m.type) {
        case kEcho:
        case kEchoReply:
        case kTimestamp:
            return 8;
        case kUnreach:
            if (m.code == kUnreachPort) {
                std::size_t hlen = (byte_or_zero(b, 8) & 0x0fU) * 4U;
                if (b.size() < 18) return 18;  // tcpdump first checks the quoted protocol byte
                return std::max<std::size_t>(kQuotedDst + 4, 8 + hlen + 4);
            }
            return kQuotedDst + 4;
        case kRedirect:
        case kTimeExceeded:
            return kQuotedDst + 4;
        case kParamProblem:
            return m.code != 0 ? 2 : 5;
        case kMaskReply:
            return 12;
        case kTimestampReply:
            return 20;
        case kRouterAdvert: {
            if (b.size() < 8) return 8;
            std::uint8_t num = byte_or_zero(b, 4);
            std::uint8_t size = byte_or_zero(b, 5);
            return size != 2 ? 8 : 8 + num * 8U;
        }
        default:
            return 2;
    }
}

}  // namespace

void decode_icmp(Bytes payload, std::uint32_t length, DecodedFrame& out) {
    IcmpMessage& m = out.ip.icmp;
    Cursor cursor(payload);
    m.length = length;
    m.complete = false;
    m.ra_entries = 0;
    auto type = cursor.u8();
    auto code = cursor.u8();
    if (!code) {
        out.truncated = "icmp";
        return;
    }
    out.ip.has_icmp = true;
    m.type = *type;
    m.code = *code;
    m.checksum_field = cursor.be16().value_or(0);
    m.rest = (std::uint32_t{byte_or_zero(payload, 4)} << 24U) | (std::uint32_t{byte_or_zero(payload, 5)} << 16U) |
             (std::uint32_t{byte_or_zero(payload, 6)} << 8U) | byte_or_zero(payload, 7);

    m.inner_proto = byte_or_zero(payload, 17);
    m.inner_dst = v4_at(payload, kQuotedDst);
    std::size_t inner_hlen = (byte_or_zero(payload, 8) & 0x0fU) * 4U;
    m.inner_dport = static_cast<std::uint16_t>((byte_or_zero(payload, 8 + inner_hlen + 2) << 8U) |
                                               byte_or_zero(payload, 8 + inner_hlen + 3));
    for (std::size_t i = 0; i < m.timestamps.size(); ++i) m.timestamps[i] = be32_at(payload, 8 + 4 * i);
    m.mask = be32_at(payload, 8);
    if (m.type == kRouterAdvert) {
        m.ra_count = byte_or_zero(payload, 4);
        m.ra_size = byte_or_zero(payload, 5);
        m.ra_lifetime = static_cast<std::uint16_t>((byte_or_zero(payload, 6) << 8U) | byte_or_zero(payload, 7));
        for (std::size_t i = 0; i < m.ra_count && i < kMaxRouterEntries; ++i) {
            if (payload.size() < 16 + 8 * i) break;
            m.ra_addr[i] = v4_at(payload, 8 + 8 * i);
            m.ra_pref[i] = be32_at(payload, 12 + 8 * i);
            m.ra_entries = static_cast<std::uint8_t>(i + 1);
        }
    }
    (void)kUnreachProtocol;
    (void)kUnreachNeedFrag;
    m.complete = payload.size() >= bytes_needed(m, payload);
    if (!m.complete) out.truncated = "icmp";

    m.checksum = Checksum{};
    m.checksum.value = m.checksum_field;
    if (out.verify_checksums && payload.size() >= length && !out.ip.fragmented) {
        m.checksum = verify_checksum(ChecksumSum{}, payload.first(length), m.checksum_field);
    }
}

}  // namespace tapsniff
