// Geneve: decoder, tcpdump text (print-geneve.c at default verbosity, with -e's proto) and fields.
#include "proto/geneve/geneve.hpp"

#include "proto/ethernet/ethernet.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 8;
constexpr std::uint16_t kTeb = 0x6558;  // transparent Ethernet bridging: an Ethernet frame

}  // namespace

void decode_geneve(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* g = d.frame.add<GeneveLayer>(Presence::partial);
    if (g == nullptr) return;
    g->length = wire_len;
    if (wire_len < kHeaderLen) {
        g->status = GeneveStatus::short_length;
        d.bad("geneve shorter than its header");
        return;
    }
    Cursor cursor(snap);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        g->status = GeneveStatus::header_cut;
        d.cut("geneve");
        return;
    }
    const std::uint8_t ver_opt = *header->u8();
    g->version = ver_opt >> 6U;
    g->options_len = static_cast<std::uint8_t>((ver_opt & 0x3fU) * 4U);
    g->flags = *header->u8();
    g->proto = *header->be16();
    g->vni = *header->be24();
    g->reserved = *header->u8();
    if (g->version != 0) {
        g->status = GeneveStatus::bad_version;
        d.frame.set_presence(Presence::malformed);
        d.bad("geneve version not 0");
        return;
    }
    const std::uint32_t left = wire_len - kHeaderLen;
    if (left < g->options_len) {
        g->status = GeneveStatus::options_long;
        d.frame.set_presence(Presence::malformed);
        d.bad("geneve options beyond the datagram");
        return;
    }
    if (!cursor.skip(g->options_len)) {
        g->status = GeneveStatus::options_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("geneve");
        return;
    }
    d.frame.set_presence(Presence::complete);
    const std::uint32_t inner_len = left - g->options_len;
    d.frame.mark_tunnel();  // JSON: the inner packet goes into "inner"
    g->inner_decoded = decode_ethertype(d, g->proto, cursor.rest(), inner_len);
    if (!g->inner_decoded && g->proto == kTeb) {
        if (cursor.remaining() > inner_len) {  // tcpdump's ether_print refuses it
            g->status = GeneveStatus::inner_long;
            g->inner_caplen = static_cast<std::uint32_t>(cursor.remaining());
            d.bad("geneve: udp length shorter than the ip payload");
            return;
        }
        decode_ethernet(d, cursor.rest(), inner_len);
        g->inner_decoded = true;
    }
}

namespace {

// tcpdump's bittok2str_nosep over geneve_flag_values.
void append_flags(OutBuffer& out, std::uint8_t flags) {
    static constexpr std::array<const char*, 8> kNames{"O", "C", "R1", "R2", "R3", "R4", "R5", "R6"};
    if (flags == 0) {
        text::append(out, "none");
        return;
    }
    for (std::size_t bit = 0; bit < kNames.size(); ++bit) {
        if ((flags & (0x80U >> bit)) != 0) text::append(out, kNames[bit]);
    }
}

void geneve_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const GeneveLayer& g = *t.frame.get<GeneveLayer>(index);
    text::append(out, "Geneve");
    switch (g.status) {
        case GeneveStatus::short_length:
            TS_PUT(out, " [length {} < 8] (invalid)", g.length);
            return;
        case GeneveStatus::header_cut:
            text::append_trunc(out, "geneve");
            return;
        case GeneveStatus::bad_version:
            TS_PUT(out, " ERROR: unknown-version {}", g.version);
            return;
        default:
            break;
    }
    text::append(out, ", Flags [");
    append_flags(out, g.flags);
    TS_PUT(out, "], vni 0x{:x}", g.vni);
    if (g.reserved != 0) TS_PUT(out, ", rsvd 0x{:x}", g.reserved);
    const char* name = ethertype_name(g.proto);
    TS_PUT(out, ", proto {} (0x{:04x})", name != nullptr ? name : "unknown", g.proto);
    switch (g.status) {
        case GeneveStatus::options_long:
            TS_PUT(out, " truncated-geneve - {} bytes missing", g.options_len - (g.length - kHeaderLen));
            return;
        case GeneveStatus::options_cut:
            text::append_trunc(out, "geneve");
            return;
        default:
            break;
    }
    if (g.options_len > 0) TS_PUT(out, ", options [{} bytes]", g.options_len);
    text::append(out, ": ");
    if (g.status == GeneveStatus::inner_long) {
        TS_PUT(out, "[length {} < caplen {}] (invalid)", g.length - kHeaderLen - g.options_len, g.inner_caplen);
        return;
    }
    // An inner Ethernet frame is printed whole, its link-layer part included.
    const TextContext inner{t.frame, t.out, t.default_hex, true};
    if (!g.inner_decoded || !text_next(inner, index)) TS_PUT(out, "geneve-proto-0x{:x}", g.proto);
}

const char* ethertype_name_of(std::uint64_t v) { return ethertype_name(static_cast<std::uint16_t>(v)); }

constexpr Field kVersion{"version", "Version"};
constexpr Field kOptionsLen{"", "Options Length", 0, nullptr, nullptr, "bytes"};
constexpr Field kFlags{"flags", "Flags", 2};
constexpr Field kProto{"proto_type", "Protocol Type", 4, ethertype_name_of};
constexpr Field kVni{"vni", "Virtual Network Identifier (VNI)"};
constexpr Field kReserved{"reserved", "Reserved", 2};

}  // namespace

template <class W>
void describe(const GeneveLayer& g, W& w) {
    w.num(kVersion, g.version);
    w.num(kOptionsLen, g.options_len);
    w.num(kFlags, g.flags);
    w.num(kProto, g.proto);
    w.num(kVni, g.vni);
    w.num(kReserved, g.reserved);
}

const Protocol GeneveLayer::protocol =
    make_protocol<GeneveLayer>("geneve", "geneve", "Generic Network Virtualization Encapsulation", geneve_text);

}  // namespace tapsniff
