// Ethernet II / 802.3 and VLAN tags: decoder, tcpdump text (print-ether.c's ether_common_print
// with -e) and fields.
#include "proto/ethernet/ethernet.hpp"

#include "proto/llc/llc.hpp"
#include "proto/macsec/macsec.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 14;
constexpr std::size_t kTagLen = 4;

}  // namespace

// Reads the tags while `type` announces one, each into the arena right after the last; false if
// a tag was cut short (or the frame has no room left for it).
bool decode_vlan_tags(Decoder& d, Cursor& cursor, std::uint32_t& wire_left, std::uint16_t& type,
                      std::span<const VlanTag>& vlans) {
    VlanTag* first = nullptr;
    std::size_t count = 0;
    while (ethertype::is_vlan_tpid(type)) {
        // A tag is the TCI and the next type field; both must be there, on the wire and captured.
        auto tag_bytes = cursor.sub(kTagLen);
        VlanTag* tag = (tag_bytes && wire_left >= kTagLen) ? d.frame.allocate_array<VlanTag>(1) : nullptr;
        if (tag == nullptr) {
            vlans = {first, count};
            return false;
        }
        if (first == nullptr) first = tag;
        tag->tpid = type;
        tag->tci = *tag_bytes->be16();
        type = *tag_bytes->be16();
        wire_left -= kTagLen;
        ++count;
    }
    vlans = {first, count};
    return true;
}

void append_vlan_tci(OutBuffer& out, const VlanTag& tag) {
    text::append(out, "vlan ");
    text::append_uint(out, tag.id());
    text::append(out, ", p ");
    text::append_uint(out, tag.pcp());
    text::append(out, tag.dei() ? ", DEI, " : ", ");
}

void decode_ethernet(Decoder& d, Bytes data, std::uint32_t wire_len) {
    Cursor cursor(data);
    auto header = cursor.sub(kHeaderLen);
    auto* eth = d.frame.add<EthernetLayer>(Presence::partial);
    if (eth == nullptr) return;
    eth->wire_len = wire_len;
    if (!header) {
        d.cut("ether");
        return;
    }
    eth->dst = *header->array<6>();
    eth->src = *header->array<6>();
    eth->type = *header->be16();
    d.frame.set_presence(Presence::complete);

    // Like tcpdump, the lengths that follow count what is left after each header.
    std::uint32_t wire_left = wire_len > kHeaderLen ? wire_len - static_cast<std::uint32_t>(kHeaderLen) : 0;
    if (!decode_vlan_tags(d, cursor, wire_left, eth->type, eth->vlans)) {
        d.frame.set_presence(Presence::truncated);
        d.cut("vlan");
        return;
    }
    eth->has_type = true;

    Bytes payload = cursor.rest();
    if (eth->is_8023()) {
        // An 802.3 length field: believe it only where it shortens what is there.
        if (eth->type < wire_left) wire_left = eth->type;
        if (payload.size() > wire_left) payload = payload.first(wire_left);
        eth->payload = payload;
        eth->payload_wire_len = wire_left;
        decode_llc(d, payload, wire_left);
        return;
    }
    eth->payload = payload;
    eth->payload_wire_len = wire_left;
    // MACsec is part of the Ethernet header in tcpdump (ether_common_print), and only right after
    // the addresses: behind a VLAN tag (or a SNAP header) it is an unknown ethertype.
    if (eth->type == ethertype::macsec && eth->vlans.empty()) {
        decode_macsec(d, payload, wire_left);
        return;
    }
    decode_ethertype(d, eth->type, payload, wire_left);
}

void append_ethertype(OutBuffer& out, std::uint16_t type) {
    // The types on nearly every line, ready-made.
    switch (type) {
        case 0x0800: text::append(out, "ethertype IPv4 (0x0800)"); return;
        case 0x86dd: text::append(out, "ethertype IPv6 (0x86dd)"); return;
        case 0x0806: text::append(out, "ethertype ARP (0x0806)"); return;
        case 0x8100: text::append(out, "ethertype 802.1Q (0x8100)"); return;
        default: break;
    }
    const char* name = ethertype_name(type);
    TS_PUT(out, "ethertype {} (0x{:04x})", name ? name : "Unknown", type);
}

namespace {

// ", length N: " after the first type field.
void append_length(OutBuffer& out, std::uint32_t length) { text::append_labeled(out, ", length ", length, ": "); }

void ethernet_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const auto* eth = t.frame.get<EthernetLayer>(index);
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "ether");
        return;
    }
    // A tunnel's inner frame prints its link part in the summary too: only the frame's own is left out.
    if (t.link_part || index != 0) {
        text::append_mac(out, eth->src);
        text::append(out, " > ");
        text::append_mac(out, eth->dst);
        text::append(out, ", ");
        // The frame's length is printed once, after the first type field.
        bool printed_length = false;
        for (const VlanTag& tag : eth->vlans) {
            append_ethertype(out, tag.tpid);
            if (!printed_length) {
                append_length(out, eth->wire_len);
                printed_length = true;
            } else {
                text::append(out, ", ");
            }
            append_vlan_tci(out, tag);
        }
        if (eth->has_type) {
            if (eth->is_8023()) {
                text::append(out, "802.3");
                if (!printed_length) append_length(out, eth->payload_wire_len);
            } else {
                append_ethertype(out, eth->type);
                if (!printed_length) append_length(out, eth->wire_len);
                else text::append(out, ", ");
            }
        }
    }
    if (!eth->has_type) {  // a VLAN tag was cut short
        text::append_trunc(out, "vlan");
        return;
    }
    // A type tcpdump does not decode: its payload in hex.
    if (!text_next(t, index) && t.default_hex) text::append_hex_ascii(out, eth->payload);
}

const char* ethertype_name_of(std::uint64_t v) { return ethertype_name(static_cast<std::uint16_t>(v)); }

constexpr Field kSrc{"src", "Source"};
constexpr Field kDst{"dst", "Destination"};
constexpr Field kType{"type", "Type", 4, ethertype_name_of};
constexpr Field kLengthJson{"type", "", 4};
constexpr Field kLength{"", "Length"};
constexpr Field kVlans{"vlan", "802.1Q Virtual LAN"};
constexpr Field kTpid{"tpid", "TPID", 4, ethertype_name_of};
constexpr Field kVlanId{"id", "ID"};
constexpr Field kPcp{"pcp", "Priority"};
constexpr Field kDei{"dei", "DEI"};

}  // namespace

template <class W>
void describe(const EthernetLayer& eth, W& w) {
    w.mac(kSrc, eth.src);
    w.mac(kDst, eth.dst);
    if (eth.has_type) {
        if (eth.is_8023()) {
            w.num(kLengthJson, eth.type);
            w.num(kLength, eth.type);
        } else {
            w.num(kType, eth.type);
        }
    }
    if (eth.vlans.empty()) return;
    describe_list(w, kVlans, eth.vlans, [&](const VlanTag& tag) {
        w.num(kTpid, tag.tpid);
        w.num(kVlanId, tag.id());
        w.num(kPcp, tag.pcp());
        w.num(kDei, tag.dei());
    });
}

const Protocol EthernetLayer::protocol = make_protocol<EthernetLayer>("ethernet", "eth", "Ethernet", ethernet_text);

}  // namespace tapsniff
