// tcpdump's value-to-name tables (struct tok) and tok2str / bittok2str, for the printers that copy
// its wording (its fn_print_char for wire text is text::append_fn_print in render/out.hpp).
#pragma once

#include <cstdint>
#include <span>

#include "render/out.hpp"

namespace tapsniff {

struct Tok {
    std::uint32_t value;
    const char* name;
};

// The name of `v`, or nullptr.
inline const char* tok_name(std::span<const Tok> table, std::uint32_t v) {
    for (const Tok& t : table) {
        if (t.value == v) return t.name;
    }
    return nullptr;
}

// tok2str with a "unknown (%u)"-style fallback: the name, or `prefix` + v + `suffix`.
inline void append_tok(OutBuffer& out, std::span<const Tok> table, std::uint32_t v, std::string_view prefix = "unknown (",
                       std::string_view suffix = ")") {
    if (const char* name = tok_name(table, v)) {
        text::append(out, name);
        return;
    }
    text::append(out, prefix);
    text::append_uint(out, v);
    text::append(out, suffix);
}

// tok2str with a fixed fallback ("unknown", "Reserved").
inline void append_tok_or(OutBuffer& out, std::span<const Tok> table, std::uint32_t v, std::string_view fallback) {
    const char* name = tok_name(table, v);
    text::append(out, name != nullptr ? std::string_view(name) : fallback);
}

// bittok2str (sep ", ") and bittok2str_nosep (sep ""): the names of the entries all of whose bits
// are set in `v`, in table order; `none` when there is none.
inline void append_bittok(OutBuffer& out, std::span<const Tok> table, std::uint32_t v, std::string_view sep,
                          std::string_view none) {
    bool any = false;
    for (const Tok& t : table) {
        if (t.value != 0 && (v & t.value) == t.value) {
            if (any) text::append(out, sep);
            text::append(out, t.name);
            any = true;
        }
    }
    if (!any) text::append(out, none);
}

}  // namespace tapsniff
