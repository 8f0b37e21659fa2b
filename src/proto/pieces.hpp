// For printers that tcpdump writes while it parses (Kerberos v4, NFS, ...): the decoder records
// what would be printed, piece by piece, and the text printer writes the pieces. Pieces are
// literals, wire text (escaped as fn_print_char does, or raw as "%s" prints it), bytes in upper-case
// hex or as tcpdump's hex_print lines, addresses, numbers in printf's styles, and tcpdump's
// truncation mark.
#pragma once

#include <cstdint>

#include "proto/tcpdump_text.hpp"
#include "tapsniff/decoded.hpp"

namespace tapsniff {

struct Piece {
    enum class Kind : std::uint8_t { literal, chars, raw, hex_upper, hex_lower, hex_lines, ipv4, ipv6, number, trunc };
    Kind kind = Kind::literal;
    char style = 'u';            // number: 'u' unsigned, 'd' signed, 'o' octal, 'x' hex
    std::uint8_t width = 0;      // number: zero-padded to this many digits
    const char* text = nullptr;  // literal; trunc: the protocol's mark; hex_lines: each line's start
    std::uint64_t value = 0;     // number ('d': the bits of an int64)
    Bytes bytes;                 // chars, raw, hex_upper, hex_lines, ipv4 (4 bytes), ipv6 (16)
};

void append_piece(OutBuffer& out, const Piece& p);

template <std::size_t N>
class Pieces {
public:
    void literal(const char* text) { add(Piece{Piece::Kind::literal, 'u', 0, text, 0, {}}); }
    void chars(Bytes bytes) { add(Piece{Piece::Kind::chars, 'u', 0, nullptr, 0, bytes}); }
    void raw(Bytes bytes) { add(Piece{Piece::Kind::raw, 'u', 0, nullptr, 0, bytes}); }
    void hex_upper(Bytes bytes) { add(Piece{Piece::Kind::hex_upper, 'u', 0, nullptr, 0, bytes}); }
    void hex_lower(Bytes bytes) { add(Piece{Piece::Kind::hex_lower, 'u', 0, nullptr, 0, bytes}); }
    // tcpdump's hex_print(ident, bytes): 16 bytes a line, each line starting with `ident`.
    void hex_lines(const char* ident, Bytes bytes) { add(Piece{Piece::Kind::hex_lines, 'u', 0, ident, 0, bytes}); }
    void ipv4(Bytes four) { add(Piece{Piece::Kind::ipv4, 'u', 0, nullptr, 0, four}); }
    void ipv6(Bytes sixteen) { add(Piece{Piece::Kind::ipv6, 'u', 0, nullptr, 0, sixteen}); }
    void number(std::uint64_t v, char style = 'u', std::uint8_t width = 0) {
        add(Piece{Piece::Kind::number, style, width, nullptr, v, {}});
    }
    void signed_number(std::int64_t v) { number(static_cast<std::uint64_t>(v), 'd'); }
    void trunc(const char* mark) { add(Piece{Piece::Kind::trunc, 'u', 0, mark, 0, {}}); }
    // True once a piece could not be kept: the text stops there.
    [[nodiscard]] bool overflow() const { return overflow_; }

    void append_to(OutBuffer& out) const {
        for (const Piece& p : items_) append_piece(out, p);
    }

private:
    void add(const Piece& piece) {
        if (Piece* p = items_.add()) *p = piece;
        else overflow_ = true;
    }
    FixedVec<Piece, N> items_;
    bool overflow_ = false;
};

}  // namespace tapsniff
