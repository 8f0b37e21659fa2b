// ICMPv6 text (print-icmp6.c's icmp6_print without -v), fields and protocol registration.
#include "proto/icmp6/icmp6.hpp"

#include <algorithm>

#include "render/fields.hpp"

namespace tapsniff {
namespace {

using text::append;
using text::append_ipv6;
using text::append_labeled;
using text::append_trunc;

// tcpdump's icmp6_type_values.
const char* icmp6_type_words(std::uint8_t type) {
    switch (type) {
        case 1: return "destination unreachable";
        case 2: return "packet too big";
        case 3: return "time exceeded in-transit";
        case 4: return "parameter problem";
        case 128: return "echo request";
        case 129: return "echo reply";
        case 130: return "multicast listener query";
        case 131: return "multicast listener report";
        case 132: return "multicast listener done";
        case 133: return "router solicitation";
        case 134: return "router advertisement";
        case 135: return "neighbor solicitation";
        case 136: return "neighbor advertisement";
        case 137: return "redirect";
        case 138: return "router renumbering";
        case 139: return "who-are-you request";
        case 140: return "who-are-you reply";
        case 141: return "inverse neighbor solicitation";
        case 142: return "inverse neighbor advertisement";
        case 143: return "multicast listener report v2";
        case 144: return "ha discovery request";
        case 145: return "ha discovery reply";
        case 146: return "mobile router solicitation";
        case 147: return "mobile router advertisement";
        case 155: return "RPL";
        case 200: return "mtrace response";
        case 201: return "mtrace message";
        default: return nullptr;
    }
}

// tcpdump's icmp6_dst_unreach_code_values (the leading space of code 1 is tcpdump's).
const char* unreach_words(std::uint8_t code) {
    switch (code) {
        case icmp6_unreach::no_route: return "unreachable route";
        case icmp6_unreach::admin_prohibited: return " unreachable prohibited";
        case icmp6_unreach::beyond_scope: return "beyond scope";
        case icmp6_unreach::address: return "unreachable address";
        case icmp6_unreach::port: return "unreachable port";
        default: return nullptr;
    }
}

// tcpdump's print_unknown_data: the message in hex, clamped to what was captured, no mark.
void append_message_hex(const Icmp6Layer& m, OutBuffer& out) {
    text::append_plain_hex(out, m.body.first(std::min<std::size_t>(m.body.size(), m.length)));
}

// tcpdump's mld6_print: nothing at all when the 24-byte message was not captured.
void mld_text(const Icmp6Layer& m, OutBuffer& out) {
    if (m.mld_short) return;
    TS_PUT(out, "max resp delay: {} addr: ", m.mld_delay);
    append_ipv6(out, m.mld_group);
}

void dst_unreachable_text(const Icmp6Layer& m, OutBuffer& out) {
    switch (m.code) {
        case icmp6_unreach::beyond_scope:
            out.push_back(' ');
            append_ipv6(out, m.quoted_dst);
            append(out, ", source address ");
            append_ipv6(out, m.quoted_src);
            return;
        case icmp6_unreach::port:
            append(out, ", ");
            append_ipv6(out, m.quoted_dst);
            if (m.quoted_proto == ipproto::tcp) TS_PUT(out, " tcp port {}", m.quoted_dport);
            else if (m.quoted_proto == ipproto::udp) TS_PUT(out, " udp port {}", m.quoted_dport);
            else TS_PUT(out, " protocol {} port {} unreachable", m.quoted_proto, m.quoted_dport);
            return;
        default:
            out.push_back(' ');
            append_ipv6(out, m.quoted_dst);
            return;
    }
}

void mld_query_text(const Icmp6Layer& m, OutBuffer& out) {
    append(out, " v2");
    if (m.cut == Icmp6Cut::body) {
        append_trunc(out, "icmp6");
        return;
    }
    append(out, " [gaddr ");
    append_ipv6(out, m.mld_group);
    if (m.cut == Icmp6Cut::body2) {
        append_trunc(out, "icmp6");
        return;
    }
    if (m.mld_sources > 0) {
        if (m.length < 28U + m.mld_sources * 16U) append(out, " [invalid number of sources]");
        else TS_PUT(out, ", {} source(s)", m.mld_sources);
    }
    out.push_back(']');
}

// The text after the type's words; false where tcpdump stops (a cut, or the hex dump of
// something it cannot word), which then has no ", length N".
bool body_text(const Icmp6Layer& m, OutBuffer& out) {
    // For most types a cut anywhere means tcpdump's mark in place of all of it.
    const bool cut = m.cut != Icmp6Cut::none;
    auto mark = [&] {
        append_trunc(out, "icmp6");
        return false;
    };
    switch (m.type) {
        case icmp6_type::dst_unreachable:
            if (const char* words = unreach_words(m.code)) TS_PUT(out, ", {}", words);
            else TS_PUT(out, ", unknown unreach code ({})", m.code);
            if (m.code > icmp6_unreach::port) {
                append_message_hex(m, out);
                return false;
            }
            if (cut) return mark();
            dst_unreachable_text(m, out);
            return true;
        case icmp6_type::packet_too_big:
            if (cut) return mark();
            TS_PUT(out, ", mtu {}", m.mtu);
            return true;
        case icmp6_type::time_exceeded:
            if (cut) return mark();
            if (m.code == 0) {
                append(out, " for ");
                append_ipv6(out, m.quoted_dst);
            } else if (m.code == 1) {
                append(out, " (reassembly)");
            } else {
                TS_PUT(out, ", unknown code ({})", m.code);
            }
            return true;
        case icmp6_type::param_problem: {
            if (cut) return mark();
            static constexpr const char* kWords[] = {"erroneous", "next header", "option",
                                                     "incomplete header chain"};
            if (m.code < 4) TS_PUT(out, ", {} - octet {}", kWords[m.code], m.pointer);
            else TS_PUT(out, ", code-#{}", m.code);
            return true;
        }
        case icmp6_type::echo_request:
        case icmp6_type::echo_reply:
            if (cut) return mark();
            append_labeled(out, ", id ", m.id);
            append_labeled(out, ", seq ", m.seq);
            return true;
        case icmp6_type::mld_query:
            if (m.length == 24) {
                mld_text(m, out);
            } else if (m.length >= 28) {
                mld_query_text(m, out);
                return !cut;
            } else {
                TS_PUT(out, " unknown-version (len {}) ", m.length);
            }
            return true;
        case icmp6_type::mld_report:
        case icmp6_type::mld_done:
            mld_text(m, out);
            return true;
        case icmp6_type::neighbor_solicit:
        case icmp6_type::neighbor_advert:
            if (cut) return mark();
            append(out, m.type == icmp6_type::neighbor_solicit ? ", who has " : ", tgt is ");
            append_ipv6(out, m.target);
            return true;
        case icmp6_type::redirect:
            if (cut) return mark();
            append(out, ", ");
            append_ipv6(out, m.destination);
            append(out, " to ");
            append_ipv6(out, m.target);
            return true;
        case icmp6_type::mldv2_report:
            if (m.length < 8) {  // tcpdump checks the length before reading anything
                TS_PUT(out, " [invalid len {}]", m.length);
                return true;
            }
            if (cut) return mark();
            TS_PUT(out, ", {} group record(s)", m.group_count);
            return true;
        case icmp6_type::ha_discovery_request:
        case icmp6_type::mobile_prefix_solicit:
            if (cut) return mark();
            TS_PUT(out, ", id 0x{:04x}", m.id);
            return true;
        case icmp6_type::router_solicit:
        case icmp6_type::router_advert:
        case icmp6_type::inverse_nd_solicit:
        case icmp6_type::inverse_nd_advert:
        case icmp6_type::ha_discovery_reply:
        case icmp6_type::mobile_prefix_advert:
            return true;  // their fields are printed with -v only
        default:
            // Types tcpdump cannot word: the length, then the message in hex.
            append_labeled(out, ", length ", m.length);
            append_message_hex(m, out);
            return false;
    }
}

void icmp6_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const Icmp6Layer& m = *t.frame.get<Icmp6Layer>(index);
    if (m.length == 0) {
        append(out, "ICMP6, length 0 (invalid)");
        return;
    }
    if (m.cut == Icmp6Cut::type) {
        append_trunc(out, "icmp6");
        return;
    }
    if (const char* words = icmp6_type_words(m.type)) {
        append(out, "ICMP6, ");
        append(out, words);
    } else {
        TS_PUT(out, "ICMP6, unknown icmp6 type ({})", m.type);
    }
    if (m.cut == Icmp6Cut::code) {
        append_trunc(out, "icmp6");
        return;
    }
    if (body_text(m, out)) append_labeled(out, ", length ", m.length);
}

// Wireshark's icmpv6_type_val, for the tree.
const char* icmp6_type_name(std::uint64_t type) {
    switch (type) {
        case 1: return "Destination Unreachable";
        case 2: return "Packet Too Big";
        case 3: return "Time Exceeded";
        case 4: return "Parameter Problem";
        case 128: return "Echo (ping) request";
        case 129: return "Echo (ping) reply";
        case 130: return "Multicast Listener Query";
        case 131: return "Multicast Listener Report";
        case 132: return "Multicast Listener Done";
        case 133: return "Router Solicitation";
        case 134: return "Router Advertisement";
        case 135: return "Neighbor Solicitation";
        case 136: return "Neighbor Advertisement";
        case 137: return "Redirect";
        case 138: return "Router Renumbering";
        case 139: return "Node Information Query";
        case 140: return "Node Information Reply";
        case 141: return "Inverse Neighbor Discovery Solicitation";
        case 142: return "Inverse Neighbor Discovery Advertisement";
        case 143: return "Multicast Listener Report Message v2";
        case 144: return "Home Agent Address Discovery Request";
        case 145: return "Home Agent Address Discovery Reply";
        case 146: return "Mobile Prefix Solicitation";
        case 147: return "Mobile Prefix Advertisement";
        default: return nullptr;
    }
}

// Wireshark's mldr_record_type_val.
const char* mld_record_type_name(std::uint64_t type) {
    switch (type) {
        case 1: return "Include";
        case 2: return "Exclude";
        case 3: return "Changed to include";
        case 4: return "Changed to exclude";
        case 5: return "Allow new sources";
        case 6: return "Block old sources";
        default: return nullptr;
    }
}

constexpr Field kType{"type", "Type", 0, icmp6_type_name};
constexpr Field kCode{"code", "Code"};
constexpr Field kChecksum{"", "Checksum"};
constexpr Field kIdentifier{"", "Identifier", 4};
constexpr Field kSequence{"", "Sequence"};
constexpr Field kMtu{"", "MTU"};
constexpr Field kPointer{"", "Pointer"};
constexpr Field kTarget{"", "Target Address"};
constexpr Field kDestination{"", "Destination Address"};
constexpr Field kQuotedSrc{"", "Quoted Source Address"};
constexpr Field kQuotedDst{"", "Quoted Destination Address"};
constexpr Field kQuotedProto{"", "Quoted Next Header"};
constexpr Field kQuotedDport{"", "Quoted Destination Port"};
constexpr Field kMldDelay{"", "Maximum Response Delay [ms]"};
constexpr Field kMldGroup{"", "Multicast Address"};
constexpr Field kMldSources{"", "Number of Sources"};
constexpr Field kRecordCount{"", "Nr of Mcast Address Records"};
constexpr Field kRecord{"", "Multicast Address Record"};
constexpr Field kRecordType{"", "Record Type", 0, mld_record_type_name};
constexpr Field kRecordAux{"", "Aux Data Len"};
constexpr Field kRecordSources{"", "Number of Sources"};
constexpr Field kRecordGroup{"", "Multicast Address"};
constexpr Field kLength{"", "Length"};

template <class W>
void describe_mld(const Icmp6Layer& m, W& w) {
    const bool v1 = m.type != icmp6_type::mld_query || m.length == 24;
    if (v1 ? m.mld_short : (m.length < 28 || m.cut == Icmp6Cut::body)) return;  // not read
    w.num(kMldDelay, m.mld_delay);
    w.ipv6(kMldGroup, m.mld_group);
    if (!v1 && m.cut == Icmp6Cut::none) w.num(kMldSources, m.mld_sources);
}

}  // namespace

template <class W>
void describe(const Icmp6Layer& m, W& w) {
    w.num(kType, m.type);
    w.num(kCode, m.code);
    if (m.has_checksum) w.checksum(kChecksum, m.checksum);
    switch (m.type) {
        case icmp6_type::mld_query:
        case icmp6_type::mld_report:
        case icmp6_type::mld_done:
            describe_mld(m, w);
            break;
        default:
            break;
    }
    if (m.cut == Icmp6Cut::none) {
        switch (m.type) {
            case icmp6_type::echo_request:
            case icmp6_type::echo_reply:
                w.num(kIdentifier, m.id);
                w.num(kSequence, m.seq);
                break;
            case icmp6_type::ha_discovery_request:
            case icmp6_type::mobile_prefix_solicit:
                w.num(kIdentifier, m.id);
                break;
            case icmp6_type::packet_too_big:
                w.num(kMtu, m.mtu);
                break;
            case icmp6_type::param_problem:
                w.num(kPointer, m.pointer);
                w.ipv6(kQuotedSrc, m.quoted_src);
                w.ipv6(kQuotedDst, m.quoted_dst);
                break;
            case icmp6_type::dst_unreachable:
            case icmp6_type::time_exceeded:
                if (m.type == icmp6_type::dst_unreachable ? m.code > icmp6_unreach::port : m.code != 0) break;
                w.ipv6(kQuotedSrc, m.quoted_src);
                w.ipv6(kQuotedDst, m.quoted_dst);
                if (m.quoted_upper) {
                    w.num(kQuotedProto, m.quoted_proto);
                    w.num(kQuotedDport, m.quoted_dport);
                }
                break;
            case icmp6_type::neighbor_solicit:
            case icmp6_type::neighbor_advert:
                w.ipv6(kTarget, m.target);
                break;
            case icmp6_type::redirect:
                w.ipv6(kTarget, m.target);
                w.ipv6(kDestination, m.destination);
                break;
            case icmp6_type::mldv2_report:
                w.num(kRecordCount, m.group_count);
                describe_list(w, kRecord, m.records, [&](const MldRecord& r) {
                    w.num(kRecordType, r.type);
                    w.num(kRecordAux, r.aux_len);
                    w.num(kRecordSources, r.sources);
                    w.ipv6(kRecordGroup, r.group);
                });
                break;
            default:
                break;
        }
    }
    w.num(kLength, m.length);
}

const Protocol Icmp6Layer::protocol =
    make_protocol<Icmp6Layer>("icmp6", "icmp6", "Internet Control Message Protocol v6", icmp6_text);

}  // namespace tapsniff
