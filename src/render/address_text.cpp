// Addresses as text, written byte by byte: they are on every line, and general-purpose
// formatting of each octet cost more than the rest of the line.
#include <array>

#include "render/out.hpp"
#include "tapsniff/cursor.hpp"

namespace tapsniff::text {
namespace {

// Each octet's decimal text without leading zeros, padded to 4 bytes; the last byte is the
// length. Addresses are on every line, and a table load beats dividing by 100 and 10.
constexpr auto kOctets = [] {
    std::array<std::array<char, 4>, 256> t{};
    for (unsigned v = 0; v < 256; ++v) {
        std::size_t n = 0;
        if (v >= 100) t[v][n++] = static_cast<char>('0' + v / 100);
        if (v >= 10) t[v][n++] = static_cast<char>('0' + v / 10 % 10);
        t[v][n++] = static_cast<char>('0' + v % 10);
        t[v][3] = static_cast<char>(n);
    }
    return t;
}();

// Writes an octet and returns the end. It stores all four table bytes, so one byte past the
// text must be writable.
char* put_octet(char* p, unsigned v) {
    std::memcpy(p, kOctets[v].data(), 4);
    return p + kOctets[v][3];
}

// Lowercase hex without leading zeros, as %x prints a 16-bit word.
std::size_t put_word(char* p, unsigned w) {
    const char* hi = &kHexPairs[2U * (w >> 8U)];
    const char* lo = &kHexPairs[2U * (w & 0xffU)];
    if (w >= 0x1000) {
        std::memcpy(p, hi, 2);
        std::memcpy(p + 2, lo, 2);
        return 4;
    }
    if (w >= 0x100) {
        p[0] = hi[1];
        std::memcpy(p + 1, lo, 2);
        return 3;
    }
    if (w >= 0x10) {
        std::memcpy(p, lo, 2);
        return 2;
    }
    p[0] = lo[1];
    return 1;
}

// Writes at most 15 characters at `p` (and may store one more); returns the end.
char* put_ipv4(char* p, unsigned a, unsigned b, unsigned c, unsigned d) {
    p = put_octet(p, a);
    *p++ = '.';
    p = put_octet(p, b);
    *p++ = '.';
    p = put_octet(p, c);
    *p++ = '.';
    return put_octet(p, d);
}

// Room for the longest text, then the buffer is cut back to what was written.
void put_ipv4(OutBuffer& out, unsigned a, unsigned b, unsigned c, unsigned d) {
    char* end = put_ipv4(extend(out, 16), a, b, c, d);
    out.resize(static_cast<std::size_t>(end - out.data()));
}

}  // namespace

void append_mac(OutBuffer& out, const MacAddress& mac) {
    char* p = extend(out, 17);
    for (std::size_t i = 0; i < mac.size(); ++i) {
        std::memcpy(p + i * 3, &kHexPairs[2U * mac[i]], 2);
        if (i + 1 < mac.size()) p[i * 3 + 2] = ':';
    }
}

void append_ipv4(OutBuffer& out, Bytes four) {
    Cursor cursor(four);
    auto a = cursor.array<4>();
    if (!a || !cursor.empty()) {
        append_link_address(out, four);
        return;
    }
    put_ipv4(out, (*a)[0], (*a)[1], (*a)[2], (*a)[3]);
}

void append_ipv4(OutBuffer& out, const std::array<std::uint8_t, 4>& a) { put_ipv4(out, a[0], a[1], a[2], a[3]); }

// glibc's inet_ntop6: the first longest run of two or more zero words becomes "::", and an
// IPv4-compatible (::a.b.c.d) or -mapped (::ffff:a.b.c.d) address ends in dotted quad.
void append_ipv6(OutBuffer& out, const std::array<std::uint8_t, 16>& a) {
    std::array<unsigned, 8> words{};
    for (std::size_t i = 0; i < 8; ++i) words[i] = (static_cast<unsigned>(a[2 * i]) << 8U) | a[2 * i + 1];
    std::size_t best_base = 0;
    std::size_t best_len = 0;
    std::size_t run = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        run = words[i] == 0 ? run + 1 : 0;
        if (run > best_len) {  // strictly longer: the first of equal runs wins
            best_len = run;
            best_base = i + 1 - run;
        }
    }

    // 39 characters at most in hex words, 45 with a dotted quad at the end (plus put_octet's spare byte).
    char* p = extend(out, 47);
    if (best_len < 2) {
        p += put_word(p, words[0]);
        for (std::size_t i = 1; i < 8; ++i) {
            *p++ = ':';
            p += put_word(p, words[i]);
        }
        out.resize(static_cast<std::size_t>(p - out.data()));
        return;
    }
    // The words before the run, each with its colon; then the run's "::" takes shape from those
    // colons and the ones before the words after it.
    for (std::size_t i = 0; i < best_base; ++i) {
        p += put_word(p, words[i]);
        *p++ = ':';
    }
    if (best_base == 0) *p++ = ':';
    const std::size_t run_end = best_base + best_len;
    if (run_end == 8) *p++ = ':';
    const bool v4_tail = best_base == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff));
    for (std::size_t i = run_end; i < 8; ++i) {
        *p++ = ':';
        if (i == 6 && v4_tail) {
            p = put_ipv4(p, a[12], a[13], a[14], a[15]);
            break;
        }
        p += put_word(p, words[i]);
    }
    out.resize(static_cast<std::size_t>(p - out.data()));
}

}  // namespace tapsniff::text
