// tcpdump's string and hex printers for bytes a decoder stored (util-print.c, print-ascii.c):
// printers print stored views with these, they never parse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "render/out.hpp"
#include "tapsniff/decoded.hpp"

namespace tapsniff::text {

// nd_printjnp over a field of `n` bytes of which `captured` are there: stops at a NUL or after n
// bytes. Returns false when it ran out of captured bytes first (tcpdump then prints its mark).
bool append_printjnp(OutBuffer& out, Bytes captured, std::size_t n);

// nd_printn over a field of `n` bytes (NULs printed as "^@"); false when the capture ended first.
bool append_printn(OutBuffer& out, Bytes captured, std::size_t n);

// print_unknown_data / hex_print: "<ident>0x0000: " and " xxxx" groups, 16 bytes a line, no
// ASCII column; the offset restarts at 0 for each call.
void append_hex_print(OutBuffer& out, std::string_view ident, Bytes bytes);

// A copy of `bytes` as characters in the frame's arena (for JSON strings), up to the first NUL
// when `stop_at_nul`; empty when the arena is full.
std::string_view copy_string(DecodedFrame& frame, Bytes bytes, bool stop_at_nul);

// tcpdump's bittok2str over a table of (bit, name): the names of the bits set, joined by ", ",
// or `none` when no named bit is set.
struct BitName {
    std::uint32_t bit;
    const char* name;
};
template <std::size_t N>
void append_bits(OutBuffer& out, const BitName (&names)[N], std::uint32_t value, std::string_view none) {
    bool any = false;
    for (const BitName& b : names) {
        if ((value & b.bit) == 0) continue;
        if (any) append(out, ", ");
        append(out, b.name);
        any = true;
    }
    if (!any) append(out, none);
}

}  // namespace tapsniff::text
