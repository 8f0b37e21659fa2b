// DNS record data: the values tcpdump's ns_rprint prints for each type at default verbosity
// (addresses, target names, TXT strings, SRV/MX/URI numbers, EDNS options), read as it reads them.
#include <algorithm>

#include "proto/dns/dns.hpp"
#include "proto/dns/dns_name.hpp"

namespace tapsniff::dns {
namespace {

namespace edns {
constexpr std::uint16_t nsid = 3, dau = 5, dhu = 6, n3u = 7, ecs = 8, expire = 9, cookie = 10, keepalive = 11,
                        padding = 12, chain = 13, keytag = 14;
}  // namespace edns

// tcpdump's print_eopt_ecs checks; the address is padded with zeros to 16 bytes.
DnsEcs read_ecs(Bytes data) {
    DnsEcs e;
    Cursor c(data);
    auto fixed = c.sub(4);
    if (!fixed) return e;
    e.family = *fixed->be16();
    e.source = *fixed->u8();
    e.scope = *fixed->u8();
    unsigned bits = 0;
    if (e.family == 1) bits = 32;
    else if (e.family == 2) bits = 128;
    else return e;
    const std::size_t addr_len = data.size() - 4;
    if (addr_len > bits / 8 || e.source > bits || e.scope > bits || (e.source + 7U) / 8U != addr_len) return e;
    for (std::size_t i = 0; i < addr_len; ++i) e.address[i] = *c.u8();
    e.valid = true;
    return e;
}

// One option as tcpdump's eopt_print reads it at `cp`; where the next one starts, or nullopt
// when the record's text ends with " [|domain]" in it.
std::optional<std::size_t> read_option(Decoder& d, Bytes msg, std::size_t cp, DnsEdnsOption& o) {
    auto code = be16_at(msg, cp);
    if (!code) {
        o.end = DnsOptEnd::code_cut;
        return std::nullopt;
    }
    o.code = *code;
    auto len = be16_at(msg, cp + 2);
    Cursor rest = Cursor(msg).ahead(cp + 4);
    auto data = len ? rest.bytes(*len) : std::nullopt;
    if (!data || cp + 4 > msg.size()) {
        o.end = DnsOptEnd::len_cut;
        return std::nullopt;
    }
    o.len = *len;
    o.data = *data;
    Cursor value(*data);
    switch (o.code) {
        case edns::ecs:
            o.ecs = read_ecs(*data);
            break;
        case edns::keepalive:
            if (o.len == 2) o.number = *value.be16();
            break;
        case edns::expire:
            if (o.len == 4) o.number = *value.be32();
            break;
        case edns::keytag:
            if (o.len % 2 == 0 && o.len > 0) {
                auto* tags = d.frame.allocate_array<std::uint16_t>(o.len / 2U);
                if (tags != nullptr) {
                    for (std::size_t i = 0; i < o.len / 2U; ++i) tags[i] = *value.be16();
                    o.tags = tags;
                }
            }
            break;
        case edns::chain:
            // fqdn_print(cp, cp + len): pointers count from the option's end; its NULL is ignored.
            if (o.len > 0) {
                read_name(d, msg, cp + 4, cp + 4 + o.len, o.chain);
                if (o.chain.end == DnsNameEnd::cut) {
                    o.end = DnsOptEnd::name_cut;
                    return std::nullopt;
                }
            }
            break;
        default:
            break;
    }
    return cp + 4 + o.len;
}

// The OPT record's options, from `cp` to `rp` (the last may reach past rp, as tcpdump allows).
bool read_options(Decoder& d, Bytes msg, std::size_t cp, std::size_t rp, DnsRecord& r) {
    if (cp >= rp) return true;
    // Each option takes at least four bytes (or ends the list), so at most this many.
    const std::size_t room = (rp - cp + 3) / 4;
    auto* opts = d.frame.allocate_array<DnsEdnsOption>(room);
    if (opts == nullptr) {
        d.bad("dns options beyond the frame's arena");
        return true;
    }
    r.options = opts;
    while (cp < rp && r.option_count < room) {
        DnsEdnsOption& o = opts[r.option_count++];
        auto next = read_option(d, msg, cp, o);
        if (!next) return false;
        cp = *next;
    }
    return true;
}

// TXT: character-strings until the data's end; the last may reach past it (up to the capture).
bool read_strings(Decoder& d, Bytes msg, std::size_t cp, std::size_t rp, DnsRecord& r) {
    if (cp >= rp) return true;
    const std::size_t room = rp - cp;  // each string takes at least its length byte
    auto* strings = d.frame.allocate_array<Bytes>(room);
    if (strings == nullptr) {
        d.bad("dns strings beyond the frame's arena");
        return true;
    }
    r.strings = strings;
    while (cp < rp && r.string_count < room) {
        const std::uint8_t len = *byte_at(msg, cp);  // cp < rp <= the capture's end
        Cursor rest = Cursor(msg).ahead(cp + 1);
        strings[r.string_count++] = rest.take_at_most(len);
        if (rest.offset() < len) {
            r.last_string_cut = true;
            return false;
        }
        cp += 1U + len;
    }
    return true;
}

}  // namespace

bool read_rdata(Decoder& d, Bytes msg, std::size_t cp, std::size_t rp, bool mdns, DnsRecord& r) {
    Cursor data = Cursor(msg).ahead(cp);  // from the data on, to the end of the capture
    switch (r.type) {
        case dns_type::a: {
            auto a = data.array<4>();
            if (!a) break;
            std::copy(a->begin(), a->end(), r.address.begin());
            return true;
        }
        case dns_type::aaaa: {
            auto a = data.array<16>();
            if (!a) break;
            r.address = *a;
            return true;
        }
        case dns_type::ns:
        case dns_type::cname:
        case dns_type::ptr:
        case dns_type::dname:
            return read_name(d, msg, cp, 0, r.target).has_value();
        case dns_type::mx: {
            auto pref = data.be16();
            if (!pref) break;
            r.num[0] = *pref;
            return read_name(d, msg, cp + 2, 0, r.target).has_value();
        }
        case dns_type::srv: {
            auto fixed = data.sub(6);
            if (!fixed) break;
            for (std::size_t i = 0; i < 3; ++i) r.num[i] = *fixed->be16();
            return read_name(d, msg, cp + 6, 0, r.target).has_value();
        }
        case dns_type::txt:
            return read_strings(d, msg, cp, rp, r);
        case dns_type::a6: {
            auto pbit = data.u8();
            if (!pbit) break;
            r.num[0] = *pbit;
            if (*pbit > 128) return true;  // " N(bad plen)"
            const std::size_t pbyte = (*pbit & ~7U) / 8U;
            if (*pbit < 128) {
                auto suffix = data.bytes(16 - pbyte);
                if (!suffix) break;  // tcpdump's GET_CPY_BYTES ends the line
                Cursor s(*suffix);
                for (std::size_t i = pbyte; i < 16; ++i) r.address[i] = *s.u8();
            }
            if (*pbit == 0) return true;
            return read_name(d, msg, cp + 1 + 16 - pbyte, 0, r.target).has_value();
        }
        case dns_type::uri: {
            auto fixed = data.sub(4);
            if (!fixed) break;
            r.num[0] = *fixed->be16();
            r.num[1] = *fixed->be16();
            if (r.rdlen >= 4) {
                r.raw = *data.bytes(r.rdlen - 4U);
                return true;
            }
            // A length below 4 wraps around in nd_printn: everything to the capture's end.
            r.raw = data.rest();
            r.raw_cut = true;
            return false;
        }
        case dns_type::opt:
            r.num[0] = mdns ? (r.klass & ~dns_class::mdns_bit) : r.klass;
            return read_options(d, msg, cp, rp, r);
        case dns_type::unspeca:
            r.raw = *data.bytes(r.rdlen);
            return true;
        default:
            return true;  // SOA and TSIG are printed with -v only; other types not at all
    }
    r.fixed_cut = true;
    return false;
}

}  // namespace tapsniff::dns
