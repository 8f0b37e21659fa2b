// Multipath TCP options: decoder and tcpdump text (print-mptcp.c's mptcp_print, tcpdump 4.99.3).
#include "proto/tcp/mptcp.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "tapsniff/cursor.hpp"

namespace tapsniff {
namespace {

using namespace mptcp_part;  // NOLINT(google-build-using-namespace): the part bits, as in print-mptcp.c

constexpr std::uint8_t kSyn = 0x02, kAck = 0x10;

// An 8-byte value when `wide`, else a 4-byte one (the DSS's 'a' and 'm' flags).
std::optional<std::uint64_t> number(Cursor& c, bool wide) {
    if (wide) return c.be64();
    auto v = c.be32();
    if (!v) return std::nullopt;
    return *v;
}

// Each reader gets the bytes after kind and length and returns false where tcpdump's returns 0.
// Offsets below count from the option's first byte, as print-mptcp.c's structs do.

bool capable(Cursor c, std::uint8_t len, std::uint8_t flags, MptcpOption& m) {
    if (!(((len == 12 || len == 4) && (flags & kSyn) != 0) ||
          ((len == 20 || len == 22) && (flags & (kSyn | kAck)) == kAck))) {
        return false;
    }
    const std::uint8_t sub_ver = *c.u8();
    m.code = sub_ver & 0xfU;
    if (m.code > 1) return true;  // " Unknown Version (N)" and nothing more
    if ((*c.u8() & 0x80U) != 0) m.shown |= flag;
    if (len == 12 || len >= 20) {
        m.first = *c.be64();
        m.shown |= first;
        if (len >= 20) {
            m.second = *c.be64();
            m.shown |= second;
        }
    }
    return true;
}

bool join(Cursor c, std::uint8_t len, std::uint8_t flags, MptcpOption& m) {
    if (!(len == 12 && (flags & kSyn) != 0) && !(len == 16 && (flags & (kSyn | kAck)) == (kSyn | kAck)) &&
        !(len == 24 && (flags & kAck) != 0)) {
        return false;
    }
    const std::uint8_t sub_b = *c.u8();
    const std::uint8_t addr_id = *c.u8();
    if (len != 24) {
        if ((sub_b & 0x01U) != 0) m.shown |= flag;
        m.id = addr_id;
        m.shown |= id;
    }
    if (len == 12) {
        m.word = *c.be32();
        m.nonce = *c.be32();
        m.shown |= token | nonce;
    } else if (len == 16) {
        m.first = *c.be64();
        m.nonce = *c.be32();
        m.shown |= first | nonce;
    } else {
        m.bytes = *c.bytes(20);
        m.shown |= bytes;
    }
    return true;
}

// The DSS prints as it reads and gives up where a value does not fit: what it printed stays.
bool dss(Cursor c, std::uint8_t len, std::uint8_t flags, MptcpOption& m) {
    if (len < 4 || (flags & kSyn) != 0) return false;
    c.skip(1);
    const std::uint8_t f = *c.u8();
    if ((f & 0x10U) != 0) m.shown |= flag;
    if ((f & 0x01U) != 0) {  // data ack: 8 bytes with 'a', else 4
        m.shown |= ack_label;
        auto v = number(c, (f & 0x02U) != 0);
        if (!v) return false;
        m.first = *v;
        m.shown |= first;
    }
    if ((f & 0x04U) != 0) {  // mapping: DSN (8 bytes with 'm', else 4), SSN, length, maybe a checksum
        m.shown |= seq_label;
        auto v = number(c, (f & 0x08U) != 0);
        if (!v) return false;
        m.second = *v;
        m.shown |= second;
        auto ssn = c.be32();
        if (!ssn) return false;
        m.word = *ssn;
        m.shown |= subseq;
        auto dl = c.be16();
        if (!dl) return false;
        m.dlen = *dl;
        m.shown |= dlen;
        if (auto sum = c.be16()) {
            m.csum = *sum;
            m.shown |= csum;
        }
    }
    return c.empty();
}

bool add_addr(Cursor c, std::uint8_t len, MptcpOption& m) {
    switch (len) {
        case 8: case 10: case 16: case 18: case 20: case 22: case 28: case 30:
            break;
        default:
            return false;
    }
    m.code = *c.u8() & 0xfU;
    m.id = *c.u8();
    m.shown |= id | bytes;
    const bool v4 = len <= 18;
    m.bytes = *c.bytes(v4 ? 4 : 16);
    const bool with_port = len == 10 || len == 18 || len == 22 || len == 30;
    if (with_port) {
        m.port = *c.be16();
        m.shown |= port;
    }
    if (len == 16 || len == 18 || len == 28 || len == 30) {
        m.first = *c.be64();
        m.shown |= first;
    }
    return true;
}

}  // namespace

void decode_mptcp(Bytes data, std::uint8_t len, std::uint8_t tcp_flags, MptcpOption& m) {
    // tcp_print checked that all `len` bytes were captured; `data` holds len - 2 of them.
    Cursor c(data);
    if (len < 3 || data.size() + 2 < len) {
        m.bad = true;
        return;
    }
    m.subtype = std::min<std::uint8_t>(static_cast<std::uint8_t>(*c.peek() >> 4U), mptcp_subtype::unknown);
    m.shown = named;
    bool ok = true;
    switch (m.subtype) {
        case mptcp_subtype::capable: ok = capable(c, len, tcp_flags, m); break;
        case mptcp_subtype::join: ok = join(c, len, tcp_flags, m); break;
        case mptcp_subtype::dss: ok = dss(c, len, tcp_flags, m); break;
        case mptcp_subtype::add_addr: ok = add_addr(c, len, m); break;
        case mptcp_subtype::remove_addr:
            ok = len >= 4;
            if (ok) {
                m.bytes = data.subspan(1, len - 3U);
                m.shown |= bytes;
            }
            break;
        case mptcp_subtype::prio:
            ok = len == 3 || len == 4;
            if (ok) {
                if ((*c.u8() & 0x01U) != 0) m.shown |= flag;
                if (len == 4) {
                    m.id = *c.u8();
                    m.shown |= id;
                }
            }
            break;
        case mptcp_subtype::fail:
        case mptcp_subtype::fast_close:
            ok = len == 12;
            if (ok) {
                c.skip(2);
                m.first = *c.be64();
                m.shown |= first;
            }
            break;
        default:
            break;  // "unknown": nothing more, and not bad
    }
    m.bad = !ok;
}

const char* mptcp_subtype_name(std::uint8_t subtype) {
    // tcpdump's mptcp_options[].name
    static constexpr std::array<const char*, 9> kNames{"capable", "join", "dss",        "add-addr", "rem-addr",
                                                       "prio",    "fail", "fast-close", "unknown"};
    return subtype < kNames.size() ? kNames[subtype] : "unknown";
}

void append_mptcp(OutBuffer& out, std::uint8_t len, const MptcpOption& m) {
    using text::append;
    if ((m.shown & named) == 0) return;
    TS_PUT(out, " {} {}", len, mptcp_subtype_name(m.subtype));
    if (m.bad && m.subtype != mptcp_subtype::dss) return;
    const auto has = [&m](std::uint16_t part) { return (m.shown & part) != 0; };
    switch (m.subtype) {
        case mptcp_subtype::capable:
            if (m.code > 1) {
                TS_PUT(out, " Unknown Version ({})", m.code);
                return;
            }
            TS_PUT(out, " v{}", m.code);
            if (has(flag)) append(out, " csum");
            if (has(first)) {
                TS_PUT(out, " {{0x{:x}", m.first);
                if (has(second)) TS_PUT(out, ",0x{:x}", m.second);
                append(out, "}");
            }
            return;
        case mptcp_subtype::join:
            if (has(id)) {
                if (has(flag)) append(out, " backup");
                TS_PUT(out, " id {}", m.id);
            }
            if (has(token)) TS_PUT(out, " token 0x{:x} nonce 0x{:x}", m.word, m.nonce);
            if (has(first)) TS_PUT(out, " hmac 0x{:x} nonce 0x{:x}", m.first, m.nonce);
            if (has(bytes)) {
                append(out, " hmac 0x");
                for (std::byte b : m.bytes) TS_PUT(out, "{:02x}", static_cast<unsigned>(b));
            }
            return;
        case mptcp_subtype::dss:
            if (has(flag)) append(out, " fin");
            if (has(ack_label)) append(out, " ack ");
            if (has(first)) TS_PUT(out, "{}", m.first);
            if (has(seq_label)) append(out, " seq ");
            if (has(second)) TS_PUT(out, "{}", m.second);
            if (has(subseq)) TS_PUT(out, " subseq {}", m.word);
            if (has(dlen)) TS_PUT(out, " len {}", m.dlen);
            if (has(csum)) TS_PUT(out, " csum 0x{:x}", m.csum);
            return;
        case mptcp_subtype::add_addr: {
            // tcpdump's mptcp_addr_subecho_bits
            const char* name = m.code == 0x6 ? "v0-ip6" : m.code == 0x4 ? "v0-ip4" : m.code == 0x1 ? "v1-echo"
                             : m.code == 0x0 ? "v1" : "[bad version/echo]";
            TS_PUT(out, " {} id {} ", name, m.id);
            if (m.bytes.size() == 4) {
                text::append_ipv4(out, m.bytes);
            } else {
                Ipv6Address a{};
                for (std::size_t i = 0; i < a.size() && i < m.bytes.size(); ++i) a[i] = static_cast<std::uint8_t>(m.bytes[i]);
                text::append_ipv6(out, a);
            }
            if (has(port)) TS_PUT(out, ":{}", m.port);
            if (has(first)) TS_PUT(out, " hmac 0x{:x}", m.first);
            return;
        }
        case mptcp_subtype::remove_addr:
            append(out, " id");
            for (std::byte b : m.bytes) TS_PUT(out, " {}", static_cast<unsigned>(b));
            return;
        case mptcp_subtype::prio:
            append(out, has(flag) ? " backup" : " non-backup");
            if (has(id)) TS_PUT(out, " id {}", m.id);
            return;
        case mptcp_subtype::fail:
            TS_PUT(out, " seq {}", m.first);
            return;
        case mptcp_subtype::fast_close:
            TS_PUT(out, " key 0x{:x}", m.first);
            return;
        default:
            return;
    }
}

}  // namespace tapsniff
