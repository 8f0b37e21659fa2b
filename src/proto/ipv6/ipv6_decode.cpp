// IPv6 decoder: the fixed header, then one function per extension header, in tcpdump's order.
#include "proto/ipv6/ipv6.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 40;

// The walk's state, as tcpdump's ip6_print keeps it.
struct Chain {
    Decoder& d;
    Ipv6Layer& ip;
    Bytes data;         // the packet as captured
    Bytes snap;         // cut at what the payload length says
    std::uint32_t wire_len = 0;
    std::uint32_t len = 0;       // bytes left per the header(s)
    std::uint32_t total = 0;     // bytes of headers walked
    std::size_t pos = 0;         // where the current header starts
    std::size_t advance = kHeaderLen;
    std::uint8_t nh = 0;
    bool found_ext = false, found_hbh = false, found_jumbo = false;
    std::uint32_t jumbo_len = 0;
    Ipv6Extension* last = nullptr;

    void stop(Ipv6Stop why) const { ip.stop = why; }
    void cut(Ipv6Stop why, const char* mark) const {
        ip.stop = why;
        d.frame.set_presence(Presence::truncated);
        d.cut(mark);
    }
    void bad(Ipv6Stop why, const char* reason) const {
        ip.stop = why;
        d.frame.set_presence(Presence::malformed);
        d.bad(reason);
    }
    // A new entry at the end of the chain, or nullptr when the frame has no room left.
    Ipv6Extension* add(Ip6ExtKind kind, Cursor here) {
        auto* ext = d.frame.allocate_array<Ipv6Extension>(1);
        if (ext == nullptr) return nullptr;
        ext->kind = kind;
        ext->offset = static_cast<std::uint32_t>(pos);
        ext->next = here.peek().value_or(0);
        if (last != nullptr) last->next_ext = ext;
        else ip.first_ext = ext;
        last = ext;
        ++ip.ext_count;
        return ext;
    }
};

// tcpdump's ip6_opt_process without -v: only problems are reported. Returns false on one.
bool check_hbh_options(Cursor options, Chain& c, Ipv6Extension& ext) {
    constexpr std::uint8_t kPad1 = 0, kPadN = 1, kJumbo = 0xc2, kRouterAlert = 0x05, kHomeAddress = 0xc9;
    auto fail = [&](Ip6OptProblem p, std::uint8_t v) {
        ext.problem = p;
        ext.problem_value = v;
        return false;
    };
    while (!options.empty()) {
        const std::size_t left = options.remaining();
        const std::uint8_t type = *options.peek();
        if (type == kPad1) {
            options.skip(1);
            continue;
        }
        auto olen = options.peek(1);
        if (!olen) return false;
        auto option = options.sub(*olen + 2U);
        if (!option) return false;
        switch (type) {
            case kPadN:
                break;
            case kRouterAlert:
                if (left < 4) return fail(Ip6OptProblem::rtalert_trunc, 0);
                if (*olen != 2) return fail(Ip6OptProblem::rtalert_len, *olen);
                break;
            case kJumbo: {
                if (left < 6) return fail(Ip6OptProblem::jumbo_trunc, 0);
                if (*olen != 4) return fail(Ip6OptProblem::jumbo_len, *olen);
                option->skip(2);
                const std::uint32_t v = *option->be32();
                if (!c.found_jumbo && c.ip.payload_len == 0 && v >= 65536) {
                    c.jumbo_len = v;
                    c.found_jumbo = true;
                }
                break;
            }
            case kHomeAddress:
                if (left < 18) return fail(Ip6OptProblem::homeaddr_trunc, 0);
                if (*olen < 16) return fail(Ip6OptProblem::homeaddr_len, *olen);
                break;
            default:
                break;
        }
    }
    return true;
}

// Hop-by-hop and destination options (tcpdump's hbhopt_process / dstopt_process). False: stop.
bool options_header(Chain& c, Cursor here, bool hbh) {
    if (hbh && c.found_hbh) {
        c.bad(Ipv6Stop::hbh_repeated, "ipv6 hop-by-hop header repeated");
        return false;
    }
    if (hbh && c.ip.ext_count > 0) {
        c.bad(Ipv6Stop::hbh_not_first, "ipv6 hop-by-hop header not first");
        return false;
    }
    Ipv6Extension* ext = c.add(hbh ? Ip6ExtKind::hop_by_hop : Ip6ExtKind::destination, here);
    if (ext == nullptr) {
        c.bad(Ipv6Stop::chain_too_long, "ipv6 extension chain too long");
        return false;
    }
    const char* mark = hbh ? "hbhopt" : "dstopt";
    auto length_field = here.peek(1);
    if (!length_field) {  // not even the length field
        c.cut(Ipv6Stop::ext_cut, mark);
        return false;
    }
    ext->length = static_cast<std::uint16_t>((*length_field + 1U) * 8U);
    ext->captured = static_cast<std::uint16_t>(std::min<std::size_t>(here.remaining(), ext->length));
    auto whole = here.sub(ext->length);
    bool options_ok = true;
    if (whole && hbh) {
        whole->skip(2);
        options_ok = check_hbh_options(*whole, c, *ext);
        ext->options_bad = !options_ok;
    }
    if (hbh && c.ip.payload_len == 0 && !c.found_jumbo) {
        c.bad(Ipv6Stop::no_jumbo, "ipv6 payload length 0 without jumbo option");
        return false;
    }
    if (!whole) {
        c.cut(Ipv6Stop::ext_cut, mark);
        return false;
    }
    if (!options_ok) {
        c.bad(Ipv6Stop::ext_cut, "ipv6 bad hop-by-hop option");
        return false;
    }
    c.found_ext = true;
    if (hbh) c.found_hbh = true;
    c.advance = ext->length;
    c.nh = ext->next;
    return true;
}

// The fragment header (tcpdump's frag6_print). False: stop.
bool fragment_header(Chain& c, Cursor here) {
    Ipv6Extension* ext = c.add(Ip6ExtKind::fragment, here);
    if (ext == nullptr) {
        c.bad(Ipv6Stop::chain_too_long, "ipv6 extension chain too long");
        return false;
    }
    c.ip.has_fragment_header = true;
    c.ip.fragment = ext;
    c.ip.fragment_payload = here.ahead(8).rest();
    ext->length = 8;
    ext->captured = static_cast<std::uint16_t>(std::min<std::size_t>(here.remaining(), 8));
    Cursor fields = here.ahead(2);
    auto offlg = fields.be16();
    if (!offlg) {
        c.cut(Ipv6Stop::ext_cut, "frag6");
        return false;
    }
    ext->frag_offset = static_cast<std::uint16_t>(*offlg >> 3U);
    ext->frag_more = (*offlg & 1U) != 0;
    ext->frag_id = fields.be32().value_or(0);
    if (ext->frag_offset != 0) {
        c.stop(Ipv6Stop::frag_later);
        c.ip.upper_proto = ext->next;
        return false;
    }
    if (here.remaining() <= 8) {
        c.stop(Ipv6Stop::frag_at_end);
        return false;
    }
    c.found_ext = true;
    c.advance = 8;
    c.nh = ext->next;
    return true;
}

// The routing header (tcpdump's rt6_print). False: stop.
bool routing_header(Chain& c, Cursor here) {
    if (here.empty()) {  // tcpdump checks the first byte before naming the header
        c.cut(Ipv6Stop::length_short, "ip6");
        return false;
    }
    Ipv6Extension* ext = c.add(Ip6ExtKind::routing, here);
    if (ext == nullptr) {
        c.bad(Ipv6Stop::chain_too_long, "ipv6 extension chain too long");
        return false;
    }
    Cursor fields = here;
    fields.skip(1);
    ext->rt_len = fields.u8().value_or(0);
    ext->rt_type = fields.u8().value_or(0);
    ext->rt_segleft = fields.u8().value_or(0);
    ext->length = static_cast<std::uint16_t>((ext->rt_len + 1U) * 8U);
    ext->captured = static_cast<std::uint16_t>(std::min<std::size_t>(here.remaining(), ext->length));
    const bool known = ext->rt_type == 0 || ext->rt_type == 2 || ext->rt_type == 4;
    if (ext->rt_type == 4) {
        ext->rt_last_entry = fields.u8().value_or(0);
        ext->rt_flags = fields.u8().value_or(0);
        ext->rt_tag = fields.be16().value_or(0);
    } else {
        ext->rt_reserved = fields.be32().value_or(0);
    }
    if (here.remaining() < (known ? 8U : 4U)) {
        c.cut(Ipv6Stop::ext_cut, "rt6");
        return false;
    }
    if (!known) {
        c.bad(Ipv6Stop::rt_unknown_type, "ipv6 routing type unknown");
        return false;
    }
    if (ext->rt_len % 2 == 1) {
        c.bad(Ipv6Stop::rt_bad_length, "ipv6 routing header odd length");
        return false;
    }
    Cursor addresses = here.ahead(8);
    const std::size_t count = ext->rt_len / 2U;
    const std::size_t captured = std::min(count, addresses.remaining() / 16);
    Ipv6Address* list = captured > 0 ? c.d.frame.allocate_array<Ipv6Address>(captured) : nullptr;
    if (captured > 0 && list == nullptr) {
        c.bad(Ipv6Stop::chain_too_long, "ipv6 extension chain too long");
        return false;
    }
    for (std::size_t i = 0; i < captured; ++i) list[i] = *addresses.array<16>();
    ext->rt_addresses = {list, captured};
    if (captured < count) {
        ext->rt_addresses_cut = true;
        c.cut(Ipv6Stop::ext_cut, "rt6");
        return false;
    }
    if (captured > 0 && ext->rt_type != 4) c.ip.final_dst = list[captured - 1];
    c.found_ext = true;
    c.advance = ext->length;
    c.nh = ext->next;
    return true;
}

// Not an extension header: what is left goes to the upper layer (tcpdump's ip_demux_print).
void upper_layer(Chain& c) {
    Ipv6Layer& ip = c.ip;
    std::uint32_t len = c.len;
    Bytes snap = c.snap;
    if (c.found_jumbo) {
        len = c.jumbo_len + static_cast<std::uint32_t>(kHeaderLen);
        if (len < c.total) {
            c.cut(Ipv6Stop::length_short, "ip6");
            return;
        }
        if (c.wire_len < len) ip.jumbo_missing = len - c.wire_len;
        snap = c.data.first(std::min<std::size_t>(c.data.size(), len));
        len -= c.total;
    } else if (ip.payload_len == 0) {
        if (c.found_ext) {
            c.cut(Ipv6Stop::length_short, "ip6");
            return;
        }
        len = 0;
        snap = c.data.first(std::min<std::size_t>(c.data.size(), kHeaderLen));
    }
    ip.stop = Ipv6Stop::upper;
    ip.upper_proto = c.nh;
    ip.upper_len = len;
    decode_ip_protocol(c.d, c.nh, snap.subspan(std::min(c.pos, snap.size())), len);
}

}  // namespace

void decode_ipv6(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* ip = d.frame.add<Ipv6Layer>(Presence::partial);
    if (ip == nullptr) return;
    ip->wire_len = wire_len;
    Cursor cursor(data);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        ip->stop = Ipv6Stop::header_cut;
        d.cut("ip6");
        return;
    }
    const std::uint32_t word = *header->be32();
    ip->version = static_cast<std::uint8_t>(word >> 28U);
    ip->traffic_class = static_cast<std::uint8_t>((word >> 20U) & 0xffU);
    ip->flow_label = word & 0xfffffU;
    ip->payload_len = *header->be16();
    ip->next = *header->u8();
    ip->hop_limit = *header->u8();
    ip->src = *header->array<16>();
    ip->dst = *header->array<16>();
    ip->final_dst = ip->dst;
    ip->stop = Ipv6Stop::chain_end;
    d.frame.set_presence(Presence::complete);

    if (wire_len < kHeaderLen) {
        ip->stop = Ipv6Stop::short_length;
        d.frame.set_presence(Presence::malformed);
        d.bad("ipv6 shorter than its header");
        return;
    }
    if (ip->version != 6) {
        ip->stop = Ipv6Stop::bad_version;
        d.frame.set_presence(Presence::partial);
        d.bad("ipv6 version not 6");
        return;
    }
    // tcpdump's `len`: what the header says, or (payload length 0) everything on the wire.
    Chain c{d, *ip, data, {}, wire_len};
    if (ip->payload_len != 0) {
        c.len = ip->payload_len + static_cast<std::uint32_t>(kHeaderLen);
        if (wire_len < c.len) {
            ip->missing = c.len - wire_len;
            d.frame.set_presence(Presence::malformed);
            d.bad("ipv6 payload length beyond frame");
        }
    } else {
        c.len = wire_len + static_cast<std::uint32_t>(kHeaderLen);
    }
    c.snap = data.first(std::min<std::size_t>(data.size(), c.len));
    c.nh = ip->next;

    // Each header is at least 8 bytes, so the captured bytes bound the walk.
    while (c.pos < c.snap.size() && c.advance > 0) {
        if (c.len < c.advance) {
            c.cut(Ipv6Stop::length_short, "ip6");
            return;
        }
        c.pos += c.advance;
        c.len -= static_cast<std::uint32_t>(c.advance);
        c.total += static_cast<std::uint32_t>(c.advance);
        Cursor here(c.snap.subspan(std::min(c.pos, c.snap.size())));
        bool more = false;
        switch (c.nh) {
            case ipproto::hopopts: more = options_header(c, here, true); break;
            case ipproto::dstopts: more = options_header(c, here, false); break;
            case ipproto::fragment: more = fragment_header(c, here); break;
            case ipproto::routing: more = routing_header(c, here); break;
            default: upper_layer(c); break;
        }
        if (!more) return;
    }
}

}  // namespace tapsniff
