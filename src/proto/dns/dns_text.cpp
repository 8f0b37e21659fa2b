// DNS text: tcpdump 4.99.3's domain_print at default verbosity ("4660+ A? example.com. (29)",
// "4660 1/0/0 A 1.2.3.4 (45)"), from the decoded message.
#include <array>

#include "proto/dns/dns.hpp"

namespace tapsniff {
namespace {

using text::append;
using text::append_trunc;

constexpr std::array<const char*, 16> kOps = {
    "",        " inv_q",    " stat",   " op3",      " notify",   " update",   " op6",      " op7",
    " op8",    " updateA",  " updateD", " updateDA", " updateM",  " updateMA", " zoneInit", " zoneRef",
};
// ns_resp, with tcpdump's two entries that lack their space.
constexpr std::array<const char*, 24> kRcodes = {
    "",         " FormErr",  " ServFail", " NXDomain", " NotImp",   " Refused",  " YXDomain", " YXRRSet",
    " NXRRSet", " NotAuth",  " NotZone",  " Resp11",   " Resp12",   " Resp13",   " Resp14",   " NoChange",
    " BadVers", "Resp17",    " Resp18",   " Resp19",   " Resp20",   "Resp21",    " Resp22",   " BadCookie",
};

void name_text(OutBuffer& out, const DnsName& n) {
    text::append_fn_print(out, n.text);
    switch (n.mark) {
        case DnsNameMark::none: break;
        case DnsNameMark::bad_ptr: append(out, "<BAD PTR>"); break;
        case DnsNameMark::elt: TS_PUT(out, "<ELT {}>", n.elt); break;
        case DnsNameMark::bad_label_type: append(out, "<BAD LABEL TYPE>"); break;
        case DnsNameMark::too_long: append(out, "<DOMAIN NAME TOO LONG>"); break;
    }
}

void class_text(OutBuffer& out, unsigned klass) {
    if (const char* name = dns_class_name(static_cast<std::uint16_t>(klass))) {
        out.push_back(' ');
        append(out, name);
    } else {
        TS_PUT(out, " (Class {})", klass);
    }
}

void type_text(OutBuffer& out, std::uint16_t type) {
    if (const char* name = dns_type_name(type)) {
        out.push_back(' ');
        append(out, name);
    } else {
        TS_PUT(out, " Type{}", type);
    }
}

void invalid(OutBuffer& out) { append(out, " (invalid)"); }

void hex_bytes(OutBuffer& out, Bytes b, std::size_t space_at = 0) {
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (space_at != 0 && i == space_at) out.push_back(' ');
        TS_PUT(out, "{:02x}", static_cast<unsigned>(b[i]));
    }
}

void algorithms(OutBuffer& out, Bytes b, const char* (*name)(std::uint8_t)) {
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i > 0) out.push_back(' ');
        const auto alg = static_cast<std::uint8_t>(b[i]);
        if (const char* n = name(alg)) append(out, n);
        else TS_PUT(out, "Alg_{}", alg);
    }
}

// eopt_print's text for an option's data (after its name and a space).
void option_data(OutBuffer& out, const DnsEdnsOption& o) {
    switch (o.code) {
        case 8:  // ECS
            if (!o.ecs.valid) {
                invalid(out);
            } else {
                if (o.ecs.family == 1) text::append_ipv4(out, Ipv4Address{o.ecs.address[0], o.ecs.address[1],
                                                                          o.ecs.address[2], o.ecs.address[3]});
                else text::append_ipv6(out, o.ecs.address);
                TS_PUT(out, "/{}/{}", o.ecs.source, o.ecs.scope);
            }
            break;
        case 10:  // COOKIE: client and server cookie
            if (o.len < 8 || (o.len > 8 && o.len < 16) || o.len > 40) invalid(out);
            else hex_bytes(out, o.data, 8);
            break;
        case 11:  // KEEPALIVE, in units of 100 ms
            if (o.len != 2) invalid(out);
            else TS_PUT(out, "{:.1f} sec", o.number / 10.0);
            break;
        case 9:  // EXPIRE
            if (o.len != 4) invalid(out);
            else TS_PUT(out, "{} sec", o.number);
            break;
        case 12:  // PADDING
            TS_PUT(out, "({})", o.len);
            break;
        case 14:  // KEY-TAG
            if (o.len % 2 != 0 || o.tags == nullptr) {
                invalid(out);
            } else {
                for (std::size_t i = 0; i < o.len / 2U; ++i) {
                    if (i > 0) out.push_back(' ');
                    text::append_uint(out, o.tags[i]);
                }
            }
            break;
        case 5: algorithms(out, o.data, dns_dau_name); break;
        case 6: algorithms(out, o.data, dns_dhu_name); break;
        case 7: algorithms(out, o.data, dns_n3u_name); break;
        case 13: name_text(out, o.chain); break;  // CHAIN
        default: hex_bytes(out, o.data); break;   // NSID and the rest
    }
}

// The OPT pseudo-record's options: false when the text ends with " [|domain]" in them.
bool options_text(OutBuffer& out, const DnsRecord& r) {
    append(out, " [");
    for (std::size_t i = 0; i < r.option_count; ++i) {
        const DnsEdnsOption& o = r.options[i];
        if (o.end == DnsOptEnd::code_cut) return false;
        if (const char* name = dns_edns_option_name(o.code)) append(out, name);
        else TS_PUT(out, "Opt{}", o.code);
        if (o.end == DnsOptEnd::len_cut) return false;
        if (o.len > 0) {
            out.push_back(' ');
            option_data(out, o);
        }
        if (o.end == DnsOptEnd::name_cut) return false;
        if (i + 1 < r.option_count) out.push_back(',');
    }
    append(out, "]");
    return true;
}

// ns_rprint without -v: class (when not IN), type, data. False when " [|domain]" follows.
bool record_text(OutBuffer& out, const DnsRecord& r, bool mdns) {
    const unsigned klass = mdns ? (r.klass & ~dns_class::mdns_bit) : r.klass;
    if (klass != dns_class::in && r.type != dns_type::opt) class_text(out, klass);
    if (mdns && (r.klass & dns_class::mdns_bit) != 0) append(out, " (Cache flush)");
    type_text(out, r.type);
    if (r.end == DnsRecordEnd::rdata_cut) return false;
    switch (r.type) {
        case dns_type::a:
            if (r.fixed_cut) return false;
            out.push_back(' ');
            text::append_ipv4(out, Ipv4Address{r.address[0], r.address[1], r.address[2], r.address[3]});
            break;
        case dns_type::aaaa:
            if (r.fixed_cut) return false;
            out.push_back(' ');
            text::append_ipv6(out, r.address);
            break;
        case dns_type::ns:
        case dns_type::cname:
        case dns_type::ptr:
        case dns_type::dname:
            out.push_back(' ');
            name_text(out, r.target);
            break;
        case dns_type::mx:
            out.push_back(' ');
            if (r.fixed_cut) return false;
            name_text(out, r.target);
            if (r.target.end != DnsNameEnd::ok) return false;
            TS_PUT(out, " {}", r.num[0]);
            break;
        case dns_type::srv:
            out.push_back(' ');
            if (r.fixed_cut) return false;
            name_text(out, r.target);
            if (r.target.end != DnsNameEnd::ok) return false;
            TS_PUT(out, ":{} {} {}", r.num[2], r.num[0], r.num[1]);
            break;
        case dns_type::txt:
            for (std::size_t i = 0; i < r.string_count; ++i) {
                append(out, " \"");
                text::append_fn_print(out, r.strings[i]);
                if (i + 1 == r.string_count && r.last_string_cut) return false;
                out.push_back('"');
            }
            break;
        case dns_type::a6:
            if (r.fixed_cut) return false;
            if (r.num[0] > 128) {
                TS_PUT(out, " {}(bad plen)", r.num[0]);
                break;
            }
            if (r.num[0] < 128) {
                TS_PUT(out, " {} ", r.num[0]);
                text::append_ipv6(out, r.address);
            }
            if (r.num[0] > 0) {
                out.push_back(' ');
                name_text(out, r.target);
            }
            break;
        case dns_type::uri:
            if (r.fixed_cut) return false;
            TS_PUT(out, " {} {} ", r.num[0], r.num[1]);
            text::append_fn_print(out, r.raw);
            break;
        case dns_type::opt:
            TS_PUT(out, " UDPsize={}", r.num[0]);
            if ((r.opt_flags & 0x8000U) != 0) append(out, " DO");
            if (r.option_count > 0 && !options_text(out, r)) return false;
            break;
        case dns_type::unspeca:
            text::append_fn_print(out, r.raw);
            break;
        default:
            break;
    }
    return r.end == DnsRecordEnd::ok;
}

// ns_qprint: " A? name." (mDNS adds " (QM)"/" (QU)"). False when " [|domain]" follows.
bool question_text(OutBuffer& out, const DnsQuestion& q, bool mdns) {
    if (!q.complete) return false;
    type_text(out, q.type);
    const unsigned klass = mdns ? (q.klass & ~dns_class::mdns_bit) : q.klass;
    if (klass != dns_class::in) class_text(out, klass);
    if (mdns) append(out, (q.klass & dns_class::mdns_bit) != 0 ? " (QU)" : " (QM)");
    append(out, "? ");
    name_text(out, q.name);
    return q.name.end == DnsNameEnd::ok;
}

// False when the text ends with " [|domain]".
bool response_text(OutBuffer& out, const DnsLayer& m) {
    const unsigned f = m.flags;
    text::append_uint(out, m.id);
    append(out, kOps[m.opcode()]);
    if (m.rcode < kRcodes.size()) append(out, kRcodes[m.rcode]);
    else TS_PUT(out, " Resp{}", m.rcode & 0xfffU);
    if ((f & 0x0400U) != 0) out.push_back('*');
    if ((f & 0x0080U) == 0) out.push_back('-');
    if ((f & 0x0200U) != 0) out.push_back('|');
    if ((f & 0x0020U) != 0) out.push_back('$');
    if (m.qdcount != 1) TS_PUT(out, " [{}q]", m.qdcount);
    for (unsigned i = 0; i < m.qd_commas; ++i) out.push_back(',');
    if (m.qd_skip_cut) return false;
    TS_PUT(out, " {}/{}/{}", m.ancount, m.nscount, m.arcount);
    for (std::size_t i = 0; i < m.an_count; ++i) {
        if (i > 0) out.push_back(',');
        if (m.an[i].end == DnsRecordEnd::skipped) break;  // tcpdump printed nothing and stopped
        if (!record_text(out, m.an[i], m.mdns)) return false;
    }
    return !m.text_cut;
}

bool query_text(OutBuffer& out, const DnsLayer& m) {
    const unsigned f = m.flags;
    text::append_uint(out, m.id);
    append(out, kOps[m.opcode()]);
    if ((f & 0x0100U) != 0) out.push_back('+');
    if ((f & 0x0010U) != 0) out.push_back('%');
    if ((f & 0x6cfU) != 0) TS_PUT(out, " [b2&3=0x{:x}]", f);
    if (m.opcode() == 1) {  // IQUERY
        if (m.qdcount != 0) TS_PUT(out, " [{}q]", m.qdcount);
        if (m.ancount != 1) TS_PUT(out, " [{}a]", m.ancount);
    } else {
        if (m.ancount != 0) TS_PUT(out, " [{}a]", m.ancount);
        if (m.qdcount != 1) TS_PUT(out, " [{}q]", m.qdcount);
    }
    if (m.nscount != 0) TS_PUT(out, " [{}n]", m.nscount);
    if (m.arcount != 0) TS_PUT(out, " [{}au]", m.arcount);
    for (std::size_t i = 0; i < m.qd_count; ++i) {
        if (!question_text(out, m.qd[i], m.mdns)) return false;
    }
    return !m.text_cut;
}

}  // namespace

void dns_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const DnsLayer& m = *t.frame.get<DnsLayer>(index);
    switch (m.status) {
        case DnsStatus::tcp_short:
            TS_PUT(out, " [DNS over TCP: length {} < 2] (invalid)", m.length);
            return;
        case DnsStatus::tcp_prefix_cut:
            append_trunc(out, "domain");
            return;
        case DnsStatus::tcp_prefix_bad:
            TS_PUT(out, " [prefix length({}) != length({})] (invalid)", m.tcp_prefix, m.length);
            return;
        default:
            break;
    }
    if (m.over_tcp) out.push_back(' ');
    if (m.status == DnsStatus::short_length) {
        TS_PUT(out, "domain [length {} < 12] (invalid)", m.length);
        return;
    }
    if (m.status == DnsStatus::header_cut) {
        append_trunc(out, "domain");
        return;
    }
    const bool whole = m.response() ? response_text(out, m) : query_text(out, m);
    if (whole) TS_PUT(out, " ({})", m.length);
    else append_trunc(out, "domain");
}

}  // namespace tapsniff
