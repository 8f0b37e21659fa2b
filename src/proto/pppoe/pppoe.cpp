// PPPoE: decoder, tcpdump text (print-pppoe.c) and fields.
#include "proto/pppoe/pppoe.hpp"

#include "proto/ppp/ppp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 6;
constexpr std::uint8_t kPadi = 0x09;
// Each tag takes at least 4 bytes, so the bytes bound the walk; this bounds the count as well.
constexpr std::size_t kMaxTags = 512;

// The discovery tags, as tcpdump walks them: until an end-of-list tag or the payload length.
// False when a tag was cut (tcpdump's GET_/ND_TCHECK longjmp: " [|pppoe]").
bool read_tags(Decoder& d, Cursor c, std::uint32_t payload_len, PppoeLayer& p) {
    PppoeTag* first = nullptr;
    std::size_t count = 0;
    std::uint16_t type = 0xffff;
    bool ok = true;
    while (type != 0 && c.offset() < payload_len) {
        auto head = c.sub(4);
        PppoeTag* tag = head && count < kMaxTags ? d.frame.allocate_array<PppoeTag>(1) : nullptr;
        if (tag == nullptr) {
            ok = false;
            break;
        }
        tag->type = type = *head->be16();
        tag->length = *head->be16();
        auto value = c.bytes(tag->length);
        if (!value) {
            ok = false;  // tcpdump checks the whole value before printing the tag
            break;
        }
        tag->value = *value;
        if (first == nullptr) first = tag;
        ++count;
    }
    p.tags = {first, count};
    return ok;
}

}  // namespace

void decode_pppoe(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* p = d.frame.add<PppoeLayer>(Presence::partial);
    if (p == nullptr) return;
    if (wire_len < kHeaderLen) {
        p->status = PppoeStatus::short_length;
        p->available = wire_len;
        d.bad("pppoe shorter than its header");
        return;
    }
    p->available = wire_len - kHeaderLen;
    Cursor cursor(data);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        p->status = PppoeStatus::cut;
        d.cut("pppoe");
        return;
    }
    const std::uint8_t vt = *header->u8();
    p->version = static_cast<std::uint8_t>(vt >> 4U);
    p->type = static_cast<std::uint8_t>(vt & 0x0fU);
    p->code = *header->u8();
    p->session = *header->be16();
    p->length = *header->be16();
    d.frame.set_presence(Presence::complete);
    const std::uint32_t length = std::min<std::uint32_t>(p->length, p->available);
    if (p->length > p->available) {
        d.frame.set_presence(Presence::malformed);
        d.bad("pppoe length beyond frame");
    }
    if (p->code != 0) {
        if (!read_tags(d, Cursor(cursor.rest()), length, *p)) {
            p->status = PppoeStatus::cut;
            d.frame.set_presence(Presence::truncated);
            d.cut("pppoe");
        }
        return;
    }
    // Session data: PPP, with what was captured after the header (tcpdump does not cut it).
    decode_ppp(d, cursor.rest(), length);
}

namespace {

using text::append;

const char* code_name(std::uint8_t code) {
    switch (code) {
        case 0x09: return "PADI";
        case 0x07: return "PADO";
        case 0x19: return "PADR";
        case 0x65: return "PADS";
        case 0xa7: return "PADT";
        case 0x00: return "";
        default: return nullptr;
    }
}

const char* tag_name(std::uint16_t type) {
    switch (type) {
        case 0x0000: return "EOL";
        case 0x0101: return "Service-Name";
        case 0x0102: return "AC-Name";
        case 0x0103: return "Host-Uniq";
        case 0x0104: return "AC-Cookie";
        case 0x0105: return "Vendor-Specific";
        case 0x0110: return "Relay-Session-ID";
        case 0x0120: return "PPP-Max-Payload";
        case 0x0201: return "Service-Name-Error";
        case 0x0202: return "AC-System-Error";
        case 0x0203: return "Generic-Error";
        default: return nullptr;
    }
}

void tag_name_text(OutBuffer& out, std::uint16_t type) {
    if (const char* name = tag_name(type)) append(out, name);
    else TS_PUT(out, "TAG-0x{:x}", type);
}

// A tag's value: quoted text (its first 79 characters, others as '.') when most of those are
// printable, else all of it in upper-case hex.
void tag_text(OutBuffer& out, const PppoeTag& tag) {
    append(out, " [");
    tag_name_text(out, tag.type);
    if (tag.value.empty()) {
        out.push_back(']');
        return;
    }
    constexpr std::size_t kMaxText = 79;
    const Bytes shown = tag.value.first(std::min(tag.value.size(), kMaxText));
    std::size_t printable = 0;
    for (std::byte b : shown) {
        const auto c = static_cast<std::uint8_t>(b);
        if (c >= 0x20 && c <= 0x7e) ++printable;
    }
    if (printable > shown.size() - printable) {
        append(out, " \"");
        for (std::byte b : shown) {
            const auto c = static_cast<std::uint8_t>(b);
            out.push_back(c >= 0x20 && c <= 0x7e ? static_cast<char>(c) : '.');
        }
        append(out, "\"]");
        return;
    }
    append(out, " 0x");
    for (std::byte b : tag.value) TS_PUT(out, "{:02X}", static_cast<unsigned>(b));
    out.push_back(']');
}

void pppoe_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const PppoeLayer& p = *t.frame.get<PppoeLayer>(index);
    switch (p.status) {
        case PppoeStatus::short_length:
            TS_PUT(out, " (length {} < {}) (invalid)", p.available, kHeaderLen);
            return;
        case PppoeStatus::cut:
            if (t.frame.layers()[index].presence == Presence::partial) {
                text::append_trunc(out, "pppoe");
                return;
            }
            break;
        case PppoeStatus::ok:
            break;
    }
    if (p.version != 1) TS_PUT(out, " [ver {}]", p.version);
    if (p.type != 1) TS_PUT(out, " [type {}]", p.type);
    append(out, "PPPoE ");
    if (const char* name = code_name(p.code)) append(out, name);
    else TS_PUT(out, "PAD-{:x}", p.code);
    if (p.code == kPadi && p.length > 1484 - kHeaderLen) TS_PUT(out, " [len {}!]", p.length);
    if (p.length > p.available) TS_PUT(out, " [len {} > {}!]", p.length, p.available);
    if (p.session != 0) TS_PUT(out, " [ses 0x{:x}]", p.session);
    if (p.code != 0) {
        for (const PppoeTag& tag : p.tags) tag_text(out, tag);
        if (p.status == PppoeStatus::cut) text::append_trunc(out, "pppoe");
        return;
    }
    out.push_back(' ');
    text_next(t, index);
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kType{"type", "Type"};
constexpr Field kCode{"code", "Code", 2};
constexpr Field kSession{"session_id", "Session ID", 4};
constexpr Field kLength{"payload_length", "Payload Length"};
constexpr Field kTags{"tags", "PPPoE Tag"};
constexpr Field kTag{"tag", "Tag", 4};
constexpr Field kTagLength{"tag_length", "Tag Length"};

}  // namespace

template <class W>
void describe(const PppoeLayer& p, W& w) {
    w.num(kVersion, p.version);
    w.num(kType, p.type);
    w.num(kCode, p.code);
    w.num(kSession, p.session);
    w.num(kLength, p.length);
    if (p.tags.empty()) return;
    w.begin_list(kTags);
    for (const PppoeTag& tag : p.tags) {
        w.begin_item(kTags);
        w.num(kTag, tag.type);
        w.num(kTagLength, tag.length);
        w.end_item(kTags);
    }
    w.end_list(kTags);
}

const Protocol PppoeLayer::protocol = make_protocol<PppoeLayer>("pppoe", "pppoe", "PPP-over-Ethernet", pppoe_text);

}  // namespace tapsniff
