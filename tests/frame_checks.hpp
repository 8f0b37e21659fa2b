// Helpers for the per-layer checks: which layers a frame holds, how much of each its decoder
// read (Presence), and the -v tree text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "proto/protocol.hpp"
#include "tapsniff/decoded.hpp"
#include "tapsniff/render.hpp"
#include "test_frames.hpp"

namespace tapsniff {

// gtest prints a Presence by name in failure messages.
inline void PrintTo(Presence p, std::ostream* os) {
    switch (p) {
        case Presence::complete: *os << "complete"; return;
        case Presence::truncated: *os << "truncated"; return;
        case Presence::malformed: *os << "malformed"; return;
        case Presence::partial: *os << "partial"; return;
    }
    *os << "Presence(" << static_cast<unsigned>(p) << ")";
}

namespace test {

// The presence of the first layer of type L, or nullopt when the frame has none.
template <class L>
std::optional<Presence> presence_of(const DecodedFrame& frame) {
    const std::size_t i = frame.index_of<L>();
    if (i >= frame.size()) return std::nullopt;
    return frame.layers()[i].presence;
}

// The protocols' short names, outermost first: "ethernet vlan..." -> "ethernet arp".
inline std::string stack_of(const DecodedFrame& frame) {
    std::string out;
    for (const Layer& layer : frame.layers()) {
        if (!out.empty()) out += ' ';
        out += std::string(layer.protocol->name);
    }
    return out;
}

// format_tree's text (checksums verified, as -v does).
inline std::string tree_of(Bytes bytes, std::uint32_t wire_len) {
    auto frame = decode(bytes, wire_len, true);
    OutBuffer buf;
    format_tree(*frame, buf);
    return to_string(buf);
}
inline std::string tree_of(const std::vector<std::byte>& bytes) {
    return tree_of(view(bytes), static_cast<std::uint32_t>(bytes.size()));
}

// True when `text` holds `needle`; the failure message shows the whole text.
inline ::testing::AssertionResult contains(const std::string& text, const std::string& needle) {
    if (text.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "\"" << needle << "\" not found in:\n" << text;
}

}  // namespace test
}  // namespace tapsniff
