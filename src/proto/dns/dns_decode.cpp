// DNS decoder: the header, the questions and answers walked as tcpdump's domain_print walks them
// at default verbosity (a query prints its questions, a response its answers), names as text.
#include <algorithm>

#include "proto/dns/dns.hpp"
#include "proto/dns/dns_name.hpp"

namespace tapsniff {

namespace dns {
// Fills the data fields tcpdump's ns_rprint prints for the record's type (dns_rdata.cpp); false
// when its printing ends in " [|domain]".
bool read_rdata(Decoder& d, Bytes msg, std::size_t cp, std::size_t rp, bool mdns, DnsRecord& r);
}  // namespace dns

namespace {

using dns::be16_at;
using dns::be32_at;
using dns::byte_at;
using dns::read_name;
using dns::skip_name;

constexpr std::size_t kHeaderLen = 12;
constexpr std::size_t kMinQuestion = 5;   // a one-byte name, type and class
constexpr std::size_t kMinRecord = 11;    // a one-byte name, type, class, TTL and length

// tcpdump looks for an OPT record in the additional section, skipping what comes before it,
// for the extended RCODE bits in its TTL field; it stops quietly where the capture ends.
std::uint16_t extended_rcode(Bytes msg, const DnsLayer& m) {
    std::uint16_t rcode = m.flags & 0xfU;
    const std::size_t size = msg.size();
    std::size_t cp = kHeaderLen;
    // Each turn moves at least five bytes on and stops at the end of the capture.
    for (unsigned i = 0; i < m.qdcount; ++i) {
        auto s = skip_name(msg, cp);
        if (!s) return rcode;
        cp = *s + 4;
        if (cp >= size) return rcode;
    }
    const unsigned records = static_cast<unsigned>(m.ancount) + m.nscount;
    for (unsigned i = 0; i < records; ++i) {
        auto s = skip_name(msg, cp);
        if (!s) return rcode;
        cp = *s + 8;
        auto rdlen = be16_at(msg, cp);
        if (!rdlen) return rcode;
        cp += 2 + *rdlen;
        if (cp >= size) return rcode;
    }
    for (unsigned i = 0; i < m.arcount; ++i) {
        auto s = skip_name(msg, cp);
        if (!s) return rcode;
        auto type = be16_at(msg, *s);
        if (!type) return rcode;
        cp = *s + 4;
        auto high = byte_at(msg, cp);
        if (!high) return rcode;
        if (*type == dns_type::opt) return static_cast<std::uint16_t>(rcode | (*high << 4U));
        cp += 4;
        auto rdlen = be16_at(msg, cp);
        if (!rdlen) return rcode;
        cp += 2 + *rdlen;
        if (cp >= size) return rcode;
    }
    return rcode;
}

// A record as tcpdump's ns_rprint reads it at `off`; where the next one starts, or nullopt
// when tcpdump goes no further (r.end says why).
std::optional<std::size_t> read_record(Decoder& d, Bytes msg, bool mdns, std::size_t off, DnsRecord& r) {
    auto s = skip_name(msg, off);
    if (!s || *s + 10 > msg.size()) {
        r.end = DnsRecordEnd::skipped;
        return std::nullopt;
    }
    read_name(d, msg, off, 0, r.name, false);  // tcpdump prints it only with -v; JSON and the tree show it
    Cursor fixed = Cursor(msg).ahead(*s);
    r.type = *fixed.be16();
    r.klass = *fixed.be16();
    r.ttl = *fixed.be32();
    r.opt_flags = static_cast<std::uint16_t>(r.ttl & 0xffffU);
    r.rdlen = *fixed.be16();
    const std::size_t cp = *s + 10;
    const std::size_t rp = cp + r.rdlen;
    if (rp > msg.size()) {
        r.end = DnsRecordEnd::rdata_cut;
        return std::nullopt;
    }
    if (!dns::read_rdata(d, msg, cp, rp, mdns, r)) {
        r.end = DnsRecordEnd::failed;
        return std::nullopt;
    }
    r.end = DnsRecordEnd::ok;
    return rp;
}

// Storage for up to `count` entries that could fit in `bytes_left` bytes of a message.
template <class T>
T* entries(Decoder& d, unsigned count, std::size_t bytes_left, std::size_t min_size, std::size_t& room) {
    room = std::min<std::size_t>({count, bytes_left / min_size + 1, kMaxDnsEntries});
    if (room == 0) return nullptr;
    T* place = d.frame.allocate_array<T>(room);
    if (place == nullptr) room = 0;
    return place;
}

// The answers of a response, as the text prints them (tcpdump's loop over ns_rprint), from `off`.
void response_answers(Decoder& d, Bytes msg, DnsLayer& m, std::size_t off) {
    std::size_t room = 0;
    auto* an = entries<DnsRecord>(d, m.ancount, msg.size() > off ? msg.size() - off : 0, kMinRecord, room);
    for (unsigned i = 0; i < m.ancount; ++i) {
        const unsigned left = m.ancount - i - 1;
        if (m.an_count == room) {  // only a message of thousands of records gets here
            m.text_cut = true;
            d.bad("dns answers beyond what is kept");
            return;
        }
        DnsRecord& r = an[m.an_count++];
        m.an = an;
        auto next = read_record(d, msg, m.mdns, off, r);
        if (r.end == DnsRecordEnd::skipped) {  // ns_rprint returned the end of the capture
            m.text_cut = left > 0;
            return;
        }
        if (!next) return;  // the record's own text ends with " [|domain]"
        off = *next;
        if (left > 0 && off >= msg.size()) {
            m.text_cut = true;
            return;
        }
    }
}

// The answers of a query (mDNS known answers, updates): tcpdump prints none, JSON lists those
// that were captured.
void query_answers(Decoder& d, Bytes msg, DnsLayer& m, std::size_t off) {
    std::size_t room = 0;
    if (off >= msg.size()) return;
    auto* an = entries<DnsRecord>(d, m.ancount, msg.size() - off, kMinRecord, room);
    for (unsigned i = 0; i < m.ancount && m.an_count < room && off < msg.size(); ++i) {
        DnsRecord& r = an[m.an_count];
        auto next = read_record(d, msg, m.mdns, off, r);
        if (!next) return;
        ++m.an_count;
        m.an = an;
        off = *next;
    }
}

// A query's questions as tcpdump's loop over ns_qprint prints them; returns where they end, or
// nullopt when the text ends in them.
std::optional<std::size_t> query_questions(Decoder& d, Bytes msg, DnsLayer& m) {
    std::size_t off = kHeaderLen;
    std::size_t room = 0;
    auto* qd = entries<DnsQuestion>(d, m.qdcount, msg.size() - kHeaderLen, kMinQuestion, room);
    for (unsigned i = 0; i < m.qdcount; ++i) {
        const unsigned left = m.qdcount - i - 1;
        if (m.qd_count == room) {
            m.text_cut = true;
            d.bad("dns questions beyond what is kept");
            return std::nullopt;
        }
        DnsQuestion& q = qd[m.qd_count++];
        m.qd = qd;
        auto s = skip_name(msg, off);
        if (!s || *s + 4 > msg.size()) return std::nullopt;  // nothing printed, then " [|domain]"
        q.type = *be16_at(msg, *s);
        q.klass = *be16_at(msg, *s + 2);
        q.complete = true;
        auto next = read_name(d, msg, off, 0, q.name);
        if (!next) return std::nullopt;
        off = *next + 4;
        if (left > 0 && off >= msg.size()) {
            m.text_cut = true;
            return std::nullopt;
        }
    }
    return off;
}

// A response's questions: tcpdump skips them (" [|domain]" when it cannot); JSON lists those
// that were captured. Returns where the answers start (possibly past the capture).
std::size_t response_questions(Decoder& d, Bytes msg, DnsLayer& m) {
    std::size_t off = kHeaderLen;
    std::size_t room = 0;
    auto* qd = entries<DnsQuestion>(d, m.qdcount, msg.size() - kHeaderLen, kMinQuestion, room);
    // Each turn moves at least five bytes on; skip_name fails once past the capture.
    for (unsigned i = 0; i < m.qdcount; ++i) {
        if (i != 0) ++m.qd_commas;
        auto s = skip_name(msg, off);
        if (!s) {
            m.qd_skip_cut = true;
            return off;
        }
        if (*s + 4 <= msg.size() && m.qd_count < room) {
            DnsQuestion& q = qd[m.qd_count++];
            m.qd = qd;
            q.type = *be16_at(msg, *s);
            q.klass = *be16_at(msg, *s + 2);
            q.complete = true;
            read_name(d, msg, off, 0, q.name, false);
        }
        off = *s + 4;
    }
    return off;
}

bool name_malformed(const DnsName& n) {
    return n.mark == DnsNameMark::bad_ptr || n.mark == DnsNameMark::elt || n.mark == DnsNameMark::bad_label_type;
}

void decode_message(Decoder& d, DnsLayer& m, Bytes msg, std::uint32_t length) {
    m.length = length;
    if (length < kHeaderLen) {
        m.status = DnsStatus::short_length;
        d.bad("dns shorter than its header");
        return;
    }
    auto header = Cursor(msg).sub(kHeaderLen);
    if (!header) {
        m.status = DnsStatus::header_cut;
        d.cut("domain");
        return;
    }
    m.id = *header->be16();
    m.flags = *header->be16();
    m.qdcount = *header->be16();
    m.ancount = *header->be16();
    m.nscount = *header->be16();
    m.arcount = *header->be16();
    m.rcode = extended_rcode(msg, m);
    if (m.response()) {
        const std::size_t off = response_questions(d, msg, m);
        if (!m.qd_skip_cut && m.ancount > 0) response_answers(d, msg, m, off);
    } else {
        auto off = query_questions(d, msg, m);
        if (off) query_answers(d, msg, m, *off);
    }
    bool cut = m.qd_skip_cut || m.text_cut;
    bool bad = false;
    for (std::size_t i = 0; i < m.qd_count; ++i) {
        // A response's questions are only skipped by the text: their names do not cut it.
        if (!m.response()) cut = cut || !m.qd[i].complete || m.qd[i].name.end != DnsNameEnd::ok;
        bad = bad || name_malformed(m.qd[i].name);
    }
    for (std::size_t i = 0; i < m.an_count; ++i) {
        cut = cut || m.an[i].end != DnsRecordEnd::ok;
        bad = bad || name_malformed(m.an[i].name) || name_malformed(m.an[i].target);
    }
    if (bad) {
        d.frame.set_presence(Presence::malformed);
        d.bad("dns bad name");
    } else if (cut) {
        d.frame.set_presence(Presence::truncated);
        d.cut("domain");
    } else {
        d.frame.set_presence(Presence::complete);
    }
}

void decode_udp_dns(Decoder& d, Bytes data, std::uint32_t wire_len, bool mdns) {
    auto* m = d.frame.add<DnsLayer>(Presence::partial);
    if (m == nullptr) return;
    m->mdns = mdns;
    decode_message(d, *m, data, wire_len);
}

}  // namespace

void decode_dns(Decoder& d, Bytes data, std::uint32_t wire_len) { decode_udp_dns(d, data, wire_len, false); }
void decode_mdns(Decoder& d, Bytes data, std::uint32_t wire_len) { decode_udp_dns(d, data, wire_len, true); }

// RFC 1035 4.2.2: over TCP a two-byte length comes first; tcpdump decodes a segment only when
// that length is exactly the rest of it.
void decode_dns_tcp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<DnsLayer>(Presence::partial);
    if (m == nullptr) return;
    m->over_tcp = true;
    m->length = wire_len;
    if (wire_len < 2) {
        m->status = DnsStatus::tcp_short;
        d.bad("dns over tcp shorter than its length prefix");
        return;
    }
    auto prefix = Cursor(data).be16();
    if (!prefix) {
        m->status = DnsStatus::tcp_prefix_cut;
        d.cut("domain");
        return;
    }
    m->tcp_prefix = *prefix;
    if (*prefix != wire_len - 2) {
        m->status = DnsStatus::tcp_prefix_bad;
        m->length = wire_len - 2;
        d.bad("dns over tcp length prefix is not the segment's");
        return;
    }
    decode_message(d, *m, data.subspan(2), wire_len - 2);
}

}  // namespace tapsniff
