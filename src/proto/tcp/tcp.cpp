// TCP: tcpdump text (print-tcp.c's tcp_print without -v) and fields. The decoder is in tcp_decode.cpp.
#include "proto/tcp/tcp.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

using text::append;
using text::append_labeled;
using text::append_trunc;
constexpr std::uint8_t kFin = tcp_flag::fin, kSyn = tcp_flag::syn, kRst = tcp_flag::rst, kAck = tcp_flag::ack,
                       kUrg = tcp_flag::urg;

// "Flags [S.]" and the like for each of the 256 values of the flags byte ("Flags [none]" for 0).
struct FlagsText {
    std::array<char, 16> text{};  // "Flags [FSRP.UEW]" at the longest
    std::uint8_t size = 0;
};
constexpr std::array<FlagsText, 256> kFlagsText = [] {
    std::array<FlagsText, 256> table{};
    for (std::size_t flags = 0; flags < table.size(); ++flags) {
        FlagsText& f = table[flags];
        auto put = [&f](std::string_view s) {
            for (char c : s) f.text[f.size++] = c;
        };
        put("Flags [");
        if (flags == 0) put("none");
        for (std::size_t bit = 0; bit < kTcpFlagLetters.size(); ++bit) {
            if (((flags >> bit) & 1U) != 0) put(kTcpFlagLetters.substr(bit, 1));
        }
        put("]");
    }
    return table;
}();

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
    for (std::byte x : b) TS_PUT(out, "{:02x}", static_cast<unsigned>(x));
}

// RFC 6994's magic number for TCP Fast Open in the experimental option.
constexpr std::uint32_t kFastOpenMagic = 0xf989;

// The data of one option as tcpdump prints it; `base` makes SACK edges relative as tcpdump does.
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
            append_mptcp(out, o.len, o.mptcp);
            return;
        case 34:
            if (!ok) return;
            append(out, " ");
            fastopen(o.data, out);
            return;
        case 254:
            if (!ok) return;
            append(out, "-");
            if (o.data.size() >= 2 && o.value[0] == kFastOpenMagic) {
                append(out, "tfo");
                fastopen(o.data.subspan(2), out);
            } else {
                TS_PUT(out, "{:04x}", o.value[0]);
            }
            return;
        case 20:
            if (ok) TS_PUT(out, " cap {:02x} id {}", o.value[0], o.value[1]);
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
            if (!o.data.empty()) TS_PUT(out, " keyid {}", o.value[0]);
            if (o.data.size() >= 2) TS_PUT(out, " rnextkeyid {}", o.value[1]);
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

// tcpdump's mark for a cut after the options were read: mptcp_print sets the protocol name to
// "mptcp" and nothing in tcp_print sets it back.
std::string_view trunc_mark(const TcpLayer& t, std::size_t options_read) {
    for (std::size_t i = 0; i < options_read && i < t.options.size(); ++i) {
        if (t.options[i].kind == tcp_option::mptcp && t.options[i].end == TcpOptEnd::ok) return "mptcp";
    }
    return "tcp";
}

// Returns false when the options ended the line (a cut or a bad option).
bool options_text(const TcpLayer& t, OutBuffer& out) {
    append(out, ", options [");
    const std::uint32_t base = t.sack_base;
    for (std::size_t i = 0; i < t.options.size(); ++i) {
        const TcpOption& o = t.options[i];
        if (i > 0) out.push_back(',');
        if (o.end != TcpOptEnd::bad_len) {
            if (const char* name = option_name(o.kind)) append(out, name);
            else TS_PUT(out, "unknown-{}", o.kind);
            option_value(o, base, t.available >= t.ip_len, out);
        }
        switch (o.end) {
            case TcpOptEnd::ok: {
                const bool zero_len = o.kind == tcp_option::eol || o.kind == tcp_option::nop;
                std::size_t datalen = tcp_option::fixed_data_len(o.kind);
                if (datalen == 0 && !zero_len && o.kind != tcp_option::sack_ok) datalen = o.len - 2U;
                if (datalen + 1 + (zero_len ? 0 : 1) != o.len) TS_PUT(out, "[len {}]", o.len);
                break;
            }
            case TcpOptEnd::cut:
                append_trunc(out, trunc_mark(t, i));
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
        if (!t.options.empty()) append(out, ",");
        append_trunc(out, trunc_mark(t, t.options.size()));
        return false;
    }
    append(out, "]");
    return true;
}

void tcp_text(const TextContext& tc, std::size_t index) {
    OutBuffer& out = tc.out;
    const TcpLayer& t = *tc.frame.get<TcpLayer>(index);
    const EnclosingIp ip = enclosing_ip(tc.frame, index);
    if (t.status == TcpStatus::ports_cut) {
        text::append_endpoints(out, ip, ":");
        append_trunc(out, "tcp");
        return;
    }
    text::append_ports(out, ip, ipproto::tcp, t.sport, t.dport);
    const unsigned hlen = t.header_len();
    if (t.status == TcpStatus::header_cut) {
        append_trunc(out, "tcp");
        return;
    }
    if (t.status == TcpStatus::offset_short) {
        TS_PUT(out, " tcp {} [bad hdr length {} - too short, < 20]", t.ip_len - hlen, hlen);
        return;
    }
    {
        // "Flags [S.]" for every value of the flags byte, ready-made: one copy of at most 16 bytes.
        const FlagsText& flags = kFlagsText[t.flags];
        append(out, std::string_view(flags.text.data(), flags.size));
    }
    if (t.status == TcpStatus::offset_long) {
        TS_PUT(out, " [bad hdr length {} - too long, > {}]", hlen, t.ip_len);
        return;
    }
    const std::uint32_t length = t.ip_len - hlen;
    if (length > 0 || (t.flags & (kSyn | kFin | kRst)) != 0) {
        append_labeled(out, ", seq ", t.seq_shown);
        if (length > 0) append_labeled(out, ":", static_cast<std::uint32_t>(t.seq_shown + length));
    }
    if ((t.flags & kAck) != 0) append_labeled(out, ", ack ", t.ack_shown);
    append_labeled(out, ", win ", t.window);
    if ((t.flags & kUrg) != 0) append_labeled(out, ", urg ", t.urgent);
    if (hlen > 20 && !options_text(t, out)) return;
    append_labeled(out, ", length ", length);
    if (length > 0 && t.available < hlen) {
        TS_PUT(out, " [remaining caplen({}) < header length({})]", t.available, hlen);
        append_trunc(out, trunc_mark(t, t.options.size()));
        return;
    }
    text_next(tc, index);  // the protocol on its port, if any, prints the rest
}

// "S." for SYN+ACK: the JSON value of the flags.
void show_letters(OutBuffer& out, std::uint8_t flags) {
    for (std::size_t bit = 0; bit < kTcpFlagLetters.size(); ++bit) {
        if ((flags >> bit) & 1U) out.push_back(kTcpFlagLetters[bit]);
    }
}

// "0x012 (SYN, ACK)", as tshark's tree shows the flags.
void show_flags(OutBuffer& out, std::uint64_t flags) {
    static constexpr std::array<const char*, 8> kNames{"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    TS_PUT(out, "0x{:03x}", flags);
    const char* sep = " (";
    for (std::size_t bit = 0; bit < kNames.size(); ++bit) {
        if (((flags >> bit) & 1U) == 0) continue;
        append(out, sep);
        append(out, kNames[bit]);
        sep = ", ";
    }
    if (sep[0] == ',') out.push_back(')');
}

const char* option_name_of(std::uint64_t kind) {
    const char* name = option_name(static_cast<std::uint8_t>(kind));
    return name != nullptr && *name != '\0' ? name : nullptr;  // tcpdump's name for 13 is empty
}

constexpr Field kSport{"sport", "Source Port"};
constexpr Field kDport{"dport", "Destination Port"};
constexpr Field kFlagsJson{"flags", ""};
constexpr Field kSeq{"seq", "Sequence Number"};
constexpr Field kAckNumber{"ack", "Acknowledgment Number"};
constexpr Field kWindow{"win", "Window"};
constexpr Field kFlags{"", "Flags", 0, nullptr, show_flags};
constexpr Field kHeaderLen{"", "Header Length", 0, nullptr, nullptr, "bytes"};
constexpr Field kChecksum{"", "Checksum"};
constexpr Field kUrgent{"", "Urgent Pointer"};
constexpr Field kOptions{"", "Option"};
constexpr Field kOptionKind{"", "Kind", 0, option_name_of};
constexpr Field kOptionLength{"", "Length"};
constexpr Field kOptionValue{"", "Value"};
constexpr Field kMptcpSubtype{"", "Multipath TCP subtype", 0,
                              [](std::uint64_t v) { return mptcp_subtype_name(static_cast<std::uint8_t>(v)); }};

}  // namespace

template <class W>
void describe(const TcpLayer& t, W& w) {
    w.num(kSport, t.sport);
    w.num(kDport, t.dport);
    if constexpr (std::is_same_v<W, JsonWriter>) {
        OutBuffer letters;
        show_letters(letters, t.flags);
        w.str(kFlagsJson, std::string_view(letters.data(), letters.size()));
    }
    w.num(kSeq, t.seq);
    w.num(kAckNumber, t.ack);
    w.num(kWindow, t.window);
    w.num(kHeaderLen, t.header_len());
    w.num(kFlags, t.flags);
    w.checksum(kChecksum, t.checksum);
    w.num(kUrgent, t.urgent);
    if (t.options.empty()) return;
    w.begin_list(kOptions);
    for (const TcpOption& o : t.options) {
        w.begin_item(kOptions);
        w.num(kOptionKind, o.kind);
        w.num(kOptionLength, o.len);
        if (o.end == TcpOptEnd::ok && (o.kind == tcp_option::mss || o.kind == tcp_option::wscale)) {
            w.num(kOptionValue, o.value[0]);
        }
        if (o.kind == tcp_option::mptcp && (o.mptcp.shown & mptcp_part::named) != 0) {
            w.num(kMptcpSubtype, o.mptcp.subtype);
        }
        w.end_item(kOptions);
    }
    w.end_list(kOptions);
}

const Protocol TcpLayer::protocol = make_protocol<TcpLayer>("tcp", "tcp", "Transmission Control Protocol", tcp_text);

}  // namespace tapsniff
