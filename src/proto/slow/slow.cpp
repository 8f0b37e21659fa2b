// Slow Protocols: decoder (the header checks of tcpdump's slow_print, print-slow.c, and the LACP,
// Marker and OAM headers for JSON), its default-verbosity text and fields (tshark's slow.*,
// lacp.*, marker.* and oampdu.* names).
#include "proto/slow/slow.hpp"

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kLacpVersion = 1;
constexpr std::uint8_t kMarkerVersion = 1;
constexpr std::uint8_t kActorTlv = 1;
constexpr std::uint8_t kPartnerTlv = 2;
constexpr std::uint8_t kCollectorTlv = 3;
constexpr std::uint8_t kPeerTlvLength = 20;
constexpr std::uint8_t kCollectorTlvLength = 16;
constexpr std::uint8_t kMarkerTlvLength = 16;

// An actor/partner TLV at the cursor, if it is that TLV with its standard length.
bool read_peer(Cursor& c, std::uint8_t type, LacpPeer& peer) {
    if (c.peek(0) != type || c.peek(1) != kPeerTlvLength) return false;
    auto tlv = c.sub(kPeerTlvLength);
    if (!tlv) return false;
    tlv->skip(2);
    peer.sys_priority = *tlv->be16();
    peer.sys = *tlv->array<6>();
    peer.key = *tlv->be16();
    peer.port_priority = *tlv->be16();
    peer.port = *tlv->be16();
    peer.state = *tlv->u8();
    return true;
}

void read_lacp(Cursor c, SlowLayer& s) {
    s.has_actor = read_peer(c, kActorTlv, s.actor);
    if (!s.has_actor) return;
    s.has_partner = read_peer(c, kPartnerTlv, s.partner);
    if (!s.has_partner || c.peek(0) != kCollectorTlv || c.peek(1) != kCollectorTlvLength) return;
    auto tlv = c.sub(kCollectorTlvLength);
    if (!tlv) return;
    tlv->skip(2);
    s.has_collector = true;
    s.max_delay = *tlv->be16();
}

void read_marker(Cursor c, SlowLayer& s) {
    if (c.peek(1) != kMarkerTlvLength) return;
    auto tlv = c.sub(kMarkerTlvLength);
    if (!tlv) return;
    s.has_marker_info = true;
    s.marker_tlv_type = *tlv->u8();
    tlv->skip(1);
    s.requester_port = *tlv->be16();
    s.requester_system = *tlv->array<6>();
    s.requester_transaction_id = *tlv->be32();
}

template <class L>
SlowLayer* add(Decoder& d) {
    return d.frame.add<L>(Presence::partial);
}

}  // namespace

void decode_slow(Decoder& d, Bytes data, std::uint32_t wire_len) {
    Cursor c(data);
    auto subtype = c.peek();
    SlowLayer* s = nullptr;
    switch (subtype.value_or(0)) {
        case slow::kLacp: s = add<LacpLayer>(d); break;
        case slow::kMarker: s = add<MarkerLayer>(d); break;
        case slow::kOam: s = add<OamLayer>(d); break;
        default: s = add<SlowOtherLayer>(d); break;
    }
    if (s == nullptr) return;
    s->length = wire_len;
    s->pdu = data;
    if (wire_len < 1) {
        s->reach = SlowReach::too_short;
        d.bad("slow protocol pdu too short");
        return;
    }
    if (!subtype) {
        d.cut("slow");
        return;
    }
    c.skip(1);
    s->subtype = *subtype;
    if (*subtype == slow::kLacp || *subtype == slow::kMarker) {
        if (wire_len < 2) {
            s->reach = SlowReach::too_short;
            d.frame.set_presence(Presence::malformed);
            d.bad("slow protocol pdu too short");
            return;
        }
        auto version = c.u8();
        if (!version) {
            d.frame.set_presence(Presence::truncated);
            d.cut("slow");
            return;
        }
        s->version = *version;
        const std::uint8_t expected = *subtype == slow::kLacp ? kLacpVersion : kMarkerVersion;
        if (*version != expected) {
            s->reach = SlowReach::bad_version;
            d.frame.set_presence(Presence::malformed);
            d.bad("slow protocol version not supported");
            return;
        }
        if (*subtype == slow::kLacp) read_lacp(c, *s);
        else read_marker(c, *s);
    } else if (*subtype == slow::kOam) {
        auto flags = c.be16();
        auto code = c.u8();
        if (code) {
            s->has_oam = true;
            s->oam_flags = *flags;
            s->oam_code = *code;
        }
    }
    s->reach = SlowReach::header;
    d.frame.set_presence(Presence::complete);
}

namespace {

template <class L>
void slow_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const SlowLayer& s = *t.frame.get<L>(index);
    switch (s.reach) {
        case SlowReach::too_short:
            text::append(out, " (packet is too short)");
            return;
        case SlowReach::cut:
            text::append_trunc(out, "slow");
            return;
        case SlowReach::bad_version:
            TS_PUT(out, "{} version {} packet not supported", s.subtype == slow::kLacp ? "LACP" : "MARKER", s.version);
            return;
        case SlowReach::header:
            break;
    }
    switch (s.subtype) {
        case slow::kLacp: TS_PUT(out, "LACPv{}, length {}", s.version, s.length); return;
        case slow::kMarker: TS_PUT(out, "MARKERv{}, length {}", s.version, s.length); return;
        case slow::kOam: TS_PUT(out, "OAM, length {}", s.length); return;
        default: break;
    }
    TS_PUT(out, "unknown ({}), length {}", s.subtype, s.length);
    // print_unknown_data: the PDU from its subtype on, as far as it was captured.
    text::append_hex_print(out, "\n\t", s.pdu.first(std::min<std::size_t>(s.pdu.size(), s.length)));
}

constexpr Field kSubtype{"subtype", "Slow Protocols subtype", 2};
constexpr Field kVersion{"version", "Version", 2};
constexpr Field kActor{"actor", "Actor Information"};
constexpr Field kPartner{"partner", "Partner Information"};
constexpr Field kSysPriority{"sys_priority", "System Priority"};
constexpr Field kSysId{"sysid", "System"};
constexpr Field kKey{"key", "Key"};
constexpr Field kPortPriority{"port_priority", "Port Priority"};
constexpr Field kPort{"port", "Port"};
constexpr Field kState{"state", "State", 2};
constexpr Field kMaxDelay{"collector_max_delay", "Collector Max Delay"};
constexpr Field kMarkerType{"tlv_type", "TLV type", 2};
constexpr Field kRequesterPort{"requester_port", "Requester Port"};
constexpr Field kRequesterSystem{"requester_system", "Requester System"};
constexpr Field kRequesterTransaction{"requester_transaction_id", "Requester Transaction ID"};
constexpr Field kOamFlags{"flags", "Flags", 4};
constexpr Field kOamCode{"code", "OAMPDU code", 2};

template <class W>
void describe_peer(W& w, const Field& f, const LacpPeer& p) {
    w.begin_object(f);
    w.num(kSysPriority, p.sys_priority);
    w.mac(kSysId, p.sys);
    w.num(kKey, p.key);
    w.num(kPortPriority, p.port_priority);
    w.num(kPort, p.port);
    w.num(kState, p.state);
    w.end_object(f);
}

}  // namespace

template <class W>
void describe(const SlowLayer& s, W& w) {
    w.num(kSubtype, s.subtype);
    if (s.subtype == slow::kLacp || s.subtype == slow::kMarker) w.num(kVersion, s.version);
    if (s.has_actor) describe_peer(w, kActor, s.actor);
    if (s.has_partner) describe_peer(w, kPartner, s.partner);
    if (s.has_collector) w.num(kMaxDelay, s.max_delay);
    if (s.has_marker_info) {
        w.num(kMarkerType, s.marker_tlv_type);
        w.num(kRequesterPort, s.requester_port);
        w.mac(kRequesterSystem, s.requester_system);
        w.num(kRequesterTransaction, s.requester_transaction_id);
    }
    if (s.has_oam) {
        w.num(kOamFlags, s.oam_flags);
        w.num(kOamCode, s.oam_code);
    }
}

const Protocol LacpLayer::protocol =
    make_protocol<LacpLayer>("lacp", "lacp", "Link Aggregation Control Protocol", slow_text<LacpLayer>);
const Protocol MarkerLayer::protocol =
    make_protocol<MarkerLayer>("marker", "marker", "Link Aggregation Marker Protocol", slow_text<MarkerLayer>);
const Protocol OamLayer::protocol =
    make_protocol<OamLayer>("oam", "oampdu", "OAM Protocol Data Unit", slow_text<OamLayer>);
const Protocol SlowOtherLayer::protocol =
    make_protocol<SlowOtherLayer>("slow", "slow", "Slow Protocols", slow_text<SlowOtherLayer>);

}  // namespace tapsniff
