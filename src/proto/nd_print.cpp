// tcpdump's string and hex printers (util-print.c's fn_print_char, nd_printjnp, nd_printn;
// print-ascii.c's hex_print).
#include "proto/nd_print.hpp"

#include "tapsniff/cursor.hpp"

namespace tapsniff::text {

void append_fn_char(OutBuffer& out, std::uint8_t c) {
    if (c >= 0x80) {
        c &= 0x7fU;
        append(out, "M-");
    }
    if (c < 0x20 || c == 0x7f) {
        c ^= 0x40U;  // DEL to ?, others to letters
        out.push_back('^');
    }
    out.push_back(static_cast<char>(c));
}

bool append_printjnp(OutBuffer& out, Bytes captured, std::size_t n) {
    Cursor cursor(captured);
    for (std::size_t i = 0; i < n; ++i) {
        auto c = cursor.u8();
        if (!c) return false;
        if (*c == 0) return true;
        append_fn_char(out, *c);
    }
    return true;
}

bool append_printn(OutBuffer& out, Bytes captured, std::size_t n) {
    Cursor cursor(captured);
    for (std::size_t i = 0; i < n; ++i) {
        auto c = cursor.u8();
        if (!c) return false;
        append_fn_char(out, *c);
    }
    return true;
}

std::string_view copy_string(DecodedFrame& frame, Bytes bytes, bool stop_at_nul) {
    Cursor cursor(bytes);
    std::size_t n = 0;
    while (n < bytes.size() && !(stop_at_nul && cursor.peek(n) == 0)) ++n;
    char* chars = frame.allocate_array<char>(n);
    if (chars == nullptr) return {};
    for (std::size_t i = 0; i < n; ++i) chars[i] = static_cast<char>(*cursor.u8());
    return {chars, n};
}

void append_hex_print(OutBuffer& out, std::string_view ident, Bytes bytes) {
    Cursor cursor(bytes);
    for (std::size_t i = 0; !cursor.empty(); i += 2) {
        if (i % 16 == 0) {
            append(out, ident);
            TS_PUT(out, "0x{:04x}: ", i);
        }
        const std::uint8_t first = *cursor.u8();
        if (auto second = cursor.u8()) TS_PUT(out, " {:02x}{:02x}", first, *second);
        else TS_PUT(out, " {:02x}", first);
    }
}

}  // namespace tapsniff::text
