// IPv6 (RFC 8200) and its extension-header chain, walked as tcpdump's ip6_print walks it.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 40;
constexpr std::uint8_t kMobilityOld = 62;
constexpr std::uint8_t kMobility = 135;

Ipv6Address read_v6(Cursor& cursor) {
    Ipv6Address a{};
    for (auto& b : a) b = cursor.u8().value_or(0);
    return a;
}

// tcpdump's ip6_opt_process without -v: only problems are reported. Returns false on one.
bool check_hbh_options(Bytes options, std::uint16_t payload_len, bool& found_jumbo, std::uint32_t& jumbo_len,
                       Ipv6Extension& ext) {
    constexpr std::uint8_t kPad1 = 0, kPadN = 1, kJumbo = 0xc2, kRouterAlert = 0x05, kHomeAddress = 0xc9;
    const std::size_t len = options.size();
    std::size_t optlen = 0;
    for (std::size_t i = 0; i < len; i += optlen) {
        std::uint8_t type = byte_or_zero(options, i);
        if (type == kPad1) {
            optlen = 1;
        } else {
            if (i + 1 >= len) return false;
            optlen = byte_or_zero(options, i + 1) + 2U;
        }
        if (i + optlen > len) return false;
        std::uint8_t olen = byte_or_zero(options, i + 1);
        auto fail = [&](Ip6OptProblem p, std::uint8_t v) {
            ext.problem = p;
            ext.problem_value = v;
            return false;
        };
        switch (type) {
            case kPad1:
                break;
            case kPadN:
                if (len - i < 2) return fail(Ip6OptProblem::padn_trunc, 0);
                break;
            case kRouterAlert:
                if (len - i < 4) return fail(Ip6OptProblem::rtalert_trunc, 0);
                if (olen != 2) return fail(Ip6OptProblem::rtalert_len, olen);
                break;
            case kJumbo: {
                if (len - i < 6) return fail(Ip6OptProblem::jumbo_trunc, 0);
                if (olen != 4) return fail(Ip6OptProblem::jumbo_len, olen);
                Cursor value(options.subspan(i + 2, 4));
                std::uint32_t v = value.be32().value_or(0);
                if (!found_jumbo && payload_len == 0 && v >= 65536) jumbo_len = v;
                if (!found_jumbo && payload_len == 0 && v >= 65536) found_jumbo = true;
                break;
            }
            case kHomeAddress:
                if (len - i < 18) return fail(Ip6OptProblem::homeaddr_trunc, 0);
                if (olen < 16) return fail(Ip6OptProblem::homeaddr_len, olen);
                break;
            default:
                if (len - i < 2) return fail(Ip6OptProblem::type_trunc, type);
                break;
        }
    }
    return true;
}

}  // namespace

void decode_ipv6(Bytes packet, std::uint32_t wire_len, DecodedFrame& out) {
    Ipv6Header& ip = out.ip.ipv6;
    out.ip.has_ipv6 = true;
    ip.ext_count = 0;
    ip.missing = 0;
    ip.jumbo_missing = 0;
    ip.wire_len = wire_len;
    Cursor cursor(packet);
    if (!cursor.has(kHeaderLen)) {
        ip.stop = Ipv6Stop::header_cut;
        out.truncated = "ip6";
        return;
    }
    std::uint32_t word = *cursor.be32();
    ip.version = static_cast<std::uint8_t>(word >> 28U);
    ip.traffic_class = static_cast<std::uint8_t>((word >> 20U) & 0xffU);
    ip.flow_label = word & 0xfffffU;
    ip.payload_len = *cursor.be16();
    ip.next = *cursor.u8();
    ip.hop_limit = *cursor.u8();
    ip.src = read_v6(cursor);
    ip.dst = read_v6(cursor);
    ip.final_dst = ip.dst;
    ip.stop = Ipv6Stop::upper;

    if (wire_len < kHeaderLen) {
        ip.stop = Ipv6Stop::short_length;
        out.malformed = "ipv6 shorter than its header";
        return;
    }
    if (ip.version != 6) {
        ip.stop = Ipv6Stop::bad_version;
        out.malformed = "ipv6 version not 6";
        return;
    }
    // tcpdump's `len`: what the header says, or (payload length 0) everything on the wire.
    std::uint32_t len = 0;
    if (ip.payload_len != 0) {
        len = ip.payload_len + static_cast<std::uint32_t>(kHeaderLen);
        if (wire_len < len) {
            ip.missing = len - wire_len;
            out.malformed = "ipv6 payload length beyond frame";
        }
    } else {
        len = wire_len + static_cast<std::uint32_t>(kHeaderLen);
    }
    Bytes snap = packet.first(std::min<std::size_t>(packet.size(), len));

    std::size_t pos = 0;
    std::size_t advance = kHeaderLen;
    std::uint32_t total = 0;
    std::uint8_t nh = ip.next;
    bool found_ext = false, found_hbh = false, found_jumbo = false;
    std::uint32_t jumbo_len = 0;

    auto stop = [&](Ipv6Stop why) { ip.stop = why; };
    while (pos < snap.size() && advance > 0) {
        if (len < advance) {
            stop(Ipv6Stop::length_short);
            out.truncated = "ip6";
            return;
        }
        pos += advance;
        len -= static_cast<std::uint32_t>(advance);
        total += static_cast<std::uint32_t>(advance);

        const bool is_ext = nh == ipproto::hopopts || nh == ipproto::dstopts || nh == ipproto::routing ||
                            nh == ipproto::fragment;
        if (is_ext && ip.ext_count == kMaxIpv6Extensions) {
            stop(Ipv6Stop::chain_too_long);
            out.malformed = "ipv6 extension chain too long";
            return;
        }
        Bytes here = snap.subspan(std::min(pos, snap.size()));
        Cursor hc(here);
        Ipv6Extension* ext = is_ext ? &ip.ext[ip.ext_count] : nullptr;
        if (ext) {
            *ext = Ipv6Extension{};
            ext->offset = static_cast<std::uint16_t>(pos);
            ext->next = byte_or_zero(here, 0);
        }
        switch (nh) {
            case ipproto::hopopts:
            case ipproto::dstopts: {
                const bool hbh = nh == ipproto::hopopts;
                ext->kind = hbh ? Ip6ExtKind::hop_by_hop : Ip6ExtKind::destination;
                if (hbh && found_hbh) {
                    stop(Ipv6Stop::hbh_repeated);
                    out.malformed = "ipv6 hop-by-hop header repeated";
                    return;
                }
                if (hbh && ip.ext_count > 0) {
                    stop(Ipv6Stop::hbh_not_first);
                    out.malformed = "ipv6 hop-by-hop header not first";
                    return;
                }
                ++ip.ext_count;
                if (here.size() < 2) {  // not even the length field
                    stop(Ipv6Stop::ext_cut);
                    out.truncated = hbh ? "hbhopt" : "dstopt";
                    return;
                }
                ext->length = static_cast<std::uint16_t>((byte_or_zero(here, 1) + 1U) * 8U);
                ext->captured = static_cast<std::uint16_t>(std::min<std::size_t>(here.size(), ext->length));
                bool complete = here.size() >= ext->length;
                bool options_ok = true;
                if (complete && hbh) {
                    options_ok = check_hbh_options(here.subspan(2, ext->length - 2U), ip.payload_len, found_jumbo,
                                                   jumbo_len, *ext);
                    ext->options_bad = !options_ok;
                }
                if (hbh && ip.payload_len == 0 && !found_jumbo) {
                    stop(Ipv6Stop::no_jumbo);
                    out.malformed = "ipv6 payload length 0 without jumbo option";
                    return;
                }
                if (!complete || !options_ok) {
                    stop(Ipv6Stop::ext_cut);
                    if (!complete) out.truncated = hbh ? "hbhopt" : "dstopt";
                    else out.malformed = "ipv6 bad hop-by-hop option";
                    return;
                }
                found_ext = true;
                if (hbh) found_hbh = true;
                advance = ext->length;
                nh = ext->next;
                break;
            }
            case ipproto::fragment: {
                ext->kind = Ip6ExtKind::fragment;
                ++ip.ext_count;
                ext->length = 8;
                ext->captured = static_cast<std::uint16_t>(std::min<std::size_t>(here.size(), 8));
                hc.skip(2);
                auto offlg = hc.be16();
                if (!offlg) {
                    stop(Ipv6Stop::ext_cut);
                    out.truncated = "frag6";
                    return;
                }
                ext->frag_offset = static_cast<std::uint16_t>(*offlg >> 3U);
                ext->frag_more = (*offlg & 1U) != 0;
                ext->frag_id = hc.be32().value_or(0);
                out.ip.fragmented = true;
                if (ext->frag_offset != 0) {
                    stop(Ipv6Stop::frag_later);
                    out.ip.has_upper = true;
                    out.ip.upper_proto = ext->next;
                    out.ip.later_fragment = true;
                    return;
                }
                if (here.size() <= 8) {
                    stop(Ipv6Stop::frag_at_end);
                    return;
                }
                found_ext = true;
                advance = 8;
                nh = ext->next;
                break;
            }
            case ipproto::routing: {
                if (here.empty()) {  // tcpdump checks the first byte before naming the header
                    stop(Ipv6Stop::length_short);
                    out.truncated = "ip6";
                    return;
                }
                ext->kind = Ip6ExtKind::routing;
                ++ip.ext_count;
                ext->rt_len = byte_or_zero(here, 1);
                ext->rt_type = byte_or_zero(here, 2);
                ext->rt_segleft = byte_or_zero(here, 3);
                ext->length = static_cast<std::uint16_t>((ext->rt_len + 1U) * 8U);
                ext->captured = static_cast<std::uint16_t>(std::min<std::size_t>(here.size(), ext->length));
                hc.skip(4);
                const bool known = ext->rt_type == 0 || ext->rt_type == 2 || ext->rt_type == 4;
                if (ext->rt_type == 4) {
                    ext->rt_last_entry = byte_or_zero(here, 4);
                    ext->rt_flags = byte_or_zero(here, 5);
                    hc.skip(2);
                    ext->rt_tag = hc.be16().value_or(0);
                } else {
                    ext->rt_reserved = hc.be32().value_or(0);
                }
                const std::size_t fixed_needed = known ? 8 : 4;
                if (here.size() < fixed_needed) {
                    stop(Ipv6Stop::ext_cut);
                    out.truncated = "rt6";
                    return;
                }
                if (!known) {
                    stop(Ipv6Stop::rt_unknown_type);
                    out.malformed = "ipv6 routing type unknown";
                    return;
                }
                if (ext->rt_len % 2 == 1) {
                    stop(Ipv6Stop::rt_bad_length);
                    out.malformed = "ipv6 routing header odd length";
                    return;
                }
                const std::size_t addr_bytes = (ext->rt_len / 2U) * 16U;
                ext->rt_addresses = hc.take_at_most(addr_bytes);
                if (ext->rt_addresses.size() < addr_bytes) {
                    stop(Ipv6Stop::ext_cut);
                    out.truncated = "rt6";
                    return;
                }
                if (addr_bytes >= 16 && ext->rt_type != 4) {
                    Cursor last(ext->rt_addresses.subspan(addr_bytes - 16));
                    ip.final_dst = read_v6(last);
                }
                found_ext = true;
                advance = ext->length;
                nh = ext->next;
                break;
            }
            default: {
                (void)kMobility;
                (void)kMobilityOld;
                if (found_jumbo) {
                    len = jumbo_len + static_cast<std::uint32_t>(kHeaderLen);
                    if (len < total) {
                        stop(Ipv6Stop::length_short);
                        out.truncated = "ip6";
                        return;
                    }
                    if (wire_len < len) ip.jumbo_missing = len - wire_len;
                    snap = packet.first(std::min<std::size_t>(packet.size(), len));
                    len -= total;
                } else if (ip.payload_len == 0) {
                    if (found_ext) {
                        stop(Ipv6Stop::length_short);
                        out.truncated = "ip6";
                        return;
                    }
                    len = 0;
                    snap = packet.first(std::min<std::size_t>(packet.size(), kHeaderLen));
                }
                out.ip.has_upper = true;
                out.ip.upper_proto = nh;
                out.ip.upper_len = len;
                decode_ip_upper(snap.subspan(std::min(pos, snap.size())), len, out);
                return;
            }
        }
    }
}

}  // namespace tapsniff
