// IPv6: tcpdump text (print-ip6.c's ip6_print with -e, without -v) and fields. The decoder is in
// ipv6_decode.cpp.
#include "proto/ipv6/ipv6.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

using text::append;
using text::append_trunc;

const char* option_problem(Ip6OptProblem p) {
    switch (p) {
        case Ip6OptProblem::padn_trunc: return "(padn: trunc)";
        case Ip6OptProblem::rtalert_trunc: return "(rtalert: trunc)";
        case Ip6OptProblem::jumbo_trunc: return "(jumbo: trunc)";
        case Ip6OptProblem::homeaddr_trunc: return "(homeaddr: trunc)";
        default: return "";
    }
}

bool options_text(const Ipv6Layer& ip, const Ipv6Extension& e, bool stopped_here, OutBuffer& out) {
    const bool hbh = e.kind == Ip6ExtKind::hop_by_hop;
    const char* mark = hbh ? "hbhopt" : "dstopt";
    if (stopped_here && (e.captured < 2 || e.captured < e.length)) {
        append_trunc(out, mark);
        return ip.stop == Ipv6Stop::no_jumbo;
    }
    append(out, hbh ? "HBH " : "DSTOPT ");
    if (stopped_here && e.options_bad) {
        switch (e.problem) {
            case Ip6OptProblem::rtalert_len: TS_PUT(out, "(rtalert: invalid len {})", e.problem_value); break;
            case Ip6OptProblem::jumbo_len: TS_PUT(out, "(jumbo: invalid len {})", e.problem_value); break;
            case Ip6OptProblem::homeaddr_len: TS_PUT(out, "(homeaddr: invalid len {})", e.problem_value); break;
            case Ip6OptProblem::type_trunc: TS_PUT(out, "(type {}: trunc)", e.problem_value); break;
            default: append(out, option_problem(e.problem)); break;
        }
        append_trunc(out, mark);
        return ip.stop == Ipv6Stop::no_jumbo;
    }
    return true;
}

bool fragment_text(const Ipv6Layer& ip, const Ipv6Extension& e, bool stopped_here, OutBuffer& out) {
    if (stopped_here && ip.stop == Ipv6Stop::ext_cut) {
        append_trunc(out, "frag6");
        return false;
    }
    // size_t arithmetic in tcpdump: a payload length too small wraps around.
    const std::uint64_t rest = 40ULL + ip.payload_len - e.offset - 8ULL;
    TS_PUT(out, "frag ({}|{})", e.frag_offset * 8U, rest);
    if (stopped_here && ip.stop == Ipv6Stop::frag_later) return false;
    append(out, " ");
    return !(stopped_here && ip.stop == Ipv6Stop::frag_at_end);
}

bool routing_text(const Ipv6Extension& e, OutBuffer& out) {
    append(out, "RT6");
    auto cut = [&] {
        append_trunc(out, "rt6");
        return false;
    };
    if (e.captured < 2) return cut();
    TS_PUT(out, " (len={}", e.rt_len);
    if (e.captured < 3) return cut();
    TS_PUT(out, ", type={}", e.rt_type);
    if (e.rt_type == 0) append(out, " [Deprecated]");
    if (e.captured < 4) return cut();
    TS_PUT(out, ", segleft={}", e.rt_segleft);
    if (e.rt_type == 0 || e.rt_type == 2) {
        if (e.captured < 8) return cut();
        if (e.rt_reserved != 0) TS_PUT(out, ", rsv=0x{:x}", e.rt_reserved);
    } else if (e.rt_type == 4) {
        if (e.captured < 5) return cut();
        TS_PUT(out, ", last-entry={}", e.rt_last_entry);
        if (e.captured < 6) return cut();
        if (e.rt_flags != 0) TS_PUT(out, ", flags=0x{:x}", e.rt_flags);
        if (e.captured < 8) return cut();
        TS_PUT(out, ", tag={:x}", e.rt_tag);
    } else {
        append(out, " (unknown type) (invalid)");
        return false;
    }
    if (e.rt_len % 2 == 1) {
        TS_PUT(out, " (invalid length {}) (invalid)", e.rt_len);
        return false;
    }
    for (std::size_t i = 0; i < e.rt_addresses.size(); ++i) {
        TS_PUT(out, ", [{}]", i);
        text::append_ipv6(out, e.rt_addresses[i]);
    }
    if (e.rt_addresses_cut) return cut();
    append(out, ") ");
    return true;
}

// One extension header as tcpdump's hbhopt_process, dstopt_process, frag6_print and rt6_print
// print it. Returns false where tcpdump stops printing.
bool ext_text(const Ipv6Layer& ip, const Ipv6Extension& e, OutBuffer& out) {
    const bool stopped_here = e.next_ext == nullptr && ip.stop != Ipv6Stop::upper && ip.stop != Ipv6Stop::chain_end;
    switch (e.kind) {
        case Ip6ExtKind::hop_by_hop:
        case Ip6ExtKind::destination:
            return options_text(ip, e, stopped_here, out);
        case Ip6ExtKind::fragment:
            return fragment_text(ip, e, stopped_here, out);
        case Ip6ExtKind::routing:
            return routing_text(e, out);
    }
    return true;
}

void ipv6_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const Ipv6Layer& ip = *t.frame.get<Ipv6Layer>(index);
    switch (ip.stop) {
        case Ipv6Stop::header_cut:
            append_trunc(out, "ip6");
            return;
        case Ipv6Stop::short_length:
            TS_PUT(out, "truncated-ip6 {}", ip.wire_len);
            return;
        case Ipv6Stop::bad_version:
            TS_PUT(out, "version error: {} != 6", ip.version);
            return;
        default:
            break;
    }
    if (ip.missing > 0) TS_PUT(out, "truncated-ip6 - {} bytes missing!", ip.missing);
    if (!prints_own_addresses(ip.next)) text::append_endpoints(out, EnclosingIp{nullptr, &ip}, ": ");
    for (const Ipv6Extension* e = ip.first_ext; e != nullptr; e = e->next_ext) {
        if (!ext_text(ip, *e, out)) {
            if (ip.stop == Ipv6Stop::no_jumbo) break;
            return;
        }
    }
    switch (ip.stop) {
        case Ipv6Stop::upper:
            if (ip.jumbo_missing > 0) TS_PUT(out, "truncated-ip6 - {} bytes missing!", ip.jumbo_missing);
            ip_upper_text(t, index, ip.upper_proto, ip.upper_len, false);
            return;
        case Ipv6Stop::hbh_repeated:
            append(out, "[The Hop-by-Hop Options header was already found] (invalid)");
            return;
        case Ipv6Stop::hbh_not_first:
            append(out, "[The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)");
            return;
        case Ipv6Stop::no_jumbo:
            append(out, "[No valid Jumbo Payload Hop-by-Hop option found] (invalid)");
            return;
        case Ipv6Stop::length_short:
        case Ipv6Stop::chain_too_long:
            append_trunc(out, "ip6");
            return;
        default:
            return;
    }
}

const char* protocol_name_of(std::uint64_t v) { return ip_protocol_name(static_cast<std::uint8_t>(v)); }

const char* ext_title(Ip6ExtKind kind) {
    switch (kind) {
        case Ip6ExtKind::hop_by_hop: return "Hop-by-Hop Options";
        case Ip6ExtKind::destination: return "Destination Options";
        case Ip6ExtKind::routing: return "Routing Header";
        case Ip6ExtKind::fragment: return "Fragment Header";
    }
    return "";
}

constexpr Field kSrc{"src", "Source Address"};
constexpr Field kDst{"dst", "Destination Address"};
constexpr Field kNext{"next", "Next Header", 0, protocol_name_of};
constexpr Field kHlim{"hlim", "Hop Limit"};
constexpr Field kLen{"len", "Payload Length"};
constexpr Field kFragJson{"frag", ""};
constexpr Field kFragIdJson{"id", ""};
constexpr Field kFragOffsetJson{"offset", ""};
constexpr Field kFragMoreJson{"m", ""};
constexpr Field kVersion{"", "Version"};
constexpr Field kTrafficClass{"", "Traffic Class", 2};
constexpr Field kFlowLabel{"", "Flow Label", 5};
constexpr Field kExtensions{"", "Extension Header"};
constexpr Field kExtKind{"", "Type"};
constexpr Field kExtNext{"", "Next Header", 0, protocol_name_of};
constexpr Field kExtLength{"", "Length", 0, nullptr, nullptr, "bytes"};
constexpr Field kRtType{"", "Routing Type"};
constexpr Field kRtSegLeft{"", "Segments Left"};
constexpr Field kRtAddress{"", "Address"};
constexpr Field kFragOffset{"", "Offset", 0, nullptr, nullptr, "bytes"};
constexpr Field kFragMore{"", "More Fragments"};
constexpr Field kFragId{"", "Identification", 8};

}  // namespace

template <class W>
void describe(const Ipv6Layer& ip, W& w) {
    w.ipv6(kSrc, ip.src);
    w.ipv6(kDst, ip.dst);
    w.num(kNext, ip.next);
    w.num(kHlim, ip.hop_limit);
    w.num(kLen, ip.payload_len);
    for (const Ipv6Extension* e = ip.first_ext; e != nullptr; e = e->next_ext) {
        if (e->kind != Ip6ExtKind::fragment || e->captured < 8) continue;
        w.begin_object(kFragJson);  // the contract's fragment object, for the first fragment header
        w.num(kFragIdJson, e->frag_id);
        w.num(kFragOffsetJson, e->frag_offset * 8U);
        w.flag(kFragMoreJson, e->frag_more);
        w.end_object(kFragJson);
        break;
    }
    w.num(kVersion, ip.version);
    w.num(kTrafficClass, ip.traffic_class);
    w.num(kFlowLabel, ip.flow_label);
    if (ip.first_ext == nullptr) return;
    w.begin_list(kExtensions);
    for (const Ipv6Extension* e = ip.first_ext; e != nullptr; e = e->next_ext) {
        w.begin_item(kExtensions);
        w.str(kExtKind, ext_title(e->kind));
        w.num(kExtNext, e->next);
        w.num(kExtLength, e->length);
        if (e->kind == Ip6ExtKind::routing) {
            w.num(kRtType, e->rt_type);
            w.num(kRtSegLeft, e->rt_segleft);
            for (const Ipv6Address& a : e->rt_addresses) w.ipv6(kRtAddress, a);
        } else if (e->kind == Ip6ExtKind::fragment) {
            w.num(kFragOffset, e->frag_offset * 8U);
            w.flag(kFragMore, e->frag_more);
            w.num(kFragId, e->frag_id);
        }
        w.end_item(kExtensions);
    }
    w.end_list(kExtensions);
}

const Protocol Ipv6Layer::protocol = make_protocol<Ipv6Layer>("ipv6", "ipv6", "Internet Protocol Version 6", ipv6_text);

}  // namespace tapsniff
