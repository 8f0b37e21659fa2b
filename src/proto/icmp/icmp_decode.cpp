// ICMP decoder: per message type, the fields tcpdump's icmp_print reads, in its order.
#include <algorithm>
#include <optional>

#include "proto/icmp/icmp.hpp"
#include "proto/ip/ip.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kQuotedHeader = 20;  // the fixed part of the IP header an error quotes
constexpr std::size_t kRouterEntry = 8;    // router advertisement: address + preference level

// The quoted IP header's fixed part (all of it must be captured: tcpdump reads its last field,
// the destination). Returns the quoted header's length from its IHL, where the quoted transport
// header starts; nullopt when cut.
std::optional<unsigned> read_quoted(IcmpLayer& m, Cursor& c) {
    auto quoted = c.sub(kQuotedHeader);
    if (!quoted) return std::nullopt;
    const std::uint8_t vhl = *quoted->u8();
    quoted->skip(8);  // tos, total length, id, fragment, ttl
    m.quoted_proto = *quoted->u8();
    quoted->skip(6);  // checksum, source
    m.quoted_dst = *quoted->array<4>();
    return (vhl & 0x0fU) * 4U;
}

bool read_id_seq(IcmpLayer& m, Cursor& c) {
    auto ids = c.sub(4);
    if (!ids) return false;
    m.id = *ids->be16();
    m.seq = *ids->be16();
    return true;
}

bool read_unreachable(IcmpLayer& m, Cursor& c) {
    auto word = c.sub(4);  // unused, but for need-to-fragment's next-hop MTU in its low half
    if (!word) return false;
    if (m.code == icmp_unreach::need_frag) {
        word->skip(2);
        m.mtu = *word->be16();
    }
    const Cursor quoted_start = c;
    auto quoted_len = read_quoted(m, c);
    if (!quoted_len) return false;
    if (m.code != icmp_unreach::port) return true;
    // The destination port of the quoted UDP/TCP header, after the quoted IP options.
    Cursor transport = quoted_start.ahead(*quoted_len);
    if (!transport.skip(2)) return false;
    auto dport = transport.be16();
    if (!dport) return false;
    m.quoted_dport = *dport;
    return true;
}

bool read_timestamps(IcmpLayer& m, Cursor& c) {
    if (!read_id_seq(m, c)) return false;
    auto times = c.sub(12);
    if (!times) return false;
    m.originate = *times->be32();
    m.receive = *times->be32();
    m.transmit = *times->be32();
    return true;
}

bool read_router_advert(Decoder& d, IcmpLayer& m, Cursor& c) {
    auto header = c.sub(4);
    if (!header) return false;
    m.ra_count = *header->u8();
    m.ra_entry_size = *header->u8();
    m.ra_lifetime = *header->be16();
    if (m.ra_entry_size != 2) return true;  // tcpdump prints the size and reads no entry
    const std::size_t captured = std::min<std::size_t>(m.ra_count, c.remaining() / kRouterEntry);
    auto* entries = d.frame.allocate_array<IcmpRouterEntry>(captured);
    if (entries == nullptr) return false;  // no room left in the frame: counted as cut
    for (std::size_t i = 0; i < captured; ++i) {
        auto entry = c.sub(kRouterEntry);
        entries[i].address = *entry->array<4>();
        entries[i].preference = *entry->be32();
    }
    m.ra_entries = {entries, captured};
    return captured == m.ra_count;
}

// Reads what follows the checksum for this type from `c`; true when all of it was captured.
bool read_fields(Decoder& d, IcmpLayer& m, Cursor& c) {
    switch (m.type) {
        case icmp_type::echo:
        case icmp_type::echo_reply:
        case icmp_type::timestamp:
            return read_id_seq(m, c);
        case icmp_type::timestamp_reply:
            return read_timestamps(m, c);
        case icmp_type::unreachable:
            return read_unreachable(m, c);
        case icmp_type::redirect: {
            auto gateway = c.array<4>();
            if (!gateway) return false;
            m.gateway = *gateway;
            return read_quoted(m, c).has_value();
        }
        case icmp_type::time_exceeded:
            return c.skip(4) && read_quoted(m, c).has_value();
        case icmp_type::param_problem: {
            if (m.code != 0) return true;  // tcpdump words the code and reads no pointer
            auto pointer = c.u8();
            if (!pointer) return false;
            m.pointer = *pointer;
            return true;
        }
        case icmp_type::mask_reply: {
            if (!c.skip(4)) return false;  // id and sequence, which tcpdump does not print here
            auto mask = c.be32();
            if (!mask) return false;
            m.mask = *mask;
            return true;
        }
        case icmp_type::router_advert:
            return read_router_advert(d, m, c);
        default:
            return true;  // worded by type alone
    }
}

}  // namespace

void decode_icmp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    if (ip.v4 == nullptr) return;  // the IP layer prints "[ICMP requires IPv4]"
    auto* m = d.frame.add<IcmpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->body = data;
    Cursor cursor(data);
    auto type_code = cursor.sub(2);
    if (!type_code) {
        d.cut("icmp");
        return;
    }
    m->type = *type_code->u8();
    m->code = *type_code->u8();
    auto checksum = cursor.be16();
    if (checksum) {
        m->has_checksum = true;
        m->checksum.value = *checksum;
    }
    // Nothing after a cut checksum can be read: an empty cursor fails every read, so only the
    // types worded by type and code alone are complete without it.
    Cursor fields = checksum ? cursor : Cursor{};
    m->complete = read_fields(d, *m, fields);
    d.frame.set_presence(m->complete ? Presence::complete : Presence::truncated);
    if (!m->complete) d.cut("icmp");

    if (!d.options.verify_checksums || !m->has_checksum || ip.fragmented() || data.size() < wire_len) return;
    m->checksum = verify_checksum(ChecksumSum{}, data.first(wire_len), m->checksum.value);
}

}  // namespace tapsniff
