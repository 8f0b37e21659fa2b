// The output buffer and the small appenders every printer uses (numbers, addresses, marks).
#pragma once

#include <fmt/compile.h>
#include <fmt/format.h>

#include <array>
#include <cstring>

#include "tapsniff/frame.hpp"

// Appends formatted text to an OutBuffer with the format compiled at build time: the hot path
// of every line, where parsing a format string per call cost more than the decoding itself.
#define TS_PUT(out, format, ...) fmt::format_to(fmt::appender(out), FMT_COMPILE(format) __VA_OPT__(, ) __VA_ARGS__)

namespace tapsniff {

using OutBuffer = fmt::memory_buffer;

namespace text {

// Makes room for `n` more characters and returns where they go. One capacity check, then the
// caller writes through the pointer: fmt's own append loops and calls memcpy for every piece,
// which cost more than the few characters each piece has.
inline char* extend(OutBuffer& out, std::size_t n) {
    std::size_t size = out.size();
    out.resize(size + n);
    return out.data() + size;
}

// With a literal the size is a constant, so the copy compiles to a move or two. An empty view
// may have no data at all (a default std::string_view), which memcpy must not be given (UBSan in
// the fuzzer: a -v tree field left empty).
inline void append(OutBuffer& out, std::string_view s) {
    if (!s.empty()) std::memcpy(extend(out, s.size()), s.data(), s.size());
}

// aa:bb:cc:dd:ee:ff
void append_mac(OutBuffer& out, const MacAddress& mac);

// Dotted quad; a view of other than four bytes prints as tcpdump's linkaddr_string would.
void append_ipv4(OutBuffer& out, Bytes four);
void append_ipv4(OutBuffer& out, const Ipv4Address& a);

// RFC 5952 text exactly as glibc's inet_ntop writes it (tcpdump prints with inet_ntop).
void append_ipv6(OutBuffer& out, const Ipv6Address& a);

// Two characters per value, so that a byte or a pair of digits is one table load: "00".."ff"
// for the hex dump and MAC/IPv6 addresses, "00".."99" for zero-padded decimals.
inline constexpr std::array<char, 512> kHexPairs = [] {
    constexpr char digits[] = "0123456789abcdef";
    std::array<char, 512> t{};
    for (std::size_t i = 0; i < 256; ++i) {
        t[2 * i] = digits[i >> 4U];
        t[2 * i + 1] = digits[i & 0xfU];
    }
    return t;
}();
inline constexpr std::array<char, 200> kDecimalPairs = [] {
    std::array<char, 200> t{};
    for (std::size_t i = 0; i < 100; ++i) {
        t[2 * i] = static_cast<char>('0' + i / 10);
        t[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return t;
}();

// The number of decimal digits of `v`.
inline std::size_t decimal_digits(std::uint64_t v) {
    std::size_t n = 1;
    for (;;) {
        if (v < 10) return n;
        if (v < 100) return n + 1;
        if (v < 1000) return n + 2;
        if (v < 10000) return n + 3;
        v /= 10000;
        n += 4;
    }
}

// Writes the last `width` decimal digits of `v` ending at `end`, two at a time.
inline void put_digits(char* end, std::uint64_t v, std::size_t width) {
    for (; width >= 2; width -= 2) {
        end -= 2;
        std::memcpy(end, &kDecimalPairs[2U * (v % 100)], 2);
        v /= 100;
    }
    if (width == 1) end[-1] = static_cast<char>('0' + v % 10);
}

// An unsigned number in decimal, written in place (no temporary and no memcpy call).
inline void append_uint(OutBuffer& out, std::uint64_t v) {
    const std::size_t n = decimal_digits(v);
    put_digits(extend(out, n) + n, v, n);
}

// `v` in exactly `width` digits with leading zeros (`v` < 10^width), as "{:0N}" prints it.
inline void append_padded(OutBuffer& out, std::uint32_t v, std::size_t width) {
    put_digits(extend(out, width) + width, v, width);
}

// A label and a number, as in ", win 502", and optionally a suffix: one capacity check for all.
inline void append_labeled(OutBuffer& out, std::string_view label, std::uint64_t v, std::string_view suffix = "") {
    const std::size_t n = decimal_digits(v);
    char* p = extend(out, label.size() + n + suffix.size());
    std::memcpy(p, label.data(), label.size());
    p += label.size() + n;
    put_digits(p, v, n);
    std::memcpy(p, suffix.data(), suffix.size());
}

// tcpdump's linkaddr_string for Ethernet-style addresses: a MAC when 6 bytes, "<empty>" when
// none, otherwise lowercase hex octets joined by ':'.
inline void append_link_address(OutBuffer& out, Bytes address) {
    if (address.empty()) {
        append(out, "<empty>");
        return;
    }
    for (std::size_t i = 0; i < address.size(); ++i) {
        if (i != 0) out.push_back(':');
        fmt::format_to(fmt::appender(out), FMT_COMPILE("{:02x}"), static_cast<unsigned>(address[i]));
    }
}

// Bytes a decoder found to be printable text (a text protocol's line), as they are.
inline void append_chars(OutBuffer& out, Bytes b) {
    char* p = extend(out, b.size());
    for (std::byte x : b) *p++ = static_cast<char>(x);
}

// tcpdump's fn_print_char over each byte: "M-" before a byte with the top bit set, "^" and the
// letter for a control character ("^@" for NUL, "^?" for DEL), the rest as it is.
inline void append_fn_print(OutBuffer& out, std::string_view s) {
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if ((c & 0x80U) != 0) {
            append(out, "M-");
            c &= 0x7fU;
        }
        if (c < 0x20U || c == 0x7fU) {
            out.push_back('^');
            c ^= 0x40U;
        }
        out.push_back(static_cast<char>(c));
    }
}
inline void append_fn_print(OutBuffer& out, Bytes b) {
    for (std::byte x : b) {
        const char c = static_cast<char>(x);
        append_fn_print(out, std::string_view(&c, 1));
    }
}

// tcpdump's truncation mark, with its leading space.
inline void append_trunc(OutBuffer& out, std::string_view layer) {
    fmt::format_to(fmt::appender(out), FMT_COMPILE(" [|{}]"), layer);
}

// tcpdump's hex_print: "\n\t0x0000:  0102 0304", no ASCII column.
void append_plain_hex(OutBuffer& out, Bytes bytes);

// tcpdump's hex_and_ascii_print: "\n\t0x0000:  ffff ffff ...  ....", 16 bytes a line.
void append_hex_ascii(OutBuffer& out, Bytes bytes);

}  // namespace text
}  // namespace tapsniff
