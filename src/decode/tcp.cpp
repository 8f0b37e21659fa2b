// TCP (RFC 9293): header checks and options in the order tcpdump's tcp_print reads them.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 20;
constexpr std::uint8_t kEol = 0, kNop = 1, kMss = 2, kWscale = 3, kSackOk = 4, kSack = 5, kEcho = 6,
                       kEchoReply = 7, kTimestamp = 8, kCc = 11, kCcNew = 12, kCcEcho = 13, kSignature = 19,
                       kScps = 20, kUto = 28, kTcpAo = 29,
                       kExperiment = 254;

// Data bytes an option of this kind reads before printing its value (the rest print byte by byte).
std::size_t fixed_data_len(std::uint8_t kind) {
    switch (kind) {
        case kMss:
        case kScps:
        case kUto:
            return 2;
        case kWscale:
            return 1;
        case kEcho:
        case kEchoReply:
        case kCc:
        case kCcNew:
        case kCcEcho:
            return 4;
        case kTimestamp:
            return 8;
        case kSignature:
            return 16;
        default:
            return 0;
    }
}

// Walks the options like tcpdump: `hlen` counts the option bytes the header claims,
// `captured` what of them is there. Stops at EOL, at a bad length or at the capture's end.
void decode_options(Bytes captured, std::size_t hlen, TcpHeader& tcp) {
    Cursor cursor(captured);
    while (hlen > 0 && tcp.option_count < kMaxTcpOptions) {
        auto kind = cursor.u8();
        if (!kind) {
            tcp.options_cut = true;
            return;
        }
        TcpOption& opt = tcp.options[tcp.option_count];
        opt = TcpOption{};
        opt.kind = *kind;
        opt.len = 1;
        if (opt.kind != kEol && opt.kind != kNop) {
            auto len = cursor.u8();
            if (!len) {
                tcp.options_cut = true;
                return;
            }
            opt.len = *len;
            ++tcp.option_count;
            if (opt.len < 2 || opt.len > hlen) {
                opt.end = TcpOptEnd::bad_len;
                tcp.options_bad = true;
                return;
            }
            --hlen;
        } else {
            ++tcp.option_count;
        }
        --hlen;
        const std::size_t fixed = fixed_data_len(opt.kind);
        std::size_t datalen = fixed;
        if (fixed == 0 && opt.kind != kEol && opt.kind != kNop && opt.kind != kSackOk) datalen = opt.len - 2U;
        // tcpdump's LENCHECK: data beyond the header is "bad", data not captured is a cut.
        Bytes data = cursor.rest().first(std::min(datalen, cursor.remaining()));
        opt.data = data;
        opt.data_ok = static_cast<std::uint8_t>(data.size());
        Cursor values(data);
        if (opt.kind == kMss || opt.kind == kUto || opt.kind == kScps) {
            opt.value[0] = values.be16().value_or(0);
        } else if (opt.kind == kWscale) {
            opt.value[0] = values.u8().value_or(0);
        } else {
            // Only the words the data holds; the rest stay zero from the reset above.
            for (auto& v : opt.value) {
                auto word = values.be32();
                if (!word) break;
                v = *word;
            }
        }
        const bool unchecked = (opt.kind == kSack && datalen % 8 != 0) || (opt.kind == kTcpAo && datalen < 2);
        if (fixed != 0 && fixed > hlen) {
            opt.end = TcpOptEnd::bad;
            tcp.options_bad = true;
            return;
        }
        if (!unchecked && data.size() < datalen) {
            opt.end = TcpOptEnd::cut;
            return;
        }
        if (opt.kind == kExperiment && datalen < 2) {  // no room for the magic number
            opt.end = TcpOptEnd::bad;
            tcp.options_bad = true;
            return;
        }
        cursor.skip(std::min(datalen, cursor.remaining()));
        hlen -= std::min(datalen, hlen);
        if (opt.kind == kEol) return;
    }
}

}  // namespace

void decode_tcp(Bytes payload, std::uint32_t length, DecodedFrame& out) {
    TcpHeader& tcp = out.ip.tcp;
    tcp.option_count = 0;
    tcp.options_cut = tcp.options_bad = false;
    tcp.ip_len = length;
    tcp.available = static_cast<std::uint32_t>(payload.size());
    tcp.status = TcpStatus::ok;
    tcp.checksum = Checksum{};
    out.ip.has_tcp = true;
    Cursor cursor(payload);
    auto sport = cursor.be16();
    auto dport = cursor.be16();
    if (!dport) {
        tcp.status = TcpStatus::ports_cut;
        out.truncated = "tcp";
        return;
    }
    tcp.sport = *sport;
    tcp.dport = *dport;
    if (!cursor.has(kHeaderLen - 4)) {
        tcp.status = TcpStatus::header_cut;
        out.truncated = "tcp";
        return;
    }
    tcp.seq = *cursor.be32();
    tcp.ack = *cursor.be32();
    std::uint8_t off = *cursor.u8();
    tcp.data_offset = static_cast<std::uint8_t>(off >> 4U);
    tcp.flags = *cursor.u8();
    tcp.window = *cursor.be16();
    tcp.checksum_field = *cursor.be16();
    tcp.urgent = *cursor.be16();
    tcp.checksum.value = tcp.checksum_field;
    const std::size_t hlen = tcp.header_len();
    if (hlen < kHeaderLen) {
        tcp.status = TcpStatus::offset_short;
        out.malformed = "tcp data offset < 5";
        return;
    }
    if (hlen > length) {
        tcp.status = TcpStatus::offset_long;
        out.malformed = "tcp header beyond segment";
        return;
    }
    decode_options(cursor.rest(), hlen - kHeaderLen, tcp);
    // NOLINTNEXTLINE(bugprone-branch-clone): tcpdump's order: a cut option first, then a bad one, then a cut payload.
    if (tcp.options_cut || (tcp.option_count > 0 && tcp.options[tcp.option_count - 1].end == TcpOptEnd::cut)) {
        out.truncated = "tcp";
    } else if (tcp.options_bad) {
        out.malformed = "tcp bad option";
    } else if (length > hlen && payload.size() < hlen) {
        out.truncated = "tcp";
    }

    if (!out.verify_checksums || out.ip.fragmented || payload.size() < length) return;  // stays unverified
    ChecksumSum sum;
    if (out.ip.has_ipv4) {
        add_pseudo_header_v4(sum, out.ip.ipv4.src, out.ip.ipv4.dst, ipproto::tcp, length);
    } else {
        add_pseudo_header_v6(sum, out.ip.ipv6.src, out.ip.ipv6.final_dst, ipproto::tcp, length);
    }
    tcp.checksum = verify_checksum(sum, payload.first(length), tcp.checksum_field);
}

}  // namespace tapsniff
