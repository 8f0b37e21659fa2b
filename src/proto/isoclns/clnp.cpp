// CLNP and ES-IS: decoders, tcpdump text (print-isoclns.c's clnp_print and esis_print with -e,
// without -v) and fields.
#include "proto/isoclns/isoclns.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kClnpFixedLen = 9;   // nlpid, li, version, lifetime, type, segment length, checksum
constexpr std::size_t kEsisFixedLen = 9;   // nlpid, li, version, reserved, type, holding time, checksum
constexpr std::uint8_t kVersion = 1;

// An NSAP address: its length byte, then that many bytes, counted against the header length.
enum class AddressRead : std::uint8_t { ok, cut, short_li };

AddressRead read_address(Cursor& c, std::uint32_t& li_remaining, Bytes& address) {
    if (li_remaining < 1) return AddressRead::short_li;
    auto len = c.u8();
    if (!len) return AddressRead::cut;
    li_remaining -= 1;
    if (li_remaining < *len) return AddressRead::short_li;
    auto bytes = c.bytes(*len);
    if (!bytes) return AddressRead::cut;
    li_remaining -= *len;
    address = *bytes;
    return AddressRead::ok;
}

// What clnp_print and esis_print say when their fixed header's checks fail.
struct HeaderReasons {
    const char* version;
    const char* li_too_long;
    const char* li_too_short;
};
constexpr HeaderReasons kClnpReasons{"clnp version not 1", "clnp length indicator beyond pdu",
                                     "clnp length indicator too short"};
constexpr HeaderReasons kEsisReasons{"es-is version not 1", "es-is length indicator beyond pdu",
                                     "es-is length indicator too short"};

// The layer (L: ClnpLayer or EsisLayer) is malformed for `reason`.
template <class L>
void set_bad(Decoder& d, L& m, OsiStatus status, const char* reason) {
    m.status = status;
    d.frame.set_presence(Presence::malformed);
    d.bad(reason);
}

// The fixed header's version and length indicator, checked in clnp_print's and esis_print's order:
// false (and the layer malformed) when one is wrong.
template <class L>
bool header_ok(Decoder& d, L& m, std::uint32_t wire_len, std::uint32_t min_li, const HeaderReasons& why) {
    if (m.version != kVersion) set_bad(d, m, OsiStatus::bad_version, why.version);
    else if (m.li > wire_len) set_bad(d, m, OsiStatus::li_too_long, why.li_too_long);
    else if (m.li < min_li) set_bad(d, m, OsiStatus::li_too_short, why.li_too_short);
    else return true;
    return false;
}

}  // namespace

void decode_clnp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<ClnpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->whole = data;
    Cursor c(data);
    auto header = c.sub(kClnpFixedLen);
    if (!header) {
        m->status = OsiStatus::cut;
        d.cut("clnp");
        return;
    }
    header->skip(1);
    m->li = *header->u8();
    m->version = *header->u8();
    m->lifetime = *header->u8();
    m->type = *header->u8();
    m->segment_length = *header->be16();
    m->checksum = *header->be16();
    d.frame.set_presence(Presence::complete);
    if (!header_ok(d, *m, wire_len, kClnpFixedLen, kClnpReasons)) return;
    std::uint32_t li_remaining = m->li - kClnpFixedLen;
    for (Bytes* address : {&m->dst, &m->src}) {
        switch (read_address(c, li_remaining, *address)) {
            case AddressRead::ok:
                break;
            case AddressRead::cut:
                m->status = OsiStatus::cut;
                d.frame.set_presence(Presence::truncated);
                d.cut("clnp");
                return;
            case AddressRead::short_li:
                return set_bad(d, *m, OsiStatus::li_no_addresses, "clnp length indicator shorter than its addresses");
        }
    }
}

void decode_esis(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<EsisLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->whole = data;
    if (wire_len <= 2) {
        m->status = OsiStatus::no_header;
        d.bad("es-is without a header");
        return;
    }
    Cursor c(data);
    auto header = c.sub(kEsisFixedLen);
    if (!header) {
        m->status = OsiStatus::cut;
        d.cut("esis");
        return;
    }
    header->skip(1);
    m->li = *header->u8();
    m->version = *header->u8();
    header->skip(1);
    m->type = *header->u8();
    m->holdtime = *header->be16();
    m->checksum = *header->be16();
    d.frame.set_presence(Presence::complete);
    header_ok(d, *m, wire_len, kEsisFixedLen + 2, kEsisReasons);
}

namespace {

using text::append;

const char* clnp_type_name(std::uint64_t type) {
    switch (type & 0x1fU) {
        case 0x01: return "Error Report";
        case 0x1d: return "MD";
        case 0x1c: return "Data";
        case 0x1e: return "Echo Request";
        case 0x1f: return "Echo Response";
        default: return nullptr;
    }
}

const char* esis_type_name(std::uint64_t type) {
    switch (type & 0x1fU) {
        case 6: return "redirect";
        case 2: return "ESH";
        case 4: return "ISH";
        default: return nullptr;
    }
}

// The checks clnp_print and esis_print share; true when the header passed them.
bool header_checks_text(OutBuffer& out, OsiStatus status, std::uint8_t version, std::uint8_t li,
                        std::uint32_t length, Bytes whole, bool clnp) {
    switch (status) {
        case OsiStatus::bad_version:
            if (!clnp) out.push_back(' ');
            TS_PUT(out, "version {} packet not supported", version);
            return false;
        case OsiStatus::li_too_long:
            TS_PUT(out, " length indicator({}) > PDU size ({})!", li, length);
            return false;
        case OsiStatus::li_too_short:
            TS_PUT(out, " length indicator {} < min PDU size:", li);
            text::append_upper_hex(out, whole);
            return false;
        default:
            return true;
    }
}

// After a header it could not read, tcpdump dumps the PDU (as much as was captured).
void append_dump(OutBuffer& out, Bytes whole, std::uint32_t length) {
    text::append_plain_hex(out, whole.first(std::min<std::size_t>(whole.size(), length)));
}

void clnp_text(const TextContext& t, std::size_t index) {
    const ClnpLayer& m = *t.frame.get<ClnpLayer>(index);
    OutBuffer& out = t.out;
    if (m.status == OsiStatus::cut) {
        text::append_trunc(out, "clnp");
        return;
    }
    if (m.status == OsiStatus::li_no_addresses) {
        append(out, "li < size of fixed part of CLNP header and addresses");
        append_dump(out, m.whole, m.length);
        return;
    }
    if (!header_checks_text(out, m.status, m.version, m.li, m.length, m.whole, true)) {
        append_dump(out, m.whole, m.length);
        return;
    }
    text::append_isonsap(out, m.src);
    append(out, " > ");
    text::append_isonsap(out, m.dst);
    if (const char* name = clnp_type_name(m.type)) TS_PUT(out, ", {}, length {}", name, m.length);
    else TS_PUT(out, ", unknown ({}), length {}", m.type & 0x1fU, m.length);
}

void esis_text(const TextContext& t, std::size_t index) {
    const EsisLayer& m = *t.frame.get<EsisLayer>(index);
    OutBuffer& out = t.out;
    if (m.status == OsiStatus::no_header) {
        append(out, "no header at all!");
        return;
    }
    if (m.status == OsiStatus::cut) {
        text::append_trunc(out, "esis");
        return;
    }
    if (!header_checks_text(out, m.status, m.version, m.li, m.length, m.whole, false)) return;
    if (const char* name = esis_type_name(m.type)) TS_PUT(out, "{}, length {}", name, m.length);
    else TS_PUT(out, "unknown type ({}), length {}", m.type & 0x1fU, m.length);
}

constexpr Field kLi{"len", "HDR Length"};
constexpr Field kVersionField{"version", "Version"};
constexpr Field kLifetime{"ttl", "Holding Time"};
constexpr Field kClnpType{"type", "PDU Type", 0, [](std::uint64_t v) { return clnp_type_name(v); }};
constexpr Field kSegmentLength{"pdu_len", "PDU segment length"};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kDstLen{"dsap_len", "Destination address length"};
constexpr Field kSrcLen{"ssap_len", "Source address length"};
constexpr Field kEsisLi{"length", "PDU Length"};
constexpr Field kEsisVersion{"ver", "Version"};
constexpr Field kEsisType{"type", "PDU Type", 0, [](std::uint64_t v) { return esis_type_name(v); }};
constexpr Field kHoldtime{"htime", "Holding Time", 0, nullptr, nullptr, "s"};
constexpr Field kEsisChecksum{"chksum", "Checksum", 4};

}  // namespace

template <class W>
void describe(const ClnpLayer& m, W& w) {
    w.num(kLi, m.li);
    w.num(kVersionField, m.version);
    w.num(kLifetime, m.lifetime);
    w.num(kClnpType, m.type & 0x1fU);
    w.num(kSegmentLength, m.segment_length);
    w.num(kChecksum, m.checksum);
    if (m.status == OsiStatus::ok) {
        w.num(kDstLen, m.dst.size());
        w.num(kSrcLen, m.src.size());
    }
}

template <class W>
void describe(const EsisLayer& m, W& w) {
    w.num(kEsisLi, m.li);
    w.num(kEsisVersion, m.version);
    w.num(kEsisType, m.type & 0x1fU);
    w.num(kHoldtime, m.holdtime);
    w.num(kEsisChecksum, m.checksum);
}

const Protocol ClnpLayer::protocol =
    make_protocol<ClnpLayer>("clnp", "clnp", "ISO 8473/X.233 CLNP ConnectionLess Network Protocol", clnp_text);
const Protocol EsisLayer::protocol =
    make_protocol<EsisLayer>("esis", "esis", "ISO 9542 ESIS Routeing Information Exchange Protocol", esis_text);

}  // namespace tapsniff
