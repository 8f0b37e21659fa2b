// The hex + ASCII dump, in the layout of tcpdump's hex_and_ascii_print (print-ascii.c).
#include <fmt/compile.h>
#include <array>

#include "text_parts.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kBytesPerLine = 16;
constexpr std::size_t kHexColumns = 40;  // 8 groups of " xxxx"

char printable(std::uint8_t c) { return (c > 0x20 && c <= 0x7e) ? static_cast<char>(c) : '.'; }

}  // namespace

void format_hex_ascii(Bytes bytes, OutBuffer& out) {
    static constexpr std::array<char, 16> kDigits{'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    for (std::size_t offset = 0; offset < bytes.size(); offset += kBytesPerLine) {
        std::size_t n = std::min(kBytesPerLine, bytes.size() - offset);
        fmt::format_to(fmt::appender(out), FMT_COMPILE("\n\t0x{:04x}: "), offset);
        std::array<char, kHexColumns> hex{};
        hex.fill(' ');
        std::array<char, kBytesPerLine> ascii{};
        std::size_t col = 0;
        for (std::size_t i = 0; i < n; ++i) {
            auto c = static_cast<std::uint8_t>(bytes[offset + i]);
            if (i % 2 == 0) ++col;  // a space before each group of two bytes
            hex[col++] = kDigits[c >> 4U];
            hex[col++] = kDigits[c & 0x0fU];
            ascii[i] = printable(c);
        }
        out.append(hex.data(), hex.data() + hex.size());
        out.append(std::string_view("  "));
        out.append(ascii.data(), ascii.data() + n);
    }
}

}  // namespace tapsniff
