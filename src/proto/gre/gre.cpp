// GRE: decoder, tcpdump text (print-gre.c with -e, without -v) and fields.
#include "proto/gre/gre.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

// Source route entries a frame may hold; each takes at least 4 bytes, so this is only reached by
// a frame that tcpdump itself would walk far beyond any real route.
constexpr std::size_t kMaxRoutes = 64;

// What a header field needs: its bytes captured and on the wire (tcpdump checks both).
struct Reader {
    Cursor& cursor;
    std::uint32_t& len;  // bytes left on the wire

    std::optional<Cursor> take(std::size_t n) {
        if (len < n) return std::nullopt;
        auto field = cursor.sub(n);
        if (field) len -= static_cast<std::uint32_t>(n);
        return field;
    }
};

// The captured bytes of one route, as far as tcpdump's gre_sre_ip_print / gre_sre_asn_print read
// them; false when an entry was missing (tcpdump then stops with " [|gre]").
bool read_route(GreSre& sre, const Cursor& cursor, std::uint32_t len) {
    std::size_t unit = 0;
    if (sre.af == gre::sre_ip) {
        if ((sre.offset & 3U) != 0 || (sre.length & 3U) != 0 || sre.offset >= sre.length) return true;
        unit = 4;
    } else if (sre.af == gre::sre_asn) {
        if ((sre.offset & 1U) != 0 || (sre.length & 1U) != 0 || sre.offset >= sre.length) return true;
        unit = 2;
    } else {
        return true;  // printed by its family alone
    }
    const std::size_t there = std::min<std::size_t>(cursor.remaining(), len);
    const std::size_t whole = std::min<std::size_t>(sre.length, there) / unit * unit;
    sre.entries = cursor.rest().first(whole);
    return whole == sre.length;
}

// The route list (routing present): entries until the null one. False: cut.
bool read_routes(Decoder& d, Reader& r, GreLayer& g) {
    GreSre* first = nullptr;
    std::size_t count = 0;
    bool ok = false;
    while (count < kMaxRoutes) {
        auto head = r.take(4);
        if (!head) break;
        const std::uint16_t af = *head->be16();
        const std::uint8_t offset = *head->u8();
        const std::uint8_t length = *head->u8();
        if (af == 0 && length == 0) {
            ok = true;
            break;
        }
        auto* sre = d.frame.allocate_array<GreSre>(1);
        if (sre == nullptr) break;
        if (first == nullptr) first = sre;
        ++count;
        sre->af = af;
        sre->offset = offset;
        sre->length = length;
        if (!read_route(*sre, r.cursor, r.len) || r.len < length || !r.cursor.skip(length)) break;
        r.len -= length;
    }
    g.routes = {first, count};
    return ok;
}

// The protocol type that starts both versions' headers. False: cut.
bool read_proto(Reader& r, GreLayer& g) {
    auto proto = r.take(2);
    if (!proto) return false;
    g.proto = *proto->be16();
    g.has_proto = true;
    return true;
}

// A 32-bit field present when `flag` is set in the header's flags. False: cut.
bool read_optional32(Reader& r, const GreLayer& g, std::uint16_t flag, std::uint32_t& value, bool& has) {
    if ((g.flags & flag) == 0) return true;
    auto field = r.take(4);
    if (!field) return false;
    value = *field->be32();
    has = true;
    return true;
}

bool read_version0(Decoder& d, Reader& r, GreLayer& g) {
    if (!read_proto(r, g)) return false;
    if ((g.flags & (gre::checksum_present | gre::routing_present)) != 0) {
        auto sum = r.take(2);
        if (!sum) return false;
        g.checksum = *sum->be16();
        auto off = r.take(2);
        if (!off) return false;
        g.offset = *off->be16();
        g.has_offset = true;
    }
    if (!read_optional32(r, g, gre::key_present, g.key, g.has_key) ||
        !read_optional32(r, g, gre::sequence_present, g.seq, g.has_seq)) {
        return false;
    }
    if ((g.flags & gre::routing_present) != 0) return read_routes(d, r, g);
    return true;
}

bool read_version1(Reader& r, GreLayer& g) {
    return read_proto(r, g) && read_optional32(r, g, gre::key_present, g.key, g.has_key) &&
           read_optional32(r, g, gre::sequence_present, g.seq, g.has_seq) &&
           read_optional32(r, g, gre::ack_present, g.ack, g.has_ack);
}

}  // namespace

void decode_gre(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* g = d.frame.add<GreLayer>(Presence::partial);
    if (g == nullptr) return;
    g->length = wire_len;
    Cursor cursor(data);
    std::uint32_t len = wire_len;
    Reader r{cursor, len};
    auto flags = r.take(2);
    if (!flags) {
        d.cut("gre");
        return;
    }
    g->flags = *flags->be16();
    g->version = static_cast<std::uint8_t>(g->flags & gre::version_mask);
    d.frame.set_presence(Presence::complete);
    bool ok = true;
    if (g->version == 0) ok = read_version0(d, r, *g);
    else if (g->version == 1) ok = read_version1(r, *g);
    else return;  // tcpdump reads no further: "ERROR: unknown-version"
    if (!ok) {
        g->cut = true;
        d.frame.set_presence(Presence::truncated);
        d.cut("gre");
        return;
    }
    if (!g->payload_follows()) return;
    d.frame.mark_tunnel();
    decode_gre_payload(d, g->version, g->proto, cursor.rest(), len);
}

namespace {

using text::append;

void route_text(OutBuffer& out, const GreSre& sre) {
    const bool ip = sre.af == gre::sre_ip;
    if (!ip && sre.af != gre::sre_asn) {
        TS_PUT(out, ", (rtaf=0x{:x})", sre.af);
        return;
    }
    append(out, ip ? ", (rtaf=ip" : ", (rtaf=asn");
    const unsigned align = ip ? 3U : 1U;
    if ((sre.offset & align) != 0) {
        TS_PUT(out, ", badoffset={})", sre.offset);
    } else if ((sre.length & align) != 0) {
        TS_PUT(out, ", badlength={})", sre.length);
    } else if (sre.offset >= sre.length) {
        TS_PUT(out, ", badoff/len={}/{})", sre.offset, sre.length);
    } else {
        const std::size_t unit = ip ? 4 : 2;
        Cursor entries(sre.entries);
        for (std::size_t at = 0; entries.has(unit); at += unit) {
            append(out, at == sre.offset ? " *" : " ");
            if (ip) text::append_ipv4(out, *entries.bytes(4));
            else TS_PUT(out, "{:x}", *entries.be16());
        }
        out.push_back(')');
    }
}

void proto_text(OutBuffer& out, std::uint16_t proto) {
    const char* name = ethertype_name(proto);
    TS_PUT(out, ", proto {} (0x{:04x})", name != nullptr ? name : "unknown", proto);
}

// tcpdump hands these to printers tapsniff does not have (IPX, AppleTalk, OSI): it prints nothing
// for them rather than a wrong "gre-proto-".
bool printed_elsewhere(std::uint16_t proto) { return proto == 0x8137 || proto == 0x809b || proto == 0x00fe; }

void gre_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const GreLayer& g = *t.frame.get<GreLayer>(index);
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "gre");
        return;
    }
    TS_PUT(out, "GREv{}", g.version);
    if (g.version > 1) {
        append(out, " ERROR: unknown-version");
        return;
    }
    if (g.version == 0) {
        if (g.has_offset) TS_PUT(out, ", off 0x{:x}", g.offset);
        if (g.has_key) TS_PUT(out, ", key=0x{:x}", g.key);
        if (g.has_seq) TS_PUT(out, ", seq {}", g.seq);
        for (const GreSre& sre : g.routes) route_text(out, sre);
    } else {
        if (g.has_key) TS_PUT(out, ", call {}", g.key & 0xffffU);
        if (g.has_seq) TS_PUT(out, ", seq {}", g.seq);
        if (g.has_ack) TS_PUT(out, ", ack {}", g.ack);
    }
    if (g.cut) {
        text::append_trunc(out, "gre");
        return;
    }
    if (g.version == 1 && (g.flags & gre::sequence_present) == 0) append(out, ", no-payload");
    proto_text(out, g.proto);
    TS_PUT(out, ", length {}", g.length);
    if (!g.payload_follows()) return;
    append(out, ": ");
    if (text_next(t, index)) return;
    if (g.version == 0 && printed_elsewhere(g.proto)) return;
    TS_PUT(out, "gre-proto-0x{:x}", g.proto);
}

const char* ethertype_name_of(std::uint64_t v) { return ethertype_name(static_cast<std::uint16_t>(v)); }

constexpr Field kFlags{"flags_and_version", "Flags and Version", 4};
constexpr Field kVersion{"version", "Version"};
constexpr Field kProto{"proto", "Protocol Type", 4, ethertype_name_of};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kOffset{"offset", "Offset"};
constexpr Field kKey{"key", "Key", 8};
constexpr Field kPayloadLength{"payload_length", "Payload Length"};
constexpr Field kCallId{"call_id", "Call ID"};
constexpr Field kSeq{"sequence_number", "Sequence Number"};
constexpr Field kAck{"ack_number", "Acknowledgment Number"};
constexpr Field kRoutes{"", "Routing"};
constexpr Field kRouteFamily{"", "Address Family", 4};
constexpr Field kRouteOffset{"", "SRE Offset"};
constexpr Field kRouteLength{"", "SRE Length"};

}  // namespace

template <class W>
void describe(const GreLayer& g, W& w) {
    w.num(kFlags, g.flags);
    w.num(kVersion, g.version);
    if (g.has_proto) w.num(kProto, g.proto);
    if (g.has_offset) {
        w.num(kChecksum, g.checksum);
        w.num(kOffset, g.offset);
    }
    if (g.has_key && g.version == 1) {
        w.num(kPayloadLength, g.key >> 16U);
        w.num(kCallId, g.key & 0xffffU);
    } else if (g.has_key) {
        w.num(kKey, g.key);
    }
    if (g.has_seq) w.num(kSeq, g.seq);
    if (g.has_ack) w.num(kAck, g.ack);
    for (const GreSre& sre : g.routes) {
        w.begin_object(kRoutes);
        w.num(kRouteFamily, sre.af);
        w.num(kRouteOffset, sre.offset);
        w.num(kRouteLength, sre.length);
        w.end_object(kRoutes);
    }
}

const Protocol GreLayer::protocol =
    make_protocol<GreLayer>("gre", "gre", "Generic Routing Encapsulation", gre_text);

}  // namespace tapsniff
