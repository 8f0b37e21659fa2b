// ICMPv6 text, following tcpdump's icmp6_print (print-icmp6.c) without -v.
#include "tapsniff/decode.hpp"
#include "ip_text_parts.hpp"

namespace tapsniff::text {
namespace {


// tcpdump's icmp6_type_values.
const char* icmp6_type_name(std::uint8_t type) {
    switch (type) {
        case 1: return "destination unreachable";
        case 2: return "packet too big";
        case 3: return "time exceeded in-transit";
        case 4: return "parameter problem";
        case 128: return "echo request";
        case 129: return "echo reply";
        case 130: return "multicast listener query";
        case 131: return "multicast listener report";
        case 132: return "multicast listener done";
        case 133: return "router solicitation";
        case 134: return "router advertisement";
        case 135: return "neighbor solicitation";
        case 136: return "neighbor advertisement";
        case 137: return "redirect";
        case 138: return "router renumbering";
        case 139: return "who-are-you request";
        case 140: return "who-are-you reply";
        case 141: return "inverse neighbor solicitation";
        case 142: return "inverse neighbor advertisement";
        case 143: return "multicast listener report v2";
        case 144: return "ha discovery request";
        case 145: return "ha discovery reply";
        case 146: return "mobile router solicitation";
        case 147: return "mobile router advertisement";
        case 155: return "RPL";
        case 200: return "mtrace response";
        case 201: return "mtrace message";
        default: return nullptr;
    }
}

// tcpdump's icmp6_dst_unreach_code_values (the leading space of code 1 is tcpdump's).
const char* unreach_name(std::uint8_t code) {
    switch (code) {
        case 0: return "unreachable route";
        case 1: return " unreachable prohibited";
        case 2: return "beyond scope";
        case 3: return "unreachable address";
        case 4: return "unreachable port";
        default: return nullptr;
    }
}

// tcpdump's mld6_print: nothing at all when the 24-byte message was not captured.
void mld_text(const Icmp6Message& m, OutBuffer& out) {
    if (m.mld_short) return;
    TS_PUT(out, "max resp delay: {} addr: ", m.mld_delay);
    append_v6(out, m.addr1);
}

// Returns false where tcpdump stops (a cut, or the hex dump of something it cannot word).
bool body_text(const Icmp6Message& m, OutBuffer& out) {
    auto cut = [&] {
        append_trunc(out, "icmp6");
        return false;
    };
    switch (m.type) {
        case 1:
            if (const char* name = unreach_name(m.code)) TS_PUT(out, ", {}", name);
            else TS_PUT(out, ", unknown unreach code ({})", m.code);
            if (m.code > 4) {
                // tcpdump's print_unknown_data clamps to what was captured and marks nothing.
                append_plain_hex(out, m.body.first(std::min<std::size_t>(m.body.size(), m.length)));
                return false;
            }
            if (m.cut != Icmp6Cut::none) return cut();
            if (m.code == 2) {
                append(out, " ");
                append_v6(out, m.addr1);
                append(out, ", source address ");
                append_v6(out, m.addr2);
            } else if (m.code == 4) {
                append(out, ", ");
                append_v6(out, m.addr1);
                if (m.quoted_proto == ipproto::tcp) TS_PUT(out, " tcp port {}", m.quoted_dport);
                else if (m.quoted_proto == ipproto::udp) TS_PUT(out, " udp port {}", m.quoted_dport);
                else TS_PUT(out, " protocol {} port {} unreachable", m.quoted_proto, m.quoted_dport);
            } else {
                append(out, " ");
                append_v6(out, m.addr1);
            }
            return true;
        case 2:
            if (m.cut != Icmp6Cut::none) return cut();
            TS_PUT(out, ", mtu {}", m.rest);
            return true;
        case 3:
            if (m.cut != Icmp6Cut::none) return cut();
            if (m.code == 0) {
                append(out, " for ");
                append_v6(out, m.addr1);
            } else if (m.code == 1) {
                append(out, " (reassembly)");
            } else {
                TS_PUT(out, ", unknown code ({})", m.code);
            }
            return true;
        case 4: {
            if (m.cut != Icmp6Cut::none) return cut();
            static constexpr const char* kWords[] = {"erroneous", "next header", "option",
                                                     "incomplete header chain"};
            if (m.code < 4) TS_PUT(out, ", {} - octet {}", kWords[m.code], m.rest);
            else TS_PUT(out, ", code-#{}", m.code);
            return true;
        }
        case 128:
        case 129:
            if (m.cut != Icmp6Cut::none) return cut();
            append_labeled(out, ", id ", m.id());
            append_labeled(out, ", seq ", m.seq());
            return true;
        case 130:
            if (m.length == 24) {
                mld_text(m, out);
            } else if (m.length >= 28) {
                append(out, " v2");
                if (m.cut == Icmp6Cut::body) return cut();
                append(out, " [gaddr ");
                append_v6(out, m.addr1);
                if (m.cut == Icmp6Cut::body2) return cut();
                if (m.mld_sources > 0) {
                    if (m.length < 28U + m.mld_sources * 16U) append(out, " [invalid number of sources]");
                    else TS_PUT(out, ", {} source(s)", m.mld_sources);
                }
                append(out, "]");
            } else {
                TS_PUT(out, " unknown-version (len {}) ", m.length);
            }
            return true;
        case 131:
        case 132:
            mld_text(m, out);
            return true;
        case 135:
        case 136:
            if (m.cut != Icmp6Cut::none) return cut();
            append(out, m.type == 135 ? ", who has " : ", tgt is ");
            append_v6(out, m.addr1);
            return true;
        case 137:
            if (m.cut == Icmp6Cut::body) return cut();
            append(out, ", ");
            append_v6(out, m.addr1);
            if (m.cut == Icmp6Cut::body2) return cut();
            append(out, " to ");
            append_v6(out, m.addr2);
            return true;
        case 143:
            if (m.length < 8) {
                TS_PUT(out, " [invalid len {}]", m.length);
                return true;
            }
            if (m.cut != Icmp6Cut::none) return cut();
            TS_PUT(out, ", {} group record(s)", m.group_count);
            return true;
        case 144:
        case 146:
            if (m.cut != Icmp6Cut::none) return cut();
            TS_PUT(out, ", id 0x{:04x}", m.rest >> 16U);
            return true;
        case 133:
        case 134:
        case 141:
        case 142:
        case 145:
        case 147:
            return true;
        default:
            // Types tcpdump cannot word: the length, then the message in hex.
            TS_PUT(out, ", length {}", m.length);
            append_plain_hex(out, m.body.first(std::min<std::size_t>(m.body.size(), m.length)));
            return false;
    }
}

}  // namespace

void icmp6_text(const DecodedFrame& frame, OutBuffer& out) {
    const Icmp6Message& m = frame.ip.icmp6;
    if (m.length == 0) {
        append(out, "ICMP6, length 0 (invalid)");
        return;
    }
    if (m.cut == Icmp6Cut::type) {
        append_trunc(out, "icmp6");
        return;
    }
    if (const char* name = icmp6_type_name(m.type)) {
        append(out, "ICMP6, ");
        append(out, name);
    } else {
        TS_PUT(out, "ICMP6, unknown icmp6 type ({})", m.type);
    }
    if (m.cut == Icmp6Cut::code) {
        append_trunc(out, "icmp6");
        return;
    }
    if (body_text(m, out)) append_labeled(out, ", length ", m.length);
}

}  // namespace tapsniff::text
