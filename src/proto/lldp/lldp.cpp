// LLDP: decoder (the TLV walk of tcpdump's lldp_print, print-lldp.c), its default-verbosity text
// and fields (tshark's lldp.* names).
#include "proto/lldp/lldp.hpp"

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

// As many TLVs as the largest frame can hold (3 bytes each at least), so that the count bound
// never shortens tcpdump's text.
constexpr std::size_t kMaxTlvs = 65536 / 3 + 1;

constexpr std::uint8_t kChassisMac = 4;
constexpr std::uint8_t kChassisNetwork = 5;
constexpr std::uint8_t kPortMac = 3;
constexpr std::uint8_t kPortNetwork = 4;
constexpr std::uint8_t kAfiIpv4 = 1;
constexpr std::uint8_t kAfiIpv6 = 2;

// tcpdump's TLV walk: stops at End or a zero length, or where a header or value is cut (or
// claims more than the LLDPDU's length). Calls `on_tlv` for each TLV read; returns true when it
// stopped because something was cut.
template <class F>
bool walk(Bytes data, std::uint32_t wire_len, F&& on_tlv) {
    Cursor c(data);
    std::uint32_t left = wire_len;
    while (left >= 2) {
        auto header = c.be16();
        if (!header) return true;
        left -= 2;
        const auto type = static_cast<std::uint8_t>(*header >> 9U);
        const auto length = static_cast<std::uint16_t>(*header & 0x1ffU);
        if (type == lldp::kEnd || length == 0) return false;
        const auto offset = static_cast<std::uint32_t>(c.offset());
        if (!c.skip(length) || left < length) return true;
        if (!on_tlv(type, length, offset)) return true;
        left -= length;
    }
    return false;
}

// A MAC or an IP address as such; other ids as tshark shows them: a port id as text, a chassis
// id as bytes.
LldpId read_id(Decoder& d, Bytes value, std::uint8_t mac_subtype, std::uint8_t network_subtype, bool as_text) {
    LldpId id;
    Cursor c(value);
    id.subtype = c.u8().value_or(0);
    id.raw = c.rest();
    if (id.subtype == mac_subtype && c.remaining() == 6) {
        id.kind = LldpId::Kind::mac;
        id.mac = *c.array<6>();
    } else if (id.subtype == network_subtype && c.peek() == kAfiIpv4 && c.remaining() == 5) {
        c.skip(1);
        id.kind = LldpId::Kind::ipv4;
        id.v4 = *c.array<4>();
    } else if (id.subtype == network_subtype && c.peek() == kAfiIpv6 && c.remaining() == 17) {
        c.skip(1);
        id.kind = LldpId::Kind::ipv6;
        id.v6 = *c.array<16>();
    } else if (id.subtype == mac_subtype || id.subtype == network_subtype || !as_text) {
        id.kind = LldpId::Kind::bytes;
    } else {
        id.kind = LldpId::Kind::text;
        id.text = text::copy_string(d.frame, id.raw, true);
    }
    return id;
}

void read_main(Decoder& d, const LldpTlv& tlv, LldpLayer& l) {
    const Bytes value = l.value(tlv);
    switch (tlv.type) {
        case lldp::kChassisId:
            if (l.chassis.kind == LldpId::Kind::none) l.chassis = read_id(d, value, kChassisMac, kChassisNetwork, false);
            break;
        case lldp::kPortId:
            if (l.port.kind == LldpId::Kind::none) l.port = read_id(d, value, kPortMac, kPortNetwork, true);
            break;
        case lldp::kTtl:
            if (!l.has_ttl && tlv.length >= 2) {
                l.has_ttl = true;
                l.ttl = *Cursor(value).be16();
            }
            break;
        case lldp::kPortDescription:
            if (!l.has_port_desc) {
                l.has_port_desc = true;
                l.port_desc = text::copy_string(d.frame, value, true);
            }
            break;
        case lldp::kSystemName:
            if (!l.has_system_name) {
                l.has_system_name = true;
                l.system_name = text::copy_string(d.frame, value, true);
            }
            break;
        case lldp::kSystemDescription:
            if (!l.has_system_desc) {
                l.has_system_desc = true;
                l.system_desc = text::copy_string(d.frame, value, true);
            }
            break;
        case lldp::kSystemCapabilities:
            if (!l.has_caps && tlv.length >= 4) {
                Cursor c(value);
                l.has_caps = true;
                l.caps = *c.be16();
                l.enabled_caps = *c.be16();
            }
            break;
        default:
            break;
    }
}

}  // namespace

void decode_lldp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* l = d.frame.add<LldpLayer>(Presence::partial);
    if (l == nullptr) return;
    l->length = wire_len;
    std::size_t count = 0;
    l->pdu = data;
    walk(data, wire_len, [&](std::uint8_t, std::uint16_t, std::uint32_t) { return ++count < kMaxTlvs; });
    auto* tlvs = d.frame.allocate_array<LldpTlv>(count);
    if (tlvs == nullptr) count = 0;
    std::size_t n = 0;
    l->cut = walk(data, wire_len, [&](std::uint8_t type, std::uint16_t length, std::uint32_t offset) {
        if (n == count) return false;
        tlvs[n++] = LldpTlv{offset, length, type};
        return true;
    });
    l->tlvs = {tlvs, n};
    for (const LldpTlv& tlv : l->tlvs) read_main(d, tlv, *l);
    if (l->cut) {
        d.frame.set_presence(Presence::truncated);
        d.cut("lldp");
    } else {
        d.frame.set_presence(Presence::complete);
    }
}

namespace {

void lldp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const LldpLayer& l = *t.frame.get<LldpLayer>(index);
    TS_PUT(out, "LLDP, length {}", l.length);
    // At default verbosity tcpdump prints only the system name (as its CDP printer does).
    for (const LldpTlv& tlv : l.tlvs) {
        if (tlv.type != lldp::kSystemName) continue;
        text::append(out, ": ");
        text::append_printjnp(out, l.value(tlv), tlv.length);
    }
    if (l.cut) text::append_trunc(out, "lldp");
}

const char* chassis_subtype_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Chassis component";
        case 2: return "Interface alias";
        case 3: return "Port component";
        case 4: return "MAC address";
        case 5: return "Network address";
        case 6: return "Interface name";
        case 7: return "Locally assigned";
        default: return nullptr;
    }
}

const char* port_subtype_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Interface alias";
        case 2: return "Port component";
        case 3: return "MAC address";
        case 4: return "Network address";
        case 5: return "Interface name";
        case 6: return "Agent circuit ID";
        case 7: return "Locally assigned";
        default: return nullptr;
    }
}

constexpr Field kChassisSubtype{"chassis_subtype", "Chassis Subtype", 0, chassis_subtype_name};
constexpr Field kChassisIdField{"chassis_id", "Chassis Id"};
constexpr Field kPortSubtype{"port_subtype", "Port Subtype", 0, port_subtype_name};
constexpr Field kPortIdField{"port_id", "Port Id"};
constexpr Field kTtlField{"time_to_live", "Time To Live", 0, nullptr, nullptr, "sec"};
constexpr Field kPortDesc{"port_desc", "Port Description"};
constexpr Field kSystemName{"system_name", "System Name"};
constexpr Field kSystemDesc{"system_desc", "System Description"};
constexpr Field kCaps{"system_cap", "System Capabilities", 4};
constexpr Field kEnabledCaps{"enable_system_cap", "Enabled Capabilities", 4};
constexpr Field kTlvTypes{"tlv_types", "TLV types"};

template <class W>
void describe_id(W& w, const Field& field, const LldpId& id) {
    switch (id.kind) {
        case LldpId::Kind::mac: w.mac(field, id.mac); break;
        case LldpId::Kind::ipv4: w.ipv4(field, id.v4); break;
        case LldpId::Kind::ipv6: w.ipv6(field, id.v6); break;
        case LldpId::Kind::text: w.str(field, id.text); break;
        case LldpId::Kind::bytes: w.link_address(field, id.raw); break;
        case LldpId::Kind::none: break;
    }
}

}  // namespace

template <class W>
void describe(const LldpLayer& l, W& w) {
    if (l.chassis.kind != LldpId::Kind::none) {
        w.num(kChassisSubtype, l.chassis.subtype);
        describe_id(w, kChassisIdField, l.chassis);
    }
    if (l.port.kind != LldpId::Kind::none) {
        w.num(kPortSubtype, l.port.subtype);
        describe_id(w, kPortIdField, l.port);
    }
    if (l.has_ttl) w.num(kTtlField, l.ttl);
    if (l.has_port_desc) w.str(kPortDesc, l.port_desc);
    if (l.has_system_name) w.str(kSystemName, l.system_name);
    if (l.has_system_desc) w.str(kSystemDesc, l.system_desc);
    if (l.has_caps) {
        w.num(kCaps, l.caps);
        w.num(kEnabledCaps, l.enabled_caps);
    }
    w.begin_numbers(kTlvTypes);
    for (const LldpTlv& tlv : l.tlvs) w.number_item(tlv.type);
    w.end_numbers(kTlvTypes);
}

const Protocol LldpLayer::protocol =
    make_protocol<LldpLayer>("lldp", "lldp", "Link Layer Discovery Protocol", lldp_text);

}  // namespace tapsniff
