// PPP: tcpdump text (print-ppp.c's ppp_print with -e, without -v), names and fields. The decoder
// is in ppp_decode.cpp.
#include <array>
#include <utility>

#include "proto/ppp/ppp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

// tcpdump's ppptype2str.
constexpr auto kProtocols = std::to_array<std::pair<std::uint16_t, const char*>>({
    {0x0021, "IP"}, {0x0023, "OSI"}, {0x0025, "NS"}, {0x0027, "DECNET"}, {0x0029, "APPLE"},
    {0x002b, "IPX"}, {0x002d, "VJC IP"}, {0x002f, "VJNC IP"}, {0x0031, "BRPDU"}, {0x0033, "STII"},
    {0x0035, "VINES"}, {0x0281, "MPLS"}, {0x0283, "MPLS"}, {0x00fd, "Compressed"}, {0x003d, "MLPPP"},
    {0x0057, "IP6"}, {0x0201, "HELLO"}, {0x0231, "LUXCOM"}, {0x0233, "SNS"}, {0x8021, "IPCP"},
    {0x8023, "OSICP"}, {0x8025, "NSCP"}, {0x8027, "DECNETCP"}, {0x8029, "APPLECP"}, {0x802b, "IPXCP"},
    {0x8033, "STIICP"}, {0x8035, "VINESCP"}, {0x8057, "IP6CP"}, {0x8281, "MPLSCP"}, {0xc021, "LCP"},
    {0xc023, "PAP"}, {0xc025, "LQM"}, {0xc223, "CHAP"}, {0xc227, "EAP"}, {0xc027, "SPAP"},
    {0xc123, "Old-SPAP"}, {0xc02b, "BACP"}, {0xc02d, "BAP"}, {0xc03d, "MLPPP-CP"}, {0x80fd, "CCP"},
});

// tcpdump's cpcodes.
const char* control_code_name(std::uint8_t code) {
    constexpr std::array<const char*, 16> kNames = {
        "Vendor-Extension", "Conf-Request", "Conf-Ack", "Conf-Nack", "Conf-Reject", "Term-Request",
        "Term-Ack", "Code-Reject", "Prot-Reject", "Echo-Request", "Echo-Reply", "Disc-Req",
        "Ident", "Time-Rem", "Reset-Req", "Reset-Ack"};
    return code < kNames.size() ? kNames[code] : "Unknown Opcode";
}

const char* chap_code_name(std::uint8_t code) {
    switch (code) {
        case 1: return "Challenge";
        case 2: return "Response";
        case 3: return "Success";
        case 4: return "Fail";
        default: return "unknown";
    }
}

const char* pap_code_name(std::uint8_t code) {
    switch (code) {
        case 1: return "Auth-Req";
        case 2: return "Auth-ACK";
        case 3: return "Auth-NACK";
        default: return "unknown";
    }
}

}  // namespace

const char* ppp_protocol_name(std::uint16_t proto) {
    for (const auto& [value, name] : kProtocols) {
        if (value == proto) return name;
    }
    return nullptr;
}

namespace {

using text::append;

void append_hex_bytes(OutBuffer& out, Bytes bytes) {
    for (std::byte b : bytes) TS_PUT(out, "{:02x}", static_cast<unsigned>(b));
}

// The label and characters of a string, when tcpdump got as far as its label.
void text_field(OutBuffer& out, std::string_view label, const PppText& t) {
    if (!t.present) return;
    append(out, label);
    text::append_fn_print(out, t.bytes);  // fn_print_char
}

// Ends the text where the header stopped; true when it stopped.
bool stop_text(OutBuffer& out, const PppControl& k, std::string_view mark) {
    switch (k.stop) {
        case PppStop::short_packet:
            TS_PUT(out, "[|{}]", mark);
            return true;
        case PppStop::short_code:
            TS_PUT(out, "[|{} 0x{:02x}]", mark, k.code);
            return true;
        default:
            return false;
    }
}

void auth_header_text(OutBuffer& out, const PppControl& k, std::string_view name, const char* code_name) {
    if (!k.has_code) return;
    TS_PUT(out, "{}, {} (0x{:02x})", name, code_name, k.code);
    if (k.has_id) TS_PUT(out, ", id {}", k.id);
}

void chap_text(OutBuffer& out, const PppControl& k) {
    if (stop_text(out, k, "chap")) return;
    auth_header_text(out, k, "CHAP", chap_code_name(k.code));
    if (k.value.present) {
        append(out, ", Value ");
        append_hex_bytes(out, k.value.bytes);
    }
    text_field(out, ", Name ", k.name);
    text_field(out, ", Msg ", k.message);
}

void pap_text(OutBuffer& out, const PppControl& k) {
    if (stop_text(out, k, "pap")) return;
    auth_header_text(out, k, "PAP", pap_code_name(k.code));
    switch (k.stop) {
        case PppStop::length_over: TS_PUT(out, ", length {} > packet size", k.length); return;
        case PppStop::length_under: TS_PUT(out, ", length {} < PAP header length", k.length); return;
        case PppStop::pap_short: append(out, "[|pap]"); return;
        default: break;
    }
    text_field(out, ", Peer ", k.peer);
    text_field(out, ", Name ", k.name);
    text_field(out, ", Msg ", k.message);
}

void body_text(const TextContext& t, std::size_t index, const PppLayer& p, const char* name) {
    OutBuffer& out = t.out;
    const PppControl& k = p.control;
    switch (p.body) {
        case PppBody::control:
            TS_PUT(out, "{}, ", name);
            if (k.stop == PppStop::short_packet) {
                TS_PUT(out, "[|{}]", name);
                return;
            }
            TS_PUT(out, "{} (0x{:02x}), id {}, length {}", control_code_name(k.code), k.code, k.id, p.payload_len + 2);
            return;
        case PppBody::mlppp: {
            if (k.stop == PppStop::short_packet) {
                append(out, "[|mlppp]");
                return;
            }
            const char* flags = k.ml_flags == 0xc0 ? "begin, end" : k.ml_flags == 0x80 ? "begin"
                                : k.ml_flags == 0x40                   ? "end"
                                                                       : "none";
            TS_PUT(out, "seq 0x{:03x}, Flags [{}], length {}", k.ml_seq, flags, p.payload_len);
            return;
        }
        case PppBody::chap: chap_text(out, k); break;
        case PppBody::pap: pap_text(out, k); break;
        case PppBody::network: text_next(t, index); return;
        case PppBody::compressed: append(out, "compressed PPP data"); return;
        case PppBody::other:
            TS_PUT(out, "{} ", name);
            text::append_plain_hex(out, p.payload.first(std::min<std::size_t>(p.payload.size(), p.payload_len)));
            return;
        default: return;
    }
    if (k.stop == PppStop::cut) text::append_trunc(out, "ppp");
}

void ppp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const PppLayer& p = *t.frame.get<PppLayer>(index);
    if (p.after_ethertype) {
        if (p.length == 0) return;
        append(out, ": ");
    }
    if (p.direction == PppDirection::in) append(out, "In  ");
    else if (p.direction == PppDirection::out) append(out, "Out ");
    if (!p.has_proto) {
        text::append_trunc(out, "ppp");
        return;
    }
    const char* name = ppp_protocol_name(p.proto);
    TS_PUT(out, "{} (0x{:04x}), length {}", name != nullptr ? name : "unknown", p.proto, p.length);
    if (name == nullptr) return;
    append(out, ": ");
    body_text(t, index, p, name);
}

const char* protocol_name_of(std::uint64_t v) { return ppp_protocol_name(static_cast<std::uint16_t>(v)); }

constexpr Field kAddress{"address", "Address", 2};
constexpr Field kControl{"control", "Control", 2};
constexpr Field kDirection{"direction", "Direction"};
constexpr Field kProtocol{"protocol", "Protocol", 4, protocol_name_of};
constexpr Field kCode{"code", "Code"};
constexpr Field kIdentifier{"identifier", "Identifier"};
constexpr Field kLength{"length", "Length"};
constexpr Field kName{"name", "Name"};
constexpr Field kPeer{"peer_id", "Peer-ID"};
constexpr Field kPassword{"password", "Password"};
constexpr Field kMessage{"message", "Message"};

}  // namespace

template <class W>
void describe(const PppLayer& p, W& w) {
    if (p.direction != PppDirection::none) {
        w.num(kDirection, p.direction == PppDirection::in ? 0 : 1);
    } else if (p.address_control) {
        w.num(kAddress, 0xff);
        w.num(kControl, 0x03);
    }
    if (!p.has_proto) return;
    w.num(kProtocol, p.proto);
    const PppControl& k = p.control;
    if (k.has_code) w.num(kCode, k.code);
    if (k.has_id) w.num(kIdentifier, k.id);
    if (k.has_length) w.num(kLength, k.length);
    if (p.body == PppBody::chap && k.name.present) w.str(kName, k.name.chars);
    if (p.body == PppBody::pap && k.peer.present) w.str(kPeer, k.peer.chars);
    if (p.body == PppBody::pap && k.name.present) w.str(kPassword, k.name.chars);
    if (k.message.present) w.str(kMessage, k.message.chars);
}

const Protocol PppLayer::protocol = make_protocol<PppLayer>("ppp", "ppp", "Point-to-Point Protocol", ppp_text);

}  // namespace tapsniff
