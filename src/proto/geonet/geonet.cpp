// GeoNetworking and CALM FAST: decoders following tcpdump's geonet_print (print-geonet.c) and
// calm_fast_print (print-calm-fast.c) read for read, their default-verbosity text and fields.
#include "proto/geonet/geonet.hpp"

#include "proto/ethernet/ethernet.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kCommonLen = 36;

// The extended header's size for a header type, or -1 where tcpdump does not know it.
int extended_size(std::uint8_t type, std::uint8_t subtype) {
    if (type == 0 || type == 1) return 0;
    if (type == 5 && subtype == 0) return 0;
    if (type == 5 && subtype == 1) return 68 - 36;
    return -1;
}

void walk(GeonetLayer& g, Cursor c, std::uint32_t length) {
    if (length < kCommonLen) {
        g.invalid = GeonetInvalid::common_length;
        g.invalid_a = length;
        return;
    }
    auto head = c.ahead(0).sub(8);
    if (!head) {
        g.cut = true;
        return;
    }
    const std::uint8_t b0 = *head->u8();
    const std::uint8_t b1 = *head->u8();
    head->skip(2);
    g.version = static_cast<std::uint8_t>(b0 >> 4U);
    g.next_header = static_cast<std::uint8_t>(b0 & 0x0fU);
    g.header_type = static_cast<std::uint8_t>(b1 >> 4U);
    g.header_subtype = static_cast<std::uint8_t>(b1 & 0x0fU);
    g.payload_length = *head->be16();
    head->skip(1);
    g.hop_limit = *head->u8();
    g.reach = GeonetReach::common;
    auto addr = c.ahead(8).bytes(8);
    if (!addr) return void(g.cut = true);
    g.gn_addr = *addr;
    g.reach = GeonetReach::gn_addr;
    auto lat = c.ahead(20).be32();
    if (!lat) return void(g.cut = true);
    g.lat = *lat;
    g.reach = GeonetReach::lat;
    auto lon = c.ahead(24).be32();
    if (!lon) return void(g.cut = true);
    g.lon = *lon;
    g.reach = GeonetReach::lon;
    if (!c.skip(kCommonLen)) return void(g.cut = true);
    length -= kCommonLen;
    const int hdr_size = extended_size(g.header_type, g.header_subtype);
    if (hdr_size < 0) return;
    if (length < static_cast<std::uint32_t>(hdr_size)) {
        g.invalid = GeonetInvalid::header_size;
        g.invalid_a = static_cast<std::uint32_t>(hdr_size);
        g.invalid_b = length;
        return;
    }
    if (!c.skip(static_cast<std::size_t>(hdr_size))) return void(g.cut = true);
    length -= static_cast<std::uint32_t>(hdr_size);
    if (g.next_header != 1 && g.next_header != 2) return;
    if (length < 4) {
        g.invalid = GeonetInvalid::btp_length;
        g.invalid_a = length;
        return;
    }
    auto dst = c.ahead(0).be16();
    if (!dst) return void(g.cut = true);
    g.btp_dst = *dst;
    g.reach = GeonetReach::btp_dst;
    auto src = c.ahead(2).be16();
    if (!src) return void(g.cut = true);
    g.btp_src = *src;
    g.reach = GeonetReach::btp_src;
    c.skip(4);
    length -= 4;
    if (length < 2) return;
    auto v = c.ahead(0).peek();
    if (!v) return void(g.cut = true);
    g.its_version = *v;
    g.reach = GeonetReach::body_version;
    auto type = c.ahead(1).peek();
    if (!type) return void(g.cut = true);
    g.its_type = *type;
    g.reach = GeonetReach::body_type;
}

// The nearest Ethernet header around layer `index`: tcpdump prints its source address.
const EthernetLayer* enclosing_ethernet(const DecodedFrame& frame, std::size_t index) {
    for (std::size_t i = index; i-- > 0;) {
        if (const auto* eth = frame.get<EthernetLayer>(i)) return eth;
    }
    return nullptr;
}

}  // namespace

void decode_geonet(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* g = d.frame.add<GeonetLayer>(Presence::partial);
    if (g == nullptr) return;
    g->length = wire_len;
    walk(*g, Cursor(data), wire_len);
    if (g->reach != GeonetReach::start) {
        d.frame.set_presence(g->invalid != GeonetInvalid::none ? Presence::malformed
                             : g->cut                         ? Presence::truncated
                                                              : Presence::complete);
    }
    if (g->invalid != GeonetInvalid::none) d.bad("geonet length out of range");
    if (g->cut) d.cut("geonet");
}

void decode_calm_fast(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* c = d.frame.add<CalmFastLayer>(Presence::partial);
    if (c == nullptr) return;
    c->length = wire_len;
    Cursor cursor(data);
    if (wire_len < 2) {
        c->too_short = true;
        c->cut = !cursor.has(wire_len);
        d.bad("calm fast shorter than 2 bytes");
        if (c->cut) d.cut("calm_fast");
        return;
    }
    // Each reference is printed as soon as it is read: the source may be there without the other.
    if (auto src = cursor.u8()) {
        c->has_src = true;
        c->src_nwref = *src;
    }
    if (auto dst = cursor.u8()) {
        c->has_dst = true;
        c->dst_nwref = *dst;
    }
    c->cut = !c->has_dst;
    d.frame.set_presence(c->cut ? Presence::truncated : Presence::complete);
    if (c->cut) d.cut("calm_fast");
}

namespace {

const char* next_header_name(std::uint8_t nh) {
    switch (nh) {
        case 0: return "Any";
        case 1: return "BTP-A";
        case 2: return "BTP-B";
        case 3: return "IPv6";
        default: return "Unknown";
    }
}

const char* header_type_name(std::uint8_t type, std::uint8_t sub) {
    switch (type) {
        case 0: return "Any";
        case 1: return "Beacon";
        case 2: return "GeoUnicast";
        case 3: return sub == 0 ? "GeoAnycastCircle" : sub == 1 ? "GeoAnycastRect" : sub == 2 ? "GeoAnycastElipse" : "Unknown";
        case 4:
            return sub == 0 ? "GeoBroadcastCircle" : sub == 1 ? "GeoBroadcastRect" : sub == 2 ? "GeoBroadcastElipse"
                                                                                                : "Unknown";
        case 5: return sub == 0 ? "TopoScopeBcast-SH" : sub == 1 ? "TopoScopeBcast-MH" : "Unknown";
        case 6: return sub == 0 ? "LocService-Request" : sub == 1 ? "LocService-Reply" : "Unknown";
        default: return "Unknown";
    }
}

const char* its_type_name(std::uint8_t t) {
    switch (t) {
        case 0: return "CAM";
        case 1: return "DENM";
        case 101: return "TPEGM";
        case 102: return "TSPDM";
        case 103: return "VPM";
        case 104: return "SRM";
        case 105: return "SLAM";
        case 106: return "ecoCAM";
        case 107: return "ITM";
        case 150: return "SA";
        default: return nullptr;
    }
}

void geonet_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const GeonetLayer& g = *t.frame.get<GeonetLayer>(index);
    text::append(out, "GeoNet ");
    if (const EthernetLayer* eth = enclosing_ethernet(t.frame, index)) {
        text::append(out, "src:");
        text::append_mac(out, eth->src);
    }
    text::append(out, "; ");
    if (g.reach >= GeonetReach::common) {
        TS_PUT(out, "v:{} NH:{}-{} HT:{}-{}-{} HopLim:{} Payload:{} ", g.version, g.next_header,
               next_header_name(g.next_header), g.header_type, g.header_subtype,
               header_type_name(g.header_type, g.header_subtype), g.hop_limit, g.payload_length);
    }
    if (g.reach >= GeonetReach::gn_addr) {
        text::append(out, "GN_ADDR:");
        text::append_link_address(out, g.gn_addr);
        out.push_back(' ');
    }
    if (g.reach >= GeonetReach::lat) TS_PUT(out, "lat:{} ", g.lat);
    if (g.reach >= GeonetReach::lon) TS_PUT(out, "lon:{}", g.lon);
    if (g.reach >= GeonetReach::btp_dst) TS_PUT(out, "; BTP Dst:{}", g.btp_dst);
    if (g.reach >= GeonetReach::btp_src) TS_PUT(out, " Src:{}", g.btp_src);
    if (g.reach >= GeonetReach::body_version) TS_PUT(out, "; ItsPduHeader v:{}", g.its_version);
    if (g.reach >= GeonetReach::body_type) {
        if (const char* name = its_type_name(g.its_type)) TS_PUT(out, " t:{}-{}", g.its_type, name);
        else TS_PUT(out, " t:{}-unknown ({})", g.its_type, g.its_type);
    }
    switch (g.invalid) {
        case GeonetInvalid::common_length: TS_PUT(out, " (common header length {} < 36)", g.invalid_a); break;
        case GeonetInvalid::header_size: TS_PUT(out, " (header size {} > {})", g.invalid_a, g.invalid_b); break;
        case GeonetInvalid::btp_length: TS_PUT(out, " (BTP length {} < 4)", g.invalid_a); break;
        case GeonetInvalid::none: break;
    }
    if (g.invalid != GeonetInvalid::none) text::append(out, " (invalid)");
    if (g.cut) text::append_trunc(out, "geonet");
}

void calm_fast_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const CalmFastLayer& c = *t.frame.get<CalmFastLayer>(index);
    text::append(out, "CALM FAST");
    if (const EthernetLayer* eth = enclosing_ethernet(t.frame, index)) {
        text::append(out, " src:");
        text::append_mac(out, eth->src);
    }
    text::append(out, "; ");
    if (c.too_short) TS_PUT(out, " (length {} < 2) (invalid)", c.length);
    if (c.has_src) TS_PUT(out, "SrcNwref:{}; ", c.src_nwref);
    if (c.has_dst) TS_PUT(out, "DstNwref:{}; ", c.dst_nwref);
    if (c.cut) text::append_trunc(out, "calm_fast");
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kNextHeader{"next_header", "Next Header"};
constexpr Field kHeaderType{"header_type", "Header type"};
constexpr Field kHeaderSubtype{"header_subtype", "Header subtype"};
constexpr Field kPayload{"payload_length", "Payload length"};
constexpr Field kHopLimit{"hop_limit", "Maximum Hop Limit"};
constexpr Field kLat{"lat", "Latitude"};
constexpr Field kLon{"lon", "Longitude"};
constexpr Field kBtpDst{"btp_dst_port", "Destination Port"};
constexpr Field kBtpSrc{"btp_src_port", "Source Port"};
constexpr Field kSrcNwref{"src_nwref", "Source Network Reference"};
constexpr Field kDstNwref{"dst_nwref", "Destination Network Reference"};

}  // namespace

template <class W>
void describe(const GeonetLayer& g, W& w) {
    w.num(kVersion, g.version);
    w.num(kNextHeader, g.next_header);
    w.num(kHeaderType, g.header_type);
    w.num(kHeaderSubtype, g.header_subtype);
    w.num(kPayload, g.payload_length);
    w.num(kHopLimit, g.hop_limit);
    if (g.reach >= GeonetReach::lon) {
        w.num(kLat, g.lat);
        w.num(kLon, g.lon);
    }
    if (g.reach >= GeonetReach::btp_src) {
        w.num(kBtpDst, g.btp_dst);
        w.num(kBtpSrc, g.btp_src);
    }
}

template <class W>
void describe(const CalmFastLayer& c, W& w) {
    w.num(kSrcNwref, c.src_nwref);
    w.num(kDstNwref, c.dst_nwref);
}

const Protocol GeonetLayer::protocol = make_protocol<GeonetLayer>("geonet", "geonet", "GeoNetworking", geonet_text);
const Protocol CalmFastLayer::protocol =
    make_protocol<CalmFastLayer>("calm_fast", "calm_fast", "CALM FAST", calm_fast_text);

}  // namespace tapsniff
