// Rendering the pieces of printers that tcpdump writes while it parses.
#include "proto/pieces.hpp"

namespace tapsniff {

void append_piece(OutBuffer& out, const Piece& p) {
    switch (p.kind) {
        case Piece::Kind::literal: text::append(out, p.text); return;
        case Piece::Kind::chars: text::append_fn_print(out, p.bytes); return;
        case Piece::Kind::raw:
            for (std::byte b : p.bytes) out.push_back(static_cast<char>(b));
            return;
        case Piece::Kind::hex_upper:
            for (std::byte b : p.bytes) TS_PUT(out, "{:02X}", static_cast<unsigned>(b));
            return;
        case Piece::Kind::hex_lower:
            for (std::byte b : p.bytes) TS_PUT(out, "{:02x}", static_cast<unsigned>(b));
            return;
        case Piece::Kind::hex_lines: {
            std::size_t offset = 0;
            for (std::size_t i = 0; i < p.bytes.size(); i += 2) {
                if (i % 16 == 0) {
                    text::append(out, p.text);
                    TS_PUT(out, "0x{:04x}: ", offset);
                    offset += 16;
                }
                if (i + 1 < p.bytes.size()) {
                    TS_PUT(out, " {:02x}{:02x}", static_cast<unsigned>(p.bytes[i]), static_cast<unsigned>(p.bytes[i + 1]));
                } else {
                    TS_PUT(out, " {:02x}", static_cast<unsigned>(p.bytes[i]));
                }
            }
            return;
        }
        case Piece::Kind::ipv4: text::append_ipv4(out, p.bytes); return;
        case Piece::Kind::ipv6: {
            Ipv6Address a{};
            for (std::size_t i = 0; i < a.size() && i < p.bytes.size(); ++i) a[i] = static_cast<std::uint8_t>(p.bytes[i]);
            text::append_ipv6(out, a);
            return;
        }
        case Piece::Kind::trunc: text::append_trunc(out, p.text); return;
        case Piece::Kind::number: break;
    }
    switch (p.style) {
        case 'd': TS_PUT(out, "{:0{}}", static_cast<std::int64_t>(p.value), p.width); return;
        case 'o': TS_PUT(out, "{:0{}o}", p.value, p.width); return;
        case 'x': TS_PUT(out, "{:0{}x}", p.value, p.width); return;
        default: TS_PUT(out, "{:0{}}", p.value, p.width); return;
    }
}

}  // namespace tapsniff
