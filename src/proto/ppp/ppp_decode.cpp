// PPP decoder: the address/control and protocol fields as tcpdump's ppp_print reads them, then
// the control-protocol, CHAP, PAP or MLPPP header as far as its default-verbosity text goes.
#include "proto/ppp/ppp.hpp"

namespace tapsniff {
namespace {

// A string of `n` bytes (n may be far beyond the packet, as tcpdump computes it): what was
// captured of it. False when the capture ended first (tcpdump's GET_ failed mid-way).
bool read_text(DecodedFrame& frame, Cursor& c, std::uint64_t n, PppText& t) {
    t.present = true;
    Cursor bytes(c.take_at_most(n < c.remaining() ? static_cast<std::size_t>(n) : c.remaining()));
    t.bytes = bytes.all();
    char* chars = bytes.empty() ? nullptr : frame.allocate_array<char>(bytes.remaining());
    if (chars != nullptr) {
        for (std::size_t i = 0; !bytes.empty(); ++i) chars[i] = static_cast<char>(*bytes.u8());
        t.chars = {chars, t.bytes.size()};
    }
    return t.bytes.size() == n;
}

// Reads the code, identifier and length fields; false when the capture ends first.
bool read_code_id_length(Cursor& c, PppControl& k) {
    auto code = c.u8();
    if (!code) return false;
    k.code = *code;
    k.has_code = true;
    auto id = c.u8();
    if (!id) return false;
    k.id = *id;
    k.has_id = true;
    auto length = c.be16();
    if (!length) return false;
    k.length = *length;
    k.has_length = true;
    return true;
}

// handle_ctrl_proto without -v: the code and identifier.
void control(Cursor c, std::uint32_t len, PppControl& k) {
    if (len < 4 || !c.has(2)) {
        k.stop = PppStop::short_packet;
        return;
    }
    k.code = *c.u8();
    k.id = *c.u8();
    k.has_code = k.has_id = true;
    if (auto length = c.be16()) {
        k.length = *length;
        k.has_length = true;
    }
}

void mlppp(Cursor c, std::uint32_t len, PppControl& k) {
    auto word = c.be16();
    if (len < 2 || !word) {
        k.stop = PppStop::short_packet;
        return;
    }
    k.ml_seq = *word & 0x0fffU;
    k.ml_flags = static_cast<std::uint8_t>((*word >> 8U) & 0xc0U);
}

// The first checks of handle_chap / handle_pap; false when they end the text.
bool short_auth(Cursor c, std::uint32_t len, PppControl& k) {
    if (len < 1) {
        k.stop = PppStop::short_packet;
        return false;
    }
    if (len >= 4) return true;
    auto code = c.peek();
    if (!code) {
        k.stop = PppStop::cut;
        return false;
    }
    k.code = *code;
    k.stop = PppStop::short_code;
    return false;
}

void chap(DecodedFrame& frame, Cursor c, std::uint32_t len, PppControl& k) {
    if (!short_auth(c, len, k)) return;
    auto cut = [&k] { k.stop = PppStop::cut; };
    if (!read_code_id_length(c, k)) return cut();
    if (k.code == 1 || k.code == 2) {  // challenge, response
        if (len - 4 < 1) return;
        auto size = c.u8();
        if (!size) return cut();
        if (len - 5 < *size) return;
        if (!read_text(frame, c, *size, k.value)) return cut();
        // The name fills the header's length; tcpdump computes it without checking (u_int).
        const std::uint32_t name_size = static_cast<std::uint32_t>(k.length) - 5U - *size;
        if (!read_text(frame, c, name_size, k.name)) return cut();
    } else if (k.code == 3 || k.code == 4) {  // success, failure
        const std::uint32_t size = static_cast<std::uint32_t>(k.length) - 4U;
        if (!read_text(frame, c, size, k.message)) return cut();
    }
}

void pap(DecodedFrame& frame, Cursor c, std::uint32_t len, PppControl& k) {
    if (!short_auth(c, len, k)) return;
    auto cut = [&k] { k.stop = PppStop::cut; };
    if (!read_code_id_length(c, k)) return cut();
    if (k.length > len) {
        k.stop = PppStop::length_over;
        return;
    }
    const std::uint32_t length = k.length;
    if (length < 4) {
        k.stop = PppStop::length_under;
        return;
    }
    if (k.code == 1) {  // authenticate-request
        if (length < 6) {
            k.stop = PppStop::pap_short;
            return;
        }
        auto peer = c.u8();
        if (!peer) return cut();
        if (length - 5 < *peer) return;
        if (!read_text(frame, c, *peer, k.peer)) return cut();
        if (length - 5 - *peer < 1) return;
        auto password = c.u8();
        if (!password) return cut();
        if (length - 6 - *peer < *password) return;
        if (!read_text(frame, c, *password, k.name)) return cut();
    } else if (k.code == 2 || k.code == 3) {  // ack, nak
        if (length < 5) {
            k.stop = PppStop::pap_short;
            return;
        }
        auto size = c.u8();
        if (!size) return cut();
        if (length - 5 < *size) return;
        if (!read_text(frame, c, *size, k.message)) return cut();
    }
}

PppBody body_of(std::uint16_t proto) {
    switch (proto) {
        case pppproto::lcp: case pppproto::ipcp: case pppproto::osicp: case pppproto::mplscp:
        case pppproto::ipv6cp: case pppproto::ccp: case pppproto::bacp:
            return PppBody::control;
        case pppproto::ml: return PppBody::mlppp;
        case pppproto::chap: return PppBody::chap;
        case pppproto::pap: return PppBody::pap;
        case pppproto::bap: return PppBody::bap;
        case pppproto::ip: case pppproto::vjnc: case pppproto::ipv6: case pppproto::ipx: case pppproto::osi:
        case pppproto::mpls_unicast: case pppproto::mpls_multicast:
            return PppBody::network;
        case pppproto::comp: return PppBody::compressed;
        default: return PppBody::other;
    }
}

}  // namespace

namespace {

void decode(Decoder& d, Bytes data, std::uint32_t wire_len, bool after_ethertype) {
    auto* p = d.frame.add<PppLayer>(Presence::partial);
    if (p == nullptr) return;
    p->after_ethertype = after_ethertype;
    p->length = wire_len;
    if (after_ethertype && wire_len == 0) return;  // tcpdump prints nothing at all
    Cursor c(data);
    std::uint32_t len = wire_len;
    auto header = c.ahead(0).be16();
    if (len < 2 || !header) {
        d.cut("ppp");
        return;
    }
    // Address and control (ff 03), or DLT_PPP_PPPD's direction byte instead of the address.
    if (*header == 0x0003 || *header == 0x0103 || *header == 0xff03) {
        if (*header == 0x0003) p->direction = PppDirection::in;
        else if (*header == 0x0103) p->direction = PppDirection::out;
        p->address_control = true;
        c.skip(2);
        len -= 2;
    }
    d.frame.set_presence(Presence::complete);
    auto first = c.peek();
    auto proto = (first && *first % 2 == 0) ? c.ahead(0).be16() : std::optional<std::uint16_t>(first);
    if (len < 2 || !proto) {
        p->cut = true;
        d.frame.set_presence(Presence::truncated);
        d.cut("ppp");
        return;
    }
    p->pfc = *first % 2 != 0;
    p->proto = *proto;
    p->has_proto = true;
    c.skip(p->pfc ? 1 : 2);
    len -= p->pfc ? 1U : 2U;
    p->payload = c.rest();
    p->payload_len = len;
    if (ppp_protocol_name(p->proto) == nullptr) return;  // "unknown": tcpdump prints no more
    p->body = body_of(p->proto);
    switch (p->body) {
        case PppBody::control: control(c, len, p->control); break;
        case PppBody::mlppp: mlppp(c, len, p->control); break;
        case PppBody::chap: chap(d.frame, c, len, p->control); break;
        case PppBody::pap: pap(d.frame, c, len, p->control); break;
        case PppBody::network: decode_ppp_protocol(d, p->proto, p->payload, len); return;
        default: return;
    }
    switch (p->control.stop) {
        case PppStop::cut:
            d.frame.set_presence(Presence::truncated);
            d.cut("ppp");
            break;
        case PppStop::short_packet:
        case PppStop::short_code:
        case PppStop::pap_short:
            d.frame.set_presence(Presence::truncated);
            d.cut(p->body == PppBody::chap ? "chap" : p->body == PppBody::pap ? "pap" : "ppp");
            break;
        case PppStop::length_over:
        case PppStop::length_under:
            d.frame.set_presence(Presence::malformed);
            d.bad("pap length field");
            break;
        case PppStop::done:
            break;
    }
}

}  // namespace

void decode_ppp(Decoder& d, Bytes data, std::uint32_t wire_len) { decode(d, data, wire_len, false); }

void decode_ppp_ethertype(Decoder& d, Bytes data, std::uint32_t wire_len) { decode(d, data, wire_len, true); }

}  // namespace tapsniff
