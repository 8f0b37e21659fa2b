// UDP and TCP text, following tcpdump's udp_print and tcp_print without -v (absolute sequence numbers).
#include "tapsniff/decode.hpp"
#include "ip_text_parts.hpp"

namespace tapsniff::text {
namespace {


constexpr std::uint8_t kFin = 0x01, kSyn = 0x02, kRst = 0x04, kAck = 0x10, kUrg = 0x20;

// tcpdump's tcp_option_values.
const char* option_name(std::uint8_t kind) {
    switch (kind) {
        case 0: return "eol";
        case 1: return "nop";
        case 2: return "mss";
        case 3: return "wscale";
        case 4: return "sackOK";
        case 5: return "sack";
        case 6: return "echo";
        case 7: return "echoreply";
        case 8: return "TS";
        case 11: return "cc";
        case 12: return "ccnew";
        case 13: return "";
        case 19: return "md5";
        case 20: return "scps";
        case 28: return "uto";
        case 29: return "tcp-ao";
        case 30: return "mptcp";
        case 34: return "tfo";
        case 254: return "exp";
        default: return nullptr;
    }
}

void append_hex_bytes(OutBuffer& out, Bytes b) {
    for (std::size_t i = 0; i < b.size(); ++i) TS_PUT(out, "{:02x}", byte_or_zero(b, i));
}

// The data of one option as tcpdump prints it; `base` makes SACK edges relative as tcpdump does
// for the first segment it sees of a connection.
// tcpdump's print_tcp_fastopen_option.
void fastopen(Bytes cookie, OutBuffer& out) {
    if (cookie.empty()) {
        append(out, " cookiereq");
    } else if (cookie.size() % 2 != 0 || cookie.size() < 4 || cookie.size() > 16) {
        append(out, " (invalid)");
    } else {
        append(out, " cookie ");
        append_hex_bytes(out, cookie);
    }
}

void option_value(const TcpOption& o, std::uint32_t base, bool segment_captured, OutBuffer& out) {
    const bool ok = o.end == TcpOptEnd::ok;
    switch (o.kind) {
        case 0: case 1: case 4:
            return;
        case 2: case 3:
            if (ok) append_labeled(out, " ", o.value[0]);
            return;
        case 5: {
            const unsigned datalen = o.len - 2U;
            if (datalen % 8 != 0) {
                append(out, " invalid sack");
                return;
            }
            TS_PUT(out, " {} ", datalen / 8);
            for (unsigned i = 0; i + 1 < o.value.size() && (i / 2 + 1) * 8U <= o.data_ok; i += 2) {
                TS_PUT(out, "{{{}:{}}}", o.value[i] - base, o.value[i + 1] - base);
            }
            return;
        }
        case 6: case 7: case 11: case 12: case 13:
            if (ok) append_labeled(out, " ", o.value[0]);
            return;
        case 8:
            if (!ok) return;
            append_labeled(out, " val ", o.value[0]);
            append_labeled(out, " ecr ", o.value[1]);
            return;
        case 19:
            // tcpdump (with libcrypto) cannot check without -M; it says why, then shows the digest.
            if (!ok) return;
            append(out, segment_captured ? " shared secret not supplied with -M, can't check - "
                                         : " snaplen too short, can't check - ");
            append_hex_bytes(out, o.data);
            return;
        case 30:
            return;  // MPTCP suboptions are not worded (tcpdump's mptcp_print is)
        case 34:
            if (!ok) return;
            append(out, " ");
            fastopen(o.data, out);
            return;
        case 254:
            if (!ok) return;
            append(out, "-");
            if (o.data.size() >= 2 && byte_or_zero(o.data, 0) == 0xf9 && byte_or_zero(o.data, 1) == 0x89) {
                append(out, "tfo");
                fastopen(o.data.subspan(2), out);
            } else {
                TS_PUT(out, "{:02x}{:02x}", byte_or_zero(o.data, 0), byte_or_zero(o.data, 1));
            }
            return;
        case 20:
            if (ok) TS_PUT(out, " cap {:02x} id {}", byte_or_zero(o.data, 0), byte_or_zero(o.data, 1));
            return;
        case 28: {
            if (!ok) return;
            unsigned uto = o.value[0];
            TS_PUT(out, " 0x{:x}", uto);
            uto = (uto & 1U) != 0 ? (uto >> 1U) * 60 : uto >> 1U;
            TS_PUT(out, " {}", uto);
            return;
        }
        case 29: {
            const unsigned datalen = o.len - 2U;
            if (datalen < 2) {
                append(out, " (invalid)");
                return;
            }
            if (!o.data.empty()) TS_PUT(out, " keyid {}", byte_or_zero(o.data, 0));
            if (o.data.size() >= 2) TS_PUT(out, " rnextkeyid {}", byte_or_zero(o.data, 1));
            if (datalen > 2 && o.data.size() >= 2) {
                append(out, " mac 0x");
                append_hex_bytes(out, o.data.subspan(2));
            }
            return;
        }
        default:
            if (o.len > 2) append(out, " 0x");
            append_hex_bytes(out, o.data);
            return;
    }
}

// Returns false when the options ended the line (a cut or a bad option).
bool options_text(const TcpHeader& t, OutBuffer& out) {
    append(out, ", options [");
    const std::uint32_t base = (t.flags & kAck) != 0 ? t.ack - 1 : 0;
    for (std::size_t i = 0; i < t.option_count; ++i) {
        const TcpOption& o = t.options[i];
        if (i > 0) out.push_back(',');
        if (o.end != TcpOptEnd::bad_len) {
            if (const char* name = option_name(o.kind)) append(out, name);
            else TS_PUT(out, "unknown-{}", o.kind);
            option_value(o, base, t.available >= t.ip_len, out);
        }
        switch (o.end) {
            case TcpOptEnd::ok: {
                const bool zero_len = o.kind == 0 || o.kind == 1;
                unsigned datalen = 0;
                switch (o.kind) {
                    case 0: case 1: case 4: datalen = 0; break;
                    case 2: case 20: case 28: datalen = 2; break;
                    case 3: datalen = 1; break;
                    case 6: case 7: case 11: case 12: case 13: datalen = 4; break;
                    case 8: datalen = 8; break;
                    case 19: datalen = 16; break;
                    default: datalen = o.len - 2U; break;
                }
                if (datalen + 1 + (zero_len ? 0 : 1) != o.len) TS_PUT(out, "[len {}]", o.len);
                break;
            }
            case TcpOptEnd::cut:
                append_trunc(out, "tcp");
                if (i > 0) append(out, ">");
                return false;
            case TcpOptEnd::bad_len:
            case TcpOptEnd::bad:
                append(out, "[bad opt]");
                if (i > 0) append(out, "]");
                return false;
        }
    }
    if (t.options_cut) {
        if (t.option_count > 0) append(out, ",");
        append_trunc(out, "tcp");
        return false;
    }
    append(out, "]");
    return true;
}

}  // namespace

void udp_text(const DecodedFrame& frame, OutBuffer& out) {
    const UdpHeader& u = frame.ip.udp;
    if (u.status == UdpStatus::ports_cut) {
        if (transport_follows_ip(frame, ipproto::udp)) append_endpoints(out, frame, ": ");
        append_trunc(out, "udp");
        return;
    }
    append_ports(out, frame, ipproto::udp, u.sport, u.dport);
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
    std::uint32_t ulen = u.length_field;
    if (ulen == 0 && u.ip_len > 65535) ulen = u.ip_len;
    ulen -= 8;
    std::uint32_t length = u.ip_len - 8;
    if (ulen < length) length = ulen;
    if (ulen > length && !frame.ip.fragmented) TS_PUT(out, "UDP, bad length {} > {}", ulen, length);
    else append_labeled(out, "UDP, length ", ulen);
}

void tcp_text(const DecodedFrame& frame, OutBuffer& out) {
    const TcpHeader& t = frame.ip.tcp;
    if (t.status == TcpStatus::ports_cut) {
        append_endpoints(out, frame, ":");
        append_trunc(out, "tcp");
        return;
    }
    append_ports(out, frame, ipproto::tcp, t.sport, t.dport);
    const unsigned hlen = t.header_len();
    if (t.status == TcpStatus::header_cut) {
        append_trunc(out, "tcp");
        return;
    }
    if (t.status == TcpStatus::offset_short) {
        TS_PUT(out, " tcp {} [bad hdr length {} - too short, < 20]", t.ip_len - hlen, hlen);
        return;
    }
    append(out, "Flags [");
    static constexpr std::string_view kLetters = "FSRP.UEW";
    if (t.flags == 0) {
        append(out, "none]");
    } else {
        // Room for every letter and the bracket, then cut back to what was written.
        char* p = extend(out, kLetters.size() + 1);
        for (std::size_t bit = 0; bit < kLetters.size(); ++bit) {
            if ((t.flags >> bit) & 1U) *p++ = kLetters[bit];
        }
        *p++ = ']';
        out.resize(static_cast<std::size_t>(p - out.data()));
    }
    if (t.status == TcpStatus::offset_long) {
        TS_PUT(out, " [bad hdr length {} - too long, > {}]", hlen, t.ip_len);
        return;
    }
    const std::uint32_t length = t.ip_len - hlen;
    if (length > 0 || (t.flags & (kSyn | kFin | kRst)) != 0) {
        append_labeled(out, ", seq ", t.seq);
        if (length > 0) append_labeled(out, ":", static_cast<std::uint32_t>(t.seq + length));
    }
    if ((t.flags & kAck) != 0) append_labeled(out, ", ack ", t.ack);
    append_labeled(out, ", win ", t.window);
    if ((t.flags & kUrg) != 0) append_labeled(out, ", urg ", t.urgent);
    if (hlen > 20 && !options_text(t, out)) return;
    append_labeled(out, ", length ", length);
    if (length > 0 && t.available < hlen) {
        TS_PUT(out, " [remaining caplen({}) < header length({})]", t.available, hlen);
        append_trunc(out, "tcp");
    }
}

}  // namespace tapsniff::text
