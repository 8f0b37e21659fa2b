// MPLS: decoder, tcpdump text (print-mpls.c without -v) and fields.
#include "proto/mpls/mpls.hpp"

#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

// Labels a stack may hold here; tcpdump reads on while 4 bytes remain, which a real frame never
// needs (each entry is 4 bytes, so this also bounds the walk by the bytes left).
constexpr std::size_t kMaxLabels = 512;

MplsPayload guess(std::uint32_t label, std::uint8_t first) {
    if (label == 0 || label == 3) return MplsPayload::ipv4;
    if (label == 2) return MplsPayload::ipv6;
    if (first >= 0x45 && first <= 0x4f) return MplsPayload::ipv4;
    if (first >= 0x60 && first <= 0x6f) return MplsPayload::ipv6;
    if (first >= 0x81 && first <= 0x83) return MplsPayload::osi;
    return MplsPayload::unknown;
}

}  // namespace

void decode_mpls(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<MplsLayer>(Presence::partial);
    if (m == nullptr) return;
    Cursor cursor(data);
    std::uint32_t len = wire_len;
    MplsLabel* first = nullptr;
    std::size_t count = 0;
    bool bottom = false;
    while (!bottom) {
        if (len < 4) {
            m->status = MplsStatus::invalid;
            break;
        }
        auto entry = cursor.be32();
        MplsLabel* label = entry && count < kMaxLabels ? d.frame.allocate_array<MplsLabel>(1) : nullptr;
        if (label == nullptr) {
            m->status = MplsStatus::cut;
            break;
        }
        if (first == nullptr) first = label;
        ++count;
        label->entry = *entry;
        len -= 4;
        bottom = label->bottom();
    }
    m->labels = {first, count};
    m->payload = cursor.rest();
    m->payload_wire_len = len;
    if (m->status == MplsStatus::invalid) {
        d.frame.set_presence(Presence::malformed);
        d.bad("mpls label stack without bottom");
        if (cursor.remaining() < len) d.cut("mpls");  // tcpdump checks the rest was captured
        return;
    }
    if (m->status == MplsStatus::cut) {
        d.frame.set_presence(count > 0 ? Presence::truncated : Presence::partial);
        d.cut("mpls");
        return;
    }
    d.frame.set_presence(Presence::complete);
    const std::uint32_t label = m->labels.back().label();
    if (label != 0 && label != 2 && label != 3) {
        if (len < 1) return;  // nothing to print
        if (cursor.empty()) {
            m->status = MplsStatus::cut;
            d.frame.set_presence(Presence::truncated);
            d.cut("mpls");
            return;
        }
    }
    m->payload_kind = guess(label, cursor.peek().value_or(0));
    switch (m->payload_kind) {
        case MplsPayload::ipv4: decode_ipv4(d, m->payload, len); break;
        case MplsPayload::ipv6: decode_ipv6(d, m->payload, len); break;
        case MplsPayload::unknown:
            if (m->payload.size() < len) d.cut("mpls");  // the hex dump ends with " [|mpls]"
            break;
        default: break;
    }
}

namespace {

void mpls_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const MplsLayer& m = *t.frame.get<MplsLayer>(index);
    text::append(out, "MPLS");
    for (const MplsLabel& l : m.labels) {
        TS_PUT(out, " (label {}, tc {}", l.label(), l.tc());
        if (l.bottom()) text::append(out, ", [S]");
        TS_PUT(out, ", ttl {})", l.ttl());
    }
    switch (m.status) {
        case MplsStatus::invalid:
            text::append(out, " (invalid)");
            if (m.payload.size() < m.payload_wire_len) text::append_trunc(out, "mpls");
            return;
        case MplsStatus::cut:
            text::append_trunc(out, "mpls");
            return;
        case MplsStatus::ok:
            break;
    }
    switch (m.payload_kind) {
        case MplsPayload::none:
            return;
        case MplsPayload::unknown:
            // tcpdump's default print of the payload (its " [|mpls]" comes from the hex printer).
            if (!t.default_hex) return;
            text::append_hex_ascii(out, m.payload.first(std::min<std::size_t>(m.payload.size(), m.payload_wire_len)));
            if (m.payload.size() < m.payload_wire_len) text::append_trunc(out, "mpls");
            return;
        default:
            out.push_back(' ');
            text_next(t, index);
            return;
    }
}

constexpr Field kLabels{"labels", "MPLS Label Stack Entry"};
constexpr Field kLabel{"label", "MPLS Label"};
constexpr Field kExp{"exp", "MPLS Experimental Bits"};
constexpr Field kBottom{"bottom", "MPLS Bottom Of Label Stack"};
constexpr Field kTtl{"ttl", "MPLS TTL"};

}  // namespace

template <class W>
void describe(const MplsLayer& m, W& w) {
    w.begin_list(kLabels);
    for (const MplsLabel& l : m.labels) {
        w.begin_item(kLabels);
        w.num(kLabel, l.label());
        w.num(kExp, l.tc());
        w.num(kBottom, l.bottom() ? 1 : 0);
        w.num(kTtl, l.ttl());
        w.end_item(kLabels);
    }
    w.end_list(kLabels);
}

const Protocol MplsLayer::protocol = make_protocol<MplsLayer>("mpls", "mpls", "MultiProtocol Label Switching", mpls_text);

}  // namespace tapsniff
