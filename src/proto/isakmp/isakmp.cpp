// ISAKMP: decoder, tcpdump text (print-isakmp.c's isakmp_print, ikev1_print, ikev2_print and
// isakmp_rfc3948_print at default verbosity) and fields.
#include "proto/isakmp/isakmp.hpp"

#include "proto/ip/ip.hpp"
#include "proto/state.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 28;
constexpr std::uint8_t kIpProtoEsp = 50;  // ESP after the non-ESP marker: its home decodes it
constexpr std::uint8_t kFlagE = 0x01;
constexpr std::uint8_t kFlagC = 0x02;
constexpr std::uint8_t kFlagI = 0x08;
constexpr std::uint8_t kFlagV = 0x10;
constexpr std::uint8_t kFlagR = 0x20;

// The IP header the UDP datagram came in (the layer before the UDP layer just added).
EnclosingIp ip_of_datagram(const DecodedFrame& frame) {
    const std::size_t n = frame.size();
    if (n == 0 || frame.get<UdpLayer>(n - 1) == nullptr) return {};
    return enclosing_ip(frame, n - 1);
}

void source_and_dest(const EnclosingIp& ip, unsigned& version, IsakmpCookies::Address& src,
                     IsakmpCookies::Address& dst) {
    if (ip.v4 != nullptr) {
        version = 4;
        std::copy(ip.v4->src.begin(), ip.v4->src.end(), src.begin());
        std::copy(ip.v4->dst.begin(), ip.v4->dst.end(), dst.begin());
    } else if (ip.v6 != nullptr) {
        version = 6;
        std::copy(ip.v6->src.begin(), ip.v6->src.end(), src.begin());
        std::copy(ip.v6->dst.begin(), ip.v6->dst.end(), dst.begin());
    }
}

// ikev1_print's " I", " R" or " ?", updating the cache as tcpdump does.
char ikev1_role(Decoder& d, const EnclosingIp& ip, const IsakmpLayer& k) {
    IsakmpCookies scratch;  // without a run's state, every frame meets an empty cache
    IsakmpCookies& cookies = d.options.state != nullptr ? d.options.state->isakmp : scratch;
    unsigned version = 0;
    IsakmpCookies::Address src{};
    IsakmpCookies::Address dst{};
    source_and_dest(ip, version, src, dst);
    const int i = cookies.find(k.initiator_cookie);
    if (i < 0) {
        bool zero = true;
        for (std::uint8_t b : k.responder_cookie) zero = zero && b == 0;
        if (!zero) return '?';
        if (version != 0) cookies.record(k.initiator_cookie, version, src, dst);
        return 'I';
    }
    if (version == 0) return '?';
    if (cookies.from(i, true, version, src)) return 'I';
    if (cookies.from(i, false, version, src)) return 'R';
    return '?';
}

// isakmp_print: the header, or nothing when it was not all captured.
void decode_header(Decoder& d, Bytes snap, const EnclosingIp& ip) {
    auto* k = d.frame.add<IsakmpLayer>(Presence::partial);
    if (k == nullptr) return;
    Cursor cursor(snap);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        d.cut("isakmp");
        return;
    }
    k->initiator_cookie = *header->array<8>();
    k->responder_cookie = *header->array<8>();
    k->next_payload = *header->u8();
    k->version = *header->u8();
    k->exchange_type = *header->u8();
    k->flags = *header->u8();
    k->message_id = *header->be32();
    k->length_field = *header->be32();
    if (k->major() == 1) k->role = ikev1_role(d, ip, *k);
    d.frame.set_presence(Presence::complete);
}

}  // namespace

void decode_isakmp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;  // only -v compares it with the header's length
    decode_header(d, udp_snap(d.frame, data), ip_of_datagram(d.frame));
}

void decode_isakmp_natt(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    const EnclosingIp ip = ip_of_datagram(d.frame);
    auto* n = d.frame.add<IsakmpNattLayer>(Presence::partial);
    if (n == nullptr) return;
    Cursor cursor(snap);
    if (wire_len == 1) {
        auto b = cursor.peek();
        if (!b) {
            d.cut("isakmp_rfc3948");
            return;
        }
        if (*b == 0xff) {
            n->kind = IsakmpEncap::keepalive;
            d.frame.set_presence(Presence::complete);
            return;
        }
    }
    auto marker = wire_len >= 4 ? cursor.be32() : std::nullopt;
    if (!marker) {
        d.cut("isakmp_rfc3948");
        return;
    }
    d.frame.set_presence(Presence::complete);
    if (*marker == 0) {
        n->kind = IsakmpEncap::ike;
        decode_header(d, cursor.rest(), ip);
        return;
    }
    n->kind = IsakmpEncap::esp;
    decode_ip_protocol(d, kIpProtoEsp, data, wire_len);
}

namespace {

constexpr std::array<const char*, 38> kExchangeTypes = [] {
    std::array<const char*, 38> t{};
    t[0] = "none";
    t[1] = "base";
    t[2] = "ident";
    t[3] = "auth";
    t[4] = "agg";
    t[5] = "inf";
    t[32] = "oakley-quick";
    t[33] = "oakley-newgroup";
    t[34] = "ikev2_init";
    t[35] = "ikev2_auth";
    t[36] = "child_sa";
    t[37] = "inf2";
    return t;
}();

// STR_OR_ID: the name, or "#N".
void append_exchange(OutBuffer& out, std::uint8_t type) {
    if (type < kExchangeTypes.size() && kExchangeTypes[type] != nullptr) text::append(out, kExchangeTypes[type]);
    else TS_PUT(out, "#{}", type);
}

void isakmp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "isakmp");
        return;
    }
    const IsakmpLayer& k = *t.frame.get<IsakmpLayer>(index);
    text::append(out, "isakmp:");
    if (k.major() == 1) {
        text::append(out, k.message_id == 0 ? " phase 1" : " phase 2/others");
        TS_PUT(out, " {} ", k.role);
        append_exchange(out, k.exchange_type);
        if (k.flags != 0) {
            TS_PUT(out, "[{}{}]", (k.flags & kFlagE) != 0 ? "E" : "", (k.flags & kFlagC) != 0 ? "C" : "");
        }
    } else if (k.major() == 2) {
        text::append(out, k.message_id == 0 ? " parent_sa" : " child_sa ");
        out.push_back(' ');
        append_exchange(out, k.exchange_type);
        if (k.flags != 0) {
            TS_PUT(out, "[{}{}{}]", (k.flags & kFlagI) != 0 ? "I" : "", (k.flags & kFlagV) != 0 ? "V" : "",
                   (k.flags & kFlagR) != 0 ? "R" : "");
        }
    }
}

void natt_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const IsakmpNattLayer& n = *t.frame.get<IsakmpNattLayer>(index);
    switch (n.kind) {
        case IsakmpEncap::keepalive: text::append(out, "isakmp-nat-keep-alive"); return;
        case IsakmpEncap::cut: text::append_trunc(out, "isakmp_rfc3948"); return;
        case IsakmpEncap::ike: text::append(out, "NONESP-encap: "); break;
        case IsakmpEncap::esp: text::append(out, "UDP-encap: "); break;
    }
    text_next(t, index);
}

constexpr Field kIspi{"ispi", "Initiator SPI", 16};
constexpr Field kRspi{"rspi", "Responder SPI", 16};
constexpr Field kNextPayload{"nextpayload", "Next payload"};
constexpr Field kVersion{"version", "Version", 2};
constexpr Field kExchangeType{"exchtype", "Exchange type"};
constexpr Field kFlags{"flags", "Flags", 2};
constexpr Field kMessageId{"messageid", "Message ID", 8};
constexpr Field kLength{"length", "Length"};

std::uint64_t cookie_value(const std::array<std::uint8_t, 8>& c) {
    std::uint64_t v = 0;
    for (std::uint8_t b : c) v = (v << 8U) | b;
    return v;
}

}  // namespace

template <class W>
void describe(const IsakmpLayer& k, W& w) {
    w.num(kIspi, cookie_value(k.initiator_cookie));
    w.num(kRspi, cookie_value(k.responder_cookie));
    w.num(kNextPayload, k.next_payload);
    w.num(kVersion, k.version);
    w.num(kExchangeType, k.exchange_type);
    w.num(kFlags, k.flags);
    w.num(kMessageId, k.message_id);
    w.num(kLength, k.length_field);
}

template <class W>
void describe(const IsakmpNattLayer& n, W& w) {
    (void)n;
    (void)w;
}

const Protocol IsakmpLayer::protocol =
    make_protocol<IsakmpLayer>("isakmp", "isakmp", "Internet Security Association and Key Management Protocol",
                               isakmp_text);
const Protocol IsakmpNattLayer::protocol =
    make_protocol<IsakmpNattLayer>("isakmp_natt", "", "UDP Encapsulation of IPsec Packets", natt_text);

}  // namespace tapsniff
