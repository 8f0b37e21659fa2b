// IPv4/IPv6 text, following tcpdump's ip_print, ip6_print and ip_demux_print with -e and without -v.
#include "tapsniff/decode.hpp"
#include "ip_text_parts.hpp"

namespace tapsniff::text {
namespace {


bool prints_own_addresses(std::uint8_t proto) {
    return proto == ipproto::tcp || proto == ipproto::udp || proto == ipproto::sctp || proto == ipproto::dccp;
}

const char* option_problem(Ip6OptProblem p) {
    switch (p) {
        case Ip6OptProblem::padn_trunc: return "(padn: trunc)";
        case Ip6OptProblem::rtalert_trunc: return "(rtalert: trunc)";
        case Ip6OptProblem::jumbo_trunc: return "(jumbo: trunc)";
        case Ip6OptProblem::homeaddr_trunc: return "(homeaddr: trunc)";
        default: return "";
    }
}

// One extension header as tcpdump's hbhopt_process, dstopt_process, frag6_print and rt6_print print it.
// Returns false where tcpdump stops printing.
bool ext_text(const Ipv6Header& ip, const Ipv6Extension& e, bool last, OutBuffer& out) {
    const bool stopped_here = last && ip.stop != Ipv6Stop::upper;
    switch (e.kind) {
        case Ip6ExtKind::hop_by_hop:
        case Ip6ExtKind::destination: {
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
        case Ip6ExtKind::fragment: {
            if (stopped_here && ip.stop == Ipv6Stop::ext_cut) {
                append_trunc(out, "frag6");
                return false;
            }
            // size_t arithmetic in tcpdump: a payload length too small wraps around.
            std::uint64_t rest = 40ULL + ip.payload_len - e.offset - 8ULL;
            TS_PUT(out, "frag ({}|{})", e.frag_offset * 8U, rest);
            if (stopped_here && ip.stop == Ipv6Stop::frag_later) return false;
            append(out, " ");
            return !(stopped_here && ip.stop == Ipv6Stop::frag_at_end);
        }
        case Ip6ExtKind::routing: {
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
            for (unsigned i = 0; i < e.rt_len / 2U; ++i) {
                if (e.rt_addresses.size() < 16U * (i + 1)) return cut();
                Ipv6Address a{};
                for (std::size_t k = 0; k < a.size(); ++k) a[k] = byte_or_zero(e.rt_addresses, 16U * i + k);
                TS_PUT(out, ", [{}]", i);
                append_v6(out, a);
            }
            append(out, ") ");
            return true;
        }
    }
    return true;
}

}  // namespace

void ip_text(const DecodedFrame& frame, bool /*default_hex*/, OutBuffer& out) {
    if (frame.ethertype == ethertype::ipv6) ipv6_text(frame, out);
    else ipv4_text(frame, out);
}

void ipv4_text(const DecodedFrame& frame, OutBuffer& out) {
    const Ipv4Header& ip = frame.ip.ipv4;
    if (!frame.ip.has_ipv4) {
        append_trunc(out, "ip");
        return;
    }
    switch (ip.status) {
        case Ipv4Status::bad_version:
            if (ip.version == 6) append(out, "IP6, wrong link-layer encapsulation");
            else TS_PUT(out, "IP{}", ip.version);
            append(out, " (invalid)");
            return;
        case Ipv4Status::cut:
            append_trunc(out, "ip");
            return;
        case Ipv4Status::short_length:
            TS_PUT(out, "truncated-ip {}", ip.wire_len);
            return;
        case Ipv4Status::bad_hlen:
            TS_PUT(out, "bad-hlen {}", ip.header_len());
            return;
        default:
            break;
    }
    if (ip.total_len > ip.wire_len) TS_PUT(out, "truncated-ip - {} bytes missing! ", ip.total_len - ip.wire_len);
    if (ip.status == Ipv4Status::bad_len) {
        TS_PUT(out, "bad-len {}", ip.total_len);
        return;
    }
    if (frame.ip.later_fragment) {
        append_endpoints(out, frame, ":");
        TS_PUT(out, " ip-proto-{}", ip.proto);
        return;
    }
    if (!prints_own_addresses(ip.proto)) append_endpoints(out, frame, ": ");
    if (ip.status == Ipv4Status::header_cut) {
        TS_PUT(out, " [remaining caplen({}) < header length({})]", ip.available, ip.header_len());
        append_trunc(out, "ip");
        return;
    }
    upper_text(frame, out);
}

void ipv6_text(const DecodedFrame& frame, OutBuffer& out) {
    const Ipv6Header& ip = frame.ip.ipv6;
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
    if (!prints_own_addresses(ip.next)) append_endpoints(out, frame, ": ");
    for (std::size_t i = 0; i < ip.ext_count; ++i) {
        if (!ext_text(ip, ip.ext[i], i + 1 == ip.ext_count, out)) {
            if (ip.stop == Ipv6Stop::no_jumbo) break;
            return;
        }
    }
    switch (ip.stop) {
        case Ipv6Stop::upper:
            if (ip.jumbo_missing > 0) TS_PUT(out, "truncated-ip6 - {} bytes missing!", ip.jumbo_missing);
            upper_text(frame, out);
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

void upper_text(const DecodedFrame& frame, OutBuffer& out) {
    const bool v4 = frame.ip.has_ipv4;
    const std::uint8_t nh = frame.ip.upper_proto;
    switch (nh) {
        case ipproto::tcp:
            tcp_text(frame, out);
            return;
        case ipproto::udp:
            udp_text(frame, out);
            return;
        case ipproto::icmp:
            if (v4) icmp_text(frame, out);
            else append(out, "[ICMP requires IPv4] (invalid)");
            return;
        case ipproto::icmpv6:
            if (!v4) icmp6_text(frame, out);
            else append(out, "[ICMPv6 requires IPv6] (invalid)");
            return;
        case ipproto::none:
            append(out, "no next header");
            return;
        default:
            TS_PUT(out, " ip-proto-{} {}", nh, frame.ip.upper_len);
            return;
    }
}

void append_plain_hex(OutBuffer& out, Bytes bytes) {
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        if (i % 16 == 0) TS_PUT(out, "\n\t0x{:04x}: ", i);
        if (i + 1 < bytes.size()) {
            TS_PUT(out, " {:02x}{:02x}", byte_or_zero(bytes, i), byte_or_zero(bytes, i + 1));
        } else {
            TS_PUT(out, " {:02x}", byte_or_zero(bytes, i));
        }
    }
}

}  // namespace tapsniff::text
