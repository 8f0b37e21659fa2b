// MACsec: decoder, tcpdump text (print-macsec.c and the rest of ether_common_print, with -e) and
// fields. Decoded from the Ethernet layer when its first type field is 0x88e5.
#include "proto/macsec/macsec.hpp"

#include "proto/llc/llc.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kTagLen = 6;      // without the SCI
constexpr std::uint32_t kTagLenSci = 14;  // with it
constexpr std::uint32_t kIcvLen = 16;

// The secure data (integrity only): the type field, VLAN tags, and the payload by its type.
void secure_data(Decoder& d, MacsecLayer& m, Bytes snap, std::uint32_t caplen, std::uint32_t length) {
    Cursor cursor(snap);
    auto type = cursor.be16();
    if (!type) {
        m.status = MacsecStatus::type_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("ether");
        return;
    }
    if (caplen < 2) {
        m.status = MacsecStatus::no_type;
        return;
    }
    m.etype = m.type = *type;
    length -= 2;
    if (!decode_vlan_tags(d, cursor, length, m.type, m.vlans)) {
        m.status = MacsecStatus::vlan_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("vlan");
        return;
    }
    Bytes payload = cursor.rest();
    if (m.is_8023() && m.type < length) length = m.type;
    payload = payload.first(std::min<std::size_t>(payload.size(), length));
    m.payload = payload;
    m.payload_wire_len = length;
    if (m.is_8023()) decode_llc(d, payload, length);
    else decode_ethertype(d, m.type, payload, length);
}

}  // namespace

void decode_macsec(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<MacsecLayer>(Presence::partial);
    if (m == nullptr) return;
    Cursor cursor(data);
    auto tci = cursor.peek();
    const std::uint32_t tag_len = tci && (*tci & macsectci::sc) != 0 ? kTagLenSci : kTagLen;
    auto tag = cursor.sub(tag_len);
    if (!tag || wire_len < tag_len) {
        m->status = MacsecStatus::cut;
        d.cut("macsec");
        return;
    }
    m->tci_an = *tag->u8();
    m->short_length = *tag->u8();
    m->pn = *tag->be32();
    if (tag_len == kTagLenSci) {
        m->sci = *tag->be64();
        m->has_sci = true;
    }
    if ((m->short_length & 0xc0U) != 0 || (m->tci_an & macsectci::version) != 0) {
        m->status = MacsecStatus::invalid;
        d.bad("macsec version or short length");
        return;
    }
    m->short_length &= 0x3fU;
    d.frame.set_presence(Presence::complete);
    std::uint32_t length = wire_len - tag_len;
    Bytes rest = cursor.rest();
    auto caplen = static_cast<std::uint32_t>(rest.size());
    if ((m->tci_an & (macsectci::e | macsectci::c)) != 0) {
        m->status = MacsecStatus::encrypted;
        m->payload = rest;
        m->payload_wire_len = length;
        return;
    }
    if (length < kIcvLen || caplen < kIcvLen) {
        m->status = MacsecStatus::icv_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("macsec");
        return;
    }
    length -= kIcvLen;
    caplen -= kIcvLen;
    // tcpdump moves the end of the captured bytes before the ICV; a short length cuts the lengths.
    const Bytes snap = rest.first(caplen);
    if (m->short_length != 0) {
        if (m->short_length > length || m->short_length > caplen) {
            m->status = MacsecStatus::icv_cut;
            d.frame.set_presence(Presence::truncated);
            d.cut("macsec");
            return;
        }
        length = caplen = m->short_length;
    }
    secure_data(d, *m, snap, caplen, length);
}

namespace {

using text::append;

void header_text(OutBuffer& out, const MacsecLayer& m) {
    TS_PUT(out, "an {}, pn {}, flags ", m.tci_an & macsectci::an_mask, m.pn);
    const std::size_t start = out.size();
    if ((m.tci_an & macsectci::e) != 0) out.push_back('E');
    if ((m.tci_an & macsectci::c) != 0) out.push_back('C');
    if ((m.tci_an & macsectci::es) != 0) out.push_back('S');
    if ((m.tci_an & macsectci::scb) != 0) out.push_back('B');
    if ((m.tci_an & macsectci::sc) != 0) out.push_back('I');
    if (out.size() == start) append(out, "none");
    if (m.short_length != 0) TS_PUT(out, ", sl {}", m.short_length);
    if (m.has_sci) TS_PUT(out, ", sci {:016x}", m.sci);
    append(out, ", ");
}

void macsec_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const MacsecLayer& m = *t.frame.get<MacsecLayer>(index);
    switch (m.status) {
        case MacsecStatus::cut: text::append_trunc(out, "macsec"); return;
        case MacsecStatus::invalid: append(out, " (invalid)"); return;
        default: break;
    }
    header_text(out, m);
    switch (m.status) {
        case MacsecStatus::encrypted:
            if (t.default_hex) text::append_hex_ascii(out, m.payload);
            return;
        case MacsecStatus::icv_cut: text::append_trunc(out, "macsec"); return;
        case MacsecStatus::type_cut: text::append_trunc(out, "ether"); return;
        case MacsecStatus::no_type: return;
        default: break;
    }
    for (const VlanTag& tag : m.vlans) {
        append_ethertype(out, tag.tpid);
        append(out, ", ");
        append_vlan_tci(out, tag);
    }
    if (m.status == MacsecStatus::vlan_cut) {
        text::append_trunc(out, "vlan");
        return;
    }
    if (m.is_8023()) {
        append(out, "802.3");
    } else {
        append_ethertype(out, m.type);
        append(out, ", ");
    }
    if (!text_next(t, index) && t.default_hex) text::append_hex_ascii(out, m.payload);
}

// tshark's names: the TCI without the AN bits (shifted down), the SCI as a MAC and a port.
constexpr Field kTci{"TCI", "TCI", 2};
constexpr Field kAn{"AN", "AN", 2};
constexpr Field kSl{"SL", "Short length"};
constexpr Field kPn{"PN", "Packet number"};
constexpr Field kSystem{"system_identifier", "System Identifier"};
constexpr Field kPort{"port_identifier", "Port Identifier"};
constexpr Field kType{"etype", "Ethertype", 4};

}  // namespace

template <class W>
void describe(const MacsecLayer& m, W& w) {
    w.num(kTci, m.tci_an >> 2U);
    w.num(kAn, m.tci_an & macsectci::an_mask);
    w.num(kSl, m.short_length);
    w.num(kPn, m.pn);
    if (m.has_sci) {
        MacAddress system{};
        for (std::size_t i = 0; i < system.size(); ++i) system[i] = static_cast<std::uint8_t>(m.sci >> (56U - 8U * i));
        w.mac(kSystem, system);
        w.num(kPort, m.sci & 0xffffU);
    }
    if (m.status == MacsecStatus::ok || m.status == MacsecStatus::vlan_cut) w.num(kType, m.etype);
}

const Protocol MacsecLayer::protocol = make_protocol<MacsecLayer>("macsec", "macsec", "802.1AE Security tag", macsec_text);

}  // namespace tapsniff
