// DNS names read as tcpdump's ns_nskip and fqdn_print read them, written as text into the arena.
#include "proto/dns/dns_name.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace tapsniff::dns {
namespace {

constexpr std::uint8_t kTypeMask = 0xc0, kPointer = 0xc0, kExtended = 0x40, kReserved = 0x80;
constexpr std::uint8_t kBitLabel = 0x01;  // the one extended label type (RFC 2673)
constexpr std::uint32_t kMaxName = 255;   // MAXCDNAME: characters tcpdump prints of a name
// Room for a name's text: 255 characters of labels and dots, or bit-string labels, which
// tcpdump prints whatever the length; a name longer than this (only crafted ones) is cut here.
constexpr std::size_t kMaxText = 2048;
constexpr std::uint32_t kMaxUnprintedJumps = 128;

// The text of one name, built on the stack and then copied into the frame's arena.
class NameText {
public:
    void put(char c) {
        if (n_ < buf_.size()) buf_[n_++] = c;
        else overflow_ = true;
    }
    void put(std::string_view s) {
        for (char c : s) put(c);
    }
    void hex2(unsigned v) {
        constexpr std::string_view kDigits = "0123456789abcdef";
        put(kDigits[(v >> 4U) & 0xfU]);
        put(kDigits[v & 0xfU]);
    }
    void decimal(unsigned v) {
        std::array<char, 12> digits{};
        std::size_t k = 0;
        do {
            digits[k++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (k > 0) put(digits[--k]);
    }
    // Copies the text into the frame's arena, and tshark's form of it when that differs.
    void commit(Decoder& d, DnsName& out) {
        if (overflow_) d.bad("dns name text too long");
        out.text = store(d, std::string_view(buf_.data(), n_));
        const std::string_view raw = out.text;
        if (std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 0x20 && c < 0x7f; })) return;
        n_ = 0;
        overflow_ = false;
        tshark_form(raw);
        out.display = store(d, std::string_view(buf_.data(), n_));
    }

private:
    static std::string_view store(Decoder& d, std::string_view s) {
        if (s.empty()) return {};
        char* place = d.frame.allocate_array<char>(s.size());
        if (place == nullptr) {
            d.bad("dns names beyond the frame's arena");
            return {};
        }
        std::copy(s.begin(), s.end(), place);
        return {place, s.size()};
    }

    void octal_escape(unsigned c) {
        put('\\');
        switch (c) {
            case '\a': put('a'); return;
            case '\b': put('b'); return;
            case '\f': put('f'); return;
            case '\n': put('n'); return;
            case '\r': put('r'); return;
            case '\t': put('t'); return;
            case '\v': put('v'); return;
            default:
                put(static_cast<char>('0' + ((c >> 6U) & 3U)));
                put(static_cast<char>('0' + ((c >> 3U) & 7U)));
                put(static_cast<char>('0' + (c & 7U)));
        }
    }

    void utf8(std::uint32_t uc) {
        if (uc < 0x80) {
            put(static_cast<char>(uc));
        } else if (uc < 0x800) {
            put(static_cast<char>(0xc0U | (uc >> 6U)));
            put(static_cast<char>(0x80U | (uc & 0x3fU)));
        } else if (uc < 0x10000) {
            put(static_cast<char>(0xe0U | (uc >> 12U)));
            put(static_cast<char>(0x80U | ((uc >> 6U) & 0x3fU)));
            put(static_cast<char>(0x80U | (uc & 0x3fU)));
        } else {
            put(static_cast<char>(0xf0U | (uc >> 18U)));
            put(static_cast<char>(0x80U | ((uc >> 12U) & 0x3fU)));
            put(static_cast<char>(0x80U | ((uc >> 6U) & 0x3fU)));
            put(static_cast<char>(0x80U | (uc & 0x3fU)));
        }
    }

    // Wireshark's format_text: printable ASCII as it is, other ASCII as C escapes, UTF-8
    // sequences decoded (a broken one becomes U+FFFD), C1 controls as \uXXXX.
    void tshark_form(std::string_view raw) {
        constexpr std::uint32_t kReplacement = 0xfffd;
        std::size_t i = 0;
        while (i < raw.size()) {
            const auto c = static_cast<unsigned char>(raw[i++]);
            if (c >= 0x20 && c < 0x7f) {
                put(static_cast<char>(c));
                continue;
            }
            if (c < 0x80) {
                octal_escape(c);
                continue;
            }
            int more = -1;
            std::uint32_t uc = 0;
            if ((c & 0xe0U) == 0xc0U) more = 1, uc = c & 0x1fU;
            else if ((c & 0xf0U) == 0xe0U) more = 2, uc = c & 0x0fU;
            else if ((c & 0xf8U) == 0xf0U) more = 3, uc = c & 0x07U;
            else if ((c & 0xfcU) == 0xf8U) more = 4, uc = c & 0x03U;
            else if ((c & 0xfeU) == 0xfcU) more = 5, uc = c & 0x01U;
            if (more < 0) uc = kReplacement;
            for (int k = 0; k < more; ++k) {
                if (i >= raw.size() || (static_cast<unsigned char>(raw[i]) & 0xc0U) != 0x80U) {
                    uc = kReplacement;
                    break;
                }
                uc = (uc << 6U) | (static_cast<unsigned char>(raw[i++]) & 0x3fU);
            }
            if (uc >= 0x110000 || (uc >= 0xd800 && uc < 0xe000)) uc = kReplacement;
            if (uc >= 0x80 && uc < 0xa0) {
                put("\\u00");
                hex2(uc);
            } else {
                utf8(uc);
            }
        }
    }

    // Left uninitialized: only the first n_ characters are ever read (zeroing 2 KiB per name
    // cost more than decoding the message).
    std::array<char, kMaxText> buf_;  // NOLINT(cppcoreguidelines-pro-type-member-init)
    std::size_t n_ = 0;
    bool overflow_ = false;
};

// tcpdump's blabel_print for the bit-string label whose length byte is at `cp`: "\[x<hex>/<bits>]".
// nullopt (with `cut`) when a byte it reads is not there: tcpdump's GET_ macro ends the line.
std::optional<std::size_t> bit_label(Bytes msg, std::size_t cp, NameText& text, bool& cut) {
    auto bits = byte_at(msg, cp);
    if (!bits) return std::nullopt;
    const unsigned bitlen = *bits == 0 ? 256U : *bits;
    const std::size_t lim = cp + 1 + (bitlen + 3) / 4;
    text.put("\\[x");
    std::size_t at = cp + 1;
    unsigned b = bitlen;
    for (; at < lim && b > 7; b -= 8, ++at) {
        auto v = byte_at(msg, at);
        if (!v) {
            cut = true;
            return std::nullopt;
        }
        text.hex2(*v);
    }
    if (b > 0) {
        auto v = byte_at(msg, at);
        if (!v) {
            cut = true;
            return std::nullopt;
        }
        if (b > 4) text.hex2(*v & (0xffU << (8 - b)) & 0xffU);
        else text.put("0123456789abcdef"[((*v >> 4U) & 0x0fU) & (0x0fU << (4 - b))]);
    }
    text.put('/');
    text.decimal(bitlen);
    text.put(']');
    return lim;
}

}  // namespace

std::optional<std::uint16_t> be16_at(Bytes msg, std::size_t off) { return Cursor(msg).ahead(off).be16(); }
std::optional<std::uint32_t> be32_at(Bytes msg, std::size_t off) { return Cursor(msg).ahead(off).be32(); }

std::optional<std::size_t> skip_name(Bytes msg, std::size_t off) {
    auto i = byte_at(msg, off++);
    if (!i) return std::nullopt;
    // Every turn moves `off` forward by at least one byte, so the loop ends at the capture's end.
    while (*i != 0) {
        switch (*i & kTypeMask) {
            case kPointer:
                return off + 1;
            case kExtended: {
                if ((*i & ~kTypeMask) != kBitLabel) return std::nullopt;
                auto bits = byte_at(msg, off++);
                if (!bits) return std::nullopt;
                off += ((*bits == 0 ? 256U : *bits) + 7) / 8;
                break;
            }
            case kReserved:
                return std::nullopt;
            default:
                off += *i;
                break;
        }
        i = byte_at(msg, off++);
        if (!i) return std::nullopt;
    }
    return off;
}

std::optional<std::size_t> read_name(Decoder& d, Bytes msg, std::size_t cp, std::size_t base, DnsName& out,
                                     bool printed) {
    NameText text;
    out = DnsName{};
    auto stop = [&](DnsNameEnd end, DnsNameMark mark) -> std::optional<std::size_t> {
        text.commit(d, out);
        out.end = end;
        out.mark = mark;
        return std::nullopt;
    };
    // tcpdump's labellen: a label's length (a pointer's first byte as it is), or nullopt with
    // the mark it prints.
    DnsNameMark bad = DnsNameMark::none;
    auto label_len = [&](std::size_t at) -> std::optional<std::uint32_t> {
        auto i = byte_at(msg, at);
        if (!i) return std::nullopt;
        switch (*i & kTypeMask) {
            case kExtended: {
                const std::uint8_t elt = *i & ~kTypeMask;
                if (elt != kBitLabel) {
                    out.elt = elt;
                    bad = DnsNameMark::elt;
                    return std::nullopt;
                }
                auto bits = byte_at(msg, at + 1);
                if (!bits) return std::nullopt;
                return ((*bits == 0 ? 256U : *bits) + 7) / 8 + 1;
            }
            case kReserved:
                bad = DnsNameMark::bad_label_type;
                return std::nullopt;
            default:
                return *i;
        }
    };

    auto l = label_len(cp);
    if (!l) return stop(DnsNameEnd::fail, bad);
    // Pointers must point below where the name started, then below each other (BIND's rule).
    auto max_offset = static_cast<std::uint32_t>(static_cast<std::int64_t>(cp) - static_cast<std::int64_t>(base));
    std::uint8_t i = *byte_at(msg, cp++);
    // The byte after a label or pointer: the next label's type byte and length (tcpdump's GET_U_1
    // and labellen); false with the mark to stop with in `why`.
    auto next_label = [&](DnsNameMark& why) {
        auto next = byte_at(msg, cp);
        if (!next) {
            why = DnsNameMark::none;
            return false;
        }
        i = *next;
        l = label_len(cp);
        if (!l) {
            why = bad;
            return false;
        }
        ++cp;
        return true;
    };
    bool compressed = false;
    // Where tcpdump goes on: after the labels, or after the first pointer. A name that is a
    // pointer whose second byte was not captured leaves it unset (NULL).
    std::optional<std::size_t> rp;
    if ((i & kTypeMask) != kPointer) rp = cp + *l;
    if (i == 0) {
        text.put('.');
    } else {
        std::uint32_t name_chars = 0;
        std::uint32_t jumps = 0;
        while (i != 0 && cp < msg.size()) {
            if (!printed && (name_chars > kMaxName || jumps > kMaxUnprintedJumps)) {
                return stop(DnsNameEnd::fail, DnsNameMark::too_long);
            }
            switch (i & kTypeMask) {
                case kPointer: {
                    ++jumps;
                    if (!compressed) {
                        rp = cp + 1;
                        compressed = true;
                    }
                    const std::uint32_t offset = ((static_cast<std::uint32_t>(i) << 8U) | *byte_at(msg, cp)) & 0x3fffU;
                    if (offset >= max_offset) return stop(DnsNameEnd::fail, DnsNameMark::bad_ptr);
                    max_offset = offset;
                    cp = base + offset;
                    if (DnsNameMark why{}; !next_label(why)) return stop(DnsNameEnd::fail, why);
                    continue;
                }
                case kExtended: {
                    bool cut = false;
                    if (!bit_label(msg, cp, text, cut)) return stop(cut ? DnsNameEnd::cut : DnsNameEnd::fail, bad);
                    break;
                }
                case kReserved:  // label_len has already refused it
                    return stop(DnsNameEnd::fail, DnsNameMark::bad_label_type);
                default: {
                    // nd_printn: the label's bytes up to the capture's end, the name's first 255.
                    std::uint32_t want = 0;
                    if (name_chars + *l <= kMaxName) want = *l;
                    else if (name_chars < kMaxName) want = kMaxName - name_chars;
                    Cursor label = Cursor(msg).ahead(cp);
                    for (std::uint32_t k = 0; k < want; ++k) {
                        auto c = label.u8();
                        if (!c) return stop(DnsNameEnd::fail, DnsNameMark::none);
                        text.put(static_cast<char>(*c));
                    }
                    name_chars += *l;
                    break;
                }
            }
            cp += *l;
            if (name_chars <= kMaxName) text.put('.');
            ++name_chars;
            if (DnsNameMark why{}; !next_label(why)) return stop(DnsNameEnd::fail, why);
            if (!compressed) *rp += *l + 1;
        }
        if (name_chars > kMaxName) out.mark = DnsNameMark::too_long;
    }
    const DnsNameMark mark = out.mark;
    text.commit(d, out);
    out.end = rp ? DnsNameEnd::ok : DnsNameEnd::fail;
    out.mark = mark;
    return rp;
}

}  // namespace tapsniff::dns
