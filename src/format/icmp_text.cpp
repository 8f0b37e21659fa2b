// ICMP text, following tcpdump's icmp_print (print-icmp.c) without -v.
#include "tapsniff/decode.hpp"
#include "ip_text_parts.hpp"

namespace tapsniff::text {
namespace {


// tcpdump's icmp2str, for types it words without fields.
const char* icmp_type_name(std::uint8_t type) {
    switch (type) {
        case 0: return "echo reply";
        case 4: return "source quench";
        case 8: return "echo request";
        case 10: return "router solicitation";
        case 13: return "time stamp request";
        case 14: return "time stamp reply";
        case 15: return "information request";
        case 16: return "information reply";
        case 17: return "address mask request";
        default: return nullptr;
    }
}

// The words of a destination-unreachable code around the quoted destination address.
struct UnreachWords {
    const char* before;
    const char* after;
};

UnreachWords unreach_words(std::uint8_t code) {
    switch (code) {
        case 0: return {"net ", " unreachable"};
        case 1: return {"host ", " unreachable"};
        case 5: return {"", " unreachable - source route failed"};
        case 6: return {"net ", " unreachable - unknown"};
        case 7: return {"host ", " unreachable - unknown"};
        case 8: return {"", " unreachable - source host isolated"};
        case 9: return {"net ", " unreachable - admin prohibited"};
        case 10: return {"host ", " unreachable - admin prohibited"};
        case 11: return {"net ", " unreachable - tos prohibited"};
        case 12: return {"host ", " unreachable - tos prohibited"};
        case 13: return {"host ", " unreachable - admin prohibited filter"};
        case 14: return {"host ", " unreachable - host precedence violation"};
        case 15: return {"host ", " unreachable - precedence cutoff"};
        default: return {nullptr, nullptr};
    }
}

void append_tstamp(OutBuffer& out, std::uint32_t t) {
    unsigned msec = t % 1000, sec = t / 1000;
    unsigned min = sec / 60;
    sec -= min * 60;
    unsigned hrs = min / 60;
    min -= hrs * 60;
    TS_PUT(out, "{:02}:{:02}:{:02}.{:03}", hrs, min, sec, msec);
}

void unreach_text(const IcmpMessage& m, OutBuffer& out) {
    switch (m.code) {
        case 2:
            append_v4(out, m.inner_dst);
            TS_PUT(out, " protocol {} unreachable", m.inner_proto);
            return;
        case 3:
            append_v4(out, m.inner_dst);
            if (m.inner_proto == ipproto::tcp) TS_PUT(out, " tcp port {} unreachable", m.inner_dport);
            else if (m.inner_proto == ipproto::udp) TS_PUT(out, " udp port {} unreachable", m.inner_dport);
            else TS_PUT(out, " protocol {} port {} unreachable", m.inner_proto, m.inner_dport);
            return;
        case 4: {
            append_v4(out, m.inner_dst);
            auto mtu = static_cast<std::uint16_t>(m.rest & 0xffffU);
            if (mtu != 0) TS_PUT(out, " unreachable - need to frag (mtu {})", mtu);
            else append(out, " unreachable - need to frag");
            return;
        }
        default:
            break;
    }
    UnreachWords w = unreach_words(m.code);
    if (w.before == nullptr) {
        append_v4(out, m.inner_dst);
        TS_PUT(out, " unreachable - #{}", m.code);
        return;
    }
    append(out, w.before);
    append_v4(out, m.inner_dst);
    append(out, w.after);
}

void redirect_text(const IcmpMessage& m, OutBuffer& out) {
    Ipv4Address gw{static_cast<std::uint8_t>(m.rest >> 24U), static_cast<std::uint8_t>(m.rest >> 16U),
                   static_cast<std::uint8_t>(m.rest >> 8U), static_cast<std::uint8_t>(m.rest)};
    static constexpr const char* kWords[] = {"redirect %s to net ", "redirect %s to host ", "redirect-tos %s to net ",
                                             "redirect-tos %s to host "};
    if (m.code < 4) {
        std::string_view w = kWords[m.code];
        auto cut = w.find("%s");
        append(out, w.substr(0, cut));
        append_v4(out, m.inner_dst);
        append(out, w.substr(cut + 2));
        append_v4(out, gw);
        return;
    }
    TS_PUT(out, "redirect-#{} ", m.code);
    append_v4(out, m.inner_dst);
    append(out, " to ");
    append_v4(out, gw);
}

void router_advert_text(const IcmpMessage& m, OutBuffer& out) {
    append(out, "router advertisement lifetime ");
    unsigned l = m.ra_lifetime;
    if (l < 60) TS_PUT(out, "{}", l);
    else if (l < 3600) TS_PUT(out, "{}:{:02}", l / 60, l % 60);
    else TS_PUT(out, "{}:{:02}:{:02}", l / 3600, (l % 3600) / 60, l % 60);
    TS_PUT(out, " {}:", m.ra_count);
    if (m.ra_size != 2) {
        TS_PUT(out, " [size {}]", m.ra_size);
        return;
    }
    for (std::size_t i = 0; i < m.ra_entries; ++i) {
        append(out, " {");
        append_v4(out, m.ra_addr[i]);
        TS_PUT(out, " {}}}", m.ra_pref[i]);
    }
}

}  // namespace

void icmp_text(const DecodedFrame& frame, OutBuffer& out) {
    const IcmpMessage& m = frame.ip.icmp;
    if (!frame.ip.has_icmp || !m.complete) {
        append_trunc(out, "icmp");
        return;
    }
    append(out, "ICMP ");
    switch (m.type) {
        case 0:
        case 8:
            append(out, m.type == 8 ? "echo request" : "echo reply");
            append_labeled(out, ", id ", m.id());
            append_labeled(out, ", seq ", m.seq());
            break;
        case 3:
            unreach_text(m, out);
            break;
        case 5:
            redirect_text(m, out);
            break;
        case 9:
            router_advert_text(m, out);
            break;
        case 11:
            if (m.code == 0) append(out, "time exceeded in-transit");
            else if (m.code == 1) append(out, "ip reassembly time exceeded");
            else TS_PUT(out, "time exceeded-#{}", m.code);
            break;
        case 12:
            if (m.code != 0) TS_PUT(out, "parameter problem - code {}", m.code);
            else TS_PUT(out, "parameter problem - octet {}", m.rest >> 24U);
            break;
        case 18:
            TS_PUT(out, "address mask is 0x{:08x}", m.mask);
            break;
        case 13:
            TS_PUT(out, "time stamp query id {} seq {}", m.id(), m.seq());
            break;
        case 14:
            TS_PUT(out, "time stamp reply id {} seq {}: org ", m.id(), m.seq());
            append_tstamp(out, m.timestamps[0]);
            append(out, ", recv ");
            append_tstamp(out, m.timestamps[1]);
            append(out, ", xmit ");
            append_tstamp(out, m.timestamps[2]);
            break;
        default:
            if (const char* name = icmp_type_name(m.type)) append(out, name);
            else TS_PUT(out, "type-#{}", m.type);
            break;
    }
    append_labeled(out, ", length ", m.length);
}

}  // namespace tapsniff::text
