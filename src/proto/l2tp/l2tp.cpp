// L2TP: decoder (print-l2tp.c's l2tp_print and AVP printers at default verbosity, as pieces).
#include "proto/l2tp/l2tp.hpp"

#include "proto/ppp/ppp.hpp"
#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace l2tp_detail {

void avp_value(Pieces<512>& p, std::uint16_t attr, Bytes v);  // l2tp_avp.cpp

}  // namespace l2tp_detail

namespace {

constexpr std::uint16_t kFlagType = 0x8000;
constexpr std::uint16_t kFlagLength = 0x4000;
constexpr std::uint16_t kFlagSequence = 0x0800;
constexpr std::uint16_t kFlagOffset = 0x0200;
constexpr std::uint16_t kFlagPriority = 0x0100;
constexpr std::size_t kMaxAvps = 4096;

constexpr auto kAvpNames = std::to_array<Tok>({
    {0, "MSGTYPE"}, {1, "RESULT_CODE"}, {2, "PROTO_VER"}, {3, "FRAMING_CAP"}, {4, "BEARER_CAP"},
    {5, "TIE_BREAKER"}, {6, "FIRM_VER"}, {7, "HOST_NAME"}, {8, "VENDOR_NAME"}, {9, "ASSND_TUN_ID"},
    {10, "RECV_WIN_SIZE"}, {11, "CHALLENGE"}, {12, "Q931_CC"}, {13, "CHALLENGE_RESP"}, {14, "ASSND_SESS_ID"},
    {15, "CALL_SER_NUM"}, {16, "MINIMUM_BPS"}, {17, "MAXIMUM_BPS"}, {18, "BEARER_TYPE"}, {19, "FRAMING_TYPE"},
    {20, "PACKET_PROC_DELAY"}, {21, "CALLED_NUMBER"}, {22, "CALLING_NUMBER"}, {23, "SUB_ADDRESS"},
    {24, "TX_CONN_SPEED"}, {25, "PHY_CHANNEL_ID"}, {26, "INI_RECV_LCP"}, {27, "LAST_SENT_LCP"},
    {28, "LAST_RECV_LCP"}, {29, "PROXY_AUTH_TYPE"}, {30, "PROXY_AUTH_NAME"}, {31, "PROXY_AUTH_CHAL"},
    {32, "PROXY_AUTH_ID"}, {33, "PROXY_AUTH_RESP"}, {34, "CALL_ERRORS"}, {35, "ACCM"}, {36, "RANDOM_VECTOR"},
    {37, "PRIVATE_GRP_ID"}, {38, "RX_CONN_SPEED"}, {39, "SEQ_REQUIRED"}, {46, "PPP_DISCON_CC"},
});

// Callers check the bytes are there first; past the end it reads as 0.
std::uint16_t be16(Bytes m, std::size_t at) {
    if (at > m.size()) return 0;
    return Cursor(m.subspan(at)).be16().value_or(0);
}

}  // namespace

void decode_l2tp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes m = udp_snap(d.frame, data);
    auto* l = d.frame.add<L2tpLayer>(Presence::partial);
    if (l == nullptr) return;
    Pieces<512>& p = l->text;
    std::size_t cnt = 0;
    auto have = [&m](std::size_t at, std::size_t n) { return at <= m.size() && m.size() - at >= n; };
    auto trunc = [&] {
        p.trunc("l2tp");
        d.cut("l2tp");
    };
    if (!have(0, 2)) return trunc();
    l->flags = be16(m, 0);
    const unsigned version = l->flags & 0x000fU;
    if (version == 1) {
        p.literal(" l2f:");
        d.frame.set_presence(Presence::complete);
        return;
    }
    if (version != 2) {
        p.literal(" Unknown Version, neither L2F(1) nor L2TP(2)");
        d.frame.set_presence(Presence::complete);
        return;
    }
    p.literal(" l2tp:[");
    if ((l->flags & kFlagType) != 0) p.literal("T");
    if ((l->flags & kFlagLength) != 0) p.literal("L");
    if ((l->flags & kFlagSequence) != 0) p.literal("S");
    if ((l->flags & kFlagOffset) != 0) p.literal("O");
    if ((l->flags & kFlagPriority) != 0) p.literal("P");
    p.literal("]");
    cnt = 2;
    if ((l->flags & kFlagLength) != 0) {
        if (!have(cnt, 2)) return trunc();
        l->length_field = be16(m, cnt);
        cnt += 2;
    }
    if (!have(cnt, 2)) return trunc();
    l->tunnel = be16(m, cnt);
    p.literal("(");
    p.number(l->tunnel);
    p.literal("/");
    cnt += 2;
    if (!have(cnt, 2)) return trunc();
    l->session = be16(m, cnt);
    p.number(l->session);
    p.literal(")");
    cnt += 2;
    l->has_header = true;
    d.frame.set_presence(Presence::complete);
    if ((l->flags & kFlagSequence) != 0) {
        if (!have(cnt, 2)) return trunc();
        l->ns = be16(m, cnt);
        p.literal("Ns=");
        p.number(l->ns);
        p.literal(",");
        cnt += 2;
        if (!have(cnt, 2)) return trunc();
        l->nr = be16(m, cnt);
        p.literal("Nr=");
        p.number(l->nr);
        cnt += 2;
        l->has_sequence = true;
    }
    if ((l->flags & kFlagOffset) != 0) {
        if (!have(cnt, 2)) return trunc();
        const std::uint16_t pad = be16(m, cnt);
        if (!have(cnt + 2, pad)) return trunc();
        cnt += 2U + pad;
    }
    std::uint32_t length = wire_len;
    if ((l->flags & kFlagLength) != 0) {
        if (length < l->length_field) {
            p.literal(" Length ");
            p.number(l->length_field);
            p.literal(" larger than packet");
            return;
        }
        length = l->length_field;
    }
    if (length < cnt) {
        p.literal(" Length ");
        p.number(length);
        p.literal(" smaller than header length");
        return;
    }
    if (!l->control()) {
        // PPP inside, printed between braces (the text adds them around the PPP layer's).
        l->carries_ppp = true;
        d.frame.mark_tunnel();  // JSON: PPP and what it carries go into "inner"
        decode_ppp(d, m.subspan(cnt), length - static_cast<std::uint32_t>(cnt));
        return;
    }
    if ((l->flags & kFlagLength) == 0) {
        p.literal(" No length");
        return;
    }
    if (length - cnt == 0) {
        p.literal(" ZLB");
        return;
    }
    // AVPs: each takes six bytes at least, the count caps them besides.
    for (std::size_t n = 0; length - cnt != 0 && n < kMaxAvps && !p.overflow(); ++n) {
        p.literal(" ");
        if (!have(cnt, 2)) return trunc();
        const std::uint16_t head = be16(m, cnt);
        const std::uint32_t len = head & 0x03ffU;
        if (len < 6 || len > length - cnt || !have(cnt, len)) return trunc();
        if ((head & 0x8000U) != 0) p.literal("*");
        const bool hidden = (head & 0x4000U) != 0;
        if (hidden) p.literal("?");
        const std::uint16_t vendor = be16(m, cnt + 2);
        const std::uint16_t attr = be16(m, cnt + 4);
        const Bytes value = m.subspan(cnt + 6, len - 6);
        if (vendor != 0) {
            p.literal("VENDOR");
            p.number(vendor, 'x', 4);
            p.literal(":ATTR");
            p.number(attr, 'x', 4);
            p.literal("(");
            p.hex_lower(value);
            p.literal(")");
        } else {
            if (const char* name = tok_name(kAvpNames, attr)) {
                p.literal(name);
            } else {
                p.literal("AVP-#");
                p.number(attr);
            }
            p.literal("(");
            if (hidden) p.literal("???");
            else l2tp_detail::avp_value(p, attr, value);
            p.literal(")");
            if (n == 0 && attr == 0 && value.size() >= 2 && !hidden) {
                l->message_type = be16(value, 0);
                l->has_message_type = true;
            }
        }
        cnt += len;
    }
}

}  // namespace tapsniff

namespace tapsniff {
namespace {

void l2tp_text(const TextContext& t, std::size_t index) {
    const L2tpLayer& l = *t.frame.get<L2tpLayer>(index);
    l.text.append_to(t.out);
    if (!l.carries_ppp) return;
    text::append(t.out, " {");
    text_next(t, index);
    // PPP cut where tcpdump's GET_ macros longjmp (" [|ppp]") ends the line before the brace.
    const PppLayer* ppp = index + 1 < t.frame.size() ? t.frame.get<PppLayer>(index + 1) : nullptr;
    if (ppp != nullptr && (t.frame.layers()[index + 1].presence == Presence::partial || ppp->cut ||
                           ppp->control.stop == PppStop::cut)) {
        return;
    }
    text::append(t.out, "}");
}

constexpr Field kType{"type", "Type", 0};
constexpr Field kLength{"length", "Length"};
constexpr Field kTunnel{"tunnel", "Tunnel ID"};
constexpr Field kSession{"session", "Session ID"};
constexpr Field kNs{"Ns", "Ns"};
constexpr Field kNr{"Nr", "Nr"};
constexpr Field kMessageType{"avp.message_type", "Message Type"};

}  // namespace

template <class W>
void describe(const L2tpLayer& l, W& w) {
    if (!l.has_header) return;
    w.num(kType, l.control() ? 1 : 0);
    if ((l.flags & 0x4000U) != 0) w.num(kLength, l.length_field);
    w.num(kTunnel, l.tunnel);
    w.num(kSession, l.session);
    if (l.has_sequence) {
        w.num(kNs, l.ns);
        w.num(kNr, l.nr);
    }
    if (l.has_message_type) w.num(kMessageType, l.message_type);
}

const Protocol L2tpLayer::protocol = make_protocol<L2tpLayer>("l2tp", "l2tp", "Layer 2 Tunneling Protocol", l2tp_text);

}  // namespace tapsniff
