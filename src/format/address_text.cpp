// Addresses as text, written byte by byte: they are on every line, and general-purpose
// formatting of each octet cost more than the rest of the line.
#include <array>

#include "text_parts.hpp"

namespace tapsniff::text {
namespace {

constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                    '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

// Decimal 0-255 without leading zeros; returns the number of characters written.
std::size_t put_octet(char* p, unsigned v) {
    if (v >= 100) {
        p[0] = static_cast<char>('0' + v / 100);
        p[1] = static_cast<char>('0' + v / 10 % 10);
        p[2] = static_cast<char>('0' + v % 10);
        return 3;
    }
    if (v >= 10) {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
        return 2;
    }
    p[0] = static_cast<char>('0' + v);
    return 1;
}

// Lowercase hex without leading zeros, as %x prints a 16-bit word.
std::size_t put_word(char* p, unsigned w) {
    std::size_t n = 0;
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        unsigned digit = (w >> static_cast<unsigned>(shift)) & 0xfU;
        if (digit != 0 || started || shift == 0) {
            p[n++] = kHex[digit];
            started = true;
        }
    }
    return n;
}

void put_ipv4(OutBuffer& out, unsigned a, unsigned b, unsigned c, unsigned d) {
    std::array<char, 15> text{};
    std::size_t n = put_octet(text.data(), a);
    text[n++] = '.';
    n += put_octet(text.data() + n, b);
    text[n++] = '.';
    n += put_octet(text.data() + n, c);
    text[n++] = '.';
    n += put_octet(text.data() + n, d);
    out.append(text.data(), text.data() + n);
}

}  // namespace

void append_mac(OutBuffer& out, const MacAddress& mac) {
    std::array<char, 17> text{};
    for (std::size_t i = 0; i < mac.size(); ++i) {
        text[i * 3] = kHex[mac[i] >> 4U];
        text[i * 3 + 1] = kHex[mac[i] & 0xfU];
        if (i + 1 < mac.size()) text[i * 3 + 2] = ':';
    }
    out.append(text.data(), text.data() + text.size());
}

void append_ipv4(OutBuffer& out, Bytes four) {
    put_ipv4(out, byte_or_zero(four, 0), byte_or_zero(four, 1), byte_or_zero(four, 2), byte_or_zero(four, 3));
}

void append_ipv4(OutBuffer& out, const std::array<std::uint8_t, 4>& a) { put_ipv4(out, a[0], a[1], a[2], a[3]); }

// glibc's inet_ntop6: the first longest run of two or more zero words becomes "::", and an
// IPv4-compatible (::a.b.c.d) or -mapped (::ffff:a.b.c.d) address ends in dotted quad.
void append_ipv6(OutBuffer& out, const std::array<std::uint8_t, 16>& a) {
    std::array<unsigned, 8> words{};
    for (std::size_t i = 0; i < 8; ++i) words[i] = (static_cast<unsigned>(a[2 * i]) << 8U) | a[2 * i + 1];
    int best_base = -1;
    int best_len = 0;
    for (int i = 0; i < 8;) {
        if (words[static_cast<std::size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int start = i;
        while (i < 8 && words[static_cast<std::size_t>(i)] == 0) ++i;
        if (i - start > best_len) {
            best_base = start;
            best_len = i - start;
        }
    }
    if (best_len < 2) best_base = -1;

    std::array<char, 46> text{};
    std::size_t n = 0;
    for (int i = 0; i < 8; ++i) {
        if (best_base != -1 && i >= best_base && i < best_base + best_len) {
            if (i == best_base) text[n++] = ':';
            continue;
        }
        if (i != 0) text[n++] = ':';
        if (i == 6 && best_base == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff))) {
            out.append(text.data(), text.data() + n);
            put_ipv4(out, a[12], a[13], a[14], a[15]);
            return;
        }
        n += put_word(text.data() + n, words[static_cast<std::size_t>(i)]);
    }
    if (best_base != -1 && best_base + best_len == 8) text[n++] = ':';
    out.append(text.data(), text.data() + n);
}

}  // namespace tapsniff::text
