// Linux cooked captures v1 and v2: decoder, tcpdump text (print-sll.c's sll_if_print and
// sll2_if_print with -e) and fields (tshark's "sll" protocol).
#include "proto/sll/sll.hpp"

#include <net/if.h>

#include "proto/llc/llc.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kTagLen = 4;
// tcpdump follows tags for as long as the bytes last; the count bounds the loop besides them.
constexpr std::size_t kMaxTags = 4096;

// The tags and the payload after the pseudo-header, as sll_if_print's `recurse` loop reads them:
// only 0x8100 announces a tag, and a type of at most 1500 inside one means 802.2.
void decode_rest(Decoder& d, Cursor& cursor, std::uint32_t wire_left, SllHeader& sll) {
    sll.type = sll.proto;
    VlanTag* first = nullptr;
    std::size_t count = 0;
    while (sll.type == ethertype::vlan_8021q && sll.hatype != sll::kHatypeRadiotap) {
        auto tag_bytes = cursor.sub(kTagLen);  // tcpdump checks what was captured, not the wire
        VlanTag* tag = (tag_bytes && count < kMaxTags) ? d.frame.allocate_array<VlanTag>(1) : nullptr;
        if (tag == nullptr) {
            sll.vlans = {first, count};
            sll.vlan_cut = true;
            d.frame.set_presence(Presence::truncated);
            d.cut("vlan");
            return;
        }
        if (first == nullptr) first = tag;
        tag->tpid = sll.type;
        tag->tci = *tag_bytes->be16();
        sll.type = *tag_bytes->be16();
        if (sll.type <= ethertype::max_length) sll.type = sll::kProto8022;
        wire_left = wire_left >= kTagLen ? wire_left - static_cast<std::uint32_t>(kTagLen) : 0;
        ++count;
    }
    sll.vlans = {first, count};
    sll.payload = cursor.rest();
    sll.payload_wire_len = wire_left;
    if (sll.hatype == sll::kHatypeRadiotap) return;  // 802.11 radiotap: not decoded
    if (sll.type == sll::kProto8022) {
        decode_llc(d, sll.payload, wire_left);
    } else if (sll.type > ethertype::max_length) {
        decode_ethertype(d, sll.type, sll.payload, wire_left);
    }
}

std::uint32_t wire_after(std::uint32_t wire_len, std::size_t header_len) {
    return wire_len > header_len ? wire_len - static_cast<std::uint32_t>(header_len) : 0;
}

}  // namespace

void decode_sll(Decoder& d, Bytes data, std::uint32_t wire_len) {
    Cursor cursor(data);
    auto* sll = d.frame.add<SllLayer>(Presence::partial);
    if (sll == nullptr) return;
    auto header = cursor.sub(sll::kHeaderLen);
    if (!header) {
        d.cut("sll");
        return;
    }
    sll->version = 1;
    sll->pkttype = *header->be16();
    sll->hatype = *header->be16();
    sll->halen = *header->be16();
    sll->addr = *header->array<8>();
    sll->proto = *header->be16();
    d.frame.set_presence(Presence::complete);
    decode_rest(d, cursor, wire_after(wire_len, sll::kHeaderLen), *sll);
}

void decode_sll2(Decoder& d, Bytes data, std::uint32_t wire_len) {
    Cursor cursor(data);
    auto* sll = d.frame.add<Sll2Layer>(Presence::partial);
    if (sll == nullptr) return;
    auto header = cursor.sub(sll::kHeader2Len);
    if (!header) {
        d.cut("sll2");
        return;
    }
    sll->version = 2;
    sll->proto = *header->be16();
    (void)header->be16();  // reserved, must be zero
    sll->ifindex = *header->be32();
    sll->hatype = *header->be16();
    sll->pkttype = *header->u8();
    sll->halen = *header->u8();
    sll->addr = *header->array<8>();
    d.frame.set_presence(Presence::complete);
    decode_rest(d, cursor, wire_after(wire_len, sll::kHeader2Len), *sll);
}

const char* sll_pkttype_word(std::uint16_t pkttype) {
    switch (pkttype) {
        case sll::kHost: return "In";
        case sll::kBroadcast: return "B";
        case sll::kMulticast: return "M";
        case sll::kOtherHost: return "P";
        case sll::kOutgoing: return "Out";
        default: return "?";
    }
}

namespace {

// if_indextoname, as sll2_if_print asks it for every packet; remembered per index, since the
// names of this machine's interfaces do not change while a capture is read.
const char* interface_name(std::uint32_t ifindex) {
    struct Entry {
        std::uint32_t index = 0;
        bool known = false;
        char name[IF_NAMESIZE] = {};
    };
    static std::array<Entry, 64> cache;
    Entry& e = cache[ifindex % cache.size()];
    if (!e.known || e.index != ifindex) {
        e.index = ifindex;
        e.known = true;
        if (if_indextoname(ifindex, e.name) == nullptr) {
            e.name[0] = '?';
            e.name[1] = '\0';
        }
    }
    return e.name;
}

// sll_print / sll2_print after the packet type: the address, the protocol, the length.
void header_text(OutBuffer& out, const SllHeader& sll, std::uint32_t length) {
    if (sll.has_mac()) {
        text::append_mac(out, sll.mac());
        out.push_back(' ');
    }
    if (sll.proto <= ethertype::max_length) {
        switch (sll.proto) {
            case sll::kProto8023: text::append(out, "802.3"); break;
            case sll::kProto8022: text::append(out, "802.2"); break;
            default: TS_PUT(out, "ethertype Unknown (0x{:04x})", sll.proto); break;
        }
    } else {
        append_ethertype(out, sll.proto);
    }
    text::append(out, ", length ");
    text::append_uint(out, length);
    text::append(out, ": ");
}

// The tags and what follows them; `link_part` prints the tags (they belong to the link header).
void rest_text(const TextContext& t, std::size_t index, const SllHeader& sll) {
    OutBuffer& out = t.out;
    if (t.link_part) {
        for (std::size_t i = 0; i < sll.vlans.size(); ++i) {
            const VlanTag& tag = sll.vlans[i];
            TS_PUT(out, "vlan {}, p {}{}, ", tag.id(), tag.pcp(), tag.dei() ? ", DEI" : "");
            // The type after this tag, by name only; at most 1500 it was taken as 802.2.
            const std::uint16_t next = i + 1 < sll.vlans.size() ? sll.vlans[i + 1].tpid : sll.type;
            const char* name = ethertype_name(next);
            TS_PUT(out, "ethertype {}, ", name != nullptr ? name : "Unknown");
        }
    }
    if (sll.vlan_cut) {
        text::append_trunc(out, "vlan");
        return;
    }
    if (!text_next(t, index) && t.default_hex) text::append_hex_ascii(out, sll.payload);
}

void sll_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "sll");
        return;
    }
    const auto* sll = t.frame.get<SllLayer>(index);
    if (t.link_part) {
        TS_PUT(out, "{:>3} ", sll_pkttype_word(sll->pkttype));
        header_text(out, *sll, t.frame.wire_len);
    }
    rest_text(t, index, *sll);
}

void sll2_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "sll2");
        return;
    }
    const auto* sll = t.frame.get<Sll2Layer>(index);
    if (t.link_part) {
        TS_PUT(out, "{:<5} {:<3} ifindex {} ", interface_name(sll->ifindex), sll_pkttype_word(sll->pkttype),
               sll->ifindex);
        header_text(out, *sll, t.frame.wire_len);
    }
    rest_text(t, index, *sll);
}

const char* pkttype_name(std::uint64_t v) {
    switch (v) {
        case sll::kHost: return "Unicast to us";
        case sll::kBroadcast: return "Broadcast";
        case sll::kMulticast: return "Multicast";
        case sll::kOtherHost: return "Unicast to another host";
        case sll::kOutgoing: return "Sent by us";
        default: return nullptr;
    }
}

const char* ethertype_name_of(std::uint64_t v) { return ethertype_name(static_cast<std::uint16_t>(v)); }

constexpr Field kPkttype{"pkttype", "Packet type", 0, pkttype_name};
constexpr Field kHatype{"hatype", "Link-layer address type"};
constexpr Field kHalen{"halen", "Link-layer address length"};
constexpr Field kSrc{"src", "Source"};
constexpr Field kEtype{"etype", "Protocol", 4, ethertype_name_of};
constexpr Field kLtype{"ltype", "Protocol", 4};
constexpr Field kGretype{"gretype", "Protocol", 4, ethertype_name_of};
constexpr Field kIfindex{"ifindex", "Interface index"};
constexpr Field kVlans{"vlan", "802.1Q Virtual LAN"};
constexpr Field kTpid{"tpid", "TPID", 4, ethertype_name_of};
constexpr Field kVlanId{"id", "ID"};
constexpr Field kPcp{"pcp", "Priority"};
constexpr Field kDei{"dei", "DEI"};

template <class W>
void describe_header(const SllHeader& sll, W& w) {
    w.num(kPkttype, sll.pkttype);
    w.num(kHatype, sll.hatype);
    w.num(kHalen, sll.halen);
    if (sll.has_mac()) {
        w.mac(kSrc, sll.mac());
    } else if (sll.halen > 0) {
        w.link_address(kSrc, as_bytes(std::span(sll.addr)).first(std::min<std::size_t>(sll.halen, sll.addr.size())));
    }
    // tshark names the protocol of a GRE tunnel's frames (ARPHRD_IPGRE) differently.
    if (sll.hatype == sll::kHatypeIpGre) {
        w.num(kGretype, sll.proto);
    } else {
        w.num(sll.proto > ethertype::max_length ? kEtype : kLtype, sll.proto);
    }
    if (sll.version == 2) w.num(kIfindex, sll.ifindex);
    if (!sll.vlans.empty()) {
        w.begin_list(kVlans);
        for (const VlanTag& tag : sll.vlans) {
            w.begin_item(kVlans);
            w.num(kTpid, tag.tpid);
            w.num(kVlanId, tag.id());
            w.num(kPcp, tag.pcp());
            w.num(kDei, tag.dei());
            w.end_item(kVlans);
        }
        w.end_list(kVlans);
    }
}

}  // namespace

template <class W>
void describe(const SllLayer& sll, W& w) {
    describe_header(sll, w);
}

template <class W>
void describe(const Sll2Layer& sll, W& w) {
    describe_header(sll, w);
}

const Protocol SllLayer::protocol = make_protocol<SllLayer>("sll", "sll", "Linux cooked capture v1", sll_text);
const Protocol Sll2Layer::protocol = make_protocol<Sll2Layer>("sll2", "sll", "Linux cooked capture v2", sll2_text);

}  // namespace tapsniff
