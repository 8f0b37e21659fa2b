// For printers that tcpdump writes while it parses (Kerberos v4, ...): the decoder records what
// would be printed, piece by piece, and the text printer writes the pieces. Pieces are literals,
// wire text (fn_print_char), numbers and tcpdump's truncation mark.
#pragma once

#include <cstdint>

#include "proto/tcpdump_text.hpp"
#include "tapsniff/decoded.hpp"

namespace tapsniff {

struct Piece {
    enum class Kind : std::uint8_t { literal, chars, number, trunc };
    Kind kind = Kind::literal;
    const char* text = nullptr;  // literal; trunc: the protocol's mark
    std::uint64_t value = 0;     // number
    Bytes bytes;                 // chars
};

template <std::size_t N>
class Pieces {
public:
    void literal(const char* text) { add(Piece::Kind::literal, text, 0, {}); }
    void chars(Bytes bytes) { add(Piece::Kind::chars, nullptr, 0, bytes); }
    void number(std::uint64_t v) { add(Piece::Kind::number, nullptr, v, {}); }
    void trunc(const char* mark) { add(Piece::Kind::trunc, mark, 0, {}); }
    [[nodiscard]] bool full() const { return items_.full(); }

    void append_to(OutBuffer& out) const {
        for (const Piece& p : items_) {
            switch (p.kind) {
                case Piece::Kind::literal: text::append(out, p.text); break;
                case Piece::Kind::chars: append_wire_chars(out, p.bytes); break;
                case Piece::Kind::number: text::append_uint(out, p.value); break;
                case Piece::Kind::trunc: text::append_trunc(out, p.text); break;
            }
        }
    }

private:
    void add(Piece::Kind kind, const char* text, std::uint64_t value, Bytes bytes) {
        if (Piece* p = items_.add()) *p = Piece{kind, text, value, bytes};
    }
    FixedVec<Piece, N> items_;
};

}  // namespace tapsniff
