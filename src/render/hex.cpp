// The hex + ASCII dump, in the layout of tcpdump's hex_and_ascii_print (print-ascii.c).
#include <array>

#include "render/out.hpp"
#include "tapsniff/cursor.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kBytesPerLine = 16;
constexpr std::size_t kHexColumns = 40;  // 8 groups of " xxxx"
// "\n\t0x" + the offset (4 digits, more past 0xffff) + ": " + hex columns + "  " + ASCII.
constexpr std::size_t kMaxLine = 4 + 8 + 2 + kHexColumns + 2 + kBytesPerLine;

constexpr char kDigits[] = "0123456789abcdef";

// What the ASCII column shows for each byte value.
constexpr auto kPrintable = [] {
    std::array<char, 256> t{};
    for (std::size_t i = 0; i < 256; ++i) t[i] = (i > 0x20 && i <= 0x7e) ? static_cast<char>(i) : '.';
    return t;
}();

// The line offset as "{:04x}" prints it; returns the end.
char* put_offset(char* p, std::size_t offset) {
    if (offset <= 0xffff) {
        std::memcpy(p, &text::kHexPairs[2U * (offset >> 8U)], 2);
        std::memcpy(p + 2, &text::kHexPairs[2U * (offset & 0xffU)], 2);
        return p + 4;
    }
    int shift = 16;
    while (shift < 28 && (offset >> static_cast<unsigned>(shift + 4)) != 0) shift += 4;
    for (; shift >= 0; shift -= 4) *p++ = kDigits[(offset >> static_cast<unsigned>(shift)) & 0xfU];
    return p;
}

}  // namespace

void text::append_hex_ascii(OutBuffer& out, Bytes bytes) {
    const std::size_t lines = (bytes.size() + kBytesPerLine - 1) / kBytesPerLine;
    // Room for every line at once; the buffer is cut back to what was written at the end.
    char* p = text::extend(out, lines * kMaxLine);
    for (std::size_t offset = 0; offset < bytes.size(); offset += kBytesPerLine) {
        const std::size_t n = std::min(kBytesPerLine, bytes.size() - offset);
        std::memcpy(p, "\n\t0x", 4);
        p = put_offset(p + 4, offset);
        std::memcpy(p, ": ", 2);
        p += 2;
        const std::byte* line = bytes.data() + offset;
        if (n == kBytesPerLine) {
            // Full lines are nearly all of a dump: fixed-size groups, nothing to pad.
            for (std::size_t i = 0; i < kBytesPerLine; i += 2) {
                *p = ' ';
                std::memcpy(p + 1, &text::kHexPairs[2U * static_cast<std::uint8_t>(line[i])], 2);
                std::memcpy(p + 3, &text::kHexPairs[2U * static_cast<std::uint8_t>(line[i + 1])], 2);
                p += 5;
            }
            std::memcpy(p, "  ", 2);
            p += 2;
        } else {
            char* hex_end = p + kHexColumns;
            for (std::size_t i = 0; i < n; ++i) {
                if (i % 2 == 0) *p++ = ' ';  // a space before each group of two bytes
                std::memcpy(p, &text::kHexPairs[2U * static_cast<std::uint8_t>(line[i])], 2);
                p += 2;
            }
            // The short last line is padded so that its ASCII column lines up.
            std::memset(p, ' ', static_cast<std::size_t>(hex_end - p) + 2);
            p = hex_end + 2;
        }
        for (std::size_t i = 0; i < n; ++i) p[i] = kPrintable[static_cast<std::uint8_t>(line[i])];
        p += n;
    }
    out.resize(static_cast<std::size_t>(p - out.data()));
}

}  // namespace tapsniff

namespace tapsniff::text {

void append_plain_hex(OutBuffer& out, Bytes bytes) {
    Cursor cursor(bytes);
    for (std::size_t i = 0; !cursor.empty(); i += 2) {
        if (i % 16 == 0) TS_PUT(out, "\n\t0x{:04x}: ", i);
        std::uint8_t first = *cursor.u8();
        if (auto second = cursor.u8()) TS_PUT(out, " {:02x}{:02x}", first, *second);
        else TS_PUT(out, " {:02x}", first);
    }
}

}  // namespace tapsniff::text
