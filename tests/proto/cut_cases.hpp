// Cut-at-every-byte checks from real frames: tcpdump 4.99.3's whole output for the frame captured
// to each length from the Ethernet header on (wire length unchanged), as ranges of equal text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "test_frames.hpp"

namespace tapsniff::test {

struct CutCase {
    std::size_t first;  // caplen
    std::size_t last;
    std::string_view line;
};

// Every caplen from the first case's to the frame's length must print exactly tcpdump's text;
// JSON and the -v tree must not crash on any of them.
inline void expect_cuts(std::string_view hex, const std::vector<CutCase>& cases) {
    const auto bytes = from_hex(hex);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    ASSERT_FALSE(cases.empty());
    std::size_t next = cases.front().first;
    for (const CutCase& c : cases) {
        ASSERT_EQ(c.first, next) << "the cases must cover every caplen";
        for (std::size_t k = c.first; k <= c.last; ++k) {
            EXPECT_EQ(line_of(prefix(bytes, k), wire), c.line) << "caplen " << k;
            EXPECT_FALSE(json_of(prefix(bytes, k), wire).empty()) << "caplen " << k;
            EXPECT_FALSE(tree_of(prefix(bytes, k), wire).empty()) << "caplen " << k;
        }
        next = c.last + 1;
    }
    EXPECT_EQ(next, bytes.size() + 1) << "the cases must reach the whole frame";
}

}  // namespace tapsniff::test
