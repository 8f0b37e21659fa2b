// ICMP text (print-icmp.c's icmp_print without -v), fields and protocol registration.
#include "proto/icmp/icmp.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

using text::append;
using text::append_ipv4;
using text::append_labeled;

// tcpdump's icmp2str, for types it words without fields.
const char* icmp_type_words(std::uint8_t type) {
    switch (type) {
        case icmp_type::echo_reply: return "echo reply";
        case icmp_type::source_quench: return "source quench";
        case icmp_type::echo: return "echo request";
        case icmp_type::router_solicit: return "router solicitation";
        case icmp_type::timestamp: return "time stamp request";
        case icmp_type::timestamp_reply: return "time stamp reply";
        case icmp_type::info_request: return "information request";
        case icmp_type::info_reply: return "information reply";
        case icmp_type::mask_request: return "address mask request";
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

// tcpdump's icmp_tstamp_print: milliseconds since midnight UTC as hh:mm:ss.mmm.
void append_tstamp(OutBuffer& out, std::uint32_t t) {
    unsigned msec = t % 1000, sec = t / 1000;
    unsigned min = sec / 60;
    sec -= min * 60;
    unsigned hrs = min / 60;
    min -= hrs * 60;
    TS_PUT(out, "{:02}:{:02}:{:02}.{:03}", hrs, min, sec, msec);
}

void unreach_text(const IcmpLayer& m, OutBuffer& out) {
    switch (m.code) {
        case icmp_unreach::protocol:
            append_ipv4(out, m.quoted_dst);
            TS_PUT(out, " protocol {} unreachable", m.quoted_proto);
            return;
        case icmp_unreach::port:
            append_ipv4(out, m.quoted_dst);
            if (m.quoted_proto == ipproto::tcp) TS_PUT(out, " tcp port {} unreachable", m.quoted_dport);
            else if (m.quoted_proto == ipproto::udp) TS_PUT(out, " udp port {} unreachable", m.quoted_dport);
            else TS_PUT(out, " protocol {} port {} unreachable", m.quoted_proto, m.quoted_dport);
            return;
        case icmp_unreach::need_frag:
            append_ipv4(out, m.quoted_dst);
            if (m.mtu != 0) TS_PUT(out, " unreachable - need to frag (mtu {})", m.mtu);
            else append(out, " unreachable - need to frag");
            return;
        default:
            break;
    }
    UnreachWords w = unreach_words(m.code);
    if (w.before == nullptr) {
        append_ipv4(out, m.quoted_dst);
        TS_PUT(out, " unreachable - #{}", m.code);
        return;
    }
    append(out, w.before);
    append_ipv4(out, m.quoted_dst);
    append(out, w.after);
}

void redirect_text(const IcmpLayer& m, OutBuffer& out) {
    static constexpr const char* kWords[] = {"redirect ", "redirect ", "redirect-tos ", "redirect-tos "};
    static constexpr const char* kTo[] = {" to net ", " to host ", " to net ", " to host "};
    if (m.code < 4) {
        append(out, kWords[m.code]);
        append_ipv4(out, m.quoted_dst);
        append(out, kTo[m.code]);
    } else {
        TS_PUT(out, "redirect-#{} ", m.code);
        append_ipv4(out, m.quoted_dst);
        append(out, " to ");
    }
    append_ipv4(out, m.gateway);
}

// tcpdump words a router advertisement into a buffer of MAXHOSTNAMELEN + 100 bytes (164 on
// Linux) with snprintf, so what does not fit is silently cut.
constexpr std::size_t kRouterAdvertText = 164 - 1;

void router_advert_text(const IcmpLayer& m, OutBuffer& out) {
    const std::size_t start = out.size();
    append(out, "router advertisement lifetime ");
    const unsigned l = m.ra_lifetime;
    if (l < 60) text::append_uint(out, l);
    else if (l < 3600) TS_PUT(out, "{}:{:02}", l / 60, l % 60);
    else TS_PUT(out, "{}:{:02}:{:02}", l / 3600, (l % 3600) / 60, l % 60);
    TS_PUT(out, " {}:", m.ra_count);
    if (m.ra_entry_size != 2) {
        TS_PUT(out, " [size {}]", m.ra_entry_size);
    } else {
        for (const IcmpRouterEntry& e : m.ra_entries) {
            if (out.size() - start >= kRouterAdvertText) break;
            append(out, " {");
            append_ipv4(out, e.address);
            TS_PUT(out, " {}}}", e.preference);
        }
    }
    if (out.size() - start > kRouterAdvertText) out.resize(start + kRouterAdvertText);
}

void icmp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const IcmpLayer& m = *t.frame.get<IcmpLayer>(index);
    if (!m.complete) {
        text::append_trunc(out, "icmp");
        return;
    }
    append(out, "ICMP ");
    switch (m.type) {
        case icmp_type::echo:
        case icmp_type::echo_reply:
            append(out, m.type == icmp_type::echo ? "echo request" : "echo reply");
            append_labeled(out, ", id ", m.id);
            append_labeled(out, ", seq ", m.seq);
            break;
        case icmp_type::unreachable:
            unreach_text(m, out);
            break;
        case icmp_type::redirect:
            redirect_text(m, out);
            break;
        case icmp_type::router_advert:
            router_advert_text(m, out);
            break;
        case icmp_type::time_exceeded:
            if (m.code == 0) append(out, "time exceeded in-transit");
            else if (m.code == 1) append(out, "ip reassembly time exceeded");
            else TS_PUT(out, "time exceeded-#{}", m.code);
            break;
        case icmp_type::param_problem:
            if (m.code != 0) TS_PUT(out, "parameter problem - code {}", m.code);
            else TS_PUT(out, "parameter problem - octet {}", m.pointer);
            break;
        case icmp_type::mask_reply:
            TS_PUT(out, "address mask is 0x{:08x}", m.mask);
            break;
        case icmp_type::timestamp:
            TS_PUT(out, "time stamp query id {} seq {}", m.id, m.seq);
            break;
        case icmp_type::timestamp_reply:
            TS_PUT(out, "time stamp reply id {} seq {}: org ", m.id, m.seq);
            append_tstamp(out, m.originate);
            append(out, ", recv ");
            append_tstamp(out, m.receive);
            append(out, ", xmit ");
            append_tstamp(out, m.transmit);
            break;
        default:
            if (const char* words = icmp_type_words(m.type)) append(out, words);
            else TS_PUT(out, "type-#{}", m.type);
            break;
    }
    append_labeled(out, ", length ", m.length);
}

// Wireshark's icmp_type_str, for the tree.
const char* icmp_type_name(std::uint64_t type) {
    switch (type) {
        case icmp_type::echo_reply: return "Echo (ping) reply";
        case icmp_type::unreachable: return "Destination unreachable";
        case icmp_type::source_quench: return "Source quench (flow control)";
        case icmp_type::redirect: return "Redirect";
        case icmp_type::echo: return "Echo (ping) request";
        case icmp_type::router_advert: return "Router advertisement";
        case icmp_type::router_solicit: return "Router solicitation";
        case icmp_type::time_exceeded: return "Time-to-live exceeded";
        case icmp_type::param_problem: return "Parameter problem";
        case icmp_type::timestamp: return "Timestamp request";
        case icmp_type::timestamp_reply: return "Timestamp reply";
        case icmp_type::info_request: return "Information request";
        case icmp_type::info_reply: return "Information reply";
        case icmp_type::mask_request: return "Address mask request";
        case icmp_type::mask_reply: return "Address mask reply";
        default: return nullptr;
    }
}

constexpr Field kType{"type", "Type", 0, icmp_type_name};
constexpr Field kCode{"code", "Code"};
constexpr Field kChecksum{"", "Checksum"};
constexpr Field kIdentifier{"", "Identifier"};
constexpr Field kSequence{"", "Sequence Number"};
constexpr Field kGateway{"", "Gateway Address"};
constexpr Field kMtu{"", "MTU of next hop"};
constexpr Field kPointer{"", "Pointer"};
constexpr Field kMask{"", "Address Mask", 8};
constexpr Field kOriginate{"", "Originate Timestamp"};
constexpr Field kReceive{"", "Receive Timestamp"};
constexpr Field kTransmit{"", "Transmit Timestamp"};
constexpr Field kQuotedProto{"", "Quoted Protocol"};
constexpr Field kQuotedDst{"", "Quoted Destination Address"};
constexpr Field kQuotedDport{"", "Quoted Destination Port"};
constexpr Field kRaCount{"", "Number of addresses"};
constexpr Field kRaSize{"", "Address entry size"};
constexpr Field kRaLifetime{"", "Lifetime", 0, nullptr, nullptr, "seconds"};
constexpr Field kRaEntry{"", "Router Entry"};
constexpr Field kRaAddress{"", "Router address"};
constexpr Field kRaPreference{"", "Preference level"};
constexpr Field kLength{"", "Length"};

}  // namespace

template <class W>
void describe(const IcmpLayer& m, W& w) {
    w.num(kType, m.type);
    w.num(kCode, m.code);
    if (m.has_checksum) w.checksum(kChecksum, m.checksum);
    if (m.complete) {
        switch (m.type) {
            case icmp_type::echo:
            case icmp_type::echo_reply:
            case icmp_type::timestamp:
                w.num(kIdentifier, m.id);
                w.num(kSequence, m.seq);
                break;
            case icmp_type::timestamp_reply:
                w.num(kIdentifier, m.id);
                w.num(kSequence, m.seq);
                w.num(kOriginate, m.originate);
                w.num(kReceive, m.receive);
                w.num(kTransmit, m.transmit);
                break;
            case icmp_type::unreachable:
                if (m.code == icmp_unreach::need_frag) w.num(kMtu, m.mtu);
                w.num(kQuotedProto, m.quoted_proto);
                w.ipv4(kQuotedDst, m.quoted_dst);
                if (m.code == icmp_unreach::port) w.num(kQuotedDport, m.quoted_dport);
                break;
            case icmp_type::redirect:
                w.ipv4(kGateway, m.gateway);
                w.ipv4(kQuotedDst, m.quoted_dst);
                break;
            case icmp_type::time_exceeded:
                w.ipv4(kQuotedDst, m.quoted_dst);
                break;
            case icmp_type::param_problem:
                if (m.code == 0) w.num(kPointer, m.pointer);
                break;
            case icmp_type::mask_reply:
                w.num(kMask, m.mask);
                break;
            case icmp_type::router_advert:
                w.num(kRaCount, m.ra_count);
                w.num(kRaSize, m.ra_entry_size);
                w.num(kRaLifetime, m.ra_lifetime);
                describe_list(w, kRaEntry, m.ra_entries, [&](const IcmpRouterEntry& e) {
                    w.ipv4(kRaAddress, e.address);
                    w.num(kRaPreference, e.preference);
                });
                break;
            default:
                break;
        }
    }
    w.num(kLength, m.length);
}

const Protocol IcmpLayer::protocol =
    make_protocol<IcmpLayer>("icmp", "icmp", "Internet Control Message Protocol", icmp_text);

}  // namespace tapsniff
