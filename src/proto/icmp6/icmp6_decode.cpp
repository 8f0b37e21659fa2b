// ICMPv6 decoder: per message type, the fields tcpdump's icmp6_print reads, in its order.
#include <algorithm>

#include "proto/icmp6/icmp6.hpp"
#include "proto/ip/ip.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kQuotedHeader = 40;   // the fixed IPv6 header an error quotes
constexpr std::size_t kMldLen = 24;         // MLDv1 message
constexpr std::size_t kMldv2QueryLen = 28;  // MLDv2 query without sources
constexpr std::size_t kMldRecordLen = 20;   // MLDv2 report record without sources and aux data
// The quoted header chain is walked this far at most. tcpdump has no bound (every header is at
// least 8 bytes, so the capture ends the walk); this one keeps the verdicts the walk always gave.
constexpr int kMaxQuotedHeaders = 64;

// The quoted IPv6 header's addresses; false when not all 40 bytes were captured.
bool read_quoted_header(Icmp6Layer& m, Cursor c) {
    auto header = c.sub(kQuotedHeader);
    if (!header) return false;
    header->skip(8);  // version, class, flow, payload length, next header, hop limit
    m.quoted_src = *header->array<16>();
    m.quoted_dst = *header->array<16>();
    return true;
}

// tcpdump's get_upperlayer: walks the quoted packet's extension headers to a UDP/TCP header and
// reads its destination port; false when the walk ends anywhere else.
bool find_quoted_upper(Icmp6Layer& m, Cursor quoted) {
    auto first_nh = quoted.ahead(6).u8();
    if (!first_nh) return false;
    std::uint8_t nh = *first_nh;
    std::size_t hlen = kQuotedHeader;
    Cursor at = quoted;  // where the header of type `nh` starts, once `hlen` is skipped
    for (int walked = 0; !at.empty() && walked < kMaxQuotedHeaders; ++walked) {
        if (!at.skip(hlen)) return false;
        Cursor h = at;
        switch (nh) {
            case ipproto::udp:
            case ipproto::tcp: {
                auto dport = h.skip(2) ? h.be16() : std::nullopt;
                if (!dport) return false;
                m.quoted_proto = nh;
                m.quoted_dport = *dport;
                return true;
            }
            case ipproto::hopopts:
            case ipproto::dstopts:
            case ipproto::routing: {
                auto next = h.u8();
                auto len = h.u8();
                if (!len) return false;
                nh = *next;
                hlen = (*len + 1U) * 8U;
                break;
            }
            case ipproto::fragment: {
                auto next = h.u8();
                auto offlg = h.skip(1) ? h.be16() : std::nullopt;
                if (!offlg) return false;
                if ((*offlg & 0xfff8U) != 0) return false;  // a later fragment quotes no header
                nh = *next;
                hlen = 8;
                break;
            }
            default:
                m.quoted_proto = nh;
                return false;
        }
    }
    return false;
}

Icmp6Cut read_dst_unreachable(Icmp6Layer& m, Cursor c) {
    if (m.code > icmp6_unreach::port) return Icmp6Cut::none;  // tcpdump dumps the message in hex
    Cursor quoted = c.ahead(4);                                // after the unused word
    if (m.code == icmp6_unreach::port) {
        // The quoted destination comes before the transport header, so it was captured too.
        m.quoted_upper = find_quoted_upper(m, quoted) && read_quoted_header(m, quoted);
        return m.quoted_upper ? Icmp6Cut::none : Icmp6Cut::body;
    }
    return read_quoted_header(m, quoted) ? Icmp6Cut::none : Icmp6Cut::body;
}

// MLDv1 (and an MLDv2 query's first part): maximum response delay, reserved, multicast address.
bool read_mld(Icmp6Layer& m, Cursor& c) {
    auto mld = c.sub(kMldLen - 4);
    if (!mld) return false;
    m.mld_delay = *mld->be16();
    mld->skip(2);
    m.mld_group = *mld->array<16>();
    return true;
}

Icmp6Cut read_mld_query(Icmp6Layer& m, Cursor c) {
    if (m.length == kMldLen) {
        m.mld_short = !read_mld(m, c);  // tcpdump then prints nothing of it, and no mark
        return Icmp6Cut::none;
    }
    if (m.length < kMldv2QueryLen) return Icmp6Cut::none;  // "unknown-version": nothing read
    if (!read_mld(m, c)) return Icmp6Cut::body;
    auto sources = c.skip(2) ? c.be16() : std::nullopt;  // after S/QRV and QQIC
    if (!sources) return Icmp6Cut::body2;
    m.mld_sources = *sources;
    return Icmp6Cut::none;
}

// The records of an MLDv2 report, for the tree (tcpdump reads them only with -v): as many as
// were captured within the message.
void read_mld_records(Decoder& d, Icmp6Layer& m, Bytes data) {
    Cursor c(data.first(std::min<std::size_t>(data.size(), m.length)));
    if (m.group_count == 0 || !c.skip(8)) return;
    const std::size_t most = std::min<std::size_t>(m.group_count, c.remaining() / kMldRecordLen);
    auto* records = d.frame.allocate_array<MldRecord>(most);
    if (records == nullptr) return;  // no room left in the frame; the tree shows the count alone
    std::size_t n = 0;
    while (n < most) {
        auto fixed = c.sub(kMldRecordLen);
        if (!fixed) break;
        MldRecord& r = records[n++];
        r.type = *fixed->u8();
        r.aux_len = *fixed->u8();
        r.sources = *fixed->be16();
        r.group = *fixed->array<16>();
        if (!c.skip(r.sources * 16U + r.aux_len * 4U)) break;
    }
    m.records = {records, n};
}

// The options after a neighbor solicitation or advertisement (RFC 4861 4.6): whether each has a
// non-zero length that fits, and whether a source link-layer address is among them.
void read_nd_options(Icmp6Layer& m, Cursor c) {
    m.nd_options_valid = true;
    while (!c.empty()) {
        auto type = c.u8();
        auto units = c.u8();
        if (!units || *units == 0 || !c.skip(*units * 8U - 2U)) {
            m.nd_options_valid = false;
            return;
        }
        if (*type == nd_option::source_link_address) m.nd_source_link_address = true;
    }
}

// Reads what follows the checksum for this type from `c`; says where it was cut.
Icmp6Cut read_fields(Decoder& d, Icmp6Layer& m, Cursor c, Bytes data) {
    auto whole = [](bool read) { return read ? Icmp6Cut::none : Icmp6Cut::body; };
    switch (m.type) {
        case icmp6_type::dst_unreachable:
            return read_dst_unreachable(m, c);
        case icmp6_type::packet_too_big: {
            auto mtu = c.be32();
            if (mtu) m.mtu = *mtu;
            return whole(mtu.has_value());
        }
        case icmp6_type::time_exceeded:
            if (m.code != 0) return Icmp6Cut::none;  // worded by its code alone
            return whole(c.skip(4) && read_quoted_header(m, c));
        case icmp6_type::param_problem: {
            auto pointer = c.be32();
            if (pointer) m.pointer = *pointer;
            return whole(pointer.has_value() && read_quoted_header(m, c));
        }
        case icmp6_type::echo_request:
        case icmp6_type::echo_reply: {
            auto ids = c.sub(4);
            if (!ids) return Icmp6Cut::body;
            m.id = *ids->be16();
            m.seq = *ids->be16();
            return Icmp6Cut::none;
        }
        case icmp6_type::mld_query:
            return read_mld_query(m, c);
        case icmp6_type::mld_report:
        case icmp6_type::mld_done:
            m.mld_short = !read_mld(m, c);
            return Icmp6Cut::none;
        case icmp6_type::neighbor_solicit:
        case icmp6_type::neighbor_advert: {
            auto target = c.skip(4) ? c.array<16>() : std::nullopt;  // after the flags/reserved word
            if (!target) return Icmp6Cut::body;
            m.target = *target;
            read_nd_options(m, c);
            return Icmp6Cut::none;
        }
        case icmp6_type::redirect: {
            auto addresses = c.skip(4) ? c.sub(32) : std::nullopt;
            if (!addresses) return Icmp6Cut::body;
            m.target = *addresses->array<16>();
            m.destination = *addresses->array<16>();
            return Icmp6Cut::none;
        }
        case icmp6_type::mldv2_report: {
            auto count = c.skip(2) ? c.be16() : std::nullopt;
            if (!count) return Icmp6Cut::body;
            m.group_count = *count;
            read_mld_records(d, m, data);
            return Icmp6Cut::none;
        }
        case icmp6_type::ha_discovery_request:
        case icmp6_type::mobile_prefix_solicit: {
            auto id = c.be16();
            if (id) m.id = *id;
            return whole(id.has_value());
        }
        default:
            return Icmp6Cut::none;  // nothing more without -v, or dumped in hex
    }
}

}  // namespace

void decode_icmp6(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    if (ip.v6 == nullptr) return;  // the IP layer prints "[ICMPv6 requires IPv6]"
    auto* m = d.frame.add<Icmp6Layer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->body = data;
    if (wire_len == 0) {
        d.bad("icmp6 length 0");
        return;
    }
    Cursor cursor(data);
    auto type = cursor.u8();
    if (!type) {
        m->cut = Icmp6Cut::type;
        d.cut("icmp6");
        return;
    }
    m->type = *type;
    auto code = cursor.u8();
    if (!code) {
        m->cut = Icmp6Cut::code;
        d.cut("icmp6");
        return;
    }
    m->code = *code;
    auto checksum = cursor.be16();
    if (checksum) {
        m->has_checksum = true;
        m->checksum.value = *checksum;
    }
    // Nothing after a cut checksum can be read: an empty cursor fails every read, so only the
    // types worded by type and code alone are whole without it.
    m->cut = read_fields(d, *m, checksum ? cursor : Cursor{}, data);
    const bool whole = m->cut == Icmp6Cut::none && !m->mld_short;
    d.frame.set_presence(whole ? Presence::complete : Presence::truncated);
    if (!whole) d.cut("icmp6");

    if (!d.options.verify_checksums || !m->has_checksum || ip.fragmented() || data.size() < wire_len) return;
    m->checksum = verify_upper_checksum(ip, ipproto::icmpv6, data.first(wire_len), m->checksum.value);
}

}  // namespace tapsniff
