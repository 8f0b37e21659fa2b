// LISP: decoder (print-lisp.c at default verbosity, as pieces), text and fields.
#include "proto/lisp/lisp.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 16;
constexpr std::size_t kEidLen = 12;
constexpr std::size_t kLocLen = 8;
constexpr std::uint8_t kMapRegister = 3;
constexpr std::uint8_t kMapNotify = 4;

constexpr auto kTypes = std::to_array<Tok>({
    {0, "LISP-Reserved"}, {1, "LISP-Map-Request"}, {2, "LISP-Map-Reply"}, {3, "LISP-Map-Register"},
    {4, "LISP-Map-Notify"}, {8, "LISP-Encapsulated-Contol-Message"},
});

}  // namespace

void decode_lisp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes m = udp_snap(d.frame, data);
    auto* l = d.frame.add<LispLayer>(Presence::partial);
    if (l == nullptr) return;
    Pieces<96>& p = l->text;
    auto have = [&m](std::size_t at, std::size_t n) { return at <= m.size() && m.size() - at >= n; };
    auto byte = [&m](std::size_t at) { return static_cast<std::uint8_t>(m[at]); };
    auto be16 = [&](std::size_t at) { return static_cast<std::uint16_t>((byte(at) << 8U) | byte(at + 1)); };
    auto trunc = [&] {
        p.trunc("lisp");
        d.cut("lisp");
    };
    if (!have(0, kHeaderLen)) return trunc();
    Cursor header(m.first(kHeaderLen));
    const std::uint8_t type_and_flag = *header.u8();
    l->type = type_and_flag >> 4U;
    l->flags = type_and_flag & 0x0fU;
    header.skip(2);
    l->record_count = *header.u8();
    l->nonce = *header.be64();
    l->key_id = *header.be16();
    l->auth_data_length = *header.be16();
    d.frame.set_presence(Presence::complete);
    if (const char* name = tok_name(kTypes, l->type)) {
        p.literal(name);
    } else {
        p.literal("unknown-type-");
        p.number(l->type);
    }
    p.literal(",");
    if (l->type != kMapRegister && l->type != kMapNotify) return;
    const bool xtr = (type_and_flag & (l->type == kMapRegister ? 0x02U : 0x08U)) != 0;
    std::uint8_t records = l->record_count;
    p.literal(" ");
    p.number(records);
    p.literal(" record(s),");
    // tcpdump keeps the offset in 16 bits.
    auto offset = static_cast<std::uint16_t>(kHeaderLen + l->auth_data_length);
    if (records == 0) {
        p.literal(" (invalid)");
        d.bad("lisp: no record");
        return;
    }
    while (wire_len > offset && records != 0) {
        --records;
        if (!have(offset, kEidLen)) return trunc();
        p.literal("\n");
        const std::uint8_t loc_count = byte(offset + 4);
        const std::uint8_t mask_len = byte(offset + 5);
        const std::uint16_t afi = be16(offset + 10);
        offset = static_cast<std::uint16_t>(offset + kEidLen);
        if (afi == 1) {
            if (!have(offset, 4)) return trunc();
            p.literal(" EID ");
            p.ipv4(m.subspan(offset, 4));
            offset = static_cast<std::uint16_t>(offset + 4);
        } else if (afi == 2) {
            if (!have(offset, 16)) return trunc();
            p.literal(" EID ");
            p.ipv6(m.subspan(offset, 16));
            offset = static_cast<std::uint16_t>(offset + 16);
        } else {
            return;  // LCAF: tcpdump stops here
        }
        p.literal("/");
        p.number(mask_len);
        p.literal(", ");
        p.number(loc_count);
        p.literal(" locator(s)");
        for (std::uint8_t n = loc_count; n != 0; --n) {
            if (!have(offset, kLocLen)) return trunc();
            const std::uint16_t loc_afi = be16(offset + 6);
            offset = static_cast<std::uint16_t>(offset + kLocLen);
            if (loc_afi == 1) {
                if (!have(offset, 4)) return trunc();
                p.literal(" LOC ");
                p.ipv4(m.subspan(offset, 4));
                offset = static_cast<std::uint16_t>(offset + 4);
            } else if (loc_afi == 2) {
                if (!have(offset, 16)) return trunc();
                p.literal(" LOC ");
                p.ipv6(m.subspan(offset, 16));
                offset = static_cast<std::uint16_t>(offset + 16);
            }
            if (p.overflow()) return trunc();
        }
    }
    if (xtr) {
        if (!have(offset, 24)) {
            p.literal(" (invalid)");
            d.bad("lisp: xTR-ID cut");
            return;
        }
        p.hex_lines("\n    xTR-ID: ", m.subspan(offset, 16));
        std::uint64_t site = 0;
        for (std::size_t i = 16; i < 24; ++i) site = (site << 8U) | byte(offset + i);
        p.literal("\n    SITE-ID: ");
        p.number(site);
    } else if (offset < m.size()) {
        p.hex_lines("\n    Data: ", m.subspan(offset));
    }
}

namespace {

void lisp_text(const TextContext& t, std::size_t index) { t.frame.get<LispLayer>(index)->text.append_to(t.out); }

const char* type_name(std::uint64_t v) { return tok_name(kTypes, static_cast<std::uint32_t>(v)); }

constexpr Field kType{"type", "Type", 0, type_name};
constexpr Field kRecords{"records", "Record Count"};
constexpr Field kNonce{"nonce", "Nonce", 16};
constexpr Field kKeyId{"keyid", "Key ID", 4};
constexpr Field kAuthLength{"authlen", "Authentication Data Length"};

}  // namespace

template <class W>
void describe(const LispLayer& l, W& w) {
    w.num(kType, l.type);
    w.num(kRecords, l.record_count);
    w.num(kNonce, l.nonce);
    w.num(kKeyId, l.key_id);
    w.num(kAuthLength, l.auth_data_length);
}

const Protocol LispLayer::protocol =
    make_protocol<LispLayer>("lisp", "lisp", "Locator/ID Separation Protocol", lisp_text);

}  // namespace tapsniff
