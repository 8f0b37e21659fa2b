// The OSI NLPID layer: decoder, tcpdump text (print-isoclns.c's isoclns_print with -e) and the
// NSAP appenders CLNP, ES-IS and IS-IS share.
#include "proto/isoclns/isoclns.hpp"

#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "render/fields.hpp"

namespace tapsniff {

namespace text {

void append_isonsap(OutBuffer& out, Bytes nsap) {
    if (nsap.empty() || nsap.size() > 20) {
        append(out, "isonsap_string: illegal length");
        return;
    }
    Cursor c(nsap);
    for (std::size_t i = 0; !c.empty(); ++i) {
        TS_PUT(out, "{:02x}", *c.u8());
        if ((i & 1U) == 0 && !c.empty()) out.push_back('.');
    }
}

void append_upper_hex(OutBuffer& out, Bytes bytes) {
    Cursor c(bytes);
    while (auto b = c.u8()) TS_PUT(out, "{:02X}", *b);
}

}  // namespace text

void decode_isoclns(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<IsoclnsLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->whole = data;
    auto id = Cursor(data).peek();
    if (!id) {
        d.cut("isoclns");
        return;
    }
    m->nlpid = *id;
    d.frame.set_presence(Presence::complete);
    switch (m->nlpid) {
        case nlpid::clnp: decode_clnp(d, data, wire_len); return;
        case nlpid::esis: decode_esis(d, data, wire_len); return;
        case nlpid::isis: decode_isis(d, data, wire_len); return;
        case nlpid::ip: decode_ipv4(d, data.subspan(1), wire_len - 1); return;
        case nlpid::ip6: decode_ipv6(d, data.subspan(1), wire_len - 1); return;
        default: return;
    }
}

void decode_isoclns_ethertype(Decoder& d, Bytes data, std::uint32_t wire_len) {
    // tcpdump needs the one byte it skips, and says "isoclns" when it is not there.
    if (data.empty() || wire_len == 0) {
        auto* m = d.frame.add<IsoclnsLayer>(Presence::partial);
        if (m != nullptr) m->length = 0;
        d.cut("isoclns");
        return;
    }
    decode_isoclns(d, data.subspan(1), wire_len - 1);
}

namespace {

const char* nlpid_name(std::uint8_t id) {
    switch (id) {
        case nlpid::nullns: return "NULL";
        case nlpid::q933: return "Q.933";
        case 0x09: return "LMI";
        case 0x80: return "SNAP";
        case nlpid::clnp: return "CLNP";
        case nlpid::esis: return "ES-IS";
        case nlpid::isis: return "IS-IS";
        case 0x84: return "CONS";
        case 0x85: return "IDRP";
        case 0xc1: return "ISIS_SPB";
        case 0xb1: return "FRF.15";
        case nlpid::ip: return "IPv4";
        case nlpid::ppp: return "PPP";
        case 0x8a: return "X25 ES-IS";
        case nlpid::ip6: return "IPv6";
        default: return nullptr;
    }
}

void isoclns_text(const TextContext& t, std::size_t index) {
    const IsoclnsLayer& m = *t.frame.get<IsoclnsLayer>(index);
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "isoclns");
        return;
    }
    const char* name = nlpid_name(m.nlpid);
    TS_PUT(out, "OSI NLPID {} (0x{:02x}): ", name != nullptr ? name : "Unknown", m.nlpid);
    switch (m.nlpid) {
        case nlpid::clnp:
        case nlpid::esis:
        case nlpid::isis:
        case nlpid::ip:
        case nlpid::ip6:
            text_next(t, index);
            return;
        case nlpid::nullns:
            TS_PUT(out, "length: {}", m.length);
            return;
        default:
            // Also Q.933 and PPP, whose printers tapsniff does not have: tcpdump's default case.
            TS_PUT(out, "length: {}", m.length);
            if (m.length > 1) text::append_plain_hex(out, m.whole.first(std::min<std::size_t>(m.whole.size(), m.length)));
            return;
    }
}

constexpr Field kNlpid{"", "Network Layer Protocol Identifier", 2,
                       [](std::uint64_t v) { return nlpid_name(static_cast<std::uint8_t>(v)); }};

}  // namespace

template <class W>
void describe(const IsoclnsLayer& m, W& w) {
    w.num(kNlpid, m.nlpid);
}

const Protocol IsoclnsLayer::protocol = make_protocol<IsoclnsLayer>("isoclns", "", "OSI", isoclns_text);

}  // namespace tapsniff
