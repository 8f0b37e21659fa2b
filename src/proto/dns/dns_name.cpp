// DNS names read as tcpdump's ns_nskip and fqdn_print read them, written as text into the arena.
#include "proto/dns/dns_name.hpp"

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
    std::string_view commit(Decoder& d) {
        if (overflow_) d.bad("dns name text too long");
        if (n_ == 0) return {};
        char* place = d.frame.allocate_array<char>(n_);
        if (place == nullptr) {
            d.bad("dns names beyond the frame's arena");
            return {};
        }
        for (std::size_t i = 0; i < n_; ++i) place[i] = buf_[i];
        return {place, n_};
    }

private:
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
        out.text = text.commit(d);
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
                    auto next = byte_at(msg, cp);
                    if (!next) return stop(DnsNameEnd::fail, DnsNameMark::none);
                    i = *next;
                    l = label_len(cp);
                    if (!l) return stop(DnsNameEnd::fail, bad);
                    ++cp;
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
            auto next = byte_at(msg, cp);
            if (!next) return stop(DnsNameEnd::fail, DnsNameMark::none);
            i = *next;
            l = label_len(cp);
            if (!l) return stop(DnsNameEnd::fail, bad);
            ++cp;
            if (!compressed) *rp += *l + 1;
        }
        if (name_chars > kMaxName) out.mark = DnsNameMark::too_long;
    }
    const DnsNameMark mark = out.mark;
    out.text = text.commit(d);
    out.end = rp ? DnsNameEnd::ok : DnsNameEnd::fail;
    out.mark = mark;
    return rp;
}

}  // namespace tapsniff::dns
