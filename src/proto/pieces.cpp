// Rendering the pieces of printers that tcpdump writes while it parses.
#include "proto/pieces.hpp"

namespace tapsniff {

void append_piece(OutBuffer& out, const Piece& p) {
    switch (p.kind) {
        case Piece::Kind::literal: text::append(out, p.text); return;
        case Piece::Kind::chars: append_wire_chars(out, p.bytes); return;
        case Piece::Kind::raw:
            for (std::byte b : p.bytes) out.push_back(static_cast<char>(b));
            return;
        case Piece::Kind::hex_upper:
            for (std::byte b : p.bytes) TS_PUT(out, "{:02X}", static_cast<unsigned>(b));
            return;
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
