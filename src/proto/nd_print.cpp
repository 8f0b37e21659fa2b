// tcpdump's string and hex printers (util-print.c's nd_printjnp, nd_printn;
// print-ascii.c's hex_print).
#include "proto/nd_print.hpp"

#include <algorithm>

#include "tapsniff/cursor.hpp"

namespace tapsniff::text {

bool append_printjnp(OutBuffer& out, Bytes captured, std::size_t n) {
    const std::size_t there = std::min(n, captured.size());
    const Cursor cursor(captured);
    std::size_t len = 0;
    while (len < there && cursor.peek(len) != 0) ++len;
    append_fn_print(out, captured.first(len));
    return len < there || n <= captured.size();
}

bool append_printn(OutBuffer& out, Bytes captured, std::size_t n) {
    append_fn_print(out, captured.first(std::min(n, captured.size())));
    return n <= captured.size();
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
