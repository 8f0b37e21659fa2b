// DECnet: decoder following tcpdump's decnet_print, print_decnet_ctlmsg and print_nsp
// (print-decnet.c) read for read, recording what each step found. The text and the fields for
// JSON and the tree are in decnet_text.cpp.
#include "proto/decnet/decnet.hpp"

#include <optional>

#include "proto/decnet/decnet_walk.hpp"

namespace tapsniff {
namespace {

using decnet::Walk;

// Items a message can produce: a handful, plus one per 6-byte routing-message entry.
constexpr std::size_t kFixedItems = 24;
constexpr std::size_t kRouteEntryLen = 6;

constexpr std::uint32_t kShortHdr = 6;
constexpr std::uint32_t kLongHdr = 21;
constexpr std::uint32_t kNspHdr = 5;

// `var` names the variable it declares, so it cannot be parenthesized.
#define DN_GET(var, expr)                                        \
    auto var = (expr); /* NOLINT(bugprone-macro-parentheses) */ \
    if (!(var)) return w.cut()

// The ack fields of data, interrupt and link-service messages; false when the message ends first.
bool seq_acks(Walk& w, std::size_t n, std::uint32_t nsplen, bool check, DnKind ack2, DnKind nak2,
              std::uint32_t& last) {
    std::uint32_t data_off = 7;
    if (check && nsplen < data_off) return w.invalid();
    DN_GET(ack, w.le16(n + 5));
    last = *ack;
    if ((*ack & 0x8000U) == 0) return true;
    w.add((*ack & 0x9000U) == 0x9000U ? DnKind::nak : DnKind::ack, *ack & 0x0fffU);
    data_off += 2;
    if (check && nsplen < data_off) return w.invalid();
    DN_GET(other, w.le16(n + 7));
    last = *other;
    if ((*other & 0xa000U) == 0) return true;
    w.add((*other & 0xb000U) == 0xb000U ? nak2 : ack2, *other & 0x0fffU);
    data_off += 2;
    if (check && nsplen < data_off) return w.invalid();
    DN_GET(third, w.le16(n + 9));
    last = *third;
    return true;
}

bool ack_message(Walk& w, std::size_t n, std::uint32_t nsplen, DnKind ack2, DnKind nak2) {
    if (nsplen < 9) return w.invalid();
    if (!w.has(n, 9)) return w.cut();
    DN_GET(ack, w.le16(n + 5));
    if ((*ack & 0x8000U) == 0) return true;
    w.add((*ack & 0x9000U) == 0x9000U ? DnKind::nak : DnKind::ack, *ack & 0x0fffU);
    DN_GET(other, w.le16(n + 7));
    if ((*other & 0xa000U) != 0) w.add((*other & 0xb000U) == 0xb000U ? nak2 : ack2, *other & 0x0fffU);
    return true;
}

bool connect_message(Walk& w, std::size_t n, std::uint32_t nsplen, bool confirm) {
    if (nsplen < (confirm ? 10U : 9U)) return w.invalid();
    DN_GET(services, w.u8(n + 5));
    DN_GET(info, w.u8(n + 6));
    DN_GET(segsize, w.le16(n + 7));
    std::optional<std::uint32_t> optlen;
    if (confirm) {
        optlen = w.u8(n + 9);
        if (!optlen) return w.cut();
    }
    if ((*services & 0x0cU) == 0x04U) w.add(DnKind::flow_seg);
    if ((*services & 0x0cU) == 0x08U) w.add(DnKind::flow_msg);
    w.add(DnKind::version, *info & 3U);
    w.add(DnKind::segsize, *segsize);
    if (optlen && *optlen != 0) w.add(DnKind::optlen, *optlen);
    return true;
}

bool nsp(Walk& w, DecnetLayer& l, std::size_t n, std::uint32_t nsplen) {
    if (nsplen < kNspHdr) {
        w.add(DnKind::nsp_short, nsplen, kNspHdr);
        return w.invalid();
    }
    DN_GET(flags, w.u8(n));
    DN_GET(dst, w.le16(n + 1));
    DN_GET(src, w.le16(n + 3));
    l.has_nsp = true;
    l.nsp_flags = static_cast<std::uint8_t>(*flags);
    l.dst_link = static_cast<std::uint16_t>(*dst);
    l.src_link = static_cast<std::uint16_t>(*src);
    const std::uint32_t sub = *flags & 0x70U;
    std::uint32_t last = 0;
    switch (*flags & 0x0cU) {
        case 0x00:  // data
            if (sub == 0x20 || sub == 0x00 || sub == 0x40 || sub == 0x60) {
                w.add(DnKind::data, *src, *dst);
                if (!seq_acks(w, n, nsplen, true, DnKind::oack, DnKind::onak, last)) return false;
                return w.add(DnKind::seg, last & 0x0fffU);
            }
            if (sub == 0x30) {
                w.add(DnKind::intr);
                if (!seq_acks(w, n, nsplen, true, DnKind::ackdat, DnKind::nakdat, last)) return false;
                return w.add(DnKind::seg, last & 0x0fffU);
            }
            if (sub == 0x10) {
                w.add(DnKind::link_service, *src, *dst);
                if (nsplen < 13) return w.invalid();
                if (!seq_acks(w, n, nsplen, false, DnKind::ackdat, DnKind::nakdat, last)) return false;
                w.add(DnKind::seg, last & 0x0fffU);
                DN_GET(lsflags, w.u8(n + 11));
                DN_GET(fcval, w.u8(n + 12));
                switch (*lsflags & 0x0cU) {
                    case 0x00:
                        w.add(DnKind::ls_data_count, *fcval);
                        switch (*lsflags & 3U) {
                            case 0: break;
                            case 1: w.add(DnKind::ls_donotsend); break;
                            case 2: w.add(DnKind::ls_send); break;
                            default: w.add(DnKind::ls_reserved_mod, *lsflags); break;
                        }
                        break;
                    case 0x04: w.add(DnKind::ls_intr_count, *fcval); break;
                    default: w.add(DnKind::ls_reserved_val, *lsflags); break;
                }
                return true;
            }
            return w.add(DnKind::reserved_subtype, *flags, *src, *dst);
        case 0x04:  // acknowledgement
            if (sub == 0x00) {
                w.add(DnKind::data_ack, *src, *dst);
                return ack_message(w, n, nsplen, DnKind::oack, DnKind::onak);
            }
            if (sub == 0x10) {
                w.add(DnKind::ils_ack, *src, *dst);
                return ack_message(w, n, nsplen, DnKind::ackdat, DnKind::nakdat);
            }
            if (sub == 0x20) return w.add(DnKind::conn_ack, *dst);
            return w.add(DnKind::reserved_acktype, *flags, *src, *dst);
        case 0x08:  // control
            switch (sub) {
                case 0x10:
                case 0x60:
                    w.add(sub == 0x10 ? DnKind::conn_initiate : DnKind::retrans_conn_initiate, *src, *dst);
                    return connect_message(w, n, nsplen, false);
                case 0x20:
                    w.add(DnKind::conn_confirm, *src, *dst);
                    return connect_message(w, n, nsplen, true);
                case 0x30: {
                    w.add(DnKind::disconn_initiate, *src, *dst);
                    if (nsplen < 8) return w.invalid();
                    DN_GET(reason, w.le16(n + 5));
                    DN_GET(optlen, w.u8(n + 7));
                    w.add(DnKind::reason, *reason);
                    if (*optlen != 0) w.add(DnKind::optlen, *optlen);
                    return true;
                }
                case 0x40: {
                    w.add(DnKind::disconn_confirm, *src, *dst);
                    DN_GET(reason, w.le16(n + 5));
                    return w.add(DnKind::reason, *reason);
                }
                default:
                    return w.add(DnKind::reserved_ctltype, *flags, *src, *dst);
            }
        default:
            return w.add(DnKind::reserved_type, *flags, *src, *dst);
    }
}

// print_l1_routes / print_l2_routes: entries of 6 bytes, the last 2 bytes a checksum.
bool routes(Walk& w, std::size_t rp, std::uint32_t len, DnKind kind) {
    while (len > 6) {
        if (!w.has(rp, 6)) return w.cut();
        const std::uint32_t count = *w.le16(rp);
        if (count > 1024) return true;
        const std::uint32_t id = *w.le16(rp + 2);
        const std::uint32_t info = *w.le16(rp + 4);
        rp += 6;
        len -= 6;
        if (!w.add(kind, id, count, info & 0777U, (info >> 10U) & 037U)) return false;
    }
    return true;
}

// The fields router and endnode hellos share, at the same offsets; the caller has checked they are there.
void hello_common(const Walk& w, std::size_t rh, DnHello& h) {
    h.vers = *w.u8(rh + 1);
    h.eco = *w.u8(rh + 2);
    h.ueco = *w.u8(rh + 3);
    h.src = static_cast<std::uint16_t>(*w.le16(rh + 8));
    h.info = *w.u8(rh + 10);
    h.blksize = *w.le16(rh + 11);
}

// print_decnet_ctlmsg; `rh` is the routing flags' offset. False: " (invalid)" (or cut).
bool control(Walk& w, DecnetLayer& l, std::size_t rh, std::uint32_t mflags, std::uint32_t length,
             std::uint32_t caplen) {
    DnHello& h = l.hello;
    switch (mflags & 017U) {
        case 01: {
            w.add(DnKind::ctl_init);
            if (length < 11) return w.invalid();
            if (!w.has(rh, 11)) return w.cut();
            h.src = static_cast<std::uint16_t>(*w.le16(rh + 1));
            h.info = *w.u8(rh + 3);
            h.blksize = *w.le16(rh + 4);
            h.vers = *w.u8(rh + 6);
            h.eco = *w.u8(rh + 7);
            h.ueco = *w.u8(rh + 8);
            h.hello = *w.le16(rh + 9);
            return w.add(DnKind::init_body);
        }
        case 03:
        case 05: {
            w.add((mflags & 017U) == 03 ? DnKind::ctl_verification : DnKind::ctl_test);
            if (length < 4) return w.invalid();
            DN_GET(src, w.le16(rh + 1));
            DN_GET(other, w.u8(rh + 3));
            return w.add((mflags & 017U) == 03 ? DnKind::verification_body : DnKind::test_body, *src, *other);
        }
        case 07:
        case 011: {
            const bool l1 = (mflags & 017U) == 07;
            w.add(l1 ? DnKind::ctl_l1_routing : DnKind::ctl_l2_routing);
            if (length < 4) return w.invalid();
            if (!w.has(rh, 4)) return w.cut();
            w.add(DnKind::routing_src, *w.le16(rh + 1));
            return routes(w, rh + 4, length - 4, l1 ? DnKind::l1_route : DnKind::l2_route);
        }
        case 013: {
            w.add(DnKind::ctl_router_hello);
            if (length < 18) return w.invalid();
            if (!w.has(rh, 18)) return w.cut();
            hello_common(w, rh, h);
            h.priority = *w.u8(rh + 13);
            h.hello = *w.le16(rh + 15);
            return w.add(DnKind::router_hello_body);
        }
        case 015: {
            w.add(DnKind::ctl_endnode_hello);
            if (length < 32) return w.invalid();
            // Read field by field in tcpdump's order: the first one missing ends it.
            for (std::size_t off : {1, 2, 3}) {
                if (!w.u8(rh + off)) return w.cut();
            }
            if (!w.le16(rh + 8) || !w.u8(rh + 10) || !w.le16(rh + 11) || !w.le16(rh + 26) || !w.le16(rh + 28) ||
                !w.u8(rh + 31)) {
                return w.cut();
            }
            hello_common(w, rh, h);
            h.router = static_cast<std::uint16_t>(*w.le16(rh + 26));
            h.hello = *w.le16(rh + 28);
            h.data = *w.u8(rh + 31);
            return w.add(DnKind::endnode_hello_body);
        }
        default:
            w.add(DnKind::ctl_unknown);
            w.hex(rh, std::min(length, caplen));
            return true;
    }
}

void walk(Walk& w, DecnetLayer& l, std::uint32_t length) {
    if (length < kShortHdr) {
        w.add(DnKind::length_short, length, kShortHdr);
        w.invalid();
        return;
    }
    auto pktlen_read = w.le16(0);
    if (!pktlen_read) {
        w.cut();
        return;
    }
    const std::uint32_t pktlen = *pktlen_read;
    if (pktlen < kShortHdr) {
        w.add(DnKind::pktlen_short, pktlen, kShortHdr);
        w.invalid();
        return;
    }
    if (pktlen > length) {
        w.add(DnKind::pktlen_long, pktlen, length);
        w.invalid();
        return;
    }
    length = pktlen;
    auto caplen = static_cast<std::uint32_t>(w.captured());
    std::size_t ap = 0;
    auto mflags = w.u8(ap + 2);
    if (!mflags) {
        w.cut();
        return;
    }
    if ((*mflags & 0200U) != 0) {
        const std::uint32_t padlen = *mflags & 0177U;
        if (length < padlen + 2) {
            w.add(DnKind::length_short, length, padlen + 2);
            w.invalid();
            return;
        }
        if (!w.has(ap + 2, padlen)) {
            w.cut();
            return;
        }
        ap += padlen;
        length -= padlen;
        caplen -= padlen;
        mflags = w.u8(ap + 2);
        if (!mflags) {
            w.cut();
            return;
        }
    }
    l.has_flags = true;
    l.flags = static_cast<std::uint8_t>(*mflags);
    const std::size_t rh = ap + 2;
    if ((*mflags & 0100U) != 0) {
        w.add(DnKind::future_version);
        w.hex(ap, std::min(length, caplen));
        return;
    }
    if ((*mflags & 01U) != 0) {
        if (!control(w, l, rh, *mflags, length, caplen) && !l.cut) w.invalid();
        return;
    }
    std::uint32_t src = 0;
    std::uint32_t dst = 0;
    std::size_t nspp = 0;
    std::uint32_t nsplen = 0;
    switch (*mflags & 7U) {
        case 6:
            if (length < kLongHdr) {
                w.add(DnKind::length_short, length, kLongHdr);
                w.invalid();
                return;
            }
            if (!w.has(rh, kLongHdr)) {
                w.cut();
                return;
            }
            dst = *w.le16(rh + 7);
            src = *w.le16(rh + 15);
            nspp = rh + kLongHdr;
            nsplen = length - kLongHdr;
            break;
        case 2: {
            auto d = w.le16(rh + 1);
            auto s = w.le16(rh + 3);
            auto visits = w.u8(rh + 5);
            if (!d || !s || !visits) {
                w.cut();
                return;
            }
            dst = *d;
            src = *s;
            nspp = rh + kShortHdr;
            nsplen = length - kShortHdr;
            break;
        }
        default:
            w.add(DnKind::unknown_flags);
            w.hex(ap, std::min(length, caplen));
            return;
    }
    l.has_route = true;
    l.src = static_cast<std::uint16_t>(src);
    l.dst = static_cast<std::uint16_t>(dst);
    l.pktlen = pktlen;
    w.add(DnKind::route, src, dst, pktlen);
    if (!nsp(w, l, nspp, nsplen) && !l.cut) w.invalid();
}

#undef DN_GET

}  // namespace

void decode_decnet(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* l = d.frame.add<DecnetLayer>(Presence::partial);
    if (l == nullptr) return;
    // Room for every item the captured bytes can produce (bounded by the frame's size).
    const std::size_t capacity = kFixedItems + data.size() / kRouteEntryLen;
    auto* items = d.frame.allocate_array<DnItem>(capacity);
    if (items == nullptr) return;
    Walk w(data, items, capacity, *l);
    walk(w, *l, wire_len);
    l->items = {items, w.count()};
    if (l->has_flags) {
        d.frame.set_presence(l->invalid ? Presence::malformed : l->cut ? Presence::truncated : Presence::complete);
    }
    if (l->invalid) d.bad("decnet length out of range");
    if (l->cut) d.cut("decnet");
}

}  // namespace tapsniff
