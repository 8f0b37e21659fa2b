// ICMPv6 (RFC 4443, 4861, 2710, 3810): the fields tcpdump's icmp6_print reads for each type.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kDstUnreach = 1, kPacketTooBig = 2, kTimeExceeded = 3, kParamProblem = 4,
                       kEchoRequest = 128, kEchoReply = 129, kMldQuery = 130, kMldReport = 131, kMldDone = 132,
                       kRedirect = 137, kNeighborSolicit = 135, kNeighborAdvert = 136, kMldv2Report = 143,
                       kHaDiscoverRequest = 144, kMobilePrefixSolicit = 146;
constexpr std::size_t kQuoted = 8;         // the quoted IPv6 header starts after the ICMPv6 header
constexpr std::size_t kMldLen = 24;
constexpr std::size_t kMldv2QueryLen = 28;

Ipv6Address v6_at(Bytes b, std::size_t at) {
    Ipv6Address a{};
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = byte_or_zero(b, at + i);
    return a;
}

std::uint16_t be16_at(Bytes b, std::size_t at) {
    return static_cast<std::uint16_t>((byte_or_zero(b, at) << 8U) | byte_or_zero(b, at + 1));
}

// tcpdump's get_upperlayer: walks the quoted packet's extension headers to a UDP/TCP header.
bool find_quoted_upper(Bytes quoted, Icmp6Message& m) {
    if (quoted.size() < 7) return false;
    std::uint8_t nh = byte_or_zero(quoted, 6);
    std::size_t pos = 0;
    std::size_t hlen = 40;
    for (int guard = 0; pos < quoted.size() && guard < 64; ++guard) {
        pos += hlen;
        switch (nh) {
            case ipproto::udp:
            case ipproto::tcp:
                if (quoted.size() < pos + 4) return false;
                m.quoted_proto = nh;
                m.quoted_dport = be16_at(quoted, pos + 2);
                return true;
            case ipproto::hopopts:
            case ipproto::dstopts:
            case ipproto::routing:
                if (quoted.size() < pos + 2) return false;
                nh = byte_or_zero(quoted, pos);
                hlen = (byte_or_zero(quoted, pos + 1) + 1U) * 8U;
                break;
            case ipproto::fragment:
                if (quoted.size() < pos + 4) return false;
                if ((be16_at(quoted, pos + 2) & 0xfff8U) != 0) return false;
                nh = byte_or_zero(quoted, pos);
                hlen = 8;
                break;
            default:
                m.quoted_proto = nh;
                return false;
        }
    }
    return false;
}

// Captured bytes needed for the first (body) and second (body2) printed parts of the message.
struct Needs {
    std::size_t body = 0;
    std::size_t body2 = 0;
};

Needs needs_for(const Icmp6Message& m) {
    switch (m.type) {
        case kDstUnreach:
            return m.code <= 3 ? Needs{48, 0} : Needs{};
        case kTimeExceeded:
            return m.code == 0 ? Needs{48, 0} : Needs{};
        case kParamProblem:
            return {48, 0};
        case kPacketTooBig:
        case kEchoRequest:
        case kEchoReply:
        case kMldv2Report:
            return {8, 0};
        case kNeighborSolicit:
        case kNeighborAdvert:
            return {24, 0};
        case kRedirect:
            return {40, 0};
        case kMldQuery:
            return m.length >= kMldv2QueryLen ? Needs{24, 28} : Needs{};
        case kHaDiscoverRequest:
        case kMobilePrefixSolicit:
            return {6, 0};
        default:
            return {};
    }
}

}  // namespace

void decode_icmp6(Bytes payload, std::uint32_t length, DecodedFrame& out) {
    Icmp6Message& m = out.ip.icmp6;
    m.length = length;
    m.record_count = 0;
    m.cut = Icmp6Cut::none;
    m.body = payload;
    m.quoted_upper = false;
    m.quoted_proto = 0;
    m.quoted_dport = 0;
    out.ip.has_icmp6 = true;
    if (length == 0) {
        out.malformed = "icmp6 length 0";
        return;
    }
    Cursor cursor(payload);
    auto type = cursor.u8();
    if (!type) {
        m.cut = Icmp6Cut::type;
        out.truncated = "icmp6";
        return;
    }
    m.type = *type;
    auto code = cursor.u8();
    if (!code) {
        m.cut = Icmp6Cut::code;
        out.truncated = "icmp6";
        return;
    }
    m.code = *code;
    m.checksum_field = cursor.be16().value_or(0);
    m.rest = (std::uint32_t{byte_or_zero(payload, 4)} << 24U) | (std::uint32_t{byte_or_zero(payload, 5)} << 16U) |
             (std::uint32_t{byte_or_zero(payload, 6)} << 8U) | byte_or_zero(payload, 7);

    switch (m.type) {
        case kDstUnreach:
        case kTimeExceeded:
        case kParamProblem:
            m.addr1 = v6_at(payload, kQuoted + 24);
            m.addr2 = v6_at(payload, kQuoted + 8);
            if (m.type == kDstUnreach && m.code == 4) {
                m.quoted_upper = find_quoted_upper(payload.subspan(std::min(kQuoted, payload.size())), m);
            }
            break;
        case kRedirect:  // tcpdump prints the destination (offset 24) first, then the target
            m.addr1 = v6_at(payload, 24);
            m.addr2 = v6_at(payload, 8);
            break;
        case kMldQuery:
        case kMldReport:
        case kMldDone:
        case kNeighborSolicit:
        case kNeighborAdvert:
            m.addr1 = v6_at(payload, 8);
            m.mld_delay = be16_at(payload, 4);
            m.mld_sources = be16_at(payload, 26);
            break;
        case kMldv2Report: {
            m.group_count = be16_at(payload, 6);
            std::size_t at = 8;
            for (std::size_t i = 0; i < m.group_count && i < kMaxMldRecords; ++i) {
                if (payload.size() < at + 20 || length < at + 20) break;
                MldRecord& r = m.records[i];
                r.type = byte_or_zero(payload, at);
                r.aux_len = byte_or_zero(payload, at + 1);
                r.sources = be16_at(payload, at + 2);
                r.group = v6_at(payload, at + 4);
                m.record_count = static_cast<std::uint8_t>(i + 1);
                at += 20 + r.sources * 16U + r.aux_len * 4U;
            }
            break;
        }
        default:
            break;
    }

    Needs needs = needs_for(m);
    // A port unreachable without the quoted transport header counts as cut, like a short body.
    bool port_unreachable_unquoted = m.type == kDstUnreach && m.code == 4 && !m.quoted_upper;
    if (port_unreachable_unquoted || payload.size() < needs.body) m.cut = Icmp6Cut::body; else if (payload.size() < needs.body2) {
        m.cut = Icmp6Cut::body2;
    }
    const bool mld_v1 = m.type == kMldReport || m.type == kMldDone || (m.type == kMldQuery && length == kMldLen);
    m.mld_short = mld_v1 && payload.size() < kMldLen;
    if (m.cut != Icmp6Cut::none || m.mld_short) out.truncated = "icmp6";

    m.checksum = Checksum{};
    m.checksum.value = m.checksum_field;
    if (out.verify_checksums && payload.size() >= length && !out.ip.fragmented) {
        ChecksumSum sum;
        add_pseudo_header_v6(sum, out.ip.ipv6.src, out.ip.ipv6.final_dst, ipproto::icmpv6, length);
        m.checksum = verify_checksum(sum, payload.first(length), m.checksum_field);
    }
}

}  // namespace tapsniff
