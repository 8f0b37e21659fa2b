// OTV: decoder, tcpdump text (print-otv.c: the header on one line, the inner frame on the next)
// and fields.
#include "proto/otv/otv.hpp"

#include "proto/ethernet/ethernet.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 8;

}  // namespace

void decode_otv(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* o = d.frame.add<OtvLayer>(Presence::partial);
    if (o == nullptr) return;
    o->length = wire_len;
    Cursor cursor(snap);
    if (wire_len < kHeaderLen) {
        // tcpdump says so, then checks that the datagram was captured.
        o->status = cursor.has(wire_len) ? OtvStatus::invalid : OtvStatus::invalid_cut;
        d.bad("otv shorter than its header");
        if (o->status == OtvStatus::invalid_cut) d.cut("otv");
        return;
    }
    auto cut = [&](OtvStatus status) {
        o->status = status;
        d.cut("otv");
    };
    auto flags = cursor.u8();
    if (!flags) return cut(OtvStatus::flags_cut);
    o->flags = *flags;
    auto overlay = cursor.be24();
    if (!overlay) return cut(OtvStatus::overlay_cut);
    o->overlay = *overlay;
    auto instance = cursor.be24();
    if (!instance) return cut(OtvStatus::instance_cut);
    o->instance = *instance;
    if (!cursor.skip(1)) return cut(OtvStatus::reserved_cut);
    d.frame.set_presence(Presence::complete);
    if (cursor.remaining() > wire_len - kHeaderLen) {
        o->status = OtvStatus::inner_long;
        o->inner_caplen = static_cast<std::uint32_t>(cursor.remaining());
        d.bad("otv: udp length shorter than the ip payload");
        return;
    }
    d.frame.mark_tunnel();  // JSON: the inner frame goes into "inner"
    decode_ethernet(d, cursor.rest(), wire_len - kHeaderLen);
}

namespace {

void otv_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const OtvLayer& o = *t.frame.get<OtvLayer>(index);
    text::append(out, "OTV, ");
    switch (o.status) {
        case OtvStatus::invalid: TS_PUT(out, "[length {} < 8] (invalid)", o.length); return;
        case OtvStatus::invalid_cut:
            TS_PUT(out, "[length {} < 8] (invalid)", o.length);
            text::append_trunc(out, "otv");
            return;
        case OtvStatus::flags_cut: text::append_trunc(out, "otv"); return;
        default: break;
    }
    TS_PUT(out, "flags [{}] (0x{:02x}), ", (o.flags & 0x08U) != 0 ? "I" : ".", o.flags);
    if (o.status == OtvStatus::overlay_cut) return text::append_trunc(out, "otv");
    TS_PUT(out, "overlay {}, ", o.overlay);
    if (o.status == OtvStatus::instance_cut) return text::append_trunc(out, "otv");
    TS_PUT(out, "instance {}\n", o.instance);
    if (o.status == OtvStatus::reserved_cut) return text::append_trunc(out, "otv");
    if (o.status == OtvStatus::inner_long) {
        TS_PUT(out, "[length {} < caplen {}] (invalid)", o.length - kHeaderLen, o.inner_caplen);
        return;
    }
    const TextContext inner{t.frame, t.out, t.default_hex, true};
    text_next(inner, index);
}

constexpr Field kFlags{"flags", "Flags", 2};
constexpr Field kOverlay{"overlay", "Overlay ID"};
constexpr Field kInstance{"instance", "Instance ID"};

}  // namespace

template <class W>
void describe(const OtvLayer& o, W& w) {
    w.num(kFlags, o.flags);
    w.num(kOverlay, o.overlay);
    w.num(kInstance, o.instance);
}

const Protocol OtvLayer::protocol = make_protocol<OtvLayer>("otv", "otv", "Overlay Transport Virtualization", otv_text);

}  // namespace tapsniff
