// IGMP text, following tcpdump's igmp_print (print-igmp.c) without -v.
#include "proto/igmp/igmp.hpp"

namespace tapsniff {

using text::append;
using text::append_ipv4;
using text::append_trunc;

namespace text {

void append_relts(OutBuffer& out, std::uint32_t secs) {
    static constexpr const char* kUnits[] = {"y", "w", "d", "h", "m", "s"};
    static constexpr std::uint32_t kSeconds[] = {31536000, 604800, 86400, 3600, 60, 1};
    if (secs == 0) {
        append(out, "0s");
        return;
    }
    for (std::size_t i = 0; i < 6 && secs > 0; ++i) {
        if (secs >= kSeconds[i]) {
            TS_PUT(out, "{}{}", secs / kSeconds[i], kUnits[i]);
            secs %= kSeconds[i];
        }
    }
}

}  // namespace text

namespace {

bool is_zero(const Ipv4Address& a) { return a == Ipv4Address{}; }

// print_igmpv3_query; false when the message was cut (the caller prints the mark).
bool v3_query_text(OutBuffer& out, const IgmpLayer& m) {
    append(out, " v3");
    if (m.length < 12 || (m.length & 3U) != 0) {
        TS_PUT(out, " [invalid len {}]", m.length);
        return true;
    }
    if (!m.has(2)) return false;
    if (m.code != 100) {
        const unsigned mrt = m.max_resp_time();
        append(out, " [max resp time ");
        if (mrt < 600) TS_PUT(out, "{:.1f}s", mrt * 0.1);
        else text::append_relts(out, mrt / 10);
        out.push_back(']');
    }
    if (!m.has(8)) return false;
    if (is_zero(m.group)) return true;
    append(out, " [gaddr ");
    append_ipv4(out, m.group);
    if (!m.has(12)) return false;
    if (m.nsrcs > 0) {
        if (m.length < 12U + (std::uint32_t{m.nsrcs} << 2U)) append(out, " [invalid number of sources]");
        else TS_PUT(out, ", {} source(s)", m.nsrcs);
    }
    out.push_back(']');
    return true;
}

// print_igmpv1/v2 query (shorter than 12 bytes).
bool v1v2_query_text(OutBuffer& out, const IgmpLayer& m) {
    if (!m.has(2)) return false;
    if (m.code != 0) {
        append(out, " v2");
        if (m.code != 100) TS_PUT(out, " [max resp time {}]", m.code);
    } else {
        append(out, " v1");
    }
    if (!m.has(8)) return false;
    if (!is_zero(m.group)) {
        append(out, " [gaddr ");
        append_ipv4(out, m.group);
        out.push_back(']');
    }
    if (m.length != 8) TS_PUT(out, " [len {}]", m.length);
    return true;
}

// "igmp v2 report 224.0.0.251": one printf, so nothing of it shows when the group was cut.
bool group_text(OutBuffer& out, const IgmpLayer& m, std::string_view words) {
    if (!m.has(8)) return false;
    append(out, words);
    append_ipv4(out, m.group);
    return true;
}

// print_mtrace.
bool mtrace_text(OutBuffer& out, const IgmpLayer& m, std::string_view name) {
    if (m.length < 24) {
        TS_PUT(out, " [invalid len {}]", m.length);
        return true;
    }
    if (!m.has(24)) return false;
    TS_PUT(out, "{} {}: ", name, m.tr_qid);
    append_ipv4(out, m.tr_src);
    append(out, " to ");
    append_ipv4(out, m.tr_dst);
    append(out, " reply-to ");
    append_ipv4(out, m.tr_raddr);
    if ((m.tr_raddr[0] & 0xf0U) == 0xe0U) TS_PUT(out, " with-ttl {}", m.tr_rttl);
    return true;
}

bool igmp_words(const TextContext& t, std::size_t index, const IgmpLayer& m) {
    OutBuffer& out = t.out;
    switch (m.type) {
        case igmp_type::query:
            append(out, "igmp query");
            return m.length >= 12 ? v3_query_text(out, m) : v1v2_query_text(out, m);
        case igmp_type::v1_report:
            if (!group_text(out, m, "igmp v1 report ")) return false;
            if (m.length != 8) TS_PUT(out, " [len {}]", m.length);
            return true;
        case igmp_type::v2_report:
            return group_text(out, m, "igmp v2 report ");
        case igmp_type::v3_report:
            append(out, "igmp v3 report");
            if (m.length < 16 || (m.length & 3U) != 0) {
                TS_PUT(out, " [invalid len {}]", m.length);
                return true;
            }
            if (!m.has(8)) return false;
            TS_PUT(out, ", {} group record(s)", m.ngroups);
            return true;
        case igmp_type::leave:
            return group_text(out, m, "igmp leave ");
        case igmp_type::dvmrp:
            append(out, "igmp dvmrp");
            if (m.length < 8) TS_PUT(out, " [len {}]", m.length);
            else text_next(t, index);  // DVMRP prints the rest, and its own mark
            return true;
        case igmp_type::pimv1:
            append(out, "igmp pimv1");
            text_next(t, index);
            return true;
        case igmp_type::mtrace_resp:
            return mtrace_text(out, m, "mresp");
        case igmp_type::mtrace:
            return mtrace_text(out, m, "mtrace");
        default:
            TS_PUT(out, "igmp-{}", m.type);
            return true;
    }
}

}  // namespace

void igmp_text(const TextContext& t, std::size_t index) {
    const IgmpLayer& m = *t.frame.get<IgmpLayer>(index);
    if (!m.has(1) || !igmp_words(t, index, m)) append_trunc(t.out, "igmp");
}

}  // namespace tapsniff
