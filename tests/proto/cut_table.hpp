// A real frame with what tcpdump prints for every cut of it (from its application layer on): the
// tests decode each cut and compare with tcpdump's text, byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "test_frames.hpp"

namespace tapsniff::test {

struct CutRange {
    std::size_t from;  // caplen, inclusive
    std::size_t to;    // caplen, inclusive
    std::string_view text;  // tcpdump's text after the link layer ("a.b > c.d: ...")
};

// One byte of the frame changed, and what tcpdump prints then.
struct Mutation {
    std::size_t offset;
    std::uint8_t value;
    std::string_view text;
};

struct CutFrame {
    std::string_view hex;
    std::uint32_t wire_len;
    std::size_t payload;  // where the UDP payload starts
    std::vector<CutRange> cuts;
    std::vector<Mutation> mutations;
};

// The text after the link-layer part (after the first ": ").
inline std::string after_link(const std::string& line) {
    auto at = line.find(": ");
    return at == std::string::npos ? line : line.substr(at + 2);
}

// Decodes every cut from the payload on and compares the text with tcpdump's; -v and JSON must
// render too (ASan and UBSan check them in the sanitizer build).
inline void expect_cuts_like_tcpdump(const CutFrame& frame) {
    const auto bytes = from_hex(frame.hex);
    ASSERT_EQ(bytes.size(), frame.cuts.back().to);
    for (const CutRange& c : frame.cuts) {
        for (std::size_t cut = c.from; cut <= c.to; ++cut) {
            const Bytes view = prefix(bytes, cut);
            EXPECT_EQ(after_link(line_of(view, frame.wire_len)), c.text) << "caplen " << cut;
            auto f = decode(view, frame.wire_len, true);
            OutBuffer out;
            format_tree(*f, out);
            format_json(*f, 1, Timestamp{1, 0}, out);
        }
    }
}

// Each single-byte change: tcpdump's text, and -v and JSON render.
inline void expect_mutations_like_tcpdump(const CutFrame& frame) {
    const auto bytes = from_hex(frame.hex);
    for (const Mutation& m : frame.mutations) {
        auto changed = bytes;
        changed[m.offset] = std::byte{m.value};
        EXPECT_EQ(after_link(line_of(view(changed), frame.wire_len)), m.text)
            << "byte " << m.offset << " = " << static_cast<unsigned>(m.value);
        auto f = decode(view(changed), frame.wire_len, true);
        OutBuffer out;
        format_tree(*f, out);
        format_json(*f, 1, Timestamp{1, 0}, out);
    }
}

// The whole frame's text after the link layer.
inline std::string text_of(const CutFrame& frame) {
    const auto bytes = from_hex(frame.hex);
    return after_link(line_of(view(bytes), frame.wire_len));
}

}  // namespace tapsniff::test
