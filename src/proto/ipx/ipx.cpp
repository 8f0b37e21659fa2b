// IPX: decoder following tcpdump's ipx_print, ipx_sap_print and ipx_rip_print (print-ipx.c) read
// for read, its text and fields (tshark's ipx.* names).
#include "proto/ipx/ipx.hpp"

#include "proto/item_log.hpp"
#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 30;
// At most 8 SAP entries of 4 items, or 50 RIP entries, and a few more.
constexpr std::size_t kMaxItems = 64;

constexpr std::uint16_t kSocketNcp = 0x0451;
constexpr std::uint16_t kSocketSap = 0x0452;
constexpr std::uint16_t kSocketRip = 0x0453;
constexpr std::uint16_t kSocketNetbios = 0x0455;
constexpr std::uint16_t kSocketDiagnostics = 0x0456;
constexpr std::uint16_t kSocketNwlink = 0x0553;

class Items : public ItemLog<IpxItem, IpxLayer> {
public:
    Items(IpxItem* items, IpxLayer& l) : ItemLog(items, kMaxItems, l) {}
    bool add(IpxKind kind, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0, Bytes bytes = {}) {
        return ItemLog::add(IpxItem{kind, a, b, c, bytes});
    }
};

void sap(Items& it, Cursor c, std::uint32_t length) {
    auto command = c.be16();
    if (!command) return (void)it.cut();
    if (length < 2) return (void)it.invalid();
    length -= 2;
    switch (*command) {
        case 1:
        case 3: {
            it.add(IpxKind::sap_req, 0, *command == 3 ? 1 : 0);
            auto type = c.be16();
            if (!type) return (void)it.cut();
            it.add(IpxKind::sap_type, *type);
            return;
        }
        case 2:
        case 4:
            it.add(IpxKind::sap_resp, 0, *command == 4 ? 1 : 0);
            for (int i = 0; i < 8 && length != 0; ++i) {
                auto type = c.be16();
                if (!type) return (void)it.cut();
                if (length < 2) return (void)it.invalid();
                it.add(IpxKind::sap_entry_type, *type);
                length -= 2;
                if (length < 48) {
                    it.add(IpxKind::quote);
                    return (void)it.invalid();
                }
                // nd_printjnp: up to a NUL; reading past the capture ends the line there.
                const Bytes name = c.take_at_most(48);
                bool has_nul = false;
                for (std::size_t k = 0; k < name.size() && !has_nul; ++k) has_nul = name[k] == std::byte{0};
                const bool name_cut = name.size() < 48 && !has_nul;
                it.add(IpxKind::sap_name, name_cut ? 1 : 0, 0, 0, name);
                if (name_cut) return (void)it.cut();
                it.add(IpxKind::quote);
                length -= 48;
                auto addr = c.sub(10);
                if (!addr) return (void)it.cut();
                if (length < 10) return (void)it.invalid();
                const std::uint32_t net = *addr->be32();
                it.add(IpxKind::sap_addr, net, 0, 0, addr->rest());
                length -= 10;
                if (!c.skip(4)) return (void)it.cut();
                if (length < 4) return (void)it.invalid();
                length -= 4;
            }
            return;
        default:
            it.add(IpxKind::sap_other, *command);
            return;
    }
}

void rip(Items& it, Cursor c, std::uint32_t length) {
    auto command = c.be16();
    if (!command) return (void)it.cut();
    if (length < 2) return (void)it.invalid();
    length -= 2;
    auto entry = [&]() {
        auto e = c.sub(8);
        if (!e) return it.cut();
        const std::uint32_t net = *e->be32();
        const std::uint32_t hops = *e->be16();
        const std::uint32_t ticks = *e->be16();
        return it.add(IpxKind::rip_entry, net, hops, ticks);
    };
    switch (*command) {
        case 1:
            it.add(IpxKind::rip_req);
            if (length != 0) {
                if (length < 8) return (void)it.invalid();
                entry();
            }
            return;
        case 2:
            it.add(IpxKind::rip_resp);
            for (int i = 0; i < 50 && length != 0; ++i) {
                if (length < 8) return (void)it.invalid();
                if (!entry()) return;
                length -= 8;
            }
            return;
        default:
            it.add(IpxKind::rip_other, *command);
            return;
    }
}

void decode(Decoder& d, Bytes data, IpxFraming framing) {
    auto* l = d.frame.add<IpxLayer>(Presence::partial);
    if (l == nullptr) return;
    l->framing = framing;
    Cursor c(data);
    auto header = c.sub(kHeaderLen);
    if (!header) {
        l->cut = true;
        d.cut("ipx");
        return;
    }
    l->has_header = true;
    l->checksum = *header->be16();
    l->length = *header->be16();
    l->hops = *header->u8();
    l->packet_type = *header->u8();
    l->dst_net = *header->be32();
    l->dst_node = *header->array<6>();
    l->dst_socket = *header->be16();
    l->src_net = *header->be32();
    l->src_node = *header->array<6>();
    l->src_socket = *header->be16();
    auto* items = d.frame.allocate_array<IpxItem>(kMaxItems);
    if (items == nullptr) return;
    Items it(items, *l);
    if (l->length < kHeaderLen) {
        it.add(IpxKind::bad_length, l->length);
        it.invalid();
    } else {
        const std::uint32_t body = l->length - kHeaderLen;
        switch (l->dst_socket) {
            case kSocketNcp: it.add(IpxKind::ncp, body); break;
            case kSocketSap: sap(it, c, body); break;
            case kSocketRip: rip(it, c, body); break;
            case kSocketNetbios: it.add(IpxKind::netbios, body); break;
            case kSocketDiagnostics: it.add(IpxKind::diags, body); break;
            case kSocketNwlink: it.add(IpxKind::nwlink, body); break;
            default: it.add(IpxKind::other_socket, l->dst_socket, body); break;
        }
    }
    l->items = {items, it.count()};
    d.frame.set_presence(l->invalid ? Presence::malformed : l->cut ? Presence::truncated : Presence::complete);
    if (l->invalid) d.bad("ipx length out of range");
    if (l->cut) d.cut("ipx");
}

}  // namespace

void decode_ipx(Decoder& d, Bytes data, std::uint32_t) { decode(d, data, IpxFraming::ethernet_ii); }
void decode_ipx_llc(Decoder& d, Bytes data, std::uint32_t) { decode(d, data, IpxFraming::llc); }
void decode_ipx_8023(Decoder& d, Bytes data, std::uint32_t) { decode(d, data, IpxFraming::raw_8023); }

namespace {

void append_address(OutBuffer& out, std::uint32_t net, Bytes node) {
    TS_PUT(out, "{:08x}.", net);
    text::append_link_address(out, node);
}

void append_address(OutBuffer& out, std::uint32_t net, const MacAddress& node) {
    TS_PUT(out, "{:08x}.", net);
    text::append_mac(out, node);
}

void append_item(OutBuffer& out, const IpxItem& it) {
    switch (it.kind) {
        case IpxKind::bad_length: TS_PUT(out, "[length {} < {}]", it.a, kHeaderLen); break;
        case IpxKind::ncp: TS_PUT(out, "ipx-ncp {}", it.a); break;
        case IpxKind::netbios: TS_PUT(out, "ipx-netbios {}", it.a); break;
        case IpxKind::diags: TS_PUT(out, "ipx-diags {}", it.a); break;
        case IpxKind::nwlink: TS_PUT(out, "ipx-nwlink-dgm {}", it.a); break;
        case IpxKind::other_socket: TS_PUT(out, "ipx-#{:x} {}", it.a, it.b); break;
        case IpxKind::sap_req: text::append(out, it.b != 0 ? "ipx-sap-nearest-req" : "ipx-sap-req"); break;
        case IpxKind::sap_resp: text::append(out, it.b != 0 ? "ipx-sap-nearest-resp" : "ipx-sap-resp"); break;
        case IpxKind::sap_other: TS_PUT(out, "ipx-sap-?{:x}", it.a); break;
        case IpxKind::sap_type: TS_PUT(out, " {:04x}", it.a); break;
        case IpxKind::sap_entry_type: TS_PUT(out, " {:04x} '", it.a); break;
        case IpxKind::quote: out.push_back('\''); break;
        case IpxKind::sap_name: text::append_printjnp(out, it.bytes, 48); break;
        case IpxKind::sap_addr:
            text::append(out, " addr ");
            append_address(out, it.a, it.bytes);
            break;
        case IpxKind::rip_req: text::append(out, "ipx-rip-req"); break;
        case IpxKind::rip_resp: text::append(out, "ipx-rip-resp"); break;
        case IpxKind::rip_other: TS_PUT(out, "ipx-rip-?{:x}", it.a); break;
        case IpxKind::rip_entry: TS_PUT(out, " {:08x}/{}.{}", it.a, it.b, it.c); break;
    }
}

void ipx_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const IpxLayer& l = *t.frame.get<IpxLayer>(index);
    switch (l.framing) {
        case IpxFraming::ethernet_ii: text::append(out, "(NOV-ETHII) "); break;
        case IpxFraming::llc: text::append(out, "IPX 802.2: "); break;
        case IpxFraming::raw_8023: text::append(out, "IPX 802.3: "); break;
    }
    if (l.has_header) {
        append_address(out, l.src_net, l.src_node);
        TS_PUT(out, ".{:04x} > ", l.src_socket);
        append_address(out, l.dst_net, l.dst_node);
        TS_PUT(out, ".{:04x}: ", l.dst_socket);
        for (const IpxItem& it : l.items) append_item(out, it);
    }
    if (l.invalid) text::append(out, " (invalid)");
    if (l.cut) text::append_trunc(out, "ipx");
}

constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kLength{"len", "Length"};
constexpr Field kHops{"hops", "Transport Control (Hops)"};
constexpr Field kPacketType{"packet_type", "Packet Type", 2};
constexpr Field kDstNet{"dst_net", "Destination Network", 8};
constexpr Field kDstNode{"dst_node", "Destination Node"};
constexpr Field kDstSocket{"dst_socket", "Destination Socket", 4};
constexpr Field kSrcNet{"src_net", "Source Network", 8};
constexpr Field kSrcNode{"src_node", "Source Node"};
constexpr Field kSrcSocket{"src_socket", "Source Socket", 4};

}  // namespace

template <class W>
void describe(const IpxLayer& l, W& w) {
    w.num(kChecksum, l.checksum);
    w.num(kLength, l.length);
    w.num(kHops, l.hops);
    w.num(kPacketType, l.packet_type);
    w.num(kDstNet, l.dst_net);
    w.mac(kDstNode, l.dst_node);
    w.num(kDstSocket, l.dst_socket);
    w.num(kSrcNet, l.src_net);
    w.mac(kSrcNode, l.src_node);
    w.num(kSrcSocket, l.src_socket);
}

const Protocol IpxLayer::protocol = make_protocol<IpxLayer>("ipx", "ipx", "Internetwork Packet eXchange", ipx_text);

}  // namespace tapsniff
